"""The days of a market with their opening hours (the settings tab's table), exceptions in bold."""


from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from planner.services.dto import MarketRow
from planner.services.markets import opening_hours
from planner.services.timeutil import format_date

from planner.ui.markets.models import ID_ROLE

Index = QModelIndex | QPersistentModelIndex


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
