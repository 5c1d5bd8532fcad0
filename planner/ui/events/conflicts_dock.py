"""The dockable "Conflicts" panel: every clash in the visible range; clicking one jumps to it."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QWidget,
)

from planner.services.dto import Conflict
from planner.services.timeutil import format_date, format_time, local, local_midnight

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex

CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class ConflictColumn(IntEnum):
    WHEN = 0
    KIND = 1
    WHERE = 2
    WHAT = 3


def conflict_day(c: Conflict) -> dt.date:
    """Return the (Prague) day a conflict starts on."""
    return local(c.start).date() if isinstance(c.start, dt.datetime) else c.start


def _sort_key(c: Conflict) -> str:
    # a date-only conflict (stalls) sorts at the Prague midnight starting its day
    instant = c.start if isinstance(c.start, dt.datetime) else local_midnight(c.start)
    return instant.astimezone(dt.timezone.utc).isoformat()


class ConflictTableModel(QAbstractTableModel):
    """The conflicts of the visible range (cached DTOs)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Conflict] = []

    def set_conflicts(self, conflicts: Sequence[Conflict]) -> None:
        self.beginResetModel()
        self._rows = list(conflicts)
        self.endResetModel()

    def conflict_at(self, row: int) -> Conflict:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(ConflictColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(ConflictColumn):
            return None
        return (self.tr("When"), self.tr("Kind"), self.tr("Where / who"), self.tr("Clashing events"))[section]

    def kind_label(self, kind: str) -> str:
        return {
            "venue": self.tr("Venue"),
            "performer": self.tr("Performer"),
            "stall": self.tr("Stall"),
        }.get(kind, kind)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self._rows[index.row()]
        col = ConflictColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if col is ConflictColumn.WHEN:
                if isinstance(c.start, dt.datetime):
                    return f"{format_date(conflict_day(c))} {format_time(c.start)}"
                return format_date(c.start)
            if col is ConflictColumn.KIND:
                return self.kind_label(c.kind)
            if col is ConflictColumn.WHERE:
                return c.where
            return self.tr("“%1” × “%2”").replace("%1", c.a_title).replace("%2", c.b_title)
        if role == Qt.ItemDataRole.ToolTipRole:
            return c.message or None
        if role == Qt.ItemDataRole.ForegroundRole and col is ConflictColumn.KIND:
            return QColor("#b71c1c")
        if role == SORT_ROLE:
            if col is ConflictColumn.WHEN:
                return _sort_key(c)
            return str(self.data(index, Qt.ItemDataRole.DisplayRole)).casefold()
        if role == CONFLICT_ROLE:
            return c
        return None


class ConflictsDock(QDockWidget):
    """Lists the conflicts of the visible range; activating one asks to show it.

    The panel opens by itself when conflicts turn up, unless the user closed it by hand
    (then the View menu brings it back); it never closes by itself, so the window does
    not jump while browsing.

    Signals:
        conflict_activated(object): the user clicked a Conflict (the feature calls page.go_to).
    """

    conflict_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflicts_dock")
        self.model = ConflictTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView()
        self.view.setObjectName("conflicts")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(ConflictColumn.WHEN, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.view.horizontalHeader()
        for col in (ConflictColumn.WHEN, ConflictColumn.KIND):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ConflictColumn.WHERE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ConflictColumn.WHERE, 220)
        header.setSectionResizeMode(ConflictColumn.WHAT, QHeaderView.ResizeMode.Stretch)
        self.view.clicked.connect(self._on_clicked)
        self.view.activated.connect(self._on_clicked)

        self.empty = QLabel(self.tr("No conflicts in the shown period."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.view)
        self.setWidget(self.pages)
        self._closed_by_user = False
        self.toggleViewAction().triggered.connect(self._on_toggled)
        self.set_conflicts([])

    def set_conflicts(self, conflicts: Sequence[Conflict]) -> None:
        """Show these conflicts (the page's conflicts_changed)."""
        self.model.set_conflicts(conflicts)
        count = len(conflicts)
        self.setWindowTitle(self.tr("Conflicts (%n)", "", count) if count else self.tr("Conflicts"))
        self.pages.setCurrentWidget(self.view if count else self.empty)
        if count and self.isHidden() and not self._closed_by_user:
            self.show()
            self.raise_()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._closed_by_user = True
        super().closeEvent(event)

    def _on_toggled(self, checked: bool) -> None:
        self._closed_by_user = not checked

    def conflicts(self) -> list[Conflict]:
        """Return the conflicts shown, in display order."""
        return [self.proxy.index(r, 0).data(CONFLICT_ROLE) for r in range(self.proxy.rowCount())]

    def activate_row(self, row: int) -> None:
        """Act as if the user clicked the row (display order)."""
        self._on_clicked(self.proxy.index(row, 0))

    def _on_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.conflict_activated.emit(index.data(CONFLICT_ROLE))


__all__ = ["ConflictsDock", "ConflictTableModel", "conflict_day"]
