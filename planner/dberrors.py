"""Database errors classified by their native codes into clear PlannerErrors (no Qt, no text sniffing).

SQLite reports ``sqlite_errorcode`` / ``sqlite_errorname`` on every ``sqlite3.Error``;
psycopg reports the SQLSTATE (``sqlstate``) and, for constraint violations, the
constraint's name (``diag.constraint_name``). Those codes, not the wording of the
message, decide what the user is told. The original message is never logged or
shown: PostgreSQL's DETAIL line repeats the row ("Failing row contains (Jan Novák,
…)"), and a vendor's name or phone must not end up in a log file.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Mapping
from typing import Any

from sqlalchemy.sql.schema import ColumnCollectionConstraint
from sqlalchemy.exc import DBAPIError

from planner.errors import (
    DatabaseBusy,
    DatabaseFault,
    PlannerError,
    StaleEdit,
    ValidationError,
)

log = logging.getLogger(__name__)

# SQLite primary result codes (https://www.sqlite.org/rescode.html).
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 5, 6, 8, 10
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_CONSTRAINT, SQLITE_NOTADB = 11, 13, 14, 19, 26
SQLITE_CONSTRAINT_UNIQUE, SQLITE_CONSTRAINT_PRIMARYKEY = 2067, 1555
SQLITE_IOERR_NOMEM = 3082
SQLITE_BUSY_SNAPSHOT = 517

# PostgreSQL SQLSTATE classes and codes (https://www.postgresql.org/docs/current/errcodes-appendix.html).
PG_UNIQUE = "23505"
PG_BUSY = {"40001", "40P01", "55P03", "57014"}  # serialization, deadlock, lock not available, timeout
PG_READ_ONLY = {"25006"}
PG_DISK_FULL = {"53100"}
PG_CORRUPT = {"XX001", "XX002"}
PG_LOST = {"57P01", "57P02", "57P03"}  # the server shut down or is starting


def _sqlite_unique_columns(orig: sqlite3.Error) -> tuple[str, ...]:
    """Return 'vendor.ico' style columns of a SQLite UNIQUE failure (its documented message format)."""
    text = str(orig.args[0]) if orig.args else ""
    _, _, cols = text.partition(":")
    return tuple(c.strip() for c in cols.split(",") if c.strip())


def _constraint_columns(name: str) -> tuple[str, ...]:
    """Return 'table.column' of every column of the named constraint or unique index (the models)."""
    from planner.models import Base

    for table in Base.metadata.tables.values():
        for c in table.constraints:
            if c.name == name and isinstance(c, ColumnCollectionConstraint):
                return tuple(f"{table.name}.{col.name}" for col in c.columns)
        for ix in table.indexes:
            if ix.name == name:
                return tuple(f"{table.name}.{col.name}" for col in ix.columns)
    return ()


def _field_of(names: tuple[str, ...], unique: Mapping[str, tuple[str, object]]) -> tuple[str, object] | None:
    """Match the violated columns against the caller's fields (last column first: (market_id, code))."""
    for name in reversed(names):
        column = name.rsplit(".", 1)[-1]
        if column in unique:
            return unique[column]
    return None


def _duplicate(names: tuple[str, ...], unique: Mapping[str, tuple[str, object]]) -> PlannerError:
    hit = _field_of(names, unique)
    if hit is not None:
        field, value = hit
        return ValidationError(field, "duplicate", value=value if value is not None else "")
    # Unmapped: name the column, never the value (which may be personal data).
    column = names[-1].rsplit(".", 1)[-1] if names else "?"
    return DatabaseFault("db_duplicate", field=column)


def classify(exc: DBAPIError, unique: Mapping[str, tuple[str, object]] | None = None) -> PlannerError | None:
    """Return the PlannerError that tells the user what happened, or None for a programming error."""
    orig: Any = exc.orig
    unique = unique or {}
    if exc.connection_invalidated:
        return DatabaseFault("db_connection_lost")
    if isinstance(orig, sqlite3.Error):
        code = getattr(orig, "sqlite_errorcode", None)
        if code is None:
            return None
        primary = code & 0xFF
        log.info("sqlite error %s (%s)", getattr(orig, "sqlite_errorname", code), code)
        if code == SQLITE_BUSY_SNAPSHOT:  # the transaction read a snapshot another writer moved past
            return StaleEdit()
        if code in (SQLITE_CONSTRAINT_UNIQUE, SQLITE_CONSTRAINT_PRIMARYKEY):
            return _duplicate(_sqlite_unique_columns(orig), unique)
        if primary in (SQLITE_BUSY, SQLITE_LOCKED):
            return DatabaseBusy()
        if primary == SQLITE_READONLY:
            return DatabaseFault("db_read_only")
        if primary == SQLITE_FULL:
            return DatabaseFault("db_disk_full")
        if primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
            return DatabaseFault("db_corrupt")
        if primary in (SQLITE_IOERR, SQLITE_CANTOPEN):
            return DatabaseFault("db_io")
        if primary == SQLITE_CONSTRAINT:
            return DatabaseFault("db_constraint", name=getattr(orig, "sqlite_errorname", str(code)))
        return None
    sqlstate = getattr(orig, "sqlstate", None)
    if sqlstate is None:
        return None
    diag = getattr(orig, "diag", None)
    constraint = getattr(diag, "constraint_name", None) or ""
    log.info("postgresql error %s (constraint %s)", sqlstate, constraint or "-")
    if sqlstate == PG_UNIQUE:
        return _duplicate(_constraint_columns(constraint) or ((constraint,) if constraint else ()), unique)
    if sqlstate in PG_BUSY:
        return DatabaseBusy()
    if sqlstate in PG_READ_ONLY:
        return DatabaseFault("db_read_only")
    if sqlstate in PG_DISK_FULL:
        return DatabaseFault("db_disk_full")
    if sqlstate in PG_CORRUPT:
        return DatabaseFault("db_corrupt")
    if sqlstate.startswith("08") or sqlstate in PG_LOST:
        return DatabaseFault("db_connection_lost")
    if sqlstate.startswith("23"):
        return DatabaseFault("db_constraint", name=constraint or sqlstate)
    if sqlstate == "22003":
        return DatabaseFault("db_out_of_range")
    return None


def is_duplicate(err: PlannerError) -> bool:
    """Return whether the classified error says a unique key already exists."""
    return (isinstance(err, ValidationError) and err.code == "duplicate") or (
        isinstance(err, DatabaseFault) and err.code == "db_duplicate"
    )


__all__ = ["classify", "is_duplicate"]
