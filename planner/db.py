"""Opening a planner database: engine, SQLite pragmas, Alembic upgrade, backups.

Why this module is long: opening is one sequence whose steps hand each other the same engine
and must fail as one (URL -> engine and pragmas -> is this our file -> schema check -> backup ->
migrate -> restore the backup when a migration fails); the error classification itself lives
in dberrors.py.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from planner import config, paths
from planner.dberrors import classify
from planner.errors import DatabaseError, DatabaseFault, PlannerError

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)


def __getattr__(name: str) -> Any:
    """Give ``planner.db.command`` (Alembic's commands) on first use, not at import."""
    if name == "command":
        from alembic import command

        return command
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


ENV_URL = config.DB_URL_ENV
SUPPORTED = "sqlite:///SOUBOR, postgresql://UŽIVATEL:HESLO@SERVER/DATABÁZE"
SQLITE_HEADER = b"SQLite format 3\x00"
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
    """Return the database URL: --db, PLANNER_DB_URL, the office configuration, else the default file."""
    return config.database_url(cli_url).value or default_url()


def _looks_like_url(text: str) -> bool:
    # "C:\\data\\planner.sqlite3" and "./x.sqlite3" are paths; "sqlite:///x" and "mysql://..." are URLs.
    return "://" in text or text.startswith("sqlite:")


def normalize_url(text: str) -> URL:
    """Turn what the user typed (--db, PLANNER_DB_URL, the office file) into a URL the planner can open.

    A plain path means a SQLite file. Only SQLite and PostgreSQL are supported; a SQLite file's folder
    must exist (a typo must not create a new, empty database somewhere), and an existing file must be a
    SQLite database. Every refusal is a DatabaseError whose message names the problem.
    """
    text = text.strip()
    if not _looks_like_url(text):
        path = Path(text).expanduser()
        url = URL.create("sqlite", database=str(path.absolute()))
    else:
        try:
            url = make_url(text)
        except ArgumentError as exc:
            raise DatabaseError("db_bad_url", url=text, reason=str(exc), supported=SUPPORTED) from exc
    backend, _, driver = url.drivername.partition("+")  # get_driver_name() would import the dialect
    if backend == "postgres":  # a common spelling SQLAlchemy no longer accepts
        url, backend, driver = url.set(drivername="postgresql"), "postgresql", ""
    if backend == "postgresql":
        if driver not in ("", "psycopg", "psycopg2"):
            raise DatabaseError("db_unsupported", url=safe_url(text), scheme=url.drivername, supported=SUPPORTED)
        # psycopg 3 is the driver we ship; a plain postgresql:// URL should just work.
        return url.set(drivername="postgresql+psycopg")
    if backend != "sqlite" or driver not in ("", "pysqlite"):
        raise DatabaseError("db_unsupported", url=safe_url(text), scheme=url.drivername, supported=SUPPORTED)
    _check_sqlite_file(url.database)
    return url


def _check_sqlite_file(database: str | None) -> None:
    """Refuse a SQLite path whose folder is missing, that is a folder, or that holds something else."""
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    path = Path(database).expanduser()
    if path.is_dir():
        raise DatabaseError("db_is_folder", path=str(path))
    if not path.parent.is_dir():
        raise DatabaseError("db_no_folder", path=str(path), folder=str(path.parent))
    if path.is_file() and path.stat().st_size > 0:
        try:
            with open(path, "rb") as fh:
                header = fh.read(len(SQLITE_HEADER))
        except OSError as exc:
            raise DatabaseError("db_unreachable", url=str(path), reason=exc.strerror or str(exc)) from exc
        if header != SQLITE_HEADER:
            raise DatabaseError("db_not_a_database", path=str(path))


def safe_url(url: str) -> str:
    """Return the URL with any password hidden, for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _set_sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # The driver must not open transactions by itself (its deferred BEGIN comes only before the
    # first write, after the reads a service checks); the "begin" listener below does it instead.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA synchronous=NORMAL")
    # Deleted personal data is overwritten, not left in free pages (anonymisation).
    cur.execute("PRAGMA secure_delete=ON")
    cur.close()


WRITE_OPTION = "planner_write"


def _sqlite_begin(conn: Any) -> None:
    """Open a SQLite transaction; write transactions take the write lock at once.

    SQLAlchemy's pysqlite transaction-control recipe. A service's write transaction
    (services._common.run sets the WRITE_OPTION execution option) starts with
    BEGIN IMMEDIATE, so two processes checking "is this stall free?" are serialised:
    the second one waits (busy timeout) and then sees the first one's booking.
    Reads use a plain (deferred) BEGIN: a consistent snapshot that does not block writers.
    """
    immediate = conn.get_execution_options().get(WRITE_OPTION)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def create_planner_engine(url: str, **kwargs: Any) -> Engine:
    """Create an engine with the planner's settings (SQLite pragmas, pre-ping); see normalize_url."""
    parsed = normalize_url(url)
    # hide_parameters: a failing statement's values (names, phones) stay out of tracebacks and logs.
    kwargs.setdefault("hide_parameters", True)
    if parsed.get_backend_name() == "postgresql":  # timestamptz then arrives as UTC: no per-value conversion
        kwargs.setdefault("connect_args", {}).setdefault("options", "-c TimeZone=UTC")
    try:
        engine = create_engine(parsed, pool_pre_ping=True, **kwargs)
    except (ArgumentError, NoSuchModuleError) as exc:
        raise DatabaseError("db_bad_url", url=safe_url(url), reason=str(exc), supported=SUPPORTED) from exc
    if engine.dialect.name == "postgresql":
        from planner.models.entities import add_postgresql_options

        add_postgresql_options()
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
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
        raw = engine.raw_connection()  # outside any transaction: the journal mode cannot change inside one
        try:
            raw.cursor().execute("PRAGMA journal_mode=WAL")
        finally:
            raw.close()


# PRAGMA application_id of a planner SQLite file ("OPPL"), set by the first migration run.
APPLICATION_ID = 0x4F50504C
SQLITE_MAGIC = b"SQLite format 3\x00"
# Tables every planner database has had since revision 0001: a file holding an "event"
# table and nothing else, or another Alembic application's "0001", is not ours.
CORE_TABLES = frozenset({
    "event", "event_performer", "event_supplier", "market", "market_hours", "performer", "series",
    "stall", "stall_booking", "staff", "vendor", "venue",
})


def _sqlite_path(engine: Engine) -> Path | None:
    db = engine.url.database
    if engine.dialect.name != "sqlite" or not db or db == ":memory:" or db.startswith("file:"):
        return None
    return Path(db).expanduser()


def inspect_sqlite_file(path: Path, url: str) -> None:
    """Refuse a file that is empty, not SQLite, truncated or another program's, before connecting.

    Runs on the bytes of the header only (https://www.sqlite.org/fileformat.html), so the
    file is left byte-identical; a missing file is fine (a new database is created).
    """
    if not path.exists():
        return
    size = path.stat().st_size
    if size == 0:
        raise DatabaseError("db_empty_file", url=url)
    with path.open("rb") as f:
        header = f.read(100)
    if not header.startswith(SQLITE_MAGIC[: min(len(header), 16)]) or len(header) < 16:
        raise DatabaseError("db_not_sqlite", url=url)
    if len(header) < 100:
        raise DatabaseError("db_truncated", url=url)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if header[24:28] == header[92:96] and pages and size < pages * page_size:
        raise DatabaseError("db_truncated", url=url)
    app_id = int.from_bytes(header[68:72], "big")
    if app_id not in (0, APPLICATION_ID):
        raise DatabaseError("db_foreign_app", url=url)


def _backup_sqlite(engine: Engine, revision: str | None) -> Path | None:
    src = _sqlite_path(engine)
    if src is None or not src.exists() or src.stat().st_size == 0:
        return None
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%d-%H%M%S")
    try:
        folder = paths.backup_dir()
        target = folder / f"{src.stem}-{stamp}-before-{revision or 'empty'}{src.suffix}"
        with sqlite3.connect(src) as source, sqlite3.connect(target) as dest:
            source.backup(dest)
        source.close()
        dest.close()
    except (OSError, sqlite3.Error) as exc:
        where = str(paths.data_dir() / "backups")
        raise DatabaseError("backup_failed", folder=where, reason=getattr(exc, "strerror", None) or str(exc)) from exc
    log.info("backed up %s to %s", src, target)
    return target


def _restore_backup(engine: Engine, backup: Path) -> None:
    """Copy the pre-migration backup back over the database (page by page, SQLite's backup API)."""
    src = _sqlite_path(engine)
    assert src is not None
    engine.dispose()
    with sqlite3.connect(backup) as source, sqlite3.connect(src) as dest:
        source.backup(dest)
    source.close()
    dest.close()
    log.warning("restored %s from %s after a failed migration", src, backup)


def _url_of(engine: Engine) -> str:
    return safe_url(engine.url.render_as_string(hide_password=False))


def check_schema(engine: Engine) -> str | None:
    """Return the database's revision, refusing databases that are newer or not ours.

    A database is ours when it is empty, or when its Alembic revision is one we know,
    it holds every core table, and (SQLite) its application_id is ours or unset (files
    made before the id existed). Unknown revisions are "too new" only for a database
    that is recognisably ours (our application_id, or our core tables on PostgreSQL).
    """
    url = _url_of(engine)
    path = _sqlite_path(engine)
    if path is not None:
        inspect_sqlite_file(path, url)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            current: str | None = (
                conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
                if "alembic_version" in tables else None
            )
            app_id = conn.exec_driver_sql("PRAGMA application_id").scalar() if engine.dialect.name == "sqlite" else None
    except DBAPIError as exc:
        if engine.dialect.name != "sqlite":
            raise DatabaseError("db_unreachable", url=url, reason=_driver_reason(exc)) from exc
        err = classify(exc)
        code = err.code if isinstance(err, DatabaseFault) else ""
        if code == "db_corrupt":
            is_sqlite = getattr(exc.orig, "sqlite_errorname", "") != "SQLITE_NOTADB"
            raise DatabaseError("db_truncated" if is_sqlite else "db_not_sqlite", url=url) from None
        if isinstance(err, PlannerError):
            raise err from None
        raise DatabaseError("db_not_planner", url=url) from None
    except SQLAlchemyError as exc:
        raise DatabaseError("db_not_planner", url=url) from exc
    if current is None:
        if tables - {"alembic_version"}:
            raise DatabaseError("db_not_planner", url=url)
        return None
    ours_by_id = app_id == APPLICATION_ID
    if current not in _known_revisions():
        if ours_by_id or (app_id is None and CORE_TABLES <= tables):
            raise DatabaseError("db_too_new", url=url, found=current, expected=head_revision())
        raise DatabaseError("db_foreign_app", url=url)
    if not CORE_TABLES <= tables:
        raise DatabaseError("db_foreign_app" if not ours_by_id else "db_truncated", url=url)
    return current


def _migrate(engine: Engine) -> None:
    """Run every pending migration in ONE transaction (SQLite: DDL is transactional there too)."""
    with engine.connect() as conn:
        sqlite = engine.dialect.name == "sqlite"
        if sqlite:
            # Batch migrations recreate tables; with foreign keys on, dropping the old table would
            # cascade-delete its children. The pragma only works outside a transaction, hence the
            # driver connection (autocommit) rather than SQLAlchemy's, which would BEGIN first.
            conn.connection.cursor().execute("PRAGMA foreign_keys=OFF")
        try:
            conn.execution_options(**{WRITE_OPTION: True})
            from alembic import command

            with conn.begin():
                command.upgrade(alembic_config(conn), "head")
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"{len(broken)} rows break foreign keys after the migration")
                    conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        finally:
            if sqlite:
                conn.connection.cursor().execute("PRAGMA foreign_keys=ON")


def _stamp_application_id(engine: Engine) -> None:
    """Mark an up-to-date planner file made before application_id existed as ours."""
    if _sqlite_path(engine) is None:
        return
    with engine.connect() as conn:
        found = conn.exec_driver_sql("PRAGMA application_id").scalar()
        conn.rollback()
        if found != APPLICATION_ID:
            conn.execution_options(**{WRITE_OPTION: True})
            with conn.begin():
                conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")


def upgrade(engine: Engine) -> None:
    """Bring the schema to head in one transaction, backing up a SQLite file first.

    When a migration fails, the transaction is rolled back; should the file still
    differ from before (a revision or table that survived), the backup is copied
    back. Either way the user gets a message and the database its old state.
    """
    current = check_schema(engine)
    head = head_revision()
    if current == head:
        _stamp_application_id(engine)
        return
    backup = _backup_sqlite(engine, current) if current is not None else None
    try:
        _migrate(engine)
    except PlannerError:
        raise
    except Exception as exc:
        log.exception("migration from %s to %s failed", current, head)
        if backup is not None and _state(engine) != _state_of_backup(backup):
            _restore_backup(engine, backup)
        reason = type(exc).__name__
        if isinstance(exc, DBAPIError):
            err = classify(exc)
            reason = err.message if err is not None else reason
        raise DatabaseError("db_migration_failed", url=_url_of(engine), reason=reason,
                            backup=str(backup) if backup else "–") from None
    log.info("database upgraded from %s to %s", current, head)


def _state(engine: Engine) -> tuple[str | None, frozenset[str]]:
    engine.dispose()
    with engine.connect() as conn:
        tables = frozenset(inspect(conn).get_table_names())
        rev = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() if "alembic_version" in tables else None
        return (rev, tables)


def _state_of_backup(backup: Path) -> tuple[str | None, frozenset[str]]:
    check = create_engine(f"sqlite:///{backup}")
    try:
        return _state(check)
    finally:
        check.dispose()


def _driver_reason(exc: DBAPIError) -> str:
    """The driver's own words for a failed connection, on one line (libpq breaks its hint with a
    newline and a tab, which a message box showed as a ragged indent)."""
    return " ".join(str(exc.orig).split())


def preload_driver(url: str | None) -> None:
    """Import the driver of the database ``url`` would open (psycopg and SQLAlchemy's PostgreSQL
    dialect: ~0.15 s), and nothing else.

    The GUI calls it before it imports PySide6, whose import hook makes every later import dearer
    (~30 ms for these). Any problem with the URL is left to open_database, which names it.
    """
    try:
        normalize_url(resolve_url(url)).get_dialect().import_dbapi()
    except Exception:  # noqa: BLE001  # open_database reports it, in the user's language
        log.debug("driver of %s not preloaded", safe_url(str(url)), exc_info=True)


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
        err = classify(exc)
        if isinstance(err, DatabaseFault):
            raise err from None
        raise DatabaseError(
            "db_unreachable", url=safe_url(real_url), reason=_driver_reason(exc)
        ) from exc
    sm = sessionmaker(engine, expire_on_commit=False)
    return Database(url=real_url, engine=engine, sm=sm)
