"""The dockable "Conflicts" panel: every clash in the visible range; clicking one jumps to it."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QModelIndex, Qt, Signal
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

from planner.i18n import _, ngettext
from planner.services.conflicts import instant
from planner.services.dto import Conflict, ConflictKind
from planner.services.timeutil import format_date, format_time, local
from planner.ui.common.table_model import ROW_ROLE, Column, ColumnTableModel

log = logging.getLogger(__name__)


class ConflictColumn(IntEnum):
    WHEN = 0
    KIND = 1
    WHERE = 2
    WHAT = 3


def conflict_day(c: Conflict) -> dt.date:
    """Return the (Prague) day a conflict starts on."""
    return local(c.start).date() if isinstance(c.start, dt.datetime) else c.start


RED = QColor("#b71c1c")


class ConflictTableModel(ColumnTableModel[Conflict]):
    """The conflicts of the visible range (cached DTOs), sorted by the model itself.

    A QSortFilterProxyModel would call ``data()`` in Python for every comparison
    (1.5 s for the 18,000 conflicts of a stress-profile month, issue 13); the base sorts
    with one key per row, by real time for the When column (a date-only stall conflict at
    the Prague midnight starting its day), and casefolded text for the others.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sort = (ConflictColumn.WHEN, Qt.SortOrder.AscendingOrder)

    def describe(self) -> Sequence[Column[Conflict]]:
        return (
            # the services hand them over in time order: sorting by instant is a linear pass
            Column(_("When"), _when_text, sort=instant, tooltip=_message),
            Column(_("Kind"), lambda c: self.kind_label(c.kind), sort=lambda c: self.kind_label(c.kind).casefold(),
                   tooltip=_message, foreground=lambda _c: RED),
            Column(_("Where / who"), lambda c: c.where, sort=lambda c: c.where.casefold(), tooltip=_message),
            Column(_("Clashing events"), self._what, sort=lambda c: self._what(c).casefold(), tooltip=_message),
        )

    def set_conflicts(self, conflicts: Sequence[Conflict]) -> bool:
        """Show these conflicts in the current order; return False when nothing changed."""
        return self.set_rows(conflicts, keep_if_same=True)

    def conflict_at(self, row: int) -> Conflict:
        return self.row_at(row)

    def kind_label(self, kind: str) -> str:
        return {
            ConflictKind.VENUE: _("Venue"),
            ConflictKind.PERFORMER: _("Performer"),
            ConflictKind.STALL: _("Stall"),
        }.get(ConflictKind(kind), kind)

    def _what(self, c: Conflict) -> str:
        return _("“%1” × “%2”").replace("%1", c.a_title).replace("%2", c.b_title)


def _when_text(c: Conflict) -> str:
    if isinstance(c.start, dt.datetime):
        return f"{format_date(conflict_day(c))} {format_time(c.start)}"
    return format_date(c.start)


def _message(c: Conflict) -> str | None:
    return c.message or None


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
        self.view = QTableView()
        self.view.setObjectName("conflicts")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(ConflictColumn.WHEN, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.view.horizontalHeader()
        # widths from the longest texts these columns can hold: ResizeToContents would ask
        # every row for its size after each reset (thousands of data() calls)
        metrics = self.view.fontMetrics()
        pad = 3 * metrics.horizontalAdvance("M")
        header.resizeSection(ConflictColumn.WHEN, metrics.horizontalAdvance("28. 12. 2026 20:00") + pad)
        kinds = (self.model.kind_label(k) for k in ConflictKind)
        header.resizeSection(ConflictColumn.KIND, max(metrics.horizontalAdvance(t) for t in kinds) + pad)
        header.setSectionResizeMode(ConflictColumn.WHERE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ConflictColumn.WHERE, 220)
        header.setSectionResizeMode(ConflictColumn.WHAT, QHeaderView.ResizeMode.Stretch)
        self.view.clicked.connect(self._on_clicked)
        self.view.activated.connect(self._on_clicked)

        self.empty = QLabel(_("No conflicts in the shown period."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.view)
        self.setWidget(self.pages)
        self._closed_by_user = False
        self._page_active = True
        self._shown_on_page = False  # open when its page was left: it opens again when the page returns
        self.toggleViewAction().triggered.connect(self._on_toggled)
        self.set_conflicts([])

    def set_conflicts(self, conflicts: Sequence[Conflict]) -> None:
        """Show these conflicts (the page's conflicts_changed)."""
        count = len(conflicts)
        if self.model.set_conflicts(conflicts) or not self.windowTitle():  # the same ones: no repaint
            self.setWindowTitle(ngettext("Conflicts ({n})", "Conflicts ({n})", count).format(n=count) if count else _("Conflicts"))
            self.pages.setCurrentWidget(self.view if count else self.empty)
        if count and self.isHidden() and not self._closed_by_user and self._page_active:
            self.show()
            self.raise_()

    def set_page_active(self, active: bool) -> None:
        """The panel belongs to the calendar page: hidden on other pages, back as it was on the calendar."""
        if active == self._page_active:
            return
        self._page_active = active
        self.toggleViewAction().setEnabled(active)
        if not active:
            self._shown_on_page = not self.isHidden()
            self.hide()
        elif self._shown_on_page:
            self.show()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._closed_by_user = True
        super().closeEvent(event)

    def _on_toggled(self, checked: bool) -> None:
        self._closed_by_user = not checked

    def conflicts(self) -> list[Conflict]:
        """Return the conflicts shown, in display order."""
        return [self.model.conflict_at(r) for r in range(self.model.rowCount())]

    def activate_row(self, row: int) -> None:
        """Act as if the user clicked the row (display order)."""
        self._on_clicked(self.model.index(row, 0))

    def _on_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.conflict_activated.emit(index.data(ROW_ROLE))


__all__ = ["ConflictsDock", "ConflictTableModel", "conflict_day"]
