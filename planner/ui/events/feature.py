"""Event editing in the main window: controller, menu actions, Conflicts dock, sidebar filters.

The calendar page is found by its key ("calendar") and wired by signal *names*; whatever
a page does not offer (conflicts, filters beyond series, printing a view) is left out.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from planner import settings
from planner.services import events as event_service
from planner.services.dto import Conflict, EventQuery
from planner.services.timeutil import format_date
from planner.ui import messages
from planner.ui.common.print_dialog import default_options, show_preview, write_pdf
from planner.ui.common.print_render import PrintOptions
from planner.ui.context import AppContext
from planner.ui.events import printing
from planner.ui.events.conflicts_dock import ConflictsDock, conflict_day
from planner.ui.events.controller import EventController
from planner.ui.events.filter_panel import FilterPanel
from planner.ui.events.search_dialog import SearchDialog

log = logging.getLogger(__name__)

PAGE_KEY = "calendar"

# Intent signal of the page -> controller slot name.
_INTENTS = (
    ("edit_requested", "edit"),
    ("create_requested", "create"),
    ("move_requested", "move"),
    ("delete_requested", "delete"),
)


def selected_event_id(page: QWidget | None) -> int | None:
    """Return the id of the event selected on the calendar page, if any."""
    if page is None:
        return None
    current_view = getattr(page, "current_view", None)
    if callable(current_view):
        selected = getattr(current_view(), "selected", None)
        if isinstance(selected, int):
            return selected
    return None


class EventsFeature(QObject):
    """Owns the event controller and the editing UI of one main window."""

    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.controller = EventController(ctx, window)
        self.controller.event_saved.connect(self._show_event)
        self._page: QWidget | None = None
        self._connections: list[tuple[Any, Callable[..., Any]]] = []

        self.dock = ConflictsDock(window)
        # The sidebar keeps the full height; the Conflicts panel sits under the calendar only.
        window.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        window.resizeDocks([self.dock], [150], Qt.Orientation.Vertical)
        # Closed until there is something to show (the saved window state may reopen it).
        self.dock.hide()
        self.dock.conflict_activated.connect(self.jump_to)

        self.filters = FilterPanel(ctx)
        self.filters.filter_changed.connect(self.apply_filter)
        self._install_sidebar()
        self._install_actions()

        self.sync_page()
        # add_page() replaces a page after the stack has switched: look again once it is done.
        window.stack.currentChanged.connect(  # type: ignore[attr-defined]
            lambda _index: QTimer.singleShot(0, self, self.sync_page)
        )

    # --- building -----------------------------------------------------------

    def _install_sidebar(self) -> None:
        """Put the filters (series, category, venue, staff, status, search) in the sidebar."""
        layout = self.window.sidebar_layout  # type: ignore[attr-defined]
        self.filters_label = QLabel(self.tr("<b>Filters</b>"))
        layout.addWidget(self.filters_label)
        layout.addWidget(self.filters, 1)

    def _install_actions(self) -> None:
        w = self.window
        menu_file = w.menu_file  # type: ignore[attr-defined]
        first = menu_file.actions()[0] if menu_file.actions() else None

        self.act_new = QAction(self.tr("&New event…"), w)
        self.act_new.setObjectName("act_new_event")
        self.act_new.setShortcut(QKeySequence.StandardKey.New)
        self.act_new.setStatusTip(self.tr("Create an event on the date shown in the calendar"))
        self.act_new.triggered.connect(lambda: self.controller.new_event(self.viewed_date()))
        menu_file.insertAction(first, self.act_new)
        menu_file.insertSeparator(first)

        self.act_print = QAction(self.tr("&Print calendar…"), w)
        self.act_print.setObjectName("act_print")
        self.act_print.setShortcut(QKeySequence.StandardKey.Print)
        self.act_print.triggered.connect(self.print_view)
        self.act_pdf = QAction(self.tr("Export calendar to P&DF…"), w)
        self.act_pdf.setObjectName("act_export_pdf")
        self.act_pdf.triggered.connect(self.export_pdf)
        anchor = getattr(w, "act_demo", None)
        menu_file.insertAction(anchor, self.act_print)
        menu_file.insertAction(anchor, self.act_pdf)
        menu_file.insertSeparator(anchor)

        self.act_delete = QAction(self.tr("&Delete event"), w)
        self.act_delete.setObjectName("act_delete_event")
        self.act_delete.setShortcut(QKeySequence.StandardKey.Delete)
        # Only while the focus is in the calendar: Delete in a text field or another list
        # must keep its own meaning.
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_delete.triggered.connect(self.delete_selected)
        menu_edit = w.menu_edit  # type: ignore[attr-defined]
        menu_edit.addSeparator()
        menu_edit.addAction(self.act_delete)

        self.act_find = QAction(self.tr("&Find events…"), w)
        self.act_find.setObjectName("act_find_events")
        self.act_find.setShortcuts([QKeySequence("Ctrl+E"), QKeySequence(Qt.Key.Key_F3)])
        self.act_find.setStatusTip(self.tr("Search all events of any date by title, venue, performer or notes"))
        self.act_find.triggered.connect(self.find_events)
        menu_edit.addSeparator()
        menu_edit.addAction(self.act_find)
        self.search_dialog: SearchDialog | None = None
        menu_edit.aboutToShow.connect(self._update_actions)

        toolbar = getattr(w, "toolbar", None)
        if toolbar is not None:
            actions = toolbar.actions()
            toolbar.insertAction(actions[0] if actions else None, self.act_new)
        w.menu_view.addAction(self.dock.toggleViewAction())  # type: ignore[attr-defined]

    # --- the calendar page --------------------------------------------------

    def page(self) -> QWidget | None:
        """Return the calendar page the feature is wired to."""
        return self._page

    def sync_page(self) -> None:
        """(Re)connect to the window's calendar page when it was added or replaced."""
        page = self.window.page(PAGE_KEY)  # type: ignore[attr-defined]
        if page is not self._page:
            self._disconnect()
            self._page = page
            if page is not None:
                self._connect(page)
        self._update_actions()

    def _connect(self, page: QWidget) -> None:
        for signal_name, slot_name in _INTENTS:
            signal = getattr(page, signal_name, None)
            if signal is not None:
                slot = getattr(self.controller, slot_name)
                signal.connect(slot)
                self._connections.append((signal, slot))
        conflicts_changed = getattr(page, "conflicts_changed", None)
        if conflicts_changed is not None:
            conflicts_changed.connect(self.dock.set_conflicts)
            self._connections.append((conflicts_changed, self.dock.set_conflicts))
            current = getattr(page, "conflicts", None)
            if callable(current):
                self.dock.set_conflicts(current())
        page.addAction(self.act_delete)
        if self.filters.is_active():
            self.apply_filter(self.filters.query())

    def _disconnect(self) -> None:
        for signal, slot in self._connections:
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):  # the old page is already gone
                pass
        self._connections.clear()
        if self._page is not None:
            try:
                self._page.removeAction(self.act_delete)
            except RuntimeError:
                pass
        self.dock.set_conflicts([])

    def _update_actions(self) -> None:
        on_calendar = self._page is not None and self.window.stack.currentWidget() is self._page  # type: ignore[attr-defined]
        self.act_print.setEnabled(on_calendar)
        self.act_pdf.setEnabled(on_calendar)
        self.act_delete.setEnabled(on_calendar and selected_event_id(self._page) is not None)

    def apply_filter(self, query: EventQuery) -> None:
        """Hand the sidebar filter to the calendar page."""
        set_filter = getattr(self._page, "set_filter", None)
        if callable(set_filter):
            set_filter(query)

    def jump_to(self, conflict: Conflict) -> None:
        """Show a conflict: its day, with the first event selected."""
        page = self._page
        go_to = getattr(page, "go_to", None)
        if page is None or not callable(go_to):
            return
        self.window.show_page(PAGE_KEY)  # type: ignore[attr-defined]
        event_id = conflict.a_id if conflict.kind in ("venue", "performer") else None
        go_to(conflict_day(conflict), event_id)

    def _show_event(self, event_id: int) -> None:
        page = self._page
        go_to = getattr(page, "go_to", None)
        if page is None or not callable(go_to):
            return
        try:
            row = event_service.get_event(self.ctx.sm, event_id)
        except Exception:  # noqa: BLE001 - showing it is a courtesy; the save already succeeded
            log.debug("cannot show event %s", event_id, exc_info=True)
            return
        visible = getattr(page, "visible_range", None)
        if callable(visible):
            first, last = visible()
            if first <= row.first_day <= last:
                view = page.current_view() if callable(getattr(page, "current_view", None)) else None  # type: ignore[attr-defined]
                if view is not None and callable(getattr(view, "select_event", None)):
                    view.select_event(event_id)
                return
        go_to(row.first_day, event_id)

    # --- actions ------------------------------------------------------------

    def find_events(self) -> SearchDialog:
        """Ctrl+E / F3: the search over every date and field; a result jumps to its day."""
        if self.search_dialog is None:
            today_fn = getattr(self._page, "today", None)
            today = today_fn() if callable(today_fn) else None
            self.search_dialog = SearchDialog(self.ctx.sm, self.window, today=today if isinstance(today, dt.date) else None)
            self.search_dialog.event_activated.connect(self._go_to_found)
        dialog = self.search_dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.query.setFocus()
        dialog.query.selectAll()
        return dialog

    def _go_to_found(self, event_id: int, day: dt.date) -> None:
        go_to = getattr(self._page, "go_to", None)
        if not callable(go_to):
            return
        self.window.show_page(PAGE_KEY)  # type: ignore[attr-defined]
        go_to(day, event_id)

    def viewed_date(self) -> dt.date | None:
        """Return the date the calendar page is anchored at (Ctrl+N starts there)."""
        current_date = getattr(self._page, "current_date", None)
        day = current_date() if callable(current_date) else None
        return day if isinstance(day, dt.date) else None

    def delete_selected(self) -> None:
        """Edit > Delete: delete the event selected in the calendar (after confirmation)."""
        event_id = selected_event_id(self._page)
        if event_id is None:
            self.window.statusBar().showMessage(self.tr("Select an event in the calendar first."), 5000)
            return
        self.controller.delete(event_id)

    def _print_parts(self) -> tuple[QWidget, str, str] | None:
        page = self._page
        if page is None:
            return None
        current_view = getattr(page, "current_view", None)
        widget = current_view() if callable(current_view) else page
        names = {
            "month": self.tr("month"), "week": self.tr("week"), "day": self.tr("day"),
            "agenda": self.tr("agenda"), "timeline": self.tr("venue timeline"),
        }
        key_fn = getattr(page, "current_key", None)
        key = key_fn() if callable(key_fn) else ""
        title = self.tr("Events calendar")
        if key in names:
            title = self.tr("Events calendar – %1").replace("%1", names[key])
        range_title = getattr(page, "range_title", None)
        subtitle = range_title() if callable(range_title) else format_date(dt.date.today())
        return widget, title, subtitle

    def print_options(self) -> PrintOptions | None:
        """Return print options for what the calendar page shows (None for a page without views)."""
        page = self._page
        key_fn, range_fn = getattr(page, "current_key", None), getattr(page, "visible_range", None)
        if not callable(key_fn) or not callable(range_fn) or not hasattr(page, "filter"):
            return None
        first, last = range_fn()
        options = default_options(key_fn(), first, last, self.ctx.settings.get(settings.CALENDAR_COLOUR_BY))
        return replace(options, query=page.filter())  # type: ignore[union-attr]

    def print_view(self) -> bool:
        """File > Print: a print preview with options (range, hours, fit), or the view as it is on screen."""
        options = self.print_options()
        if options is not None:
            self.preview = show_preview(self.window, self.ctx.sm, options, printing.printed_on())
            return True
        parts = self._print_parts()
        if parts is None:
            return False
        printer = printing.ask_printer(self.window)
        if printer is None:
            return False
        try:
            printing.print_widget(printer, *parts)
        except OSError as exc:
            messages.show_error(self.window, str(exc))
            return False
        return True

    def export_pdf(self) -> str | None:
        """File > Export PDF: the current view into a PDF file; return its path."""
        parts = self._print_parts()
        if parts is None:
            return None
        widget, title, subtitle = parts
        options = self.print_options()
        suggested = f"{title} {subtitle}".replace("/", "-").replace(":", "") + ".pdf"
        path = messages.ask_save_file(self.window, self.tr("Export PDF"), suggested, self.tr("PDF documents (*.pdf)"))
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            if options is not None:  # the calendar painted for paper, evenings included
                write_pdf(path, self.ctx.sm, options, printing.printed_on())
            else:
                printing.export_pdf(path, widget, title, subtitle)
        except OSError as exc:
            messages.show_error(self.window, self.tr("Cannot write %1: %2").replace("%1", path).replace("%2", str(exc)))
            return None
        if not Path(path).exists() or Path(path).stat().st_size == 0:
            messages.show_error(self.window, self.tr("Cannot write %1.").replace("%1", path))
            return None
        self.window.statusBar().showMessage(self.tr("Saved %1").replace("%1", path), 5000)
        return path


def install(window: QMainWindow, ctx: AppContext) -> EventsFeature:
    """Add event editing to the main window (called for every entry of FEATURES)."""
    feature = EventsFeature(window, ctx)
    window.events_feature = feature  # type: ignore[attr-defined]
    return feature


__all__ = ["install", "EventsFeature", "selected_event_id"]
