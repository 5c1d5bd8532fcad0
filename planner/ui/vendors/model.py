"""Vendor table model and its filter proxy."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum, IntEnum

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import QWidget

from planner.i18n import _
from planner.models.enums import VendorCategory
from planner.services.formatting import format_decimal
from planner.services.dto import VendorRow
from planner.services.timeutil import format_date
from planner.ui.labels import vendor_category_label
from planner.ui.common.table_model import RIGHT, Column, number_key, person_key
from planner.ui.lists.table import RowFilterProxy, RowTableModel


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
        parts.append(_("stallholder"))
    if row.is_supplier:
        parts.append(_("supplier"))
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

    def describe(self) -> Sequence[Column[VendorRow]]:
        return (
            Column(_("Name"), lambda r: r.name,
                   tooltip=lambda r: "\n".join(t for t in (r.name, r.goods, r.notes) if t)),
            Column(_("IČO"), lambda r: r.ico or "", sort=lambda r: number_key(r.ico)),
            Column(_("Category"), lambda r: vendor_category_label(r.category)),
            Column(_("Role"), roles_text),
            Column(_("Contact person"), lambda r: r.contact_person, sort=lambda r: person_key(r.contact_person)),
            Column(_("Phone"), lambda r: r.phone),
            Column(_("E-mail"), lambda r: r.email),
            Column(_("City"), lambda r: r.city),
            Column(_("Power"), lambda r: power_text(r.power_kw), sort=lambda r: number_key(r.power_kw),
                   align=RIGHT),
            Column(_("Consent"), lambda r: format_date(r.consent_date) if r.consent_date else "",
                   sort=lambda r: number_key(r.consent_date)),
        )

    def search_text(self, row: VendorRow) -> Sequence[str | None]:
        return [*super().search_text(row), row.dic, row.goods, row.notes, row.street]


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
