"""Range queries behind the calendar: bounded by the longest event, and conflicts found by a sweep."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from planner.errors import ValidationErrors
from planner.services import conflicts, events
from planner.services import venues as venue_service
from planner.services.dto import EventDraft, EventQuery, PerformerLink, VenueDraft
from planner.services.timeutil import prague, range_bounds


def _ids(sm, first: dt.date, last: dt.date) -> set[int]:
    start, end = range_bounds(first, last)
    return {r.id for r in events.list_events(sm, EventQuery(start=start, end=end))}


def test_long_events_are_found_in_any_range_they_overlap(sm) -> None:
    season = events.create_event(sm, EventDraft.all_day_event("Koncertní sezóna", dt.date(2026, 1, 1), dt.date(2026, 12, 31)))
    short = events.create_event(sm, EventDraft("Koncert", prague(2026, 12, 30, 19), prague(2026, 12, 30, 21)))
    assert _ids(sm, dt.date(2026, 12, 28), dt.date(2027, 1, 3)) == {season.id, short.id}
    assert _ids(sm, dt.date(2026, 1, 1), dt.date(2026, 1, 1)) == {season.id}
    assert _ids(sm, dt.date(2027, 1, 1), dt.date(2027, 1, 31)) == set()
    # an event ending exactly when the range starts is not in it
    assert _ids(sm, dt.date(2026, 12, 31) + dt.timedelta(days=1), dt.date(2027, 1, 2)) == set()


def test_an_event_longer_than_a_year_is_refused(sm) -> None:
    longest = EventDraft.all_day_event("Výstava", dt.date(2026, 1, 1), dt.date(2026, 12, 31) + dt.timedelta(days=1))
    assert (longest.end - longest.start).days == events.MAX_EVENT_DAYS
    events.create_event(sm, longest)
    with pytest.raises(ValidationErrors) as info:
        events.create_event(sm, replace(longest, end=longest.end + dt.timedelta(days=1)))
    assert "366" in str(info.value)


def test_sweep_finds_the_same_conflicts_as_the_database(sm) -> None:
    hall = venue_service.create_venue(sm, VenueDraft(name="Obecní dům"))
    church = venue_service.create_venue(sm, VenueDraft(name="Kostel sv. Vojtěcha"))
    organist = PerformerLink(name="Varhaník")
    mk = lambda title, h1, h2, venue, **kw: events.create_event(  # noqa: E731
        sm, EventDraft(title, prague(2026, 10, 27, h1), prague(2026, 10, 27, h2), venue_id=venue, **kw))
    a = mk("A", 18, 20, hall.id, performers=(organist,))
    b = mk("B", 19, 21, hall.id)
    mk("C", 20, 22, hall.id)  # touches A: no clash with A, clashes with B
    d = mk("D", 19, 20, church.id, performers=(organist,))  # organist in two places
    festival = events.create_event(sm, EventDraft.all_day_event("Festival", dt.date(2026, 10, 26), dt.date(2026, 10, 31),
                                                                venue_id=hall.id))
    events.update_event(sm, a.id, replace(a.to_draft(), parent_id=festival.id))
    events.update_event(sm, b.id, replace(b.to_draft(), parent_id=festival.id))
    from planner.models.enums import EventStatus

    mk("Zrušeno", 18, 22, hall.id, status=EventStatus.CANCELLED)
    start, end = range_bounds(dt.date(2026, 10, 26), dt.date(2026, 11, 1))
    rows = events.list_events(sm, EventQuery(start=start, end=end))
    swept = conflicts.conflicts_among(rows)
    queried = [c for c in conflicts.find_conflicts(sm, start, end) if c.kind != "stall"]
    assert swept == queried
    assert [c.message for c in swept] == [c.message for c in queried]
    kinds = {(c.kind, c.a_title, c.b_title) for c in swept}
    assert ("performer", "A", "D") in kinds
    assert ("venue", "A", "B") in kinds
    festival_pairs = {frozenset((c.a_title, c.b_title)) for c in swept if "Festival" in (c.a_title, c.b_title)}
    assert festival_pairs == {frozenset(("Festival", "C"))}  # an edition does not clash with its own items
    assert not any("Zrušeno" in (c.a_title, c.b_title) for c in swept)
    assert d.id in {c.b_id for c in swept}


def test_calendar_search_finds_performers_and_descriptions_accent_insensitively(sm) -> None:
    mk = lambda title, **kw: events.create_event(  # noqa: E731
        sm, EventDraft(title, prague(2026, 11, 26, 18), prague(2026, 11, 26, 20), **kw))
    a = mk("Koncert", performers=(PerformerLink(name="Žaneta Čechová"),))
    b = mk("Přednáška", description="O historii Slezského divadla")
    mk("Film")
    start, end = range_bounds(dt.date(2026, 11, 23), dt.date(2026, 11, 29))
    for text, ids in (("cechova", [a.id]), ("SLEZSKEHO", [b.id]), ("koncert zaneta", [a.id]), ("nic", [])):
        query = EventQuery(start=start, end=end, text=text)
        assert [r.id for r in events.list_view_events(sm, query)] == ids
        assert events.list_view_events(sm, query) == events.list_events(sm, query)
