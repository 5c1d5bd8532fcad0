"""The calendar's edit actions: right-click menus of every view, Ctrl+C / Ctrl+X / Ctrl+V of events.

On an event: Open, Copy, Cut, Duplicate, Move to venue…, Delete (acting on every selected event).
On empty space: New event here (that day and time, and the venue of a timeline row), Paste. The
Menu key and Shift+F10 open the selected event's menu. What changes data is asked of the owner
through the page's signals (the events feature runs it as one operation); the clipboard is ours.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from planner.i18n import _, ngettext
from planner.services.timeutil import local_midnight
from planner.ui.calendar import clipboard
from planner.ui.calendar.selection import MenuTarget, Slot
from planner.ui.intents import KEEP_VENUE

if TYPE_CHECKING:
    from planner.ui.calendar.page import CalendarPage
    from planner.ui.calendar.painted import PaintedView


class CalendarActions(QObject):
    """Copy, cut and paste shortcuts of the page, and the context menus of its views."""

    def __init__(self, page: CalendarPage) -> None:
        super().__init__(page)
        self.page = page
        self.act_copy = self._action(_("&Copy"), QKeySequence.StandardKey.Copy, self.copy, "act_copy_events")
        self.act_cut = self._action(_("Cu&t"), QKeySequence.StandardKey.Cut, self.cut, "act_cut_events")
        self.act_paste = self._action(_("&Paste"), QKeySequence.StandardKey.Paste, self.paste,
                                      "act_paste_events")
        self.menu: QMenu | None = None  # the menu shown last (tests look at it)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(clipboard.release)

    def _action(self, text: str, key: QKeySequence.StandardKey, slot: Callable[[], object], name: str) -> QAction:
        act = QAction(text, self.page)
        act.setObjectName(name)
        act.setShortcut(QKeySequence(key))
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # a text field keeps its own
        act.triggered.connect(lambda _checked=False: slot())
        self.page.addAction(act)
        return act

    def view(self) -> PaintedView:
        return self.page.views[self.page.current_key()]

    # --- clipboard ------------------------------------------------------------

    def copy(self, *, cut: bool = False) -> bool:
        """Ctrl+C (Ctrl+X): put the selected events on the clipboard; False when none is selected."""
        view = self.view()
        rows = [view.by_id[i] for i in view.selection()]
        if not rows:
            return False
        clipboard.put(sorted(rows, key=lambda r: (r.start, r.title)), cut=cut)
        return True

    def cut(self) -> bool:
        """Ctrl+X: like copy; the paste then moves the events instead of copying them."""
        return self.copy(cut=True)

    def paste(self, slot: Slot | None = None) -> bool:
        """Ctrl+V: paste the copied events at the slot (the one clicked, else the page's date)."""
        found = clipboard.read()
        if found is None:
            return False
        target = slot or self.view().paste_slot()
        self.page.paste_requested.emit(list(found.ids), found.cut, target.day, target.start, target.venue)
        if found.cut:
            clipboard.mark_copied()
        return True

    # --- menus ------------------------------------------------------------------

    def show_menu(self, target: MenuTarget, pos: QPoint) -> None:
        """Build the menu of a target and run it at a global position."""
        menu = self.menu_for(target)
        self.menu = menu
        menu.exec(pos)
        menu.deleteLater()

    def menu_for(self, target: MenuTarget) -> QMenu:
        """Return the menu of an event (acting on all selected) or of an empty slot."""
        menu = QMenu(self.page)
        menu.setObjectName("calendar_context_menu")
        view = self.view()
        if target.event_id is not None and target.event_id in view.by_id:
            ids = view.selection() if view.is_selected(target.event_id) else [target.event_id]
            if len(ids) == 1:
                self._add(menu, _("&Open") + "\t" + _("Enter"),
                          lambda: self.page.edit_requested.emit(ids[0]), "open")
            menu.addAction(self.act_copy)
            menu.addAction(self.act_cut)
            self._add(menu, _("D&uplicate"), lambda: self.page.duplicate_requested.emit(ids), "duplicate")
            self._add(menu, _("&Move to venue…"), lambda: self.page.venue_change_requested.emit(ids), "venue")
            menu.addSeparator()
            delete = (_("&Delete") if len(ids) == 1 else ngettext(
                "&Delete {n} events",
                "&Delete {n} events",
                len(ids)
            ).format(n=len(ids)))
            self._add(menu, delete + "\t" + _("Del"), lambda: self._delete(ids), "delete")
            return menu
        slot = target.slot or view.paste_slot()
        self._add(menu, _("&New event here"), lambda: self.new_here(slot), "new")
        # the menu's Paste goes where the menu was opened, not to the slot clicked before
        act = self._add(menu, self.act_paste.text() + "\t" + self.act_paste.shortcut().toString(
            QKeySequence.SequenceFormat.NativeText), lambda: self.paste(slot), "paste")
        act.setEnabled(clipboard.read() is not None)
        if view.rows:
            menu.addSeparator()
            self._add(menu, _("Select &all") + "\t" + QKeySequence(QKeySequence.StandardKey.SelectAll).toString(
                QKeySequence.SequenceFormat.NativeText), lambda: view.set_selection(view.keyboard_order()), "all")
        return menu

    @staticmethod
    def _add(menu: QMenu, text: str, slot: Callable[[], object], name: str) -> QAction:
        act = menu.addAction(text)
        act.setObjectName(f"menu_{name}")
        act.triggered.connect(lambda _checked=False: slot())
        return act

    def _delete(self, ids: list[int]) -> None:
        if len(ids) == 1:
            self.page.delete_requested.emit(ids[0])
        else:
            self.page.delete_many_requested.emit(ids)

    def new_here(self, slot: Slot) -> None:
        """New event here: an hour at the slot's time, or the whole day; at the timeline row's venue."""
        venue = slot.venue if slot.venue is not KEEP_VENUE else None
        if slot.start is not None:
            self.page.create_requested.emit(slot.start, slot.start + dt.timedelta(hours=1), venue)
        else:
            self.page.create_requested.emit(local_midnight(slot.day), local_midnight(slot.day + dt.timedelta(days=1)),
                                            venue)


__all__ = ["CalendarActions"]
