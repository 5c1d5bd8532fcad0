"""What the user waits for: the full main window, key press to painted view, beside the raw-query floor.

    uv run python bench/bench_window.py --db sqlite:////tmp/speed-bench/r100k.sqlite3 \
        [--db postgresql://planner:planner@127.0.0.1:5432/planner_speed_100k] [--steps 15] [--no-start] [--excel]

For each database (generate them once with bench/generate.py) and each view it
builds the main window as shipped (app.build_window: every feature, the
conflicts dock, the INI settings store in a temporary folder), shows it at
1366x768, and presses Page Down in the view:

- ``step``: key press -> the page loads, the views and the dock update, and
  every posted event (the repaint of the window, a settings write) is
  delivered: the new period is painted. Wall and CPU milliseconds.
- ``after``: what the GUI thread then does before it is idle again (timers:
  the prefetch of the neighbours, if it runs there). A key pressed meanwhile waits.
- ``floor``: the same period's events fetched by the bare driver (the SQL a view
  needs, no ORM, no rows built): the ratio step/floor says how far above the
  database's own cost the window is.

Then the start: a fresh process from the first import to the first month
painted (median of 3 after a warm-up run), beside its floor (a process that
imports Qt, SQLAlchemy and the mapped models, opens the database and paints an
empty QMainWindow) and a bare PySide6 QMainWindow, and the peak RSS of that
process (the month shown, the deferred features and the first prefetch done). With two or more databases the month step of
each is also printed relative to the first (PostgreSQL vs SQLite in one run).
Figures only, nothing asserted; medians, since the machine is shared.
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
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

VIEWS = ("month", "workweek", "week", "day", "agenda", "timeline")
ANCHOR = dt.date(2025, 1, 15)

START_SCRIPT = r"""
import sys, time, resource
t0 = time.perf_counter()
from planner.db import open_database, preload_driver
preload_driver(sys.argv[1])  # as planner.cli does before the GUI imports PySide6
from planner.app import build_window, make_application, set_language
from planner.ui.settings_store import SettingsStore
imported = time.process_time()  # Python, Qt, SQLAlchemy, the models and the program's modules
app = make_application()
set_language(app, "cs")
db = open_database(sys.argv[1])
opened = time.process_time()  # + the application object, the catalog, the database opened and checked
window = build_window(db, SettingsStore(sys.argv[2]), "cs")
built = time.process_time()  # + the window built: the first month's rows, conflicts, side panel lists
window.resize(1366, 768)
window.show()
app.sendPostedEvents()
window.calendar.current_view().repaint()
painted = time.perf_counter() - t0
cpu = time.process_time()  # the process started just before t0: its CPU time so far
print(f"{imported:.3f} {opened - imported:.3f} {built - opened:.3f} {cpu - built:.3f}")
deadline, limit = time.perf_counter() + 3.0, time.perf_counter() + 60.0
busy = window.calendar.prefetching
while time.perf_counter() < deadline or (busy() and time.perf_counter() < limit):
    app.processEvents()  # the deferred features and the first prefetch: the peak RSS counts them
    time.sleep(0.01)
try:  # this process's own peak: ru_maxrss also keeps the parent's peak, which exec carries over (Linux)
    with open("/proc/self/status", encoding="ascii") as status:
        rss = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024
except OSError:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{painted:.3f} {cpu:.3f} {rss:.1f}")
"""

# An empty main window shown and painted, and the wall and CPU seconds since t0 (both scripts end so).
_EMPTY_WINDOW = r"""
w = QMainWindow()
w.resize(1366, 768)
w.show()
app.sendPostedEvents()
w.repaint()
print(f"{time.perf_counter() - t0:.3f} {time.process_time():.3f}")
"""

BARE_SCRIPT = r"""
import time
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
""" + _EMPTY_WINDOW

# What every start of this program must load before it can paint anything of its own: Qt, SQLAlchemy
# with the mapped models, and the database opened (revision checked); the floor of the start figure.
FLOOR_START_SCRIPT = r"""
import sys, time
t0 = time.perf_counter()
from planner.db import open_database, preload_driver
preload_driver(sys.argv[1])
import planner.models
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
db = open_database(sys.argv[1])
""" + _EMPTY_WINDOW

# The floor and what the libraries do lazily on a real window's first use, which no program with
# these widgets and mapped classes escapes: PySide6 creates each Qt class and enum the first time it is
# named (the names come from the program's own modules on the way to the first paint, argv[2]), and
# SQLAlchemy configures the mappers before the first query. Start minus this: what the program adds.
LIBRARIES_START_SCRIPT = r"""
import sys, time, importlib
t0 = time.perf_counter()
from planner.db import open_database, preload_driver
preload_driver(sys.argv[1])
import planner.models
from sqlalchemy.orm import configure_mappers
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
db = open_database(sys.argv[1])
configure_mappers()
for spec in sys.argv[2].split(";"):
    module, names = spec.split(":")
    mod = importlib.import_module(module)
    for name in names.split(","):
        getattr(mod, name)
""" + _EMPTY_WINDOW

# The program's modules on the way to the first paint (their Qt names feed LIBRARIES_START_SCRIPT).
START_MODULES_SCRIPT = r"""
import sys
from planner.app import build_window, make_application, set_language
from planner.db import open_database
from planner.ui.settings_store import SettingsStore
app = make_application()
set_language(app, "cs")
window = build_window(open_database(sys.argv[1]), SettingsStore(sys.argv[2]), "cs")
print(" ".join(m.__file__ for n, m in sys.modules.items() if n.startswith("planner") and getattr(m, "__file__", None)))
"""


def _qt_names(files: list[str]) -> str:
    """Return 'PySide6.QtCore:Qt,QTimer;PySide6.QtGui:...' for the Qt names these modules import."""
    import ast

    names: dict[str, set[str]] = {}
    for path in files:
        for node in ast.walk(ast.parse(Path(path).read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("PySide6."):
                names.setdefault(node.module, set()).update(a.name for a in node.names)
    return ";".join(f"{m}:{','.join(sorted(n))}" for m, n in sorted(names.items()))


FLOOR_SQL = (
    "SELECT e.id, e.uid, e.title, e.category, e.status, e.start, e.\"end\", e.all_day, e.series_id, e.parent_id, "
    "e.venue_id, e.staff_id, e.public, e.sequence, e.version, s.name, s.colour, v.name "
    "FROM event e LEFT OUTER JOIN series s ON e.series_id = s.id LEFT OUTER JOIN venue v ON e.venue_id = v.id "
    "WHERE e.\"end\" > {p} AND e.start > {p} AND e.start < {p}"
)
FLOOR_PERFORMERS = (
    "SELECT ep.event_id, p.id, p.name, ep.role, ep.fee FROM event_performer ep JOIN performer p "
    "ON ep.performer_id = p.id JOIN event e ON e.id = ep.event_id "
    "WHERE e.\"end\" > {p} AND e.start > {p} AND e.start < {p}"
)


def _floor_ms(engine: Any, first: dt.date, last: dt.date) -> tuple[float, float]:
    """Return the bare driver's (wall, CPU) ms to fetch a range's events and performers (the floor).

    SQLite runs in this process, so its CPU time is the floor's real cost; PostgreSQL's
    work happens in the server, so only the wall time means something there.
    """
    from planner.services.events import MAX_EVENT_SPAN
    from planner.services.timeutil import range_bounds

    start, end = range_bounds(first, last)
    low = start - MAX_EVENT_SPAN
    sqlite = engine.dialect.name == "sqlite"
    mark = "?" if sqlite else "%s"
    if sqlite:  # stored as ISO text by UTCDateTime
        params: tuple[Any, ...] = tuple(x.strftime("%Y-%m-%d %H:%M:%S.%f") for x in (start, low, end))
    else:
        params = (start, low, end)
    raw = engine.raw_connection()
    try:
        times, cpus = [], []
        for _ in range(5):
            cur = raw.cursor()
            t, c = time.perf_counter(), time.process_time()
            cur.execute(FLOOR_SQL.format(p=mark), params)
            cur.fetchall()
            cur.execute(FLOOR_PERFORMERS.format(p=mark), params)
            cur.fetchall()
            times.append((time.perf_counter() - t) * 1000)
            cpus.append((time.process_time() - c) * 1000)
            cur.close()
        return statistics.median(times), statistics.median(cpus)
    finally:
        raw.close()


def _press(widget: Any, app: Any) -> tuple[float, float, float, int]:
    """Press Page Down; return (step wall ms, step CPU ms, GUI-busy-after ms, paints seen)."""
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtTest import QTest

    class Paints(QObject):
        count = 0

        def eventFilter(self, obj: QObject, ev: QEvent) -> bool:  # noqa: N802
            if ev.type() == QEvent.Type.Paint:
                Paints.count += 1
            return False

    counter = Paints()
    app.installEventFilter(counter)
    t, c = time.perf_counter(), time.process_time()
    QTest.keyClick(widget, Qt.Key.Key_PageDown)
    app.sendPostedEvents()  # the repaint request and any settings write
    if not Paints.count:  # a platform that paints on a timer: run the loop until it did
        app.processEvents()
    wall, cpu = (time.perf_counter() - t) * 1000, (time.process_time() - c) * 1000
    app.removeEventFilter(counter)
    t = time.perf_counter()
    app.processEvents()  # timers due now: a prefetch on the GUI thread would run here
    busy = (time.perf_counter() - t) * 1000
    return wall, cpu, busy, Paints.count


def _settle(app: Any, seconds: float = 0.3, page: Any = None) -> None:
    """Let background work finish (a prefetch thread, deferred loads) between presses.

    As a user pausing between two presses: the neighbours are loaded by then (the
    old GUI-thread prefetch ran inside ``after``; a worker's must not overlap the next
    press, whose CPU time would count it).
    """
    deadline = time.perf_counter() + seconds
    busy = getattr(page, "prefetching", None)
    limit = time.perf_counter() + 20
    while time.perf_counter() < deadline or (busy is not None and busy() and time.perf_counter() < limit):
        app.processEvents()
        time.sleep(0.005)


def bench_window(url: str, steps: int, tmp: Path, views: tuple[str, ...] = VIEWS) -> dict[str, float]:
    """Print the per-view figures of one database; return the month step median (wall)."""
    from planner.app import build_window, make_application, set_language
    from planner.db import open_database
    from planner.ui.settings_store import SettingsStore

    app = make_application()
    set_language(app, "cs")
    db = open_database(url)
    with db.engine.connect() as conn:
        total = conn.exec_driver_sql("select count(*) from event").scalar()
    print(f"\n== {db.engine.dialect.name}, {total} events ({url.rsplit('/', 1)[-1]}); load average "
          f"{os.getloadavg()[0]:.1f}")
    window = build_window(db, SettingsStore(str(tmp / f"w{time.monotonic_ns()}.ini")), "cs")
    window.resize(1366, 768)
    window.show()
    window.show_page("calendar")
    page = window.calendar
    _settle(app)
    sqlite = db.engine.dialect.name == "sqlite"
    print(f"{'view':9s} {'step ms (CPU)':>16s} {'max':>7s} {'after':>7s} {'floor (CPU)':>15s} {'ratio':>6s} "
          f"{'CPU ratio':>9s}  events conflicts")
    result: dict[str, float] = {}
    for view in VIEWS:
        if view not in page.views or view not in views:
            continue
        page.set_view(view)
        page.go_to(ANCHOR)
        _settle(app)
        walls, cpus, busies, floors, floor_cpus = [], [], [], [], []
        for _ in range(steps):
            widget = page.current_view()
            before = page.current_date()
            wall, cpu, busy, _paints = _press(widget, app)
            if page.current_date() == before:
                raise SystemExit(f"{view}: Page Down did not move the view")
            walls.append(wall)
            cpus.append(cpu)
            busies.append(busy)
            floor_wall, floor_cpu = _floor_ms(db.engine, *page.visible_range())
            floors.append(floor_wall)
            floor_cpus.append(floor_cpu)
            _settle(app, 0.15, page)
        shown = len(getattr(page.current_view(), "rows", ()))
        wall_m, floor_m = statistics.median(walls), statistics.median(floors)
        cpu_m, floor_cpu_m = statistics.median(cpus), statistics.median(floor_cpus)
        cpu_ratio = f"{cpu_m / floor_cpu_m:8.1f}×" if sqlite and floor_cpu_m > 0 else f"{'-':>9s}"
        print(f"{view:9s} {wall_m:7.1f} ({cpu_m:6.1f}) {max(walls):7.1f} {statistics.median(busies):7.1f} "
              f"{floor_m:7.2f} ({floor_cpu_m:5.2f}) {wall_m / floor_m:5.1f}× {cpu_ratio}  {shown:6d} "
              f"{len(page.conflicts()):9d}")
        result[view] = wall_m
        result[f"{view}_cpu"] = cpu_m
        result[f"{view}_floor"] = floor_m
        result[f"{view}_floor_cpu"] = floor_cpu_m
    window.close()
    window.deleteLater()
    app.processEvents()
    db.dispose()
    return result


class ScriptFailed(Exception):
    """A measured child process exited with an error (its stderr is the message)."""


def _run_script(script: str, args: list[str], env: dict[str, str]) -> list[str]:
    """Run one measuring script in a fresh interpreter; return its last output line's fields."""
    out = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, cwd=ROOT, env=env,
                         timeout=600)
    if out.returncode:
        raise ScriptFailed(out.stderr.strip().splitlines()[-1] if out.stderr.strip() else f"exit {out.returncode}")
    return out.stdout.split()


# The start's CPU time, part by part (START_SCRIPT prints them in this order).
PARTS = ("imports", "app_db", "build", "paint")


def bench_start(url: str, tmp: Path, runs: int = 3) -> dict[str, float]:
    """Return medians of start to first month painted, of the floor (Qt, SQLAlchemy, the models, the
    database opened) and of a bare QMainWindow (wall s, CPU s each), and the peak RSS MiB."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # as installed: bytecode cached
    env["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    got: dict[str, list[float]] = {k: [] for k in ("start", "start_cpu", "floor", "floor_cpu", "bare", "bare_cpu",
                                                   "libs", "libs_cpu", "rss", *PARTS)}
    ini = tmp / "modules.ini"
    ini.write_text("[calendar]\nview=month\ndate=2026-06-15\n", encoding="utf-8")
    qt_names = _qt_names(_run_script(START_MODULES_SCRIPT, [url, str(ini)], env))
    for attempt in range(runs + 1):
        ini = tmp / f"start{attempt}.ini"
        ini.write_text("[calendar]\nview=month\ndate=2026-06-15\n", encoding="utf-8")
        fields = _run_script(START_SCRIPT, [url, str(ini)], env)
        parts, (painted, cpu, peak) = fields[-7:-3], fields[-3:]
        floor_wall, floor_cpu = _run_script(FLOOR_START_SCRIPT, [url], env)[-2:]
        libs_wall, libs_cpu = _run_script(LIBRARIES_START_SCRIPT, [url, qt_names], env)[-2:]
        bare_wall, bare_cpu = _run_script(BARE_SCRIPT, [], env)[-2:]
        if attempt:  # the first run writes bytecode caches
            for key, value in (("start", painted), ("start_cpu", cpu), ("rss", peak), ("floor", floor_wall),
                               ("floor_cpu", floor_cpu), ("bare", bare_wall), ("bare_cpu", bare_cpu),
                               ("libs", libs_wall), ("libs_cpu", libs_cpu)):
                got[key].append(float(value))
            for key, value in zip(PARTS, parts, strict=True):
                got[key].append(float(value))
    result = {k: statistics.median(v) for k, v in got.items()}
    result["rss"] = max(got["rss"])
    return result


def bench_excel(events: int = 10_000) -> tuple[float, float]:
    """Return the xlsx report's write time over bare openpyxl write-only's (wall ratio, CPU ratio)."""
    import bench_excel  # bench/ is on sys.path when this file runs as a script

    figures = bench_excel.measure(events, repeat=5)
    return figures["ours"] / figures["base"], figures["ours_cpu"] / figures["base_cpu"]


def _label(url: str) -> str:
    return url.rsplit("/", 1)[-1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", action="append", required=True, help="database URL with generated data (repeat)")
    parser.add_argument("--steps", type=int, default=15)
    parser.add_argument("--no-start", action="store_true", help="skip the start and RSS figures")
    parser.add_argument("--excel", action="store_true", help="also the xlsx report vs bare openpyxl (bench_excel)")
    parser.add_argument("--views", default=",".join(VIEWS), help="comma-separated views (default: all)")
    args = parser.parse_args(argv)
    print(f"{os.cpu_count()} CPUs; step = key press to painted window, after = GUI thread busy "
          f"afterwards, floor = bare driver fetch of the range; medians of {args.steps}; CPU = process time")
    months: dict[str, dict[str, float]] = {}
    starts: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        for url in args.db:
            months[url] = bench_window(url, args.steps, tmp, tuple(args.views.split(",")))
            if args.no_start:
                continue
            try:
                st = starts[url] = bench_start(url, tmp)
            except ScriptFailed as exc:  # one database that cannot start must not hide the others' figures
                print(f"start: FAILED ({exc})")
                continue
            print(f"start -> first month painted {st['start']:.2f} s, CPU {st['start_cpu']:.2f} s; floor (Qt, "
                  f"SQLAlchemy, models, database open) {st['floor']:.2f} s, CPU {st['floor_cpu']:.2f} s "
                  f"({st['start_cpu'] / st['floor_cpu']:.1f}×); bare QMainWindow {st['bare']:.2f} s, CPU "
                  f"{st['bare_cpu']:.2f} s ({st['start_cpu'] / st['bare_cpu']:.1f}×); peak RSS {st['rss']:.0f} MiB")
            print(f"  the libraries' floor (the floor, the Qt classes and enums the window names, the mappers "
                  f"configured) {st['libs']:.2f} s, CPU {st['libs_cpu']:.2f} s: the program adds "
                  f"{st['start_cpu'] - st['libs_cpu']:.2f} s CPU")
            print(f"  its CPU: imports {st['imports']:.2f} s, application and database {st['app_db']:.2f} s, "
                  f"window built {st['build']:.2f} s, shown and painted {st['paint']:.2f} s")
    excel = bench_excel() if args.excel else None
    print("\n== summary: CPU (wall), medians")
    for url in args.db:
        m = months[url]
        line = (f"{_label(url):22s} month step {m['month_cpu']:6.1f} ms ({m['month']:6.1f}), floor "
                f"{m['month_floor_cpu']:5.1f} ({m['month_floor']:6.1f})")
        if url in starts:
            st = starts[url]
            line += (f"; start {st['start_cpu']:.2f} s ({st['start']:.2f}), floor {st['floor_cpu']:.2f} "
                     f"({st['floor']:.2f}), bare {st['bare_cpu']:.2f} ({st['bare']:.2f}); peak RSS "
                     f"{st['rss']:.0f} MiB")
        print(line)
    first = args.db[0]
    for url in args.db[1:]:
        m, base = months[url], months[first]
        print(f"month step of {_label(url)} vs {_label(first)}: CPU {m['month_cpu'] / base['month_cpu']:.2f}×, "
              f"wall {m['month'] / base['month']:.2f}× (bare driver fetch: wall "
              f"{m['month_floor'] / base['month_floor']:.2f}×)")
    if excel is not None:
        print(f"xlsx report, 10k events, vs bare openpyxl write-only: {excel[1]:.2f}× CPU, {excel[0]:.2f}× wall "
              f"(target ≤ 1.2×)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
