"""Search every event, of any date, by the words typed (Ctrl+E / F3 in the GUI)."""

from __future__ import annotations

import datetime as dt

from planner.services import events as event_service
from planner.services._common import SM
from planner.services.dto import EventQuery, EventRow
from planner.services.text import matches

DEFAULT_LIMIT = 500


def _fields(r: EventRow) -> tuple[str | None, ...]:
    return (
        r.title, r.venue_name, r.series_name, r.staff_name, r.description, r.internal_notes, r.ticket_info,
        r.url, *(p.name for p in r.performers),
    )


def search_events(sm: SM, text: str, *, today: dt.date | None = None, limit: int = DEFAULT_LIMIT) -> list[EventRow]:
    """Return events of any date whose fields contain every word of ``text`` (case and accents ignored).

    Upcoming events come first (soonest first), then past ones (latest first), as a user
    looking for "Advent" in December wants this year's concert before last year's.
    """
    if not text.strip():
        return []
    day = today or dt.date.today()
    rows = [r for r in event_service.list_events(sm, EventQuery()) if matches(text, *_fields(r))]
    upcoming = [r for r in rows if r.last_day >= day]
    past = [r for r in rows if r.last_day < day]
    past.reverse()
    return (upcoming + past)[:limit]


__all__ = ["DEFAULT_LIMIT", "search_events"]
