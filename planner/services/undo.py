"""The generic undo/redo engine over the history log (no per-entity commands).

Undo of an operation X puts back, in one new transaction (an ``OpKind.UNDO`` operation that is
itself recorded, with ``undoes_id`` = X), every row X created (deleted), changed (old values)
or deleted (re-inserted with the same id, uid and dependents). Redo of X (``OpKind.REDO``,
``redoes_id`` = X) applies X's rows again. X, its undos and its redos form X's *family*; X is
*applied* when its family's latest operation is X or a redo, *undone* when it is an undo.

The rule for refusing (UndoRefused, nothing written), checked row by row for the rows X touched,
under row locks on PostgreSQL:

1. State: undo needs each row as X left it: a created row still exists with the values X gave it,
   an updated row still has X's new values *in the fields X changed*, a deleted row is still
   absent. Redo needs each row as the undo left it (absent / X's old values / present as X found
   it). Bookkeeping columns (version, updated_at) and monotonic counters (the iCalendar sequence)
   are not compared: undo/redo always write version + 1, now, and sequence + 1.
2. Colleagues: no later history entry on such a row (after the family's latest operation) was
   written by another client (another running app or CLI run: ``client_id``) in an operation
   whose family is still applied. A colleague's change that was undone does not block.
3. Dependents: deleting a created row must not take rows X did not create with it (ON DELETE
   CASCADE) or clear their links (SET NULL), e.g. a performer a colleague added to an imported event.

So one's own sequence of steps on one record always undoes and redoes (create → move → resize →
undo → undo → redo → redo): each step compares values, not a version remembered by the step; and
one's own later edits of *other* fields of the same row (from another page's undo stack) do not
block, while a colleague's edit of the row does, naming who and when.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, and_, delete, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from planner.errors import PlannerError
from planner.i18n import _
from planner.models import HistoryEntry, Operation, OpKind, RecordKind
from planner.services import recording
from planner.services._common import SM, run
from planner.services.oplabels import record_phrase
from planner.services.recording import BOOKKEEPING, MONOTONIC, OpRecord, Tracker, decode, decode_key, tracker
from planner.services.timeutil import local

OP = Operation.__table__
ENTRY = HistoryEntry.__table__


class UndoRefused(PlannerError):
    """An undo or redo that would overwrite someone's later change; nothing was written.

    ``record_label``, ``who`` and ``at`` name the record and the change that blocks it (who and at
    are None when the blocking change is not in the log).
    """

    def __init__(self, message: str, *, record_label: str = "", who: str | None = None,
                 at: dt.datetime | None = None, kind: RecordKind | None = None) -> None:
        super().__init__(message)
        self.record_label = record_label
        self.who = who
        self.at = at
        self.kind = kind


def format_when(at: dt.datetime) -> str:
    """Return "1. 12. 2026 10:42" in Prague time."""
    v = local(at)
    return f"{v.day}. {v.month}. {v.year} {v.hour}:{v.minute:02d}"


@dataclass(frozen=True)
class _Entry:
    id: int
    table: Table
    pk: tuple[Any, ...]
    row_key: str
    action: str
    changes: dict[str, tuple[Any, Any]]
    values: dict[str, Any]
    kind: RecordKind
    label: str


def _entries(conn: Connection, op_id: int) -> list[_Entry]:
    known = recording.tables()
    out = []
    for r in conn.execute(select(ENTRY).where(ENTRY.c.op_id == op_id).order_by(ENTRY.c.id)).mappings():
        table = known[r["table_name"]]
        changes = {f: (decode(table, f, ov), decode(table, f, nv)) for f, (ov, nv) in (r["changes"] or {}).items()
                   if f in table.c}
        values = {f: decode(table, f, v) for f, v in (r["row_values"] or {}).items() if f in table.c}
        out.append(_Entry(r["id"], table, decode_key(table, r["row_key"]), r["row_key"], r["action"], changes,
                          values, RecordKind(r["record_kind"]), r["record_label"]))
    return out


def _family_last(conn: Connection, root: int) -> Any:
    q = (select(OP).where(or_(OP.c.id == root, OP.c.undoes_id == root, OP.c.redoes_id == root))
         .order_by(OP.c.id.desc()).limit(1))
    return conn.execute(q).mappings().first()


def _refused(e: _Entry, blocker: Any, undo: bool) -> UndoRefused:
    what = _("the step cannot be undone; nothing was overwritten.")
    if not undo:
        what = _("the step cannot be redone; nothing was overwritten.")
    label = e.label
    if blocker is None:
        text = _(
            "{record_phrase} was changed meanwhile; {what}"
        ).format(record_phrase=record_phrase(e.kind, label), what=what)
        return UndoRefused(text, record_label=label, kind=e.kind)
    who, at = blocker["who"], blocker["at"]
    text = _(
        "{record_phrase} was changed meanwhile by {who} ({format_when}); {what}"
    ).format(record_phrase=record_phrase(e.kind, label), who=who, format_when=format_when(at), what=what)
    return UndoRefused(text, record_label=label, who=who, at=at, kind=e.kind)


def _latest_change(conn: Connection, e: _Entry, since: int) -> Any:
    q = (select(OP.c.who, OP.c.at).select_from(ENTRY.join(OP, ENTRY.c.op_id == OP.c.id))
         .where(ENTRY.c.table_name == e.table.name, ENTRY.c.row_key == e.row_key, OP.c.id > since)
         .order_by(ENTRY.c.id.desc()).limit(1))
    return conn.execute(q).mappings().first()


def _same(current: dict[str, Any], wanted: dict[str, Any]) -> bool:
    return all(current.get(f) == v for f, v in wanted.items() if f not in BOOKKEEPING and f not in MONOTONIC)


def _state_ok(e: _Entry, cur: dict[str, Any] | None, undo: bool) -> bool:
    if e.action == "update":
        side = 1 if undo else 0
        return cur is not None and _same(cur, {f: pair[side] for f, pair in e.changes.items()})
    present_after = e.action == "create"  # how X left the row
    expect_present = present_after if undo else not present_after
    if not expect_present:
        return cur is None
    return cur is not None and _same(cur, e.values)


def _check(conn: Connection, entries: list[_Entry], *, undo: bool, since: int, family: int, me: str) -> None:
    by_table: dict[str, list[_Entry]] = {}
    for e in entries:
        by_table.setdefault(e.table.name, []).append(e)
    current: dict[tuple[str, tuple[Any, ...]], dict[str, Any]] = {}
    for name, group in by_table.items():
        rows = recording.select_rows(conn, group[0].table, [e.pk for e in group], lock=True)
        current.update({(name, pk): row for pk, row in rows.items()})
    for e in entries:
        if not _state_ok(e, current.get((e.table.name, e.pk)), undo):
            raise _refused(e, _latest_change(conn, e, since), undo)
    _check_colleagues(conn, entries, undo=undo, since=since, family=family, me=me)
    removing = [e for e in entries if e.action == ("create" if undo else "delete")]
    if removing:
        _check_dependents(conn, entries, removing, undo=undo, since=since)


def _check_colleagues(conn: Connection, entries: list[_Entry], *, undo: bool, since: int, family: int,
                      me: str) -> None:
    mine = {(e.table.name, e.row_key): e for e in entries}
    fam = func.coalesce(OP.c.undoes_id, OP.c.redoes_id, OP.c.id)
    keys = list({e.row_key for e in entries})
    for i in range(0, len(keys), recording.IN_CHUNK):
        q = (select(ENTRY.c.table_name, ENTRY.c.row_key, OP.c.who, OP.c.at, fam.label("family"))
             .select_from(ENTRY.join(OP, ENTRY.c.op_id == OP.c.id))
             .where(OP.c.id > since, OP.c.client_id != me, fam != family,
                    ENTRY.c.row_key.in_(keys[i : i + recording.IN_CHUNK]))
             .order_by(ENTRY.c.id))
        for r in conn.execute(q).mappings():
            e = mine.get((r["table_name"], r["row_key"]))
            if e is None:
                continue
            last = _family_last(conn, r["family"])
            if last is not None and last["undoes_id"] is None:  # that change still stands
                raise _refused(e, r, undo)


def _check_dependents(conn: Connection, entries: list[_Entry], removing: list[_Entry], *, undo: bool,
                      since: int) -> None:
    """Refuse when deleting rows would cascade to (or unlink) rows this operation did not touch."""
    probe = Tracker()
    ours = {(e.table.name, e.pk) for e in entries}
    by_table: dict[str, list[_Entry]] = {}
    for e in removing:
        by_table.setdefault(e.table.name, []).append(e)
    for group in by_table.values():
        table = group[0].table
        rows = list(recording.select_rows(conn, table, [e.pk for e in group]).values())
        recording.expand_delete(conn, probe, table, rows)
    for (name, pk), row in probe.before.items():
        if (name, pk) in ours or row is None:
            continue
        key = recording.row_key(pk)
        q = (select(ENTRY.c.record_kind, ENTRY.c.record_label, OP.c.who, OP.c.at)
             .select_from(ENTRY.join(OP, ENTRY.c.op_id == OP.c.id))
             .where(ENTRY.c.table_name == name, ENTRY.c.row_key == key).order_by(ENTRY.c.id.desc()).limit(1))
        r = conn.execute(q).mappings().first()
        owner = next(e for e in removing)
        raise _refused(owner, r, undo)


def _pk_where(table: Table, pk: tuple[Any, ...]) -> Any:
    return and_(*(c == v for c, v in zip(table.primary_key.columns, pk, strict=True)))


def _max_versions(conn: Connection, entries: Iterable[_Entry]) -> dict[tuple[str, str], int]:
    keys = [(e.table.name, e.row_key) for e in entries]
    if not keys:
        return {}
    out: dict[tuple[str, str], int] = {}
    q = (select(ENTRY.c.table_name, ENTRY.c.row_key, func.max(ENTRY.c.version_after))
         .where(ENTRY.c.row_key.in_([k for _n, k in keys])).group_by(ENTRY.c.table_name, ENTRY.c.row_key))
    for r in conn.execute(q):
        if r[2] is not None:
            out[(str(r[0]), str(r[1]))] = int(r[2])
    return out


def _apply(s: Session, conn: Connection, entries: list[_Entry], *, undo: bool) -> None:
    order = recording.table_order()
    inserts = [e for e in entries if e.action == ("delete" if undo else "create")]
    updates = [e for e in entries if e.action == "update"]
    deletes = [e for e in entries if e.action == ("create" if undo else "delete")]
    now = dt.datetime.now(dt.timezone.utc)
    versions = _max_versions(conn, inserts)
    for e in sorted(inserts, key=lambda x: (order[x.table.name], x.id)):
        row = dict(e.values)
        if "version" in e.table.c:
            row["version"] = max(versions.get((e.table.name, e.row_key), 0), int(row.get("version") or 0)) + 1
        if "updated_at" in e.table.c:
            row["updated_at"] = now
        for f in MONOTONIC:
            if f in e.table.c and row.get(f) is not None:
                row[f] = row[f] + 1
        s.execute(insert(e.table), [row])
    for e in sorted(updates, key=lambda x: x.id, reverse=undo):
        side = 0 if undo else 1
        vals: dict[str, Any] = {f: pair[side] for f, pair in e.changes.items() if f not in MONOTONIC}
        for f in MONOTONIC:
            if f in e.changes:
                vals[f] = e.table.c[f] + 1
        if "version" in e.table.c:
            vals["version"] = e.table.c.version + 1
        if "updated_at" in e.table.c:
            vals["updated_at"] = now
        s.execute(update(e.table).where(_pk_where(e.table, e.pk)).values(vals))
    for e in sorted(deletes, key=lambda x: (order[x.table.name], x.id), reverse=True):
        s.execute(delete(e.table).where(_pk_where(e.table, e.pk)))


def _step(sm: SM, op_id: int, *, undo: bool) -> OpRecord:
    def work(s: Session) -> None:
        conn = s.connection()
        op = conn.execute(select(OP).where(OP.c.id == op_id)).mappings().first()
        if op is None:
            raise UndoRefused(_("Step {op_id} is not in the history.").format(op_id=op_id))
        if op["undoes_id"] is not None or op["redoes_id"] is not None:
            raise UndoRefused(_("Only an original step can be undone or redone, not its undo."))
        last = _family_last(conn, op_id)
        undone = last["undoes_id"] is not None
        if undo and undone:
            raise UndoRefused(_("Step “{op}” was already undone.").format(op=op['label']))
        if not undo and not undone:
            raise UndoRefused(_("Step “{op}” is not undone; it cannot be redone.").format(op=op['label']))
        entries = _entries(conn, op_id)
        for e in entries:
            if recording.SCRUBBED in e.values.values() or any(recording.SCRUBBED in p for p in e.changes.values()):
                raise UndoRefused(_(
                    "{record_phrase}: the personal data was anonymised; the step cannot be taken."
                ).format(record_phrase=record_phrase(e.kind, e.label)), record_label=e.label, kind=e.kind)
        me = s.info.get("planner_client_id") or recording.client_id()
        _check(conn, entries, undo=undo, since=int(last["id"]), family=op_id, me=me)
        tr = tracker(s)
        tr.label = (_("Undo: ") if undo else _("Redo: ")) + str(op["label"])
        if undo:
            tr.undoes_id = op_id
        else:
            tr.redoes_id = op_id
        try:
            _apply(s, conn, entries, undo=undo)
        except IntegrityError as exc:
            e = entries[0]
            raise UndoRefused(
                _(
                    "{record_phrase}: a related record was removed or changed meanwhile; nothing was overwritten."
                ).format(record_phrase=record_phrase(e.kind, e.label)), record_label=e.label, kind=e.kind) from exc

    with recording.collect() as records:
        run(sm, work, op=OpKind.UNDO if undo else OpKind.REDO)
    if not records:  # the operation had no rows (cannot happen for a recorded op)
        raise UndoRefused(_("The step changed nothing."))
    return records[-1]


def undo_operation(sm: SM, op_id: int) -> OpRecord:
    """Revert exactly operation ``op_id``'s rows in one new transaction (kind UNDO), itself recorded.

    Raises UndoRefused (nothing written) under the rule in this module's docstring.
    """
    return _step(sm, op_id, undo=True)


def redo_operation(sm: SM, op_id: int) -> OpRecord:
    """Re-apply operation ``op_id`` (the original op, after its undo) in one new transaction (kind REDO)."""
    return _step(sm, op_id, undo=False)


__all__ = ["UndoRefused", "undo_operation", "redo_operation", "format_when"]
