"""Opening databases: migrations, backups, and refusing databases we must not touch."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from planner import db as dbmod
from planner.errors import DatabaseError
from planner.models import Base


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_upgrade_from_empty_creates_schema_at_head(tmp_path):
    path = tmp_path / "new.sqlite3"
    database = dbmod.open_database(f"sqlite:///{path}")
    with database.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        rev = MigrationContext.configure(conn).get_current_revision()
    database.dispose()
    assert set(Base.metadata.tables) <= tables
    assert rev == dbmod.head_revision()


def test_migrations_match_the_models(db):
    """The initial revision creates exactly what the models declare (no drift)."""
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": False}), Base.metadata)
    assert diff == []


def test_sqlite_pragmas_are_on(sqlite_db):
    with sqlite_db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_too_new_database_is_refused_and_not_modified(tmp_path):
    path = tmp_path / "future.sqlite3"
    dbmod.open_database(f"sqlite:///{path}").dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    before = _digest(path)
    with pytest.raises(DatabaseError) as info:
        dbmod.open_database(f"sqlite:///{path}")
    assert "ffff_from_the_future" in info.value.message
    assert "novější" in info.value.message
    assert _digest(path) == before


def test_foreign_database_is_refused_and_not_modified(tmp_path):
    path = tmp_path / "accounting.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        conn.execute("INSERT INTO invoices VALUES (1, 10.0)")
    before = _digest(path)
    with pytest.raises(DatabaseError) as info:
        dbmod.open_database(f"sqlite:///{path}")
    assert "není databáze plánovače" in info.value.message
    assert _digest(path) == before


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"this is a text file, not SQLite" * 100)
    before = _digest(path)
    with pytest.raises(DatabaseError):
        dbmod.open_database(f"sqlite:///{path}")
    assert _digest(path) == before


def test_unreachable_server_gives_a_clear_error():
    with pytest.raises(DatabaseError) as info:
        dbmod.open_database("postgresql://planner:secret@127.0.0.1:9/planner", connect_args={"connect_timeout": 2})
    assert "nelze připojit" in info.value.message
    assert "secret" not in info.value.message


def test_unsupported_scheme_names_the_supported_ones():
    with pytest.raises(DatabaseError, match="nosuchdb") as info:
        dbmod.open_database("nosuchdb://x")
    assert "sqlite:///" in info.value.message and "postgresql://" in info.value.message


def test_backup_copies_the_sqlite_file_before_migrating(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite3"
    database = dbmod.open_database(f"sqlite:///{path}")
    with database.engine.begin() as conn:
        conn.execute(text("INSERT INTO venue (name, kind, street, city, postal_code, contact, phone, email, equipment,"
                          " colour, notes, archived, version, created_at, updated_at) VALUES ('Kino Mír', 'cinema',"
                          " '', 'Opava', '', '', '', '', '[]', '#607d8b', '', 0, 1, '2026-01-01', '2026-01-01')"))
    database.dispose()
    current = dbmod.head_revision()  # the file's revision: what the backup's name says it was before
    # Pretend this program knows a newer revision, so opening must migrate (and back up first).
    current = dbmod.head_revision()
    monkeypatch.setattr(dbmod, "head_revision", lambda: "9999_pretend")
    upgraded: list[str] = []
    monkeypatch.setattr(dbmod.command, "upgrade", lambda cfg, rev: upgraded.append(rev))
    dbmod.open_database(f"sqlite:///{path}").dispose()
    assert upgraded == ["head"]
    backups = list((dbmod.paths.backup_dir()).glob(f"old-*-before-{current}.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT name FROM venue").fetchall() == [("Kino Mír",)]


def test_url_resolution_prefers_option_then_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("PLANNER_DB_URL", "sqlite:///env.db")
    assert dbmod.resolve_url("sqlite:///cli.db") == "sqlite:///cli.db"
    assert dbmod.resolve_url(None) == "sqlite:///env.db"
    monkeypatch.delenv("PLANNER_DB_URL")
    assert dbmod.resolve_url(None).endswith("planner.sqlite3")


def test_a_locked_database_gives_a_message_and_writes_nothing(tmp_path):
    from sqlalchemy import create_engine

    from planner.errors import DatabaseBusy
    from planner.services import venues
    from planner.services.dto import VenueDraft

    from sqlalchemy.orm import sessionmaker

    path = tmp_path / "shared.sqlite3"
    dbmod.open_database(f"sqlite:///{path}").dispose()
    # An engine without the 5 s busy-timeout pragma, so the test does not wait for it.
    quick = create_engine(f"sqlite:///{path}", connect_args={"timeout": 0.1})

    other = sqlite3.connect(path, timeout=0.1)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseBusy) as info:
            venues.create_venue(sessionmaker(quick), VenueDraft(name="Kino Mír"))
        assert "nic se neuložilo" in info.value.message
    finally:
        other.rollback()
        other.close()
    assert venues.list_venues(sessionmaker(quick)) == []
    quick.dispose()


def test_a_server_that_refuses_the_connection_is_named_in_one_line() -> None:
    """libpq's "connection refused" comes with a hint after a newline and a tab; the message box
    and the CLI show the driver's words on one line, after the Czech sentence naming the database."""
    with pytest.raises(DatabaseError) as caught:
        dbmod.open_database("postgresql://planner@127.0.0.1:1/nikde")
    message = caught.value.message
    assert message.startswith("K databázi postgresql+psycopg://planner@127.0.0.1:1/nikde se nelze připojit: ")
    assert "\n" not in message and "\t" not in message and "  " not in message
    assert "Connection refused" in message
