"""Services behind the venue and vendor lists: archive, bookings, duplicates, personal data."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from planner.errors import ValidationError
from planner.models.enums import BookingStatus
from planner.services import markets, vendors, venues
from planner.services.dto import BookingDraft, EventDraft, StallDraft, VendorDraft, VenueDraft
from planner.services.events import create_event
from planner.services.timeutil import all_day_span, prague


def _market_with_booking(sm, vendor_id: int) -> int:
    start, end = all_day_span(dt.date(2026, 11, 27), dt.date(2026, 12, 23))
    market = markets.create_market(sm, EventDraft("Vánoční trhy 2026", start, end))
    stall = markets.create_stall(sm, market.event_id, StallDraft("A01", has_power=True))
    booking = markets.create_booking(
        sm,
        BookingDraft(stall.id, vendor_id, dt.date(2026, 11, 27), dt.date(2026, 11, 29),
                     BookingStatus.APPROVED, fee=Decimal("1500.00"), paid_on=dt.date(2026, 11, 20)),
    )
    return booking.id


def _vendor(sm, **kw):
    base = dict(
        name="Medový vánek s.r.o.", ico="10401067", contact_person="Jiří Včelka",
        phone="723 000 101", email="jiri@example.cz", street="Lipová 12", city="Bruntál",
        postal_code="79201", consent_date=dt.date(2026, 1, 5),
    )
    base.update(kw)
    return vendors.create_vendor(sm, VendorDraft(**base))


def test_venue_bookings_lists_past_and_upcoming_events_of_that_venue_only(sm) -> None:
    hall = venues.create_venue(sm, VenueDraft("Obecní dům"))
    other = venues.create_venue(sm, VenueDraft("Kino Mír"))
    create_event(sm, EventDraft("Jaro", prague(2025, 4, 1, 19), prague(2025, 4, 1, 21), venue_id=hall.id))
    create_event(sm, EventDraft("Podzim", prague(2027, 10, 1, 19), prague(2027, 10, 1, 21), venue_id=hall.id))
    create_event(sm, EventDraft("Film", prague(2026, 10, 1, 19), prague(2026, 10, 1, 21), venue_id=other.id))

    rows = venues.venue_bookings(sm, hall.id)

    assert [r.title for r in rows] == ["Jaro", "Podzim"]


def test_archiving_several_venues_is_one_step_and_hides_them(sm) -> None:
    a = venues.create_venue(sm, VenueDraft("Čech"))
    b = venues.create_venue(sm, VenueDraft("Chrudim"))
    venues.create_venue(sm, VenueDraft("Cibulka"))

    venues.set_venues_archived(sm, [a.id, b.id])

    assert [v.name for v in venues.list_venues(sm)] == ["Cibulka"]
    assert {v.name for v in venues.list_venues(sm, include_archived=True)} == {"Čech", "Chrudim", "Cibulka"}
    venues.set_venues_archived(sm, [a.id], archived=False)
    assert [v.name for v in venues.list_venues(sm)] == ["Cibulka", "Čech"]


def test_venue_in_use_cannot_be_deleted_but_can_be_archived(sm) -> None:
    hall = venues.create_venue(sm, VenueDraft("Obecní dům"))
    create_event(sm, EventDraft("Koncert", prague(2026, 4, 1, 19), prague(2026, 4, 1, 21), venue_id=hall.id))

    with pytest.raises(ValidationError) as info:
        venues.delete_venue(sm, hall.id)
    assert info.value.code == "in_use"
    venues.set_venues_archived(sm, [hall.id])
    assert venues.get_venue(sm, hall.id).archived
    assert [r.title for r in venues.venue_bookings(sm, hall.id)] == ["Koncert"]


def test_check_vendor_refuses_an_ico_another_vendor_has(sm) -> None:
    first = _vendor(sm)
    with pytest.raises(ValidationError) as info:
        vendors.check_vendor(sm, VendorDraft("Jiný", ico="10401067"))
    assert (info.value.field, info.value.code) == ("ico", "duplicate")
    assert "IČO" in info.value.message and "10401067" in info.value.message
    # Editing the vendor that owns the IČO is fine.
    assert vendors.check_vendor(sm, VendorDraft("Medový vánek", ico="10401067"), first.id)["ico"] == "10401067"


def test_check_vendor_reports_a_bad_checksum(sm) -> None:
    with pytest.raises(ValidationError) as info:
        vendors.check_vendor(sm, VendorDraft("X", ico="10401068"))
    assert info.value.code == "ico_checksum"


def test_vendor_with_bookings_is_archived_not_deleted(sm) -> None:
    v = _vendor(sm)
    _market_with_booking(sm, v.id)
    with pytest.raises(ValidationError) as info:
        vendors.delete_vendor(sm, v.id)
    assert info.value.code == "in_use"
    vendors.set_vendors_archived(sm, [v.id])
    assert vendors.list_vendors(sm) == []
    assert len(markets.list_bookings(sm, vendor_id=v.id)) == 1


def test_personal_data_contains_everything_we_hold(sm) -> None:
    v = _vendor(sm, notes="Chce místo u kašny")
    _market_with_booking(sm, v.id)

    data = vendors.personal_data(sm, v.id)

    json.dumps(data, ensure_ascii=False)  # must be serialisable as is
    held = data["vendor"]
    assert held["contact_person"] == "Jiří Včelka"
    assert held["phone"] == "+420 723 000 101"
    assert held["email"] == "jiri@example.cz"
    assert held["street"] == "Lipová 12"
    assert held["consent_date"] == "2026-01-05"
    assert held["notes"] == "Chce místo u kašny"
    assert held["ico"] == "10401067"
    [booking] = data["stall_bookings"]
    assert booking["market"] == "Vánoční trhy 2026"
    assert booking["stall"] == "A01"
    assert booking["fee"] == "1500.00"
    assert booking["paid_on"] == "2026-11-20"


def test_anonymise_clears_contact_data_and_keeps_history(sm) -> None:
    v = _vendor(sm)
    booking_id = _market_with_booking(sm, v.id)

    row = vendors.anonymise_vendor(sm, v.id)

    assert (row.contact_person, row.phone, row.email, row.street, row.consent_date) == ("", "", "", "", None)
    assert all(getattr(row, name) in ("", None) for name in vendors.PERSONAL_FIELDS)
    assert row.name == "Medový vánek s.r.o." and row.ico == "10401067" and row.city == "Bruntál"
    [b] = markets.list_bookings(sm, vendor_id=v.id)
    assert b.id == booking_id and b.fee == Decimal("1500.00") and b.paid_on == dt.date(2026, 11, 20)
    assert b.status is BookingStatus.APPROVED
    held = vendors.personal_data(sm, v.id)["vendor"]
    assert "Včelka" not in json.dumps(held, ensure_ascii=False)
