"""Find events (Ctrl+E / F3): every date and field, results listed to jump to."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QLineEdit, QVBoxLayout, QWidget

from planner.i18n import _, ngettext, pgettext
from planner.services import search
from planner.services._common import SM
from planner.services.dto import EventRow
from planner.services.timeutil import format_date
from planner.ui.calendar.common import time_text
from planner.ui.common.table_model import Column, ColumnTableModel
from planner.ui.common.table_view import row_table

log = logging.getLogger(__name__)

class SearchColumn(IntEnum):
    DATE = 0
    TIME = 1
    TITLE = 2
    VENUE = 3
    SERIES = 4


class SearchResultModel(ColumnTableModel[EventRow]):
    """Found events: date, time, title, venue, series (in the order found; texts as tooltips too)."""

    def describe(self) -> Sequence[Column[EventRow]]:
        return (
            Column(_("Date"), lambda r: format_date(r.first_day), value_tooltip=True),
            Column(_("Time"), time_text, value_tooltip=True),
            Column(_("Event"), lambda r: r.title, value_tooltip=True),
            Column(pgettext("SearchResultModel", "Venue"), lambda r: r.venue_name or "", value_tooltip=True),
            Column(_("Series"), lambda r: r.series_name or "", value_tooltip=True),
        )


class SearchDialog(QDialog):
    """Type words; every event of any date whose fields contain them is listed; Enter jumps to it.

    Signals:
        event_activated(int, object): show this event (id) on its first day (date).
    """

    event_activated = Signal(int, object)

    def __init__(self, sm: SM, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.sm = sm
        self._today = today
        self.setWindowTitle(_("Find events"))
        self.query = QLineEdit()
        self.query.setPlaceholderText(_("Title, venue, performer, notes…"))
        self.query.setClearButtonEnabled(True)
        self.model = SearchResultModel(self)
        self.table = row_table(self.model, single=True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._activate)
        self.status = QLabel()
        box = QVBoxLayout(self)
        box.addWidget(self.query)
        box.addWidget(self.table, 1)
        box.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.run)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._enter)
        self.resize(760, 440)

    def run(self) -> None:
        """Search now for the text typed."""
        self._timer.stop()
        rows = search.search_events(self.sm, self.query.text(), today=self._today)
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
            self.table.resizeColumnsToContents()
        text = self.query.text().strip()
        self.status.setText("" if not text else ngettext(
            "{n} event found",
            "{n} events found",
            len(rows)
        ).format(n=len(rows)))

    def _enter(self) -> None:
        if self._timer.isActive() or not self.model.rowCount():
            self.run()
        if self.model.rowCount():
            self._activate(self.table.currentIndex() if self.table.currentIndex().isValid() else self.model.index(0, 0))

    def _activate(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        self.event_activated.emit(row.id, row.first_day)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Down from the search field goes to the results (and F3 searches again)."""
        if event.key() == Qt.Key.Key_Down and self.query.hasFocus() and self.model.rowCount():
            self.table.setFocus()
            return
        if event.key() == Qt.Key.Key_F3:
            self.run()
            return
        super().keyPressEvent(event)


__all__ = ["SearchDialog", "SearchResultModel"]
