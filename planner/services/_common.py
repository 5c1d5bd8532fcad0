"""Helpers shared by the service modules (transactions, versions, duplicates)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from planner.errors import DatabaseBusy, NotFound, StaleEdit, ValidationError
from planner.models.enums import OpKind
from planner.services.recording import begin_operation

log = logging.getLogger(__name__)

SM = sessionmaker[Session]
T = TypeVar("T")
M = TypeVar("M")

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


def set_archived(
    sm: SM, model: type[M], ids: Iterable[int], archived: bool, what: str, to_row: Callable[[M], T], *,
    op: OpKind,
) -> list[T]:
    """Archive or restore records in one transaction (one user action); their history stays."""
    wanted = list(dict.fromkeys(ids))

    def work(s: Session) -> list[T]:
        found = []
        for id_ in wanted:
            o = get_or_raise(s, model, id_, what)
            o.archived = archived  # type: ignore[attr-defined]
            found.append(o)
        s.flush()
        return [to_row(o) for o in found]

    return run(sm, work, op=op)


def run(
    sm: SM, work: Callable[[Session], T], *, op: OpKind, label: str | None = None,
    unique: dict[str, tuple[str, object]] | None = None,
) -> T:
    """Run ``work`` in one transaction as the operation ``op``, mapping database errors to domain errors.

    The rows ``work`` writes are recorded in the change history in the same transaction
    (planner.services.recording), under ``op`` and ``label`` (a short Czech summary; by
    default built from the op and the records touched, e.g. "Přesun akce „Adventní koncert“").
    ``unique`` maps a constraint-name fragment to (field, value) so a unique
    violation becomes ValidationError(field, "duplicate") instead of IntegrityError.
    """
    try:
        with sm.begin() as s:
            begin_operation(s, op, label)
            return work(s)
    except StaleDataError as exc:
        raise StaleEdit() from exc
    except OperationalError as exc:
        if "locked" in str(exc.orig).lower():
            # Another program held the SQLite file longer than the busy timeout: nothing was
            # written, the user can simply repeat the action.
            raise DatabaseBusy() from exc
        raise
    except IntegrityError as exc:
        text = str(exc.orig).lower()
        for fragment, (field, value) in (unique or {}).items():
            if fragment in text:
                raise ValidationError(field, "duplicate", value=value) from exc
        log.error("integrity error not mapped to a field: %s", text)
        raise


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
