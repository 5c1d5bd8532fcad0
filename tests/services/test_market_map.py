"""The stall map's rules (services/market_map.py): stall state, power warnings, new stalls, eligible vendors."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any

from planner.models.enums import BookingStatus, EventStatus, StallKind, VendorCategory
from planner.services import market_map as mm
from planner.services.dto import BookingRow, FeeRule, MarketRow, StallDraft, StallRow, VendorRow

FIRST, LAST = dt.date(2026, 11, 27), dt.date(2026, 12, 23)


STALL = StallRow(
    id=1, market_id=1, code="H01", kind=StallKind.HUT, zone="", width_m=Decimal("3"), depth_m=Decimal("2"),
    has_power=False, power_kw=None, has_water=False, x_m=0.0, y_m=0.0, rotation=0.0, notes="", version=1,
)
BOOKING = BookingRow(
    id=1, stall_id=1, stall_code="H01", market_id=1, market_title="Vánoční trhy", vendor_id=1,
    vendor_name="Prodejce 1", vendor_category=VendorCategory.CRAFTS, first_day=FIRST, last_day=LAST,
    status=BookingStatus.APPROVED, fee=Decimal("900"), needs_power=False, paid_on=None, notes="", version=1,
)
VENDOR = VendorRow(
    id=1, name="", ico=None, dic="", contact_person="", phone="", email="", street="", city="", postal_code="",
    category=VendorCategory.CRAFTS, is_stallholder=True, is_supplier=False, power_kw=None, goods="", notes="",
    consent_date=None, archived=False, version=1,
)


def stall(id: int = 1, code: str = "H01", **kw: Any) -> StallRow:
    return dataclasses.replace(STALL, id=id, code=code, **kw)


def booking(id: int, stall_id: int = 1, status: BookingStatus = BookingStatus.APPROVED, **kw: Any) -> BookingRow:
    fields: dict[str, Any] = dict(
        id=id, stall_id=stall_id, stall_code=f"H{stall_id:02d}", vendor_id=id, vendor_name=f"Prodejce {id}",
        status=status,
    )
    fields.update(kw)
    return dataclasses.replace(BOOKING, **fields)


def vendor(id: int, name: str, **kw: Any) -> VendorRow:
    return dataclasses.replace(VENDOR, id=id, name=name, **kw)


MARKET = MarketRow(
    event_id=1, title="Vánoční trhy", first_day=FIRST, last_day=LAST, venue_name=None, status=EventStatus.CONFIRMED,
    default_open=dt.time(10), default_close=dt.time(20), hours=(), fee_rule=FeeRule(),
    map_width_m=Decimal("60"), map_depth_m=Decimal("40"), version=1,
)


def test_stall_state_approved_wins_and_one_unpaid_makes_it_unpaid() -> None:
    paid = booking(1, paid_on=dt.date(2026, 11, 20))
    assert mm.stall_state([]) is mm.StallState.FREE
    assert mm.stall_state([booking(2, status=BookingStatus.APPLIED)]) is mm.StallState.APPLIED
    assert mm.stall_state([paid]) is mm.StallState.PAID
    assert mm.stall_state([paid, booking(3)]) is mm.StallState.UNPAID
    assert mm.stall_state([booking(4, fee=Decimal("0"))]) is mm.StallState.PAID  # a free stall is settled
    assert mm.stall_state([booking(5, status=BookingStatus.APPLIED), paid]) is mm.StallState.PAID


def test_stall_views_on_a_day_ignore_dead_and_other_days_bookings() -> None:
    week1 = booking(1, last_day=dt.date(2026, 12, 3))
    week2 = booking(2, status=BookingStatus.APPLIED, first_day=dt.date(2026, 12, 4))
    rejected = booking(3, status=BookingStatus.REJECTED)
    views = {v.stall.id: v for v in mm.stall_views([stall()], [week1, week2, rejected], dt.date(2026, 12, 10))}
    assert (views[1].state, views[1].vendors, views[1].applicants) == (mm.StallState.APPLIED, ("Prodejce 2",), 1)
    all_days = mm.stall_views([stall()], [week1, week2, rejected], None, {1: "⚠"})[0]
    assert (all_days.state, all_days.vendors, all_days.warning) == (mm.StallState.UNPAID, ("Prodejce 1",), "⚠")


def test_power_warnings_only_for_live_bookings_needing_more() -> None:
    weak = stall(has_power=True, power_kw=Decimal("3.6"))
    vendors = {1: vendor(1, "Grill", power_kw=Decimal("8")), 2: vendor(2, "Svíčky")}
    rows = [booking(1, needs_power=True), booking(2), booking(3, status=BookingStatus.CANCELLED, vendor_id=1,
                                                              needs_power=True)]
    warnings = mm.power_warnings([weak], rows, vendors)
    assert list(warnings) == [1] and "3,6" in warnings[1]


def test_placed_stalls_lists_the_live_stall_codes_of_each_vendor() -> None:
    rows = [booking(1, stall_id=1, vendor_id=7), booking(2, stall_id=2, vendor_id=7, status=BookingStatus.APPLIED),
            booking(3, stall_id=3, vendor_id=8, status=BookingStatus.REJECTED)]
    assert mm.placed_stalls(rows) == {7: ("H01", "H02")}


def test_next_stall_code_fills_the_first_gap_of_the_last_series() -> None:
    assert mm.next_stall_code([]) == "A01"
    assert mm.next_stall_code([stall(1, "H01"), stall(2, "H02"), stall(3, "H04")]) == "H03"
    assert mm.next_stall_code([stall(1, "A01"), stall(2, "D01")]) == "D02"


def test_new_stall_is_placed_wholly_on_the_map_with_the_draft_defaults() -> None:
    defaults = StallDraft(code="x")
    inside = mm.new_stall_draft(MARKET, [], 10.123, 5.0)
    assert (inside.code, inside.x_m, inside.y_m) == ("A01", 10.12, 5.0)
    assert (inside.width_m, inside.depth_m) == (defaults.width_m, defaults.depth_m)
    corner = mm.new_stall_draft(MARKET, [], 100, -4)
    assert (corner.x_m, corner.y_m) == (60 - float(defaults.width_m), 0.0)
    tiny = dataclasses.replace(MARKET, map_width_m=Decimal("2"), map_depth_m=Decimal("1"))
    assert (mm.new_stall_draft(tiny, [], 5, 5).x_m, mm.new_stall_draft(tiny, [], 5, 5).y_m) == (0.0, 0.0)


def test_booking_vendors_are_active_stallholders_in_czech_order_keeping_the_current_one() -> None:
    rows = [vendor(1, "Čokoládovna"), vendor(2, "Cukrárna"), vendor(3, "Zvukař", is_stallholder=False),
            vendor(4, "Archivní", archived=True), vendor(5, "Chrudimská pekárna")]
    assert [v.name for v in mm.booking_vendors(rows)] == ["Cukrárna", "Čokoládovna", "Chrudimská pekárna"]
    kept = mm.booking_vendors(rows, keep=rows[3])
    assert [v.id for v in kept] == [4, 2, 1, 5]
    assert [v.id for v in mm.booking_vendors(rows, keep=rows[0])] == [2, 1, 5]
