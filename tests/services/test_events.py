"""Event service: validation, DST, all-day spans, range queries, filters, SEQUENCE, delete/restore."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from planner.errors import NotFound, StaleEdit, ValidationErrors
from planner.models.enums import EventCategory, EventStatus
from planner.services import events
from planner.services.dto import EventDraft, EventQuery, PerformerLink, VenueDraft
from planner.services.timeutil import PRAGUE, UTC, day_bounds, prague
from planner.services.venues import create_venue


def _draft(title="Koncert", start=None, hours=2, **kw) -> EventDraft:
    start = start or prague(2026, 12, 9, 19)
    return EventDraft(title=title, start=start, end=start + dt.timedelta(hours=hours), **kw)


def test_create_and_read_back(sm):
    venue = create_venue(sm, VenueDraft(name="Kostel sv. Václava"))
    row = events.create_event(sm, _draft(venue_id=venue.id, performers=(PerformerLink("Kvarteto Oderské nivy"),)))
    got = events.get_event(sm, row.id)
    assert got.title == "Koncert"
    assert got.venue_name == "Kostel sv. Václava"
    assert [p.name for p in got.performers] == ["Kvarteto Oderské nivy"]
    assert got.start == prague(2026, 12, 9, 19)
    assert got.sequence == 0 and got.version == 1


def test_validation_names_every_bad_field_and_writes_nothing(sm):
    start = prague(2026, 12, 9, 19)
    bad = EventDraft(title="  ", start=start, end=start - dt.timedelta(hours=1), url="ftp://x")
    with pytest.raises(ValidationErrors) as info:
        events.create_event(sm, bad)
    fields = info.value.fields
    assert set(fields) == {"title", "end", "url"}
    assert fields["end"] == "Konec: konec musí být po začátku."
    assert events.list_events(sm) == []


def test_naive_times_are_a_validation_error(sm):
    with pytest.raises(ValidationErrors) as info:
        events.create_event(sm, EventDraft("X", dt.datetime(2026, 1, 1, 10), dt.datetime(2026, 1, 1, 11)))
    assert set(info.value.fields) == {"start", "end"}


@pytest.mark.parametrize(
    ("day", "hours"),
    [(dt.date(2026, 3, 29), 23), (dt.date(2026, 10, 25), 25), (dt.date(2026, 11, 26), 24)],
)
def test_all_day_event_spans_the_local_day_across_dst(sm, day, hours):
    row = events.create_event(sm, EventDraft.all_day_event("Jarmark", day, day))
    assert row.all_day
    assert row.end - row.start == dt.timedelta(hours=hours)
    assert row.start.astimezone(PRAGUE).time() == dt.time(0)
    assert (row.first_day, row.last_day) == (day, day)


def test_all_day_times_snap_to_midnights(sm):
    row = events.create_event(
        sm, EventDraft("Výstava", prague(2027, 1, 15, 17), prague(2027, 2, 28, 17), all_day=True)
    )
    assert (row.first_day, row.last_day) == (dt.date(2027, 1, 15), dt.date(2027, 2, 28))


def test_timed_event_over_the_dst_change_keeps_real_duration(sm):
    start = prague(2026, 10, 24, 22)
    row = events.create_event(sm, EventDraft("Noc divadla", start, start + dt.timedelta(hours=6)))
    assert row.end.astimezone(PRAGUE).hour == 3  # 22:00 CEST + 6 h = 03:00 CET
    assert row.end - row.start == dt.timedelta(hours=6)


def test_range_query_returns_overlapping_events_only(sm):
    events.create_event(sm, _draft("Před", start=prague(2026, 12, 8, 20)))
    inside = events.create_event(sm, _draft("Uvnitř", start=prague(2026, 12, 9, 10)))
    across = events.create_event(sm, EventDraft.all_day_event("Trhy", dt.date(2026, 11, 27), dt.date(2026, 12, 23)))
    touching = events.create_event(sm, _draft("Končí o půlnoci", start=prague(2026, 12, 8, 22)))
    start, end = day_bounds(dt.date(2026, 12, 9))
    ids = [r.id for r in events.list_events(sm, EventQuery(start=start, end=end))]
    assert across.id in ids and inside.id in ids
    assert touching.id not in ids  # ends exactly at midnight: touches, does not overlap
    assert len(ids) == 2


def test_filters_and_czech_text_search(sm):
    a = events.create_event(sm, _draft("Varhanní koncert", category=EventCategory.CLASSICAL_CONCERT,
                                       performers=(PerformerLink("Jiří Čermák"),)))
    events.create_event(sm, _draft("Film", category=EventCategory.FILM, status=EventStatus.CANCELLED))
    q = EventQuery(categories=frozenset({EventCategory.CLASSICAL_CONCERT}))
    assert [r.id for r in events.list_events(sm, q)] == [a.id]
    assert [r.id for r in events.list_events(sm, EventQuery(text="cermak"))] == [a.id]
    assert [r.id for r in events.list_events(sm, EventQuery(text="VARHANNÍ"))] == [a.id]
    assert len(events.list_events(sm, EventQuery(include_cancelled=False))) == 1


def test_sequence_bumps_only_when_time_place_or_status_change(sm):
    row = events.create_event(sm, _draft())
    row = events.update_event(sm, row.id, replace(row.to_draft(), description="Program"))
    assert row.sequence == 0
    row = events.move_event(sm, row.id, prague(2026, 12, 10, 19))
    assert row.sequence == 1 and row.end - row.start == dt.timedelta(hours=2)
    row = events.set_status(sm, row.id, EventStatus.CANCELLED)
    assert row.sequence == 2


def test_stale_edit_is_refused(sm):
    row = events.create_event(sm, _draft())
    events.update_event(sm, row.id, replace(row.to_draft(), title="A"), version=row.version)
    with pytest.raises(StaleEdit):
        events.update_event(sm, row.id, replace(row.to_draft(), title="B"), version=row.version)
    assert events.get_event(sm, row.id).title == "A"


def test_delete_takes_children_and_restore_brings_back_same_ids(sm):
    edition = events.create_event(sm, EventDraft.all_day_event("Bezručova Opava", dt.date(2026, 9, 11), dt.date(2026, 9, 25)))
    item = events.create_event(sm, _draft("Zahájení", start=prague(2026, 9, 11, 19), parent_id=edition.id,
                                          performers=(PerformerLink("Dechový orchestr"),)))
    removed = events.delete_event_with_snapshot(sm, edition.id)
    assert {r.id for r in removed.rows} == {edition.id, item.id}
    with pytest.raises(NotFound):
        events.get_event(sm, item.id)
    events.restore_deleted_events(sm, removed)
    back = events.get_event(sm, item.id)
    assert back.uid == item.uid and back.parent_id == edition.id
    assert [p.name for p in back.performers] == ["Dechový orchestr"]


def test_a_programme_item_lies_within_its_edition(sm):
    """The rule the programme import had alone: the editor's and the CLI's saves refuse it too."""
    edition = events.create_event(sm, EventDraft.all_day_event("Bezručova Opava", dt.date(2026, 9, 11),
                                                               dt.date(2026, 9, 25)))
    with pytest.raises(ValidationErrors) as info:
        events.create_event(sm, _draft("Dozvuky", start=prague(2026, 9, 26, 19), parent_id=edition.id))
    assert info.value.fields["start"].endswith("26. 9. 2026 je mimo termín ročníku (11.–25. 9. 2026).")
    item = events.create_event(sm, _draft("Závěr", start=prague(2026, 9, 25, 23), parent_id=edition.id))
    assert item.parent_id == edition.id  # the last day counts, and an item may run past its midnight
    with pytest.raises(ValidationErrors) as info:
        events.move_event(sm, item.id, prague(2026, 9, 10, 19))
    assert list(info.value.fields) == ["start"]
    with pytest.raises(ValidationErrors):
        events.check_event(sm, replace(item.to_draft(), start=prague(2026, 9, 10, 19),
                                       end=prague(2026, 9, 10, 21)), item.id)
    assert events.get_event(sm, item.id).start == item.start
    assert events.outside_edition(dt.date(2026, 9, 11), dt.date(2026, 9, 11), dt.date(2026, 9, 25)) is None


def test_parent_cannot_be_own_descendant(sm):
    a = events.create_event(sm, _draft("A"))
    b = events.create_event(sm, _draft("B", parent_id=a.id))
    with pytest.raises(ValidationErrors) as info:
        events.update_event(sm, a.id, replace(events.get_event(sm, a.id).to_draft(), parent_id=b.id))
    assert "parent" in info.value.fields


def test_unknown_venue_is_a_validation_error(sm):
    with pytest.raises(ValidationErrors) as info:
        events.create_event(sm, _draft(venue_id=999))
    assert "venue" in info.value.fields


def test_utc_storage_round_trips_prague_times(sm):
    start = dt.datetime(2026, 3, 29, 1, 30, tzinfo=PRAGUE)  # just before the spring gap
    row = events.create_event(sm, EventDraft("Noc", start, start.astimezone(UTC) + dt.timedelta(hours=1)))
    assert row.end.astimezone(PRAGUE).time() == dt.time(3, 30)  # 2:30 does not exist that night


def test_range_query_finds_long_and_short_events_in_order(sm):
    """The two-part range query (tight window + long events by id) keeps every overlap, sorted."""
    exhibition = events.create_event(sm, EventDraft.all_day_event("Výstava", dt.date(2026, 6, 1), dt.date(2027, 5, 31)))
    market = events.create_event(sm, EventDraft.all_day_event("Trhy", dt.date(2026, 11, 27), dt.date(2026, 12, 23)))
    late = events.create_event(sm, _draft("Koncert", start=prague(2026, 12, 9, 19)))
    early = events.create_event(sm, _draft("Zkouška", start=prague(2026, 12, 9, 10)))
    two_day = events.create_event(sm, EventDraft("Sympozium", prague(2026, 12, 7, 9), prague(2026, 12, 9, 12)))
    events.create_event(sm, _draft("Loni", start=prague(2025, 12, 9, 19)))
    start, end = day_bounds(dt.date(2026, 12, 9))
    got = [r.id for r in events.list_events(sm, EventQuery(start=start, end=end))]
    assert got == [exhibition.id, market.id, two_day.id, early.id, late.id]


def test_apply_event_values_bumps_sequence_only_for_what_subscribers_see(sm):
    from planner.models import Event, OpKind
    from planner.services.recording import begin_operation

    row = events.create_event(sm, _draft())
    with sm.begin() as s:
        begin_operation(s, OpKind.EVENT_UPDATE)
        e = s.get(Event, row.id)
        assert events.apply_event_values(e, {"title": "Jiný název", "description": "x"}) is False
        assert e.sequence == row.sequence and e.title == "Jiný název"
        assert events.apply_event_values(e, {"start": e.start}) is False  # same time: no change
        assert events.apply_event_values(e, {"end": e.end + dt.timedelta(hours=1)}) is True
        assert e.sequence == row.sequence + 1
