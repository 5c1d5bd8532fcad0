"""The calendar's entries in the main window's View menu: views, Today, Go to date, Previous/Next.

They are window shortcuts, so Ctrl+1…6, Ctrl+G and T work from any focus in the main window,
not only after clicking into the grid (T only while the calendar is shown: a letter typed in a
list elsewhere keeps its meaning; text fields keep theirs because they take printable keys first).
"""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from planner.ui.calendar.page import SWITCHER_ORDER, VIEW_KEYS, CalendarPage
from planner.ui.context import AppContext

if TYPE_CHECKING:
    from planner.ui.main_window import MainWindow

log = logging.getLogger(__name__)

PAGE_KEY = "calendar"


class CalendarMenu(QObject):
    """Owns the View menu's calendar actions of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        menu = window.menu_view
        first = menu.actions()[0]  # the sidebar toggle: calendar entries go above it
        self.view_group = QActionGroup(self)
        self.view_actions: dict[str, QAction] = {}
        page = self.page()
        labels = page.view_labels() if page is not None else {key: key for key in SWITCHER_ORDER}
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

        self.act_today = QAction(self.tr("&Today"), window)
        self.act_today.setObjectName("act_today")
        self.act_today.setShortcut(QKeySequence(Qt.Key.Key_T))
        self.act_today.triggered.connect(self.today)
        self.act_goto = QAction(self.tr("&Go to date…"), window)
        self.act_goto.setObjectName("act_goto_date")
        self.act_goto.setShortcut(QKeySequence("Ctrl+G"))
        self.act_goto.triggered.connect(self.go_to_date)
        for act in (self.act_today, self.act_goto):
            menu.insertAction(first, act)
            window.addAction(act)
        menu.insertSeparator(first)
        self._page_actions: list[QAction] = []
        self.sync()
        window.stack.currentChanged.connect(lambda _index: self.sync())
        menu.aboutToShow.connect(self.sync)

    def page(self) -> CalendarPage | None:
        """Return the window's calendar page (tests may replace it with another widget)."""
        page = self.window.page(PAGE_KEY)
        return page if isinstance(page, CalendarPage) else None

    def sync(self) -> None:
        """Enable T only on the calendar; tick the view shown; offer the page's Previous/Next."""
        page = self.page()
        shown = page is not None and self.window.stack.currentWidget() is page
        self.act_today.setEnabled(shown)
        if page is None:
            return
        self.view_actions[page.current_key()].setChecked(True)
        wanted = [page.act_prev, page.act_next]
        if self._page_actions != wanted:
            menu = self.window.menu_view
            for act in self._page_actions:
                menu.removeAction(act)
            actions = menu.actions()
            anchor = actions[actions.index(self.act_goto) + 1]  # the separator after Go to date
            for act in wanted:
                menu.insertAction(anchor, act)
            self._page_actions = wanted

    def show_view(self, key: str) -> None:
        """Bring the calendar to the front in a view (Ctrl+1…6), keyboard in the view."""
        self.window.show_page(PAGE_KEY)
        page = self.page()
        if page is not None:
            page.set_view(key)
            page.current_view().setFocus()
            self.sync()

    def today(self) -> None:
        page = self.page()
        if page is not None:
            page.go_today()

    def go_to_date(self) -> None:
        """Ctrl+G: the calendar, with the cursor in its date field."""
        self.window.show_page(PAGE_KEY)
        page = self.page()
        if page is not None:
            page.focus_date_field()


def install(window: MainWindow, _ctx: AppContext) -> CalendarMenu:
    """Add the calendar's View menu entries (called for every entry of FEATURES)."""
    menu = CalendarMenu(window)
    window.calendar_menu = menu  # type: ignore[attr-defined]
    return menu


__all__ = ["CalendarMenu", "install"]
