"""Item models of the markets page: bookings, stallholders to drag, days with opening hours."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from planner.models.enums import BookingStatus
from planner.services.formatting import format_date_range, format_decimal, format_money
from planner.services.dto import BookingRow, MarketRow, VendorRow
from planner.services.markets import opening_hours
from planner.services.text import czech_sort_key, matches
from planner.services.timeutil import format_date
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


class BookingTableModel(QAbstractTableModel):
    """Bookings and applications of one market (cached BookingRow DTOs)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BookingRow] = []
        self._warnings: dict[int, str] = {}
        self._power_kw: dict[int, Decimal] = {}

    def set_rows(self, rows: list[BookingRow], warnings: dict[int, str] | None = None,
                 power_kw: dict[int, Decimal] | None = None) -> None:
        """Replace the rows; warnings maps booking id to a power warning, power_kw vendor id to its need."""
        self.beginResetModel()
        self._rows = list(rows)
        self._warnings = dict(warnings or {})
        self._power_kw = dict(power_kw or {})
        self.endResetModel()

    def row_at(self, row: int) -> BookingRow:
        return self._rows[row]

    def rows(self) -> list[BookingRow]:
        return list(self._rows)

    def row_of(self, booking_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == booking_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(BookingColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(BookingColumn):
            return None
        return (
            self.tr("Stall"), self.tr("Vendor"), self.tr("Category"), self.tr("Days"),
            self.tr("Status"), self.tr("Fee"), self.tr("Power"), self.tr("Paid on"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = BookingColumn(index.column())
        warning = self._warnings.get(r.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col, warning)
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.BackgroundRole and col is BookingColumn.STATUS:
            return QBrush(QColor(STATUS_COLOURS[r.status]))
        if role == Qt.ItemDataRole.DecorationRole and col is BookingColumn.CATEGORY:
            return QColor(CATEGORY_COLOURS[r.vendor_category])
        if role == Qt.ItemDataRole.ForegroundRole:
            if col is BookingColumn.POWER and warning:
                return QBrush(QColor("#c62828"))
            if col is BookingColumn.PAID and r.unpaid:
                return QBrush(QColor("#c62828"))
        if role == Qt.ItemDataRole.FontRole and r.status in (BookingStatus.REJECTED, BookingStatus.CANCELLED):
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col is BookingColumn.FEE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col is BookingColumn.POWER and warning:
                return warning
            return r.notes or None
        return None

    def _display(self, r: BookingRow, col: BookingColumn, warning: str | None) -> str:
        if col is BookingColumn.STALL:
            return r.stall_code
        if col is BookingColumn.VENDOR:
            return r.vendor_name
        if col is BookingColumn.CATEGORY:
            return vendor_category_label(r.vendor_category)
        if col is BookingColumn.DAYS:
            return format_days(r.first_day, r.last_day)
        if col is BookingColumn.STATUS:
            return booking_status_label(r.status)
        if col is BookingColumn.FEE:
            return format_czk(r.fee)
        if col is BookingColumn.POWER:
            if not r.needs_power:
                return ""
            kw = self._power_kw.get(r.vendor_id)
            need = format_decimal(kw) + " kW" if kw else self.tr("needed")
            return f"⚠ {need}" if warning else f"⚡ {need}"
        if r.paid_on is not None:
            return format_date(r.paid_on)
        if r.unpaid:
            return self.tr("unpaid")
        return ""

    def sort_key(self, row: int, column: int) -> Any:
        """Return a Python sort key of a cell (Czech collation for text, Decimal for money)."""
        r = self._rows[row]
        col = BookingColumn(column)
        if col is BookingColumn.DAYS:
            return (r.first_day, r.last_day)
        if col is BookingColumn.FEE:
            return r.fee if r.fee is not None else Decimal(-1)
        if col is BookingColumn.PAID:
            return r.paid_on or dt.date.min
        if col is BookingColumn.STATUS:
            return list(BookingStatus).index(r.status)
        if col is BookingColumn.STALL:
            return (r.stall_code, r.first_day)
        return czech_sort_key(self._display(r, col, self._warnings.get(r.id)))


class BookingFilterProxy(QSortFilterProxyModel):
    """Filters bookings by status and text (vendor, stall; accent-insensitive)."""

    def __init__(self, parent: QObject | None = None) -> None:
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

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, BookingTableModel)
        return bool(model.sort_key(left.row(), left.column()) < model.sort_key(right.row(), right.column()))

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


class DayColumn(IntEnum):
    DAY = 0
    HOURS = 1
    NOTE = 2


class DayHoursModel(QAbstractTableModel):
    """The days of a market with their opening hours; exceptions in bold."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._market: MarketRow | None = None
        self._days: list[dt.date] = []

    def set_market(self, market: MarketRow | None) -> None:
        self.beginResetModel()
        self._market = market
        self._days = []
        if market is not None:
            day = market.first_day
            while day <= market.last_day:
                self._days.append(day)
                day += dt.timedelta(days=1)
        self.endResetModel()

    def day_at(self, row: int) -> dt.date:
        return self._days[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._days)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(DayColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(DayColumn):
            return None
        return (self.tr("Day"), self.tr("Opening hours"), self.tr("Note"))[section]

    def _exception(self, day: dt.date) -> Any:
        assert self._market is not None
        return next((h for h in self._market.hours if h.day == day), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._market is None or not 0 <= index.row() < len(self._days):
            return None
        day = self._days[index.row()]
        col = DayColumn(index.column())
        exception = self._exception(day)
        if role == Qt.ItemDataRole.DisplayRole:
            if col is DayColumn.DAY:
                return f"{weekday_name(day)} {format_date(day)}"
            if col is DayColumn.HOURS:
                hours = opening_hours(self._market, day)
                if hours is None:
                    return self.tr("closed")
                text = f"{hours[0].hour}:{hours[0].minute:02d} – {hours[1].hour}:{hours[1].minute:02d}"
                return text if exception else text + " " + self.tr("(default)")
            return exception.note if exception else ""
        if role == Qt.ItemDataRole.FontRole and exception is not None:
            font = QFont()
            font.setBold(True)
            return font
        if role == ID_ROLE:
            return day.toordinal()
        return None


def weekday_name(day: dt.date) -> str:
    from PySide6.QtCore import QCoreApplication

    names = (
        QCoreApplication.translate("DayHoursModel", "Mon"), QCoreApplication.translate("DayHoursModel", "Tue"),
        QCoreApplication.translate("DayHoursModel", "Wed"), QCoreApplication.translate("DayHoursModel", "Thu"),
        QCoreApplication.translate("DayHoursModel", "Fri"), QCoreApplication.translate("DayHoursModel", "Sat"),
        QCoreApplication.translate("DayHoursModel", "Sun"),
    )
    return names[day.weekday()]
