"""Round trip: export, import into an empty database, same events and times (also random data)."""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Iterator

import pytest

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.db import Database, open_database
from planner.formats.ical import ExportOptions, export_calendar, parse_calendar
from planner.models.enums import EventCategory, EventStatus
from planner.services.dto import EventDraft, EventRow
from planner.services.events import create_event, find_event_by_uid, list_events
from planner.services.ical_import import import_events
from planner.services.timeutil import PRAGUE, UTC, prague
from tests.formats._ical_data import make_office

FIELDS = ("uid", "title", "start", "end", "all_day", "status", "category", "public", "description",
          "ticket_info", "url", "sequence")


def _same(a: EventRow, b: EventRow) -> None:
    for name in FIELDS:
        assert getattr(a, name) == getattr(b, name), name


def _roundtrip(source: list[EventRow], target_sm, include_internal: bool = False) -> None:
    data = export_calendar(source, ExportOptions("round trip", include_internal=include_internal))
    report = import_events(target_sm, parse_calendar(data, now=dt.datetime(2026, 6, 1, tzinfo=UTC)).events)
    assert report.skipped == 0 and report.new == len(source)


def test_round_trip_into_an_empty_database_keeps_events_and_times(sm, sqlite_db: Database) -> None:
    office = make_office(sm)
    office.event("Zahajovací koncert", description="Janáček, Martinů; Dvořák\nPřídavek", ticket_info="250 Kč",
                 url="https://opava.example/a?b=1,2", internal_notes="nic")
    office.event("Noc změny času", prague(2026, 3, 29, 1, 30), prague(2026, 3, 29, 3, 30))
    office.event("Podzimní noc", dt.datetime(2026, 10, 25, 0, 30, tzinfo=UTC),
                 dt.datetime(2026, 10, 25, 1, 45, tzinfo=UTC), status=EventStatus.DRAFT)
    office.all_day("Výstava", dt.date(2026, 3, 20), dt.date(2026, 4, 10), public=False)
    office.all_day("Vánoční trhy", dt.date(2026, 11, 27), dt.date(2026, 12, 23), status=EventStatus.PLANNED)
    source = list_events(sm)
    make_office(sqlite_db.sm)  # same venue and series names in the other database
    _roundtrip(source, sqlite_db.sm, include_internal=True)
    target = {r.uid: r for r in list_events(sqlite_db.sm)}
    for row in source:
        _same(row, target[row.uid])
        assert target[row.uid].venue_name == row.venue_name
        assert target[row.uid].series_name == row.series_name
        assert target[row.uid].internal_notes == row.internal_notes


_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\x7f")
    | st.sampled_from(list(",;:\\\"'ěščřžýáíéůúĚŠČŘŽ€–")),
    min_size=1, max_size=120,
)
_DESC = st.lists(_TEXT, max_size=4).map("\n".join)


@st.composite
def _drafts(draw: st.DrawFn) -> EventDraft:
    title = draw(_TEXT.filter(lambda t: t.strip())).strip()
    all_day = draw(st.booleans())
    status = draw(st.sampled_from([s for s in EventStatus if s is not EventStatus.CANCELLED]))
    common = dict(
        category=draw(st.sampled_from(list(EventCategory))), status=status, public=draw(st.booleans()),
        description=draw(_DESC).strip(), ticket_info=draw(st.text(string.printable.strip(), max_size=40)).strip(),
        url=draw(st.sampled_from(["", "https://opava.example/akce?id=1&x=a,b", "http://www.opava-city.cz/"])),
    )
    if all_day:
        first = draw(st.dates(dt.date(2024, 1, 1), dt.date(2030, 12, 31)))
        last = first + dt.timedelta(days=draw(st.integers(0, 60)))
        return EventDraft.all_day_event(title, first, last, **common)
    naive = draw(st.datetimes(dt.datetime(2024, 1, 1), dt.datetime(2030, 12, 31)))
    start = naive.replace(second=0, microsecond=0, tzinfo=PRAGUE).astimezone(UTC)
    minutes = draw(st.integers(1, 3 * 24 * 60))
    return EventDraft(title=title, start=start, end=start + dt.timedelta(minutes=minutes), **common)


@pytest.fixture
def target_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A second, empty SQLite database to import into."""
    db = open_database(f"sqlite:///{tmp_path_factory.mktemp('target') / 'target.sqlite3'}")
    yield db
    db.dispose()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(drafts=st.lists(_drafts(), min_size=1, max_size=3))
def test_random_events_round_trip(sqlite_db: Database, target_db: Database, drafts: list[EventDraft]) -> None:
    # Every example creates new UIDs, so the two databases can be shared between examples.
    source = [create_event(sqlite_db.sm, d) for d in drafts]
    _roundtrip(source, target_db.sm)
    for row in source:
        copy = find_event_by_uid(target_db.sm, row.uid)
        assert copy is not None
        _same(row, copy)
