"""The calendar's entries in the main window's View menu: views, Today, Go to date, Previous/Next.

They are window shortcuts, so Ctrl+1…6, Ctrl+G and T work from any focus in the main window,
not only after clicking into the grid (T only while the calendar is shown: a letter typed in a
list elsewhere keeps its meaning; text fields keep theirs because they take printable keys first).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from planner.i18n import _
from planner.ui.calendar.page import SWITCHER_ORDER, VIEW_KEYS, CalendarPage

log = logging.getLogger(__name__)


class CalendarMenu(QObject):
    """Owns the View menu's calendar actions of one main window.

    Built by the main window with its View menu, the calendar page and ``show_page()`` (brings the
    calendar to the front); the window calls :meth:`sync` when another page comes into view.
    """

    def __init__(self, window: QWidget, menu: QMenu, page: CalendarPage, show_page: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self._menu = menu
        self._page = page
        self._show_page = show_page
        first = menu.actions()[0]  # the sidebar toggle: calendar entries go above it
        self.view_group = QActionGroup(self)
        self.view_actions: dict[str, QAction] = {}
        labels = page.view_labels()
        for key in SWITCHER_ORDER:
            act = QAction(labels[key], window)
            act.setObjectName(f"act_view_{key}")
            act.setCheckable(True)
            act.setShortcut(QKeySequence(f"Ctrl+{VIEW_KEYS.index(key) + 1}"))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(partial(self.show_view, key))
            self.view_group.addAction(act)
            self.view_actions[key] = act
            menu.insertAction(first, act)
            window.addAction(act)
        menu.insertSeparator(first)

        self.act_today = QAction(_("&Today"), window)
        self.act_today.setObjectName("act_today")
        self.act_today.setShortcut(QKeySequence(Qt.Key.Key_T))
        self.act_today.triggered.connect(self.today)
        self.act_goto = QAction(_("&Go to date…"), window)
        self.act_goto.setObjectName("act_goto_date")
        self.act_goto.setShortcut(QKeySequence("Ctrl+G"))
        self.act_goto.triggered.connect(self.go_to_date)
        for act in (self.act_today, self.act_goto):
            menu.insertAction(first, act)
            window.addAction(act)
        menu.insertSeparator(first)
        self._page_actions: list[QAction] = []
        self.sync()
        menu.aboutToShow.connect(self.sync)

    def page(self) -> CalendarPage:
        """Return the calendar page."""
        return self._page

    def sync(self) -> None:
        """Enable T only on the calendar; tick the view shown; offer the page's Previous/Next."""
        page = self._page
        self.act_today.setEnabled(page.isVisibleTo(self.window))
        self.view_actions[page.current_key()].setChecked(True)
        wanted = [page.act_prev, page.act_next]
        if self._page_actions != wanted:
            menu = self._menu
            for act in self._page_actions:
                menu.removeAction(act)
            actions = menu.actions()
            anchor = actions[actions.index(self.act_goto) + 1]  # the separator after Go to date
            for act in wanted:
                menu.insertAction(anchor, act)
            self._page_actions = wanted

    def show_view(self, key: str) -> None:
        """Bring the calendar to the front in a view (Ctrl+1…6), keyboard in the view."""
        self._show_page()
        self._page.set_view(key)
        self._page.current_view().setFocus()
        self.sync()

    def today(self) -> None:
        self._page.go_today()

    def go_to_date(self) -> None:
        """Ctrl+G: the calendar, with the cursor in its date field."""
        self._show_page()
        self._page.focus_date_field()


__all__ = ["CalendarMenu"]
