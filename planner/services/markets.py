"""Markets: opening hours, stalls, stall bookings and fees.

Domain rule: a stall never holds two approved bookings for overlapping days;
it is enforced here, so the GUI, the CLI and imports all obey it.

Why this module is long: it is the one transactional home of the market records
(market, hours, stalls, bookings) and their messages; the read-only rules of what
the map shows live in services/market_map.py, what a booking is (live, unpaid) in
services/booking_rules.py.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import cast

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, joinedload

from planner import errors
from planner.errors import ConflictError, ValidationError
from planner.i18n import _, language
from planner.models import Event, Market, MarketHours, Stall, StallBooking, Vendor
from planner.models.entities import new_uid
from planner.models.enums import BookingStatus, EventCategory, OpKind, StallKind, VendorCategory
from planner.services._common import SM, check_version, get_or_raise, run, update_row
from planner.services.booking_rules import fee_open_clause, is_live
from planner.services.conflicts import stall_booking_conflicts
from planner.services.dto import (
    BookingDraft,
    BookingRow,
    EventDraft,
    FeeRule,
    MarketHoursRow,
    MarketRow,
    StallDraft,
    StallRow,
)
from planner.services.events import validate_event
from planner.services.timeutil import first_last_day
from planner.services.validation import gather, money, optional_text, require_text

ZERO = Decimal("0.00")


# --- fees -----------------------------------------------------------------


def compute_fee(rule: FeeRule, stall: StallRow, first: dt.date, last: dt.date, needs_power: bool) -> Decimal:
    """Return a booking's fee: days x (rate by kind or per day + m2 rate x area) + power surcharge."""
    days = (last - first).days + 1
    if days <= 0:
        return ZERO
    by_kind = dict(rule.by_kind)
    daily = by_kind.get(stall.kind, rule.per_day)
    daily += rule.per_m2_day * (stall.width_m * stall.depth_m)
    if needs_power:
        daily += rule.power_per_day
    return (daily * days).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class MarketTotals:
    """Money of one market: approved bookings' fees, what is paid and what is outstanding."""

    expected: Decimal
    paid: Decimal
    outstanding: Decimal
    approved: int
    applied: int
    unpaid: int = 0


# --- rows -----------------------------------------------------------------


def _fee_rule(m: Market) -> FeeRule:
    by_kind = tuple((StallKind(k), Decimal(v)) for k, v in sorted((m.fee_by_kind or {}).items()))
    return FeeRule(m.fee_per_day, m.fee_per_m2_day, m.power_fee_per_day, by_kind)


def _market_row(m: Market) -> MarketRow:
    first, last = first_last_day(m.event.start, m.event.end)
    return MarketRow(
        event_id=m.event_id, title=m.event.title, first_day=first, last_day=last,
        venue_name=m.event.venue.name if m.event.venue else None, status=m.event.status,
        default_open=m.default_open, default_close=m.default_close,
        hours=tuple(MarketHoursRow(h.day, h.open, h.close, h.note) for h in m.hours),
        fee_rule=_fee_rule(m), map_width_m=m.map_width_m, map_depth_m=m.map_depth_m,
        version=m.version,
    )


def _stall_row(o: Stall) -> StallRow:
    return StallRow(
        o.id, o.market_id, o.code, o.kind, o.zone, o.width_m, o.depth_m, o.has_power, o.power_kw,
        o.has_water, o.x_m, o.y_m, o.rotation, o.notes, o.version,
    )


def _market_query() -> Select[Market]:
    return select(Market).options(
        joinedload(Market.event).joinedload(Event.venue), joinedload(Market.hours)
    )


# --- markets --------------------------------------------------------------


def list_markets(sm: SM) -> list[MarketRow]:
    """Return all markets, newest first."""
    with sm() as s:
        markets = s.scalars(_market_query()).unique().all()
        rows = [_market_row(m) for m in markets]
    return sorted(rows, key=lambda r: r.first_day, reverse=True)


def get_market(sm: SM, market_id: int) -> MarketRow:
    with sm() as s:
        m = s.scalars(_market_query().where(Market.event_id == market_id)).unique().first()
        if m is None:
            raise errors.NotFound("Market", market_id)
        return _market_row(m)


def default_market(markets: Sequence[MarketRow], today: dt.date) -> MarketRow | None:
    """Return the market to show first: the running or next one, else the newest (None if none)."""
    upcoming = [m for m in markets if m.last_day >= today]
    if upcoming:
        return min(upcoming, key=lambda m: m.first_day)
    newest: MarketRow | None = max(markets, key=lambda m: m.first_day, default=None)
    return newest


def market_for_day(sm: SM, day: dt.date) -> MarketRow | None:
    """Return the market running on a day (the latest starting one), or None."""
    for m in list_markets(sm):
        if m.first_day <= day <= m.last_day:
            return m
    return None


def validate_hours(open_: dt.time, close: dt.time) -> None:
    """The rule of all opening hours (default or a day's): the market closes after it opens."""
    if close <= open_:
        raise ValidationError("close", "end_before_start")


def validate_new_market(
    title: str, first_day: dt.date, last_day: dt.date, default_open: dt.time, default_close: dt.time,
    *, every: bool = False,
) -> None:
    """Check a new market before it is created (no database; with ``every``: all fields, ValidationErrors
    when several are bad): a title, the days in order, the hours. create_market checks the rest."""
    gather({
        "title": lambda: require_text(title, "title", 300),
        "last_day": lambda: _last_day(first_day, last_day),
        "close": lambda: validate_hours(default_open, default_close),
    }, every=every)


def create_market(
    sm: SM,
    draft: EventDraft,
    *,
    default_open: dt.time = dt.time(10, 0),
    default_close: dt.time = dt.time(20, 0),
    fee_rule: FeeRule | None = None,
    copy_layout_from: int | None = None,
) -> MarketRow:
    """Create a market in one transaction: an all-day Event of category market, its market
    details and (optionally) the stalls of an earlier market's layout."""
    validate_hours(default_open, default_close)
    rule = fee_rule or FeeRule()
    fees = rule_values(rule)
    by_kind = _by_kind_values(rule)
    draft = replace(draft, category=EventCategory.MARKET, all_day=True)

    def work(s: Session) -> int:
        event = validate_event(s, draft).new_event(draft.uid or new_uid())
        s.add(event)
        s.flush()
        market = Market(
            event_id=event.id, default_open=default_open, default_close=default_close,
            fee_per_day=fees[0], fee_per_m2_day=fees[1], power_fee_per_day=fees[2], fee_by_kind=by_kind,
        )
        s.add(market)
        s.flush()
        if copy_layout_from is not None:
            _copy_stalls(s, copy_layout_from, market)
        return event.id

    return get_market(sm, run(sm, work, op=OpKind.MARKET_CREATE, unique={"uid": ("uid", draft.uid)}))


def update_market_settings(
    sm: SM,
    market_id: int,
    *,
    default_open: dt.time,
    default_close: dt.time,
    fee_rule: FeeRule,
    map_width_m: Decimal | None = None,
    map_depth_m: Decimal | None = None,
    version: int | None = None,
) -> MarketRow:
    """Change a market's default opening hours, fee rule and (optionally) the map size."""
    validate_hours(default_open, default_close)
    values = rule_values(fee_rule)
    by_kind = _by_kind_values(fee_rule)
    size = {
        field: _positive(value, field)
        for field, value in (("width_m", map_width_m), ("depth_m", map_depth_m))
        if value is not None
    }

    def work(s: Session) -> None:
        m = get_or_raise(s, Market, market_id, "Market")
        check_version(m, version)
        m.default_open, m.default_close = default_open, default_close
        m.fee_per_day, m.fee_per_m2_day, m.power_fee_per_day = values
        m.fee_by_kind = by_kind
        for field, value in size.items():
            setattr(m, f"map_{field}", value)

    run(sm, work, op=OpKind.MARKET_SETTINGS)
    return get_market(sm, market_id)


def rule_values(rule: FeeRule) -> tuple[Decimal, Decimal, Decimal]:
    """Return (per_day, per_m2_day, power_per_day) validated as non-negative money."""
    out = []
    for field, value in (("fee", rule.per_day), ("fee", rule.per_m2_day), ("fee", rule.power_per_day)):
        amount = money(value, field)
        out.append(amount if amount is not None else ZERO)
    return out[0], out[1], out[2]


def _by_kind_values(rule: FeeRule) -> dict[str, str]:
    """Return the per-kind daily rates as stored (validated non-negative money)."""
    out: dict[str, str] = {}
    for kind, value in rule.by_kind:
        amount = money(value, "fee")
        if amount is not None:
            out[StallKind(kind).value] = str(amount)
    return out


def _positive(value: Decimal | int | str, field: str) -> Decimal:
    try:
        amount = Decimal(str(value).replace(",", "."))
    except ArithmeticError as exc:
        raise ValidationError(field, "not_a_number", value=value) from exc
    if not amount.is_finite() or amount <= 0:
        raise ValidationError(field, "not_positive")
    return amount


def set_day_hours(
    sm: SM, market_id: int, day: dt.date, open_: dt.time | None, close: dt.time | None, note: str = ""
) -> MarketRow:
    """Set an exception to the default hours for one day (both None = closed that day)."""
    if (open_ is None) != (close is None):
        raise ValidationError("close" if close is None else "open", "required")
    if open_ is not None and close is not None:
        validate_hours(open_, close)

    def work(s: Session) -> None:
        m = get_or_raise(s, Market, market_id, "Market")
        first, last = first_last_day(m.event.start, m.event.end)
        if not first <= day <= last:
            raise ValidationError("first_day", "invalid", value=day.isoformat())
        h = s.scalar(select(MarketHours).where(MarketHours.market_id == market_id, MarketHours.day == day))
        if h is None:
            h = MarketHours(market_id=market_id, day=day)
            s.add(h)
        h.open, h.close, h.note = open_, close, note

    run(sm, work, op=OpKind.MARKET_HOURS)
    return get_market(sm, market_id)


def clear_day_hours(sm: SM, market_id: int, day: dt.date) -> MarketRow:
    """Remove a day's exception so the default hours apply again."""

    def work(s: Session) -> None:
        h = s.scalar(select(MarketHours).where(MarketHours.market_id == market_id, MarketHours.day == day))
        if h is not None:
            s.delete(h)

    run(sm, work, op=OpKind.MARKET_HOURS)
    return get_market(sm, market_id)


def opening_hours(market: MarketRow, day: dt.date) -> tuple[dt.time, dt.time] | None:
    """Return the hours a market is open on a day, or None when closed or outside its dates."""
    if not market.first_day <= day <= market.last_day:
        return None
    for h in market.hours:
        if h.day == day:
            return (h.open, h.close) if h.open and h.close else None
    return market.default_open, market.default_close


# --- stalls ---------------------------------------------------------------


def validate_stall(d: StallDraft, *, every: bool = False) -> dict[str, object]:
    """Return the normalised values of a stall draft or raise ValidationError naming the field (no
    database; with ``every``: check all fields and raise ValidationErrors when several are bad).
    A code that another stall of the market has is found when saving."""
    checks = gather({
        "code": lambda: require_text(d.code, "code", 12).upper(),
        "zone": lambda: optional_text(d.zone, "zone", 100),
        "width_m": lambda: _positive(d.width_m, "width_m"),
        "depth_m": lambda: _positive(d.depth_m, "depth_m"),
        "power_kw": lambda: _power(d.power_kw),
        "notes": lambda: optional_text(d.notes, "notes", 2000),
    }, every=every)
    return {
        "code": checks["code"], "kind": d.kind, "zone": checks["zone"], "width_m": checks["width_m"],
        "depth_m": checks["depth_m"], "has_power": d.has_power, "power_kw": checks["power_kw"],
        "has_water": d.has_water, "x_m": float(d.x_m), "y_m": float(d.y_m), "rotation": float(d.rotation),
        "notes": checks["notes"],
    }


def _power(value: Decimal | None) -> Decimal | None:
    if value is None:
        return None
    if Decimal(value) < 0:
        raise ValidationError("power_kw", "not_negative")
    return Decimal(value)


def list_stalls(sm: SM, market_id: int) -> list[StallRow]:
    """Return a market's stalls by code."""
    with sm() as s:
        q = select(Stall).where(Stall.market_id == market_id).order_by(Stall.code)
        return [_stall_row(o) for o in s.scalars(q)]


def create_stall(sm: SM, market_id: int, draft: StallDraft) -> StallRow:
    values = validate_stall(draft)

    def work(s: Session) -> StallRow:
        get_or_raise(s, Market, market_id, "Market")
        o = Stall(market_id=market_id, **values)
        s.add(o)
        s.flush()
        return _stall_row(o)

    return run(sm, work, op=OpKind.STALL_CREATE, unique={"code": ("code", values["code"])})


def update_stall(sm: SM, stall_id: int, draft: StallDraft, *, version: int | None = None) -> StallRow:
    values = validate_stall(draft)

    def work(s: Session) -> StallRow:
        return _stall_row(update_row(s, Stall, stall_id, "Stall", values, version))

    return run(sm, work, op=OpKind.STALL_UPDATE, unique={"code": ("code", values["code"])})


def move_stall(sm: SM, stall_id: int, x_m: float, y_m: float, rotation: float | None = None) -> StallRow:
    """Place a stall on the map (metres from the top-left corner)."""
    return move_stalls(sm, [(stall_id, x_m, y_m, rotation)])[0]


def move_stalls(sm: SM, moves: list[tuple[int, float, float, float | None]]) -> list[StallRow]:
    """Place several stalls in one transaction: (stall id, x m, y m, rotation or None to keep)."""
    for _id, x, y, rot in moves:
        for field, value in (("x_m", x), ("y_m", y), ("rotation", rot)):
            if value is not None and not math.isfinite(float(value)):
                raise ValidationError(field, "not_a_number", value=value)

    def work(s: Session) -> list[StallRow]:
        out = []
        for stall_id, x, y, rot in moves:
            o = get_or_raise(s, Stall, stall_id, "Stall")
            o.x_m, o.y_m = round(float(x), 2), round(float(y), 2)
            if rot is not None:
                o.rotation = float(rot) % 360
            s.flush()
            out.append(_stall_row(o))
        return out

    return run(sm, work, op=OpKind.STALL_MOVE)


def delete_stall(sm: SM, stall_id: int) -> None:
    """Delete a stall; one with applications or approved bookings is refused (their history stays)."""

    def work(s: Session) -> None:
        o = get_or_raise(s, Stall, stall_id, "Stall")
        live = [b for b in o.bookings if is_live(b.status)]
        if live:
            raise ValidationError("stall", "in_use", value=len(live))
        s.delete(o)

    run(sm, work, op=OpKind.STALL_DELETE)


def copy_layout(sm: SM, from_market_id: int, to_market_id: int) -> list[StallRow]:
    """Create the stalls of a market from another's layout in one action (no bookings).

    The map size is copied too, since the positions are measured on it. All or nothing:
    a stall code the target already has refuses the whole copy.
    """
    if from_market_id == to_market_id:
        raise ValidationError("market", "invalid", value=_("a layout cannot be copied onto the same market."))

    def work(s: Session) -> None:
        _copy_stalls(s, from_market_id, get_or_raise(s, Market, to_market_id, "Market"))

    run(sm, work, op=OpKind.MARKET_LAYOUT_COPY)
    return list_stalls(sm, to_market_id)


def _copy_stalls(s: Session, from_market_id: int, target: Market) -> None:
    source = get_or_raise(s, Market, from_market_id, "Market")
    target.map_width_m, target.map_depth_m = source.map_width_m, source.map_depth_m
    existing = set(s.scalars(select(Stall.code).where(Stall.market_id == target.event_id)))
    for o in s.scalars(select(Stall).where(Stall.market_id == from_market_id)):
        if o.code in existing:
            raise ValidationError("code", "duplicate", value=o.code)
        s.add(
            Stall(
                market_id=target.event_id, code=o.code, kind=o.kind, zone=o.zone, width_m=o.width_m,
                depth_m=o.depth_m, has_power=o.has_power, power_kw=o.power_kw,
                has_water=o.has_water, x_m=o.x_m, y_m=o.y_m, rotation=o.rotation, notes=o.notes,
            )
        )
    s.flush()


# --- bookings -------------------------------------------------------------


def _booking_select() -> Select[StallBooking, str, int, str, str, VendorCategory]:
    # Columns of the stall, event and vendor instead of eager-loading whole rows: a market's
    # list is loaded after every change, and the Market row (JSON fee rule) is not needed.
    return (
        select(StallBooking, Stall.code, Stall.market_id, Event.title, Vendor.name, Vendor.category)
        .join(Stall, Stall.id == StallBooking.stall_id)
        .join(Event, Event.id == Stall.market_id)
        .join(Vendor, Vendor.id == StallBooking.vendor_id)
    )


def _booking_row_of(
    b: StallBooking, code: str, market_id: int, title: str, vendor: str, category: VendorCategory
) -> BookingRow:
    return BookingRow(
        id=b.id, stall_id=b.stall_id, stall_code=code, market_id=market_id, market_title=title,
        vendor_id=b.vendor_id, vendor_name=vendor, vendor_category=category, first_day=b.first_day,
        last_day=b.last_day, status=b.status, fee=b.fee, needs_power=b.needs_power, paid_on=b.paid_on,
        notes=b.notes, version=b.version,
    )


def list_bookings(sm: SM, market_id: int | None = None, *, vendor_id: int | None = None) -> list[BookingRow]:
    """Return the bookings of a market and/or a vendor, by stall code and first day."""
    q = _booking_select()
    if market_id is not None:
        q = q.where(Stall.market_id == market_id)
    if vendor_id is not None:
        q = q.where(StallBooking.vendor_id == vendor_id)
    with sm() as s:
        rows = [_booking_row_of(r[0], r[1], r[2], r[3], r[4], r[5]) for r in s.execute(q)]
    return sorted(rows, key=lambda r: (r.stall_code, r.first_day, r.id))


def _load_bookings(s: Session, booking_ids: list[int]) -> list[StallBooking]:
    """Return the booking entities in the order of the (deduplicated) ids, in one query."""
    wanted = list(dict.fromkeys(booking_ids))
    found = {b.id: b for b in s.scalars(select(StallBooking).where(StallBooking.id.in_(wanted)))}
    for booking_id in wanted:
        if booking_id not in found:
            raise errors.NotFound("Booking", booking_id)
    return [found[i] for i in wanted]


def _bookings_by_id(sm: SM, booking_ids: list[int]) -> list[BookingRow]:
    """Return the bookings in the order of the ids, in one query."""
    with sm() as s:
        q = _booking_select().where(StallBooking.id.in_(booking_ids))
        found = {r[0].id: _booking_row_of(r[0], r[1], r[2], r[3], r[4], r[5]) for r in s.execute(q)}
    return [found[i] for i in booking_ids]


def get_booking(sm: SM, booking_id: int) -> BookingRow:
    with sm() as s:
        r = s.execute(_booking_select().where(StallBooking.id == booking_id)).first()
        if r is None:
            raise errors.NotFound("Booking", booking_id)
        return _booking_row_of(r[0], r[1], r[2], r[3], r[4], r[5])


def validate_booking(d: BookingDraft, *, every: bool = False) -> BookingDraft:
    """Return the draft normalised (status a BookingStatus, the fee a Decimal or None, notes trimmed) or
    raise ValidationError naming the field (no database; with ``every``: check all fields and raise
    ValidationErrors when several are bad). The stall, the vendor, the market's dates and the overlap
    rule are checked when saving.

    The status is normalised because "approved" given as a string (a CLI argument, a Qt item's data)
    would otherwise skip the overlap check yet be stored as approved.
    """
    values = gather({
        "status": lambda: _status(d.status),
        "last_day": lambda: _last_day(d.first_day, d.last_day),
        "fee": lambda: money(d.fee, "fee"),
        "notes": lambda: optional_text(d.notes, "notes", 2000),
    }, every=every)
    return replace(d, status=cast(BookingStatus, values["status"]), fee=cast("Decimal | None", values["fee"]),
                   notes=str(values["notes"]))


def _status(value: BookingStatus | str) -> BookingStatus:
    try:
        return BookingStatus(value)
    except ValueError as exc:
        raise ValidationError("status", "unknown_choice", value=value) from exc


def _last_day(first: dt.date, last: dt.date) -> dt.date:
    if last < first:
        raise ValidationError("last_day", "end_before_start")
    return last


def _check_booking(s: Session, d: BookingDraft, booking_id: int | None) -> Stall:
    # Approvals lock the stall row so two concurrent approvals in a shared PostgreSQL
    # database are serialised and the second one sees the first (SQLite locks the file).
    stall = s.get(Stall, d.stall_id, with_for_update=d.status is BookingStatus.APPROVED)
    if stall is None:
        raise errors.NotFound("Stall", d.stall_id)
    vendor = get_or_raise(s, Vendor, d.vendor_id, "Vendor")
    first, last = first_last_day(stall.market.event.start, stall.market.event.end)
    if d.first_day < first or d.last_day > last:
        raise ValidationError(
            "first_day", "invalid",
            value=_outside_text(first, last),
        )
    if d.status is BookingStatus.APPROVED:
        clashes = stall_booking_conflicts(s, d.stall_id, d.first_day, d.last_day, booking_id)
        if clashes:
            text = _("Stall {stall} is already approved for {other} on these days; {vendor} cannot have it.").format(
                stall=stall.code, vendor=vendor.name, other=clashes[0].b_title,
            )
            raise ConflictError(clashes, text)
    return stall




def _outside_text(first: dt.date, last: dt.date) -> str:
    from planner.services.timeutil import format_date

    return _("the booking must lie within the market's dates ({first} – {last}).").format(first=format_date(first), last=format_date(last))


def power_warning(stall: StallRow, vendor_power_kw: Decimal | None, needs_power: bool) -> str | None:
    """Return a warning when a vendor needing power gets a stall without (enough of) it."""
    need = vendor_power_kw or Decimal(0)
    if not needs_power and need <= 0:
        return None
    comma = language() == "cs"

    def kw(value: Decimal) -> str:
        text = f"{Decimal(value).quantize(Decimal('0.1')):f}"  # kW are stored with one decimal
        return text.replace(".", ",") if comma else text

    if not stall.has_power:
        return _("Stall {code} has no power outlet.").format(code=stall.code)
    if stall.power_kw is not None and need > stall.power_kw:
        return _("Stall {code} has only {has} kW; the vendor needs {need} kW.").format(
            code=stall.code, has=kw(stall.power_kw), need=kw(need))
    return None


def _fee_for(s: Session, stall: Stall, d: BookingDraft) -> Decimal:
    explicit = money(d.fee, "fee")
    if explicit is not None:
        return explicit
    return compute_fee(_fee_rule(stall.market), _stall_row(stall), d.first_day, d.last_day, d.needs_power)


def create_booking(sm: SM, draft: BookingDraft) -> BookingRow:
    """Record an application or booking; approving one that overlaps raises ConflictError."""

    draft = validate_booking(draft)

    def work(s: Session) -> int:
        stall = _check_booking(s, draft, None)
        b = StallBooking(
            stall_id=draft.stall_id, vendor_id=draft.vendor_id, first_day=draft.first_day,
            last_day=draft.last_day, status=draft.status, fee=_fee_for(s, stall, draft),
            needs_power=draft.needs_power, paid_on=draft.paid_on,
            notes=draft.notes,
        )
        s.add(b)
        s.flush()
        return b.id

    return get_booking(sm, run(sm, work, op=OpKind.BOOKING_CREATE))


def update_booking(
    sm: SM, booking_id: int, draft: BookingDraft, *, version: int | None = None, op: OpKind = OpKind.BOOKING_UPDATE
) -> BookingRow:
    """Change a booking (stall, vendor, days, status, fee, payment)."""
    draft = validate_booking(draft)

    def work(s: Session) -> None:
        b = get_or_raise(s, StallBooking, booking_id, "Booking")
        check_version(b, version)
        stall = _check_booking(s, draft, booking_id)
        b.stall_id, b.vendor_id = draft.stall_id, draft.vendor_id
        b.first_day, b.last_day = draft.first_day, draft.last_day
        b.status, b.needs_power, b.paid_on = draft.status, draft.needs_power, draft.paid_on
        b.fee = _fee_for(s, stall, draft)
        b.notes = draft.notes

    run(sm, work, op=op)
    return get_booking(sm, booking_id)


_STATUS_OPS = {
    BookingStatus.APPROVED: OpKind.BOOKING_APPROVE, BookingStatus.REJECTED: OpKind.BOOKING_REJECT,
    BookingStatus.CANCELLED: OpKind.BOOKING_CANCEL, BookingStatus.APPLIED: OpKind.BOOKING_REOPEN,
}


def status_op(status: BookingStatus) -> OpKind:
    """Return the operation that sets a booking to ``status`` (approve, reject, cancel, reopen)."""
    return _STATUS_OPS[BookingStatus(status)]


def set_booking_status(sm: SM, booking_id: int, status: BookingStatus) -> BookingRow:
    """Approve, reject or cancel an application (approval checks the overlap rule)."""
    b = get_booking(sm, booking_id)
    return update_booking(sm, booking_id, replace(b.draft(), status=status), version=b.version,
                          op=status_op(status))


def mark_paid(sm: SM, booking_id: int, paid_on: dt.date | None) -> BookingRow:
    """Record (or clear) the date a booking's fee was paid."""
    b = get_booking(sm, booking_id)
    return update_booking(sm, booking_id, replace(b.draft(), paid_on=paid_on), version=b.version,
                          op=OpKind.BOOKING_PAID)


def set_bookings_status(sm: SM, booking_ids: list[int], status: BookingStatus) -> list[BookingRow]:
    """Approve, reject or cancel several applications in one transaction (all or nothing).

    Each approval is checked against the bookings approved before it, including the
    ones approved in this same call, so two applications for one stall cannot both pass.
    """
    status = _status(status)

    def work(s: Session) -> None:
        for b in _load_bookings(s, booking_ids):
            draft = BookingDraft(b.stall_id, b.vendor_id, b.first_day, b.last_day, status, b.fee,
                                 b.needs_power, b.paid_on, b.notes)
            _check_booking(s, draft, b.id)
            b.status = status
            s.flush()

    run(sm, work, op=status_op(status))
    return _bookings_by_id(sm, booking_ids)


def mark_bookings_paid(sm: SM, booking_ids: list[int], paid_on: dt.date | None) -> list[BookingRow]:
    """Record (or clear) the payment date of several bookings in one transaction."""

    def work(s: Session) -> None:
        for b in _load_bookings(s, booking_ids):
            b.paid_on = paid_on

    run(sm, work, op=OpKind.BOOKING_PAID)
    return _bookings_by_id(sm, booking_ids)


def delete_booking(sm: SM, booking_id: int) -> None:
    delete_bookings(sm, [booking_id])


def delete_bookings(sm: SM, booking_ids: list[int]) -> None:
    """Delete several bookings in one transaction: all of them, or none when one is missing."""

    def work(s: Session) -> None:
        for b in _load_bookings(s, booking_ids):
            s.delete(b)

    run(sm, work, op=OpKind.BOOKING_DELETE)


def market_totals(sm: SM, market_id: int) -> MarketTotals:
    """Return expected (approved fees), paid and outstanding money of a market."""
    return totals_of(list_bookings(sm, market_id))


def totals_of(rows: list[BookingRow]) -> MarketTotals:
    """Return the money of already loaded bookings (approved ones count; applications are counted)."""
    approved = [r for r in rows if r.status is BookingStatus.APPROVED]
    expected = sum((r.fee or ZERO for r in approved), ZERO)
    paid = sum((r.fee or ZERO for r in approved if r.paid_on), ZERO)
    return MarketTotals(
        expected=expected, paid=paid, outstanding=expected - paid, approved=len(approved),
        applied=sum(1 for r in rows if r.status is BookingStatus.APPLIED),
        unpaid=sum(1 for r in approved if r.unpaid),
    )


def book_stall(
    sm: SM, stall_id: int, vendor_id: int, *, status: BookingStatus = BookingStatus.APPLIED
) -> BookingRow:
    """Book a vendor on a stall for all the market's days (fee by the rule, power from the vendor)."""
    with sm() as s:
        stall = get_or_raise(s, Stall, stall_id, "Stall")
        vendor = get_or_raise(s, Vendor, vendor_id, "Vendor")
        first, last = first_last_day(stall.market.event.start, stall.market.event.end)
        needs_power = bool(vendor.power_kw and vendor.power_kw > 0)
    return create_booking(sm, BookingDraft(stall_id, vendor_id, first, last, status, None, needs_power))


def recompute_fees(sm: SM, market_id: int) -> int:
    """Apply the market's current fee rule to its unpaid applications and bookings; return how many changed."""

    def work(s: Session) -> int:
        m = get_or_raise(s, Market, market_id, "Market")
        rule = _fee_rule(m)
        changed = 0
        q = select(StallBooking).join(Stall).options(joinedload(StallBooking.stall)).where(
            Stall.market_id == market_id, fee_open_clause(),
        )
        for b in s.scalars(q):
            fee = compute_fee(rule, _stall_row(b.stall), b.first_day, b.last_day, b.needs_power)
            if fee != b.fee:
                b.fee = fee
                changed += 1
        return changed

    return run(sm, work, op=OpKind.MARKET_FEES)
