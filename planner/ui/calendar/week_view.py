"""Week and day view: an hour grid with an all-day strip; drag to create, move and resize.

The vertical axis is real elapsed time since local midnight, so a 23-hour day
(last Sunday of March) is one hour shorter and a 25-hour day (last Sunday of
October) one hour longer; each day column is labelled by its own wall clock.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent, QWheelEvent
from PySide6.QtWidgets import QWidget

from planner.services.dto import CalendarEvent
from planner.ui.calendar import layout
from planner.ui.calendar.common import scrolled_body
from planner.ui.calendar.painted import PaintedView
from planner.ui.calendar.selection import MenuTarget, Slot
from planner.ui.calendar.week_allday import AllDayStrip
from planner.ui.calendar.week_common import AXIS, EDGE, MAX_HOUR_HEIGHT, MIN_HOUR_HEIGHT, WORK_END, WORK_START
from planner.ui.calendar.week_grid import HourGrid

__all__ = ["AXIS", "EDGE", "MAX_HOUR_HEIGHT", "MIN_HOUR_HEIGHT", "WORK_END", "WORK_START", "WeekView"]


class WeekView(PaintedView):
    """Hour grid of one or more consecutive days (the day view is a 1-day week).

    Signals:
        zoom_changed(int): the hour height changed (Ctrl+wheel); the page stores it.
    """

    MINUTE_STEPS = True

    zoom_changed = Signal(int)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        days: int = 7,
        colour_by: str = "series",
        hour_height: int = 48,
    ) -> None:
        super().__init__(parent, colour_by=colour_by)
        self.day_count = days
        self.hour_height = max(MIN_HOUR_HEIGHT, min(MAX_HOUR_HEIGHT, hour_height))
        self._first = dt.date.today() - dt.timedelta(days=dt.date.today().weekday() if days == 7 else 0)
        self._compute_days()
        self.header = AllDayStrip(self)
        self.grid = HourGrid(self)
        self.scroll_area = scrolled_body(self, self.grid, self.header, horizontal=True)
        self._scrolled_once = False

    # --- CalendarView ------------------------------------------------------

    def show_range(self, first: dt.date, last: dt.date) -> None:
        if self.day_count in (5, 7):  # the work week and the week start on Monday
            first = layout.week_start(first)
        self._first = first
        self._compute_days()
        self.grid.relayout()
        self.header.relayout()

    def visible_range(self) -> tuple[dt.date, dt.date]:
        return self._first, self._first + dt.timedelta(days=self.day_count - 1)

    def days(self) -> list[dt.date]:
        return list(self._days)

    def _compute_days(self) -> None:
        """Compute what depends only on the shown days (their hour lines), once per range."""
        self._days = [self._first + dt.timedelta(days=i) for i in range(self.day_count)]
        self._hour_marks = {d: layout.hour_marks(d) for d in self._days}
        self._rows_count = max(len(m) for m in self._hour_marks.values())
        # axis labels: the first day's, and those of the longest day beyond it (a 25-hour day)
        longest = max(self._days, key=lambda d: len(self._hour_marks[d]))
        first = self._hour_marks[self._days[0]]
        self._axis_labels = [m[1] for m in first] + [m[1] for m in self._hour_marks[longest][len(first):]]

    def hour_marks(self, day: dt.date) -> list[tuple[int, str]]:
        """Return the (elapsed hour, label) lines of a shown day (cached per range)."""
        return self._hour_marks[day]

    def events_changed(self) -> None:
        self.grid.relayout()
        self.header.relayout()

    def select_event(self, event_id: int | None) -> None:
        super().select_event(event_id)
        self.grid.update()
        self.header.update()
        row = self.by_id.get(event_id) if event_id is not None else None
        if row is not None and not self.is_all_day_row(row):
            day = max(row.first_day, self._first)
            y = layout.hours_into_day(row.start, day) * self.hour_height
            self.scroll_area.ensureVisible(AXIS, int(max(0, y)), 0, self.hour_height * 2)

    def update(self) -> None:  # type: ignore[override]  # repaints the parts too; the rect overloads are unused
        super().update()
        self.grid.update()
        self.header.update()

    # --- helpers -----------------------------------------------------------

    @staticmethod
    def is_all_day_row(row: CalendarEvent) -> bool:
        """All-day events and those of a day or longer go to the strip; the rest to the grid."""
        return row.all_day or row.end - row.start >= dt.timedelta(hours=24)

    def axis_labels(self) -> list[str]:
        """Return the hour labels of the axis, one per grid row (cached per range)."""
        return self._axis_labels

    def rows_count(self) -> int:
        """Return the hour rows of the grid: the longest shown day (23, 24 or 25)."""
        return self._rows_count

    def scroll_to_working_hours(self) -> None:
        """Scroll to 8–23 (the office's events are mostly in the evening): 8:00 at the top, or an
        earlier event's hour when the window has room; a short window keeps the evening in view,
        but never scrolls past the start of the first event of the day shown (or of the week)."""
        self.scroll_area.verticalScrollBar().setValue(int(self.first_hour_shown() * self.hour_height))
        self._scrolled_once = True

    def first_hour_shown(self) -> float:
        """Return the hour the grid opens at (see scroll_to_working_hours)."""
        days = set(self._days)
        timed = [r for r in self.rows if not r.all_day and self.span[r.id][0] == self.span[r.id][1]
                 and self.span[r.id][0] in days]
        earliest = min((layout.hours_into_day(r.start, self.span[r.id][0]) for r in timed), default=8.0)
        latest = max((layout.hours_into_day(r.end, self.span[r.id][0]) for r in timed), default=23.0)
        window = self.scroll_area.viewport().height() / self.hour_height
        bottom = min(24.0, max(latest, 23.0))
        top = max(0.0, max(min(float(int(earliest)), 8.0), bottom - window))
        # the first event of the current day (else of the days shown) keeps its start in view
        today = [r for r in timed if self.span[r.id][0] == self.current_day] or timed
        if today:
            first = min(layout.hours_into_day(r.start, self.span[r.id][0]) for r in today)
            top = min(top, max(0.0, first - 0.25))
        if timed and latest - earliest <= window:  # every event of the days shown fits: show them all
            top = min(top, max(0.0, earliest - 0.25))
        return top

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._scrolled_once:
            QTimer.singleShot(0, self.scroll_to_working_hours)

    def set_hour_height(self, value: int) -> None:
        """Zoom: pixels per hour, kept between 20 and 160."""
        value = max(MIN_HOUR_HEIGHT, min(MAX_HOUR_HEIGHT, value))
        if value == self.hour_height:
            return
        bar = self.scroll_area.verticalScrollBar()
        centre_hours = (bar.value() + self.scroll_area.viewport().height() / 2) / self.hour_height
        self.hour_height = value
        self.grid.relayout()
        bar.setValue(int(centre_hours * value - self.scroll_area.viewport().height() / 2))
        self.zoom_changed.emit(value)

    def zoom_wheel(self, event: QWheelEvent) -> bool:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            step = 1 if event.angleDelta().y() > 0 else -1
            self.set_hour_height(int(self.hour_height * (1.15 if step > 0 else 1 / 1.15)))
            event.accept()
            return True
        return False

    def column_width(self, total: float) -> float:
        return max(10.0, (total - AXIS) / self.day_count)

    # --- context menu --------------------------------------------------------

    def target_at(self, global_pos: QPoint) -> MenuTarget:
        """The event or the half hour under the mouse (a day in the all-day strip)."""
        at = self.header.mapFromGlobal(global_pos)
        if self.header.rect().contains(at):
            day = self.header.day_at(at.x())
            return MenuTarget(self.header.event_at(QPointF(at)), Slot(day) if day is not None else None)
        at = self.grid.mapFromGlobal(global_pos)
        box = self.grid.box_at(QPointF(at))
        return MenuTarget(box.event_id if box is not None else None, self.grid.slot_at(QPointF(at)))

    def anchor_point(self) -> QPoint:
        """At the selected event when it is in sight, else the middle of the view."""
        if self.selected is not None:
            rect = self.header.box_of(self.selected)
            if rect is not None:
                return self.header.mapToGlobal(rect.center().toPoint())
            rect = self.grid.box_of(self.selected)
            if rect is not None:
                point = self.grid.mapToGlobal(rect.topLeft().toPoint() + QPoint(8, 8))
                if self.scroll_area.viewport().rect().contains(self.scroll_area.viewport().mapFromGlobal(point)):
                    return point
        return super().anchor_point()

