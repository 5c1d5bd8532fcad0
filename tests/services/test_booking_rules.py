"""One definition of a live (stall-claiming) and an unpaid booking, shared by map, table and totals."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

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


def test_the_predicates_and_their_sql_agree_on_every_kind_of_booking(sm) -> None:
    """Every status x paid/unpaid x fee (none, free, some): SQL and Python pick the same rows."""
    from sqlalchemy import select

    from planner.models import StallBooking
    from planner.models.enums import OpKind
    from planner.services import booking_rules as rules
    from planner.services import markets
    from planner.services.dto import BookingDraft, EventDraft, StallDraft, VendorDraft
    from planner.services.recording import begin_operation
    from planner.services.vendors import create_vendor

    first, last = dt.date(2026, 11, 27), dt.date(2026, 12, 23)
    m = markets.create_market(sm, EventDraft.all_day_event("Vánoční trhy", first, last))
    vendor = create_vendor(sm, VendorDraft(name="Medový vánek"))
    no_fee = []
    n = 0
    for status in BookingStatus:
        for paid_on in (None, dt.date(2026, 11, 20)):
            for fee in (None, Decimal("0"), Decimal("900")):
                n += 1
                stall = markets.create_stall(sm, m.event_id, StallDraft(f"A{n:02d}"))
                b = markets.create_booking(
                    sm, BookingDraft(stall.id, vendor.id, first, last, status, fee or Decimal("0"), paid_on=paid_on)
                )
                if fee is None:
                    no_fee.append(b.id)
                elif fee:
                    markets.update_booking(sm, b.id, dataclasses.replace(b.draft(), fee=fee))
    with sm.begin() as s:  # a fee never computed (an imported row): stored as NULL
        begin_operation(s, OpKind.BOOKING_UPDATE)
        for b in s.scalars(select(StallBooking).where(StallBooking.id.in_(no_fee))):
            b.fee = None
    rows = markets.list_bookings(sm, m.event_id)
    assert len(rows) == 4 * 2 * 3 and any(r.fee is None for r in rows)

    def sql(clause) -> set[int]:
        with sm() as s:
            return set(s.scalars(select(StallBooking.id).where(clause)))

    assert sql(rules.live_clause()) == {r.id for r in rows if rules.is_live(r.status)} == {r.id for r in rows if r.live}
    assert sql(rules.unpaid_clause()) == {r.id for r in rows if r.unpaid}
    assert sql(rules.fee_open_clause()) == {r.id for r in rows if rules.is_fee_open(r.status, r.paid_on)}
    assert len({r.id for r in rows if r.unpaid}) == 1  # approved, 900 Kč, not paid


def test_totals_and_stall_deletion_follow_the_booking_rules(sm) -> None:
    from planner.errors import ValidationError
    from planner.services import markets
    from planner.services.dto import BookingDraft, EventDraft, StallDraft, VendorDraft
    from planner.services.vendors import create_vendor

    first, last = dt.date(2026, 11, 27), dt.date(2026, 12, 23)
    m = markets.create_market(sm, EventDraft.all_day_event("Vánoční trhy", first, last))
    vendor = create_vendor(sm, VendorDraft(name="Medový vánek"))
    free = markets.create_stall(sm, m.event_id, StallDraft("A01"))
    paid = markets.create_stall(sm, m.event_id, StallDraft("A02"))
    markets.create_booking(sm, BookingDraft(free.id, vendor.id, first, last, BookingStatus.APPROVED, Decimal("0")))
    markets.create_booking(sm, BookingDraft(paid.id, vendor.id, first, last, BookingStatus.CANCELLED, Decimal("50")))
    totals = markets.market_totals(sm, m.event_id)
    assert (totals.approved, totals.unpaid, totals.expected) == (1, 0, Decimal("0"))
    with pytest.raises(ValidationError):
        markets.delete_stall(sm, free.id)  # a live booking holds it
    markets.delete_stall(sm, paid.id)  # a cancelled one does not
