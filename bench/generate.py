"""Synthetic planner database for benchmarks: N events, venues, series, performers.

    uv run python bench/generate.py --db sqlite:////tmp/bench.sqlite3 --events 100000 [--profile realistic]

The spread is plausible for a busy culture office: mostly evening concerts and
shows of 1-3 hours, some all-day events, exhibitions of weeks, markets, and a
few festival editions and concert seasons lasting months. Rows go in with bulk
INSERTs (executemany) in one transaction, so 100,000 events take seconds.

Two profiles (issue 13):

- ``realistic`` (default): a whole city's culture calendar. Up to 100,000 events it
  spans 10 years (2021-2030, 30 halls); beyond that the calendar reaches back
  decades (25,000 events a year, so 1,000,000 events cover 1991-2030) and the city
  has as many halls as a busy day needs, so halls are not overbooked: about 1 % of
  hall bookings are deliberate double bookings. Performers grow with the events.
- ``stress``: every event packed into 10 years with 30 halls and 500 performers.
  At 1,000,000 events the halls run out every day and a month holds some 18,000
  conflicts: the worst case the conflicts dock and the sweep must survive.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, insert, select  # noqa: E402

from planner.db import open_database  # noqa: E402
from planner.models import Event, EventPerformer, Performer, Series, Staff, Venue  # noqa: E402
from planner.models.enums import (  # noqa: E402
    EventCategory,
    EventStatus,
    PerformerKind,
    SeriesKind,
    StaffRole,
    VenueKind,
)
from planner.services.timeutil import local_midnight, prague  # noqa: E402

LAST_YEAR = 2030
EVENTS_PER_YEAR = 25_000  # the realistic profile's density (a busy city, every venue)
PROFILES = ("realistic", "stress")
SHORT = (EventCategory.CLASSICAL_CONCERT, EventCategory.POPULAR_CONCERT, EventCategory.THEATRE,
         EventCategory.FILM, EventCategory.LECTURE, EventCategory.HAPPENING, EventCategory.COMPETITION_ROUND)
COLOURS = ("#1565c0", "#c62828", "#2e7d32", "#6a1b9a", "#ef6c00", "#00838f", "#ad1457", "#4e342e",
           "#283593", "#558b2f", "#d84315", "#37474f", "#0277bd", "#7b1fa2", "#9e9d24")
WORDS = ("Koncert", "Večer", "Recitál", "Představení", "Promítání", "Beseda", "Čtení", "Festival",
         "Výstava", "Trh", "Dílna", "Setkání", "Slavnost", "Soutěž", "Matiné")
NOUNS = ("varhan", "komorní hudby", "jazzu", "písní", "poezie", "filmu", "divadla", "folkloru",
         "mladých umělců", "Opavy", "Slezska", "baroka", "klavíru", "sboru", "rocku")


def _shape(events: int, profile: str) -> tuple[int, int, int]:
    """Return (years, halls, performers) for a profile and size."""
    if profile == "stress":
        return 10, 30, 500
    years = max(10, -(-events // EVENTS_PER_YEAR))
    per_day = events / (years * 365) * 0.86  # the short events, one hall each
    return years, max(30, int(per_day * 1.5) + 1), max(500, events // 200)


def generate(url: str, events: int, seed: int = 2026, profile: str = "realistic") -> dict[str, float]:
    """Fill a fresh database; return counts and the seconds it took."""
    if profile not in PROFILES:
        raise ValueError(f"unknown profile {profile!r}")
    rnd = random.Random(seed)
    years, hall_count, performer_count = _shape(events, profile)
    first_day = dt.date(LAST_YEAR - years + 1, 1, 1)
    t0 = time.perf_counter()
    db = open_database(url)
    with db.sm.begin() as s:
        if s.scalar(select(func.count()).select_from(Event)):
            raise SystemExit("the database already holds events; use a new file")
        s.execute(insert(Staff), [
            {"name": f"Pracovník {i}", "role": StaffRole.DRAMATURG if i % 2 else StaffRole.REFERENT,
             "email": f"staff{i}@opava.example"} for i in range(1, 7)
        ])
        s.execute(insert(Venue), [
            {"name": f"Sál {i:02d} – místo {i}", "kind": list(VenueKind)[i % len(VenueKind)],
             "capacity": rnd.randint(40, 900), "colour": COLOURS[i % len(COLOURS)], "equipment": []}
            for i in range(1, hall_count + 11)
        ])
        s.execute(insert(Series), [
            {"name": f"Řada {i:02d}", "kind": list(SeriesKind)[i % len(SeriesKind)], "colour": COLOURS[i]}
            for i in range(15)
        ])
        s.execute(insert(Performer), [
            {"name": f"Účinkující {i:04d}", "kind": list(PerformerKind)[i % len(PerformerKind)]}
            for i in range(1, performer_count + 1)
        ])
        venue_ids = list(s.scalars(select(Venue.id)))
        series_ids = list(s.scalars(select(Series.id)))
        staff_ids = list(s.scalars(select(Staff.id)))
        performer_ids = list(s.scalars(select(Performer.id)))
        days = years * 365
        halls, galleries = venue_ids[:hall_count], venue_ids[hall_count:]
        free: dict[dt.date, list[int]] = {}
        rows: list[dict[str, object]] = []
        for n in range(events):
            day = first_day + dt.timedelta(days=rnd.randrange(days))
            kind = rnd.random()
            all_day = False
            venue_id: int | None = None
            if kind < 0.86:
                category = rnd.choice(SHORT)
                start = prague(day.year, day.month, day.day, rnd.choice((10, 14, 16, 17, 18, 19, 19, 20)),
                               rnd.choice((0, 0, 15, 30)))
                end = start + dt.timedelta(minutes=rnd.choice((60, 90, 90, 120, 150, 180)))
                # a hall nobody else uses that day; a few real double bookings remain
                todays = free.setdefault(day, rnd.sample(halls, len(halls)))
                venue_id = todays.pop() if todays and rnd.random() > 0.01 else rnd.choice(halls)
            elif kind < 0.95:
                category, all_day = EventCategory.HAPPENING, True
                start = local_midnight(day)
                end = local_midnight(day + dt.timedelta(days=rnd.randint(1, 3)))
                venue_id = rnd.choice(galleries) if rnd.random() < 0.3 else None
            elif kind < 0.99:
                category, all_day = rnd.choice((EventCategory.EXHIBITION, EventCategory.MARKET)), True
                start = local_midnight(day)
                end = local_midnight(day + dt.timedelta(days=rnd.randint(7, 60)))
                venue_id = rnd.choice(galleries) if rnd.random() < 0.2 else None
            else:
                category, all_day = EventCategory.FESTIVAL, True
                start = local_midnight(day)
                end = local_midnight(day + dt.timedelta(days=rnd.randint(30, 200)))
            rows.append({
                "uid": f"{uuid.UUID(int=rnd.getrandbits(128))}@bench.opava",
                "title": f"{rnd.choice(WORDS)} {rnd.choice(NOUNS)}",
                "category": category,
                "status": rnd.choices(list(EventStatus), weights=(5, 30, 60, 5))[0],
                "series_id": rnd.choice(series_ids) if rnd.random() < 0.6 else None,
                "start": start, "end": end, "all_day": all_day,
                "venue_id": venue_id,
                "staff_id": rnd.choice(staff_ids),
                "public": rnd.random() < 0.9,
            })
            if len(rows) == 5000 or n == events - 1:  # in chunks: 1M dicts at once need gigabytes
                s.execute(insert(Event), rows)
                rows = []
        event_ids = list(s.scalars(select(Event.id)))
        links = set()
        for event_id in rnd.sample(event_ids, len(event_ids) * 3 // 10):
            for pid in rnd.sample(performer_ids, rnd.choice((1, 1, 2))):
                links.add((event_id, pid))
        s.execute(insert(EventPerformer), [{"event_id": e, "performer_id": p, "role": ""} for e, p in links])
    db.dispose()
    return {"events": events, "performer_links": len(links), "seconds": time.perf_counter() - t0,
            "years": years, "halls": hall_count, "performers": performer_count}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="database URL (a new SQLite file, or an empty PostgreSQL schema)")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--profile", choices=PROFILES, default="realistic")
    args = parser.parse_args(argv)
    result = generate(args.db, args.events, args.seed, args.profile)
    print(f"generated {result['events']} events ({args.profile}: {result['years']} years, {result['halls']} halls, "
          f"{result['performers']} performers), {result['performer_links']} performer links "
          f"in {result['seconds']:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
