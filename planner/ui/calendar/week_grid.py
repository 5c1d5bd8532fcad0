"""The week/day view's hour grid, interactive: drag to create, move and resize; double-click to open."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QContextMenuEvent, QHelpEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QToolTip

from planner.ui.calendar import layout
from planner.ui.calendar.common import tooltip_html
from planner.ui.calendar.selection import RubberBand, Slot
from planner.ui.calendar.week_common import EDGE, Drag
from planner.ui.calendar.week_grid_paint import HourGridBase
from planner.ui.intents import KEEP_VENUE

if TYPE_CHECKING:
    from planner.ui.calendar.week_view import WeekView


class HourGrid(HourGridBase):
    """The hour grid with its mouse interaction.

    A drag on empty space creates an event; with Ctrl or Shift it draws a rubber band that selects
    the events it covers. Dragging one of several selected events moves (Ctrl: copies) them all.
    """

    def __init__(self, view: WeekView) -> None:
        super().__init__(view)
        self.band = RubberBand(self)

    def slot_at(self, pos: QPointF) -> Slot | None:
        """Return the half hour at a point (where a new event or a paste goes)."""
        day = self.day_at(pos.x())
        if day is None:
            return None
        hours = self.hours_at(pos.y(), day)
        return Slot(day, layout.instant_at(day, int(hours * 60 // 30) * 30 / 60))

    def events_in(self, rect: QRectF) -> list[int]:
        """Return the ids of the events drawn in a rectangle (the rubber band's)."""
        return list(dict.fromkeys(b.event_id for b in self.boxes() if b.rect.intersects(rect)))

    def contextMenuEvent(self, e: QContextMenuEvent) -> None:  # noqa: N802
        """Right-click (or the Menu key): the view shows the menu; the scroll area would swallow it."""
        self.view.contextMenuEvent(e)

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
        mods = e.modifiers()
        if box is not None:
            self.view.press_select(box.event_id, mods)
            mode = "resize" if pos.y() >= box.rect.bottom() - EDGE else "move"
            self._drag = Drag(mode, day, hours, box.event_id, copy, day, hours)
            return
        self.view.slot = self.slot_at(pos)
        if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            self.band.begin(pos.toPoint(), additive=True)
            return
        self.view.select_event(None)
        self._drag = Drag("create", day, hours, None, False, day, hours)

    def mouseMoveEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        pos = e.position()
        if self.band.active():
            self.band.move(pos.toPoint())
            return
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
        if self.band.release(self.events_in, self.view.set_selection):
            return
        if self._drag is not None:
            self.mouseMoveEvent(e)
        d, result = self._drag, self.drag_result()
        self._drag = None
        self.update()
        self.view.release_select(d is not None and d.moved)
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
        self.view.request_move(d.event_id, start, end, KEEP_VENUE, copy and d.mode == "move")

    def mouseDoubleClickEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        self._drag = None
        pos = e.position()
        box = self._box_at(pos)
        if box is not None:
            self.view.edit_requested.emit(box.event_id)
            return
        slot = self.slot_at(pos)  # the half hour clicked
        if slot is None or slot.start is None:
            return
        self.view.create_requested.emit(slot.start, slot.start + dt.timedelta(hours=1), None)

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

