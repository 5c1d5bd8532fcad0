"""Opening a planner database: engine, SQLite pragmas, Alembic upgrade, backups."""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from planner import paths
from planner.errors import DatabaseError
from planner.models import Base

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)


def __getattr__(name: str) -> Any:
    """Give ``planner.db.command`` (Alembic's commands) on first use, not at import."""
    if name == "command":
        from alembic import command

        return command
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

ENV_URL = "PLANNER_DB_URL"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


@dataclass(frozen=True)
class Database:
    """An open, up-to-date planner database."""

    url: str
    engine: Engine
    sm: sessionmaker[Session]

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def default_url() -> str:
    """Return the URL of the default SQLite file in the user data folder."""
    return f"sqlite:///{paths.default_db_path()}"


def resolve_url(cli_url: str | None) -> str:
    """Return the database URL: --db, then PLANNER_DB_URL, then the default file."""
    return cli_url or os.environ.get(ENV_URL) or default_url()


def safe_url(url: str) -> str:
    """Return the URL with any password hidden, for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _set_sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def create_planner_engine(url: str, **kwargs: Any) -> Engine:
    """Create an engine with the planner's settings (SQLite pragmas, pre-ping)."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError("db_bad_url", url=url, reason=str(exc)) from exc
    if parsed.get_backend_name() == "sqlite":
        db = parsed.database
        if db and db != ":memory:" and not db.startswith("file:"):
            Path(db).expanduser().parent.mkdir(parents=True, exist_ok=True)
    elif parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() in ("", "psycopg2"):
        # psycopg 3 is the driver we ship; a plain postgresql:// URL should just work.
        parsed = parsed.set(drivername="postgresql+psycopg")
    try:
        engine = create_engine(parsed, pool_pre_ping=True, **kwargs)
    except (ArgumentError, NoSuchModuleError) as exc:
        raise DatabaseError("db_bad_url", url=safe_url(url), reason=str(exc)) from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


def alembic_config(connection: Any = None) -> Config:
    """Return an Alembic config pointing at the packaged migrations."""
    # Alembic (with mako and pygments, ~150-180 ms) is imported only when a migration
    # is due: opening an up-to-date database reads the revisions itself (issue 13).
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


_REVISION = re.compile(r"^revision(?:: str)? = ['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision(?:: [^=]+)? = (None|['\"]([^'\"]+)['\"])", re.MULTILINE)


@cache
def _revision_graph() -> tuple[frozenset[str], str]:
    """Return (every revision, the head) of the packaged migrations.

    Read from the scripts' ``revision``/``down_revision`` lines; anything this simple
    reading does not understand (a merge, a branch) is left to Alembic's own parser.
    """
    known: set[str] = set()
    parents: set[str] = set()
    for path in sorted((MIGRATIONS / "versions").glob("[!_]*.py")):
        text = path.read_text(encoding="utf-8")
        rev, down = _REVISION.search(text), _DOWN.search(text)
        if rev is None or down is None:
            return _alembic_revision_graph()
        known.add(rev.group(1))
        if down.group(2):
            parents.add(down.group(2))
    heads = known - parents
    if len(heads) != 1 or not parents <= known:
        return _alembic_revision_graph()
    return frozenset(known), heads.pop()


def _alembic_revision_graph() -> tuple[frozenset[str], str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    assert head is not None
    return frozenset(rev.revision for rev in script.walk_revisions()), head


def head_revision() -> str:
    """Return the newest migration this program knows."""
    return _revision_graph()[1]


def _known_revisions() -> frozenset[str]:
    return _revision_graph()[0]


def _enable_wal(engine: Engine) -> None:
    """Switch a SQLite file to WAL (persistent; done only once we know the file is ours)."""
    db = engine.url.database
    if engine.dialect.name == "sqlite" and db and db != ":memory:":
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA journal_mode=WAL")


def _backup_sqlite(engine: Engine, revision: str | None) -> Path | None:
    db = engine.url.database
    if engine.dialect.name != "sqlite" or not db or db == ":memory:":
        return None
    src = Path(db)
    if not src.exists() or src.stat().st_size == 0:
        return None
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%d-%H%M%S")
    target = paths.backup_dir() / f"{src.stem}-{stamp}-before-{revision or 'empty'}{src.suffix}"
    with sqlite3.connect(src) as source, sqlite3.connect(target) as dest:
        source.backup(dest)
    log.info("backed up %s to %s", src, target)
    return target


def check_schema(engine: Engine) -> str | None:
    """Return the database's revision, refusing databases that are newer or not ours."""
    url = safe_url(engine.url.render_as_string(hide_password=False))
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            current: str | None = (
                conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
                if "alembic_version" in tables else None
            )
    except OperationalError as exc:
        if engine.dialect.name == "sqlite" and "not a database" in str(exc.orig):
            raise DatabaseError("db_not_planner", url=url) from exc
        raise DatabaseError("db_unreachable", url=url, reason=str(exc.orig).strip()) from exc
    except SQLAlchemyError as exc:
        raise DatabaseError("db_not_planner", url=url) from exc
    if current is None:
        ours = set(Base.metadata.tables)
        foreign = tables - ours - {"alembic_version"}
        if foreign:
            raise DatabaseError("db_not_planner", url=url)
        return None
    if current not in _known_revisions():
        raise DatabaseError("db_too_new", url=url, found=current, expected=head_revision())
    return current


def upgrade(engine: Engine) -> None:
    """Bring the schema to head, backing up a SQLite file first."""
    current = check_schema(engine)
    head = head_revision()
    if current == head:
        return
    if current is not None:
        _backup_sqlite(engine, current)
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    log.info("database upgraded from %s to %s", current, head)


def open_database(url: str | None = None, *, migrate: bool = True, **engine_kwargs: Any) -> Database:
    """Open (and by default upgrade) the planner database at ``url``.

    Raises DatabaseError, with a clear message, for an unreachable database, one
    newer than the program or one that is not a planner database; those are
    never modified.
    """
    real_url = resolve_url(url)
    engine = create_planner_engine(real_url, **engine_kwargs)
    try:
        if migrate:
            upgrade(engine)
        else:
            check_schema(engine)
        _enable_wal(engine)
    except DatabaseError:
        engine.dispose()
        raise
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseError(
            "db_unreachable", url=safe_url(real_url), reason=str(exc.orig).strip()
        ) from exc
    sm = sessionmaker(engine, expire_on_commit=False)
    return Database(url=real_url, engine=engine, sm=sm)
