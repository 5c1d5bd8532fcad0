"""The start loads only what the first painted month needs (issue 13)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from planner.db import open_database

SCRIPT = r"""
import sys
DEFERRED = ("icalendar", "planner.ui.ical", "planner.ui.excel", "planner.ui.venues.page", "planner.ui.vendors.page",
            "planner.ui.markets.page", "planner.ui.history.page", "planner.ui.releases.feature",
            "planner.ui.events.dialog")
from planner.app import build_window, make_application, set_language
from planner.db import open_database
from planner.ui.settings_store import SettingsStore
app = make_application()
set_language(app, "cs")
window = build_window(open_database(sys.argv[1]), SettingsStore(sys.argv[2]), "cs")
early = [m for m in DEFERRED if m in sys.modules]  # the first paint needs none of these
window.show()
window.finish_start()  # what comes right after the first paint
print(",".join(early) or "-", ",".join(m for m in DEFERRED if m not in sys.modules) or "-",
      ",".join(m for m in ("alembic", "openpyxl", "docx", "jinja2", "sqlalchemy.dialects.postgresql",
                                 "holidays", "phonenumbers", "planner.services.demo", "PySide6.QtPrintSupport")
               if m in sys.modules) or "-")
"""


def test_the_window_starts_without_alembic_openpyxl_docx_jinja(tmp_path: Path) -> None:
    # Alembic only to migrate; openpyxl, python-docx and Jinja2 only when a report is written; the pages
    # other than the calendar and the file features (iCalendar, Excel, releases) after the first paint;
    # SQLAlchemy's PostgreSQL dialect (~0.15 s) only for a PostgreSQL database; the `holidays` package
    # (every country's calendar, ~0.2 s) only for a year outside planner.services.holidays' table;
    # phonenumbers' metadata when a number is checked; the demo loader when asked for; Qt's print
    # support (and the program's print preview) when something is first printed.
    url = f"sqlite:///{tmp_path / 'p.sqlite3'}"
    open_database(url).dispose()  # created and migrated beforehand
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", SCRIPT, url, str(tmp_path / "s.ini")], capture_output=True,
                         text=True, check=True, env=env, timeout=120)
    early, missing, never = out.stdout.splitlines()[-1].split(" ")
    assert early == "-", f"imported before the first paint: {early}"
    assert missing == ("planner.ui.venues.page,planner.ui.vendors.page,planner.ui.markets.page,"
                       "planner.ui.history.page"), missing  # on first use
    assert never == "-", f"imported at start: {never}"


PRELOAD = r"""
import sys
from planner.db import preload_driver
preload_driver(sys.argv[1])
print("psycopg" in sys.modules, "sqlalchemy.dialects.postgresql" in sys.modules, "PySide6" in sys.modules)
"""


def test_the_gui_imports_the_postgresql_driver_before_pyside6() -> None:
    """planner.cli preloads the office database's driver before planner.app imports PySide6, whose
    import hook makes every later import dearer; a URL that cannot be used is left to open_database."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for url, expected in (("postgresql://planner@127.0.0.1:1/nowhere", "True True False"),
                          ("mysql://x@h/d", "False False False"),  # unsupported: open_database says so
                          (str(Path("/nonexistent/folder/x.sqlite3")), "False False False")):
        out = subprocess.run([sys.executable, "-c", PRELOAD, url], capture_output=True, text=True, env=env,
                             check=True)
        assert out.stdout.split() == expected.split(), url
    cli = Path(__file__).resolve().parents[2] / "planner" / "cli.py"
    source = cli.read_text(encoding="utf-8")
    assert source.index("preload_driver(args.db)") < source.index("from planner.app import run_gui")
