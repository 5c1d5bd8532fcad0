"""Services the event editor needs: validation without writing, performers, new clashes only."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from planner.errors import ValidationErrors
from planner.services import conflicts, events
from planner.services import venues as venue_service
from planner.services.dto import EventDraft, PerformerLink, VenueDraft
from planner.services.timeutil import PRAGUE, prague


def _draft(**kw: object) -> EventDraft:
    base = EventDraft(title="Koncert", start=prague(2026, 6, 1, 19), end=prague(2026, 6, 1, 21))
    return replace(base, **kw)


def test_check_event_names_every_bad_field_and_writes_nothing(sm) -> None:
    bad = _draft(title=" ", end=prague(2026, 6, 1, 18), url="www.opava.cz", venue_id=999)
    with pytest.raises(ValidationErrors) as info:
        events.check_event(sm, bad)
    assert set(info.value.fields) == {"title", "end", "url", "venue"}
    assert events.count_events(sm) == 0


def test_check_event_accepts_a_valid_draft(sm) -> None:
    events.check_event(sm, _draft())
    assert events.count_events(sm) == 0


def test_check_event_refuses_own_child_as_parent(sm) -> None:
    parent = events.create_event(sm, _draft(title="Festival"))
    child = events.create_event(sm, _draft(title="Program", parent_id=parent.id))
    with pytest.raises(ValidationErrors) as info:
        events.check_event(sm, replace(parent.to_draft(), parent_id=child.id), parent.id)
    assert "parent" in info.value.fields


def test_list_performers_in_czech_order(sm) -> None:
    names = ["Chrámový sbor", "Hradecký", "Čapek", "Cyril"]
    events.create_event(sm, _draft(performers=tuple(PerformerLink(name=n) for n in names)))
    assert [p.name for p in events.list_performers(sm)] == ["Cyril", "Čapek", "Hradecký", "Chrámový sbor"]


def test_new_conflicts_only_lists_clashes_the_change_adds(sm) -> None:
    hall = venue_service.create_venue(sm, VenueDraft(name="Sněmovní sál")).id
    church = venue_service.create_venue(sm, VenueDraft(name="Kostel sv. Ducha")).id
    events.create_event(sm, _draft(title="Přednáška", venue_id=hall))
    events.create_event(sm, _draft(title="Mše", venue_id=church))
    mine = events.create_event(sm, _draft(title="Zkouška", venue_id=hall))
    before = mine.to_draft()

    same_place = replace(before, description="jiný popis")
    assert conflicts.new_conflicts_for_draft(sm, same_place, mine.id, before=before) == []
    assert len(conflicts.conflicts_for_draft(sm, same_place, exclude_id=mine.id)) == 1

    moved = replace(before, venue_id=church)
    found = conflicts.new_conflicts_for_draft(sm, moved, mine.id, before=before)
    assert [(c.kind, c.b_title) for c in found] == [("venue", "Mše")]
    assert "Mše" in found[0].message

    fresh = _draft(title="Nová akce", venue_id=hall)
    assert sorted(c.b_title for c in conflicts.new_conflicts_for_draft(sm, fresh)) == ["Přednáška", "Zkouška"]


def _market_with_everything(sm):
    import datetime as dt
    from decimal import Decimal

    from planner.models.enums import BookingStatus, EventCategory
    from planner.services import markets, suppliers, vendors
    from planner.services.dto import BookingDraft, StallDraft, SupplyDraft, VendorDraft

    market = markets.create_market(
        sm, EventDraft.all_day_event("Vánoční trhy Opava 2026", dt.date(2026, 11, 27), dt.date(2026, 12, 23)),
    )
    markets.set_day_hours(sm, market.event_id, dt.date(2026, 12, 23), dt.time(10), dt.time(14), "Zkrácená otevírací doba")
    pekarna = vendors.create_vendor(sm, VendorDraft(name="Pekárna Kolář"))
    zvuk = vendors.create_vendor(sm, VendorDraft(name="Zvuk Slezsko", is_supplier=True, is_stallholder=False))
    stall = markets.create_stall(sm, market.event_id, StallDraft(code="A01"))
    markets.create_stall(sm, market.event_id, StallDraft(code="A02"))
    markets.create_booking(sm, BookingDraft(
        stall_id=stall.id, vendor_id=pekarna.id, first_day=dt.date(2026, 11, 27), last_day=dt.date(2026, 12, 6),
        status=BookingStatus.APPROVED, fee=Decimal("4500"),
    ))
    suppliers.add_supply(sm, SupplyDraft(event_id=market.event_id, vendor_id=zvuk.id, service="ozvučení", fee=Decimal("12000")))
    opening = events.create_event(sm, _draft(
        title="Rozsvícení stromu", parent_id=market.event_id, category=EventCategory.CEREMONY,
        start=prague(2026, 11, 27, 17), end=prague(2026, 11, 27, 18),  # within the market's days
        performers=(PerformerLink(name="Dětský sbor Domino", role="zpěv", fee=Decimal("3000")),),
    ))
    return market, opening, pekarna, zvuk


def _state(sm, market_id: int) -> tuple:
    from planner.services import markets, suppliers

    return (
        markets.get_market(sm, market_id), markets.list_stalls(sm, market_id),
        markets.list_bookings(sm, market_id), suppliers.suppliers_of_event(sm, market_id),
        [(r.id, r.uid, r.title, r.performers) for r in events.children_of(sm, market_id)],
    )


def test_deleting_a_market_and_undoing_restores_stalls_bookings_and_suppliers(sm) -> None:
    market, opening, _pekarna, _zvuk = _market_with_everything(sm)
    before = _state(sm, market.event_id)
    uid = events.get_event(sm, market.event_id).uid

    deleted = events.delete_event_with_snapshot(sm, market.event_id)
    assert set(deleted.ids) == {market.event_id, opening.id}
    assert events.count_events(sm) == 0
    names = {name for name, _rows in deleted.dependents}
    assert {"market", "market_hours", "stall", "stall_booking", "event_supplier", "event_performer"} <= names

    events.restore_deleted_events(sm, deleted)
    assert _state(sm, market.event_id) == before
    assert events.get_event(sm, market.event_id).uid == uid


def test_restore_leaves_out_what_lost_its_vendor_meanwhile(sm) -> None:
    from planner.services import markets, suppliers, vendors

    market, _opening, pekarna, zvuk = _market_with_everything(sm)
    deleted = events.delete_event_with_snapshot(sm, market.event_id)
    vendors.delete_vendor(sm, zvuk.id)  # nothing uses the supplier any more
    events.restore_deleted_events(sm, deleted)
    assert suppliers.suppliers_of_event(sm, market.event_id) == []
    assert [b.vendor_name for b in markets.list_bookings(sm, market.event_id)] == [pekarna.name]


def test_delete_with_snapshot_of_a_missing_event_raises(sm) -> None:
    from planner.errors import NotFound

    with pytest.raises(NotFound):
        events.delete_event_with_snapshot(sm, 4242)


def test_moving_across_a_dst_change_keeps_the_elapsed_length(sm):
    e = events.create_event(sm, EventDraft("Noční jízda", prague(2026, 3, 28, 1), prague(2026, 3, 28, 4)))
    moved = events.move_event(sm, e.id, dt.datetime(2026, 3, 29, 1, tzinfo=PRAGUE))  # a Prague time, as the UI gives
    assert moved.end - moved.start == dt.timedelta(hours=3)
    assert moved.end == prague(2026, 3, 29, 5)  # 1:00 CET + 3 h = 5:00 CEST
