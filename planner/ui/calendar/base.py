"""CalendarView: the small contract every calendar view implements.

Views draw what they are given and emit *intents*; the owner (the calendar page /
event controller) calls services, pushes undo commands and refreshes views.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from planner.services.dto import Conflict, CalendarEvent


# What a view derives from a period's rows alone, on the loader's worker: (first, last, rows) -> prepared.
# It must be pure Python (no Qt, no widget): the view builds it on the GUI thread from its geometry of now.
Prepare = Callable[[dt.date, dt.date, list[CalendarEvent]], object]

class CalendarView(QWidget):
    """Base of the calendar views.

    Signals:
        edit_requested(int): open the editor of an event.
        create_requested(object, object, object): create an event from start to end (aware
            datetimes) at a venue id or None.
        move_requested(int, object, object, object, bool): move/resize an event to start, end,
            venue (a venue id, None = no venue, or planner.ui.intents.KEEP_VENUE = keep
            the event's venue), and whether to copy instead of move (Ctrl-drag).
        delete_requested(int): delete an event (the owner asks for confirmation).
        day_requested(object): show this date in the day view ("+N more" clicked).
        move_many_requested(list, bool): move (or copy) the selected events together: a list of
            (event id, start, end, venue) as for move_requested, and whether to copy.
        delete_many_requested(list): delete the selected events (ids) as one step.
        context_requested(object, object): a context menu for a selection.MenuTarget at a global QPoint.
    """

    edit_requested = Signal(int)
    create_requested = Signal(object, object, object)
    move_requested = Signal(int, object, object, object, bool)
    delete_requested = Signal(int)
    day_requested = Signal(object)
    move_many_requested = Signal(list, bool)
    delete_many_requested = Signal(list)
    context_requested = Signal(object, object)

    def show_range(self, first: dt.date, last: dt.date) -> None:
        """Show the inclusive range of days (the view may widen it, e.g. to whole weeks)."""
        raise NotImplementedError

    def visible_range(self) -> tuple[dt.date, dt.date]:
        """Return the inclusive range of days the view shows (what to query)."""
        raise NotImplementedError

    def set_events(self, rows: list[CalendarEvent], conflicts: list[Conflict], prepared: object = None) -> None:
        """Replace the events (and conflicts to mark) the view draws.

        ``prepared`` is what the view's ``preparer`` made of these rows on the loader's worker, if
        it ran: a view that finds it no longer fits (resized meanwhile) computes its own.
        """
        raise NotImplementedError

    def preparer(self) -> Prepare | None:
        """Return what to derive from a period's rows off the GUI thread (pure Python), or None."""
        return None

    def select_event(self, event_id: int | None) -> None:
        """Highlight an event (e.g. when a conflict is clicked)."""
        raise NotImplementedError

    def set_current_day(self, day: dt.date | None) -> None:
        """Highlight the date the owner is anchored at (views without days ignore it)."""
