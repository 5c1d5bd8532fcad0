"""Vendor table model and its filter proxy."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum, IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel
from PySide6.QtWidgets import QWidget

from planner.models.enums import VendorCategory
from planner.services.formatting import format_decimal
from planner.services.dto import VendorRow
from planner.services.timeutil import format_date
from planner.ui.labels import vendor_category_label
from planner.ui.lists.table import RowFilterProxy, RowTableModel, number_key, text_key


class VendorColumn(IntEnum):
    NAME = 0
    ICO = 1
    CATEGORY = 2
    ROLES = 3
    CONTACT = 4
    PHONE = 5
    EMAIL = 6
    CITY = 7
    POWER = 8
    CONSENT = 9


class VendorRole(Enum):
    """What a vendor does for us: sells at markets, supplies services, or both."""

    STALLHOLDER = "stallholder"
    SUPPLIER = "supplier"


def roles_text(row: VendorRow) -> str:
    """Return the vendor's roles as translated text ("Stallholder, supplier")."""
    parts = []
    if row.is_stallholder:
        parts.append(QCoreApplication.translate("VendorTableModel", "stallholder"))
    if row.is_supplier:
        parts.append(QCoreApplication.translate("VendorTableModel", "supplier"))
    text = ", ".join(parts)
    return text[:1].upper() + text[1:]


def power_text(value: object) -> str:
    """Return a power need as '2,5 kW' (Czech decimal comma), '' when none."""
    if value is None:
        return ""
    return format_decimal(str(value)) + " kW"


class VendorTableModel(RowTableModel[VendorRow]):
    """Vendors as rows (VendorRow DTOs), one column per VendorColumn."""

    columns = VendorColumn
    numeric = frozenset({VendorColumn.POWER})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Name"), self.tr("IČO"), self.tr("Category"), self.tr("Role"),
            self.tr("Contact person"), self.tr("Phone"), self.tr("E-mail"), self.tr("City"),
            self.tr("Power"), self.tr("Consent"),
        )

    def display(self, row: VendorRow, column: IntEnum) -> str:
        c = VendorColumn(column)
        if c is VendorColumn.NAME:
            return row.name
        if c is VendorColumn.ICO:
            return row.ico or ""
        if c is VendorColumn.CATEGORY:
            return vendor_category_label(row.category)
        if c is VendorColumn.ROLES:
            return roles_text(row)
        if c is VendorColumn.CONTACT:
            return row.contact_person
        if c is VendorColumn.PHONE:
            return row.phone
        if c is VendorColumn.EMAIL:
            return row.email
        if c is VendorColumn.CITY:
            return row.city
        if c is VendorColumn.POWER:
            return power_text(row.power_kw)
        return format_date(row.consent_date) if row.consent_date else ""

    def sort_key(self, row: VendorRow, column: IntEnum) -> Any:
        c = VendorColumn(column)
        if c is VendorColumn.POWER:
            return number_key(row.power_kw)
        if c is VendorColumn.CONSENT:
            return number_key(row.consent_date)
        if c is VendorColumn.ICO:
            return number_key(row.ico)
        return text_key(self.display(row, column))

    def search_text(self, row: VendorRow) -> Sequence[str | None]:
        return [*(self.display(row, c) for c in VendorColumn), row.dic, row.goods, row.notes, row.street]

    def tooltip(self, row: VendorRow, column: IntEnum) -> str | None:
        if VendorColumn(column) is VendorColumn.NAME:
            return "\n".join(t for t in (row.name, row.goods, row.notes) if t)
        return None


class VendorFilterProxy(RowFilterProxy):
    """Vendor list filters: search text, categories, role, archived shown or hidden."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._categories: frozenset[VendorCategory] = frozenset()
        self._role: VendorRole | None = None

    def set_categories(self, categories: frozenset[VendorCategory]) -> None:
        """Show only vendors of these categories (empty = all)."""
        self.beginFilterChange()
        self._categories = frozenset(categories)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_role(self, role: VendorRole | None) -> None:
        """Show only stallholders or only suppliers (None = both)."""
        self.beginFilterChange()
        self._role = role
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def accepts(self, row: VendorRow) -> bool:
        if self._categories and row.category not in self._categories:
            return False
        if self._role is VendorRole.STALLHOLDER and not row.is_stallholder:
            return False
        return not (self._role is VendorRole.SUPPLIER and not row.is_supplier)
