"""Helpers shared by the service modules (transactions, versions, duplicates)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Protocol, TypeVar

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from planner.dberrors import classify
from planner.errors import NotFound, StaleEdit
from planner.models.enums import OpKind
from planner.services.recording import begin_operation

# Execution option that makes SQLite open the transaction with BEGIN IMMEDIATE (planner.db):
# the write lock is taken before the work reads what it checks (overlaps, versions, keys).
WRITE = {"planner_write": True}

log = logging.getLogger(__name__)

SM = sessionmaker[Session]
T = TypeVar("T")
M = TypeVar("M")


class _Archivable(Protocol):
    """A mapped class with an ``archived`` flag (venues, vendors)."""

    archived: bool


A = TypeVar("A", bound=_Archivable)

# Ids per "IN (...)" list: under SQLite's and PostgreSQL's bound-parameter limits.
IN_CHUNK = 2000


def get_or_raise(s: Session, model: type[M], id_: int, what: str | None = None) -> M:
    """Return the row or raise NotFound naming what was looked for."""
    obj = s.get(model, id_)
    if obj is None:
        raise NotFound(what or model.__name__, id_)
    return obj


def check_version(obj: Any, expected: int | None) -> None:
    """Raise StaleEdit when the caller edited an older version of the row."""
    if expected is not None and obj.version != expected:
        raise StaleEdit()


def update_row(s: Session, model: type[M], id_: int, what: str, values: Mapping[str, object],
               version: int | None) -> M:
    """Load a row, check the caller's version, set its validated values and flush; return the row."""
    o = get_or_raise(s, model, id_, what)
    check_version(o, version)
    for k, v in values.items():
        setattr(o, k, v)
    s.flush()
    return o


def set_archived(
    sm: SM, model: type[A], ids: Iterable[int], archived: bool, what: str, to_row: Callable[[A], T], *,
    op: OpKind,
) -> list[T]:
    """Archive or restore records in one transaction (one user action); their history stays."""
    wanted = list(dict.fromkeys(ids))

    def work(s: Session) -> list[T]:
        found = []
        for id_ in wanted:
            o = get_or_raise(s, model, id_, what)
            o.archived = archived
            found.append(o)
        s.flush()
        return [to_row(o) for o in found]

    return run(sm, work, op=op)


def run(
    sm: SM, work: Callable[[Session], T], *, op: OpKind, label: str | None = None,
    unique: dict[str, tuple[str, object]] | None = None,
) -> T:
    """Run ``work`` in one write transaction as the operation ``op``, mapping database errors to domain errors.

    The rows ``work`` writes are recorded in the change history in the same transaction
    (planner.services.recording), under ``op`` and ``label`` (a short Czech summary; by
    default built from the op and the records touched, e.g. "Přesun akce „Adventní koncert“").
    On SQLite the transaction starts with BEGIN IMMEDIATE, so whatever ``work`` reads
    (an overlap, a version, a natural key) cannot change before it writes.
    Database errors are classified by their native codes (planner.dberrors): busy,
    read-only, disk full, corrupt, connection lost, duplicate of a field. ``unique``
    maps a column or constraint name (e.g. "ico") to (field, value) for that message.
    The original error is not chained: its text may hold a vendor's personal data.
    """
    try:
        with sm.begin() as s:
            s.connection(execution_options=WRITE)
            begin_operation(s, op, label)
            return work(s)
    except StaleDataError as exc:
        raise StaleEdit() from exc
    except DBAPIError as exc:
        err = classify(exc, unique)
        if err is None:
            log.error("database error %s not classified", type(exc.orig).__name__)
            raise
        raise err from None


class _RollBack(Exception):
    """Raised inside the transaction of a dry run so that nothing is committed."""


def run_or_rehearse(
    sm: SM, work: Callable[[Session], T], *, dry_run: bool, op: OpKind, label: str | None = None,
    unique: dict[str, tuple[str, object]] | None = None,
) -> T:
    """Run ``work`` like :func:`run`; with ``dry_run`` do the same work, return its result and roll back.

    A dry run makes the same decisions (including validation and database checks, so
    ``work`` should flush) as the real one: a preview shows exactly what would happen.
    """
    if not dry_run:
        return run(sm, work, op=op, label=label, unique=unique)
    result: list[T] = []

    def rehearse(s: Session) -> T:
        result.append(work(s))
        raise _RollBack()

    try:
        run(sm, rehearse, op=op, label=label, unique=unique)
    except _RollBack:
        pass
    return result[0]
