"""Benchmark: the Změny page over a history of 10,000 changes.

Real service calls write the first changes (creates, moves, renames, bookings), then the log is
topped up to N changed rows with copies of their shapes (bulk INSERT, as a year of office work
would leave). Times what the page waits for: the history query with its rows turned into DTOs
and display texts (and, when the Qt page exists, the table model fill), next to the raw SELECT
of the same rows, which is the floor. Target: under 200 ms for 10,000 changes. Prints, asserts nothing.

    QT_QPA_PLATFORM=offscreen uv run python bench/bench_history.py [--changes 10000] [--repeat 5] [--pg URL]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, select  # noqa: E402

from planner.db import open_database  # noqa: E402
from planner.formats.history_text import describe, record_text  # noqa: E402
from planner.models import HistoryEntry, Operation  # noqa: E402
from planner.services import events, history, venues  # noqa: E402
from planner.services.dto import EventDraft, VenueDraft  # noqa: E402
from planner.services.timeutil import prague  # noqa: E402

OP, ENTRY = Operation.__table__, HistoryEntry.__table__


def populate(sm, n_changes: int) -> int:  # type: ignore[no-untyped-def]
    """Write real changes through the services, then copy their shapes up to n_changes rows."""
    venue = venues.create_venue(sm, VenueDraft("Obecní dům Opava"))
    for i in range(60):
        start = prague(2026, 12, 1 + i % 28, 18)
        row = events.create_event(sm, EventDraft(f"Koncert č. {i} – Žesťové kvinteto", start,
                                                 start + dt.timedelta(hours=2), venue_id=venue.id))
        row = events.move_event(sm, row.id, row.start + dt.timedelta(hours=1))
        events.update_event(sm, row.id, replace(row.to_draft(), description=f"Program večera {i}: Dvořák, Janáček"))
    with sm.begin() as s:
        conn = s.connection()
        ops = [dict(m) for m in conn.execute(select(OP).order_by(OP.c.id)).mappings()]
        entries = [dict(m) for m in conn.execute(select(ENTRY).order_by(ENTRY.c.id)).mappings()]
        have = len(entries)
        next_op = max(o["id"] for o in ops) + 1
        by_op: dict[int, list[dict]] = {}  # type: ignore[type-arg]
        for e in entries:
            by_op.setdefault(e["op_id"], []).append(e)
        new_ops, new_entries = [], []
        i = 0
        while have + len(new_entries) < n_changes:
            template = ops[i % len(ops)]
            i += 1
            op = {**template, "id": next_op, "at": template["at"] - dt.timedelta(minutes=i),
                  "who": ("jana.novakova", "petr.svoboda", "eva.kralova")[i % 3]}
            new_ops.append(op)
            for e in by_op[template["id"]]:
                new_entries.append({k: v for k, v in e.items() if k != "id"} | {"op_id": next_op})
            next_op += 1
        if new_ops:
            conn.execute(insert(OP), new_ops)
            conn.execute(insert(ENTRY), new_entries[: n_changes - have])
        s.info["planner_history"] = None  # a synthetic log, not an operation of its own
    with sm() as s:
        return int(s.execute(select(ENTRY.c.id)).all().__len__())


def _timed(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--changes", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--pg", metavar="URL", help="a PostgreSQL database to use instead of a SQLite file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(args.pg or f"sqlite:///{Path(tmp) / 'bench.sqlite3'}")
        t0 = time.perf_counter()
        n = populate(db.sm, args.changes)
        made = time.perf_counter() - t0
        query = history.HistoryQuery(limit=None)
        sql = str(history.select_history(query).compile(db.engine, compile_kwargs={"literal_binds": True}))

        def raw() -> None:  # the page's own statement, rows as the driver returns them: the floor
            with db.engine.connect() as conn:
                conn.exec_driver_sql(sql).all()

        def page() -> None:
            rows = history.list_history(db.sm, query)
            for r in rows:  # what the table shows per row
                record_text(r)
                describe(r)

        floor = _timed(raw, args.repeat)
        listed = _timed(page, args.repeat)
        model = None
        try:
            from planner.ui.history.model import fill_benchmark  # the Změny page's model, when present
        except ImportError:
            pass
        else:
            model = _timed(lambda: fill_benchmark(db.sm, query), args.repeat)
        backend = db.engine.dialect.name
        db.dispose()
    print(f"history: {n} changed rows ({backend}); populated in {made:.1f} s")
    print(f"raw SELECT of the page's rows (floor):       {floor * 1000:8.1f} ms")
    print(f"list_history + display texts:                {listed * 1000:8.1f} ms  ({listed / floor:.1f}x floor)")
    if model is not None:
        print(f"Změny page model fill (query + texts + Qt):  {model * 1000:8.1f} ms  ({model / floor:.1f}x floor)")
    print("target: under 200 ms")


if __name__ == "__main__":
    main()
