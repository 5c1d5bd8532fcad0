"""Files that are not (whole) planner databases, migrations that fail, and the environment failing."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event, inspect

from planner import db as dbmod
from planner.errors import DatabaseBusy, DatabaseError, DatabaseFault, PlannerError
from planner.services import vendors as vs
from planner.services.dto import VendorDraft


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refused(path: Path) -> str:
    before = _digest(path)
    with pytest.raises(DatabaseError) as info:
        dbmod.open_database(f"sqlite:///{path}")
    assert _digest(path) == before
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    return info.value.message


# Another program's SQLite file: the statements that make it, and what the refusal says.
FOREIGN_FILES = {
    "a_table_named_event": (["CREATE TABLE event (id INTEGER PRIMARY KEY, what TEXT)",
                             "INSERT INTO event VALUES (1, 'dentist')"], "není databáze plánovače"),
    "another_alembic_application_at_revision_0001": (
        ["CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)",
         "INSERT INTO alembic_version VALUES ('0001')", "CREATE TABLE event (id INTEGER PRIMARY KEY)",
         "CREATE TABLE orders (id INTEGER PRIMARY KEY)"], "patří jinému programu"),
    "another_programs_application_id": (["PRAGMA application_id=1234", "CREATE TABLE t (x)"],
                                        "patří jinému programu"),
}


@pytest.mark.parametrize("statements, refusal", FOREIGN_FILES.values(), ids=FOREIGN_FILES.keys())
def test_another_programs_file_is_refused_untouched(tmp_path, statements: list[str], refusal: str) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        for statement in statements:
            conn.execute(statement)
    conn.close()
    assert refusal in _refused(path)


def test_a_truncated_planner_file(tmp_path) -> None:
    path = tmp_path / "planner.sqlite3"
    database = dbmod.open_database(f"sqlite:///{path}")
    for i in range(200):
        vs.create_vendor(database.sm, VendorDraft(name=f"Prodejce {i}", notes="x" * 500))
    database.dispose()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert "neúplná nebo poškozená" in _refused(path)


def test_an_empty_file_is_not_silently_made_a_database(tmp_path) -> None:
    path = tmp_path / "planner.sqlite3"
    path.write_bytes(b"")
    assert "prázdný soubor" in _refused(path)
    assert path.stat().st_size == 0


def test_a_new_planner_file_is_marked_as_ours(tmp_path) -> None:
    path = tmp_path / "new.sqlite3"
    dbmod.open_database(f"sqlite:///{path}").dispose()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == dbmod.APPLICATION_ID
    conn.close()


_FAILING = '''
"""A migration that fails halfway (test only)."""
import sqlalchemy as sa
from alembic import op

revision = "0099_halfway"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("halfway", sa.Column("id", sa.Integer, primary_key=True))
    with op.batch_alter_table("vendor") as batch:
        batch.add_column(sa.Column("halfway", sa.Integer, nullable=True))
    {extra}
    raise RuntimeError("the migration breaks halfway")
'''


def _failing_release(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extra: str = "") -> None:
    scripts = tmp_path / "migrations"
    shutil.copytree(dbmod.MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = dbmod.head_revision()
    (scripts / "versions" / "0099_halfway.py").write_text(_FAILING.format(down=head, extra=extra))
    monkeypatch.setattr(dbmod, "MIGRATIONS", scripts)
    dbmod._revision_graph.cache_clear()


def _state(path: Path) -> tuple[str, set[str], list[str]]:
    with sqlite3.connect(path) as conn:
        rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        cols = [r[1] for r in conn.execute("PRAGMA table_info(vendor)")]
        vendors = [r[0] for r in conn.execute("SELECT name FROM vendor ORDER BY id")]
    conn.close()
    return rev, tables, cols + vendors


@pytest.mark.allow_log_warnings
@pytest.mark.parametrize("extra", ["", "op.get_bind().exec_driver_sql('COMMIT')"],
                         ids=["rolled-back", "restored-from-backup"])
def test_a_migration_failing_halfway_leaves_the_old_database(tmp_path, monkeypatch, extra) -> None:
    path = tmp_path / "planner.sqlite3"
    database = dbmod.open_database(f"sqlite:///{path}")
    vs.create_vendor(database.sm, VendorDraft(name="Pekárna Novák"))
    database.dispose()
    before = _state(path)
    _failing_release(tmp_path, monkeypatch, extra)
    with pytest.raises(DatabaseError) as info:
        dbmod.open_database(f"sqlite:///{path}")
    assert "nepodařila" in info.value.message and "zůstala ve stavu před" in info.value.message
    assert _state(path) == before
    # The fixed release (the real migrations) opens it as if nothing had happened.
    monkeypatch.undo()
    dbmod._revision_graph.cache_clear()
    monkeypatch.setenv("PLANNER_DATA_DIR", str(tmp_path / "data"))
    database = dbmod.open_database(f"sqlite:///{path}")
    assert [v.name for v in vs.list_vendors(database.sm)] == ["Pekárna Novák"]
    with database.engine.connect() as conn:
        assert "halfway" not in inspect(conn).get_table_names()
    database.dispose()


@pytest.mark.allow_log_warnings
def test_an_unwritable_backups_folder_is_a_message(tmp_path, monkeypatch) -> None:
    path = tmp_path / "planner.sqlite3"
    dbmod.open_database(f"sqlite:///{path}").dispose()
    _failing_release(tmp_path, monkeypatch)
    data = tmp_path / "data"
    data.mkdir()
    (data / "backups").write_text("a file where the backups folder should be")
    monkeypatch.setenv("PLANNER_DATA_DIR", str(data))
    before = _digest(path)
    try:
        with pytest.raises(DatabaseError) as info:
            dbmod.open_database(f"sqlite:///{path}")
        assert "zálohu" in info.value.message
        assert _digest(path) == before
    finally:
        monkeypatch.undo()
        dbmod._revision_graph.cache_clear()


def test_a_read_only_database_is_a_message(tmp_path) -> None:
    path = tmp_path / "planner.sqlite3"
    dbmod.open_database(f"sqlite:///{path}").dispose()
    database = dbmod.open_database(f"sqlite:///file:{path}?mode=ro&uri=true", migrate=False)
    with pytest.raises(DatabaseFault) as info:
        vs.create_vendor(database.sm, VendorDraft(name="Pekárna"))
    assert "jen pro čtení" in info.value.message
    database.dispose()


def test_a_full_disk_is_a_message(tmp_path) -> None:
    path = tmp_path / "planner.sqlite3"
    database = dbmod.open_database(f"sqlite:///{path}")
    database.engine.dispose()
    event.listen(database.engine, "connect",
                 lambda c, _r: c.execute("PRAGMA max_page_count=" + str(path.stat().st_size // 4096 + 2)))
    with pytest.raises(DatabaseFault) as info:
        for i in range(500):
            vs.create_vendor(database.sm, VendorDraft(name=f"Prodejce {i}", notes="ž" * 3000))
    assert "došlo místo" in info.value.message
    database.dispose()


def test_corrupt_pages_are_a_message(tmp_path) -> None:
    path = tmp_path / "planner.sqlite3"
    database = dbmod.open_database(f"sqlite:///{path}")
    for i in range(300):
        vs.create_vendor(database.sm, VendorDraft(name=f"Prodejce {i}", notes="x" * 800))
    database.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    for page in range(8, len(data) // 4096 - 1):
        data[page * 4096 : page * 4096 + 100] = b"\xff" * 100
    path.write_bytes(bytes(data))
    with pytest.raises(PlannerError) as info:
        database = dbmod.open_database(f"sqlite:///{path}", migrate=False)
        vs.list_vendors(database.sm)
        vs.create_vendor(database.sm, VendorDraft(name="Nový"))
    assert "poškozen" in info.value.message


def test_a_locked_database_is_busy_by_its_code(tmp_path) -> None:
    path = tmp_path / "planner.sqlite3"
    dbmod.open_database(f"sqlite:///{path}").dispose()
    database = dbmod.open_database(f"sqlite:///{path}", migrate=False, connect_args={"timeout": 0.1})
    database.engine.dispose()
    event.listen(database.engine, "connect", lambda c, _r: c.execute("PRAGMA busy_timeout=100"))
    other = sqlite3.connect(path)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseBusy):
            vs.create_vendor(database.sm, VendorDraft(name="Pekárna"))
    finally:
        other.rollback()
        other.close()
    database.dispose()


@pytest.mark.postgres
def test_a_lost_postgres_connection_is_a_message(db) -> None:
    from sqlalchemy import text

    from planner.models.enums import OpKind
    from planner.services._common import run

    if db.engine.dialect.name != "postgresql":
        pytest.skip("a server connection is a PostgreSQL matter")
    with pytest.raises(DatabaseFault) as info:
        run(db.sm, lambda s: s.execute(text("SELECT pg_terminate_backend(pg_backend_pid())")), op=OpKind.VENDOR_UPDATE)
    assert "Spojení s databází se přerušilo" in info.value.message
