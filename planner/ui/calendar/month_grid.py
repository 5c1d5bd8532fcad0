"""The month view's grid: where each day and event bar is, and how they are painted.

Interaction (presses, drags, the rubber band, tooltips, menus) is added by month_view.MonthView.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QLineF, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from planner.i18n import _, ngettext
from planner.services.dto import CalendarEvent
from planner.services.holidays import holidays_between
from planner.services.timeutil import format_time
from planner.ui.calendar import layout
from planner.ui.calendar.common import (
    CONFLICT_RED,
    CURRENT_DAY,
    SELECTION,
    draw_conflict_marker,
    text_on,
    weekday_names,
)
from planner.ui.calendar.base import Prepare
from planner.ui.calendar.painted import PaintedView
from planner.ui.calendar.shading import shade_day, small_font

WEEKS = 6
GRID_LINE = QColor("#d0d4da")


def _prepare_layouts(first: dt.date, _last: dt.date, rows: list[CalendarEvent], *, lines: int) -> layout.MonthLayouts:
    return layout.month_layouts(first, rows, lines=lines, weeks=WEEKS)


@dataclass
class Hit:
    rect: QRectF
    event_id: int


class _RowPaint:
    """What every bar of one paint shares: fonts, pens and metrics."""

    def __init__(self, view: MonthGrid, metrics: QFontMetrics, cell: tuple[float, float], text_pen: QColor) -> None:
        self.metrics = metrics
        self.cell = cell
        self.line = view._line_height()
        self.font = QFont(view.font())
        self.struck = QFont(self.font)
        self.struck.setStrikeOut(True)
        self.text_pen = text_pen
        self.muted_pen = QColor("#8a8f98")
        self.more_pen = QColor("#1565c0")
        self.arrow = metrics.horizontalAdvance("▸") + 4
        self.small = small_font(self.font)


class MonthGrid(PaintedView):
    """The month's six weeks of days and its events as bars (multi-day) or lines with their start time:
    geometry, the week rows' lane layouts and the painting. MonthView adds the mouse and the keyboard."""

    HEADER = 24
    WEEK_COL = 30

    def __init__(self, parent: QWidget | None = None, *, colour_by: str = "series") -> None:
        super().__init__(parent, colour_by=colour_by)
        self._anchor = dt.date.today().replace(day=1)
        self._hits: list[Hit] = []
        self._more: list[tuple[QRectF, dt.date]] = []
        self._press: tuple[int, dt.date, bool] | None = None
        self._drop_day: dt.date | None = None
        # lane layouts of the 6 week rows; recomputed when the events, the range or the
        # number of lines that fit (size, font) change, never on a mere repaint
        self._layouts: layout.MonthLayouts | None = None
        self._widths: dict[str, int] = {}
        self._widths_font = QFont()
        self.setMouseTracking(True)
        self.setMinimumSize(400, 300)

    # --- CalendarView ------------------------------------------------------

    def show_range(self, first: dt.date, last: dt.date) -> None:
        middle = first + (last - first) // 2
        self._anchor = middle.replace(day=1)
        self.update()

    def visible_range(self) -> tuple[dt.date, dt.date]:
        start = layout.month_grid_start(self._anchor)
        return start, start + dt.timedelta(days=7 * WEEKS - 1)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(900, 640)

    # --- geometry ----------------------------------------------------------

    def _cell_size(self) -> tuple[float, float]:
        width = (self.width() - self.WEEK_COL) / 7
        height = (self.height() - self.HEADER) / WEEKS
        return width, height

    def cell_rect(self, day: dt.date) -> QRectF:
        """Return the rectangle of a day's cell (which must be visible)."""
        start = self.visible_range()[0]
        index = (day - start).days
        w, h = self._cell_size()
        return QRectF(self.WEEK_COL + (index % 7) * w, self.HEADER + (index // 7) * h, w, h)

    def day_at(self, pos: QPointF | QPoint) -> dt.date | None:
        """Return the day under a point, or None outside the grid."""
        w, h = self._cell_size()
        x, y = pos.x() - self.WEEK_COL, pos.y() - self.HEADER
        if x < 0 or y < 0 or w <= 0 or h <= 0:
            return None
        col, row = int(x // w), int(y // h)
        if col > 6 or row >= WEEKS:
            return None
        return self.visible_range()[0] + dt.timedelta(days=row * 7 + col)

    def _line_height(self) -> int:
        return QFontMetrics(self.font()).height() + 3

    def max_lines(self) -> int:
        """Return how many event lines fit under the day number of a cell."""
        _w, h = self._cell_size()
        return max(0, int((h - self._line_height() - 4) // self._line_height()))

    def events_changed(self) -> None:
        self._layouts = None
        super().events_changed()

    def row_layout(self, week: int) -> tuple[layout.RowLayout[int], dt.date]:
        """Return the lane layout of a week row (0..5) and its Monday (cached)."""
        start, lines = self.visible_range()[0], self.max_lines()
        if self._layouts is None or (self._layouts.start, self._layouts.lines) != (start, lines):
            self._layouts = layout.month_layouts(start, self.rows, lines=lines, weeks=WEEKS)
        return self._layouts.weeks[week]

    def preparer(self) -> Prepare | None:
        """The six week rows' layout, for the cell height of now: a step then only paints."""
        return partial(_prepare_layouts, lines=self.max_lines())

    def adopt(self, prepared: object) -> None:
        if isinstance(prepared, layout.MonthLayouts):  # row_layout checks it is for this grid and height
            self._layouts = prepared

    def event_at(self, pos: QPointF | QPoint) -> int | None:
        for hit in self._hits:
            if hit.rect.contains(QPointF(pos)):
                return hit.event_id
        return None

    def more_at(self, pos: QPointF | QPoint) -> dt.date | None:
        for rect, day in self._more:
            if rect.contains(QPointF(pos)):
                return day
        return None

    # --- painting ----------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        # Antialiasing only where a curve needs it (rounded bars, dots, the today mark): the grid lines
        # and texts are cheaper without (a step paints ~130 texts and the 6x7 grid; issue 13).
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().base())
        self._hits.clear()
        self._more.clear()
        first, last = self.visible_range()
        holidays = holidays_between(first, last)
        fm = QFontMetrics(self.font())
        ascent = fm.ascent()
        w, h = self._cell_size()
        text_pen = self.palette().text().color()
        names = weekday_names()
        small = small_font(self.font())

        for col, name in enumerate(names):
            rect = QRectF(self.WEEK_COL + col * w, 0, w, self.HEADER)
            p.setPen(text_pen)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
        p.setFont(small)
        p.setPen(QColor("#8a8f98"))
        p.drawText(QRectF(0, 0, self.WEEK_COL, self.HEADER), Qt.AlignmentFlag.AlignCenter, _("Wk"))
        p.setFont(self.font())

        today = self.today()
        muted = QColor("#9aa0a8")
        for index in range(7 * WEEKS):
            day = first + dt.timedelta(days=index)
            rect = QRectF(self.WEEK_COL + (index % 7) * w, self.HEADER + (index // 7) * h, w, h)
            shade_day(p, rect, day, today, holidays)
            number = str(day.day)
            number_width = self.text_width(number)
            left, top = rect.left() + 4, rect.top() + 2
            if day == today:
                p.setRenderHint(QPainter.RenderHint.Antialiasing)
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor("#e65100"))
                p.drawRoundedRect(QRectF(left - 2, top, number_width + 10, fm.height()), 4, 4)
                p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
                p.setPen(QColor("#ffffff"))
                bold = QFont(self.font())
                bold.setBold(True)
                p.setFont(bold)
                p.drawText(QPointF(left, top + ascent), number)
                p.setFont(self.font())
            else:
                p.setPen(text_pen if day.month == self._anchor.month else muted)
                p.drawText(QPointF(left, top + ascent), number)
            holiday = holidays.get(day)
            if holiday:
                number_right = left + number_width + 8
                p.setFont(small)
                p.setPen(QColor("#b71c1c"))
                area = QRectF(number_right + 4, top, rect.right() - number_right - 8, fm.height())
                hidden = self.row_layout(index // 7)[0].more.get(index % 7)
                if hidden:  # "+N more" takes the right end of the header line
                    area.setRight(area.right() - self.text_width(self.more_text(hidden)) - 6)
                elided = QFontMetrics(small).elidedText(holiday, Qt.TextElideMode.ElideRight, int(area.width()))
                p.drawText(area, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, elided)
                p.setFont(self.font())
        self._paint_grid_lines(p, w, h)

        p.setFont(small)
        for week in range(WEEKS):
            monday = first + dt.timedelta(days=7 * week)
            iso = monday.isocalendar().week
            p.setPen(QColor("#8a8f98"))
            p.drawText(QRectF(0, self.HEADER + week * h, self.WEEK_COL, fm.height() + 4),
                       Qt.AlignmentFlag.AlignCenter, str(iso))
        p.setFont(self.font())

        paint = _RowPaint(self, fm, (w, h), text_pen)
        for week in range(WEEKS):
            self._paint_row(p, week, paint)

        if self.current_day is not None and first <= self.current_day <= last:
            # the date arrows move and Ctrl+N starts on: a blue frame (today has its own orange mark)
            p.setPen(QPen(CURRENT_DAY, 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(self.cell_rect(self.current_day).adjusted(1, 1, -1, -1))
        if self._press is not None and self._drop_day is not None:
            p.setPen(QPen(SELECTION, 2, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(self.cell_rect(self._drop_day).adjusted(1, 1, -1, -1))
        p.end()

    def _paint_grid_lines(self, p: QPainter, w: float, h: float) -> None:
        """Draw the lines between the days in one call (was a rectangle around each of the 42)."""
        left, top = float(self.WEEK_COL), float(self.HEADER)
        right, bottom = left + 7 * w, top + WEEKS * h
        lines = [QLineF(left, top + row * h, right, top + row * h) for row in range(WEEKS + 1)]
        lines += [QLineF(left + col * w, top, left + col * w, bottom) for col in range(8)]
        p.setPen(QPen(GRID_LINE))
        p.drawLines(lines)

    def _paint_row(self, p: QPainter, week: int, paint: _RowPaint) -> None:
        row, monday = self.row_layout(week)
        w, h = paint.cell
        line = paint.line
        fm = paint.metrics
        baseline = (line - 2 - fm.height()) / 2 + fm.ascent()  # the text's, from a bar's top: centred
        top0 = self.HEADER + week * h + line + 2
        font = None
        antialiased = QPainter.RenderHint.Antialiasing
        for bar in row.bars:
            r = self.by_id[bar.key]
            x0 = self.WEEK_COL + bar.first * w + 2
            x1 = self.WEEK_COL + (bar.last + 1) * w - 2
            rect = QRectF(x0, top0 + bar.lane * line, x1 - x0, line - 2)
            colour = self.colour(r)
            first_day, last_day = self.span[r.id]
            spanning = r.all_day or first_day != last_day
            wanted = paint.struck if r.cancelled else paint.font
            if wanted is not font:
                font = wanted
                p.setFont(font)
            p.setRenderHint(antialiased)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            if spanning:
                p.drawRoundedRect(rect, 3, 3)
                p.setRenderHint(antialiased, False)
                p.setPen(text_on(colour))
                text = r.title
                continues_left, continues_right = self.continuation(r.id, monday, bar.first, bar.last)
                if continues_left:
                    text = "◂ " + text
            else:
                continues_right = False
                p.drawEllipse(QRectF(rect.left() + 1, rect.center().y() - 3.5, 7, 7))
                p.setRenderHint(antialiased, False)
                p.setPen(paint.text_pen if not r.cancelled else paint.muted_pen)
                text = f"{format_time(r.start)} {r.title}"
                rect = rect.adjusted(11, 0, 0, 0)
            marker = r.id in self.conflicts
            text_left = rect.left() + (4 if spanning else 0)
            text_right = rect.right() - (line if marker else 2)
            y = rect.top() + baseline
            if continues_right:  # the bar goes on in the next week: marked on the right as on the left
                p.drawText(QPointF(text_right - paint.arrow + 4, y), "▸")
                text_right -= paint.arrow
            p.drawText(QPointF(text_left, y), fm.elidedText(text, Qt.TextElideMode.ElideRight,
                                                            int(text_right - text_left)))
            if marker or self.is_selected(r.id):
                p.setRenderHint(antialiased)
                if marker:
                    draw_conflict_marker(p, rect.right() - 2, rect.top() + 1, line - 5)
                    if spanning:
                        p.setPen(QPen(CONFLICT_RED, 1.5))
                        p.setBrush(Qt.BrushStyle.NoBrush)
                        p.drawRoundedRect(rect, 3, 3)
                if self.is_selected(r.id):
                    p.setPen(QPen(SELECTION, 2))
                    p.setBrush(Qt.BrushStyle.NoBrush)
                    p.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 3, 3)
                p.setRenderHint(antialiased, False)
            self._hits.append(Hit(rect, r.id))
        p.setFont(paint.font)
        for col, hidden in row.more.items():  # in the day's header line, right of the day number
            day = monday + dt.timedelta(days=col)
            rect = QRectF(self.WEEK_COL + col * w + 4, self.HEADER + week * h + 2, w - 8, line - 2)
            more = self.more_text(hidden)
            number = self.text_width(str(day.day)) + 8  # as wide as paintEvent draws the day number
            rect.setLeft(max(rect.left() + number, rect.right() - self.text_width(more) - 4))
            text, small = self.more_caption(hidden, rect.width())
            if small:
                p.setFont(paint.small)
            p.setPen(paint.more_pen)
            p.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            p.setFont(paint.font)
            self._more.append((rect, day))

    def continuation(self, event_id: int, monday: dt.date, first_col: int, last_col: int) -> tuple[bool, bool]:
        """Return whether an event's bar in a week row goes on before it (◂) and after it (▸)."""
        first_day, last_day = self.span[event_id]
        return first_day < monday + dt.timedelta(days=first_col), last_day > monday + dt.timedelta(days=last_col)

    def text_width(self, text: str) -> int:
        """Return the width of a short text in the view's font (day numbers, "+N more": cached per font)."""
        font = self.font()
        if font != self._widths_font:
            self._widths.clear()
            self._widths_font = QFont(font)
        width = self._widths.get(text)
        if width is None:
            width = self._widths[text] = self.fontMetrics().horizontalAdvance(text)
        return width

    def more_label(self, hidden: int, width: float) -> str:
        """The "+N more" of a day, or "+N" where a narrow day (150 %) has no room: never a bare "+…"."""
        text = self.more_text(hidden)
        return text if self.text_width(text) <= width else f"+{hidden}"

    def more_caption(self, hidden: int, width: float) -> tuple[str, bool]:
        """Return what a day's header says of its hidden events in ``width`` px, and whether in the small font.

        "+N more", else "+N"; a day too narrow even for that (1024 px at 150 %) writes "+N" in the small
        font rather than an ellipsis that says nothing.
        """
        text = self.more_label(hidden, width)
        if self.text_width(text) <= width:
            return text, False
        small = QFontMetrics(small_font(self.font()))
        return small.elidedText(text, Qt.TextElideMode.ElideRight, int(width)), True

    def more_text(self, hidden: int) -> str:
        return ngettext("+{n} more", "+{n} more", hidden).format(n=hidden)


__all__ = ["WEEKS", "MonthGrid"]
