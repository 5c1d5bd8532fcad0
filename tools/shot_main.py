"""Render the whole main window with the demo data to docs/main_window.png (for the README).

  QT_QPA_PLATFORM=offscreen uv run python tools/shot_main.py [--lang cs|en] [--date 2026-12-09] [--out FILE]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", default="cs", choices=("cs", "en"))
    parser.add_argument("--date", default="2026-12-09", help="the day shown (and treated as today)")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--out", default=str(ROOT / "docs" / "main_window.png"))
    args = parser.parse_args(argv)
    day = dt.date.fromisoformat(args.date)
    width, height = (int(x) for x in args.size.split("x"))

    os.environ["PLANNER_DATA_DIR"] = tempfile.mkdtemp(prefix="planner-shot-")
    from PySide6.QtWidgets import QApplication

    from planner.app import build_window, make_application, set_language
    from planner.db import open_database
    from planner.services import demo
    from planner.ui.calendar.page import CalendarPage
    from planner.ui.settings_store import SettingsStore

    CalendarPage.today = lambda self: day  # type: ignore[method-assign]  # stable pictures
    app = make_application()
    set_language(app, args.lang)
    db = open_database(f"sqlite:///{os.environ['PLANNER_DATA_DIR']}/shot.sqlite3")
    demo.load_demo(db.sm)
    window = build_window(db, SettingsStore(), args.lang)
    window.resize(width, height)
    window.show()
    page = window.page("calendar")
    assert isinstance(page, CalendarPage)
    page.set_view("month")
    page.go_to(day)
    for _ in range(5):
        QApplication.processEvents()
    window.grab().save(args.out)
    print(args.out)
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
