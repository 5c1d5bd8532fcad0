"""Markets: opening hours, fee rules, stalls and bookings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from planner.models.enums import (
    BookingStatus,
    EventStatus,
    StallKind,
    VendorCategory,
)
from planner.services.booking_rules import is_live, is_unpaid


@dataclass(frozen=True)
class MarketHoursRow:
    day: dt.date
    open: dt.time | None
    close: dt.time | None
    note: str = ""


@dataclass(frozen=True)
class FeeRule:
    """Per-market fee rule: per stall and day (optionally by kind), per m2 and day, power."""

    per_day: Decimal = Decimal("0")
    per_m2_day: Decimal = Decimal("0")
    power_per_day: Decimal = Decimal("0")
    by_kind: tuple[tuple[StallKind, Decimal], ...] = ()


@dataclass(frozen=True)
class MarketRow:
    event_id: int
    title: str
    first_day: dt.date
    last_day: dt.date
    venue_name: str | None
    status: EventStatus
    default_open: dt.time
    default_close: dt.time
    hours: tuple[MarketHoursRow, ...]
    fee_rule: FeeRule
    map_width_m: Decimal
    map_depth_m: Decimal
    version: int


@dataclass(frozen=True)
class StallRow:
    id: int
    market_id: int
    code: str
    kind: StallKind
    zone: str
    width_m: Decimal
    depth_m: Decimal
    has_power: bool
    power_kw: Decimal | None
    has_water: bool
    x_m: float
    y_m: float
    rotation: float
    notes: str
    version: int

    def draft(self) -> StallDraft:
        """Return the stall as a draft to edit."""
        return StallDraft(self.code, self.kind, self.zone, self.width_m, self.depth_m, self.has_power,
                          self.power_kw, self.has_water, self.x_m, self.y_m, self.rotation, self.notes)


@dataclass(frozen=True)
class StallDraft:
    code: str
    kind: StallKind = StallKind.HUT
    zone: str = ""
    width_m: Decimal = Decimal("3")
    depth_m: Decimal = Decimal("2")
    has_power: bool = False
    power_kw: Decimal | None = None
    has_water: bool = False
    x_m: float = 0.0
    y_m: float = 0.0
    rotation: float = 0.0
    notes: str = ""


@dataclass(frozen=True)
class BookingRow:
    id: int
    stall_id: int
    stall_code: str
    market_id: int
    market_title: str
    vendor_id: int
    vendor_name: str
    vendor_category: VendorCategory
    first_day: dt.date
    last_day: dt.date
    status: BookingStatus
    fee: Decimal | None
    needs_power: bool
    paid_on: dt.date | None
    notes: str
    version: int

    @property
    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1

    @property
    def live(self) -> bool:
        """An application or approved booking: it claims the stall (rule: booking_rules.is_live)."""
        return is_live(self.status)

    @property
    def unpaid(self) -> bool:
        """Approved with a fee to pay and no payment recorded (rule: booking_rules.is_unpaid)."""
        return is_unpaid(self.status, self.paid_on, self.fee)

    def draft(self) -> BookingDraft:
        """Return the booking as a draft to edit."""
        return BookingDraft(self.stall_id, self.vendor_id, self.first_day, self.last_day, self.status, self.fee,
                            self.needs_power, self.paid_on, self.notes)


@dataclass(frozen=True)
class BookingDraft:
    stall_id: int
    vendor_id: int
    first_day: dt.date
    last_day: dt.date
    status: BookingStatus = BookingStatus.APPLIED
    fee: Decimal | str | None = None  # text as typed: the service parses it (None: by the market's fee rule)
    needs_power: bool = False
    paid_on: dt.date | None = None
    notes: str = ""
