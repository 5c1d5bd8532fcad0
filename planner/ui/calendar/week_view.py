"""Week and day view: an hour grid with an all-day strip; drag to create, move and resize.

The vertical axis is real elapsed time since local midnight, so a 23-hour day
(last Sunday of March) is one hour shorter and a 25-hour day (last Sunday of
October) one hour longer; each day column is labelled by its own wall clock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, QTimer, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPaintEvent,
    QPainter,
    QPen,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from planner.services.dto import CalendarEvent
from planner.services.holidays import holidays_between
from planner.services.timeutil import format_date, format_time, local_midnight, shift_days
from planner.ui.calendar import layout
from planner.ui.intents import KEEP_VENUE
from planner.ui.calendar.common import (
    CONFLICT_RED,
    CURRENT_DAY,
    HOLIDAY_BG,
    SELECTION,
    TODAY_BG,
    WEEKEND_BG,
    PaintedView,
    draw_conflict_marker,
    text_on,
    tooltip_html,
    weekday_names,
    scrolled_body,
)

AXIS = 52
EDGE = 6  # px of an event's bottom edge that resize instead of move
WORK_START, WORK_END = 8, 18
MIN_HOUR_HEIGHT, MAX_HOUR_HEIGHT = 20, 160


@dataclass
class _Box:
    rect: QRectF
    event_id: int
    day: dt.date


@dataclass
class _Drag:
    mode: str  # "create", "move", "resize", "allday"
    day: dt.date
    hours: float
    event_id: int | None = None
    copy: bool = False
    cur_day: dt.date | None = None
    cur_hours: float = 0.0
    moved: bool = False


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
        self.header = _AllDayStrip(self)
        self.grid = _HourGrid(self)
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
        earlier event's hour when the window has room; a short window keeps the evening in view."""
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
        return max(0.0, max(min(float(int(earliest)), 8.0), bottom - window))

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


class _AllDayStrip(QWidget):
    """Day names and the all-day / multi-day events of the week, as bars in lanes."""

    def __init__(self, view: WeekView) -> None:
        super().__init__(view)
        self.view = view
        self._boxes: list[_Box] = []
        self._row: layout.RowLayout[int] = layout.RowLayout([], {})
        self._more: list[tuple[QRectF, dt.date]] = []
        self.expanded = False
        self._drag: _Drag | None = None
        self.setMouseTracking(True)

    def _line(self) -> int:
        return QFontMetrics(self.font()).height() + 4

    def _title_height(self) -> int:
        return QFontMetrics(self.font()).height() * 2 + 8

    def max_lanes(self) -> int:
        """Lines of all-day bars shown before "+N more": 4 in a week, 6 (or 12 expanded) in a day."""
        if self.view.day_count == 1:
            return 12 if self.expanded else 6
        return 4

    def relayout(self) -> None:
        v = self.view
        first, last = v.visible_range()
        items = []
        for r in v.rows:
            if not v.is_all_day_row(r):
                continue
            first_day, last_day = v.span[r.id]
            if last_day < first or first_day > last:
                continue
            items.append((r.id, max(0, (first_day - first).days), min(v.day_count - 1, (last_day - first).days)))
        self._row = layout.layout_month_row(items, self.max_lanes(), columns=v.day_count)
        used = max((b.lane + 1 for b in self._row.bars), default=0)
        if self._row.more:
            used = self.max_lanes()
        self.setFixedHeight(self._title_height() + max(1, used) * self._line() + 6)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600, self.height())

    def paintEvent(self, _e: QPaintEvent) -> None:  # noqa: N802
        v = self.view
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        scrollbar = v.scroll_area.verticalScrollBar()
        usable = self.width() - (scrollbar.width() if scrollbar.isVisible() else 0)
        w = v.column_width(usable)
        fm = QFontMetrics(self.font())
        names = weekday_names()
        holidays = holidays_between(*v.visible_range())
        title_h = self._title_height()
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.85))
        p.setPen(QColor("#8a8f98"))
        p.setFont(small)
        p.drawText(QRectF(0, 0, AXIS - 4, title_h / 2), Qt.AlignmentFlag.AlignCenter,
                   self.tr("Wk %1").replace("%1", str(v.visible_range()[0].isocalendar().week)))
        p.drawText(QRectF(0, title_h, AXIS - 4, self._line()), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   self.tr("all day"))
        p.setFont(self.font())
        for i, day in enumerate(v.days()):
            rect = QRectF(AXIS + i * w, 0, w, self.height())
            if day == v.today():
                p.fillRect(rect, TODAY_BG)
            elif day in holidays:
                p.fillRect(rect, HOLIDAY_BG)
            elif day.weekday() >= 5:
                p.fillRect(rect, WEEKEND_BG)
            p.setPen(QColor("#d0d4da"))
            p.drawLine(rect.topLeft(), rect.bottomLeft())
            if day == v.current_day and v.day_count > 1:
                p.fillRect(QRectF(rect.left() + 1, 0, w - 2, 3), CURRENT_DAY)
            bold = QFont(self.font())
            bold.setBold(day == v.today() or (day == v.current_day and v.day_count > 1))
            p.setFont(bold)
            p.setPen(QColor("#e65100") if day == v.today() else self.palette().text().color())
            label = f"{names[day.weekday()]} {format_date(day)}"
            if fm.horizontalAdvance(label) > w - 8:  # narrow: drop the year (the title has it) before eliding
                label = f"{names[day.weekday()]} {day.day}. {day.month}."
            p.drawText(QRectF(rect.left() + 4, 2, w - 8, fm.height() + 2), Qt.AlignmentFlag.AlignLeft,
                       fm.elidedText(label, Qt.TextElideMode.ElideRight, int(w - 8)))
            p.setFont(small)
            name = holidays.get(day)
            if name:
                p.setPen(QColor("#b71c1c"))
                p.drawText(QRectF(rect.left() + 4, fm.height() + 4, w - 8, fm.height()), Qt.AlignmentFlag.AlignLeft,
                           QFontMetrics(small).elidedText(name, Qt.TextElideMode.ElideRight, int(w - 8)))
            p.setFont(self.font())
        p.setPen(QColor("#b0b6be"))
        p.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        self._boxes.clear()
        self._more.clear()
        line = self._line()
        for bar in self._row.bars:
            event_id, first, last = bar.key, bar.first, bar.last
            r = v.by_id[event_id]
            rect = QRectF(AXIS + first * w + 2, title_h + bar.lane * line, (last - first + 1) * w - 4, line - 2)
            colour = v.colour(r)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawRoundedRect(rect, 3, 3)
            font = QFont(self.font())
            font.setStrikeOut(r.cancelled)
            p.setFont(font)
            p.setPen(text_on(colour))
            marker = event_id in v.conflicts
            text_rect = rect.adjusted(4, 0, -(line if marker else 4), 0)
            p.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       fm.elidedText(r.title, Qt.TextElideMode.ElideRight, int(text_rect.width())))
            if marker:
                draw_conflict_marker(p, rect.right() - 2, rect.top() + 1, line - 5)
                p.setPen(QPen(CONFLICT_RED, 1.5))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(rect, 3, 3)
            if event_id == v.selected:
                p.setPen(QPen(SELECTION, 2))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 3, 3)
            self._boxes.append(_Box(rect, event_id, v.days()[first]))
        p.setFont(self.font())
        for col, hidden in self._row.more.items():
            rect = QRectF(AXIS + col * w + 4, title_h + (self.max_lanes() - 1) * line, w - 8, line - 2)
            text = self.tr("+%n more", "", hidden)
            p.setPen(QColor("#1565c0"))
            p.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width())))
            self._more.append((rect, v.days()[col]))
        p.end()

    def _day_at(self, x: float) -> dt.date | None:
        v = self.view
        w = v.column_width(self.width() - (v.scroll_area.verticalScrollBar().width() if v.scroll_area.verticalScrollBar().isVisible() else 0))
        col = int((x - AXIS) // w)
        if x < AXIS or col >= v.day_count:
            return None
        return v.visible_range()[0] + dt.timedelta(days=col)

    def _event_at(self, pos: QPointF) -> int | None:
        for box in self._boxes:
            if box.rect.contains(pos):
                return box.event_id
        return None

    def mousePressEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        for rect, more_day in self._more:
            if rect.contains(e.position()):
                if self.view.day_count == 1:  # the day view shows more lines instead
                    self.expanded = not self.expanded
                    self.relayout()
                else:
                    self.view.day_requested.emit(more_day)
                return
        event_id = self._event_at(e.position())
        self.view.select_event(event_id)
        self.view.setFocus()
        day = self._day_at(e.position().x())
        if event_id is not None and day is not None:
            self._drag = _Drag("allday", day, 0, event_id, bool(e.modifiers() & Qt.KeyboardModifier.ControlModifier))

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        drag, self._drag = self._drag, None
        day = self._day_at(e.position().x())
        if drag is None or day is None or drag.event_id is None or day == drag.day:
            return
        r = self.view.by_id[drag.event_id]
        days = (day - drag.day).days
        copy = drag.copy or bool(e.modifiers() & Qt.KeyboardModifier.ControlModifier)
        try:
            start, end = shift_days(r.start, days), shift_days(r.end, days)
        except ValueError:
            return  # that wall-clock time does not exist on the target day (clocks go forward)
        self.view.move_requested.emit(r.id, start, end, KEEP_VENUE, copy)

    def mouseDoubleClickEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        event_id = self._event_at(e.position())
        if event_id is not None:
            self.view.edit_requested.emit(event_id)
            return
        day = self._day_at(e.position().x())
        if day is not None:
            self.view.create_requested.emit(local_midnight(day), local_midnight(day + dt.timedelta(days=1)), None)

    def event(self, e: QEvent) -> bool:
        if isinstance(e, QHelpEvent):
            event_id = self._event_at(QPointF(e.pos()))
            if event_id is not None:
                v = self.view
                QToolTip.showText(e.globalPos(), tooltip_html(v.by_id[event_id], v.conflicts.get(event_id, [])), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(e)


class _HourGrid(QWidget):
    """The scrolling hour grid with timed events placed side by side."""

    def __init__(self, view: WeekView) -> None:
        super().__init__(view)
        self.view = view
        self._boxes: list[_Box] = []
        self._drag: _Drag | None = None
        self.setMouseTracking(True)
        self.setFocusProxy(view)

    def relayout(self) -> None:
        self.setMinimumHeight(int(self.view.rows_count() * self.view.hour_height) + 1)
        self._place()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600, int(self.view.rows_count() * self.view.hour_height) + 1)

    # geometry ---------------------------------------------------------------

    def col_width(self) -> float:
        return self.view.column_width(self.width())

    def day_at(self, x: float) -> dt.date | None:
        w = self.col_width()
        if x < AXIS:
            return None
        col = int((x - AXIS) // w)
        if col >= self.view.day_count:
            return None
        return self.view.visible_range()[0] + dt.timedelta(days=col)

    def hours_at(self, y: float, day: dt.date) -> float:
        return max(0.0, min(float(layout.day_hours(day)), y / self.view.hour_height))

    def _place(self) -> None:
        v = self.view
        self._boxes = []
        h = v.hour_height
        w = self.col_width()
        days = v.days()
        first, last = days[0], days[-1]
        per_day: dict[dt.date, list[tuple[int, float, float]]] = {d: [] for d in days}
        midnights = {d: local_midnight(d) for d in [*days, last + dt.timedelta(days=1)]}
        for r in v.rows:
            if v.is_all_day_row(r):
                continue
            first_day, last_day = v.span[r.id]
            day = max(first_day, first)
            while day <= min(last_day, last):
                hours = layout.visible_hours((r.start, r.end), day, (midnights[day], midnights[day + dt.timedelta(days=1)]))
                if hours is not None:
                    top, bottom = hours
                    per_day[day].append((r.id, top, max(bottom, top + 0.25)))
                day += dt.timedelta(days=1)
        for i, day in enumerate(days):
            items = per_day[day]
            for placement, (_id, top, bottom) in zip(layout.place_overlapping(items), items):
                col_w = (w - 6) / placement.columns
                rect = QRectF(AXIS + i * w + 1 + placement.column * col_w, top * h + 1,
                              col_w - 1, (bottom - top) * h - 2)
                self._boxes.append(_Box(rect, placement.key, day))

    def resizeEvent(self, e: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(e)
        self._place()

    def box_of(self, event_id: int) -> QRectF | None:
        """Return the rectangle an event is drawn in (for tests and tooltips)."""
        for box in self._boxes:
            if box.event_id == event_id:
                return QRectF(box.rect)
        return None

    def _box_at(self, pos: QPointF) -> _Box | None:
        for box in reversed(self._boxes):
            if box.rect.contains(pos):
                return box
        return None

    # painting ---------------------------------------------------------------

    def paintEvent(self, e: QPaintEvent) -> None:  # noqa: N802
        v = self.view
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        exposed = QRectF(e.rect())
        p.fillRect(exposed, self.palette().base())
        h = v.hour_height
        w = self.col_width()
        fm = QFontMetrics(self.font())
        days = v.days()
        rows = v.rows_count()
        holidays = holidays_between(days[0], days[-1])
        axis_marks = v.hour_marks(days[0])
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.85))
        for i, day in enumerate(days):
            col = QRectF(AXIS + i * w, 0, w, rows * h)
            if day == v.today():
                p.fillRect(col.intersected(exposed), TODAY_BG)
            elif day in holidays:
                p.fillRect(col.intersected(exposed), HOLIDAY_BG)
            elif day.weekday() >= 5:
                p.fillRect(col.intersected(exposed), WEEKEND_BG)
            marks = v.hour_marks(day)
            length = len(marks)
            off = QColor(0, 0, 0, 10)
            p.fillRect(exposed.intersected(QRectF(col.left(), 0, w, WORK_START * h)), off)
            p.fillRect(exposed.intersected(QRectF(col.left(), WORK_END * h, w, (length - WORK_END) * h)), off)
            if length < rows:  # a shorter day than the longest shown: shade the missing hour
                p.fillRect(exposed.intersected(QRectF(col.left(), length * h, w, (rows - length) * h)),
                           QColor(0, 0, 0, 30))
            p.setPen(QColor("#d0d4da"))
            p.drawLine(QPointF(col.left(), 0), QPointF(col.left(), rows * h))
            if [m[1] for m in marks] != [m[1] for m in axis_marks][: len(marks)] or len(marks) != len(axis_marks):
                # DST day: its own wall-clock labels where they differ from the axis
                p.setFont(small)
                p.setPen(QColor("#b71c1c"))
                for hour, label in marks:
                    axis_label = axis_marks[hour][1] if hour < len(axis_marks) else None
                    if label != axis_label:
                        p.drawText(QRectF(col.left() + 3, hour * h + 1, w - 6, fm.height()),
                                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, label)
                p.setFont(self.font())
        for hour in range(rows + 1):
            y = hour * h
            p.setPen(QColor("#d0d4da"))
            p.drawLine(QPointF(AXIS - 4, y), QPointF(self.width(), y))
            if h >= 36 and hour < rows:
                p.setPen(QPen(QColor("#eceef1"), 1, Qt.PenStyle.DotLine))
                p.drawLine(QPointF(AXIS, y + h / 2), QPointF(self.width(), y + h / 2))
            if hour < rows:
                label = v.axis_labels()[hour]  # past the first day's end: the 25-hour day's labels
                p.setPen(QColor("#6b7280"))
                p.drawText(QRectF(0, y + 1, AXIS - 8, fm.height()), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, label)
        self._paint_events(p, fm, QRectF(e.rect()))
        self._paint_now(p)
        self._paint_drag(p)
        p.end()

    def _paint_events(self, p: QPainter, fm: QFontMetrics, exposed: QRectF) -> None:
        v = self.view
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.85))
        for box in self._boxes:
            if not box.rect.intersects(exposed):  # only what the scroll area shows
                continue
            r = v.by_id[box.event_id]
            rect = box.rect
            colour = v.colour(r)
            p.setPen(QPen(colour.darker(125), 1))
            p.setBrush(colour)
            p.drawRoundedRect(rect, 3, 3)
            marker = r.id in v.conflicts
            if marker:
                p.setPen(QPen(CONFLICT_RED, 2))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
                draw_conflict_marker(p, rect.right() - 3, rect.top() + 3, 11)
            if r.id == v.selected:
                p.setPen(QPen(SELECTION, 2.5))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 3, 3)
            p.setPen(text_on(colour))
            font = QFont(self.font())
            font.setBold(True)
            font.setStrikeOut(r.cancelled)
            inner = rect.adjusted(4, 2, -(16 if marker else 4), -2)
            if inner.width() < 24:  # a sliver among many overlaps: the tooltip tells
                continue
            detail = f"{format_time(r.start)}–{format_time(r.end)}"
            if r.venue_name:
                detail += f" · {r.venue_name}"
            s_font = QFont(small)
            s_font.setStrikeOut(r.cancelled)
            fm_title, fm_small = QFontMetrics(font), QFontMetrics(s_font)
            room = inner.height() - fm_small.height() * 2
            p.setFont(font)
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
            if room >= fm_title.height() * 2:  # tall enough: wrap the title, details below
                title_rect = fm_title.boundingRect(QRectF(inner.left(), inner.top(), inner.width(), room).toRect(),
                                                   int(flags | Qt.TextFlag.TextWordWrap), r.title)
                title_h = min(float(title_rect.height()), room - room % fm_title.height())
                p.save()
                p.setClipRect(QRectF(inner.left(), inner.top(), inner.width(), title_h))
                p.drawText(QRectF(inner.left(), inner.top(), inner.width(), title_h), flags | Qt.TextFlag.TextWordWrap, r.title)
                p.restore()
                y = inner.top() + title_h
                p.setFont(s_font)
                p.drawText(QRectF(inner.left(), y, inner.width(), inner.bottom() - y), flags | Qt.TextFlag.TextWordWrap,
                           detail)
            else:
                p.drawText(QRectF(inner.left(), inner.top(), inner.width(), fm_title.height()), flags,
                           fm_title.elidedText(r.title, Qt.TextElideMode.ElideRight, int(inner.width())))
                if inner.height() >= fm_title.height() + fm_small.height() - 2:
                    p.setFont(s_font)
                    p.drawText(QRectF(inner.left(), inner.top() + fm_title.height(), inner.width(), fm_small.height()),
                               flags, fm_small.elidedText(detail, Qt.TextElideMode.ElideRight, int(inner.width())))
            p.setFont(self.font())

    def _paint_now(self, p: QPainter) -> None:
        v = self.view
        now = v.now()
        days = v.days()
        today = v.today()
        if today not in days:
            return
        i = days.index(today)
        y = layout.hours_into_day(now, today) * v.hour_height
        w = self.col_width()
        p.setPen(QPen(QColor("#e53935"), 2))
        p.drawLine(QPointF(AXIS + i * w, y), QPointF(AXIS + (i + 1) * w, y))
        p.setBrush(QColor("#e53935"))
        p.drawEllipse(QPointF(AXIS + i * w, y), 4, 4)

    def _paint_drag(self, p: QPainter) -> None:
        d = self._drag
        if d is None or not d.moved or d.cur_day is None:
            return
        preview = self.drag_result()
        if preview is None:
            return
        start, end = preview[0], preview[1]
        days = self.view.days()
        if d.cur_day not in days:
            return
        i = days.index(d.cur_day)
        w = self.col_width()
        h = self.view.hour_height
        top = layout.hours_into_day(start, d.cur_day) * h
        bottom = layout.hours_into_day(end, d.cur_day) * h
        rect = QRectF(AXIS + i * w + 2, top, w - 6, max(4.0, bottom - top))
        p.setPen(QPen(SELECTION, 2, Qt.PenStyle.DashLine))
        p.setBrush(QColor(255, 179, 0, 60))
        p.drawRoundedRect(rect, 3, 3)
        p.setPen(self.palette().text().color())
        p.drawText(rect.adjusted(4, 2, -4, -2), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                   f"{format_time(start)}–{format_time(end)}")

    # interaction -------------------------------------------------------------

    def drag_result(self) -> tuple[dt.datetime, dt.datetime] | None:
        """Return the snapped (start, end) the current drag would produce."""
        d = self._drag
        if d is None or d.cur_day is None:
            return None
        if d.mode == "create":
            a = layout.snapped_instant(d.day, d.hours)
            b = layout.snapped_instant(d.cur_day, d.cur_hours)
            if b < a:
                a = layout.snapped_instant(d.cur_day, d.cur_hours)
                b = layout.snapped_instant(d.day, d.hours)
            if b <= a:
                b = a + dt.timedelta(minutes=layout.SNAP_MINUTES)
            return a, b
        assert d.event_id is not None
        r = self.view.by_id[d.event_id]
        if d.mode == "resize":
            end = layout.snapped_instant(d.cur_day, d.cur_hours)
            if end <= r.start:
                end = r.start + dt.timedelta(minutes=layout.SNAP_MINUTES)
            return r.start, end
        # move: keep the grab offset, snap the new start
        offset = d.hours - layout.hours_into_day(r.start, d.day)
        start = layout.snapped_instant(d.cur_day, d.cur_hours - offset)
        return start, start + (r.end - r.start)

    def mousePressEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        if e.button() != Qt.MouseButton.LeftButton:
            return
        self.view.setFocus()
        pos = e.position()
        day = self.day_at(pos.x())
        if day is None:
            return
        hours = self.hours_at(pos.y(), day)
        box = self._box_at(pos)
        copy = bool(e.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if box is not None:
            self.view.select_event(box.event_id)
            mode = "resize" if pos.y() >= box.rect.bottom() - EDGE else "move"
            self._drag = _Drag(mode, day, hours, box.event_id, copy, day, hours)
        else:
            self.view.select_event(None)
            self._drag = _Drag("create", day, hours, None, False, day, hours)

    def mouseMoveEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        pos = e.position()
        if self._drag is None:
            box = self._box_at(pos)
            near_edge = box is not None and pos.y() >= box.rect.bottom() - EDGE
            self.setCursor(Qt.CursorShape.SizeVerCursor if near_edge else Qt.CursorShape.ArrowCursor)
            return
        day = self.day_at(pos.x())
        if day is None:
            return
        if self._drag.mode == "resize":
            day = self._drag.day
        self._drag.cur_day = day
        self._drag.cur_hours = self.hours_at(pos.y(), day)
        if abs(self._drag.cur_hours - self._drag.hours) * self.view.hour_height > 3 or day != self._drag.day:
            self._drag.moved = True
        self.update()

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        if self._drag is not None:
            self.mouseMoveEvent(e)
        d, result = self._drag, self.drag_result()
        self._drag = None
        self.update()
        if d is None or result is None or not d.moved:
            return
        start, end = result
        if d.mode == "create":
            self.view.create_requested.emit(start, end, None)
            return
        assert d.event_id is not None
        r = self.view.by_id[d.event_id]
        if (start, end) == (r.start, r.end):
            return
        copy = d.copy or bool(e.modifiers() & Qt.KeyboardModifier.ControlModifier)
        self.view.move_requested.emit(d.event_id, start, end, KEEP_VENUE, copy and d.mode == "move")

    def mouseDoubleClickEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        self._drag = None
        pos = e.position()
        box = self._box_at(pos)
        if box is not None:
            self.view.edit_requested.emit(box.event_id)
            return
        day = self.day_at(pos.x())
        if day is None:
            return
        hours = self.hours_at(pos.y(), day)
        start = layout.instant_at(day, int(hours * 60 // 30) * 30 / 60)  # the half hour clicked
        self.view.create_requested.emit(start, start + dt.timedelta(hours=1), None)

    def wheelEvent(self, e: QWheelEvent) -> None:  # noqa: N802
        if not self.view.zoom_wheel(e):
            super().wheelEvent(e)

    def event(self, e: QEvent) -> bool:
        if isinstance(e, QHelpEvent):
            box = self._box_at(QPointF(e.pos()))
            if box is not None:
                v = self.view
                QToolTip.showText(e.globalPos(), tooltip_html(v.by_id[box.event_id], v.conflicts.get(box.event_id, [])), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(e)

