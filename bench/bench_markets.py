"""Benchmark: the markets page with a large market (400 stalls, 800 bookings).

Times what the referent waits for: loading the page data from the services, rebuilding
the stall map scene (every change does both), drawing the map offscreen and exporting
the PDF. Target: a change (reload + rebuild) well under 0.5 s. Prints figures, asserts nothing.

    QT_QPA_PLATFORM=offscreen uv run python bench/bench_markets.py [--stalls 400] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtGui import QUndoStack  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from planner.db import open_database  # noqa: E402
from planner.models import Stall, StallBooking, Vendor  # noqa: E402
from planner.models.enums import BookingStatus, StallKind, VendorCategory  # noqa: E402
from planner.services import markets as ms  # noqa: E402
from planner.services.dto import EventDraft, FeeRule  # noqa: E402
from planner.ui.changes import ChangeBus  # noqa: E402
from planner.ui.context import AppContext  # noqa: E402
from planner.ui.markets.page import MarketsPage  # noqa: E402
from planner.ui.settings_store import SettingsStore  # noqa: E402

FIRST, LAST = dt.date(2026, 11, 27), dt.date(2026, 12, 23)


def populate(sm, n_stalls: int, seed: int = 26) -> int:  # type: ignore[no-untyped-def]
    """Create a market with n stalls in rows, two bookings per stall (split weeks), 300 vendors."""
    rnd = random.Random(seed)
    market = ms.create_market(sm, EventDraft.all_day_event("Velký trh", FIRST, LAST),
                              fee_rule=FeeRule(Decimal("300"), Decimal("0"), Decimal("50")))
    per_row = 20
    rows = (n_stalls + per_row - 1) // per_row
    ms.update_market_settings(sm, market.event_id, default_open=dt.time(10), default_close=dt.time(20),
                              fee_rule=market.fee_rule, map_width_m=Decimal(per_row * 4.5 + 8),
                              map_depth_m=Decimal(rows * 6 + 8))
    cats = list(VendorCategory)
    with sm.begin() as s:
        vendors = [Vendor(name=f"Prodejce {i:03d} – Řemeslo Čech", category=rnd.choice(cats),
                          power_kw=Decimal(rnd.choice(["0", "1.0", "3.5", "8.0"])) or None) for i in range(300)]
        s.add_all(vendors)
        s.flush()
        for i in range(n_stalls):
            st = Stall(market_id=market.event_id, code=f"S{i:03d}", kind=rnd.choice(list(StallKind)),
                       width_m=Decimal("3"), depth_m=Decimal("2"), has_power=rnd.random() < 0.7,
                       power_kw=Decimal("3.6"), x_m=4 + (i % per_row) * 4.5, y_m=4 + (i // per_row) * 6)
            s.add(st)
            s.flush()
            mid = FIRST + dt.timedelta(days=13)
            for first, last in ((FIRST, mid), (mid + dt.timedelta(days=1), LAST)):
                s.add(StallBooking(stall_id=st.id, vendor_id=rnd.choice(vendors).id, first_day=first, last_day=last,
                                   status=rnd.choice([BookingStatus.APPROVED, BookingStatus.APPLIED]),
                                   fee=Decimal("4200"), needs_power=True,
                                   paid_on=FIRST if rnd.random() < 0.6 else None))
    return market.event_id


def timed(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stalls", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    app = QApplication(sys.argv)
    tmp = tempfile.mkdtemp()
    db = open_database(f"sqlite:///{tmp}/bench.sqlite3")
    market_id = populate(db.sm, args.stalls)
    ctx = AppContext(db=db, settings=SettingsStore(f"{tmp}/s.ini"), bus=ChangeBus(), undo=QUndoStack())
    page = MarketsPage(ctx)
    page.resize(1280, 800)
    page.show()
    page.select_market(market_id)
    app.processEvents()
    n_bookings = len(page.bookings)
    services = timed(lambda: (ms.list_stalls(db.sm, market_id), ms.list_bookings(db.sm, market_id),
                              ms.market_totals(db.sm, market_id)), args.repeat)
    change = timed(lambda: (ctx.bus.emit_change("market", [market_id]), app.processEvents()), args.repeat)
    paint = timed(lambda: page.map_view.viewport().grab(), args.repeat)
    image = timed(lambda: page.render_map(QSize(1280, 800)), args.repeat)
    pdf = timed(lambda: page.export_pdf(f"{tmp}/map.pdf"), args.repeat)
    print(f"market: {args.stalls} stalls, {n_bookings} bookings (SQLite)")
    print(f"services (stalls + bookings + totals): {services * 1000:8.1f} ms")
    print(f"one change (reload + rebuild map/table): {change * 1000:8.1f} ms")
    print(f"paint the map view:                     {paint * 1000:8.1f} ms")
    print(f"render 1280x800 picture:                {image * 1000:8.1f} ms")
    print(f"export A4 PDF:                          {pdf * 1000:8.1f} ms")
    db.dispose()


if __name__ == "__main__":
    main()
