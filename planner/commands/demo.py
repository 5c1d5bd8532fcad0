"""`planner demo [--reset]`."""

from __future__ import annotations

import argparse

from planner.commands._common import open_db, say
from planner.i18n import _, ngettext
from planner.services import demo


def run(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        result = demo.load_demo(db.sm, reset_first=args.reset)
    finally:
        db.dispose()
    if result.total == 0:
        say(_("The demo data is already loaded; nothing was added."))
    else:
        parts = [
            ngettext("{n} event", "{n} events", result.events).format(n=result.events),
            ngettext("{n} venue", "{n} venues", result.venues).format(n=result.venues),
            ngettext("{n} series", "{n} series", result.series).format(n=result.series),
            ngettext("{n} vendor", "{n} vendors", result.vendors).format(n=result.vendors),
            ngettext("{n} market", "{n} markets", result.markets).format(n=result.markets),
            ngettext("{n} stall", "{n} stalls", result.stalls).format(n=result.stalls),
            ngettext("{n} booking", "{n} bookings", result.bookings).format(n=result.bookings),
            ngettext("{n} staff member", "{n} staff members", result.staff).format(n=result.staff),
        ]
        say(_("Loaded: ") + ", ".join(parts) + ".")
    return 0
