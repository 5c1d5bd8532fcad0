"""Venue table model and its filter proxy."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import QWidget

from planner.i18n import _
from planner.models.enums import VenueKind
from planner.services.dto import VenueRow
from planner.services.formatting import format_integer
from planner.ui.common.table_model import RIGHT, Column, number_key, person_key
from planner.ui.labels import venue_kind_label
from planner.ui.lists.table import RowFilterProxy, RowTableModel


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

    def describe(self) -> Sequence[Column[VenueRow]]:
        return (
            Column(_("Name"), lambda r: r.name,
                   tooltip=lambda r: "\n".join(t for t in (r.name, r.notes) if t)),
            Column(_("Kind"), lambda r: venue_kind_label(r.kind)),
            Column(_("Address"), lambda r: r.address),
            Column(_("Capacity"), lambda r: format_integer(r.capacity),
                   sort=lambda r: number_key(r.capacity), align=RIGHT),
            Column(_("Contact"), lambda r: r.contact, sort=lambda r: person_key(r.contact)),
            Column(_("Phone"), lambda r: r.phone),
            Column(_("E-mail"), lambda r: r.email),
            Column(_("Equipment"), lambda r: ", ".join(r.equipment),
                   tooltip=lambda r: "\n".join(r.equipment) or None),
        )

    def search_text(self, row: VenueRow) -> Sequence[str | None]:
        return [*super().search_text(row), row.notes]


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
