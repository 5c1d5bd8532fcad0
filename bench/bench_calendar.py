"""Calendar speed on a big database: paging month/week forward, and start to first view shown.

    uv run python bench/bench_calendar.py [--db sqlite:////tmp/bench.sqlite3] [--events 100000]

Without --db a temporary SQLite file is generated (bench/generate.py). Figures
are printed, nothing is asserted. Targets (issue 3): moving one month or one
week forward < 30 ms median including the query and the repaint; start to
first view shown < 2 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

START_SCRIPT = r"""
import sys, time
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication
from planner.app import build_window, make_application, set_language
from planner.db import open_database
from planner.ui.settings_store import SettingsStore
app = make_application()
set_language(app, "cs")
db = open_database(sys.argv[1])
window = build_window(db, SettingsStore(sys.argv[2]), "cs")
window.show()
page = window.calendar
page.go_to(__import__("datetime").date(2026, 6, 15))
app.processEvents()
page.current_view().repaint()
print(f"{time.perf_counter() - t0:.3f}")
"""


def _settle(page: object, limit: float = 20.0) -> None:
    """Run the event loop until the page's prefetch (its timer, then its worker) is done, as a user pausing."""
    from PySide6.QtWidgets import QApplication

    deadline = time.perf_counter() + limit
    QApplication.processEvents()
    while page.prefetching() and time.perf_counter() < deadline:  # type: ignore[attr-defined]
        QApplication.processEvents()
        time.sleep(0.005)


def _time_steps(page: object, view: str, steps: int, warm: bool = False) -> list[tuple[float, float]]:
    from PySide6.QtWidgets import QApplication

    page.set_view(view)  # type: ignore[attr-defined]
    page.go_to(dt.date(2025, 1, 15))  # type: ignore[attr-defined]
    QApplication.processEvents()
    out = []
    for _ in range(steps):
        if warm:  # the moments between two clicks: the page prefetches the neighbours (on its worker)
            _settle(page)
        t, c = time.perf_counter(), time.process_time()
        page.step(1)  # type: ignore[attr-defined]  # the query, the layout ...
        page.current_view().repaint()  # type: ignore[attr-defined]  # ... and the paint
        out.append(((time.perf_counter() - t) * 1000, (time.process_time() - c) * 1000))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database URL with generated data (default: generate a temporary one)")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--steps", type=int, default=40)
    args = parser.parse_args(argv)
    tmp = tempfile.TemporaryDirectory()
    url = args.db
    if url is None:
        from bench.generate import generate

        url = f"sqlite:///{Path(tmp.name) / 'bench.sqlite3'}"
        info = generate(url, args.events)
        print(f"generated {args.events} events in {info['seconds']:.1f} s")

    from PySide6.QtGui import QUndoStack

    from planner.app import make_application, set_language
    from planner.db import open_database
    from planner.services import events as event_service
    from planner.services.dto import EventQuery
    from planner.services.timeutil import range_bounds
    from planner.ui.calendar.page import CalendarPage
    from planner.ui.changes import ChangeBus
    from planner.ui.context import AppContext
    from planner.ui.settings_store import SettingsStore

    app = make_application()
    set_language(app, "cs")
    db = open_database(url)
    total = db.engine.connect().exec_driver_sql("select count(*) from event").scalar()
    print(f"database: {total} events ({db.engine.dialect.name}); {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.1f} (wall times grow with load, CPU times less so)")

    start, end = range_bounds(dt.date(2026, 6, 1), dt.date(2026, 7, 12))
    timings = []
    for _ in range(20):
        t = time.perf_counter()
        rows = event_service.list_events(db.sm, EventQuery(start=start, end=end))
        timings.append((time.perf_counter() - t) * 1000)
    print(f"list_events, one 6-week month grid ({len(rows)} events): median {statistics.median(timings):.1f} ms")

    ctx = AppContext(db=db, settings=SettingsStore(str(Path(tmp.name) / "s.ini")), bus=ChangeBus(), undo=QUndoStack())
    page = CalendarPage(ctx)
    page.resize(1280, 800)
    page.show()
    app.processEvents()
    for warm, label in ((False, "cold: query + repaint"), (True, "after idle time: prefetched, repaint")):
        print(f"-- one period forward, {label}")
        for view in ("month", "week", "day", "agenda", "timeline"):
            ms = _time_steps(page, view, args.steps, warm)
            wall = [m[0] for m in ms]
            cpu = [m[1] for m in ms]
            shown = len(page.current_view().rows)  # type: ignore[attr-defined]
            print(f"{view:8s} median {statistics.median(wall):5.1f} ms (CPU {statistics.median(cpu):5.1f} ms), "
                  f"max {max(wall):5.1f} ms  (~{shown} events in the last range)")

    # An installed app has its bytecode compiled (pip and uv do it on install); this
    # sandbox sets PYTHONDONTWRITEBYTECODE, so the first run writes __pycache__ and
    # is not counted.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    starts = []
    for attempt in range(4):
        t = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", START_SCRIPT, url, str(Path(tmp.name) / "start.ini")],
                             capture_output=True, text=True, check=True, cwd=ROOT, env=env)
        if attempt:
            starts.append((time.perf_counter() - t, float(out.stdout.strip().splitlines()[-1])))
    wall_s = statistics.median(s[0] for s in starts)
    inside = statistics.median(s[1] for s in starts)
    print(f"start to first view shown: median {wall_s:.2f} s wall clock including interpreter start "
          f"({inside:.2f} s from the first import to the painted month view)")
    db.dispose()
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
