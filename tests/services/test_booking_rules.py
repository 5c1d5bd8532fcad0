"""One definition of a live (stall-claiming) and an unpaid booking, shared by map, table and totals."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from planner.models.enums import BookingStatus, VendorCategory
from planner.services.dto import BookingRow

BASE = BookingRow(
    id=1, stall_id=1, stall_code="H01", market_id=1, market_title="Vánoční trhy", vendor_id=1,
    vendor_name="Medový vánek", vendor_category=VendorCategory.FOOD_PACKAGED, first_day=dt.date(2026, 11, 27),
    last_day=dt.date(2026, 12, 23), status=BookingStatus.APPROVED, fee=Decimal("9000"), needs_power=False,
    paid_on=None, notes="", version=1,
)


def test_live_bookings_are_applications_and_approvals() -> None:
    live = {s for s in BookingStatus if dataclasses.replace(BASE, status=s).live}
    assert live == {BookingStatus.APPLIED, BookingStatus.APPROVED}


def test_unpaid_needs_an_approved_booking_with_a_fee_and_no_payment() -> None:
    assert BASE.unpaid
    assert not dataclasses.replace(BASE, paid_on=dt.date(2026, 11, 13)).unpaid
    assert not dataclasses.replace(BASE, fee=Decimal("0")).unpaid  # a free stall is settled
    assert not dataclasses.replace(BASE, fee=None).unpaid
    assert not dataclasses.replace(BASE, status=BookingStatus.APPLIED).unpaid


def test_default_market_is_the_running_or_next_else_the_newest(sm) -> None:
    from planner.services import demo, markets

    demo.load_demo(sm)
    rows = markets.list_markets(sm)
    pick = lambda day: markets.default_market(rows, day).title  # noqa: E731
    assert pick(dt.date(2026, 12, 9)).startswith("Vánoční")  # running
    assert pick(dt.date(2026, 12, 24)).startswith("Velikonoční")  # the next one
    assert pick(dt.date(2027, 6, 1)).startswith("Velikonoční")  # none ahead: the newest
    assert markets.default_market([], dt.date(2026, 12, 9)) is None
