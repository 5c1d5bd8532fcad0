"""PaintedView: the state and the keyboard/mouse selection every painted calendar view shares.

Rows, conflicts, "today" and colouring; the selection of one or several events (Ctrl+click,
Shift+click, rubber band, Ctrl+A); moving the selection together; what a context menu is about.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QWidget

from planner.services.dto import CalendarEvent, Conflict
from planner.services.timeutil import PRAGUE, UTC, local, shift_days
from planner.ui.calendar.base import CalendarView
from planner.ui.calendar.common import conflict_messages, event_colour, muted
from planner.ui.calendar.selection import MenuTarget, Slot
from planner.ui.intents import KEEP_VENUE


class PaintedView(CalendarView):
    """State every painted view keeps: rows, conflicts, selection, 'today', colouring."""

    def __init__(self, parent: QWidget | None = None, *, colour_by: str = "series") -> None:
        super().__init__(parent)
        self.rows: list[CalendarEvent] = []
        self.by_id: dict[int, CalendarEvent] = {}
        self.span: dict[int, tuple[dt.date, dt.date]] = {}
        self.conflicts: Mapping[int, list[str]] = {}
        self.selected: int | None = None  # the current event (Enter opens it, arrows move it)
        self.chosen: list[int] = []  # every selected event, in the order chosen (Ctrl+click, rubber band)
        self._pending: tuple[str, int] | None = None  # what a click does on release, unless it dragged
        self.slot: Slot | None = None  # the empty place clicked last: where Ctrl+V pastes
        self.current_day: dt.date | None = None  # the page's date, highlighted
        self.colour_by = colour_by
        self._today: dt.date | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def today(self) -> dt.date:
        """Return the date highlighted as today (fixed for renders and tests)."""
        return self._today or dt.date.today()

    def now(self) -> dt.datetime:
        """Return the instant of the current-time line (noon when 'today' is a fixed other day)."""
        real = dt.datetime.now(UTC)
        if self._today is None or self._today == real.astimezone(PRAGUE).date():
            return real
        return dt.datetime.combine(self._today, dt.time(12), tzinfo=PRAGUE).astimezone(UTC)

    def set_today(self, day: dt.date | None) -> None:
        self._today = day
        self.update()

    def set_current_day(self, day: dt.date | None) -> None:
        """Highlight the date the page is anchored at (the one arrows move)."""
        if day != self.current_day:
            self.slot = None  # the keyboard moved on: a paste goes to the new date
        self.current_day = day
        self.update()

    def set_colour_by(self, mode: str) -> None:
        """Colour events by "series" or "category"."""
        self.colour_by = mode
        self.update()

    def set_events(self, rows: list[CalendarEvent], conflicts: list[Conflict], prepared: object = None) -> None:
        self.rows = list(rows)
        self.by_id = {r.id: r for r in rows}
        # the local first/last days: fields of a CalendarRow (computed where it was loaded)
        self.span = {r.id: (r.first_day, r.last_day) for r in rows}
        self.conflicts = conflict_messages(conflicts)
        self.chosen = [i for i in self.chosen if i in self.by_id]
        if self.selected not in self.by_id:
            self.selected = self.chosen[-1] if self.chosen else None
        self.events_changed()
        if prepared is not None:
            self.adopt(prepared)

    def adopt(self, prepared: object) -> None:
        """Take what ``preparer`` made of the rows just set (subclasses with a preparer override)."""

    def events_changed(self) -> None:
        """Recompute what depends on the rows (subclasses extend)."""
        self.update()

    def select_event(self, event_id: int | None) -> None:
        """Select one event (or none): the others are no longer selected."""
        self.selected = event_id
        self.chosen = [event_id] if event_id is not None else []
        self.update()

    # --- several selected ----------------------------------------------------

    def is_selected(self, event_id: int) -> bool:
        return event_id in self.chosen or event_id == self.selected

    def selection(self) -> list[int]:
        """Return the ids of the selected events (the current one included), in the order chosen."""
        out = [i for i in self.chosen if i in self.by_id]
        if self.selected is not None and self.selected not in out and self.selected in self.by_id:
            out.append(self.selected)
        return out

    def set_selection(self, ids: list[int], *, add: bool = False) -> None:
        """Select these events (``add``: besides those selected); the last becomes the current one."""
        chosen = (self.selection() if add else []) + [i for i in ids if i in self.by_id]
        self.chosen = list(dict.fromkeys(chosen))
        self.selected = self.chosen[-1] if self.chosen else None
        self.update()

    def press_select(self, event_id: int | None, modifiers: Qt.KeyboardModifier) -> None:
        """A press on an event (or on empty space): Ctrl adds or removes, Shift selects a run, a plain
        press selects one, except that pressing one of several selected keeps them for a drag."""
        self._pending = None
        if event_id is None:
            if not modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
                self.select_event(None)
            return
        if modifiers & Qt.KeyboardModifier.ShiftModifier and self.selected is not None:
            order = self.keyboard_order()
            if self.selected in order and event_id in order:
                a, b = sorted((order.index(self.selected), order.index(event_id)))
                self.set_selection(order[a : b + 1], add=True)
                self.selected = event_id
                return
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            if self.is_selected(event_id):
                self._pending = ("drop", event_id)  # on release, unless it was a Ctrl-drag (a copy)
            else:
                self.set_selection([event_id], add=True)
            return
        if self.is_selected(event_id) and len(self.selection()) > 1:
            self.selected = event_id
            self._pending = ("only", event_id)
            self.update()
            return
        self.select_event(event_id)

    def release_select(self, moved: bool) -> None:
        """The press ended: a click (not a drag) on a selected event now takes effect."""
        pending, self._pending = self._pending, None
        if pending is None or moved:
            return
        what, event_id = pending
        if what == "only":
            self.select_event(event_id)
            return
        self.chosen = [i for i in self.selection() if i != event_id]
        self.selected = self.chosen[-1] if self.chosen else None
        self.update()

    def request_move(self, event_id: int, start: dt.datetime, end: dt.datetime,
                     venue: object = KEEP_VENUE, copy: bool = False) -> None:
        """Move (or copy) an event, and with it the other selected events by the same step.

        A step of whole days keeps each event's wall-clock time (also across a DST change);
        a resize changes only the event dragged.
        """
        lead = self.by_id.get(event_id)
        ids = self.selection()
        if lead is None or event_id not in ids or len(ids) < 2 or end - start != lead.end - lead.start:
            self.move_requested.emit(event_id, start, end, venue, copy)
            return
        days = (local(start).date() - local(lead.start).date()).days
        same_clock = local(start).time() == local(lead.start).time()
        step = start - lead.start
        out: list[tuple[int, dt.datetime, dt.datetime, object]] = []
        for i in ids:
            row = self.by_id[i]
            try:
                new_start = shift_days(row.start, days) if same_clock else row.start + step
                new_end = shift_days(row.end, days) if same_clock else row.end + step
            except ValueError:  # that wall-clock time does not exist on the target day
                new_start, new_end = row.start + step, row.end + step
            out.append((i, new_start, new_end, venue))
        self.move_many_requested.emit(out, copy)

    # --- context menu ----------------------------------------------------------

    def target_at(self, global_pos: QPoint) -> MenuTarget:
        """Return what is at a global position: an event, or an empty slot (views override)."""
        return MenuTarget(None, self.paste_slot())

    def anchor_point(self) -> QPoint:
        """Return where a menu opened from the keyboard appears (views put it at the selected event)."""
        return self.mapToGlobal(self.rect().center())

    def paste_slot(self) -> Slot:
        """Return where Ctrl+V pastes: the empty place clicked last, else the page's date."""
        if self.slot is not None:
            return self.slot
        first, last = self.visible_range()
        day = self.current_day if self.current_day is not None and first <= self.current_day <= last else first
        return Slot(day)

    def keyboard_menu(self) -> None:
        """The Menu key or Shift+F10: the menu of the selected event (or of the date) at the event."""
        self.context_requested.emit(MenuTarget(self.selected, self.paste_slot()), self.anchor_point())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        """Right-click: the page shows the menu of the event under the mouse, or of the empty slot."""
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            self.keyboard_menu()
            return
        target = self.target_at(event.globalPos())
        if target.event_id is not None and not self.is_selected(target.event_id):
            self.select_event(target.event_id)
        elif target.event_id is None and target.slot is not None:
            self.slot = target.slot
        self.context_requested.emit(target, event.globalPos())

    def colour(self, row: CalendarEvent) -> QColor:
        base = event_colour(row, self.colour_by)
        return muted(base) if row.cancelled else base

    # Views with an hour axis move a selected timed event in 15-minute steps with Shift+Up/Down.
    MINUTE_STEPS = False

    def keyboard_order(self) -> list[int]:
        """Return the ids of the shown events in the order Tab visits them (by start, then title)."""
        return [r.id for r in sorted(self.rows, key=lambda r: (r.start, r.title))]

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt's signature
        """Tab / Shift+Tab select the next / previous event; past the last one the focus moves on."""
        order = self.keyboard_order()
        if order:
            index = order.index(self.selected) if self.selected in order else (-1 if next else len(order))
            index += 1 if next else -1
            if 0 <= index < len(order):
                self.select_event(order[index])
                return True
            self.select_event(None)
        return super().focusNextPrevChild(next)

    def keyboard_shift(self, key: int) -> tuple[int, int] | None:
        """Return (days, minutes) a Shift+arrow moves the selected event by, or None for other keys."""
        row = self.by_id.get(self.selected) if self.selected is not None else None
        if row is None:
            return None
        minutes = self.MINUTE_STEPS and not row.all_day
        return {
            Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -15) if minutes else (-7, 0), Qt.Key.Key_Down: (0, 15) if minutes else (7, 0),
        }.get(Qt.Key(key))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Enter opens the selected event, Delete deletes the selected ones, Shift+arrows move them
        (Ctrl+Shift copies), Ctrl+A selects all shown, Esc clears, Shift+F10 opens the menu."""
        if self.selected is not None and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            ids = self.selection()
            if len(ids) > 1:
                self.delete_many_requested.emit(ids)
            else:
                self.delete_requested.emit(self.selected)
            return
        if event.key() == Qt.Key.Key_F10 and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.keyboard_menu()
            return
        if event.key() == Qt.Key.Key_A and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_selection(self.keyboard_order())
            return
        if event.key() == Qt.Key.Key_Escape and self.selection():
            self.select_event(None)
            return
        if self.selected is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_requested.emit(self.selected)
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            shift = self.keyboard_shift(event.key())
            if shift is not None and self.selected is not None:
                row = self.by_id[self.selected]
                days, minutes = shift
                start = shift_days(row.start, days) + dt.timedelta(minutes=minutes)
                end = shift_days(row.end, days) + dt.timedelta(minutes=minutes)
                copy = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
                self.request_move(row.id, start, end, KEEP_VENUE, copy)
                event.accept()
                return
        super().keyPressEvent(event)
