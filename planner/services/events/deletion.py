"""Deleting an event with everything hanging on it, and putting it all back exactly (undo)."""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import Table, delete, insert, select
from sqlalchemy.orm import Session

from planner.models import Event, Series, Staff, Venue
from planner.models.enums import OpKind
from planner.services._common import IN_CHUNK, SM, get_or_raise, run
from planner.services.dto import (
    DeletedEvents,
)
from planner.services.events.query import _base_select, _rows


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
