"""Event writes, each one transaction: create, update, move, status, restore a state, import a programme."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.errors import ValidationError
from planner.models import Event, EventPerformer, Performer, new_uid
from planner.models.enums import EventStatus, OpKind
from planner.models.keys import fold_key
from planner.services._common import SM, check_version, get_or_raise, run, run_or_rehearse
from planner.services.dto import (
    EventDraft,
    EventRow,
    ImportCounts,
    PerformerLink,
)
from planner.services.events.query import get_event
from planner.services.events.validation import EventValues, validate_event
from planner.services.timeutil import first_last_day, to_utc
from planner.services.validation import (
    money,
    require_text,
)

# Changing any of these changes what a calendar subscriber sees: bump SEQUENCE.
_SEQUENCE_FIELDS = ("start", "end", "all_day", "venue_id", "status")


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
        e = validate_event(s, draft).new_event(draft.uid or new_uid())
        s.add(e)
        s.flush()
        _set_performers(s, e, draft.performers)
        s.flush()
        return e.id

    event_id = run(sm, work, op=op, unique={"uid": ("uid", draft.uid)})
    return get_event(sm, event_id)


def apply_event_values(e: Event, values: EventValues | Mapping[str, object]) -> bool:
    """Set the (validated) values on the event; bump its iCalendar SEQUENCE if what a
    subscriber sees changed (time, place or status). Return whether it was bumped.

    ``values`` is a draft's EventValues, or a mapping of only some columns (an iCal import
    or its undo writes the fields it changed).
    """
    changes = values.columns() if isinstance(values, EventValues) else values
    bump = any(k in changes and getattr(e, k) != changes[k] for k in _SEQUENCE_FIELDS)
    for k, v in changes.items():
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
    draft = replace(current.to_draft(), start=start, end=end)
    if venue_id is not _UNSET:
        draft = replace(draft, venue_id=venue_id)
    return update_event(sm, event_id, draft, version=version if version is not None else current.version, op=op)


def set_status(sm: SM, event_id: int, status: EventStatus, *, version: int | None = None) -> EventRow:
    """Change an event's status (e.g. cancel it, keeping it for subscribers).

    Version-checked: against ``version`` (the one the caller showed), else against the
    version read here, so a colleague's edit in between is refused, never overwritten.
    """
    current = get_event(sm, event_id)
    expected = current.version if version is None else version
    return update_event(sm, event_id, replace(current.to_draft(), status=status), version=expected,
                        op=OpKind.EVENT_STATUS)


def restore_event_state(sm: SM, row: EventRow, *, version: int | None) -> EventRow:
    """Put an existing event back to a previous state (undo/redo of an edit or move).

    ``version`` is the version the caller expects the event to have now (the one its last
    step produced); when someone else changed the event since, StaleEdit is raised and
    nothing is written. ``None`` skips the check.
    """
    return update_event(sm, row.id, row.to_draft(), version=version, op=OpKind.EVENT_RESTORE)


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
                e = validate_event(s, draft).new_event(draft.uid or new_uid())
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
