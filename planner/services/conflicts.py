"""Conflict detection: a venue or performer in two places at once, a stall booked twice.

Touching intervals (one ends when the next starts) do not conflict. An event does
not clash with its own edition or market (parent/child), nor do cancelled events.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from typing import Any

from sqlalchemy import Date, and_, bindparam, or_, select
from sqlalchemy.orm import Session, aliased

from planner import errors
from planner.models import Event, EventPerformer, Performer, Stall, StallBooking, Vendor, Venue
from planner.models.enums import BookingStatus, EventStatus
from planner.services._common import SM
from planner.services.dto import Conflict, EventDraft, EventRow
from planner.services.events import MAX_EVENT_SPAN
from planner.services.timeutil import first_last_day, format_date, format_time, local, range_bounds

_TEXT = {
    "venue": {
        "cs": "{where}: „{a}“ a „{b}“ se překrývají ({when}).",
        "en": "{where}: “{a}” and “{b}” overlap ({when}).",
    },
    "performer": {
        "cs": "{where} účinkuje současně v „{a}“ a „{b}“ ({when}).",
        "en": "{where} performs in “{a}” and “{b}” at the same time ({when}).",
    },
    "stall": {
        "cs": "Stánek {where} je dvakrát schválen: {a} a {b} ({when}).",
        "en": "Stall {where} is approved twice: {a} and {b} ({when}).",
    },
}


def _when(start: dt.datetime | dt.date, end: dt.datetime | dt.date) -> str:
    if isinstance(start, dt.datetime) and isinstance(end, dt.datetime):
        s, e = local(start), local(end)
        if s.date() == e.date():
            return f"{format_date(s.date())} {format_time(start)}–{format_time(end)}"
        return f"{format_date(s.date())} {format_time(start)} – {format_date(e.date())} {format_time(end)}"
    assert isinstance(start, dt.date) and isinstance(end, dt.date)
    if start == end:
        return format_date(start)
    return f"{format_date(start)} – {format_date(end)}"


def _message(kind: str, where: str, a: str, b: str, start: Any, end: Any) -> str:
    return _TEXT[kind][errors.language()].format(where=where, a=a, b=b, when=_when(start, end))


def _conflict(kind: str, a_id: int, b_id: int, a: str, b: str, where: str, start: Any, end: Any) -> Conflict:
    return Conflict(kind, a_id, b_id, a, b, where, start, end, _message(kind, where, a, b, start, end))


def _not_related(e1: Any, e2: Any) -> Any:
    return and_(
        or_(e1.parent_id.is_(None), e1.parent_id != e2.id),
        or_(e2.parent_id.is_(None), e2.parent_id != e1.id),
    )


def _in_range(e: Any, start: dt.datetime, end: dt.datetime) -> tuple[Any, ...]:
    """Conditions for an event overlapping the range, with an indexable lower bound on start."""
    return (e.start < end, e.end > start, e.start > start - MAX_EVENT_SPAN)


def find_conflicts(sm: SM, start: dt.datetime, end: dt.datetime) -> list[Conflict]:
    """Return every venue, performer and stall conflict whose clash falls in the range, by time.

    Both events of a clash overlap the range exactly when the time they clash
    overlaps it, so both sides are bounded by the range (and indexes apply).
    """
    with sm() as s:
        out = _venue_conflicts(s, start, end) + _performer_conflicts(s, start, end)
        out += _stall_conflicts(s, *first_last_day(start, end))
    return _by_time(out)


def conflicts_for_range(
    sm: SM, first: dt.date, last: dt.date, rows: Sequence[EventRow] | None = None, *, filtered: bool = False
) -> list[Conflict]:
    """Return every conflict of the inclusive Prague day range, by time.

    ``rows`` are the events already loaded for the range. When they are every event
    overlapping it (``filtered`` false) their venue and performer clashes are found by a
    sweep over them instead of more queries; when a filter hid some events (which may
    still clash with shown ones) or no rows are given, the database is asked.
    """
    if rows is None or filtered:
        return find_conflicts(sm, *range_bounds(first, last))
    return _by_time(conflicts_among(rows) + find_stall_conflicts(sm, first, last))


def _by_time(found: list[Conflict]) -> list[Conflict]:
    return sorted(found, key=lambda c: (str(c.start), c.a_id, c.b_id))


def _active_in_range(start: dt.datetime, end: dt.datetime) -> Any:
    """The not-cancelled events overlapping the range, as a CTE both sides of a clash join.

    Joining the few events of the range with each other (instead of each with
    the whole table) keeps the cost proportional to what is shown.
    """
    return (
        select(Event.id, Event.title, Event.venue_id, Event.parent_id, Event.start, Event.end)
        .where(*_in_range(Event, start, end), Event.status != EventStatus.CANCELLED)
        .cte("active")
    )


def find_stall_conflicts(sm: SM, first: dt.date, last: dt.date) -> list[Conflict]:
    """Return stalls approved twice on overlapping days within the inclusive range."""
    with sm() as s:
        return _stall_conflicts(s, first, last)


def conflicts_among(rows: Sequence[EventRow]) -> list[Conflict]:
    """Return the venue and performer conflicts among these events, by time.

    Given every event overlapping a range (``list_events`` without filters) this
    equals the venue and performer part of :func:`find_conflicts` for that range,
    found by a sweep over rows already loaded instead of more queries.
    """
    active = [r for r in rows if r.status is not EventStatus.CANCELLED]
    by_venue: dict[int, list[EventRow]] = defaultdict(list)
    by_performer: dict[int, list[EventRow]] = defaultdict(list)
    names: dict[int, str] = {}
    for r in active:
        if r.venue_id is not None:
            by_venue[r.venue_id].append(r)
        for link in r.performers:
            if link.performer_id is not None and r not in by_performer[link.performer_id]:
                by_performer[link.performer_id].append(r)
                names[link.performer_id] = link.name
    out: list[Conflict] = []
    for group in by_venue.values():
        out += _sweep("venue", group, group[0].venue_name or "")
    for performer_id, group in by_performer.items():
        out += _sweep("performer", group, names[performer_id])
    return _by_time(out)


def _sweep(kind: str, group: list[EventRow], where: str) -> list[Conflict]:
    out: list[Conflict] = []
    running: list[EventRow] = []
    for r in sorted(group, key=lambda r: (r.start, r.id)):
        running = [a for a in running if a.end > r.start]
        for a in running:
            if a.parent_id == r.id or r.parent_id == a.id:
                continue
            first, second = (a, r) if a.id < r.id else (r, a)
            out.append(_conflict(kind, first.id, second.id, first.title, second.title, where,
                                 max(a.start, r.start), min(a.end, r.end)))
        running.append(r)
    return out


def _venue_conflicts(s: Session, start: dt.datetime, end: dt.datetime, only: int | None = None) -> list[Conflict]:
    active = _active_in_range(start, end)
    e1, e2 = aliased(active), aliased(active)
    q = (
        select(e1.c.id, e2.c.id, e1.c.title, e2.c.title, Venue.name, e1.c.start, e1.c.end, e2.c.start, e2.c.end)
        .join(e2, and_(e1.c.venue_id == e2.c.venue_id, e1.c.id < e2.c.id))
        .join(Venue, Venue.id == e1.c.venue_id)
        .where(e1.c.start < e2.c.end, e2.c.start < e1.c.end, _not_related(e1.c, e2.c))
    )
    if only is not None:
        q = q.where(or_(e1.c.id == only, e2.c.id == only))
    out = []
    result: Any = s.execute(q)  # columns of a CTE: typed as plain objects
    for a_id, b_id, a, b, where, s1, en1, s2, en2 in result:
        out.append(_conflict("venue", a_id, b_id, a, b, where, max(s1, s2), min(en1, en2)))
    return out


def _performer_conflicts(s: Session, start: dt.datetime, end: dt.datetime) -> list[Conflict]:
    active = _active_in_range(start, end)
    e1, e2 = aliased(active), aliased(active)
    p1, p2 = aliased(EventPerformer), aliased(EventPerformer)
    q = (
        select(e1.c.id, e2.c.id, e1.c.title, e2.c.title, Performer.name, e1.c.start, e1.c.end, e2.c.start, e2.c.end)
        .join(p1, p1.event_id == e1.c.id)
        .join(p2, and_(p2.performer_id == p1.performer_id, p2.event_id > e1.c.id))
        .join(e2, e2.c.id == p2.event_id)
        .join(Performer, Performer.id == p1.performer_id)
        .where(e1.c.start < e2.c.end, e2.c.start < e1.c.end, _not_related(e1.c, e2.c))
    )
    result: Any = s.execute(q)  # columns of a CTE: typed as plain objects
    return [
        _conflict("performer", a_id, b_id, a, b, name, max(s1, s2), min(en1, en2))
        for a_id, b_id, a, b, name, s1, en1, s2, en2 in result
    ]


def _stall_conflicts(s: Session, first: dt.date, last: dt.date) -> list[Conflict]:
    result: Any = s.execute(_stall_query(), {"first": first, "last": last})
    return [
        _conflict("stall", a_id, b_id, a, b, code, max(f1, f2), min(l1, l2))
        for a_id, b_id, a, b, code, f1, l1, f2, l2 in result
    ]


@cache
def _stall_query() -> Any:
    """Return the stall-clash statement with :first/:last parameters (built once per process)."""
    b1, b2 = aliased(StallBooking), aliased(StallBooking)
    v1, v2 = aliased(Vendor), aliased(Vendor)
    q = (
        select(b1.id, b2.id, v1.name, v2.name, Stall.code, b1.first_day, b1.last_day, b2.first_day, b2.last_day)
        .join(b2, and_(b1.stall_id == b2.stall_id, b1.id < b2.id))
        .join(Stall, Stall.id == b1.stall_id)
        .join(v1, v1.id == b1.vendor_id)
        .join(v2, v2.id == b2.vendor_id)
        .where(
            b1.first_day <= b2.last_day, b2.first_day <= b1.last_day,
            b1.first_day <= bindparam("last", type_=Date()), b1.last_day >= bindparam("first", type_=Date()),
            b1.status == BookingStatus.APPROVED, b2.status == BookingStatus.APPROVED,
        )
    )
    return q


def conflicts_for_event(sm: SM, event_id: int) -> list[Conflict]:
    """Return the venue and performer conflicts of one saved event."""
    with sm() as s:
        e = s.get(Event, event_id)
        if e is None:
            return []
        venue = _venue_conflicts(s, e.start, e.end, only=event_id)
        perf = [c for c in _performer_conflicts(s, e.start, e.end) if event_id in (c.a_id, c.b_id)]
    return venue + perf


def conflicts_for_draft(sm: SM, draft: EventDraft, exclude_id: int | None = None) -> list[Conflict]:
    """Return what a draft would clash with if saved (the UI asks before saving)."""
    if draft.status is EventStatus.CANCELLED or draft.end <= draft.start:
        return []
    title = draft.title or "?"
    out: list[Conflict] = []
    with sm() as s:
        related = {draft.parent_id} if draft.parent_id else set()
        if exclude_id is not None:
            related |= set(s.scalars(select(Event.id).where(Event.parent_id == exclude_id)))
        base = [
            Event.start < draft.end, Event.end > draft.start,
            Event.status != EventStatus.CANCELLED,
        ]
        if exclude_id is not None:
            base.append(Event.id != exclude_id)
        if draft.venue_id is not None:
            q = (
                select(Event.id, Event.title, Event.start, Event.end, Event.parent_id, Venue.name)
                .join(Venue, Venue.id == Event.venue_id)
                .where(Event.venue_id == draft.venue_id, *base)
            )
            for eid, other, s1, e1, parent, vname in s.execute(q):
                if eid in related or (exclude_id is not None and parent == exclude_id):
                    continue
                out.append(_conflict("venue", exclude_id or 0, eid, title, other, vname,
                                     max(s1, draft.start), min(e1, draft.end)))
        names = [p.name for p in draft.performers]
        pids = [p.performer_id for p in draft.performers if p.performer_id is not None]
        if names or pids:
            q = (
                select(Event.id, Event.title, Event.start, Event.end, Event.parent_id, Performer.name)
                .join(EventPerformer, EventPerformer.event_id == Event.id)
                .join(Performer, Performer.id == EventPerformer.performer_id)
                .where(or_(Performer.id.in_(pids), Performer.name.in_(names)), *base)
            )
            for eid, other, s1, e1, parent, pname in s.execute(q):
                if eid in related or (exclude_id is not None and parent == exclude_id):
                    continue
                out.append(_conflict("performer", exclude_id or 0, eid, title, other, pname,
                                     max(s1, draft.start), min(e1, draft.end)))
    return out


def new_conflicts_for_draft(
    sm: SM, draft: EventDraft, event_id: int | None = None, before: EventDraft | None = None
) -> list[Conflict]:
    """Return the clashes saving the draft would add to those the event already had.

    ``before`` is the event's saved state (None for a new event): an edit that keeps an
    existing, already accepted clash does not ask again; a move into a new one does.
    """
    found = conflicts_for_draft(sm, draft, exclude_id=event_id)
    if before is None or not found:
        return found
    known = {(c.kind, c.b_id, c.where) for c in conflicts_for_draft(sm, before, exclude_id=event_id)}
    return [c for c in found if (c.kind, c.b_id, c.where) not in known]


def stall_booking_conflicts(
    s: Session, stall_id: int, first: dt.date, last: dt.date, exclude_id: int | None = None
) -> list[Conflict]:
    """Return approved bookings of the stall overlapping the days (used inside a transaction)."""
    q = (
        select(StallBooking.id, Vendor.name, Stall.code, StallBooking.first_day, StallBooking.last_day)
        .join(Vendor, Vendor.id == StallBooking.vendor_id)
        .join(Stall, Stall.id == StallBooking.stall_id)
        .where(
            StallBooking.stall_id == stall_id,
            StallBooking.status == BookingStatus.APPROVED,
            StallBooking.first_day <= last,
            StallBooking.last_day >= first,
        )
    )
    if exclude_id is not None:
        q = q.where(StallBooking.id != exclude_id)
    return [
        _conflict("stall", exclude_id or 0, bid, "?", vname, code, max(f, first), min(l_, last))
        for bid, vname, code, f, l_ in s.execute(q)
    ]
