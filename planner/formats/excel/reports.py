"""The report builders (DTOs in, Report out) and the one-call export of a ReportRequest."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any


from planner import errors
from planner.formats.labels import label
from planner.i18n import _, N_, pgettext
from planner.models.enums import BookingStatus, EventCategory
from planner.services.formatting import format_date_range
from planner.services import events as event_service
from planner.services import markets as market_service
from planner.services import vendors as vendor_service
from planner.services import venues as venue_service
from planner.services._common import SM
from planner.services.dto import (
    BookingRow,
    EventQuery,
    EventRow,
    MarketRow,
    StallRow,
    VendorRow,
    VenueRow,
)
from planner.services.text import czech_sort_key
from planner.services.timeutil import format_date, local, range_bounds
from planner.formats.excel.writer import REPORTS, Column, Progress, Report, roles_text, write_report, yes_no


# --- report builders (pure: DTOs in, Report out) ---------------------------------


def _performers(r: EventRow) -> str:
    return ", ".join(f"{p.name} ({p.role})" if p.role else p.name for p in r.performers)


def _times(r: EventRow) -> tuple[dt.time | None, dt.time | None]:
    if r.all_day:
        return None, None
    s, e = local(r.start), local(r.end)
    return s.time().replace(tzinfo=None), e.time().replace(tzinfo=None)


def _until(r: EventRow) -> dt.date | None:
    return r.last_day if r.last_day != r.first_day else None


def programme_report(title: str, events: Iterable[EventRow], selection: Sequence[str] = ()) -> Report:
    """Return the programme of a festival edition or series: one row per item, by start."""
    cols = (
        Column(_("Day"), "date", 11),
        Column(_("Until"), "date", 11),
        Column(_("Start"), "time", 8),
        Column(_("End"), "time", 8),
        Column(_("Title"), width=38, wrap=True),
        Column(_("Venue"), width=28, wrap=True),
        Column(_("Performers"), width=34, wrap=True),
        Column(_("Category"), width=16),
        Column(_("Status"), width=11),
        Column(_("Tickets"), width=20, wrap=True),
    )
    rows = []
    for r in events:
        start, end = _times(r)
        rows.append((
            r.first_day, _until(r), start, end, r.title, r.venue_name, _performers(r),
            label(r.category), label(r.status), r.ticket_info,
        ))
    return Report("programme", title, cols, rows, tuple(selection), sheet=_("Programme"))


def events_report(events: Iterable[EventRow], selection: Sequence[str] = (), title: str = "") -> Report:
    """Return a list of events of any filtered range, with everything a colleague asks about."""
    cols = (
        Column(_("Day"), "date", 11),
        Column(_("Until"), "date", 11),
        Column(_("Start"), "time", 8),
        Column(_("End"), "time", 8),
        Column(_("Title"), width=36, wrap=True),
        Column(_("Category"), width=16),
        Column(_("Status"), width=11),
        Column(_("Series"), width=20, wrap=True),
        Column(_("Part of"), width=22, wrap=True),
        Column(_("Venue"), width=26, wrap=True),
        Column(_("Responsible"), width=20),
        Column(_("Performers"), width=30, wrap=True),
        Column(_("Public"), width=8),
        Column(_("Expected attendance"), "int", 12),
        Column(_("Tickets"), width=18, wrap=True),
    )
    rows = []
    for r in events:
        start, end = _times(r)
        rows.append((
            r.first_day, _until(r), start, end, r.title, label(r.category), label(r.status),
            r.series_name, r.parent_title, r.venue_name, r.staff_name, _performers(r),
            yes_no(r.public), r.expected_attendance, r.ticket_info,
        ))
    return Report("events", title or _("Events"), cols, rows, tuple(selection),
                  sheet=pgettext("formats.excel.reports", "Events"))


def venues_report(
    venues: Iterable[VenueRow], counts: dict[int, int], selection: Sequence[str] = ()
) -> Report:
    """Return the venues with contacts and how many events each hosts in the range."""
    cols = (
        Column(_("Name"), width=32, wrap=True),
        Column(_("Kind"), width=14),
        Column(_("Address"), width=30, wrap=True),
        Column(_("Capacity"), "int", 10),
        Column(_("Contact"), width=20, wrap=True),
        Column(_("Phone"), width=17),
        Column(_("E-mail"), width=26),
        Column(_("Equipment"), width=30, wrap=True),
        Column(pgettext("formats.excel.reports.venues_report", "Events"), "int", 10, total=True),
    )
    rows = [
        (v.name, label(v.kind), v.address, v.capacity, v.contact, v.phone, v.email,
         ", ".join(v.equipment), counts.get(v.id, 0))
        for v in venues
    ]
    return Report("venues", _("Venues"), cols, rows, tuple(selection),
                  sheet=_("Venues"))


VENDOR_COLUMNS = (
    ("name", N_("Name"), 30),
    ("ico", N_("Company ID (IČO)"), 11),
    ("dic", N_("VAT ID (DIČ)"), 13),
    ("contact_person", N_("Contact person"), 20),
    ("phone", N_("Phone"), 17),
    ("email", N_("E-mail"), 26),
    ("street", N_("Street"), 22),
    ("city", N_("City"), 14),
    ("postal_code", N_("Postal code"), 8),
    ("category", N_("Category"), 18),
    ("roles", N_("Roles"), 20),
    ("power_kw", N_("Power (kW)"), 10),
    ("goods", N_("Goods"), 30),
    ("notes", N_("Notes"), 30),
    ("consent_date", N_("Data consent"), 14),
)


def vendors_report(vendors: Iterable[VendorRow], selection: Sequence[str] = ()) -> Report:
    """Return the vendors with contacts, category, roles and IČO (re-importable as is)."""
    kinds = {"power_kw": "decimal", "consent_date": "date"}
    wraps = {"name", "goods", "notes", "roles", "street"}
    cols = tuple(
        Column(_(header), kinds.get(key, "text"), width, wrap=key in wraps)
        for key, header, width in VENDOR_COLUMNS
    )
    rows = [
        (v.name, v.ico, v.dic, v.contact_person, v.phone, v.email, v.street, v.city,
         v.postal_code, label(v.category), roles_text(v.is_stallholder, v.is_supplier),
         v.power_kw, v.goods, v.notes, v.consent_date)
        for v in vendors
    ]
    return Report("vendors", _("Vendors and suppliers"), cols, rows,
                  tuple(selection), sheet=_("Vendors"))


def market_report(market: MarketRow, stalls: Sequence[StallRow], bookings: Sequence[BookingRow]) -> Report:
    """Return the stall plan of a market: approved bookings per stall (free stalls too) and money.

    Paid and outstanding follow services.markets.market_totals: approved fees count,
    a fee is paid when the booking has a paid date.
    """
    cols = (
        Column(_("Stall"), width=8),
        Column(_("Kind"), width=15),
        Column(_("Zone"), width=22, wrap=True),
        Column(_("Vendor"), width=30, wrap=True),
        Column(_("Category"), width=17),
        Column(_("From"), "date", 11),
        Column(_("To"), "date", 11),
        Column(_("Days"), "int", 6),
        Column(pgettext("formats.excel.reports", "Power"), width=9),
        Column(_("Fee"), "money", 14, total=True),
        Column(_("Paid on"), "date", 12),
        Column(_("Paid"), "money", 14, total=True),
        Column(_("Outstanding"), "money", 14, total=True),
    )
    zero = Decimal("0.00")
    by_stall: dict[int, list[BookingRow]] = {}
    pending = 0
    for b in bookings:
        if b.status is BookingStatus.APPROVED:
            by_stall.setdefault(b.stall_id, []).append(b)
        elif b.status is BookingStatus.APPLIED:
            pending += 1
    rows: list[tuple[object, ...]] = []
    for s in sorted(stalls, key=lambda s: czech_sort_key(s.code)):
        kind = label(s.kind)
        booked = sorted(by_stall.get(s.id, []), key=lambda b: b.first_day)
        if not booked:
            rows.append((s.code, kind, s.zone, _("(free)"), None, None, None, None,
                         yes_no(s.has_power), None, None, None, None))
        for b in booked:
            fee = b.fee or zero
            paid = fee if b.paid_on else zero
            rows.append((
                s.code, kind, s.zone, b.vendor_name, label(b.vendor_category), b.first_day,
                b.last_day, b.days, yes_no(b.needs_power), fee, b.paid_on, paid, fee - paid,
            ))
    selection = [
        _(
            "Dates: {format_date_range}"
        ).format(format_date_range=format_date_range(market.first_day, market.last_day)),
    ]
    if market.venue_name:
        selection.append(_("Place: {venue_name}").format(venue_name=market.venue_name))
    notes: tuple[str, ...] = ()
    if pending:
        notes = (_("Applications awaiting approval (not in the plan): {pending}").format(pending=pending),)
    return Report("market", _("Stall plan – {title}").format(title=market.title), cols,
                  rows, tuple(selection), notes=notes, sheet=_("Stall plan"))


# --- collecting a report from the database ----------------------------------------


@dataclass(frozen=True)
class ReportRequest:
    """What the user asked for: a report name and its filters (ids resolved by the caller)."""

    report: str
    first_day: dt.date | None = None
    last_day: dt.date | None = None
    series_id: int | None = None
    venue_id: int | None = None
    staff_id: int | None = None
    edition_id: int | None = None
    market_id: int | None = None
    public_only: bool = False
    include_cancelled: bool = False
    include_archived: bool = False


def _query(req: ReportRequest, **extra: Any) -> EventQuery:
    start = end = None
    if req.first_day or req.last_day:
        first = req.first_day or dt.date(1900, 1, 1)
        last = req.last_day or dt.date(2999, 12, 31)
        start, end = range_bounds(first, last)
    return EventQuery(
        start=start, end=end,
        series_ids=frozenset({req.series_id}) if req.series_id else frozenset(),
        venue_ids=frozenset({req.venue_id}) if req.venue_id else frozenset(),
        staff_ids=frozenset({req.staff_id}) if req.staff_id else frozenset(),
        public_only=req.public_only, include_cancelled=req.include_cancelled, **extra,
    )


def _selection(sm: SM, req: ReportRequest) -> list[str]:
    from planner.services import series as series_service
    from planner.services import staff as staff_service

    out: list[str] = []
    if req.first_day or req.last_day:
        if req.first_day and req.last_day:
            span = format_date_range(req.first_day, req.last_day)
        else:
            span = f"{format_date(req.first_day) if req.first_day else '…'} – " \
                   f"{format_date(req.last_day) if req.last_day else '…'}"
        out.append(_("Period: {span}").format(span=span))
    if req.series_id:
        out.append(_("Series: ") + series_service.get_series(sm, req.series_id).name)
    if req.venue_id:
        out.append(_("Venue: ") + venue_service.get_venue(sm, req.venue_id).name)
    if req.staff_id:
        out.append(_("Responsible: ") + staff_service.get_staff(sm, req.staff_id).name)
    flags = []
    if req.public_only:
        flags.append(_("public events only"))
    if req.report in ("programme", "events", "venues"):
        flags.append(_("including cancelled") if req.include_cancelled
                     else _("without cancelled"))
    if flags:
        out.append(", ".join(flags).capitalize())
    out.append(_("Created: ") + format_date(dt.date.today()))
    return out


def build_report(sm: SM, req: ReportRequest) -> Report:
    """Load what a report needs through the services and return it ready to write."""
    if req.report not in REPORTS:
        raise ValueError(f"unknown report {req.report!r}")
    sel = _selection(sm, req)
    if req.report == "programme":
        if req.edition_id is not None:
            edition = event_service.get_event(sm, req.edition_id)
            items = event_service.list_events(sm, _query(req, parent_id=edition.id))
            sel.insert(0, _("Dates: ") + _span(edition))
            if edition.venue_name:
                sel.insert(1, _("Place: ") + edition.venue_name)
            return programme_report(_("Programme – ") + edition.title, items, sel)
        if req.series_id is None:
            raise errors.ValidationError("series", "required")
        items = [e for e in event_service.list_events(sm, _query(req))
                 if e.category is not EventCategory.FESTIVAL]
        from planner.services import series as series_service

        name = series_service.get_series(sm, req.series_id).name
        return programme_report(_("Programme – ") + name, items, sel)
    if req.report == "events":
        return events_report(event_service.list_events(sm, _query(req)), sel)
    if req.report == "venues":
        counts = event_service.count_by_venue(sm, _query(req))
        return venues_report(venue_service.list_venues(sm, include_archived=req.include_archived), counts, sel)
    if req.report == "vendors":
        rows = vendor_service.list_vendors(sm, include_archived=req.include_archived)
        return vendors_report(rows, sel[-1:])
    market = _market(sm, req.market_id)
    return market_report(market, market_service.list_stalls(sm, market.event_id),
                         market_service.list_bookings(sm, market.event_id))


def _span(e: EventRow) -> str:
    return format_date_range(e.first_day, e.last_day)


def _market(sm: SM, market_id: int | None) -> MarketRow:
    if market_id is not None:
        return market_service.get_market(sm, market_id)
    return default_market(sm)


def default_market(sm: SM, today: dt.date | None = None) -> MarketRow:
    """Return the running or next market, else the latest one; raise when there is none."""
    market = market_service.default_market(market_service.list_markets(sm), today or dt.date.today())
    if market is None:
        # An empty database has no market to report on: say so, not "Market: this field is required."
        raise NoMarket(_(
            "The database holds no market, so there is nothing for a market report. Create a market (Markets › New "
            "market…) or load the demo data (planner demo)."
        ))
    return market


class NoMarket(errors.PlannerError):
    """A market report was asked for, but the database has no market at all."""


def export_report(
    sm: SM, req: ReportRequest, path: str | os.PathLike[str], progress: Progress | None = None
) -> tuple[Path, int]:
    """Build and write a report; return the path and the number of data rows."""
    report = build_report(sm, req)
    return write_report(report, path, progress), len(report.rows)
