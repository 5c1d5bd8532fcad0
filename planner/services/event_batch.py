"""Several events at once (the calendar's multi-select): move, copy or delete them in ONE operation.

Each function is one transaction through ``_common.run``, so a move of five selected events is one
history record and one undo step; a refusal of any one of them (a stale version, a bad value)
writes nothing. The single-event functions stay in :mod:`planner.services.events`; these reuse its
validation, so a batch accepts exactly what five single calls would.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from planner.errors import NotFound
from planner.models import Event, Market, new_uid
from planner.models.enums import EventCategory, OpKind
from planner.services import conflicts as _conflicts
from planner.services import events as _events
from planner.services.events import deletion as _deletion
from planner.services.events import query as _query
from planner.services.events import write as _write
from planner.services import markets as market_service
from planner.services._common import SM, check_version, get_or_raise, run
from planner.services.dto import Conflict, DeletedEvents, EventRow
from planner.services.timeutil import local, shift_days, to_utc

KEEP: Any = object()  # venue of a move or copy: keep the event's own


@dataclass(frozen=True)
class Placement:
    """Where one event of a batch goes: new start and end, and a venue id, None (no venue) or KEEP."""

    event_id: int
    start: dt.datetime
    end: dt.datetime
    venue_id: Any = KEEP
    version: int | None = None  # the version the caller showed (moves are checked against it)


def _draft_for(row: EventRow, p: Placement) -> Any:
    draft = replace(row.to_draft(), start=p.start, end=p.end)
    if p.venue_id is not KEEP:
        draft = replace(draft, venue_id=p.venue_id)
    return draft


def new_conflicts_of_placements(sm: SM, placements: Sequence[Placement], rows: dict[int, EventRow], *, copy: bool) -> list[Conflict]:
    """Return the new conflicts the events would have at their placements (read-only; asked before a
    joint move or copy). Events moved together do not clash with where one of the others was."""
    clashes: list[Conflict] = []
    moving = {p.event_id for p in placements}
    for p in placements:
        row = rows[p.event_id]
        draft = _draft_for(row, p)
        if copy:
            found = _conflicts.new_conflicts_for_draft(sm, replace(draft, uid=None))
        else:
            found = _conflicts.new_conflicts_for_draft(sm, draft, row.id, before=row.to_draft())
            found = [c for c in found if not ({c.a_id, c.b_id} - {row.id}) <= moving]
        clashes.extend(found)
    return clashes


def move_events(sm: SM, placements: Sequence[Placement]) -> list[EventRow]:
    """Move (or move to another venue) several events in one transaction; return them as saved."""
    ids = [p.event_id for p in placements]
    rows = {r.id: r for r in _events.get_events(sm, ids)}

    def work(s: Session) -> None:
        for p in placements:
            e = get_or_raise(s, Event, p.event_id, "Event")
            check_version(e, p.version if p.version is not None else rows[p.event_id].version)
            draft = _draft_for(rows[p.event_id], p)
            _write.apply_event_values(e, _events.validate_event(s, draft, p.event_id))
        s.flush()

    _check_found(placements, rows)
    if placements:
        run(sm, work, op=OpKind.EVENT_MOVE)
    return _events.get_events(sm, ids)


def _check_found(placements: Sequence[Placement], rows: dict[int, EventRow]) -> None:
    """Raise NotFound for an event that is gone (a colleague deleted it meanwhile)."""
    for p in placements:
        if p.event_id not in rows:
            raise NotFound("Event", p.event_id)


def copy_events(sm: SM, placements: Sequence[Placement]) -> list[int]:
    """Copy several events to new times (and venues) in one transaction; return the new ids in order.

    A market's copy keeps its opening hours, fee rule and stall layout, as a single copy does.
    """
    ids = [p.event_id for p in placements]
    rows = {r.id: r for r in _events.get_events(sm, ids)}
    _check_found(placements, rows)

    def work(s: Session) -> list[int]:
        out: list[int] = []
        for p in placements:
            row = rows[p.event_id]
            draft = replace(_draft_for(row, p), uid=None)
            e = _events.validate_event(s, draft).new_event(new_uid())
            s.add(e)
            s.flush()
            _write._set_performers(s, e, draft.performers)
            if row.category is EventCategory.MARKET:
                _copy_market(s, row.id, e)
            s.flush()
            out.append(e.id)
        return out

    if not placements:
        return []
    return run(sm, work, op=OpKind.EVENT_COPY)


def _copy_market(s: Session, source_id: int, event: Event) -> None:
    source = s.get(Market, source_id)
    if source is None:  # an event of category market without market settings
        return
    market = Market(
        event_id=event.id, default_open=source.default_open, default_close=source.default_close,
        fee_per_day=source.fee_per_day, fee_per_m2_day=source.fee_per_m2_day,
        power_fee_per_day=source.power_fee_per_day, fee_by_kind=dict(source.fee_by_kind or {}),
        map_width_m=source.map_width_m, map_depth_m=source.map_depth_m,
    )
    s.add(market)
    s.flush()
    market_service._copy_stalls(s, source_id, market)


def delete_events(sm: SM, event_ids: Sequence[int]) -> DeletedEvents:
    """Delete several events (with their programme items and what hangs on them) in one transaction."""

    def work(s: Session) -> DeletedEvents:
        ids: list[int] = []
        for event_id in event_ids:
            get_or_raise(s, Event, event_id, "Event")
            if event_id not in ids:
                ids.append(event_id)
        frontier = list(ids)
        while frontier:
            frontier = [i for i in s.scalars(select(Event.id).where(Event.parent_id.in_(frontier))) if i not in ids]
            ids.extend(frontier)
        order = {eid: i for i, eid in enumerate(ids)}
        rows = sorted(_query._rows(s, s.execute(_query._base_select().where(Event.id.in_(ids)))), key=lambda r: order[r.id])
        dependents = _deletion._snapshot_dependents(s, ids)
        s.execute(delete(Event).where(Event.id.in_(ids)), execution_options={"synchronize_session": False})
        return DeletedEvents(
            rows=tuple(rows),
            dependents=tuple((table.name, tuple(found)) for table, found in dependents if found),
        )

    return run(sm, work, op=OpKind.EVENT_DELETE)


def paste_placements(
    rows: Sequence[EventRow], day: dt.date, start: dt.datetime | None = None, venue_id: Any = KEEP,
) -> list[Placement]:
    """Return where copied events go when pasted at a day (and a start time) as a group.

    The earliest event lands at the target, the others keep their distance to it, and every
    event keeps its length. Without a start time (a day in the month, an all-day strip) or
    for an all-day lead, each keeps its wall-clock times and moves by whole days (also across
    a DST change). ``venue_id`` (a timeline row) puts them all there; KEEP keeps each one's.
    """
    if not rows:
        return []
    lead = min(rows, key=lambda r: (to_utc(r.start), r.id))
    out: list[Placement] = []
    if start is not None and not lead.all_day:
        step = to_utc(start) - to_utc(lead.start)
        for r in rows:
            out.append(Placement(r.id, to_utc(r.start) + step, to_utc(r.end) + step, venue_id))
        return out
    days = (day - local(lead.start).date()).days
    for r in rows:
        try:
            new_start, new_end = shift_days(r.start, days), shift_days(r.end, days)
        except ValueError:  # that wall-clock time does not exist on the target day (clocks go forward)
            new_start = to_utc(r.start) + dt.timedelta(days=days)
            new_end = new_start + (to_utc(r.end) - to_utc(r.start))
        out.append(Placement(r.id, new_start, new_end, venue_id))
    return out


__all__ = ["KEEP", "Placement", "copy_events", "delete_events", "move_events", "paste_placements"]
