"""Shared fixtures: a fresh database per test (SQLite file, and PostgreSQL when configured)."""

from __future__ import annotations

import logging
import os
import shutil
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A transaction that writes rows without naming its operation fails the test (planner.services.recording).
os.environ.setdefault("PLANNER_HISTORY_STRICT", "1")
# Never probe the machine's real keyring (D-Bus, Credential Manager): tests use MemoryKeyring.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"

from planner import i18n  # noqa: E402
from planner.db import Database, open_database  # noqa: E402
from tests.smtp_server import smtp_server  # noqa: E402,F401  (a real SMTP server fixture for the notice tests)

PG_ENV = "PLANNER_TEST_PG_URL"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep data, backups, settings and logs of every test in a temp folder."""
    monkeypatch.setenv("PLANNER_DATA_DIR", str(tmp_path_factory.mktemp("userdata")))
    monkeypatch.delenv("PLANNER_DB_URL", raising=False)
    # the machine's own office configuration (/etc/xdg/..., %PROGRAMDATA%) must not leak into tests
    monkeypatch.setenv("PLANNER_OFFICE_CONFIG", str(tmp_path_factory.mktemp("office") / "planner.ini"))
    i18n.set_language("cs")


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring in memory: tests never read or write the machine's real keyring."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Replace the OS keyring by an in-memory one for every test."""
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


class _FailOnWarning(logging.Handler):
    """Fail a test that logs an unexpected warning or error (like qutebrowser's logfail)."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def fail_on_log_warning(request: pytest.FixtureRequest) -> Iterator[None]:
    handler = _FailOnWarning()
    root = logging.getLogger()
    root.addHandler(handler)
    yield
    root.removeHandler(handler)
    if request.node.get_closest_marker("allow_log_warnings") is None and handler.records:
        text = "; ".join(f"{r.name}: {r.getMessage()}" for r in handler.records)
        pytest.fail(f"unexpected warning logged: {text}")


@pytest.fixture(scope="session")
def _templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Migrated SQLite files built once per run (empty, and with the demo data), copied per test."""
    from planner.services.demo import load_demo

    folder = tmp_path_factory.mktemp("templates")
    empty, demo = folder / "empty.sqlite3", folder / "demo.sqlite3"
    db = open_database(f"sqlite:///{empty}")
    db.dispose()
    shutil.copyfile(empty, demo)
    db = open_database(f"sqlite:///{demo}")
    load_demo(db.sm)
    db.dispose()
    return {"empty": empty, "demo": demo}


def _sqlite(tmp_path_factory: pytest.TempPathFactory, template: Path) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("db") / "planner.sqlite3"
    shutil.copyfile(template, path)
    db = open_database(f"sqlite:///{path}")
    yield db
    db.dispose()


def _postgres() -> Iterator[Database]:
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"{PG_ENV} is not set; PostgreSQL tests run in CI (.ci/run starts a server)")
    from sqlalchemy import create_engine, text

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    db = open_database(url, connect_args={"options": f"-csearch_path={schema}", "application_name": schema})
    try:
        yield db
    finally:
        calendar_loader = sys.modules.get("planner.ui.calendar.loader")
        if calendar_loader is not None:  # a calendar's worker may still be prefetching from this schema
            calendar_loader.drain_prefetches()
        db.dispose()
        with admin.begin() as conn:
            # A background reader (the calendar's prefetch thread) may still hold a connection when the
            # test ends; end it, or DROP SCHEMA deadlocks with its read locks.
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE application_name = :name AND pid <> pg_backend_pid()"), {"name": schema})
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, _templates: dict[str, Path]
) -> Iterator[Database]:
    """A fresh, migrated database: SQLite file, and PostgreSQL when PLANNER_TEST_PG_URL is set."""
    if request.param == "sqlite":
        yield from _sqlite(tmp_path_factory, _templates["empty"])
    else:
        yield from _postgres()


@pytest.fixture
def sqlite_db(tmp_path_factory: pytest.TempPathFactory, _templates: dict[str, Path]) -> Iterator[Database]:
    """A fresh SQLite database only (for tests that are about SQLite files)."""
    yield from _sqlite(tmp_path_factory, _templates["empty"])


@pytest.fixture
def sm(db: Database):
    """The sessionmaker of the fresh database."""
    return db.sm


@pytest.fixture
def demo_db(tmp_path_factory: pytest.TempPathFactory, _templates: dict[str, Path]) -> Iterator[Database]:
    """A SQLite database with the Opava demo data loaded."""
    yield from _sqlite(tmp_path_factory, _templates["demo"])
