"""Making erased personal data unrecoverable from the files, not just from the tables (no Qt).

An UPDATE leaves the old bytes in the database file's free space and in the WAL, and
every pre-migration backup keeps a full old copy. After an anonymisation:

- the database runs with ``PRAGMA secure_delete=ON`` (planner.db sets it on every
  connection), so freed cells and pages are zeroed;
- :func:`overwrite_freed_pages` checkpoints and truncates the WAL, VACUUMs (rewrites the
  file without free pages) and truncates the WAL again;
- :func:`scrub_backups` applies the same clearing to the vendor's row in each backup of
  this database file (same file stem), drops the backup's stale copy of the change history
  (the live history is scrubbed entry by entry), with secure_delete and VACUUM there too.

PostgreSQL keeps dead tuples until VACUUM; the server's autovacuum and its own backups
are the administrator's (docs/reliability.md).
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import text

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


def scrub_history_labels(sm: Any, vendor_id: int, old_names: list[str], new_name: str) -> None:
    """Replace a person's name in the history's labels (operation and record labels).

    recording.scrub_history erases the fields' old values; the labels ("Nový prodejce
    „Jana Nováková“") repeat the name, so they are rewritten here, outside the recorder
    (history tables are not themselves recorded).
    """
    engine = sm.kw["bind"]
    with engine.connect() as conn:
        conn = conn.execution_options(planner_write=True)
        with conn.begin():
            conn.execute(text("UPDATE history_entry SET record_label = :new "
                              "WHERE table_name = 'vendor' AND record_id = :id"), {"new": new_name, "id": vendor_id})
            for old in sorted(set(old_names), key=len, reverse=True):
                conn.execute(text("UPDATE operation SET label = REPLACE(label, :old, :new) "
                                  "WHERE label LIKE '%' || :old || '%'"), {"old": old, "new": new_name})
                conn.execute(text("UPDATE history_entry SET record_label = REPLACE(record_label, :old, :new) "
                                  "WHERE record_label LIKE '%' || :old || '%'"), {"old": old, "new": new_name})


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
                    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
                    # A backup's change history is a stale copy of the live one (which is scrubbed
                    # entry by entry); it repeats the old values, so it goes from the backup.
                    for history in ("history_entry", "operation"):
                        if history in tables:
                            conn.execute(f"DELETE FROM {history}")
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


__all__ = ["overwrite_freed_pages", "scrub_backups", "scrub_history_labels"]
