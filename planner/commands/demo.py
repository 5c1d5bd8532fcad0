"""`planner demo [--reset]`."""

from __future__ import annotations

import argparse

from planner import errors
from planner.commands._common import open_db, say
from planner.services import demo


def run(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        result = demo.load_demo(db.sm, reset_first=args.reset)
    finally:
        db.dispose()
    cs = errors.language() == "cs"
    if result.total == 0:
        say("Ukázková data už jsou načtena; nic nového nepřibylo." if cs else
            "The demo data is already loaded; nothing was added.")
    else:
        say(
            (f"Načteno: {result.events} akcí, {result.venues} míst, {result.series} řad, "
             f"{result.vendors} prodejců, {result.markets} trhy, {result.stalls} stánků, "
             f"{result.bookings} rezervací, {result.staff} pracovníků.")
            if cs else
            (f"Loaded: {result.events} events, {result.venues} venues, {result.series} series, "
             f"{result.vendors} vendors, {result.markets} markets, {result.stalls} stalls, "
             f"{result.bookings} bookings, {result.staff} staff.")
        )
    return 0
