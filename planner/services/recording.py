"""Structural change recording: every row written through a Session lands in the history log.

Why this module is long: it is the one place that sees every write (ORM flushes, ORM bulk
statements and Core ``insert/update/delete`` run through ``Session.execute``) and turns them
into history rows in the same transaction; splitting it would spread that invariant.

How it works (listeners on every :class:`~sqlalchemy.orm.Session`):

- ``before_flush`` and ``do_orm_execute`` take a *before image* of each row about to be
  updated or deleted (one SELECT per table, batched), including the rows the database itself
  will change through ``ON DELETE CASCADE`` / ``SET NULL`` (which the ORM never sees);
  ``after_flush`` and inserts note the keys of new rows (before image: none).
- ``before_commit`` flushes, reads the *after image* of every touched row, and writes one
  ``operation`` row and one ``history_entry`` per row that really changed (create, update with
  ``{field: [old, new]}``, delete with the full row), so undo can restore it exactly.
- ``after_commit`` hands the :class:`OpRecord` to every active ``history.recording()``.

A transaction that writes rows without naming its operation (``begin_operation``, done by
``_common.run``) is recorded as ``OpKind.UNNAMED``; in strict mode (tests, or
``PLANNER_HISTORY_STRICT=1``) it is refused, so a new service that forgets its op fails.
"""

from __future__ import annotations

import base64
import contextvars
import datetime as dt
import enum
import getpass
import json
import logging
import os
import uuid
from contextlib import contextmanager
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import JSON, Connection, Table, event, insert, select, tuple_
from sqlalchemy import Enum as SAEnum
from sqlalchemy.types import TypeDecorator
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction
from sqlalchemy.orm import object_mapper

from planner.models import (
    Base,
    Event,
    EventPerformer,
    EventSupplier,
    Market,
    MarketHours,
    Notice,
    Performer,
    Release,
    Series,
    Staff,
    Stall,
    StallBooking,
    Subscriber,
    Vendor,
    Venue,
)
from planner.models.enums import OpKind, RecordKind
from planner.models.history import HISTORY_TABLES
from planner.services.oplabels import default_label

log = logging.getLogger(__name__)

IN_CHUNK = 2000
# Columns that change on every write and say nothing to a reader: not listed as changes,
# never compared by undo; undo/redo set them afresh (version + 1, now).
BOOKKEEPING = frozenset({"version", "updated_at"})
# Counters that must only grow (iCalendar SEQUENCE): undo/redo write current + 1, never the old value.
MONOTONIC = frozenset({"sequence"})

_INFO = "planner_history"
STRICT = os.environ.get("PLANNER_HISTORY_STRICT", "") == "1"


class UnnamedOperation(RuntimeError):
    """A transaction wrote rows without naming its operation (a bug: pass ``op=`` to run)."""


class HistoryBug(RuntimeError):
    """A write the recorder cannot record (e.g. an INSERT without primary keys or RETURNING)."""


def set_strict(on: bool) -> None:
    """Refuse (True) or record as UNNAMED (False) writes that name no operation."""
    global STRICT
    STRICT = on


# --- who, which client ---------------------------------------------------------------------

_CLIENT_ID = str(uuid.uuid4())
_ACTOR: str | None = None
_ROLES: dict[int, str] = {}


def client_id() -> str:
    """Return this process's client id (a uuid; one per running app or CLI command)."""
    return _CLIENT_ID


def set_actor(name: str | None) -> None:
    """Name the person recorded as ``who`` (None or blank: the operating-system user)."""
    global _ACTOR
    _ACTOR = name.strip() if name and name.strip() else None


def actor() -> str:
    """Return the name recorded as ``who`` (without the database role)."""
    if _ACTOR:
        return _ACTOR
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name (a service account without one)
        return "?"


def _who(session: Session, conn: Connection) -> str:
    name = session.info.get("planner_actor") or actor()
    if conn.dialect.name != "postgresql":
        return str(name)
    key = id(conn.engine)
    if key not in _ROLES:
        _ROLES[key] = str(conn.exec_driver_sql("SELECT current_user").scalar())
    role = _ROLES[key]
    return str(name) if role == name else f"{name} ({role})"


# --- which record a row belongs to -----------------------------------------------------------


@dataclass(frozen=True)
class Recorded:
    """How rows of one table appear in the history: the record kind and which id they belong to."""

    kind: RecordKind
    owner: str  # the column holding the record id (the owner's id for association rows)


REGISTRY: dict[type[Any], Recorded] = {
    Event: Recorded(RecordKind.EVENT, "id"),
    EventPerformer: Recorded(RecordKind.EVENT, "event_id"),
    Venue: Recorded(RecordKind.VENUE, "id"),
    Vendor: Recorded(RecordKind.VENDOR, "id"),
    Series: Recorded(RecordKind.SERIES, "id"),
    Staff: Recorded(RecordKind.STAFF, "id"),
    Performer: Recorded(RecordKind.PERFORMER, "id"),
    Market: Recorded(RecordKind.MARKET, "event_id"),
    MarketHours: Recorded(RecordKind.MARKET, "market_id"),
    Stall: Recorded(RecordKind.STALL, "id"),
    StallBooking: Recorded(RecordKind.BOOKING, "id"),
    EventSupplier: Recorded(RecordKind.SUPPLY, "id"),
    Release: Recorded(RecordKind.RELEASE, "id"),
    Subscriber: Recorded(RecordKind.SUBSCRIBER, "id"),
    Notice: Recorded(RecordKind.NOTICE, "id"),
}
BY_TABLE: dict[str, Recorded] = {cls.__table__.name: r for cls, r in REGISTRY.items()}


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def tables() -> dict[str, Table]:
    """Return every recorded table by name."""
    return {name: t for name, t in Base.metadata.tables.items() if name not in HISTORY_TABLES}


def table_order() -> dict[str, int]:
    """Return each table's position in dependency order (parents first)."""
    return {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}


# --- values as JSON, losslessly --------------------------------------------------------------


def encode(value: Any) -> Any:
    """Return a JSON value for a column value (dates/times ISO, Decimal as text, enums by value)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")  # attachments (a notice's .ics)
    return value


def decode(table: Table, column: str, value: Any) -> Any:
    """Return the Python value of an encoded column value (by the column's type)."""
    if value is None or value == SCRUBBED or column not in table.c:
        return value
    type_ = table.c[column].type
    if isinstance(type_, TypeDecorator):
        type_ = type_.impl_instance
    if isinstance(type_, SAEnum):
        return type_.enum_class(value) if type_.enum_class is not None else value
    if isinstance(type_, JSON):
        return value
    try:
        python_type = type_.python_type
    except NotImplementedError:
        return value
    if python_type is dt.datetime:
        return dt.datetime.fromisoformat(value)
    if python_type is dt.date:
        return dt.date.fromisoformat(value)
    if python_type is dt.time:
        return dt.time.fromisoformat(value)
    if python_type is Decimal:
        return Decimal(value)
    if python_type is float:
        return float(value)
    if python_type is bytes:
        return base64.b64decode(value)
    return value


def row_key(pk: Iterable[Any]) -> str:
    """Return the stored form of a primary key (a JSON list)."""
    return json.dumps([encode(v) for v in pk], ensure_ascii=False)


def decode_key(table: Table, key: str) -> tuple[Any, ...]:
    cols = list(table.primary_key.columns)
    return tuple(decode(table, c.name, v) for c, v in zip(cols, json.loads(key), strict=True))


# --- the per-transaction tracker -------------------------------------------------------------

Key = tuple[str, tuple[Any, ...]]


@dataclass(frozen=True)
class OpRecord:
    """What one operation (one committed transaction) did."""

    op_id: int
    kind: OpKind
    label: str
    touched: Mapping[RecordKind, frozenset[int]]


@dataclass
class Tracker:
    """What one transaction touched so far: the before image of every row (None: did not exist)."""

    op: OpKind | None = None
    label: str | None = None
    undoes_id: int | None = None
    redoes_id: int | None = None
    before: dict[Key, dict[str, Any] | None] = field(default_factory=dict)
    expanded: set[Key] = field(default_factory=set)
    record: OpRecord | None = None
    scrub: list[tuple[str, tuple[Any, ...], frozenset[str]]] = field(default_factory=list)


def tracker(session: Session) -> Tracker:
    """Return the session's tracker for its current transaction."""
    t = session.info.get(_INFO)
    if t is None:
        t = session.info[_INFO] = Tracker()
    assert isinstance(t, Tracker)
    return t


def begin_operation(session: Session, op: OpKind, label: str | None = None) -> Tracker:
    """Name the operation the session's transaction performs (``_common.run`` does this)."""
    t = tracker(session)
    t.op, t.label = op, label
    return t


# What a scrubbed personal value reads as in the log; undo refuses to write it back.
SCRUBBED = "⟨anonymizováno⟩"


def scrub_history(session: Session, table: str, pk: tuple[Any, ...], fields: Iterable[str]) -> None:
    """Erase a row's values of ``fields`` from every history entry, at this transaction's commit
    (after its own entries are written, so the anonymisation does not log the values it erases).

    The one exception to the append-only log: personal data must go when anonymised (GDPR).
    """
    tracker(session).scrub.append((table, pk, frozenset(fields)))


def _scrub(conn: Connection, t: Tracker) -> None:
    entry = _table("history_entry")
    for name, pk, fields in t.scrub:
        q = select(entry.c.id, entry.c.changes, entry.c.row_values).where(
            entry.c.table_name == name, entry.c.row_key == row_key(pk))
        for id_, changes, values in conn.execute(q).all():
            changes = cast("dict[str, list[Any]] | None", changes)
            values = cast("dict[str, Any] | None", values)

            def gone(v: Any) -> Any:
                return SCRUBBED if v not in (None, "") else v

            new_changes = {f: ([gone(p[0]), gone(p[1])] if f in fields else p) for f, p in (changes or {}).items()}
            new_values = {f: (gone(v) if f in fields else v) for f, v in (values or {}).items()}
            conn.execute(entry.update().where(entry.c.id == id_).values(
                changes=new_changes if changes is not None else None,
                row_values=new_values if values is not None else None))


def _pk_cols(table: Table) -> list[Any]:
    return list(table.primary_key.columns)


def select_rows(conn: Connection, table: Table, pks: list[tuple[Any, ...]], *,
                lock: bool = False) -> dict[tuple[Any, ...], dict[str, Any]]:
    """Return the rows with these primary keys, as {pk: {column: value}}."""
    cols = _pk_cols(table)
    out: dict[tuple[Any, ...], dict[str, Any]] = {}
    for i in range(0, len(pks), IN_CHUNK):
        chunk = pks[i : i + IN_CHUNK]
        where = cols[0].in_([p[0] for p in chunk]) if len(cols) == 1 else tuple_(*cols).in_(chunk)
        q = select(table).where(where)
        if lock and conn.dialect.name == "postgresql":
            q = q.with_for_update()
        for m in conn.execute(q).mappings():
            row = dict(m)
            out[tuple(row[c.name] for c in cols)] = row
    return out


def _capture(conn: Connection, t: Tracker, table: Table, pks: Iterable[tuple[Any, ...]]) -> None:
    missing = [pk for pk in dict.fromkeys(pks) if (table.name, pk) not in t.before]
    if not missing:
        return
    found = select_rows(conn, table, missing)
    for pk in missing:
        t.before[(table.name, pk)] = found.get(pk)


def _capture_rows(t: Tracker, table: Table, rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    cols = _pk_cols(table)
    out = []
    for row in rows:
        key = (table.name, tuple(row[c.name] for c in cols))
        t.before.setdefault(key, row)
        out.append(row)
    return out


def expand_delete(conn: Connection, t: Tracker, table: Table, rows: list[dict[str, Any]]) -> None:
    """Capture the rows the database changes itself when ``rows`` go (ON DELETE CASCADE / SET NULL)."""
    cols = _pk_cols(table)
    fresh = []
    for row in rows:
        key = (table.name, tuple(row[c.name] for c in cols))
        if key not in t.expanded:
            t.expanded.add(key)
            fresh.append(row)
    if not fresh:
        return
    for child in tables().values():
        for fk in child.foreign_keys:
            if fk.column.table.name != table.name:
                continue
            rule = (fk.ondelete or "").upper()
            if rule not in ("CASCADE", "SET NULL"):
                continue
            values = list({r[fk.column.name] for r in fresh if r.get(fk.column.name) is not None})
            found: list[dict[str, Any]] = []
            for i in range(0, len(values), IN_CHUNK):
                q = select(child).where(fk.parent.in_(values[i : i + IN_CHUNK]))
                found.extend(dict(m) for m in conn.execute(q).mappings())
            captured = _capture_rows(t, child, found)
            if rule == "CASCADE" and captured:
                expand_delete(conn, t, child, captured)


def _key_of(obj: Any) -> tuple[Table, tuple[Any, ...]] | None:
    mapper = object_mapper(obj)
    table = mapper.local_table
    if not isinstance(table, Table) or table.name in HISTORY_TABLES:
        return None
    return table, tuple(mapper.primary_key_from_instance(obj))


def _before_flush(session: Session, _ctx: UOWTransaction, _instances: object) -> None:
    t = tracker(session)
    wanted: dict[str, tuple[Table, list[tuple[Any, ...]]]] = {}
    deleted: dict[str, list[tuple[Any, ...]]] = {}
    for obj in list(session.dirty) + list(session.deleted):
        is_deleted = obj in session.deleted
        if not is_deleted and not session.is_modified(obj, include_collections=False):
            continue
        found = _key_of(obj)
        if found is None:
            continue
        table, pk = found
        wanted.setdefault(table.name, (table, []))[1].append(pk)
        if is_deleted:
            deleted.setdefault(table.name, []).append(pk)
    if not wanted:
        return
    conn = session.connection()
    for table, pks in wanted.values():
        _capture(conn, t, table, pks)
    for name, pks in deleted.items():
        table = wanted[name][0]
        rows = [r for pk in pks if (r := t.before.get((name, pk))) is not None]
        expand_delete(conn, t, table, rows)


def _after_flush(session: Session, _ctx: UOWTransaction) -> None:
    t = tracker(session)
    for obj in session.new:
        found = _key_of(obj)
        if found is not None:
            t.before.setdefault((found[0].name, found[1]), None)


def _dml_table(state: ORMExecuteState) -> Table | None:
    table = getattr(state.statement, "table", None)
    if table is not None and not isinstance(table, Table):
        table = getattr(table, "local_table", None) or getattr(table, "persist_selectable", None)
    return table if isinstance(table, Table) else None


def _param_keys(params: Any, table: Table) -> list[tuple[Any, ...]] | None:
    rows = params if isinstance(params, list) else [params] if isinstance(params, dict) else []
    cols = _pk_cols(table)
    if not rows or not all(all(c.key in r for c in cols) for r in rows):
        return None
    return [tuple(r[c.key] for c in cols) for r in rows]


def _do_orm_execute(state: ORMExecuteState) -> Any:
    stmt = state.statement
    if not getattr(stmt, "is_dml", False):
        return None
    table = _dml_table(state)
    if table is None or table.name in HISTORY_TABLES:
        return None
    session = state.session
    t = tracker(session)
    conn = session.connection()
    if state.is_insert:
        keys = _param_keys(state.parameters, table)
        if keys is not None:
            for pk in keys:
                t.before.setdefault((table.name, pk), None)
            return None
        returning = [c.name for c in getattr(stmt, "_returning", ()) if hasattr(c, "name")]
        pk_names = [c.name for c in _pk_cols(table)]
        if not set(pk_names) <= set(returning):
            raise HistoryBug(f"INSERT into {table.name} without primary keys or RETURNING them cannot be recorded")
        frozen = state.invoke_statement().freeze()
        result = frozen()
        index = [list(result.keys()).index(n) for n in pk_names]
        for row in result:
            t.before.setdefault((table.name, tuple(row[i] for i in index)), None)
        return frozen()
    keys = _param_keys(state.parameters, table) if getattr(stmt, "whereclause", None) is None else None
    if keys is not None:
        _capture(conn, t, table, keys)
        rows = [r for pk in keys if (r := t.before.get((table.name, pk))) is not None]
    else:
        q = select(table)
        where = getattr(stmt, "whereclause", None)
        if where is not None:
            q = q.where(where)
        rows = _capture_rows(t, table, (dict(m) for m in conn.execute(q).mappings()))
    if state.is_delete:
        expand_delete(conn, t, table, rows)
    return None


# --- writing the history at commit -----------------------------------------------------------


@dataclass
class _Lookup:
    """Related rows for display labels, fetched in one query per table per commit."""

    conn: Connection
    cache: dict[tuple[str, Any], dict[str, Any] | None] = field(default_factory=dict)

    def prefetch(self, name: str, ids: Iterable[Any]) -> None:
        wanted = [(i,) for i in dict.fromkeys(ids) if i is not None and (name, i) not in self.cache]
        if not wanted:
            return
        found = select_rows(self.conn, _table(name), wanted)
        for (i,) in wanted:
            self.cache[(name, i)] = found.get((i,))

    def row(self, name: str, id_: Any) -> dict[str, Any] | None:
        if (name, id_) not in self.cache:
            self.prefetch(name, [id_])
        return self.cache[(name, id_)]

    def title(self, event_id: Any) -> tuple[str, int | None]:
        r = self.row("event", event_id)
        return (str(r["title"]), r["series_id"]) if r else ("", None)

    def prefetch_for(self, shown: Iterable[tuple[str, dict[str, Any]]]) -> None:
        """Load what the labels of these rows need, one query per related table."""
        need: dict[str, set[Any]] = {"event": set(), "performer": set(), "stall": set(), "vendor": set()}
        for table, v in shown:
            if table in ("market", "event_performer", "event_supplier"):
                need["event"].add(v["event_id"])
            elif table in ("market_hours", "stall"):
                need["event"].add(v["market_id"])
            if table == "event_performer":
                need["performer"].add(v["performer_id"])
            if table == "stall_booking":
                need["stall"].add(v["stall_id"])
                need["vendor"].add(v["vendor_id"])
        for name, ids in need.items():
            self.prefetch(name, ids)


def _describe(table: str, v: dict[str, Any], look: _Lookup) -> tuple[str, int | None]:
    """Return (display label, series id) of a row."""
    if table == "event":
        return str(v["title"]), v["series_id"]
    if table in ("venue", "vendor", "series", "staff", "performer"):
        return str(v["name"]), None
    if table in ("market", "event_performer", "event_supplier"):
        title, series = look.title(v["event_id"])
        if table == "event_performer":
            p = look.row("performer", v["performer_id"])
            return f"{title} – {p['name'] if p else v['performer_id']}", series
        if table == "event_supplier":
            return f"{title} – {v['service']}", series
        return title, series
    if table == "market_hours":
        title, series = look.title(v["market_id"])
        return f"{title} – {v['day'].day}. {v['day'].month}. {v['day'].year}", series
    if table == "stall":
        title, series = look.title(v["market_id"])
        return f"{v['code']} ({title})", series
    if table == "stall_booking":
        stall = look.row("stall", v["stall_id"])
        vendor = look.row("vendor", v["vendor_id"])
        return f"{vendor['name'] if vendor else '?'} – {stall['code'] if stall else '?'}", None
    return "", None


def _entries(conn: Connection, t: Tracker) -> list[dict[str, Any]]:
    by_table: dict[str, list[tuple[Any, ...]]] = {}
    for name, pk in t.before:
        by_table.setdefault(name, []).append(pk)
    known = tables()
    after: dict[Key, dict[str, Any]] = {}
    for name, pks in by_table.items():
        for pk, row in select_rows(conn, known[name], pks).items():
            after[(name, pk)] = row
    look = _Lookup(conn)
    look.prefetch_for((name, row) for (name, _pk), row in [*after.items(), *t.before.items()] if row is not None)
    out: list[dict[str, Any]] = []
    for key, b in t.before.items():
        name, pk = key
        a = after.get(key)
        if b is None and a is None:
            continue
        changes: dict[str, list[Any]] | None = None
        values: dict[str, Any] | None = None
        if b is None:
            assert a is not None
            action, values, shown = "create", {k: encode(x) for k, x in a.items()}, a
        elif a is None:
            action, values, shown = "delete", {k: encode(x) for k, x in b.items()}, b
        else:
            changes = {k: [encode(b[k]), encode(a[k])] for k in a if k not in BOOKKEEPING and b.get(k) != a[k]}
            if not changes:
                continue
            action, shown = "update", a
        assert shown is not None
        rec = BY_TABLE.get(name)
        if rec is None:
            raise HistoryBug(f"table {name} is not in the history registry")
        label, series = _describe(name, shown, look)
        out.append(dict(
            table_name=name, row_key=row_key(pk), record_kind=rec.kind.value, record_id=int(shown[rec.owner]),
            action=action, changes=changes, row_values=values,
            version_after=a.get("version") if a is not None else None, series_id=series, record_label=label[:300],
        ))
    return out


def _before_commit(session: Session) -> None:
    if _INFO not in session.info and not (session.new or session.dirty or session.deleted):
        return
    t = tracker(session)
    session.flush()
    if not t.before:
        return
    conn = session.connection()
    entries = _entries(conn, t)
    if not entries:
        _scrub(conn, t)
        return
    if t.op is None:
        if STRICT:
            raise UnnamedOperation("a transaction wrote rows without naming its operation (pass op= to run)")
        log.info("recording %d changed rows as an unnamed operation", len(entries))
    kind = t.op or OpKind.UNNAMED
    label = t.label or default_label(kind, [(RecordKind(e["record_kind"]), e["record_id"], e["record_label"]) for e in entries])
    op_id: int = conn.execute(
        insert(_table("operation")).returning(_table("operation").c.id),
        dict(at=dt.datetime.now(dt.timezone.utc), who=_who(session, conn)[:200],
             client_id=session.info.get("planner_client_id") or _CLIENT_ID, kind=kind.value, label=label[:500],
             undoes_id=t.undoes_id, redoes_id=t.redoes_id),
    ).scalar_one()
    for e in entries:
        e["op_id"] = op_id
    conn.execute(insert(_table("history_entry")), entries)
    touched: dict[RecordKind, set[int]] = {}
    for e in entries:
        touched.setdefault(RecordKind(e["record_kind"]), set()).add(e["record_id"])
    t.record = OpRecord(op_id, kind, label, {k: frozenset(v) for k, v in touched.items()})
    _scrub(conn, t)


_SINKS: contextvars.ContextVar[tuple[list[OpRecord], ...]] = contextvars.ContextVar("planner_history_sinks",
                                                                                    default=())


@contextmanager
def collect() -> Iterator[list[OpRecord]]:
    """Collect, in order, the OpRecords of the transactions committed inside (``history.recording``)."""
    records: list[OpRecord] = []
    token = _SINKS.set((*_SINKS.get(), records))
    try:
        yield records
    finally:
        _SINKS.reset(token)


def _after_commit(session: Session) -> None:
    t = session.info.pop(_INFO, None)
    if isinstance(t, Tracker) and t.record is not None:
        for sink in _SINKS.get():
            sink.append(t.record)
        session.info["planner_last_record"] = t.record


def _after_rollback(session: Session) -> None:
    session.info.pop(_INFO, None)


def last_record(session: Session) -> OpRecord | None:
    """Return the OpRecord the session's last commit wrote (None: it changed nothing)."""
    r = session.info.get("planner_last_record")
    return r if isinstance(r, OpRecord) else None


def iter_registry() -> Iterator[tuple[type[Any], Recorded]]:
    return iter(REGISTRY.items())


event.listen(Session, "before_flush", _before_flush)
event.listen(Session, "after_flush", _after_flush)
event.listen(Session, "do_orm_execute", _do_orm_execute)
event.listen(Session, "before_commit", _before_commit)
event.listen(Session, "after_commit", _after_commit)
event.listen(Session, "after_rollback", _after_rollback)

__all__ = ["OpRecord", "Tracker", "begin_operation", "tracker", "client_id", "set_actor", "actor", "set_strict",
           "UnnamedOperation", "HistoryBug", "REGISTRY", "BY_TABLE", "encode", "decode", "row_key", "decode_key",
           "select_rows", "last_record", "BOOKKEEPING", "MONOTONIC", "collect", "expand_delete", "tables", "table_order", "scrub_history", "SCRUBBED"]
