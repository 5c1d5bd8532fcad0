"""Venue timeline: venues as rows, days (or hours when zoomed) as columns, bookings as bars.

Drag a bar to another row to move the event to that venue (and along the time
axis to reschedule it); conflicting bookings are drawn red.

Why this module is long (~500 lines): the body's painting and its drag, rubber band and menu
interaction share one bar geometry (_Bar, _place, drag_result); the header is timeline_header.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QContextMenuEvent, QFont, QFontMetrics, QHelpEvent, QMouseEvent, QPaintEvent, QPainter, QPen, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QToolTip, QWidget

from planner.i18n import _
from planner.services.dto import CalendarEvent, VenueRow
from planner.services.holidays import holidays_between
from planner.services.timeutil import PRAGUE, range_bounds, shift_days
from planner.ui.calendar import layout
from planner.ui.intents import KEEP_VENUE, VenueChoice
from planner.ui.calendar.selection import MenuTarget, RubberBand, Slot
from planner.ui.calendar.painted import PaintedView
from planner.ui.calendar.timeline_header import TimelineHeader
from planner.ui.calendar.shading import shade_day
from planner.ui.calendar.common import (
    CONFLICT_RED,
    SELECTION,
    draw_conflict_marker,
    text_on,
    tooltip_html,
    scrolled_body,
)

OUTSIDE = object()  # row_at(): not over any row (distinct from None, the "No venue" row)
NAMES = 190  # least width of the venue column; it grows with the window (names_width)
NAMES_MIN = 80  # the venue column can be dragged this narrow
ROW = 30
ZOOM_DAYS = (14, 7, 3, 1)  # days shown per zoom level; 3 and 1 show hour columns


@dataclass
class _Bar:
    rect: QRectF
    event_id: int
    venue_id: int | None
    room: float = 0.0  # free space right of the bar, for a title that does not fit inside


@dataclass
class _Drag:
    event_id: int
    x: float
    y: float
    copy: bool
    cur_x: float = 0.0
    cur_y: float = 0.0
    moved: bool = False


class TimelineView(PaintedView):
    """Which hall or church is taken when: one row per venue over the shown days.

    Signals:
        zoom_changed(int): days shown changed (Ctrl+wheel); the page re-queries.
        names_width_changed(int): the user dragged the venue column's edge to this width (0: automatic).
    """

    MINUTE_STEPS = True

    zoom_changed = Signal(int)
    names_width_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, colour_by: str = "series") -> None:
        super().__init__(parent, colour_by=colour_by)
        self.venues: list[VenueRow] = []
        self._names: dict[int, str] = {}
        self.days_shown = 7
        self._names_chosen = 0  # the venue column's width the user dragged; 0: 18 % of the view
        # x_of's geometry for a (width, chosen venue column, days shown): the venue column and a day's width
        self._geometry: tuple[tuple[float, int, int], int, float] = ((-1.0, 0, 0), 0, 0.0)
        self._first = layout.week_start(dt.date.today())
        self._compute_rows()
        self.header = TimelineHeader(self)
        self.body = _TimelineBody(self)
        self.scroll_area = scrolled_body(self, self.body, self.header)

    # --- CalendarView ------------------------------------------------------

    def range_for(self, day: dt.date) -> tuple[dt.date, dt.date]:
        """Return the days shown around a date at the current zoom."""
        first = layout.week_start(day) if self.days_shown >= 7 else day
        return first, first + dt.timedelta(days=self.days_shown - 1)

    def show_range(self, first: dt.date, last: dt.date) -> None:
        self._first = first
        self.days_shown = max(1, (last - first).days + 1)
        self._compute_rows()
        self.body.relayout()
        self.header.update()

    def visible_range(self) -> tuple[dt.date, dt.date]:
        return self._first, self._first + dt.timedelta(days=self.days_shown - 1)

    def set_venues(self, venues: list[VenueRow]) -> None:
        """Set the rows (archived venues are left out unless they have bookings shown)."""
        self.venues = list(venues)
        self._names = {v.id: v.name for v in self.venues}
        self._compute_rows()
        self.body.relayout()

    def events_changed(self) -> None:
        self._compute_rows()
        self.body.relayout()
        self.header.update()

    def update(self) -> None:  # type: ignore[override]  # repaints the parts too; the rect overloads are unused
        super().update()
        self.body.update()
        self.header.update()

    def select_event(self, event_id: int | None) -> None:
        super().select_event(event_id)
        rect = self.body.bar_rect(event_id) if event_id is not None else None
        if rect is not None:
            self.scroll_area.ensureVisible(int(rect.center().x()), int(rect.center().y()), 10, ROW * 2)

    def target_at(self, global_pos: QPoint) -> MenuTarget:
        """The bar, or the venue row and day (hour) under the mouse."""
        at = QPointF(self.body.mapFromGlobal(global_pos))
        return MenuTarget(self.body.bar_at(at), self.body.slot_at(at))

    def anchor_point(self) -> QPoint:
        rect = self.body.bar_rect(self.selected) if self.selected is not None else None
        return self.body.mapToGlobal(rect.center().toPoint()) if rect else super().anchor_point()

    def row_ids(self) -> list[int | None]:
        """Return the venue id of each row; a last row None holds events without a venue."""
        return self._row_ids

    def _compute_rows(self) -> None:
        used = {r.venue_id for r in self.rows}
        self._row_ids: list[int | None] = [v.id for v in self.venues if not v.archived or v.id in used]
        if None in used:
            self._row_ids.append(None)
        self._bounds = range_bounds(*self.visible_range())

    def venue_name(self, venue_id: int | None) -> str:
        if venue_id is None:
            return _("No venue")
        return self._names.get(venue_id, "?")

    def hour_columns(self) -> bool:
        """Return True when zoomed in far enough to show hour columns."""
        return self.days_shown <= 3

    def zoom(self, steps: int) -> None:
        """Zoom in (positive) or out: 14, 7, 3 or 1 days."""
        index = ZOOM_DAYS.index(self.days_shown) if self.days_shown in ZOOM_DAYS else 1
        index = max(0, min(len(ZOOM_DAYS) - 1, index + steps))
        if ZOOM_DAYS[index] != self.days_shown:
            self.days_shown = ZOOM_DAYS[index]
            self.zoom_changed.emit(self.days_shown)

    # geometry shared by header and body: every day column is equally wide, so an instant is
    # placed within ITS day's column by the share of that day (23, 24 or 25 hours) gone by.
    def x_of(self, instant: dt.datetime, width: float) -> float:
        start, end = self._bounds
        key = (width, self._names_chosen, self.days_shown)
        if self._geometry[0] != key:  # asked twice per bar on every paint: worked out once per width
            self._geometry = (key, self.names_width(width), self.day_width(width))
        _key, names, dw = self._geometry
        if instant <= start:
            return names + (instant - start).total_seconds() / 86400 * dw
        if instant >= end:
            return names + self.days_shown * dw + (instant - end).total_seconds() / 86400 * dw
        day = instant.astimezone(PRAGUE).date()
        i = (day - self._first).days
        return names + i * dw + layout.hours_into_day(instant, day) / layout.day_hours(day) * dw

    def instant_of(self, x: float, width: float) -> dt.datetime:
        names = self.names_width(width)
        dw = max(1e-9, self.day_width(width))
        pos = (x - names) / dw
        i = min(max(0, int(pos // 1)), self.days_shown - 1)
        day = self._first + dt.timedelta(days=i)
        return layout.instant_at(day, (pos - i) * layout.day_hours(day))

    def day_width(self, width: float) -> float:
        return (width - self.names_width(width)) / self.days_shown

    def names_width(self, width: float) -> int:
        """Return the width of the venue-name column: as dragged (at most 60 % of the view),
        else 18 % of the view, 190 to 320 px."""
        if self._names_chosen:
            return int(max(NAMES_MIN, min(width * 0.6, self._names_chosen)))
        return int(max(NAMES, min(320, width * 0.18)))

    def set_names_width(self, px: int) -> None:
        """Set the venue column's width (0: automatic), as remembered in the settings."""
        self._names_chosen = max(0, int(px))
        self.header.update()
        self.body.update()


class _TimelineBody(QWidget):
    def __init__(self, view: TimelineView) -> None:
        super().__init__(view)
        self.view = view
        self._bars: list[_Bar] = []
        self._stale = True
        self._drag: _Drag | None = None
        self.band = RubberBand(self)
        self.setMouseTracking(True)
        self.setFocusProxy(view)

    def relayout(self) -> None:
        self._stale = True  # placed once before the next paint or hit test, not again by the resize this may cause
        self.setMinimumHeight(len(self.view.row_ids()) * ROW + 1)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600, len(self.view.row_ids()) * ROW + 1)

    def resizeEvent(self, e: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(e)
        self._stale = True

    def bars(self) -> list[_Bar]:
        """Return the bars as placed for the current rows and width (placing them first if either changed)."""
        if self._stale:
            self._place()
            self._stale = False
        return self._bars

    def _place(self) -> None:
        v = self.view
        self._bars = []
        width = self.width()
        by_venue: dict[int | None, list[CalendarEvent]] = {}
        for r in v.rows:
            by_venue.setdefault(r.venue_id, []).append(r)
        for row_index, venue_id in enumerate(v.row_ids()):
            rows = by_venue.get(venue_id, [])
            items = [(r.id, r.start.timestamp(), r.end.timestamp()) for r in rows]
            lanes: dict[tuple[int, int], list[_Bar]] = {}
            for placement in layout.place_overlapping(items):
                r = v.by_id[placement.key]
                x0 = max(float(v.names_width(width)), v.x_of(r.start, width))
                x1 = min(float(width), v.x_of(r.end, width))
                lane_h = (ROW - 6) / placement.columns
                rect = QRectF(x0 + 1, row_index * ROW + 3 + placement.column * lane_h, max(3.0, x1 - x0 - 2), lane_h - 1)
                bar = _Bar(rect, r.id, venue_id)
                self._bars.append(bar)
                lanes.setdefault((placement.column, placement.columns), []).append(bar)
            for lane in lanes.values():  # room for a title beside a bar: up to the next bar in its lane
                lane.sort(key=lambda b: b.rect.left())
                for bar, after in zip(lane, lane[1:] + [None]):
                    limit = after.rect.left() if after is not None else float(width)
                    bar.room = limit - bar.rect.right() - 6

    def bar_rect(self, event_id: int) -> QRectF | None:
        """Return where an event's bar is drawn (for tests and scrolling)."""
        for bar in self.bars():
            if bar.event_id == event_id:
                return QRectF(bar.rect)
        return None

    def row_at(self, y: float) -> int | None | object:
        """Return the venue id of the row at y (None = the "No venue" row), OUTSIDE below/above the rows."""
        ids = self.view.row_ids()
        index = int(y // ROW)
        return ids[index] if 0 <= index < len(ids) and y >= 0 else OUTSIDE

    def _bar_at(self, pos: QPointF) -> _Bar | None:
        for bar in reversed(self.bars()):
            if bar.rect.contains(pos):
                return bar
        return None

    def paintEvent(self, e: QPaintEvent) -> None:  # noqa: N802
        v = self.view
        exposed = QRectF(e.rect())
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        width = self.width()
        fm = QFontMetrics(self.font())
        first, last = v.visible_range()
        holidays = holidays_between(first, last)
        dw = v.day_width(width)
        ids = v.row_ids()
        height = len(ids) * ROW
        names_w = v.names_width(width)
        for i in range(v.days_shown):
            day = first + dt.timedelta(days=i)
            rect = QRectF(names_w + i * dw, 0, dw, height)
            shade_day(p, rect, day, v.today(), holidays)
            if v.hour_columns():
                hours = layout.day_hours(day)
                p.setPen(QPen(QColor("#eceef1"), 1))
                for h in range(1, hours):
                    x = rect.left() + dw * h / hours
                    p.drawLine(QPointF(x, 0), QPointF(x, height))
            p.setPen(QColor("#c4c9d0"))
            p.drawLine(rect.topLeft(), rect.bottomLeft())
        for index, venue_id in enumerate(ids):
            y = index * ROW
            if y + ROW < exposed.top() or y > exposed.bottom():  # scrolled out of view: not drawn
                continue
            if index % 2:
                p.fillRect(QRectF(0, y, names_w, ROW), QColor("#f7f8fa"))
            p.setPen(QColor("#e3e6ea"))
            p.drawLine(QPointF(0, y + ROW), QPointF(width, y + ROW))
            p.setPen(self.palette().text().color() if venue_id is not None else QColor("#6b7280"))
            name = v.venue_name(venue_id)
            p.drawText(QRectF(6, y, names_w - 12, ROW), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(name, Qt.TextElideMode.ElideRight, names_w - 12))
        p.setPen(QColor("#b0b6be"))
        p.drawLine(QPointF(names_w, 0), QPointF(names_w, height))
        for bar in self.bars():
            if not bar.rect.adjusted(0, 0, max(0.0, bar.room), 0).intersects(exposed):
                continue
            r = v.by_id[bar.event_id]
            conflict = r.id in v.conflicts
            colour = CONFLICT_RED if conflict and not r.cancelled else v.colour(r)
            p.setPen(QPen(colour.darker(130), 1))
            p.setBrush(colour)
            p.drawRoundedRect(bar.rect, 3, 3)
            font = QFont(self.font())
            font.setStrikeOut(r.cancelled)
            if bar.rect.height() < fm.height():
                font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
            p.setFont(font)
            p.setPen(text_on(colour))
            text_rect = bar.rect.adjusted(4, 0, -(14 if conflict else 3), 0)
            title_w = QFontMetrics(font).horizontalAdvance(r.title)
            if title_w > text_rect.width() and bar.room > 40:  # short booking: its title beside it
                p.setPen(self.palette().text().color() if not r.cancelled else QColor("#8a8f98"))
                side = QRectF(bar.rect.right() + 4, bar.rect.top(), bar.room, bar.rect.height())
                p.drawText(side, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                           QFontMetrics(font).elidedText(r.title, Qt.TextElideMode.ElideRight, int(side.width())))
            elif text_rect.width() > 12:
                p.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                           QFontMetrics(font).elidedText(r.title, Qt.TextElideMode.ElideRight, int(text_rect.width())))
            if conflict:
                draw_conflict_marker(p, bar.rect.right() - 2, bar.rect.top() + 2, min(10.0, bar.rect.height() - 4))
            if v.is_selected(r.id):
                p.setPen(QPen(SELECTION, 2.5))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(bar.rect.adjusted(-1, -1, 1, 1), 3, 3)
            p.setFont(self.font())
        today = v.today()
        if first <= today <= last:
            x = v.x_of(v.now(), width)
            p.setPen(QPen(QColor("#e53935"), 2))
            p.drawLine(QPointF(x, 0), QPointF(x, height))
        self._paint_drag(p)
        p.end()

    def _paint_drag(self, p: QPainter) -> None:
        d = self._drag
        if d is None or not d.moved:
            return
        result = self.drag_result()
        if result is None:
            return
        start, end, venue = result
        r = self.view.by_id[d.event_id]
        venue_id = r.venue_id if venue is KEEP_VENUE else venue
        ids = self.view.row_ids()
        row = ids.index(venue_id) if venue_id in ids else None
        if row is None:
            return
        x0, x1 = self.view.x_of(start, self.width()), self.view.x_of(end, self.width())
        p.setPen(QPen(SELECTION, 2, Qt.PenStyle.DashLine))
        p.setBrush(QColor(255, 179, 0, 60))
        p.drawRoundedRect(QRectF(x0, row * ROW + 2, max(4.0, x1 - x0), ROW - 4), 3, 3)

    def drag_result(self) -> tuple[dt.datetime, dt.datetime, int | None | object] | None:
        """Return the (start, end, venue) the current drag would produce.

        The venue is a venue id, None to clear the venue (dropped on the "No venue" row) or
        KEEP_VENUE (dropped on the event's own row or outside the rows).
        """
        d = self._drag
        if d is None:
            return None
        v = self.view
        r = v.by_id[d.event_id]
        row = self.row_at(d.cur_y)
        target: int | None | object = KEEP_VENUE if row is OUTSIDE or row == r.venue_id else row
        delta = v.instant_of(d.cur_x, self.width()) - v.instant_of(d.x, self.width())
        if v.hour_columns():
            minutes = layout.snap(delta.total_seconds() / 60)
            start = r.start + dt.timedelta(minutes=minutes)
        else:
            days = round(delta.total_seconds() / 86400)
            try:
                start = shift_days(r.start, days)
            except ValueError:
                return None  # that wall-clock time does not exist on the target day (clocks go forward)
        return start, start + (r.end - r.start), target

    def mousePressEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        if e.button() != Qt.MouseButton.LeftButton:
            return
        self.view.setFocus()
        bar = self._bar_at(e.position())
        self.view.press_select(bar.event_id if bar else None, e.modifiers())
        if bar is not None:
            pos = e.position()
            ctrl = bool(e.modifiers() & Qt.KeyboardModifier.ControlModifier)
            self._drag = _Drag(bar.event_id, pos.x(), pos.y(), ctrl, pos.x(), pos.y())
            return
        slot = self.slot_at(e.position())
        if slot is not None:  # empty space: the paste target, and a rubber band may start
            self.view.slot = slot
            self.band.begin(e.position().toPoint(), additive=bool(e.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)))

    def mouseMoveEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        if self.band.active():
            self.band.move(e.position().toPoint())
            return
        d = self._drag
        if d is None:
            return
        pos = e.position()
        d.cur_x, d.cur_y = pos.x(), pos.y()
        if abs(d.cur_x - d.x) > 3 or abs(d.cur_y - d.y) > 3:
            d.moved = True
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
        start, end, venue = result
        r = self.view.by_id[d.event_id]
        if start == r.start and venue is KEEP_VENUE:
            return
        copy = d.copy or bool(e.modifiers() & Qt.KeyboardModifier.ControlModifier)
        self.view.request_move(r.id, start, end, venue, copy)

    def mouseDoubleClickEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        self._drag = None
        bar = self._bar_at(e.position())
        if bar is not None:
            self.view.edit_requested.emit(bar.event_id)
            return
        slot = self.slot_at(e.position())
        if slot is None:
            return
        venue_id = slot.venue if isinstance(slot.venue, int) else None  # below the rows: no venue
        if slot.start is not None:
            start, end = slot.start, slot.start + dt.timedelta(hours=1)
        else:
            start = layout.instant_at(slot.day, 0)
            end = layout.instant_at(slot.day + dt.timedelta(days=1), 0)
        self.view.create_requested.emit(start, end, venue_id)

    def slot_at(self, pos: QPointF) -> Slot | None:
        """Return the venue row and the hour (zoomed in) or day at a point; None over the names."""
        if pos.x() < self.view.names_width(self.width()):
            return None
        row = self.row_at(pos.y())
        venue: VenueChoice = row if isinstance(row, int) else None  # below the rows: no venue
        instant = self.view.instant_of(pos.x(), self.width())
        day = instant.astimezone(PRAGUE).date()
        if self.view.hour_columns():
            return Slot(day, layout.snapped_instant(day, layout.hours_into_day(instant, day), 60), venue)
        return Slot(day, None, venue)

    def events_in(self, rect: QRectF) -> list[int]:
        """Return the ids of the bars in a rectangle (the rubber band's)."""
        return list(dict.fromkeys(b.event_id for b in self.bars() if b.rect.intersects(rect)))

    def contextMenuEvent(self, e: QContextMenuEvent) -> None:  # noqa: N802
        """Right-click (or the Menu key): the view shows the menu; the scroll area would swallow it."""
        self.view.contextMenuEvent(e)

    def bar_at(self, pos: QPointF) -> int | None:
        """Return the id of the event whose bar is at a point, if any."""
        bar = self._bar_at(pos)
        return bar.event_id if bar is not None else None

    def wheelEvent(self, e: QWheelEvent) -> None:  # noqa: N802
        if e.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.view.zoom(1 if e.angleDelta().y() > 0 else -1)
            e.accept()
            return
        super().wheelEvent(e)

    def event(self, e: QEvent) -> bool:
        if isinstance(e, QHelpEvent):
            bar = self._bar_at(QPointF(e.pos()))
            v = self.view
            if bar is not None:
                QToolTip.showText(e.globalPos(), tooltip_html(v.by_id[bar.event_id], v.conflicts.get(bar.event_id, [])), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(e)
