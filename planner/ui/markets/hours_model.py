"""The days of a market with their opening hours (the settings tab's table), exceptions in bold."""


from __future__ import annotations

import datetime as dt
from enum import IntEnum
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from planner.i18n import _, pgettext
from planner.services.dto import MarketHoursRow, MarketRow
from planner.services.markets import opening_hours
from planner.services.timeutil import format_date

from planner.ui.common.table_model import Column, ColumnTableModel
from planner.ui.markets.models import ID_ROLE

Index = QModelIndex | QPersistentModelIndex


class DayColumn(IntEnum):
    DAY = 0
    HOURS = 1
    NOTE = 2


class DayHoursModel(ColumnTableModel[dt.date]):
    """The days of a market with their opening hours (columns on the shared base); exceptions in bold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._market: MarketRow | None = None

    def describe(self) -> Sequence[Column[dt.date]]:
        return (
            Column(_("Day"), lambda day: f"{weekday_name(day)} {format_date(day)}", sort=lambda day: day),
            Column(_("Opening hours"), self._hours_text),
            Column(_("Note"), lambda day: (e.note if (e := self._exception(day)) else "")),
        )

    def set_market(self, market: MarketRow | None) -> None:
        self._market = market
        days = []
        if market is not None:
            day = market.first_day
            while day <= market.last_day:
                days.append(day)
                day += dt.timedelta(days=1)
        self.set_rows(days)

    def day_at(self, row: int) -> dt.date:
        return self.row_at(row)

    def _exception(self, day: dt.date) -> MarketHoursRow | None:
        if self._market is None:
            return None
        return next((h for h in self._market.hours if h.day == day), None)

    def _hours_text(self, day: dt.date) -> str:
        assert self._market is not None
        hours = opening_hours(self._market, day)
        if hours is None:
            return _("closed")
        text = f"{hours[0].hour}:{hours[0].minute:02d} – {hours[1].hour}:{hours[1].minute:02d}"
        return text if self._exception(day) else text + " " + _("(default)")

    def row_data(self, row: dt.date, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and self._exception(row) is not None:
            font = QFont()
            font.setBold(True)
            return font
        if role == ID_ROLE:
            return row.toordinal()
        return None


def weekday_name(day: dt.date) -> str:
    names = (
        pgettext("DayHoursModel", "Mon"), pgettext("DayHoursModel", "Tue"),
        pgettext("DayHoursModel", "Wed"), pgettext("DayHoursModel", "Thu"),
        pgettext("DayHoursModel", "Fri"), pgettext("DayHoursModel", "Sat"),
        pgettext("DayHoursModel", "Sun"),
    )
    return names[day.weekday()]
