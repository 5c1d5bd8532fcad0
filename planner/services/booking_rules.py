"""What a stall booking *is*: live (it claims its stall) and unpaid (money is owed).

Each rule is written once here, as a Python predicate over the plain values and,
where a query needs it, as one SQL expression built next to it. BookingRow's
properties, the map, the totals, stall deletion and fee recomputation all call these;
tests/services/test_booking_rules.py checks that the predicate and the SQL agree.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ColumnElement, and_

from planner.models import StallBooking
from planner.models.enums import BookingStatus

LIVE_STATUSES = frozenset({BookingStatus.APPLIED, BookingStatus.APPROVED})
"""Statuses that claim a stall: an application or an approved booking (rejected/cancelled do not)."""


def is_live(status: BookingStatus) -> bool:
    """An application or an approved booking: it claims the stall."""
    return BookingStatus(status) in LIVE_STATUSES


def live_clause() -> ColumnElement[bool]:
    """SQL twin of :func:`is_live` over StallBooking."""
    return StallBooking.status.in_(sorted(LIVE_STATUSES))


def is_unpaid(status: BookingStatus, paid_on: dt.date | None, fee: Decimal | None) -> bool:
    """Approved with a fee to pay and no payment recorded (a free stall is settled)."""
    return BookingStatus(status) is BookingStatus.APPROVED and paid_on is None and (fee or 0) > 0


def unpaid_clause() -> ColumnElement[bool]:
    """SQL twin of :func:`is_unpaid` over StallBooking."""
    return and_(
        StallBooking.status == BookingStatus.APPROVED,
        StallBooking.paid_on.is_(None),
        StallBooking.fee.is_not(None),
        StallBooking.fee > 0,
    )


def is_fee_open(status: BookingStatus, paid_on: dt.date | None) -> bool:
    """A live booking not paid yet: its fee may still follow a changed fee rule."""
    return is_live(status) and paid_on is None


def fee_open_clause() -> ColumnElement[bool]:
    """SQL twin of :func:`is_fee_open` over StallBooking."""
    return and_(live_clause(), StallBooking.paid_on.is_(None))
