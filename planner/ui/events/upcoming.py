"""The list of upcoming events (the first page; the calendar views build on the same services)."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from planner.models.enums import EventStatus
from planner.services import events as event_service
from planner.services.dto import EventQuery, EventRow
from planner.services.timeutil import format_date, format_time, local_midnight
from planner.ui.changes import Change
from planner.ui.context import AppContext
from planner.ui.labels import status_label

Index = QModelIndex | QPersistentModelIndex


class UpcomingColumn(IntEnum):
    DATE = 0
    TIME = 1
    TITLE = 2
    VENUE = 3
    SERIES = 4
    STATUS = 5


class UpcomingEventsModel(QAbstractTableModel):
    """Table model over EventRow DTOs (ids plus cached rows, never live ORM objects)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[EventRow] = []

    def set_rows(self, rows: list[EventRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> EventRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(UpcomingColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Date"), self.tr("Time"), self.tr("Title"), self.tr("Venue"),
            self.tr("Series"), self.tr("Status"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = UpcomingColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if col is UpcomingColumn.DATE:
                first, last = r.first_day, r.last_day
                return format_date(first) if first == last else f"{format_date(first)} – {format_date(last)}"
            if col is UpcomingColumn.TIME:
                return self.tr("all day") if r.all_day else f"{format_time(r.start)}–{format_time(r.end)}"
            if col is UpcomingColumn.TITLE:
                return r.title
            if col is UpcomingColumn.VENUE:
                return r.venue_name or ""
            if col is UpcomingColumn.SERIES:
                return r.series_name or ""
            return status_label(r.status)
        if role == Qt.ItemDataRole.DecorationRole and col is UpcomingColumn.TITLE and r.series_colour:
            return QColor(r.series_colour)
        if role == Qt.ItemDataRole.FontRole and r.status is EventStatus.CANCELLED:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.description or None
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None


class UpcomingEventsPage(QWidget):
    """Upcoming events of the database, soonest first.

    Signals:
        edit_requested(int): the user double-clicked an event.
    """

    edit_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._series_ids: frozenset[int] = frozenset()
        self.model = UpcomingEventsModel(self)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(UpcomingColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        for col in (UpcomingColumn.VENUE, UpcomingColumn.SERIES):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, 220)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.doubleClicked.connect(lambda ix: self.edit_requested.emit(self.model.row_at(ix.row()).id))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.view)
        ctx.bus.changed.connect(self._on_change)
        self.refresh()

    def set_series_filter(self, series_ids: frozenset[int]) -> None:
        """Show only events of these series (empty = all)."""
        self._series_ids = series_ids
        self.refresh()

    def today(self) -> dt.date:
        """Return today's date (a seam for tests and renders)."""
        return dt.date.today()

    def refresh(self) -> None:
        start = local_midnight(self.today())
        rows = event_service.list_events(
            self._ctx.sm, EventQuery(start=start, series_ids=self._series_ids, limit=500)
        )
        self.model.set_rows(rows)
        self.heading.setText(self.tr("Upcoming events (%n)", "", len(rows)))

    def _on_change(self, change: Change) -> None:
        if change.kind in ("event", "series", "venue", "staff", "market", "all"):
            self.refresh()
