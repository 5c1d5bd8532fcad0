"""`planner demo [--reset]`."""

from __future__ import annotations

import argparse

from planner.commands._common import open_db, say
from planner.errors import t as _t
from planner.plural import count
from planner.services import demo


def run(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        result = demo.load_demo(db.sm, reset_first=args.reset)
    finally:
        db.dispose()
    if result.total == 0:
        say(_t("Ukázková data už jsou načtena; nic nového nepřibylo.",
               "The demo data is already loaded; nothing was added."))
    else:
        parts = [
            count(result.events, ("akce", "akce", "akcí"), ("event", "events")),
            count(result.venues, ("místo", "místa", "míst"), ("venue", "venues")),
            count(result.series, ("řada", "řady", "řad"), ("series", "series")),
            count(result.vendors, ("prodejce", "prodejci", "prodejců"), ("vendor", "vendors")),
            count(result.markets, ("trh", "trhy", "trhů"), ("market", "markets")),
            count(result.stalls, ("stánek", "stánky", "stánků"), ("stall", "stalls")),
            count(result.bookings, ("rezervace", "rezervace", "rezervací"), ("booking", "bookings")),
            count(result.staff, ("pracovník", "pracovníci", "pracovníků"), ("staff member", "staff members")),
        ]
        say(_t("Načteno: ", "Loaded: ") + ", ".join(parts) + ".")
    return 0
