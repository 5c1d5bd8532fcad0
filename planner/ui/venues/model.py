"""Venue table model and its filter proxy."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import QWidget

from planner.models.enums import VenueKind
from planner.services.dto import VenueRow
from planner.ui.labels import venue_kind_label
from planner.ui.lists.table import RowFilterProxy, RowTableModel, number_key, person_key, text_key


class VenueColumn(IntEnum):
    NAME = 0
    KIND = 1
    ADDRESS = 2
    CAPACITY = 3
    CONTACT = 4
    PHONE = 5
    EMAIL = 6
    EQUIPMENT = 7


class VenueTableModel(RowTableModel[VenueRow]):
    """Venues as rows (VenueRow DTOs), one column per VenueColumn."""

    columns = VenueColumn
    numeric = frozenset({VenueColumn.CAPACITY})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Name"), self.tr("Kind"), self.tr("Address"), self.tr("Capacity"),
            self.tr("Contact"), self.tr("Phone"), self.tr("E-mail"), self.tr("Equipment"),
        )

    def display(self, row: VenueRow, column: IntEnum) -> str:
        c = VenueColumn(column)
        if c is VenueColumn.NAME:
            return row.name
        if c is VenueColumn.KIND:
            return venue_kind_label(row.kind)
        if c is VenueColumn.ADDRESS:
            return row.address
        if c is VenueColumn.CAPACITY:
            return "" if row.capacity is None else f"{row.capacity:,}".replace(",", "\u00a0")
        if c is VenueColumn.CONTACT:
            return row.contact
        if c is VenueColumn.PHONE:
            return row.phone
        if c is VenueColumn.EMAIL:
            return row.email
        return ", ".join(row.equipment)

    def sort_key(self, row: VenueRow, column: IntEnum) -> Any:
        if VenueColumn(column) is VenueColumn.CAPACITY:
            return number_key(row.capacity)
        if VenueColumn(column) is VenueColumn.CONTACT:
            return person_key(row.contact)
        return text_key(self.display(row, column))

    def search_text(self, row: VenueRow) -> Sequence[str | None]:
        return [*(self.display(row, c) for c in VenueColumn), row.notes]

    def tooltip(self, row: VenueRow, column: IntEnum) -> str | None:
        if VenueColumn(column) is VenueColumn.EQUIPMENT and row.equipment:
            return "\n".join(row.equipment)
        if VenueColumn(column) is VenueColumn.NAME:
            return "\n".join(t for t in (row.name, row.notes) if t)
        return None


class VenueFilterProxy(RowFilterProxy):
    """Venue list filters: search text, kinds, archived shown or hidden."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kinds: frozenset[VenueKind] = frozenset()

    def set_kinds(self, kinds: frozenset[VenueKind]) -> None:
        """Show only venues of these kinds (empty = all)."""
        self.beginFilterChange()
        self._kinds = frozenset(kinds)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def accepts(self, row: VenueRow) -> bool:
        return not self._kinds or row.kind in self._kinds
