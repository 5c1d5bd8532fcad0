"""Events read: by range and filters (full rows and the calendar's summaries), by id or UID, counts."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache, lru_cache
from operator import itemgetter
from typing import Any, Unpack

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.orm import Session, aliased

from planner.errors import NotFound
from planner.models import Event, EventPerformer, Performer, Series, Staff, Venue
from planner.models.enums import EventStatus
from planner.services._common import IN_CHUNK, SM
from planner.services.dto import (
    CalendarEvent,
    CalendarRow,
    EventQuery,
    EventRow,
    PerformerLink,
    PerformerRow,
)
from planner.services.text import czech_sort_key, matches
from planner.services.timeutil import UTC, first_last_day

_Parent = aliased(Event)


# Columns instead of entities: building EventRows from plain tuples is several
# times faster than loading ORM objects, which matters for a month of 1,000+ rows.
_EVENT_COLUMNS = (
    Event.id, Event.uid, Event.title, Event.category, Event.status, Event.start, Event.end,
    Event.all_day, Event.series_id, Event.parent_id, Event.venue_id, Event.staff_id, Event.public,
    Event.description, Event.internal_notes, Event.expected_attendance, Event.ticket_info, Event.url,
    Event.sequence, Event.version, Event.created_at, Event.updated_at,
)

# The longest an event may last. Knowing it turns the overlap condition
# `end > range_start AND start < range_end` (a scan of every earlier event) into
# an index range `start BETWEEN range_start - MAX_EVENT_SPAN AND range_end`.
MAX_EVENT_DAYS = 366
MAX_EVENT_SPAN = dt.timedelta(days=MAX_EVENT_DAYS + 1)
SHORT_SPAN = dt.timedelta(days=2)


@cache
def _base_select() -> Select[Unpack[tuple[Any, ...]]]:
    """Return the select of event rows with their names (built once: statements are immutable)."""
    q = (
        select(
            *_EVENT_COLUMNS,
            Series.name,
            Series.colour,
            _Parent.title,
            Venue.name,
            Venue.street,
            Venue.postal_code,
            Venue.city,
            Staff.name,
            Staff.email,
        )
        .outerjoin(Series, Event.series_id == Series.id)
        .outerjoin(_Parent, Event.parent_id == _Parent.id)
        .outerjoin(Venue, Event.venue_id == Venue.id)
        .outerjoin(Staff, Event.staff_id == Staff.id)
    )
    return q


# What the calendar views draw (and the conflict sweep needs): "query only what a view
# shows", in the order of CalendarRow's fields.
_VIEW_COLUMNS = (
    Event.id, Event.uid, Event.title, Event.category, Event.status, Event.start, Event.end,
    Event.all_day, Event.series_id, Event.parent_id, Event.venue_id, Event.staff_id, Event.public,
    Event.sequence, Event.version,
)


# where a view row holds start and end (by identity: == on a column builds SQL)
_START, _END = (next(i for i, c in enumerate(_VIEW_COLUMNS) if c is col) for col in (Event.start, Event.end))


@cache
def _view_select() -> Select[Unpack[tuple[Any, ...]]]:
    """Return the slim select the calendar views use (built once)."""
    q = (
        select(*_VIEW_COLUMNS, Series.name, Series.colour, Venue.name)
        .outerjoin(Series, Event.series_id == Series.id)
        .outerjoin(Venue, Event.venue_id == Venue.id)
    )
    return q


@cache
def _range_performers_selects() -> tuple[Any, Any]:
    """Return the performers of the events a range's two parts fetch (see _range_result).

    Joined on the same range conditions, with :start/:end parameters, instead of an IN
    list of 1,000+ ids that had to be compiled anew on every call (issue 13).
    """
    start, end, short, oldest = (bindparam(n, type_=Event.start.type) for n in ("start", "end", "short", "oldest"))
    base = (
        select(EventPerformer.event_id, Performer.id, Performer.name, EventPerformer.role, EventPerformer.fee)
        .join(Performer, EventPerformer.performer_id == Performer.id)
        .join(Event, Event.id == EventPerformer.event_id)
        .where(Event.end > start, Event.start < end)
        .order_by(EventPerformer.event_id, Performer.name)
    )
    tight = base.where(Event.start > short)
    long = base.where(Event.start <= short, Event.start > oldest)
    return tight, long


def _range_performers(conn: Any, f: EventQuery) -> dict[int, tuple[PerformerLink, ...]]:
    grouped: dict[int, list[PerformerLink]] = defaultdict(list)
    assert f.start is not None
    params = {"start": f.start, "end": f.end if f.end is not None else dt.datetime.max.replace(tzinfo=UTC),
              "short": f.start - SHORT_SPAN, "oldest": f.start - MAX_EVENT_SPAN}
    for q in _range_performers_selects():
        for event_id, pid, name, role, fee in conn.execute(q, params):
            grouped[event_id].append(PerformerLink(name=name, performer_id=pid, role=role, fee=fee))
    return {k: tuple(v) for k, v in grouped.items()}


def list_view_events(sm: SM, query: EventQuery) -> list[CalendarEvent]:
    """Return the events of a range as the calendar views draw them (CalendarRow summaries).

    About a third of the work of list_events for a month of 1,000+ events: Core tuples
    straight into CalendarRows, the performers by the same range conditions.
    """
    if query.start is None:
        raise ValueError("list_view_events needs a range start")
    if query.text.strip():  # the search looks at fields the summaries leave out: load full rows once
        return list(list_events(sm, query))
    with sm() as s:
        conn = s.connection()  # Core results: no ORM row processing
        raw = _range_result(conn, query, _view_select())
        perf = _range_performers(conn, query)
    empty: tuple[PerformerLink, ...] = ()
    rows: list[CalendarEvent] = [CalendarRow._make((*r, *first_last_day(r[_START], r[_END]), perf.get(r[0], empty)))
                                 for r in raw]
    return rows[: query.limit] if query.limit is not None else rows


@lru_cache(maxsize=1024)
def _address(street: str | None, postal: str | None, city: str | None) -> str | None:
    town = " ".join(p for p in (postal, city) if p)
    text = ", ".join(p for p in (street, town) if p)
    return text or None


def _performers_of(s: Session, ids: Sequence[int]) -> dict[int, list[PerformerLink]]:
    out: dict[int, list[PerformerLink]] = defaultdict(list)
    for i in range(0, len(ids), IN_CHUNK):
        chunk = ids[i : i + IN_CHUNK]
        q = (
            select(EventPerformer.event_id, Performer.id, Performer.name, EventPerformer.role, EventPerformer.fee)
            .join(Performer, EventPerformer.performer_id == Performer.id)
            .where(EventPerformer.event_id.in_(chunk))
            .order_by(EventPerformer.event_id, Performer.name)
        )
        for event_id, pid, name, role, fee in s.execute(q):
            out[event_id].append(PerformerLink(name=name, performer_id=pid, role=role, fee=fee))
    return out


def _rows(s: Session, result: Iterable[Any]) -> list[EventRow]:
    raw = list(result)
    perf = _performers_of(s, [r[0] for r in raw])
    out: list[EventRow] = []
    for (
        eid, uid, title, category, status, start, end, all_day, series_id, parent_id, venue_id, staff_id,
        public, description, notes, attendance, ticket_info, url, sequence, version, created, updated,
        sname, scolour, ptitle, vname, vstreet, vpostal, vcity, stname, stemail,
    ) in raw:
        out.append(
            EventRow(
                id=eid, uid=uid, title=title, category=category, status=status,
                start=start, end=end, all_day=all_day,
                series_id=series_id, series_name=sname, series_colour=scolour,
                parent_id=parent_id, parent_title=ptitle,
                venue_id=venue_id, venue_name=vname,
                venue_address=_address(vstreet, vpostal, vcity) if vname else None,
                staff_id=staff_id, staff_name=stname, staff_email=stemail,
                public=public, description=description, internal_notes=notes,
                expected_attendance=attendance, ticket_info=ticket_info, url=url,
                sequence=sequence, version=version, created_at=created,
                updated_at=updated, performers=tuple(perf.get(eid, ())),
            )
        )
    return out


def apply_query(q: Select[Any], f: EventQuery) -> Select[Any]:
    """Add the filters of an EventQuery to a select over Event."""
    if f.start is not None:
        q = q.where(Event.end > f.start, Event.start > f.start - MAX_EVENT_SPAN)
    if f.end is not None:
        q = q.where(Event.start < f.end)
    if f.series_ids:
        q = q.where(Event.series_id.in_(f.series_ids))
    if f.categories:
        q = q.where(Event.category.in_(f.categories))
    if f.venue_ids:
        q = q.where(Event.venue_id.in_(f.venue_ids))
    if f.staff_ids:
        q = q.where(Event.staff_id.in_(f.staff_ids))
    if f.statuses:
        q = q.where(Event.status.in_(f.statuses))
    if not f.include_cancelled:
        q = q.where(Event.status != EventStatus.CANCELLED)
    if f.public_only:
        q = q.where(Event.public.is_(True))
    if f.parent_id is not None:
        q = q.where(Event.parent_id == f.parent_id)
    if f.top_level_only:
        q = q.where(Event.parent_id.is_(None))
    return q


def list_events(sm: SM, query: EventQuery | None = None) -> list[EventRow]:
    """Return the events overlapping the query's range that pass its filters, by start.

    One query for events with their series, venue, staff and parent, one for
    their performers: the cost depends on what is shown, not on the table size.
    """
    f = query or EventQuery()
    with sm() as s:
        if f.start is None:
            q = apply_query(_base_select(), f).order_by(Event.start, Event.end.desc(), Event.id)
            rows = _rows(s, s.execute(q))
        else:
            rows = _rows(s, _range_result(s, f))
    if f.text.strip():
        rows = [r for r in rows if _text_match(r, f.text)]
    if f.limit is not None:
        rows = rows[: f.limit]
    return rows


def events_in_session(s: Session, query: EventQuery) -> list[EventRow]:
    """Return the events of an (unbounded) query read in the caller's transaction.

    For services that must decide on what they also write (a release snapshots the very rows
    its transaction sees).
    """
    q = apply_query(_base_select(), query).order_by(Event.start, Event.end.desc(), Event.id)
    return _rows(s, s.execute(q))


def _range_result(s: Session | Any, f: EventQuery, base: Select[Any] | None = None) -> list[Any]:
    """Fetch the events overlapping [f.start, f.end) in two index-friendly parts.

    Most events are short: they start at most SHORT_SPAN before the range, which
    is a tight range scan. Longer ones still running are found by their ids alone
    over the (start, end) index (a covering scan, no table reads), then fetched.
    One query with "start > range start - 366 days" read ten times more rows.
    """
    assert f.start is not None
    others = apply_query(base if base is not None else _base_select(), replace(f, start=None, end=None))
    tight = others.where(Event.start > f.start - SHORT_SPAN, Event.end > f.start)
    long_ids = select(Event.id).where(
        Event.start <= f.start - SHORT_SPAN, Event.start > f.start - MAX_EVENT_SPAN, Event.end > f.start
    )
    if f.end is not None:
        tight = tight.where(Event.start < f.end)
    raw = list(s.execute(tight).all())
    ids = list(s.execute(long_ids).scalars())
    for i in range(0, len(ids), IN_CHUNK):
        raw.extend(s.execute(others.where(Event.id.in_(ids[i : i + IN_CHUNK]))).all())
    # By start, then longest first, then id. Three stable sorts on C-level keys (both
    # selects begin id, uid, title, category, status, start, end) take half the time of
    # one sort with a Python key (end descending needs one); an SQL ORDER BY with
    # "end DESC" made SQLite sort in a temporary B-tree: slower still.
    raw.sort(key=itemgetter(0))
    raw.sort(key=itemgetter(6), reverse=True)
    raw.sort(key=itemgetter(5))
    return raw


def _text_match(r: EventRow, text: str) -> bool:
    return matches(
        text, r.title, r.venue_name, r.series_name, r.staff_name, r.description, r.ticket_info,
        *(p.name for p in r.performers),
    )


def get_event(sm: SM, event_id: int) -> EventRow:
    """Return one event or raise NotFound."""
    with sm() as s:
        rows = _rows(s, s.execute(_base_select().where(Event.id == event_id)))
    if not rows:
        raise NotFound("Event", event_id)
    return rows[0]


def get_events(sm: SM, ids: Iterable[int]) -> list[EventRow]:
    """Return the events with these ids (missing ones are left out), by start."""
    id_list = list(ids)
    out: list[EventRow] = []
    with sm() as s:
        for i in range(0, len(id_list), IN_CHUNK):
            q = _base_select().where(Event.id.in_(id_list[i : i + IN_CHUNK]))
            out.extend(_rows(s, s.execute(q)))
    return sorted(out, key=lambda r: (r.start, r.id))


def find_event_by_uid(sm: SM, uid: str) -> EventRow | None:
    """Return the event with this iCalendar UID, or None."""
    with sm() as s:
        rows = _rows(s, s.execute(_base_select().where(Event.uid == uid)))
    return rows[0] if rows else None


def children_of(sm: SM, parent_id: int) -> list[EventRow]:
    """Return the programme items of an edition or market, by start."""
    return list_events(sm, EventQuery(parent_id=parent_id))


def list_performers(sm: SM) -> list[PerformerRow]:
    """Return every performer, sorted by name (Czech collation), e.g. for an editor's completer."""
    with sm() as s:
        rows = [
            PerformerRow(p.id, p.name, p.kind, p.contact, p.email, p.phone, p.notes, p.version)
            for p in s.scalars(select(Performer))
        ]
    return sorted(rows, key=lambda r: czech_sort_key(r.name))


def count_events(sm: SM, query: EventQuery | None = None) -> int:
    """Return how many events match the query (without loading them)."""
    f = query or EventQuery()
    q = apply_query(select(func.count(Event.id)), f)
    with sm() as s:
        return int(s.scalar(q) or 0)


def count_by_venue(sm: SM, query: EventQuery | None = None) -> dict[int, int]:
    """Return how many matching events each venue hosts (venue id -> count)."""
    f = query or EventQuery()
    q: Any = select(Event.venue_id, func.count(Event.id))
    q = apply_query(q, f).where(Event.venue_id.is_not(None)).group_by(Event.venue_id)
    with sm() as s:
        rows: list[tuple[int, int]] = [(r[0], r[1]) for r in s.execute(q)]
    return {int(v): int(n) for v, n in rows}
