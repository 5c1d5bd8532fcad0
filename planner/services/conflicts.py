"""Conflict detection: a venue or performer in two places at once, a stall booked twice.

The rule is one pure predicate, :func:`clash`, over :class:`Slot` values (a half-open
interval, the parent, live or not): touching intervals (one ends when the next
starts) do not conflict, an event does not clash with its own edition or market
(parent/child), and cancelled events (or bookings not approved) clash with nothing.
Every path (the SQL self-joins over a range, the sweep over loaded rows, the check
of a draft before saving, the stall checks) only gathers candidates sharing a venue,
performer or stall and lets the predicate decide; a property test
(tests/services/test_conflict_paths.py) checks that they agree.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Date, and_, bindparam, or_, select
from sqlalchemy.orm import Session, aliased

from planner.i18n import _, N_
from planner.models import Event, EventPerformer, Performer, Stall, StallBooking, Vendor, Venue
from planner.models.enums import BookingStatus, EventStatus
from planner.services.formatting import format_date_range
from planner.services._common import SM
from planner.services.dto import CalendarEvent, Conflict, ConflictKind, EventDraft
from planner.services.events import MAX_EVENT_SPAN
from planner.services.timeutil import (
    first_last_day,
    format_date,
    format_time,
    local,
    local_midnight,
    range_bounds,
)

_TEXT = {
    ConflictKind.VENUE: N_("{where}: “{a}” and “{b}” overlap ({when})."),
    ConflictKind.PERFORMER: N_("{where} performs in “{a}” and “{b}” at the same time ({when})."),
    ConflictKind.STALL: N_("Stall {where} is approved twice: {a} and {b} ({when})."),
}
_DAY = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Slot:
    """What the conflict rule looks at in an event or a stall booking.

    ``start``/``end`` are half-open (a stall booking's inclusive days end the day
    after its last); ``parent_id`` is the edition or market holding an event.
    """

    id: int
    start: dt.datetime | dt.date
    end: dt.datetime | dt.date
    parent_id: int | None = None
    live: bool = True


def clash(a: Slot, b: Slot) -> bool:
    """Return whether two slots sharing a venue, performer or stall conflict (the one rule)."""
    return (
        a.id != b.id
        and a.live
        and b.live
        and a.start < b.end  # both datetimes or both dates
        and b.start < a.end
        and a.parent_id != b.id
        and b.parent_id != a.id
    )


def _event_slot(event_id: int, start: dt.datetime, end: dt.datetime, parent_id: int | None,
                status: EventStatus = EventStatus.PLANNED) -> Slot:
    return Slot(event_id, start, end, parent_id, status is not EventStatus.CANCELLED)


def _days_slot(booking_id: int, first: dt.date, last: dt.date, status: BookingStatus = BookingStatus.APPROVED) -> Slot:
    return Slot(booking_id, first, last + _DAY, None, status is BookingStatus.APPROVED)


def _when(start: dt.datetime | dt.date, end: dt.datetime | dt.date) -> str:
    if isinstance(start, dt.datetime) and isinstance(end, dt.datetime):
        s, e = local(start), local(end)
        if s.date() == e.date():
            return f"{format_date(s.date())} {format_time(start)}–{format_time(end)}"
        return f"{format_date(s.date())} {format_time(start)} – {format_date(e.date())} {format_time(end)}"
    assert isinstance(start, dt.date) and isinstance(end, dt.date)
    return format_date_range(start, end)


def conflict_message(c: Conflict) -> str:
    """Return the sentence describing a conflict, in the current language."""
    return _(_TEXT[ConflictKind(c.kind)]).format(
        where=c.where, a=c.a_title, b=c.b_title, when=_when(c.start, c.end)
    )


def _conflict(kind: ConflictKind, a_id: int, b_id: int, a: str, b: str, where: str, start: Any, end: Any) -> Conflict:
    return Conflict(kind, a_id, b_id, a, b, where, start, end)


def _clash_between(kind: ConflictKind, x: Slot, y: Slot, x_title: str, y_title: str, where: str,
                   *, inclusive_days: bool = False, ordered: bool = True) -> Conflict | None:
    """Return the conflict of two candidates if the rule says they clash.

    ``ordered``: the lower id is ``a`` (conflicts found in a range); otherwise ``x``
    stays ``a`` (a draft against what it would clash with).
    """
    if not clash(x, y):
        return None
    if ordered and x.id > y.id:
        x, y, x_title, y_title = y, x, y_title, x_title
    start, end = max(x.start, y.start), min(x.end, y.end)
    if inclusive_days:
        end -= _DAY
    return _conflict(kind, x.id, y.id, x_title, y_title, where, start, end)


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
    sm: SM, first: dt.date, last: dt.date, rows: Sequence[CalendarEvent] | None = None, *, filtered: bool = False
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


def instant(c: Conflict) -> dt.datetime:
    """Return when a conflict starts as a real instant (a stall's day at Prague midnight)."""
    return c.start if isinstance(c.start, dt.datetime) else local_midnight(c.start)


def _by_time(found: list[Conflict]) -> list[Conflict]:
    return sorted(found, key=lambda c: (instant(c), c.a_id, c.b_id))


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


def conflicts_among(rows: Sequence[CalendarEvent]) -> list[Conflict]:
    """Return the venue and performer conflicts among these events, by time.

    Given every event overlapping a range (``list_events`` without filters) this
    equals the venue and performer part of :func:`find_conflicts` for that range,
    found by a sweep over rows already loaded instead of more queries.
    """
    active = [r for r in rows if r.status is not EventStatus.CANCELLED]
    by_venue: dict[int, list[CalendarEvent]] = defaultdict(list)
    by_performer: dict[int, list[CalendarEvent]] = defaultdict(list)
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
        out += _sweep(ConflictKind.VENUE, group, group[0].venue_name or "")
    for performer_id, group in by_performer.items():
        out += _sweep(ConflictKind.PERFORMER, group, names[performer_id])
    return _by_time(out)


def _sweep(kind: ConflictKind, group: list[CalendarEvent], where: str) -> list[Conflict]:
    """Candidates: the events still running when another starts; the rule decides."""
    out: list[Conflict] = []
    running: list[tuple[Slot, str]] = []
    for r in sorted(group, key=lambda r: (r.start, r.id)):
        here = _event_slot(r.id, r.start, r.end, r.parent_id, r.status)
        running = [(a, title) for a, title in running if a.end > r.start]
        for a, title in running:
            found = _clash_between(kind, a, here, title, r.title, where)
            if found is not None:
                out.append(found)
        running.append((here, r.title))
    return out


def _venue_conflicts(s: Session, start: dt.datetime, end: dt.datetime, only: int | None = None) -> list[Conflict]:
    active = _active_in_range(start, end)
    e1, e2 = aliased(active), aliased(active)
    q = (
        select(*_pair_columns(e1, e2), Venue.name)
        .join(e2, and_(e1.c.venue_id == e2.c.venue_id, e1.c.id < e2.c.id))
        .join(Venue, Venue.id == e1.c.venue_id)
        .where(e1.c.start < e2.c.end, e2.c.start < e1.c.end)  # candidates: the rule decides
    )
    if only is not None:
        q = q.where(or_(e1.c.id == only, e2.c.id == only))
    return _pairs(ConflictKind.VENUE, s.execute(q))


def _pair_columns(e1: Any, e2: Any) -> tuple[Any, ...]:
    return (e1.c.id, e1.c.start, e1.c.end, e1.c.parent_id, e1.c.title,
            e2.c.id, e2.c.start, e2.c.end, e2.c.parent_id, e2.c.title)


def _pairs(kind: ConflictKind, result: Any) -> list[Conflict]:
    """Run candidate pairs (both sides not cancelled) through the rule."""
    out = []
    for a_id, s1, en1, p1, a, b_id, s2, en2, p2, b, where in result:
        found = _clash_between(kind, Slot(a_id, s1, en1, p1), Slot(b_id, s2, en2, p2), a, b, where)
        if found is not None:
            out.append(found)
    return out


def _performer_conflicts(s: Session, start: dt.datetime, end: dt.datetime) -> list[Conflict]:
    active = _active_in_range(start, end)
    e1, e2 = aliased(active), aliased(active)
    p1, p2 = aliased(EventPerformer), aliased(EventPerformer)
    q = (
        select(*_pair_columns(e1, e2), Performer.name)
        .join(p1, p1.event_id == e1.c.id)
        .join(p2, and_(p2.performer_id == p1.performer_id, p2.event_id > e1.c.id))
        .join(e2, e2.c.id == p2.event_id)
        .join(Performer, Performer.id == p1.performer_id)
        .where(e1.c.start < e2.c.end, e2.c.start < e1.c.end)  # candidates: the rule decides
    )
    return _pairs(ConflictKind.PERFORMER, s.execute(q))


def _stall_conflicts(s: Session, first: dt.date, last: dt.date) -> list[Conflict]:
    out = []
    result: Any = s.execute(_stall_query(), {"first": first, "last": last})
    for a_id, b_id, a, b, code, f1, l1, f2, l2 in result:
        found = _clash_between(ConflictKind.STALL, _days_slot(a_id, f1, l1), _days_slot(b_id, f2, l2), a, b, code,
                               inclusive_days=True)
        if found is not None:
            out.append(found)
    return out


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
    me = _event_slot(exclude_id or 0, draft.start, draft.end, draft.parent_id, draft.status)
    # candidates: overlapping the draft (index-bounded like every range query), not cancelled
    base = [*_in_range(Event, draft.start, draft.end), Event.status != EventStatus.CANCELLED]
    out: list[Conflict] = []
    with sm() as s:
        if draft.venue_id is not None:
            q = (
                select(Event.id, Event.start, Event.end, Event.parent_id, Event.title, Venue.name)
                .join(Venue, Venue.id == Event.venue_id)
                .where(Event.venue_id == draft.venue_id, *base)
            )
            out += _draft_pairs(ConflictKind.VENUE, me, title, s.execute(q))
        # the performers saving would link: by id, or (a name typed) the performer of that name
        pids = [p.performer_id for p in draft.performers if p.performer_id is not None]
        names = [p.name for p in draft.performers if p.performer_id is None]
        if names or pids:
            q = (
                select(Event.id, Event.start, Event.end, Event.parent_id, Event.title, Performer.name)
                .join(EventPerformer, EventPerformer.event_id == Event.id)
                .join(Performer, Performer.id == EventPerformer.performer_id)
                .where(or_(Performer.id.in_(pids), Performer.name.in_(names)), *base)
            )
            out += _draft_pairs(ConflictKind.PERFORMER, me, title, s.execute(q))
    return out


def _draft_pairs(kind: ConflictKind, me: Slot, title: str, result: Any) -> list[Conflict]:
    out = []
    for eid, s1, e1, parent, other, where in result:
        found = _clash_between(kind, me, Slot(eid, s1, e1, parent), title, other, where, ordered=False)
        if found is not None:
            out.append(found)
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
    me = _days_slot(exclude_id or 0, first, last)
    out = []
    for bid, vname, code, f, l_ in s.execute(q):
        found = _clash_between(ConflictKind.STALL, me, _days_slot(bid, f, l_), "?", vname, code,
                               inclusive_days=True, ordered=False)
        if found is not None:
            out.append(found)
    return out
