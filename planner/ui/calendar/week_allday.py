"""The week/day view's all-day strip: day names, holidays, and the all-day / multi-day events as bars."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QFont, QFontMetrics, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from planner.i18n import _, ngettext
from planner.services.holidays import holidays_between
from planner.services.timeutil import format_date, local_midnight, shift_days
from planner.ui.calendar import layout
from planner.ui.calendar.shading import shade_day, small_font
from planner.ui.calendar.common import (
    CONFLICT_RED,
    CURRENT_DAY,
    SELECTION,
    draw_conflict_marker,
    text_on,
    tooltip_html,
    weekday_names,
)
from planner.ui.calendar.selection import Slot
from planner.ui.calendar.week_common import AXIS, Box, Drag
from planner.ui.intents import KEEP_VENUE

if TYPE_CHECKING:
    from planner.ui.calendar.week_view import WeekView


class AllDayStrip(QWidget):
    """Day names and the all-day / multi-day events of the week, as bars in lanes."""

    def __init__(self, view: WeekView) -> None:
        super().__init__(view)
        self.view = view
        self._boxes: list[Box] = []
        self._row: layout.RowLayout[int] = layout.RowLayout([], {})
        self._more: list[tuple[QRectF, dt.date]] = []
        self.expanded = False
        self._drag: Drag | None = None
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

    def contextMenuEvent(self, e: QContextMenuEvent) -> None:  # noqa: N802
        """Right-click (or the Menu key): the view shows the menu; the scroll area would swallow it."""
        self.view.contextMenuEvent(e)

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
        small = small_font(self.font())
        p.setPen(QColor("#8a8f98"))
        p.setFont(small)
        p.drawText(QRectF(0, 0, AXIS - 4, title_h / 2), Qt.AlignmentFlag.AlignCenter,
                   _("Wk %1").replace("%1", str(v.visible_range()[0].isocalendar().week)))
        p.drawText(QRectF(0, title_h, AXIS - 4, self._line()), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   _("all day"))
        p.setFont(self.font())
        for i, day in enumerate(v.days()):
            rect = QRectF(AXIS + i * w, 0, w, self.height())
            shade_day(p, rect, day, v.today(), holidays)
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
            if QFontMetrics(bold).horizontalAdvance(label) > w - 8:  # narrower still (150 %): "St 9." not "St 9.…"
                label = f"{names[day.weekday()]} {day.day}."
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
            if v.is_selected(event_id):
                p.setPen(QPen(SELECTION, 2))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 3, 3)
            self._boxes.append(Box(rect, event_id, v.days()[first]))
        p.setFont(self.font())
        for col, hidden in self._row.more.items():
            rect = QRectF(AXIS + col * w + 4, title_h + (self.max_lanes() - 1) * line, w - 8, line - 2)
            text = ngettext("+{n} more", "+{n} more", hidden).format(n=hidden)
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

    def event_at(self, pos: QPointF) -> int | None:
        """Return the id of the bar at a point, if any."""
        return self._event_at(pos)

    def day_at(self, x: float) -> dt.date | None:
        """Return the day of the column at x, if any."""
        return self._day_at(x)

    def box_of(self, event_id: int) -> QRectF | None:
        """Return where an event's bar is drawn (for tests and the keyboard's menu)."""
        return next((QRectF(b.rect) for b in self._boxes if b.event_id == event_id), None)

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
        self.view.press_select(event_id, e.modifiers())
        self.view.setFocus()
        day = self._day_at(e.position().x())
        if event_id is None and day is not None:
            self.view.slot = Slot(day)
        if event_id is not None and day is not None:
            self._drag = Drag("allday", day, 0, event_id, bool(e.modifiers() & Qt.KeyboardModifier.ControlModifier))

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        drag, self._drag = self._drag, None
        day = self._day_at(e.position().x())
        self.view.release_select(drag is not None and day is not None and day != drag.day)
        if drag is None or day is None or drag.event_id is None or day == drag.day:
            return
        r = self.view.by_id[drag.event_id]
        days = (day - drag.day).days
        copy = drag.copy or bool(e.modifiers() & Qt.KeyboardModifier.ControlModifier)
        try:
            start, end = shift_days(r.start, days), shift_days(r.end, days)
        except ValueError:
            return  # that wall-clock time does not exist on the target day (clocks go forward)
        self.view.request_move(r.id, start, end, KEEP_VENUE, copy)

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

