"""Which days of a range have events: the bold days of the calendar's mini month navigator."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import aliased

from planner.models.entities import Event
from planner.services._common import SM
from planner.services.dto import EventQuery
from planner.services.events import apply_query
from planner.services.timeutil import first_last_day, range_bounds

_ONE_DAY = dt.timedelta(days=1)


def list_event_days(sm: SM, first: dt.date, last: dt.date, query: EventQuery | None = None) -> frozenset[dt.date]:
    """Return the (Prague) days in first..last on which an event takes place, in one query.

    ``query`` filters as the calendar does (series, categories, venues, …; its range is ignored).
    A container of other events (a festival, a concert season) marks no day by itself: its
    programme items do, else a season spanning the year would make every day bold.
    """
    start, end = range_bounds(first, last)
    child = aliased(Event)
    base: Any = select(Event.start, Event.end)
    q = apply_query(
        base,
        replace(query or EventQuery(), start=start, end=end, limit=None),
    ).where(~exists().where(child.parent_id == Event.id))
    days: set[dt.date] = set()
    with sm() as s:
        spans: list[tuple[dt.datetime, dt.datetime]] = [(r[0], r[1]) for r in s.execute(q)]
    for ev_start, ev_end in spans:
        a, b = first_last_day(ev_start, ev_end)
        day, stop = max(a, first), min(b, last)
        while day <= stop:
            days.add(day)
            day += _ONE_DAY
    return frozenset(days)


__all__ = ["list_event_days"]
