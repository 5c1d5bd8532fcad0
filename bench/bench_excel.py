"""Benchmark: export 10,000 events to a formatted .xlsx vs. bare openpyxl write-only.

The baseline writes the very same cell values (dates, times, texts, numbers) with
openpyxl in write-only mode and no styling at all; the ratio is our full report
(formats, wrap, row heights, header, totals, print setup) over that baseline.
Target: ratio <= 1.2 (issue 13). The two run alternately, five times each, and the best of each counts:
a shared host's slow minutes then fall on both sides. Prints figures, asserts nothing.

    uv run python bench/bench_excel.py [--events 10000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import random
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from planner.formats import excel  # noqa: E402
from planner.formats.excel import writer as excel_writer  # noqa: E402
from planner.models.enums import EventCategory, EventStatus  # noqa: E402
from planner.services.dto import EventRow, PerformerLink  # noqa: E402
from planner.services.timeutil import UTC, prague  # noqa: E402

TITLES = ["Koncert", "Vernisáž", "Divadlo", "Přednáška", "Film", "Čtení", "Varhanní recitál", "Trh"]
VENUES = ["Kostel sv. Václava (Dům umění)", "Obecní dům – Sál Petra Bezruče", "Kino Mír", "Horní náměstí",
          "Slezské divadlo Opava – hlavní scéna", "Klub Art (suterén Obecního domu)"]
PEOPLE = ["Žaneta Čechová", "Komorní orchestr Slezské jaro", "Duo Šeptem", "Pěvecký sbor Hlas Opavy",
          "Jan Mráček (varhany)", "PhDr. Vojtěch Kratochvíl"]


def synthetic_events(n: int, seed: int = 26) -> list[EventRow]:
    """Return n realistic events over two years (some all-day, some multi-day, Czech text)."""
    rnd = random.Random(seed)
    now = dt.datetime(2026, 11, 26, tzinfo=UTC)
    out = []
    for i in range(n):
        day = dt.date(2026, 1, 1) + dt.timedelta(days=rnd.randrange(730))
        all_day = rnd.random() < 0.1
        if all_day:
            start = prague(day.year, day.month, day.day)
            last = day + dt.timedelta(days=rnd.randrange(1, 20))
            end = prague(last.year, last.month, last.day)
        else:
            start = prague(day.year, day.month, day.day, rnd.randrange(9, 21), rnd.choice((0, 15, 30)))
            end = start + dt.timedelta(minutes=rnd.choice((60, 90, 120, 150)))
        performers = tuple(PerformerLink(p) for p in rnd.sample(PEOPLE, rnd.randrange(0, 3)))
        out.append(EventRow(
            id=i + 1, uid=f"{i}@bench", title=f"{rnd.choice(TITLES)} č. {i} – {rnd.choice(PEOPLE)}",
            category=rnd.choice(list(EventCategory)), status=rnd.choice(list(EventStatus)),
            start=start, end=end, all_day=all_day, series_id=None, series_name=rnd.choice((None, "Bezručova Opava")),
            series_colour=None, parent_id=None, parent_title=None, venue_id=1, venue_name=rnd.choice(VENUES),
            venue_address=None, staff_id=None, staff_name="Mgr. Ondřej Kaláb", staff_email=None,
            public=rnd.random() < 0.8, description="", internal_notes="",
            expected_attendance=rnd.choice((None, 80, 150, 400)), ticket_info=rnd.choice(("", "Vstup volný", "250 Kč")),
            url="", sequence=0, version=1, created_at=now, updated_at=now, performers=performers,
        ))
    return out


def baseline(rows: list[tuple[object, ...]], headers: list[str], path: Path) -> None:
    """openpyxl write-only, same cells, no styles: the yardstick."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Akce")
    ws.append(headers)
    for row in rows:
        ws.append(list(row))
    wb.save(path)


def best_of_pair(repeat: int, ours_fn, base_fn) -> tuple[float, float, float, float]:  # type: ignore[no-untyped-def]
    """Run the two alternately ``repeat`` times; return the best wall and CPU seconds of each.

    Alternating keeps a shared host's slow minutes from landing on one side of the ratio.
    """
    got: dict[str, list[float]] = {"ours": [], "ours_cpu": [], "base": [], "base_cpu": []}
    for _ in range(repeat):
        for name, fn in (("ours", ours_fn), ("base", base_fn)):
            gc.collect()  # neither run pays for the other's garbage
            t0, c0 = time.perf_counter(), time.process_time()
            fn()
            got[name].append(time.perf_counter() - t0)
            got[f"{name}_cpu"].append(time.process_time() - c0)
    return min(got["ours"]), min(got["ours_cpu"]), min(got["base"]), min(got["base_cpu"])


def measure(n: int, repeat: int = 3) -> dict[str, float]:
    """Return the figures of one run: build, ours, base (wall s), ours_cpu, base_cpu (s), sizes, ticks."""
    events = synthetic_events(n)
    tmp = Path(tempfile.mkdtemp(prefix="bench-excel-"))
    t0 = time.perf_counter()
    report = excel.events_report(events, ("Období: 1. 1. 2026 – 31. 12. 2027",))
    build = time.perf_counter() - t0
    # The baseline gets the report's own values (timezone-free, as Excel needs them).
    values = [tuple(excel_writer._coerce(v) for v in row) for row in report.rows]
    headers = [c.header for c in report.columns]
    ticks: list[int] = []
    ours_fn = lambda: excel.write_report(report, tmp / "ours.xlsx", lambda d, t: ticks.append(d) is None)  # noqa: E731
    base_fn = lambda: baseline(values, headers, tmp / "base.xlsx")  # noqa: E731
    ours, ours_cpu, base, base_cpu = best_of_pair(repeat, ours_fn, base_fn)
    return {"build": build, "ours": ours, "base": base, "ours_cpu": ours_cpu, "base_cpu": base_cpu,
            "cells": n * len(headers), "ours_kib": (tmp / "ours.xlsx").stat().st_size // 1024,
            "base_kib": (tmp / "base.xlsx").stat().st_size // 1024, "ticks": len(ticks) // repeat}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    f = measure(args.events, args.repeat)
    ours, base = f["ours"], f["base"]
    print(f"events:                         {args.events:>8}")
    print(f"cells:                          {f['cells']:>8}")
    print(f"build report rows from DTOs:    {f['build']:8.3f} s")
    print(f"write formatted report:         {ours:8.3f} s   ({f['ours_kib']} KiB)")
    print(f"openpyxl write-only, no styles: {base:8.3f} s   ({f['base_kib']} KiB)")
    print(f"ratio write / baseline:         {ours / base:8.2f} x   (target <= 1.2)")
    print(f"same on CPU time:               {f['ours_cpu'] / f['base_cpu']:8.2f} x   "
          f"({f['ours_cpu']:.3f} s / {f['base_cpu']:.3f} s)")
    print(f"ratio build+write / baseline:   {(f['build'] + ours) / base:8.2f} x")
    print(f"progress callbacks per export:  {f['ticks']:8}")


if __name__ == "__main__":
    main()
