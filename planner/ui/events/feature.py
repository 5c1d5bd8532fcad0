"""Event editing in the main window: controller, menu actions, Conflicts dock, sidebar filters.

The feature is built by the composition root (main_window.py) with the calendar page it serves,
typed as :class:`CalendarHost` (what it needs of the page), so this package does not import the
calendar package; the main window connects the page's intent signals to the controller.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from planner import settings
from planner.i18n import _
from planner.services import events as event_service
from planner.services.dto import Conflict, EventQuery
from planner.services.timeutil import format_date
from planner.ui import messages
from planner.ui.context import AppContext
from planner.ui.events.conflicts_dock import ConflictsDock, conflict_day
from planner.ui.events.batch import EventBatch
from planner.ui.events.controller import EventController
from planner.ui.events.filter_panel import FilterPanel
from planner.ui.events.search_dialog import SearchDialog

if TYPE_CHECKING:
    from planner.ui.common.print_render import PrintOptions

log = logging.getLogger(__name__)


class CalendarHost(Protocol):
    """What the events feature needs of the calendar page (planner.ui.calendar.page.CalendarPage)."""

    def current_key(self) -> str: ...
    def current_view(self) -> QWidget: ...
    def selected_event(self) -> int | None: ...
    def selected_events(self) -> list[int]: ...
    def select_events(self, event_ids: list[int]) -> None: ...
    def select_event(self, event_id: int) -> None: ...
    def visible_range(self) -> tuple[dt.date, dt.date]: ...
    def range_title(self) -> str: ...
    def conflicts(self) -> list[Conflict]: ...
    def set_filter(self, query: EventQuery) -> None: ...
    def set_view(self, key: str) -> None: ...
    def go_to(self, day: dt.date, event_id: int | None = None) -> None: ...
    def current_date(self) -> dt.date: ...
    def today(self) -> dt.date: ...
    def filter(self) -> EventQuery: ...


class EventsFeature(QObject):
    """Owns the event controller and the editing UI of one main window.

    ``page`` is the calendar page (a CalendarHost) and ``page_widget`` the same object as a widget
    (for the Delete shortcut and "is it in view"); ``show_page()`` brings it to the front.
    """

    def __init__(self, window: QMainWindow, ctx: AppContext, page: CalendarHost, page_widget: QWidget,
                 show_page: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self._show_page = show_page
        self.ctx = ctx
        self._page = page
        self._page_widget = page_widget
        self.controller = EventController(ctx, page_widget)
        self.controller.event_saved.connect(self._show_event)
        self.batch = EventBatch(ctx, page_widget)  # several selected events at once, clipboard pastes
        self.batch.events_done.connect(page.select_events)

        self.dock = ConflictsDock(window)
        # The sidebar keeps the full height; the Conflicts panel sits under the calendar only.
        window.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        window.resizeDocks([self.dock], [150], Qt.Orientation.Vertical)
        # Closed until there is something to show (the saved window state may reopen it).
        self.dock.hide()
        self.dock.conflict_activated.connect(self.jump_to)
        self.dock.set_conflicts(page.conflicts())

        self.filters = FilterPanel(ctx)
        self.filters.filter_changed.connect(self.apply_filter)
        self._build_actions()
        page_widget.addAction(self.act_delete)
        self.update_actions()

    # --- building -----------------------------------------------------------

    def _build_actions(self) -> None:
        w = self.window
        self.act_new = QAction(_("&New event…"), w)
        self.act_new.setObjectName("act_new_event")
        self.act_new.setShortcut(QKeySequence.StandardKey.New)
        self.act_new.setStatusTip(_("Create an event on the date shown in the calendar"))
        self.act_new.triggered.connect(lambda: self.controller.new_event(self.viewed_date()))

        self.act_print = QAction(_("&Print calendar…"), w)
        self.act_print.setObjectName("act_print")
        self.act_print.setShortcut(QKeySequence.StandardKey.Print)
        self.act_print.triggered.connect(self.print_view)
        self.act_pdf = QAction(_("Export calendar to P&DF…"), w)
        self.act_pdf.setObjectName("act_export_pdf")
        self.act_pdf.triggered.connect(self.export_pdf)

        self.act_delete = QAction(_("&Delete event"), w)
        self.act_delete.setObjectName("act_delete_event")
        self.act_delete.setShortcut(QKeySequence.StandardKey.Delete)
        # Only while the focus is in the calendar: Delete in a text field or another list
        # must keep its own meaning.
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_delete.triggered.connect(self.delete_selected)

        self.act_find = QAction(_("&Find events…"), w)
        self.act_find.setObjectName("act_find_events")
        self.act_find.setShortcuts([QKeySequence("Ctrl+E"), QKeySequence(Qt.Key.Key_F3)])
        self.act_find.setStatusTip(_("Search all events of any date by title, venue, performer or notes"))
        self.act_find.triggered.connect(self.find_events)
        self.search_dialog: SearchDialog | None = None

    # --- the calendar page --------------------------------------------------

    def page(self) -> CalendarHost:
        """Return the calendar page the feature serves."""
        return self._page

    def _on_calendar(self) -> bool:
        return self._page_widget.isVisibleTo(self.window)

    def update_actions(self) -> None:
        """Enable Print, PDF and Delete only where they apply (the calendar in view, an event selected)."""
        on_calendar = self._on_calendar()
        self.act_print.setEnabled(on_calendar)
        self.act_pdf.setEnabled(on_calendar)
        self.act_delete.setEnabled(on_calendar and self._page.selected_event() is not None)

    def apply_filter(self, query: EventQuery) -> None:
        """Hand the sidebar filter to the calendar page."""
        self._page.set_filter(query)

    def show_venue_on_timeline(self, venue_id: int, day: dt.date) -> None:
        """Show the venue timeline from a day, filtered to one venue (the sidebar shows the filter)."""
        self._page.set_view("timeline")
        self.filters.show_only_venue(venue_id)
        self._page.go_to(day)

    def jump_to(self, conflict: Conflict) -> None:
        """Show a conflict: its day, with the first event selected."""
        event_id = conflict.a_id if conflict.kind in ("venue", "performer") else None
        self._page.go_to(conflict_day(conflict), event_id)

    def _show_event(self, event_id: int) -> None:
        try:
            row = event_service.get_event(self.ctx.sm, event_id)
        except Exception:  # noqa: BLE001 - showing it is a courtesy; the save already succeeded
            log.debug("cannot show event %s", event_id, exc_info=True)
            return
        first, last = self._page.visible_range()
        if first <= row.first_day <= last:
            self._page.select_event(event_id)
            return
        self._page.go_to(row.first_day, event_id)

    # --- actions ------------------------------------------------------------

    def find_events(self) -> SearchDialog:
        """Ctrl+E / F3: the search over every date and field; a result jumps to its day."""
        if self.search_dialog is None:
            self.search_dialog = SearchDialog(self.ctx.sm, self.window, today=self._page.today())
            self.search_dialog.event_activated.connect(self._go_to_found)
        dialog = self.search_dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.query.setFocus()
        dialog.query.selectAll()
        return dialog

    def _go_to_found(self, event_id: int, day: dt.date) -> None:
        self._show_page()
        self._page.go_to(day, event_id)

    def viewed_date(self) -> dt.date:
        """Return the date the calendar page is anchored at (Ctrl+N starts there)."""
        return self._page.current_date()

    def delete_selected(self) -> None:
        """Edit > Delete: delete the event selected in the calendar (after confirmation)."""
        event_id = self._page.selected_event()
        if event_id is None:
            self.window.statusBar().showMessage(_("Select an event in the calendar first."), 5000)
            return
        selected = self._page.selected_events()
        if len(selected) > 1:
            self.batch.delete_many(selected)
            return
        self.controller.delete(event_id)

    def _print_parts(self) -> tuple[QWidget, str, str] | None:
        page = self._page
        widget = page.current_view()
        names = {
            "month": _("month"), "week": _("week"), "day": _("day"),
            "agenda": _("agenda"), "timeline": _("venue timeline"),
        }
        key = page.current_key()
        title = _("Events calendar")
        if key in names:
            title = _("Events calendar – %1").replace("%1", names[key])
        subtitle = page.range_title() or format_date(dt.date.today())
        return widget, title, subtitle

    def print_options(self) -> PrintOptions | None:
        """Return print options for what the calendar page shows (None for a page without views)."""
        from planner.ui.common.print_dialog import default_options  # printing loads when first used

        page = self._page
        first, last = page.visible_range()
        options = default_options(page.current_key(), first, last, self.ctx.settings.get(settings.CALENDAR_COLOUR_BY))
        return replace(options, query=page.filter())

    def print_view(self) -> bool:
        """File > Print: a print preview with options (range, hours, fit), or the view as it is on screen."""
        from planner.ui.common import print_dialog, printing  # Qt's print support: when first used, not at start

        options = self.print_options()
        if options is not None:
            self.preview = print_dialog.show_preview(self.window, self.ctx.sm, options, printing.printed_on())
            return True
        parts = self._print_parts()
        if parts is None:
            return False
        printer = printing.ask_printer(self.window, title=_("Print calendar"))
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
        from planner.ui.common import print_dialog, printing

        parts = self._print_parts()
        if parts is None:
            return None
        widget, title, subtitle = parts
        options = self.print_options()
        suggested = f"{title} {subtitle}".replace("/", "-").replace(":", "") + ".pdf"

        def write(path: str) -> None:
            if options is not None:  # the calendar painted for paper, evenings included
                print_dialog.write_pdf(path, self.ctx.sm, options, printing.printed_on())
            else:
                printing.export_pdf(path, widget, title, subtitle)

        path = printing.save_pdf(self.window, _("Export PDF"), suggested, write)
        if path is None:
            return None
        self.window.statusBar().showMessage(_("Saved %1").replace("%1", path), 5000)
        return path


__all__ = ["CalendarHost", "EventsFeature"]
