"""CalendarPage: navigation bar, the six views, shortcuts, remembered state and data refresh.

Why this module is long (~600 lines): it is the one place that composes the calendar page — the
navigation bar and its compact form, view switching and the page's keys, the remembered state, and
the wiring of the six views' signals; what has a job of its own lives beside it (loader.py loads and
prefetches periods, switcher.py, mini_month.py, legend.py, context_menu.py, the views).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QKeySequence, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner import settings
from planner.errors import PlannerError
from planner.i18n import _, pgettext
from planner.services.formatting import format_date_range
from planner.services import venues as venue_service
from planner.services.dto import Conflict, EventQuery
from planner.services.timeutil import format_date
from planner.ui.calendar import layout
from planner.ui.calendar.agenda_view import AgendaView
from planner.ui.calendar.loader import PeriodLoader
from planner.ui.calendar.common import legend_entries, month_name
from planner.ui.calendar.context_menu import CalendarActions
from planner.ui.calendar.legend import ColourLegend
from planner.ui.calendar.mini_month import MiniMonth
from planner.ui.calendar.painted import PaintedView
from planner.ui.calendar.month_view import MonthView
from planner.ui.calendar.switcher import ViewSwitcher
from planner.ui.calendar.timeline_view import TimelineView
from planner.ui.calendar.week_view import WeekView
from planner.models.enums import RecordKind
from planner.ui.changes import Change, PageRefresher
from planner.ui.common.date_edit import DateEdit
from planner.ui.context import AppContext

log = logging.getLogger(__name__)

# Index + 1 is the view's Ctrl+digit shortcut; the switcher shows them in SWITCHER_ORDER.
VIEW_KEYS = ("month", "week", "day", "agenda", "timeline", "workweek")
SWITCHER_ORDER = ("month", "workweek", "week", "day", "agenda", "timeline")
# What the views show: events (markets are events), their venues (timeline rows), series and staff.
_REFRESH_KINDS = (RecordKind.EVENT, RecordKind.MARKET, RecordKind.VENUE, RecordKind.SERIES, RecordKind.STAFF)
# The prefetch starts this long after a refresh, so the new period is painted first.
PREFETCH_DELAY_MS = 15
# At start the window is still being built and painted: the first prefetch waits longer,
# so the worker does not compete with the first paint for the interpreter.
FIRST_PREFETCH_DELAY_MS = 500

def _shares(text: str) -> list[float]:
    """Parse the stored agenda column shares ("0.15,0.33,…"); unreadable text gives [] (the default)."""
    try:
        return [float(part) for part in text.split(",")] if text else []
    except ValueError:
        return []


class CalendarPage(QWidget):
    """The calendar: one of five views of the same events, with navigation.

    Signals (re-emitted from the current view, same meaning as on CalendarView):
        edit_requested(int), create_requested(object, object, object),
        move_requested(int, object, object, object, bool), delete_requested(int),
        day_requested(object): the page itself also opens that day in the day view.
        conflicts_changed(list): the conflicts of the visible range, after each refresh.
        range_changed(object, object): the visible inclusive days changed.
        move_many_requested(list, bool), delete_many_requested(list): as on CalendarView.
        paste_requested(list, bool, object, object, object): paste the events (ids) copied, or
            cut (bool: move them), at a day, a start (or None: keep their times) and a venue
            (KEEP_VENUE, a venue id or None); see context_menu.CalendarActions.
        duplicate_requested(list), venue_change_requested(list): copy the events in place; ask
            for a venue and move them there.
    """

    edit_requested = Signal(int)
    create_requested = Signal(object, object, object)
    move_requested = Signal(int, object, object, object, bool)
    delete_requested = Signal(int)
    day_requested = Signal(object)
    conflicts_changed = Signal(list)
    range_changed = Signal(object, object)
    move_many_requested = Signal(list, bool)
    delete_many_requested = Signal(list)
    paste_requested = Signal(list, bool, object, object, object)
    duplicate_requested = Signal(list)
    venue_change_requested = Signal(list)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._today = today
        self._filter = EventQuery()
        # Neighbour periods load on a worker thread (issue 13: never on the GUI thread).
        self.loader = PeriodLoader(ctx.sm, self)
        self._prefetch_timer = QTimer(self)
        self._prefetch_timer.setSingleShot(True)
        self._prefetch_timer.setInterval(PREFETCH_DELAY_MS)
        self._prefetch_timer.timeout.connect(self._prefetch)
        self._conflicts: list[Conflict] = []
        self._wheel_rest = 0
        colour_by = ctx.settings.get(settings.CALENDAR_COLOUR_BY)
        hour_height = ctx.settings.get(settings.CALENDAR_HOUR_HEIGHT)
        # The hour views and the timeline are also kept by their own type: the page calls what only
        # they have (zoom, hour height, venues) without casting a PaintedView.
        self.hour_views: dict[str, WeekView] = {
            "week": WeekView(days=7, colour_by=colour_by, hour_height=hour_height),
            "day": WeekView(days=1, colour_by=colour_by, hour_height=hour_height),
            "workweek": WeekView(days=5, colour_by=colour_by, hour_height=hour_height),
        }
        self.timeline = TimelineView(colour_by=colour_by)
        self.agenda = AgendaView(colour_by=colour_by)
        self.views: dict[str, PaintedView] = {
            "month": MonthView(colour_by=colour_by),
            **self.hour_views,
            "agenda": self.agenda,
            "timeline": self.timeline,
        }
        self.stack = QStackedWidget()
        for key, view in self.views.items():
            view.setObjectName(f"calendar_{key}")
            self.stack.addWidget(view)
            view.edit_requested.connect(self.edit_requested)
            view.create_requested.connect(self.create_requested)
            view.move_requested.connect(self.move_requested)
            view.delete_requested.connect(self.delete_requested)
            view.day_requested.connect(self._on_day_requested)
            view.move_many_requested.connect(self.move_many_requested)
            view.delete_many_requested.connect(self.delete_many_requested)
        self.edit_actions = CalendarActions(self)
        for view in self.views.values():
            view.context_requested.connect(self.edit_actions.show_menu)
        for hour_view in self.hour_views.values():
            hour_view.zoom_changed.connect(self._on_zoom)
        self.timeline.zoom_changed.connect(lambda _days: self._apply())
        self.timeline.set_names_width(ctx.settings.get(settings.CALENDAR_TIMELINE_NAMES))
        self.timeline.names_width_changed.connect(lambda px: ctx.settings.set(settings.CALENDAR_TIMELINE_NAMES, px))
        self.agenda.set_column_shares(_shares(ctx.settings.get(settings.CALENDAR_AGENDA_COLUMNS)))
        self.agenda.columns_changed.connect(lambda shares: ctx.settings.set(
            settings.CALENDAR_AGENDA_COLUMNS, ",".join(f"{share:.4f}" for share in shares)))

        self._build_navigation()
        self._build_keys()
        layout_ = self._page_layout = QVBoxLayout(self)
        layout_.setContentsMargins(4, 4, 4, 4)
        layout_.setSpacing(4)
        self.title_row = QHBoxLayout()  # holds the title above the buttons when the window is narrow
        layout_.addLayout(self.title_row)
        layout_.addLayout(self.nav_layout)
        layout_.addWidget(self.stack, 1)

        stored = str(ctx.settings.get(settings.CALENDAR_VIEW))
        self._key: str = stored if stored in VIEW_KEYS else "month"
        self._date = self._stored_date() or self.today()
        self._venues_loaded = False
        self._span_days: int | None = None  # the agenda shows a span picked in the mini month
        # For the side panel (the main window places it): jumps to a day, a dragged span shows in the agenda.
        # The mini month's first days with events load on the worker while the first period loads here.
        self.loader.prefetch((), self._filter, [layout.month_of(self._date)])
        self.mini_month = MiniMonth(self.event_days, opens_on=self._date)
        self.mini_month.day_picked.connect(self._on_mini_day)
        self.mini_month.span_picked.connect(self.show_span)
        self.legend = ColourLegend()  # for the side panel too: what the colours of the shown events mean
        # Hidden (another page in view) the calendar only marks itself stale; it reloads when shown.
        self.refresher = PageRefresher(self, ctx.bus, _REFRESH_KINDS, self._on_change)
        self._apply(store=False)
        self._prefetch_timer.start(FIRST_PREFETCH_DELAY_MS)

    # --- building ----------------------------------------------------------

    def _build_navigation(self) -> None:
        self.today_button = QToolButton()
        self.today_button.setText(_("Today"))
        self.today_button.setToolTip(_("Go to today (T)"))
        self.today_button.clicked.connect(self.go_today)
        self.prev_button = QToolButton()
        self.prev_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.prev_button.setToolTip(_("Previous period (Page Up)"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolTip(_("Next period (Page Down)"))
        self.next_button.clicked.connect(lambda: self.step(1))
        # Navigates when the typed date is committed (Enter, leaving the field), not per keystroke.
        self.date_edit = DateEdit()
        self.date_edit.setObjectName("calendar_date")
        self.date_edit.setToolTip(_("Go to date (Ctrl+G): type 24.12.2026 or 24.12. and press Enter"))
        self.date_edit.dateChanged.connect(self._on_date_edited)
        self.title = QLabel()
        self.title.setObjectName("calendar_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title.setMinimumWidth(0)

        labels = self.view_labels()
        entries = []
        for key in SWITCHER_ORDER:
            index = VIEW_KEYS.index(key)
            tip = _("%1 (Ctrl+%2)").replace("%1", labels[key]).replace("%2", str(index + 1))
            entries.append((index, labels[key] if key != "workweek" else _("Mon–Fri"), labels[key], tip))
        self.switcher = ViewSwitcher(entries)
        self.view_buttons = self.switcher.buttons
        for key in SWITCHER_ORDER:
            self.view_buttons.button(VIEW_KEYS.index(key)).setObjectName(f"view_{key}")
        self.switcher.view_picked.connect(lambda i: self.set_view(VIEW_KEYS[i]))

        self.colour_button = QToolButton()
        self.colour_button.setText(_("Colours"))
        self.colour_button.setToolTip(_("Colour events by series or by category"))
        self.colour_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.colour_button)
        self.colour_actions = QActionGroup(self)
        current = self.ctx.settings.get(settings.CALENDAR_COLOUR_BY)
        for mode, label in (("series", _("Colour by series")), ("category", _("Colour by category"))):
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setData(mode)
            action.setChecked(mode == current or (mode == "series" and current not in ("series", "category")))
            self.colour_actions.addAction(action)
        self.colour_actions.triggered.connect(lambda action: self.set_colour_by(action.data()))
        self.colour_button.setMenu(menu)

        nav = QHBoxLayout()
        nav.setSpacing(4)
        for w in (self.today_button, self.prev_button, self.next_button, self.date_edit):
            nav.addWidget(w)
        nav.addSpacing(8)
        self._title_index = nav.count()
        nav.addWidget(self.title, 1)
        nav.addWidget(self.colour_button)
        nav.addSpacing(8)
        nav.addWidget(self.switcher)
        self.nav_layout = nav

    def view_labels(self) -> dict[str, str]:
        """Return the translated names of the views, by key."""
        return {
            "month": _("Month"), "week": _("Week"), "day": _("Day"),
            "agenda": _("Agenda"), "timeline": pgettext("CalendarPage", "Venues"), "workweek": _("Work week"),
        }

    def _build_keys(self) -> None:
        """Arrows and PgUp/PgDn from any focus on the page (buttons, title, view); a text field keeps its own."""
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut

        def action(text: str, keys: list[QKeySequence], slot: Callable[[], None]) -> QAction:
            act = QAction(text, self)
            act.setShortcuts(keys)
            act.setShortcutContext(context)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.act_prev = action(_("&Previous"), [QKeySequence(Qt.Key.Key_PageUp)], lambda: self.step(-1))
        self.act_next = action(_("&Next"), [QKeySequence(Qt.Key.Key_PageDown)], lambda: self.step(1))
        self.arrow_actions = [
            action("Left", [QKeySequence(Qt.Key.Key_Left)], lambda: self.arrow(-1, horizontal=True)),
            action("Right", [QKeySequence(Qt.Key.Key_Right)], lambda: self.arrow(1, horizontal=True)),
            action("Up", [QKeySequence(Qt.Key.Key_Up)], lambda: self.arrow(-1, horizontal=False)),
            action("Down", [QKeySequence(Qt.Key.Key_Down)], lambda: self.arrow(1, horizontal=False)),
        ]

    def arrow(self, direction: int, *, horizontal: bool) -> None:
        """Arrow keys move the highlighted date (a day sideways, a week up/down) like Outlook;
        in the agenda and the venue timeline they page through periods."""
        if self._key in ("agenda", "timeline"):
            self.step(direction)
        elif horizontal or self._key == "day":
            self.move_date(direction)
        else:
            self.move_date(7 * direction)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Keys the views leave unhandled: Ctrl+1..6 views, T today (the main window's View menu
        offers the same from any focus)."""
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == Qt.KeyboardModifier.ControlModifier and Qt.Key.Key_1 <= key <= Qt.Key.Key_6:
            self.set_view(VIEW_KEYS[key - Qt.Key.Key_1])
        elif mods != Qt.KeyboardModifier.NoModifier:
            super().keyPressEvent(event)
            return
        elif key == Qt.Key.Key_T:
            self.go_today()
        # the same as the page's shortcuts, for a key that reached us while they were inactive
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.step(-1 if key == Qt.Key.Key_PageUp else 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.arrow(-1 if key == Qt.Key.Key_Left else 1, horizontal=True)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.arrow(-1 if key == Qt.Key.Key_Up else 1, horizontal=False)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # --- state -------------------------------------------------------------

    def today(self) -> dt.date:
        """Return today's date (fixed for renders and tests)."""
        return self._today or dt.date.today()

    def _stored_date(self) -> dt.date | None:
        text = self.ctx.settings.get(settings.CALENDAR_DATE)
        try:
            return dt.date.fromisoformat(text) if text else None
        except ValueError:
            return None

    def current_key(self) -> str:
        """Return the key of the view shown: month, week, workweek, day, agenda or timeline."""
        return self._key

    def current_view(self) -> PaintedView:
        """Return the view shown."""
        return self.views[self._key]

    def selected_event(self) -> int | None:
        """Return the id of the event selected in the view shown, if any."""
        return self.views[self._key].selected

    def select_event(self, event_id: int) -> None:
        """Select an event in the view shown (when it is there)."""
        self.current_view().select_event(event_id)

    def selected_events(self) -> list[int]:
        """Return the ids of every event selected in the view shown (Ctrl+click, rubber band)."""
        return self.views[self._key].selection()

    def select_events(self, event_ids: list[int]) -> None:
        """Select these events in the view shown (e.g. what a paste created)."""
        self.views[self._key].set_selection(list(event_ids))

    def current_date(self) -> dt.date:
        """Return the date the views are anchored at."""
        return self._date

    def visible_range(self) -> tuple[dt.date, dt.date]:
        """Return the inclusive days the current view shows."""
        return self.current_view().visible_range()

    def set_view(self, key: str) -> None:
        """Switch to a view (month, week, workweek, day, agenda, timeline), keeping the date."""
        if key not in VIEW_KEYS or (key == self._key and self._span_days is None):
            if key in VIEW_KEYS:
                self.current_view().setFocus()
            return
        self._key = key
        self._span_days = None
        self._apply()
        self.current_view().setFocus()

    def go_to(self, day: dt.date, event_id: int | None = None) -> None:
        """Show the day (in the current view) and select an event there."""
        self._date = day
        self._apply()
        if event_id is not None:
            self.current_view().select_event(event_id)

    def show_span(self, first: dt.date, last: dt.date) -> None:
        """Show a span of days (dragged in the mini month): one day in the day view, more in the agenda."""
        first, last = min(first, last), max(first, last)
        self._date = first
        if first == last:
            self._span_days = None
            self._key = "day"
        else:
            self._span_days = (last - first).days + 1
            self._key = "agenda"
        self._apply()

    def _on_mini_day(self, day: dt.date) -> None:
        self._span_days = None
        self.go_to(day)

    def event_days(self, first: dt.date, last: dt.date) -> frozenset[dt.date]:
        """Return the days in first..last with events passing the calendar's filter (the mini month's bold)."""
        try:
            return self.loader.days(first, last, self._filter)  # prefetched with the neighbour periods
        except PlannerError as exc:  # e.g. the shared database is unreachable: no bold days, the views say more
            log.info("days with events of %s–%s not loaded: %s", first, last, exc)
            return frozenset()

    def go_today(self) -> None:
        """Show today (T) and put the keyboard into the view."""
        self.go_to(self.today())
        self.current_view().setFocus()

    def focus_date_field(self) -> None:
        """Go to date (Ctrl+G): put the cursor in the date field with its text selected."""
        self.date_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.date_edit.selectAll()

    def move_date(self, days: int) -> None:
        self.go_to(self._date + dt.timedelta(days=days))

    def step(self, direction: int) -> None:
        """Go one period (month, week, day...) forward (1) or back (-1)."""
        self._date = self._neighbour(self._date, direction)
        self._apply()

    def set_filter(self, query: EventQuery) -> None:
        """Filter every view (series, categories, venues, staff, statuses, text); the range is ours."""
        self._filter = replace(query, start=None, end=None, limit=None)
        self.loader.forget()
        self.refresh()
        self.mini_month.reload()

    def filter(self) -> EventQuery:
        return self._filter

    def conflicts(self) -> list[Conflict]:
        """Return the conflicts of the visible range found by the last refresh."""
        return list(self._conflicts)

    def _range_for(self, key: str, day: dt.date) -> tuple[dt.date, dt.date]:
        if key == "agenda" and self._span_days:
            return day, day + dt.timedelta(days=self._span_days - 1)
        if key in ("month", "agenda"):
            return layout.month_of(day)
        if key == "day":
            return day, day
        if key == "timeline":
            return self.timeline.range_for(day)
        monday = layout.week_start(day)
        return monday, monday + dt.timedelta(days=4 if key == "workweek" else 6)

    def _apply(self, store: bool = True) -> None:
        view = self.current_view()
        self.stack.setCurrentWidget(view)
        self.switcher.set_current(VIEW_KEYS.index(self._key))
        view.show_range(*self._range_for(self._key, self._date))
        view.set_current_day(self._date)
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(self._date.year, self._date.month, self._date.day))
        self.date_edit.blockSignals(False)
        self.refresh()
        span = self._range_for(self._key, self._date) if self._span_days else None
        self.mini_month.show_date(self._date, span)  # after the rows: its days may be loading on the worker
        self.title.setToolTip(self.range_title())
        self._fit_title()
        self.range_changed.emit(*self.visible_range())
        if store:
            self.ctx.settings.set(settings.CALENDAR_VIEW, self._key)
            self.ctx.settings.set(settings.CALENDAR_DATE, self._date.isoformat())

    def title_candidates(self) -> list[str]:
        """Return the title from the longest to the shortest form; the year is kept in every one."""
        full = self.range_title()
        first, last = self.visible_range()
        out = [full]
        if self._key not in ("month", "agenda") and first != last:
            span = f"{first.day}. {first.month}. – {format_date(last)}" if first.year == last.year else full
            out.append(f"{_('Week %1').replace('%1', str(first.isocalendar().week))}: {span}")
            out.append(span)
        return out

    def _fit_title(self) -> None:
        """Show the longest form of the title that fits (1024-px screens, 150 % scaling): never a cut-off one.

        When the full title and the row of view buttons do not fit beside each other, the buttons
        fold into one menu button and the title moves onto its own row above them.
        """
        metrics = self.title.fontMetrics()
        candidates = self.title_candidates()
        fixed = (self.today_button, self.prev_button, self.next_button, self.date_edit, self.colour_button)
        # the widgets, the spacing after each and the two gaps of 8 px around the title
        others = sum(w.sizeHint().width() for w in fixed) + 6 * self.nav_layout.spacing() + 16
        margins = self._page_layout.contentsMargins()
        room = self.width() - others - margins.left() - margins.right()
        wanted = metrics.horizontalAdvance(candidates[0]) + 2 + self.switcher.full_width()
        self._set_compact(room < wanted)
        # On its own row the title's least width is its shortest form, which keeps the year.
        self.title.setMinimumWidth(metrics.horizontalAdvance(candidates[-1]) + 2 if self.switcher.is_compact() else 0)
        width = self.title.width()
        text = next((t for t in candidates if metrics.horizontalAdvance(t) <= width), candidates[-1])
        self.title.setText(text)

    def _set_compact(self, compact: bool) -> None:
        if compact == self.switcher.is_compact():
            return
        self.switcher.set_compact(compact)
        if compact:  # a stretch keeps the title's place, so the buttons stay at the right
            self.nav_layout.removeWidget(self.title)
            self.nav_layout.insertStretch(self._title_index, 1)
            self.title_row.addWidget(self.title, 1)
        else:
            self.title_row.removeWidget(self.title)
            self.nav_layout.takeAt(self._title_index)
            self.nav_layout.insertWidget(self._title_index, self.title, 1)
        self._page_layout.activate()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        QTimer.singleShot(0, self._fit_title)  # after the layout gave the title its width

    def range_title(self) -> str:
        """Return a title for the shown range: 'December 2026', 'Week 50: 7. 12. – 13. 12. 2026'."""
        first, last = self.visible_range()
        if self._span_days:
            return f"{format_date(first)} – {format_date(last)}" if first.year != last.year else \
                f"{first.day}. {first.month}. – {format_date(last)}"
        if self._key in ("month", "agenda"):
            return f"{month_name(self._date.month)} {self._date.year}"
        if first == last:
            return format_date(first)
        week = _("Week %1").replace("%1", str(first.isocalendar().week))
        return f"{week}: {format_date_range(first, last)}"

    # --- data --------------------------------------------------------------

    def refresh(self, *, prefetch: bool = True) -> None:
        """Query the events and conflicts of the visible range and hand them to the view.

        ``prefetch`` also loads the neighbour periods afterwards (for quick paging); a refresh after a
        change skips it, so an edit queries only what is shown (the next step prefetches again).
        """
        view = self.current_view()
        view.set_today(self.today())
        self.mini_month.set_today(self.today())
        if self._key == "timeline" and not self._venues_loaded:
            self._load_venues()
        first, last = view.visible_range()
        loaded = self.loader.take(first, last, self._filter)
        rows, self._conflicts = loaded.rows, loaded.conflicts
        view.set_events(rows, self._conflicts, loaded.prepared)
        self._update_legend()
        self.conflicts_changed.emit(list(self._conflicts))
        if prefetch:
            self._prefetch_timer.start(PREFETCH_DELAY_MS)

    def _visible_for(self, key: str, day: dt.date) -> tuple[dt.date, dt.date]:
        """Return the days a view would show around a date (the month grid spans 6 weeks)."""
        if key == "month":
            grid = layout.month_grid_start(day.replace(day=1))
            return grid, grid + dt.timedelta(days=41)
        return self._range_for(key, day)

    def _prefetch(self) -> None:
        """Load the previous and next periods while the user looks at this one.

        A step then only repaints. Entries are dropped on any change broadcast, on
        a new filter, and after PREFETCH_SECONDS (others may edit a shared database).
        """
        days = [self._neighbour(self._date, direction) for direction in (1, -1)]
        periods = [self._visible_for(self._key, day) for day in days]
        months = [layout.month_of(day) for day in days]  # the mini month's page on that step
        self.loader.prefetch(periods, self._filter, months, self.current_view().preparer())

    def prefetching(self) -> bool:
        """Return whether neighbour periods are due or still loading on the worker."""
        return self._prefetch_timer.isActive() or self.loader.busy()

    def _neighbour(self, day: dt.date, direction: int) -> dt.date:
        if self._key == "agenda" and self._span_days:
            return day + dt.timedelta(days=direction * self._span_days)
        if self._key in ("month", "agenda"):
            return layout.add_months(day, direction)
        if self._key == "day":
            return day + dt.timedelta(days=direction)
        if self._key == "timeline":
            return day + dt.timedelta(days=direction * self.timeline.days_shown)
        return day + dt.timedelta(days=7 * direction)

    def _load_venues(self) -> None:
        self.timeline.set_venues(venue_service.list_venues(self.ctx.sm))
        self._venues_loaded = True

    def _on_change(self, change: Change) -> None:
        self.loader.forget()
        if change.touches(RecordKind.VENUE):
            self._venues_loaded = False
        self.refresh(prefetch=False)
        if change.touches(RecordKind.EVENT) or change.touches(RecordKind.MARKET):
            self.mini_month.reload()

    # --- slots -------------------------------------------------------------

    def _on_day_requested(self, day: dt.date) -> None:
        self.day_requested.emit(day)
        self._date = day
        self._key = "day"
        self._span_days = None
        self._apply()

    def _on_date_edited(self, qdate: QDate) -> None:
        self.go_to(dt.date(qdate.year(), qdate.month(), qdate.day()))

    def _on_zoom(self, value: int) -> None:
        self.ctx.settings.set(settings.CALENDAR_HOUR_HEIGHT, value)
        for hour_view in self.hour_views.values():
            hour_view.set_hour_height(value)

    def set_colour_by(self, mode: str) -> None:
        """Colour events by "series" or "category" in every view (remembered)."""
        self.ctx.settings.set(settings.CALENDAR_COLOUR_BY, mode)
        for action in self.colour_actions.actions():
            action.setChecked(action.data() == mode)
        for view in self.views.values():
            view.set_colour_by(mode)
        self._update_legend()

    def _update_legend(self) -> None:
        view = self.views[self._key]
        self.legend.set_entries(view.colour_by, legend_entries(view.rows, view.colour_by))

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        """Wheel over the month (or any view that does not scroll) pages through time."""
        self._wheel_rest += event.angleDelta().y()
        while abs(self._wheel_rest) >= 120:
            direction = -1 if self._wheel_rest > 0 else 1
            self._wheel_rest += 120 * direction
            self.step(direction)
        event.accept()
