"""Making erased personal data unrecoverable from the files, not just from the tables (no Qt).

An UPDATE leaves the old bytes in the database file's free space and in the WAL, and
every pre-migration backup keeps a full old copy. After an anonymisation:

- the database runs with ``PRAGMA secure_delete=ON`` (planner.db sets it on every
  connection), so freed cells and pages are zeroed;
- :func:`overwrite_freed_pages` checkpoints and truncates the WAL, VACUUMs (rewrites the
  file without free pages) and truncates the WAL again;
- :func:`scrub_backups` applies the same clearing to the vendor's row in each backup of
  this database file (same file stem), with secure_delete and VACUUM there too.

PostgreSQL keeps dead tuples until VACUUM; the server's autovacuum and its own backups
are the administrator's (docs/reliability.md).
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

from planner import paths
from planner.models.keys import vendor_match_key

log = logging.getLogger(__name__)

_VENDOR_CLEAR = ("contact_person = '', phone = '', email = '', street = '', consent_date = NULL, dic = '', "
                 "notes = ''")


def _sqlite_file(sm: Any) -> Path | None:
    engine = sm.kw["bind"]
    db = engine.url.database
    if engine.dialect.name != "sqlite" or not db or db == ":memory:" or db.startswith("file:"):
        return None
    return Path(db)


def overwrite_freed_pages(sm: Any) -> None:
    """Truncate the WAL and VACUUM the SQLite file so no freed page keeps old values."""
    if _sqlite_file(sm) is None:
        return
    engine = sm.kw["bind"]
    raw = engine.raw_connection()  # VACUUM and checkpoints cannot run inside a transaction
    try:
        conn = raw.driver_connection
        conn.execute("PRAGMA secure_delete=ON")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as exc:  # another planner holds the file: the next anonymisation retries
        log.warning("could not overwrite freed pages (%s)", getattr(exc, "sqlite_errorname", type(exc).__name__))
    finally:
        raw.close()


def scrub_backups(sm: Any, vendor_id: int, *, natural_person: bool, name: str) -> list[Path]:
    """Clear the vendor's personal data in every backup of this SQLite file; return the files changed."""
    src = _sqlite_file(sm)
    if src is None:
        return []
    folder = paths.data_dir() / "backups"
    if not folder.is_dir():
        return []
    changed: list[Path] = []
    for backup in sorted(folder.glob(f"{src.stem}-*-before-*{src.suffix}")):
        try:
            conn = sqlite3.connect(backup)
            try:
                conn.execute("PRAGMA secure_delete=ON")
                sets = _VENDOR_CLEAR + (", name = ?, ico = NULL" if natural_person else "")
                args: tuple[object, ...] = ((name, vendor_id) if natural_person else (vendor_id,))
                columns = {r[1] for r in conn.execute("PRAGMA table_info(vendor)")}
                if natural_person and "match_key" in columns:  # the natural key repeats the name
                    city = conn.execute("SELECT city FROM vendor WHERE id = ?", (vendor_id,)).fetchone()
                    sets += ", match_key = ?"
                    args = (name, vendor_match_key(name, city[0] if city else ""), vendor_id)
                with conn:
                    conn.execute(f"UPDATE vendor SET {sets} WHERE id = ?", args)
                    conn.execute("UPDATE stall_booking SET notes = '' WHERE vendor_id = ?", (vendor_id,))
                    conn.execute("UPDATE event_supplier SET notes = '' WHERE vendor_id = ?", (vendor_id,))
                conn.execute("VACUUM")
            finally:
                conn.close()
            changed.append(backup)
        except sqlite3.Error as exc:
            # A backup we cannot clean must not keep the data: it goes.
            log.warning("removing backup %s that could not be scrubbed (%s)", backup.name,
                        getattr(exc, "sqlite_errorname", type(exc).__name__))
            backup.unlink(missing_ok=True)
    return changed


__all__ = ["overwrite_freed_pages", "scrub_backups"]
