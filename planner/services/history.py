"""The change history (audit log) and undo log: the public, Qt-free API.

Every committed transaction that writes rows is one *operation* (who, when, which client, what
kind, a short Czech label) with one entry per row it created, changed ({field: [old, new]}) or
deleted (the full row). Recording is structural (planner.services.recording: session events
see every write); undo/redo are generic (planner.services.undo, whose docstring states the
refusal rule). The UI's operation runner uses :func:`recording` to learn what a service call
did (an :class:`OpRecord` per transaction) and pushes an undo step calling
:func:`undo_operation` / :func:`redo_operation` with its ``op_id``.

Who: :func:`set_actor` (the name from the settings, ``history/actor_name``), by default the
operating-system user; on PostgreSQL the database role is added, e.g. "jana.novakova (planner)".
``client_id()`` identifies the running process (the app, or one CLI run).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import Select, Text, select, type_coerce
from sqlalchemy.orm import Session, sessionmaker

from planner.models import HistoryEntry, Operation, OpKind, RecordKind
from planner.services import recording as _rec
from planner.services._common import SM
from planner.services.recording import OpRecord, actor, client_id, set_actor
from planner.services.undo import UndoRefused, format_when, redo_operation, undo_operation

OP = Operation.__table__
ENTRY = HistoryEntry.__table__


@contextmanager
def recording() -> Iterator[list[OpRecord]]:
    """Collect, in order, the OpRecords of the operations committed inside the block (a contextvar)."""
    with _rec.collect() as records:
        yield records


class HistoryRow(NamedTuple):
    """One row's change within one operation, for the Změny page, the CLI and a History tab.

    An immutable tuple (cheap to build by the ten thousand); the JSON of the changes and of the
    full row is parsed only when asked for (``changes``, ``values``), e.g. for the rows on screen.
    """

    entry_id: int
    op_id: int
    at: dt.datetime
    who: str
    client_id: str
    op_kind: OpKind
    op_label: str
    record_kind: RecordKind
    record_id: int
    record_label: str
    table_name: str
    action: str  # create | update | delete
    series_id: int | None
    version_after: int | None
    undoes_id: int | None
    redoes_id: int | None
    changes_json: str | None = None
    values_json: str | None = None

    @property
    def changes(self) -> Mapping[str, tuple[Any, Any]]:
        """Return field -> (old, new) of an update, JSON values as stored."""
        if not self.changes_json:
            return {}
        return {k: (v[0], v[1]) for k, v in json.loads(self.changes_json).items()}

    @property
    def values(self) -> Mapping[str, Any] | None:
        """Return the full row of a create or delete (when loaded with ``with_values``)."""
        return json.loads(self.values_json) if self.values_json else None


@dataclass(frozen=True)
class HistoryQuery:
    """Filters of list_history (all optional); rows come newest first."""

    since: dt.datetime | None = None
    kind: RecordKind | None = None
    who: str | None = None  # substring, case-insensitive
    series_id: int | None = None
    record: tuple[RecordKind, int] | None = None
    op_id: int | None = None
    limit: int | None = 5000
    with_values: bool = False  # also load the full rows of creates/deletes (not needed for a list)


_COLUMNS = (
    ENTRY.c.id, ENTRY.c.op_id, OP.c.at, OP.c.who, OP.c.client_id, OP.c.kind, OP.c.label, ENTRY.c.record_kind,
    ENTRY.c.record_id, ENTRY.c.record_label, ENTRY.c.table_name, ENTRY.c.action, ENTRY.c.series_id,
    ENTRY.c.version_after, OP.c.undoes_id, OP.c.redoes_id, type_coerce(ENTRY.c.changes, Text).label("changes"),
)


def select_history(q: HistoryQuery) -> Select[Any]:
    """Return the statement list_history runs (also the benchmark's floor)."""
    columns = (*_COLUMNS, type_coerce(ENTRY.c.row_values, Text).label("row_values")) if q.with_values else _COLUMNS
    stmt = select(*columns).select_from(ENTRY.join(OP, ENTRY.c.op_id == OP.c.id))
    if q.since is not None:
        stmt = stmt.where(OP.c.at >= q.since)
    if q.kind is not None:
        stmt = stmt.where(ENTRY.c.record_kind == RecordKind(q.kind).value)
    if q.who:
        stmt = stmt.where(OP.c.who.ilike(f"%{q.who.strip()}%"))
    if q.series_id is not None:
        stmt = stmt.where(ENTRY.c.series_id == q.series_id)
    if q.record is not None:
        stmt = stmt.where(ENTRY.c.record_kind == RecordKind(q.record[0]).value, ENTRY.c.record_id == q.record[1])
    if q.op_id is not None:
        stmt = stmt.where(ENTRY.c.op_id == q.op_id)
    stmt = stmt.order_by(ENTRY.c.id.desc())
    if q.limit is not None:
        stmt = stmt.limit(q.limit)
    return stmt


def _kind(value: str) -> OpKind:
    try:
        return OpKind(value)
    except ValueError:  # written by a newer program
        return OpKind.UNNAMED


def list_history(sm: SM, q: HistoryQuery) -> list[HistoryRow]:
    """Return the recorded changes matching the query, newest first."""
    kinds = {k.value: k for k in OpKind}
    records = {k.value: k for k in RecordKind}
    make = HistoryRow._make
    with sm() as s:
        result = s.execute(select_history(q)).all()
        pad = () if q.with_values else (None,)
        return [make((*r[:5], kinds.get(r[5]) or _kind(r[5]), r[6], records[r[7]], *r[8:], *pad)) for r in result]


def record_history(sm: SM, kind: RecordKind, record_id: int) -> list[HistoryRow]:
    """Return one record's history (an editor's History tab), newest first."""
    return list_history(sm, HistoryQuery(record=(kind, record_id), limit=None, with_values=True))


def last_change(sm: SM, kind: RecordKind, record_id: int) -> HistoryRow | None:
    """Return the latest recorded change of a record, or None."""
    rows = list_history(sm, HistoryQuery(record=(kind, record_id), limit=1))
    return rows[0] if rows else None


def operation_rows(sm: SM, op_id: int) -> list[HistoryRow]:
    """Return what one operation did, in the order it did it."""
    return list(reversed(list_history(sm, HistoryQuery(op_id=op_id, limit=None, with_values=True))))


def people(sm: SM) -> list[str]:
    """Return everyone recorded as ``who``, sorted (for the Změny page's person filter)."""
    with sm() as s:
        names: list[Any] = list(s.execute(select(OP.c.who).distinct()).scalars())
    return sorted(str(n) for n in names)


def as_client(sm: SM, *, client: str | None = None, who: str | None = None) -> SM:
    """Return a sessionmaker on the same database acting as another client (a colleague), for tests
    and tools: its writes carry ``client`` as client id and ``who`` as the person."""
    info: dict[str, Any] = {}
    if client:
        info["planner_client_id"] = client
    if who:
        info["planner_actor"] = who
    kw = dict(sm.kw)
    kw["info"] = {**(kw.get("info") or {}), **info}
    return sessionmaker[Session](**kw)


__all__ = [
    "OpRecord", "recording", "undo_operation", "redo_operation", "UndoRefused", "last_change", "list_history",
    "record_history", "operation_rows", "people", "HistoryRow", "HistoryQuery", "set_actor", "actor", "client_id",
    "as_client", "format_when", "select_history",
]
