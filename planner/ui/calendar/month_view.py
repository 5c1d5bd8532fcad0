"""Month view: a painted 6-week grid, Monday first, with multi-day bars and "+N more".

The grid and its painting are month_grid.MonthGrid; this module adds what the mouse and the keyboard do.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt
from PySide6.QtGui import QHelpEvent, QMouseEvent
from PySide6.QtWidgets import QToolTip, QWidget

from planner.services.holidays import holiday_name
from planner.services.timeutil import local_midnight, shift_days
from planner.ui.calendar.common import tooltip_html
from planner.ui.calendar.month_grid import MonthGrid
from planner.ui.calendar.selection import MenuTarget, RubberBand, Slot
from planner.ui.intents import KEEP_VENUE


class MonthView(MonthGrid):
    """Six weeks of days; events as bars (multi-day) or lines with their start time."""

    def __init__(self, parent: QWidget | None = None, *, colour_by: str = "series") -> None:
        super().__init__(parent, colour_by=colour_by)
        self.band = RubberBand(self)

    # --- interaction -------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position()
        day = self.more_at(pos)
        if day is not None:
            self.day_requested.emit(day)
            return
        event_id = self.event_at(pos)
        self.press_select(event_id, event.modifiers())
        start_day = self.day_at(pos)
        if event_id is not None and start_day is not None:
            ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            self._press = (event_id, start_day, ctrl)
        elif start_day is not None:  # empty space: the paste target, and a rubber band may start
            self.slot = Slot(start_day)
            self.band.begin(pos.toPoint(), additive=bool(event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self.band.active():
            self.band.move(event.position().toPoint())
            return
        if self._press is not None:
            day = self.day_at(event.position())
            if day != self._drop_day:
                self._drop_day = day
                self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self.band.active():
            rect = self.band.finish()
            if rect is not None:
                ids = [hit.event_id for hit in self._hits if hit.rect.intersects(rect)]
                self.set_selection(list(dict.fromkeys(ids)), add=self.band.additive)
            return
        press, self._press = self._press, None
        drop, self._drop_day = self.day_at(event.position()), None
        self.update()
        self.release_select(press is not None and drop is not None and drop != press[1])
        if press is None or drop is None:
            return
        event_id, start_day, ctrl = press
        days = (drop - start_day).days
        if days == 0:
            return
        r = self.by_id[event_id]
        ctrl = ctrl or bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        try:
            start, end = shift_days(r.start, days), shift_days(r.end, days)
        except ValueError:
            return  # that wall-clock time does not exist on the target day (clocks go forward)
        self.request_move(event_id, start, end, KEEP_VENUE, ctrl)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position()
        if self.more_at(pos) is not None:
            return
        event_id = self.event_at(pos)
        if event_id is not None:
            self.edit_requested.emit(event_id)
            return
        day = self.day_at(pos)
        if day is not None:
            self.create_requested.emit(local_midnight(day), local_midnight(day + dt.timedelta(days=1)), None)

    def event(self, e: QEvent) -> bool:
        if isinstance(e, QHelpEvent):
            event_id = self.event_at(e.pos())
            if event_id is not None:
                QToolTip.showText(e.globalPos(), tooltip_html(self.by_id[event_id], self.conflicts.get(event_id, [])), self)
            else:
                day = self.day_at(e.pos())
                name = holiday_name(day) if day else None
                if name:
                    QToolTip.showText(e.globalPos(), name, self)
                else:
                    QToolTip.hideText()
            return True
        return super().event(e)

    def target_at(self, global_pos: QPoint) -> MenuTarget:
        """The event or the day under the mouse."""
        pos = self.mapFromGlobal(global_pos)
        day = self.day_at(pos)
        return MenuTarget(self.event_at(pos), Slot(day) if day is not None else None)

    def anchor_point(self) -> QPoint:
        hit = next((h for h in self._hits if h.event_id == self.selected), None)
        return self.mapToGlobal(hit.rect.center().toPoint()) if hit is not None else super().anchor_point()

    def events_in(self, rect: QRectF) -> list[int]:
        """Return the ids of the events drawn in a rectangle (the rubber band's)."""
        return list(dict.fromkeys(h.event_id for h in self._hits if h.rect.intersects(rect)))

    def tooltip_for(self, event_id: int) -> str:
        """Return the tooltip text of an event (title, time, venue, conflicts)."""
        return tooltip_html(self.by_id[event_id], self.conflicts.get(event_id, []))
