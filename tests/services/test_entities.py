"""Create/update/delete of venues, vendors, staff and series: domain errors, never IntegrityError."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.errors import StaleEdit, ValidationError
from planner.models.enums import SeriesKind, StaffRole, VendorCategory
from planner.services import events, series, staff, vendors, venues
from planner.services.dto import EventDraft, SeriesDraft, StaffDraft, VendorDraft, VenueDraft


def test_duplicate_venue_name_is_a_validation_error(sm):
    venues.create_venue(sm, VenueDraft(name="Kino Mír", capacity=500))
    with pytest.raises(ValidationError) as info:
        venues.create_venue(sm, VenueDraft(name="Kino Mír"))
    assert info.value.field == "name" and info.value.code == "duplicate"
    assert info.value.message == "Název: „Kino Mír“ už existuje."


def test_venue_in_use_is_archived_not_deleted(sm):
    v = venues.create_venue(sm, VenueDraft(name="Dům umění", postal_code="74601"))
    assert v.postal_code == "746 01" and v.address == "746 01 Opava"
    events.create_event(sm, EventDraft.all_day_event("Výstava", dt.date(2027, 1, 15), dt.date(2027, 2, 28), venue_id=v.id))
    with pytest.raises(ValidationError) as info:
        venues.delete_venue(sm, v.id)
    assert info.value.code == "in_use"
    venues.set_venue_archived(sm, v.id)
    assert venues.list_venues(sm) == []
    assert [r.name for r in venues.list_venues(sm, include_archived=True)] == ["Dům umění"]
    assert events.list_events(sm)[0].venue_name == "Dům umění"


def test_venue_validation(sm):
    with pytest.raises(ValidationError) as info:
        venues.create_venue(sm, VenueDraft(name="Sál", capacity=-1))
    assert info.value.field == "capacity"
    with pytest.raises(ValidationError) as info:
        venues.create_venue(sm, VenueDraft(name="Sál", email="sal@"))
    assert info.value.field == "email"


def test_vendor_ico_checked_and_unique(sm):
    a = vendors.create_vendor(sm, VendorDraft(name="Medový vánek s.r.o.", ico="10401067", dic="CZ10401067",
                                              category=VendorCategory.FOOD_PACKAGED, phone="723000101"))
    assert a.phone == "+420 723 000 101"
    with pytest.raises(ValidationError) as info:
        vendors.create_vendor(sm, VendorDraft(name="Jiný", ico="10401067"))
    assert (info.value.field, info.value.code) == ("ico", "duplicate")
    with pytest.raises(ValidationError) as info:
        vendors.create_vendor(sm, VendorDraft(name="Chybný", ico="10401068"))
    assert info.value.code == "ico_checksum"
    # Several vendors without an IČO are fine (an individual without a trade ID).
    vendors.create_vendor(sm, VendorDraft(name="Paní Nováková"))
    vendors.create_vendor(sm, VendorDraft(name="Pan Novák"))
    assert [v.name for v in vendors.list_vendors(sm)] == ["Medový vánek s.r.o.", "Pan Novák", "Paní Nováková"]


def test_vendor_update_with_stale_version_is_refused(sm):
    v = vendors.create_vendor(sm, VendorDraft(name="Svíčky"))
    vendors.update_vendor(sm, v.id, VendorDraft(name="Svíčky Čech"), version=v.version)
    with pytest.raises(StaleEdit):
        vendors.update_vendor(sm, v.id, VendorDraft(name="Svíčky Novák"), version=v.version)
    vendors.delete_vendor(sm, v.id)
    assert vendors.list_vendors(sm, include_archived=True) == []


def test_staff_and_series(sm):
    p = staff.create_staff(sm, StaffDraft(name="Mgr. Ondřej Kaláb", role=StaffRole.DRAMATURG,
                                          email="ondrej.kalab@opava.example"))
    with pytest.raises(ValidationError) as info:
        staff.create_staff(sm, StaffDraft(name="Kopie", email="ondrej.kalab@opava.example"))
    assert info.value.code == "duplicate"
    s = series.create_series(sm, SeriesDraft(name="Bezručova Opava", kind=SeriesKind.FESTIVAL, colour="#C62828",
                                             owner_id=p.id))
    assert s.colour == "#c62828" and s.owner_name == "Mgr. Ondřej Kaláb"
    with pytest.raises(ValidationError) as info:
        series.create_series(sm, SeriesDraft(name="Další břehy", colour="red"))
    assert info.value.field == "colour"
    e = events.create_event(sm, EventDraft.all_day_event("BO 2026", dt.date(2026, 9, 11), dt.date(2026, 9, 25),
                                                         series_id=s.id, staff_id=p.id))
    series.delete_series(sm, s.id)
    staff.delete_staff(sm, p.id)
    row = events.get_event(sm, e.id)
    assert row.series_id is None and row.staff_id is None  # events outlive their series and people
