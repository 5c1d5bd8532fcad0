"""Events: listing by range and filters, and one-transaction create/update/move/delete."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache, lru_cache
from operator import itemgetter
from typing import Any, Unpack

from sqlalchemy import Select, Table, bindparam, delete, func, insert, select
from sqlalchemy.orm import Session, aliased

from planner.errors import NotFound, ValidationError, ValidationErrors
from planner.models import Event, EventPerformer, Performer, Series, Staff, Venue, new_uid
from planner.models.enums import EventStatus, OpKind
from planner.models.keys import fold_key
from planner.services._common import IN_CHUNK, SM, check_version, get_or_raise, run, run_or_rehearse
from planner.services.dto import (
    DeletedEvents,
    EventDraft,
    EventQuery,
    CalendarEvent,
    CalendarRow,
    EventRow,
    ImportCounts,
    PerformerLink,
    PerformerRow,
)
from planner.services.text import czech_sort_key, matches
from planner.services.timeutil import UTC, all_day_span, first_last_day, to_utc
from planner.services.validation import (
    money,
    non_negative_int,
    normalize_url,
    optional_text,
    require_text,
)

_Parent = aliased(Event)

# Changing any of these changes what a calendar subscriber sees: bump SEQUENCE.
_SEQUENCE_FIELDS = ("start", "end", "all_day", "venue_id", "status")


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
    rows: list[CalendarEvent] = [CalendarRow._make((*r, perf.get(r[0], empty))) for r in raw]
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


def validate_event(s: Session, d: EventDraft, event_id: int | None = None) -> dict[str, Any]:
    """Return normalised values of a draft or raise ValidationErrors naming every bad field."""
    errors: list[ValidationError] = []
    values: dict[str, Any] = {}

    def check(field: str, fn: Any) -> None:
        try:
            values[field] = fn()
        except ValidationError as exc:
            errors.append(exc)

    check("title", lambda: require_text(d.title, "title", 300))
    start, end = d.start, d.end
    times_ok = True
    for field, value in (("start", start), ("end", end)):
        if value is None:
            errors.append(ValidationError(field, "required"))
            times_ok = False
        elif value.tzinfo is None or value.utcoffset() is None:
            errors.append(ValidationError(field, "naive_datetime"))
            times_ok = False
    if times_ok:
        if d.all_day:
            start, end = all_day_span(*first_last_day(start, end))
        if end <= start:
            errors.append(ValidationError("end", "end_before_start"))
        elif end - start > dt.timedelta(days=MAX_EVENT_DAYS):
            errors.append(ValidationError("end", "event_too_long", max_days=MAX_EVENT_DAYS))
        values["start"] = start.astimezone(UTC)
        values["end"] = end.astimezone(UTC)
    values["all_day"] = d.all_day
    values["category"] = d.category
    values["status"] = d.status
    values["public"] = d.public
    check("description", lambda: optional_text(d.description, "description", 20000))
    check("internal_notes", lambda: optional_text(d.internal_notes, "internal_notes", 20000))
    check("ticket_info", lambda: optional_text(d.ticket_info, "ticket_info", 500))
    check("url", lambda: normalize_url(d.url))
    check("expected_attendance", lambda: non_negative_int(d.expected_attendance, "expected_attendance"))
    ref: int | None
    for field, model, ref in (
        ("series", Series, d.series_id),
        ("venue", Venue, d.venue_id),
        ("staff", Staff, d.staff_id),
    ):
        if ref is not None and s.get(model, ref) is None:
            errors.append(ValidationError(field, "unknown_choice", value=ref))
        values[f"{field}_id"] = ref
    if d.parent_id is not None:
        if event_id is not None and _is_ancestor_or_self(s, event_id, d.parent_id):
            errors.append(ValidationError("parent", "parent_cycle"))
        elif s.get(Event, d.parent_id) is None:
            errors.append(ValidationError("parent", "unknown_choice", value=d.parent_id))
    values["parent_id"] = d.parent_id
    for link in d.performers:
        try:
            money(link.fee, "fee")
        except ValidationError as exc:
            errors.append(exc)
    if errors:
        raise ValidationErrors(errors)
    return values


def _is_ancestor_or_self(s: Session, event_id: int, candidate_parent: int) -> bool:
    seen: set[int] = set()
    current: int | None = candidate_parent
    while current is not None and current not in seen:
        if current == event_id:
            return True
        seen.add(current)
        current = s.scalar(select(Event.parent_id).where(Event.id == current))
    return False


def _performer_for(s: Session, link: PerformerLink) -> Performer:
    if link.performer_id is not None:
        return get_or_raise(s, Performer, link.performer_id, "Performer")
    name = require_text(link.name, "name")
    found = s.scalar(select(Performer).where(Performer.name == name))
    if found is None:
        found = Performer(name=name)
        s.add(found)
        s.flush()
    return found


def _set_performers(s: Session, e: Event, links: Sequence[PerformerLink]) -> None:
    wanted: dict[int, PerformerLink] = {}
    for link in links:
        wanted[_performer_for(s, link).id] = link
    current = {pl.performer_id: pl for pl in e.performer_links}
    for pid, pl in current.items():
        if pid not in wanted:
            e.performer_links.remove(pl)
    for pid, link in wanted.items():
        found = current.get(pid)
        if found is None:
            found = EventPerformer(performer_id=pid)
            e.performer_links.append(found)
        pl = found
        pl.role = (link.role or "").strip()
        pl.fee = money(link.fee, "fee")


def create_event(sm: SM, draft: EventDraft, *, op: OpKind = OpKind.EVENT_CREATE) -> EventRow:
    """Create an event (one transaction) and return it (``op``: EVENT_COPY for a copy)."""

    def work(s: Session) -> int:
        values = validate_event(s, draft)
        e = Event(uid=draft.uid or new_uid(), **values)
        s.add(e)
        s.flush()
        _set_performers(s, e, draft.performers)
        s.flush()
        return e.id

    event_id = run(sm, work, op=op, unique={"uid": ("uid", draft.uid)})
    return get_event(sm, event_id)


def check_event(sm: SM, draft: EventDraft, event_id: int | None = None) -> None:
    """Validate a draft exactly as saving it would, without writing (the editor's inline check).

    Raises ValidationErrors naming every bad field.
    """
    with sm() as s:
        validate_event(s, draft, event_id)


def list_performers(sm: SM) -> list[PerformerRow]:
    """Return every performer, sorted by name (Czech collation), e.g. for an editor's completer."""
    with sm() as s:
        rows = [
            PerformerRow(p.id, p.name, p.kind, p.contact, p.email, p.phone, p.notes, p.version)
            for p in s.scalars(select(Performer))
        ]
    return sorted(rows, key=lambda r: czech_sort_key(r.name))


def apply_event_values(e: Event, values: dict[str, Any]) -> bool:
    """Set the (validated) values on the event; bump its iCalendar SEQUENCE if what a
    subscriber sees changed (time, place or status). Return whether it was bumped.

    ``values`` may hold only some fields (an import or its undo writes a few).
    """
    bump = any(k in values and getattr(e, k) != values[k] for k in _SEQUENCE_FIELDS)
    for k, v in values.items():
        setattr(e, k, v)
    if bump:
        e.sequence += 1
    return bump


def update_event(
    sm: SM, event_id: int, draft: EventDraft, *, version: int | None = None, op: OpKind = OpKind.EVENT_UPDATE
) -> EventRow:
    """Replace an event's fields with the draft's; bump SEQUENCE when time, place or status change."""

    def work(s: Session) -> None:
        e = get_or_raise(s, Event, event_id, "Event")
        check_version(e, version)
        apply_event_values(e, validate_event(s, draft, event_id))
        _set_performers(s, e, draft.performers)

    run(sm, work, op=op)
    return get_event(sm, event_id)


_UNSET: Any = object()


def move_event(
    sm: SM,
    event_id: int,
    start: dt.datetime,
    end: dt.datetime | None = None,
    *,
    venue_id: int | None = _UNSET,
    version: int | None = None,
) -> EventRow:
    """Move (and optionally resize, or move to another venue) an event in one transaction."""
    current = get_event(sm, event_id)
    length = to_utc(current.end) - to_utc(current.start)
    if end is None:  # keep the elapsed length, also across a DST change
        end = to_utc(start) + length
    op = OpKind.EVENT_MOVE if to_utc(end) - to_utc(start) == length else OpKind.EVENT_RESIZE
    draft = current.to_draft().with_changes(start=start, end=end)
    if venue_id is not _UNSET:
        draft = draft.with_changes(venue_id=venue_id)
    return update_event(sm, event_id, draft, version=version if version is not None else current.version, op=op)


def set_status(sm: SM, event_id: int, status: EventStatus, *, version: int | None = None) -> EventRow:
    """Change an event's status (e.g. cancel it, keeping it for subscribers).

    Version-checked: against ``version`` (the one the caller showed), else against the
    version read here, so a colleague's edit in between is refused, never overwritten.
    """
    current = get_event(sm, event_id)
    expected = current.version if version is None else version
    return update_event(sm, event_id, current.to_draft().with_changes(status=status), version=expected,
                        op=OpKind.EVENT_STATUS)


@cache
def _dependent_tables() -> tuple[Table, ...]:
    """Return the tables whose rows go with an event (ON DELETE CASCADE, also transitively).

    Parents come before children (market before its stalls, stalls before bookings), so
    rows can be inserted in this order and deleted in the reverse one.
    """
    owned = {Event.__tablename__}
    out: list[Table] = []
    for table in Event.metadata.sorted_tables:
        if table.name in owned:
            continue
        if any(fk.column.table.name in owned and (fk.ondelete or "").upper() == "CASCADE" for fk in table.foreign_keys):
            owned.add(table.name)
            out.append(table)
    return tuple(out)


@cache
def _referenced_columns() -> frozenset[tuple[str, str]]:
    """Return the (table, column) pairs the dependent tables point at (their keys)."""
    return frozenset((fk.column.table.name, fk.column.name) for t in _dependent_tables() for fk in t.foreign_keys)


def _snapshot_dependents(s: Session, event_ids: list[int]) -> list[tuple[Table, list[dict[str, Any]]]]:
    values: dict[tuple[str, str], set[Any]] = {(Event.__tablename__, "id"): set(event_ids)}
    out: list[tuple[Table, list[dict[str, Any]]]] = []
    for table in _dependent_tables():
        rows: dict[tuple[Any, ...], dict[str, Any]] = {}
        for fk in table.foreign_keys:
            keys = values.get((fk.column.table.name, fk.column.name))
            if not keys or (fk.ondelete or "").upper() != "CASCADE":
                continue
            key_list = list(keys)
            for i in range(0, len(key_list), IN_CHUNK):
                q = select(table).where(fk.parent.in_(key_list[i : i + IN_CHUNK]))
                for m in s.execute(q).mappings():
                    row = dict(m)
                    rows[tuple(row[c.name] for c in table.primary_key.columns)] = row
        found = list(rows.values())
        for column in table.columns:
            if (table.name, column.name) in _referenced_columns():
                values[(table.name, column.name)] = {r[column.name] for r in found}
        out.append((table, found))
    return out


def delete_event_with_snapshot(sm: SM, event_id: int) -> DeletedEvents:
    """Delete an event, its programme items and everything hanging on them, in one transaction.

    Return what was removed, so :func:`restore_deleted_events` can undo it exactly: the
    events with their ids and UIDs, and e.g. a market's stalls and bookings or hired suppliers.
    """

    def work(s: Session) -> DeletedEvents:
        get_or_raise(s, Event, event_id, "Event")
        ids = [event_id]
        frontier = [event_id]
        while frontier:
            frontier = list(s.scalars(select(Event.id).where(Event.parent_id.in_(frontier))))
            ids.extend(frontier)
        order = {eid: i for i, eid in enumerate(ids)}
        rows = sorted(_rows(s, s.execute(_base_select().where(Event.id.in_(ids)))), key=lambda r: order[r.id])
        dependents = _snapshot_dependents(s, ids)
        # The foreign keys cascade (SQLite runs with foreign_keys=ON, PostgreSQL has ON DELETE
        # CASCADE): programme items, performers, stalls, bookings and supplies go with the events.
        s.execute(delete(Event).where(Event.id.in_(ids)), execution_options={"synchronize_session": False})
        return DeletedEvents(
            rows=tuple(rows),
            dependents=tuple((table.name, tuple(found)) for table, found in dependents if found),
        )

    return run(sm, work, op=OpKind.EVENT_DELETE)


def _exists(s: Session, column: Any, value: Any) -> bool:
    return s.execute(select(column).where(column == value).limit(1)).first() is not None


def restore_deleted_events(sm: SM, deleted: DeletedEvents) -> None:
    """Put back what delete_event_with_snapshot removed, in one transaction (undo of a delete).

    Links to records deleted in the meantime (a series, venue or vendor) are dropped:
    an optional link is cleared, a row that cannot live without it is left out.
    """
    tables = {t.name: t for t in _dependent_tables()}

    def work(s: Session) -> None:
        restored = {r.id for r in deleted.rows}
        known: dict[tuple[str, str, Any], bool] = {}
        for r in deleted.rows:
            parent = r.parent_id
            if parent is not None and parent not in restored and s.get(Event, parent) is None:
                parent = None
            s.add(Event(
                id=r.id, uid=r.uid, title=r.title, category=r.category, status=r.status,
                series_id=r.series_id if r.series_id and s.get(Series, r.series_id) else None,
                parent_id=parent, start=r.start, end=r.end, all_day=r.all_day,
                venue_id=r.venue_id if r.venue_id and s.get(Venue, r.venue_id) else None,
                staff_id=r.staff_id if r.staff_id and s.get(Staff, r.staff_id) else None,
                public=r.public, description=r.description, internal_notes=r.internal_notes,
                expected_attendance=r.expected_attendance, ticket_info=r.ticket_info, url=r.url,
                sequence=r.sequence + 1, created_at=r.created_at,
            ))
            s.flush()
        inserted: dict[tuple[str, str], set[Any]] = {(Event.__tablename__, "id"): restored}
        inserted_tables = {Event.__tablename__}
        for name, found in deleted.dependents:
            table = tables[name]
            keep: list[dict[str, Any]] = []
            for original in found:
                row = dict(original)
                ok = True
                for fk in table.foreign_keys:
                    value = row.get(fk.parent.name)
                    if value is None:
                        continue
                    ref = fk.column.table.name
                    if ref in inserted_tables:
                        present = value in inserted.get((ref, fk.column.name), set())
                    else:
                        memo = (ref, fk.column.name, value)
                        if memo not in known:
                            known[memo] = _exists(s, fk.column, value)
                        present = known[memo]
                    if not present:
                        if fk.parent.nullable:
                            row[fk.parent.name] = None
                        else:
                            ok = False
                if ok:
                    keep.append(row)
            if keep:
                s.execute(insert(table), keep)
            inserted_tables.add(name)
            for column in table.columns:
                if (name, column.name) in _referenced_columns():
                    inserted[(name, column.name)] = {r[column.name] for r in keep}

    run(sm, work, op=OpKind.EVENT_RESTORE)


def restore_event_state(sm: SM, row: EventRow, *, version: int | None) -> EventRow:
    """Put an existing event back to a previous state (undo/redo of an edit or move).

    ``version`` is the version the caller expects the event to have now (the one its last
    step produced); when someone else changed the event since, StaleEdit is raised and
    nothing is written. ``None`` skips the check.
    """
    return update_event(sm, row.id, row.to_draft(), version=version, op=OpKind.EVENT_RESTORE)


def count_events(sm: SM, query: EventQuery | None = None) -> int:
    """Return how many events match the query (without loading them)."""
    f = query or EventQuery()
    q = apply_query(select(func.count(Event.id)), f)
    with sm() as s:
        return int(s.scalar(q) or 0)


def validate_drafts(sm: SM, drafts: Sequence[EventDraft]) -> list[ValidationErrors | None]:
    """Validate drafts with the editor's rules (validate_event); one result per draft."""
    out: list[ValidationErrors | None] = []
    with sm() as s:
        for d in drafts:
            try:
                validate_event(s, d)
                out.append(None)
            except ValidationErrors as exc:
                out.append(exc)
    return out


def _programme_keys(s: Session, parent_ids: set[int]) -> set[tuple[int, str, dt.date]]:
    """Lock the editions (PostgreSQL row lock; SQLite holds the write lock) and return their items' keys."""
    keys: set[tuple[int, str, dt.date]] = set()
    for pid in sorted(parent_ids):
        s.get(Event, pid, with_for_update=True)
        for title, start, end in s.execute(select(Event.title, Event.start, Event.end).where(Event.parent_id == pid)):
            keys.add((pid, fold_key(title), first_last_day(start, end)[0]))
    return keys


def import_programme(
    sm: SM, items: Sequence[tuple[int | None, int | None, EventDraft]], *, dry_run: bool = False,
    label: str | None = None,
) -> ImportCounts:
    """Create (id None) or update programme items in ONE transaction: all of them or none.

    Each item is (id, the version the preview saw, draft). An update whose event moved on
    since the preview raises StaleEdit; a new item whose natural key (edition, folded
    title, first day; the key the import matches on) exists by now raises
    ValidationError("title", "duplicate") — a colleague imported it meanwhile. The
    editions are locked first, so two simultaneous imports are serialised. Drafts are
    validated with validate_event like the editor's; updates bump the iCalendar SEQUENCE
    when time, place or status change. A dry run rolls back.
    """

    def work(s: Session) -> ImportCounts:
        created = updated = 0
        keys = _programme_keys(s, {d.parent_id for i, _v, d in items if i is None and d.parent_id is not None})
        for event_id, version, draft in items:
            if event_id is None and draft.parent_id is not None:
                key = (draft.parent_id, fold_key(draft.title), first_last_day(draft.start, draft.end)[0])
                if key in keys:
                    raise ValidationError("title", "duplicate", value=draft.title)
                keys.add(key)
            if event_id is None:
                values = validate_event(s, draft)
                e = Event(uid=draft.uid or new_uid(), **values)
                s.add(e)
                s.flush()
                created += 1
            else:
                e = get_or_raise(s, Event, event_id, "Event")
                check_version(e, version)
                apply_event_values(e, validate_event(s, draft, event_id))
                updated += 1
            _set_performers(s, e, draft.performers)
            s.flush()
        return ImportCounts(created, updated)

    return run_or_rehearse(sm, work, dry_run=dry_run, op=OpKind.XLSX_IMPORT_PROGRAMME, label=label)


def count_by_venue(sm: SM, query: EventQuery | None = None) -> dict[int, int]:
    """Return how many matching events each venue hosts (venue id -> count)."""
    f = query or EventQuery()
    q: Any = select(Event.venue_id, func.count(Event.id))
    q = apply_query(q, f).where(Event.venue_id.is_not(None)).group_by(Event.venue_id)
    with sm() as s:
        rows: list[tuple[int, int]] = [(r[0], r[1]) for r in s.execute(q)]
    return {int(v): int(n) for v, n in rows}


__all__ = [
    "list_events", "get_event", "get_events", "find_event_by_uid", "children_of",
    "create_event", "update_event", "move_event", "set_status",
    "restore_event_state", "count_events", "count_by_venue", "validate_drafts", "import_programme", "validate_event", "apply_query",
    "check_event", "list_performers", "apply_event_values", "delete_event_with_snapshot", "restore_deleted_events",
]
