"""Item models of the markets page: bookings, stallholders to drag, days with opening hours."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QWidget

from planner.i18n import _, pgettext
from planner.models.enums import BookingStatus
from planner.services.formatting import format_date_range, format_decimal, format_money
from planner.services.dto import BookingRow, VendorRow
from planner.services.text import czech_sort_key, matches
from planner.services.timeutil import format_date
from planner.ui.common.table_model import RIGHT, Column, ColumnSortProxy, ColumnTableModel
from planner.ui.labels import booking_status_label, vendor_category_label
from planner.ui.markets.map_style import CATEGORY_COLOURS, VENDOR_MIME

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 11


format_czk = format_money  # the core's money format, empty for None
format_days = format_date_range


STATUS_COLOURS = {
    BookingStatus.APPLIED: "#fff8e1",
    BookingStatus.APPROVED: "#e8f5e9",
    BookingStatus.REJECTED: "#fbe9e7",
    BookingStatus.CANCELLED: "#eceff1",
}


class BookingColumn(IntEnum):
    STALL = 0
    VENDOR = 1
    CATEGORY = 2
    DAYS = 3
    STATUS = 4
    FEE = 5
    POWER = 6
    PAID = 7


class BookingTableModel(ColumnTableModel[BookingRow]):
    """Bookings and applications of one market (cached BookingRow DTOs), columns on the shared base."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._warnings: dict[int, str] = {}
        self._power_kw: dict[int, Decimal] = {}

    def describe(self) -> Sequence[Column[BookingRow]]:
        red = QBrush(QColor("#c62828"))

        def notes(r: BookingRow) -> str | None:
            return r.notes or None

        def text(value: Callable[[BookingRow], str]) -> Callable[[BookingRow], Any]:
            return lambda r: czech_sort_key(value(r))

        category = lambda r: vendor_category_label(r.vendor_category)  # noqa: E731
        status = lambda r: booking_status_label(r.status)  # noqa: E731
        return (
            Column(_("Stall"), lambda r: r.stall_code, sort=lambda r: (r.stall_code, r.first_day), tooltip=notes),
            Column(_("Vendor"), lambda r: r.vendor_name, sort=text(lambda r: r.vendor_name), tooltip=notes),
            Column(_("Category"), category, sort=text(category), tooltip=notes),
            Column(pgettext("BookingTableModel", "Days"), lambda r: format_days(r.first_day, r.last_day),
                   sort=lambda r: (r.first_day, r.last_day), tooltip=notes),
            Column(_("Status"), status, sort=lambda r: list(BookingStatus).index(r.status), tooltip=notes),
            Column(_("Fee"), lambda r: format_czk(r.fee), sort=lambda r: r.fee if r.fee is not None else Decimal(-1),
                   align=RIGHT, tooltip=notes),
            Column(pgettext("BookingTableModel", "Power"), self._power_text, sort=text(self._power_text),
                   tooltip=lambda r: self._warnings.get(r.id) or notes(r),
                   foreground=lambda r: red if r.id in self._warnings else None),
            Column(_("Paid on"), self._paid_text, sort=lambda r: r.paid_on or dt.date.min, tooltip=notes,
                   foreground=lambda r: red if r.unpaid else None),
        )

    def set_bookings(self, rows: list[BookingRow], warnings: dict[int, str] | None = None,
                     power_kw: dict[int, Decimal] | None = None) -> None:
        """Replace the rows; warnings maps booking id to a power warning, power_kw vendor id to its need."""
        self._warnings = dict(warnings or {})
        self._power_kw = dict(power_kw or {})
        self.set_rows(rows)

    def row_of(self, booking_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows()) if r.id == booking_id), None)

    def _power_text(self, r: BookingRow) -> str:
        if not r.needs_power:
            return ""
        kw = self._power_kw.get(r.vendor_id)
        need = format_decimal(kw) + " kW" if kw else _("needed")
        return f"⚠ {need}" if r.id in self._warnings else f"⚡ {need}"

    def _paid_text(self, r: BookingRow) -> str:
        if r.paid_on is not None:
            return format_date(r.paid_on)
        return _("unpaid") if r.unpaid else ""

    def row_data(self, row: BookingRow, column: int, role: int) -> Any:
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.BackgroundRole and column == BookingColumn.STATUS:
            return QBrush(QColor(STATUS_COLOURS[row.status]))
        if role == Qt.ItemDataRole.DecorationRole and column == BookingColumn.CATEGORY:
            return QColor(CATEGORY_COLOURS[row.vendor_category])
        if role == Qt.ItemDataRole.FontRole and row.status in (BookingStatus.REJECTED, BookingStatus.CANCELLED):
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None


class BookingFilterProxy(ColumnSortProxy):
    """Filters bookings by status and text (vendor, stall; accent-insensitive)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status: BookingStatus | None = None
        self._text = ""
        self._stall_id: int | None = None

    def set_status(self, status: BookingStatus | None) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange()

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip()
        self.endFilterChange()

    def set_stall(self, stall_id: int | None) -> None:
        self.beginFilterChange()
        self._stall_id = stall_id
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, BookingTableModel)
        r = model.row_at(source_row)
        if self._status is not None and r.status is not self._status:
            return False
        if self._stall_id is not None and r.stall_id != self._stall_id:
            return False
        return not self._text or matches(self._text, r.vendor_name, r.stall_code, r.notes)


class VendorListModel(QAbstractListModel):
    """Stallholders to drag onto the map (mime: the vendor id)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[VendorRow] = []
        self._keys: list[Any] = []
        self._placed: dict[int, tuple[str, ...]] = {}

    def set_rows(self, rows: list[VendorRow], placed: dict[int, tuple[str, ...]] | None = None) -> None:
        """Show the active stallholders; placed maps a vendor id to the stall codes it holds in the market."""
        self.beginResetModel()
        self._rows = [r for r in rows if r.is_stallholder and not r.archived]
        self._keys = [czech_sort_key(r.name) for r in self._rows]
        self._placed = dict(placed or {})
        self.endResetModel()

    def sort_key(self, row: int) -> Any:
        return self._keys[row]

    def placed(self, vendor_id: int) -> tuple[str, ...]:
        return self._placed.get(vendor_id, ())

    def row_at(self, row: int) -> VendorRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            details = []
            if r.power_kw:
                details.append(f"⚡ {str(r.power_kw).replace('.', ',')} kW")
            codes = self._placed.get(r.id)
            if codes:
                details.append("→ " + ", ".join(codes))
            return r.name + ("\n    " + "   ".join(details) if details else "")
        if role == Qt.ItemDataRole.ForegroundRole and self._placed.get(r.id):
            return QBrush(QColor("#616161"))
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(CATEGORY_COLOURS[r.category])
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [vendor_category_label(r.category)]
            if r.goods:
                parts.append(r.goods)
            return "\n".join(parts)
        if role == ID_ROLE:
            return r.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [VENDOR_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        mime = QMimeData()
        valid = [ix for ix in indexes if ix.isValid()]
        if valid:
            r = self._rows[valid[0].row()]
            mime.setData(VENDOR_MIME, str(r.id).encode())
            mime.setText(r.name)
        return mime

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction


class VendorFilterProxy(QSortFilterProxyModel):
    """Vendors matching a search text (name, goods, category), sorted by Czech collation."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._unplaced_only = False

    def set_unplaced_only(self, on: bool) -> None:
        self.beginFilterChange()
        self._unplaced_only = on
        self.endFilterChange()

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, VendorListModel)
        return bool(model.sort_key(left.row()) < model.sort_key(right.row()))

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, VendorListModel)
        r = model.row_at(source_row)
        if self._unplaced_only and model.placed(r.id):
            return False
        return not self._text or matches(self._text, r.name, r.goods, vendor_category_label(r.category))
