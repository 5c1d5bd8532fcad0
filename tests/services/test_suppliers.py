"""Vendors as suppliers of services to events: fees, payments, and the vendor's history."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from planner.errors import ValidationError
from planner.services import events, suppliers, vendors
from planner.services.dto import EventDraft, SupplyDraft, VendorDraft
from planner.services.timeutil import prague


def _setup(sm):
    v = vendors.create_vendor(sm, VendorDraft(name="Ozvučení Opava s.r.o.", is_supplier=True, is_stallholder=False))
    e = events.create_event(sm, EventDraft("Zahájení festivalu", prague(2026, 9, 11, 19), prague(2026, 9, 11, 21)))
    return v, e


def test_supply_is_listed_for_vendor_and_event(sm):
    v, e = _setup(sm)
    s = suppliers.add_supply(sm, SupplyDraft(e.id, v.id, "Ozvučení a světla", fee=Decimal("18 500".replace(" ", ""))))
    assert s.fee == Decimal("18500.00") and s.paid_on is None
    assert [x.service for x in suppliers.services_of_vendor(sm, v.id)] == ["Ozvučení a světla"]
    assert [x.vendor_name for x in suppliers.suppliers_of_event(sm, e.id)] == ["Ozvučení Opava s.r.o."]
    data = vendors.personal_data(sm, v.id)
    assert data["services_to_events"][0]["event"] == "Zahájení festivalu"


def test_supplier_in_use_cannot_be_deleted_and_service_is_required(sm):
    v, e = _setup(sm)
    with pytest.raises(ValidationError) as info:
        suppliers.add_supply(sm, SupplyDraft(e.id, v.id, "  "))
    assert info.value.field == "service"
    suppliers.add_supply(sm, SupplyDraft(e.id, v.id, "Pódium"))
    with pytest.raises(ValidationError) as info:
        vendors.delete_vendor(sm, v.id)
    assert info.value.code == "in_use"


def test_deleting_the_event_removes_its_supplies(sm):
    v, e = _setup(sm)
    suppliers.add_supply(sm, SupplyDraft(e.id, v.id, "Catering"))
    events.delete_event_with_snapshot(sm, e.id)
    assert suppliers.services_of_vendor(sm, v.id) == []


def test_supply_totals_count_paid_and_still_to_pay(sm):
    v, e = _setup(sm)
    suppliers.add_supply(sm, SupplyDraft(e.id, v.id, "Ozvučení", fee=Decimal("18500"), paid_on=dt.date(2026, 9, 30)))
    suppliers.add_supply(sm, SupplyDraft(e.id, v.id, "Pódium", fee=Decimal("6000.50")))
    suppliers.add_supply(sm, SupplyDraft(e.id, v.id, "Zapůjčení židlí"))  # no fee agreed yet
    totals = suppliers.supply_totals(suppliers.services_of_vendor(sm, v.id))
    assert (totals.owed, totals.paid, totals.to_pay) == (Decimal("24500.50"), Decimal("18500.00"), Decimal("6000.50"))
