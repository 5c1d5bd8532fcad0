"""Conflict detection: venues, performers, stalls; touching intervals are fine."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from planner.errors import ConflictError
from planner.models.enums import BookingStatus, EventStatus
from planner.services import conflicts, events, markets
from planner.services.dto import (
    BookingDraft,
    EventDraft,
    EventQuery,
    PerformerLink,
    StallDraft,
    VendorDraft,
    VenueDraft,
)
from planner.services.timeutil import prague, range_bounds
from planner.services.vendors import create_vendor
from planner.services.venues import create_venue

RANGE = (prague(2026, 1, 1), prague(2028, 1, 1))


def _ev(sm, title, h1, h2, **kw):
    return events.create_event(sm, EventDraft(title, prague(2026, 12, 9, h1), prague(2026, 12, 9, h2), **kw))


def test_overlap_at_one_venue_is_a_conflict_touching_is_not(sm):
    v = create_venue(sm, VenueDraft(name="Sál purkmistrů")).id
    a = _ev(sm, "Zkouška", 16, 18, venue_id=v)
    _ev(sm, "Koncert", 18, 20, venue_id=v)  # touches the rehearsal
    c = _ev(sm, "Přednáška", 19, 21, venue_id=v)  # overlaps the concert
    found = conflicts.find_conflicts(sm, *RANGE)
    assert len(found) == 1
    assert found[0].kind == "venue" and c.id in (found[0].a_id, found[0].b_id)
    assert "Sál purkmistrů" in found[0].message and "19:00–20:00" in found[0].message
    assert conflicts.conflicts_for_event(sm, a.id) == []


def test_cancelled_and_parent_child_do_not_conflict(sm):
    v = create_venue(sm, VenueDraft(name="Horní náměstí")).id
    market = events.create_event(sm, EventDraft.all_day_event("Trhy", dt.date(2026, 12, 1), dt.date(2026, 12, 23), venue_id=v))
    _ev(sm, "Rozsvícení stromu", 17, 18, venue_id=v, parent_id=market.id)
    _ev(sm, "Zrušený koncert", 17, 18, venue_id=v, status=EventStatus.CANCELLED)
    assert conflicts.find_conflicts(sm, *RANGE) == []


def test_performer_in_two_places_at_once(sm):
    a = create_venue(sm, VenueDraft(name="Kostel sv. Ducha")).id
    b = create_venue(sm, VenueDraft(name="Kostel sv. Vojtěcha")).id
    _ev(sm, "Varhanní recitál", 18, 20, venue_id=a, performers=(PerformerLink("Jan Novák"),))
    _ev(sm, "Mše", 19, 20, venue_id=b, performers=(PerformerLink("Jan Novák"),))
    found = conflicts.find_conflicts(sm, *RANGE)
    assert [c.kind for c in found] == ["performer"]
    assert "Jan Novák" in found[0].message


def test_draft_conflicts_are_reported_before_saving(sm):
    v = create_venue(sm, VenueDraft(name="Kino Mír")).id
    existing = _ev(sm, "Film", 19, 21, venue_id=v)
    draft = EventDraft("Koncert", prague(2026, 12, 9, 20), prague(2026, 12, 9, 22), venue_id=v)
    found = conflicts.conflicts_for_draft(sm, draft)
    assert [c.b_id for c in found] == [existing.id]
    # Editing the existing event itself does not clash with itself.
    assert conflicts.conflicts_for_draft(sm, existing.to_draft(), exclude_id=existing.id) == []


def _market_with_stall(sm):
    m = markets.create_market(sm, EventDraft.all_day_event("Vánoční trhy", dt.date(2026, 11, 27), dt.date(2026, 12, 23)),
                              fee_rule=markets.FeeRule(per_day=Decimal("300")))
    stall = markets.create_stall(sm, m.event_id, StallDraft(code="h01", has_power=True, power_kw=Decimal("1")))
    v1 = create_vendor(sm, VendorDraft(name="Medový vánek", ico="10401067"))
    v2 = create_vendor(sm, VendorDraft(name="Svíčky Čech"))
    return m, stall, v1, v2


def test_stall_cannot_be_approved_twice_for_overlapping_days(sm):
    m, stall, v1, v2 = _market_with_stall(sm)
    assert stall.code == "H01"
    markets.create_booking(sm, BookingDraft(stall.id, v1.id, dt.date(2026, 11, 27), dt.date(2026, 12, 10),
                                            BookingStatus.APPROVED))
    with pytest.raises(ConflictError) as info:
        markets.create_booking(sm, BookingDraft(stall.id, v2.id, dt.date(2026, 12, 10), dt.date(2026, 12, 23),
                                                BookingStatus.APPROVED))
    assert "H01" in info.value.message and "Medový vánek" in info.value.message
    # An application may overlap; approving it is what the rule refuses.
    applied = markets.create_booking(sm, BookingDraft(stall.id, v2.id, dt.date(2026, 12, 10), dt.date(2026, 12, 23)))
    with pytest.raises(ConflictError):
        markets.set_booking_status(sm, applied.id, BookingStatus.APPROVED)
    # Touching days (the rotating stall of the demo) are fine.
    ok = markets.create_booking(sm, BookingDraft(stall.id, v2.id, dt.date(2026, 12, 11), dt.date(2026, 12, 23),
                                                 BookingStatus.APPROVED))
    assert ok.fee == Decimal("3900.00")  # 13 days x 300 Kč
    assert conflicts.find_conflicts(sm, *RANGE) == []


def _force_approved(sm, booking_id):
    """Approve a booking past the service's own check, as data imported from elsewhere can be."""
    from planner.models import OpKind, StallBooking
    from planner.services.recording import begin_operation

    with sm.begin() as s:
        begin_operation(s, OpKind.BOOKING_APPROVE)
        s.get(StallBooking, booking_id).status = BookingStatus.APPROVED


def test_a_stall_clash_the_day_after_the_range_is_not_in_it(sm):
    _m, stall, v1, v2 = _market_with_stall(sm)
    day_after = dt.date(2026, 12, 11)
    for vendor in (v1, v2):
        b = markets.create_booking(sm, BookingDraft(stall.id, vendor.id, day_after, dt.date(2026, 12, 12)))
        _force_approved(sm, b.id)
    start, end = range_bounds(dt.date(2026, 12, 1), dt.date(2026, 12, 10))  # end: midnight starting 11 Dec
    assert conflicts.find_conflicts(sm, start, end) == []
    assert conflicts.conflicts_for_range(sm, dt.date(2026, 12, 1), dt.date(2026, 12, 10)) == []
    found = conflicts.find_conflicts(sm, *range_bounds(dt.date(2026, 12, 1), day_after))
    assert [c.kind for c in found] == ["stall"]


def test_conflicts_for_range_is_the_same_swept_or_queried(sm):
    _m, stall, v1, v2 = _market_with_stall(sm)
    for vendor in (v1, v2):
        b = markets.create_booking(sm, BookingDraft(stall.id, vendor.id, dt.date(2026, 12, 9), dt.date(2026, 12, 9)))
        _force_approved(sm, b.id)
    v = create_venue(sm, VenueDraft(name="Obecní dům")).id
    _ev(sm, "Zkouška", 16, 18, venue_id=v)
    _ev(sm, "Koncert", 17, 20, venue_id=v)
    first = last = dt.date(2026, 12, 9)
    rows = events.list_events(sm, EventQuery(start=range_bounds(first, last)[0], end=range_bounds(first, last)[1]))
    swept = conflicts.conflicts_for_range(sm, first, last, rows)
    queried = conflicts.conflicts_for_range(sm, first, last)
    assert swept == queried
    assert sorted(c.kind for c in swept) == ["stall", "venue"]
    # Rows hidden by a filter may still clash: then the database is asked.
    only_one = [r for r in rows if r.title == "Koncert"]
    assert conflicts.conflicts_for_range(sm, first, last, only_one, filtered=True) == queried
    assert [c.kind for c in conflicts.conflicts_for_range(sm, first, last, only_one)] == ["stall"]
