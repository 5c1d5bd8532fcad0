"""The week/day view's hour grid: where timed events are placed, and how the grid is painted.

Interaction (drags, double-clicks, menus, the rubber band) is added by week_grid.HourGrid.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QWidget

from planner.services.holidays import holidays_between
from planner.services.timeutil import format_time, local_midnight
from planner.ui.calendar import layout
from planner.ui.calendar.shading import shade_day, small_font
from planner.ui.calendar.common import (
    CONFLICT_RED,
    SELECTION,
    draw_conflict_marker,
    text_on,
)
from planner.ui.calendar.text_fit import wrap_elided
from planner.ui.calendar.week_common import AXIS, WORK_END, WORK_START, Box, Drag

if TYPE_CHECKING:
    from planner.ui.calendar.week_view import WeekView


class HourGridBase(QWidget):
    """The scrolling hour grid with timed events placed side by side (geometry and painting)."""

    def __init__(self, view: WeekView) -> None:
        super().__init__(view)
        self.view = view
        self._boxes: list[Box] = []
        self._stale = True
        self._drag: Drag | None = None
        self.setMouseTracking(True)
        self.setFocusProxy(view)

    def relayout(self) -> None:
        self._stale = True  # placed once before the next paint or hit test, not again by the resize this may cause
        self.setMinimumHeight(int(self.view.rows_count() * self.view.hour_height) + 1)
        self.update()

    def boxes(self) -> list[Box]:
        """Return the event boxes as placed for the current rows and size (placing them first if either changed)."""
        if self._stale:
            self._place()
            self._stale = False
        return self._boxes

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
        least = self.least_box_hours()
        for r in v.rows:
            if v.is_all_day_row(r):
                continue
            first_day, last_day = v.span[r.id]
            day = max(first_day, first)
            while day <= min(last_day, last):
                hours = layout.visible_hours((r.start, r.end), day, (midnights[day], midnights[day + dt.timedelta(days=1)]))
                if hours is not None:
                    top, bottom = hours
                    per_day[day].append((r.id, top, max(bottom, top + least)))
                day += dt.timedelta(days=1)
        for i, day in enumerate(days):
            items = per_day[day]
            for placement, (_id, top, bottom) in zip(layout.place_overlapping(items), items):
                col_w = (w - 6) / placement.columns
                rect = QRectF(AXIS + i * w + 1 + placement.column * col_w, top * h + 1,
                              col_w - 1, (bottom - top) * h - 2)
                self._boxes.append(Box(rect, placement.key, day))

    def least_box_hours(self) -> float:
        """Return the least height of an event box, in hours: one line of its bold title, however far
        the grid is zoomed out (a short event is never a pill too thin to read)."""
        font = QFont(self.font())
        font.setBold(True)
        return max(0.25, (QFontMetrics(font).height() + 6) / self.view.hour_height)

    def resizeEvent(self, e: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(e)
        self._stale = True

    def box_of(self, event_id: int) -> QRectF | None:
        """Return the rectangle an event is drawn in (for tests and tooltips)."""
        for box in self.boxes():
            if box.event_id == event_id:
                return QRectF(box.rect)
        return None

    def box_at(self, pos: QPointF) -> Box | None:
        """Return the event box at a point (the topmost), if any."""
        return self._box_at(pos)

    def _box_at(self, pos: QPointF) -> Box | None:
        for box in reversed(self.boxes()):
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
        small = small_font(self.font())
        for i, day in enumerate(days):
            col = QRectF(AXIS + i * w, 0, w, rows * h)
            shade_day(p, col.intersected(exposed), day, v.today(), holidays)
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
        small = small_font(self.font())
        for box in self.boxes():
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
            if v.is_selected(r.id):
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
                width = int(inner.width())
                title_lines = wrap_elided(fm_title, r.title, width, int(room // fm_title.height()))
                y = inner.top()
                for line in title_lines:
                    p.drawText(QRectF(inner.left(), y, inner.width(), fm_title.height()), flags, line)
                    y += fm_title.height()
                p.setFont(s_font)
                for line in wrap_elided(fm_small, detail, width, int((inner.bottom() - y) // fm_small.height())):
                    p.drawText(QRectF(inner.left(), y, inner.width(), fm_small.height()), flags, line)
                    y += fm_small.height()
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


    def drag_result(self) -> tuple[dt.datetime, dt.datetime] | None:
        """Return the (start, end) the current drag would produce (HourGrid computes it)."""
        return None
