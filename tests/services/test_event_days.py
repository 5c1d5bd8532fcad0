"""list_event_days: the days with events for the mini month navigator, in one query."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import event as sa_event

from planner.models.enums import EventCategory
from planner.services import events
from planner.services.dto import EventDraft, EventQuery
from planner.services.event_days import list_event_days
from planner.services.timeutil import prague

D = dt.date


def test_days_with_events_in_a_month(sm) -> None:
    events.create_event(sm, EventDraft("Koncert", prague(2026, 12, 9, 19), prague(2026, 12, 9, 21)))
    # late evening into the next day marks both days; a midnight end is exclusive
    events.create_event(sm, EventDraft("Noc", prague(2026, 12, 11, 22), prague(2026, 12, 12, 2)))
    events.create_event(sm, EventDraft.all_day_event("Trh", D(2026, 12, 30), D(2027, 1, 2)))
    events.create_event(sm, EventDraft("Listopad", prague(2026, 11, 20, 19), prague(2026, 11, 20, 21)))
    days = list_event_days(sm, D(2026, 12, 1), D(2026, 12, 31))
    assert days == {D(2026, 12, 9), D(2026, 12, 11), D(2026, 12, 12), D(2026, 12, 30), D(2026, 12, 31)}


def test_a_container_marks_no_day_its_items_do(sm) -> None:
    season = events.create_event(sm, EventDraft.all_day_event("Koncertní sezóna", D(2026, 9, 1), D(2027, 6, 30)))
    events.create_event(sm, replace(
        EventDraft("Abonentní koncert", prague(2026, 12, 9, 19), prague(2026, 12, 9, 21)), parent_id=season.id,
    ))
    assert list_event_days(sm, D(2026, 12, 1), D(2026, 12, 31)) == {D(2026, 12, 9)}
    lonely = events.create_event(sm, EventDraft.all_day_event("Výstava", D(2026, 12, 20), D(2026, 12, 21)))
    assert D(2026, 12, 20) in list_event_days(sm, D(2026, 12, 1), D(2026, 12, 31))
    assert lonely.id


def test_the_calendar_filter_applies_and_one_query_runs(sm, db) -> None:
    events.create_event(sm, replace(
        EventDraft("Výstava", prague(2026, 12, 3, 10), prague(2026, 12, 3, 18)), category=EventCategory.EXHIBITION,
    ))
    events.create_event(sm, replace(
        EventDraft("Film", prague(2026, 12, 4, 20), prague(2026, 12, 4, 22)), category=EventCategory.FILM,
    ))
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    sa_event.listen(db.engine, "before_cursor_execute", count)
    try:
        days = list_event_days(sm, D(2026, 12, 1), D(2026, 12, 31),
                               EventQuery(categories=frozenset({EventCategory.FILM})))
    finally:
        sa_event.remove(db.engine, "before_cursor_execute", count)
    assert days == {D(2026, 12, 4)}
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 1
