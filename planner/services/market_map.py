"""What the stall map of a market shows, and the defaults of a stall placed on it.

Qt-free rules the markets page used to compute itself: the state of each stall on a
day (free, applications only, approved unpaid, approved paid), the power warnings of
the live bookings, which stall codes a vendor holds, the code and place of a new
stall, and which vendors may be booked on a stall.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from planner.models.enums import BookingStatus, VendorCategory
from planner.services.dto import BookingRow, MarketRow, StallDraft, StallRow, VendorRow
from planner.services.markets import power_warning
from planner.services.text import czech_sort_key


class StallState(enum.Enum):
    """How a stall stands on the shown day(s)."""

    FREE = "free"
    APPLIED = "applied"
    UNPAID = "unpaid"
    PAID = "paid"


@dataclass(frozen=True)
class StallView:
    """What the map draws for one stall on the shown day(s)."""

    stall: StallRow
    vendors: tuple[str, ...] = ()
    category: VendorCategory | None = None
    state: StallState = StallState.FREE
    applicants: int = 0
    warning: str | None = None


def stall_state(bookings: Sequence[BookingRow]) -> StallState:
    """Return the state of a stall from its live bookings on the shown day(s).

    Approved bookings win over applications; one unpaid approved booking makes the
    stall unpaid.
    """
    approved = [b for b in bookings if b.status is BookingStatus.APPROVED]
    if approved:
        return StallState.UNPAID if any(b.unpaid for b in approved) else StallState.PAID
    if any(b.status is BookingStatus.APPLIED for b in bookings):
        return StallState.APPLIED
    return StallState.FREE


def stall_views(
    stalls: Iterable[StallRow],
    bookings: Iterable[BookingRow],
    day: dt.date | None,
    warnings: Mapping[int, str] | None = None,
) -> list[StallView]:
    """Combine stalls and bookings into what the map shows on a day (None = all the market's days)."""
    by_stall: dict[int, list[BookingRow]] = {}
    for b in bookings:
        if not b.live:
            continue
        if day is not None and not b.first_day <= day <= b.last_day:
            continue
        by_stall.setdefault(b.stall_id, []).append(b)
    out = []
    for s in stalls:
        rows = sorted(by_stall.get(s.id, []), key=lambda r: (r.first_day, r.id))
        state = stall_state(rows)
        approved = [r for r in rows if r.status is BookingStatus.APPROVED]
        applied = [r for r in rows if r.status is BookingStatus.APPLIED]
        shown = approved if approved else applied
        warning = None
        if warnings:
            warning = next((warnings[r.id] for r in approved if r.id in warnings), None)
        out.append(
            StallView(
                stall=s,
                vendors=tuple(dict.fromkeys(r.vendor_name for r in shown)),
                category=shown[0].vendor_category if shown else None,
                state=state,
                applicants=len(applied),
                warning=warning,
            )
        )
    return out


def power_warnings(
    stalls: Iterable[StallRow], bookings: Iterable[BookingRow], vendors: Mapping[int, VendorRow]
) -> dict[int, str]:
    """Return the power warning of each live booking whose vendor needs more than its stall gives."""
    by_id = {s.id: s for s in stalls}
    out = {}
    for b in bookings:
        if not b.live or b.stall_id not in by_id:
            continue
        vendor = vendors.get(b.vendor_id)
        text = power_warning(by_id[b.stall_id], vendor.power_kw if vendor else None, b.needs_power)
        if text:
            out[b.id] = text
    return out


def placed_stalls(bookings: Iterable[BookingRow]) -> dict[int, tuple[str, ...]]:
    """Return, per vendor id, the codes of the stalls its live bookings claim (in booking order)."""
    placed: dict[int, tuple[str, ...]] = {}
    for b in bookings:
        if b.live:
            placed[b.vendor_id] = tuple(dict.fromkeys((*placed.get(b.vendor_id, ()), b.stall_code)))
    return placed


def next_stall_code(stalls: Sequence[StallRow]) -> str:
    """Return the first free code in the series of the last stall (H12 -> H01 if free, …; none: A01)."""
    codes = {s.code for s in stalls}
    prefix = stalls[-1].code.rstrip("0123456789") if stalls else "A"
    n = 1
    while f"{prefix}{n:02d}" in codes:
        n += 1
    return f"{prefix}{n:02d}"


def new_stall_draft(market: MarketRow, stalls: Sequence[StallRow], x_m: float, y_m: float) -> StallDraft:
    """Return the draft of a stall added at a point: the next code, the default size, placed
    so that the whole stall lies on the map (the point clamped to the map less the stall)."""
    draft = StallDraft(code=next_stall_code(stalls))
    width, depth = float(market.map_width_m), float(market.map_depth_m)
    x = min(max(x_m, 0.0), max(width - float(draft.width_m), 0.0))
    y = min(max(y_m, 0.0), max(depth - float(draft.depth_m), 0.0))
    return StallDraft(code=draft.code, x_m=round(x, 2), y_m=round(y, 2))


def is_bookable_stallholder(vendor: VendorRow) -> bool:
    """A vendor a new stall booking may be made for: a stallholder that is not archived."""
    return vendor.is_stallholder and not vendor.archived


def booking_vendors(vendors: Iterable[VendorRow], keep: VendorRow | None = None) -> list[VendorRow]:
    """Return the vendors to offer for a booking, in Czech order; ``keep`` (the booking's
    current vendor) comes first when it is no longer eligible, so editing does not change it."""
    out = sorted((v for v in vendors if is_bookable_stallholder(v)), key=lambda v: czech_sort_key(v.name))
    if keep is not None and all(v.id != keep.id for v in out):
        out.insert(0, keep)
    return out
