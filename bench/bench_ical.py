"""Benchmark: iCalendar export and import of 10,000 events.

    uv run python bench/bench_ical.py [N]

Prints the export time next to building the same calendar with the icalendar
library directly (target: ratio < 1.5), the time to write all subscription feeds,
and the time to import the exported file into an empty database (target: < 5 s).
Asserts nothing.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

from icalendar import Calendar, vText
from icalendar import Event as VEvent

from planner.db import open_database
from planner.formats.ical import ExportOptions, export_calendar, parse_calendar, prague_vtimezone
from planner.formats.publish import publish_feeds
from planner.models import Event, Series, Staff, Venue
from planner.models.enums import EventCategory, EventStatus, StaffRole
from planner.services.events import list_events
from planner.services.ical_import import import_events
from planner.services.timeutil import PRAGUE, UTC, local_midnight


def generate(sm, n: int, seed: int = 5) -> None:  # type: ignore[no-untyped-def]
    """Insert n synthetic events (timed and all-day, Czech texts) with a bulk insert."""
    rnd = random.Random(seed)
    with sm.begin() as s:
        venues = [Venue(name=f"Sál č. {i} – Obecní dům", street=f"Horní náměstí {i}", postal_code="746 01")
                  for i in range(20)]
        series = [Series(name=f"Řada {i}: Bezručova Opava") for i in range(8)]
        staff = [Staff(name=f"Pracovník Čestmír {i}", role=StaffRole.REFERENT, email=f"p{i}@opava.example")
                 for i in range(6)]
        s.add_all(venues + series + staff)
        s.flush()
        day0 = dt.date(2026, 1, 1)
        for i in range(n):
            day = day0 + dt.timedelta(days=rnd.randrange(730))
            if rnd.random() < 0.1:
                start, end = local_midnight(day), local_midnight(day + dt.timedelta(days=rnd.randrange(1, 30)))
                all_day = True
            else:
                start = dt.datetime.combine(day, dt.time(rnd.randrange(8, 21), rnd.choice((0, 15, 30))),
                                            tzinfo=PRAGUE).astimezone(UTC)
                end, all_day = start + dt.timedelta(minutes=rnd.randrange(30, 240)), False
            s.add(Event(
                title=f"Koncert č. {i}: Janáček, Martinů; Dvořák – Žluťoučký kůň",
                category=rnd.choice(list(EventCategory)), status=rnd.choice(list(EventStatus)),
                start=start, end=end, all_day=all_day,
                venue_id=rnd.choice(venues).id, series_id=rnd.choice(series).id, staff_id=rnd.choice(staff).id,
                description="Program: Leoš Janáček, Bohuslav Martinů.\nPřídavek dle nálady." * rnd.randrange(1, 4),
                ticket_info="250 Kč, studenti 100 Kč", url="https://www.opava-city.cz/akce",
                public=rnd.random() < 0.8,
            ))


def direct(rows) -> bytes:  # type: ignore[no-untyped-def]
    """The same calendar built with icalendar directly, without our helpers."""
    stamp = dt.datetime.now(UTC).replace(microsecond=0)
    cal = Calendar()
    for k, v in (("prodid", "-//x//y//CS"), ("version", "2.0"), ("calscale", "GREGORIAN"), ("method", "PUBLISH"),
                 ("x-wr-calname", "Opava"), ("x-wr-timezone", "Europe/Prague")):
        cal.add(k, v)
    cal.add_component(prague_vtimezone())
    status = {EventStatus.CONFIRMED: "CONFIRMED", EventStatus.PLANNED: "TENTATIVE",
              EventStatus.DRAFT: "TENTATIVE", EventStatus.CANCELLED: "CANCELLED"}
    for r in rows:
        ev = VEvent()
        ev.add("uid", r.uid)
        ev.add("dtstamp", stamp)
        ev.add("created", r.created_at)
        ev.add("last-modified", r.updated_at)
        ev.add("sequence", r.sequence)
        ev.add("summary", r.title)
        if r.all_day:
            ev.add("dtstart", r.first_day)
            ev.add("dtend", r.last_day + dt.timedelta(days=1))
            ev.add("x-microsoft-cdo-alldayevent", "TRUE")
        else:
            ev.add("dtstart", r.start.astimezone(PRAGUE))
            ev.add("dtend", r.end.astimezone(PRAGUE))
        ev.add("transp", "TRANSPARENT" if r.all_day else "OPAQUE")
        ev.add("x-microsoft-cdo-busystatus", "FREE" if r.all_day else "BUSY")
        ev.add("status", status[r.status])
        ev.add("location", f"{r.venue_name}, {r.venue_address}")
        ev.add("description", f"{r.description}\n\nŘada: {r.series_name}\nVstupné: {r.ticket_info}\n"
                              f"Odpovídá: {r.staff_name}")
        ev.add("categories", [r.series_name, r.category.value])
        ev.add("url", r.url)
        ev.add("x-opava-category", r.category.value)
        ev.add("x-opava-status", r.status.value)
        ev.add("x-opava-public", "TRUE" if r.public else "FALSE")
        ev.add("x-opava-venue", vText(r.venue_name))
        ev.add("x-opava-series", vText(r.series_name))
        ev.add("x-opava-tickets", vText(r.ticket_info))
        ev.add("x-opava-description", vText(r.description))
        cal.add_component(ev)
    return cal.to_ical()


def best_of(fn, repeat: int = 3) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    best, result = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t)
    return best, result


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        src = open_database(f"sqlite:///{Path(tmp) / 'src.sqlite3'}")
        t = time.perf_counter()
        generate(src.sm, n)
        print(f"generated {n} events in {time.perf_counter() - t:.2f} s")
        t_query, rows = best_of(lambda: list_events(src.sm))
        print(f"list_events (query + DTOs):        {t_query:6.2f} s")
        # Interleaved, best of three each: a busy machine slows both alike.
        t_ours = t_direct = float("inf")
        data = b""
        for _ in range(3):
            t = time.perf_counter()
            data = export_calendar(rows, ExportOptions("Opava"))  # type: ignore[arg-type]
            t_ours = min(t_ours, time.perf_counter() - t)
            t = time.perf_counter()
            direct(rows)
            t_direct = min(t_direct, time.perf_counter() - t)
        print(f"export_calendar (ours):            {t_ours:6.2f} s  ({len(data) / 1e6:.1f} MB)")
        print(f"icalendar directly, same calendar: {t_direct:6.2f} s")
        print(f"ratio ours / direct:               {t_ours / t_direct:6.2f}  (target < 1.5)")
        with tempfile.TemporaryDirectory() as feeds:
            t = time.perf_counter()
            result = publish_feeds(src.sm, feeds, now=dt.datetime(2026, 6, 1, tzinfo=UTC))
            print(f"publish_feeds ({len(result.files)} files):       {time.perf_counter() - t:6.2f} s  "
                  f"({result.events} events, each serialised once per variant)")
        dst = open_database(f"sqlite:///{Path(tmp) / 'dst.sqlite3'}")
        t = time.perf_counter()
        parsed = parse_calendar(data, now=dt.datetime(2027, 1, 1, tzinfo=UTC))
        t_parse = time.perf_counter() - t
        report = import_events(dst.sm, parsed.events)
        t_import = time.perf_counter() - t
        print(f"import into an empty database:     {t_import:6.2f} s  (parse {t_parse:.2f} s; "
              f"{report.new} new, {report.skipped} skipped; target < 5 s)")
        t = time.perf_counter()
        again = import_events(dst.sm, parse_calendar(data, now=dt.datetime(2027, 1, 1, tzinfo=UTC)).events)
        print(f"re-import (all unchanged):         {time.perf_counter() - t:6.2f} s  ({again.unchanged} unchanged)")
        src.dispose()
        dst.dispose()


if __name__ == "__main__":
    main()
