"""Suppliers: vendors hired for events (sound, stage, catering), with fees and payments."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from planner.errors import NotFound
from planner.models import Event, EventSupplier, Vendor
from planner.models.enums import OpKind
from planner.services._common import SM, check_version, get_or_raise, run
from planner.services.dto import SupplyDraft, SupplyRow
from planner.services.validation import gather, money, optional_text, require_text

ZERO = Decimal("0.00")


def _row(o: EventSupplier) -> SupplyRow:
    return SupplyRow(
        id=o.id, event_id=o.event_id, event_title=o.event.title, event_start=o.event.start,
        vendor_id=o.vendor_id, vendor_name=o.vendor.name, service=o.service, fee=o.fee,
        paid_on=o.paid_on, notes=o.notes, version=o.version,
    )


def _query() -> Any:
    return select(EventSupplier).options(joinedload(EventSupplier.event), joinedload(EventSupplier.vendor))


@dataclass(frozen=True, slots=True)
class SupplyValues:
    """A supply draft's values once validated (texts trimmed, the fee a Decimal)."""

    event_id: int
    vendor_id: int
    service: str
    fee: Decimal | None
    paid_on: dt.date | None
    notes: str

    def apply_to(self, o: EventSupplier) -> None:
        """Set these values on a (new or existing) supply row."""
        for f in fields(self):
            setattr(o, f.name, getattr(self, f.name))


def validate_supply(d: SupplyDraft, *, every: bool = False) -> SupplyValues:
    """Return normalised values of a draft or raise ValidationError naming the field (no database;
    with ``every``: check all fields and raise ValidationErrors when several are bad)."""
    values = gather({
        "service": lambda: require_text(d.service, "service", 300), "fee": lambda: money(d.fee, "fee"),
        "notes": lambda: optional_text(d.notes, "notes", 2000),
    }, every=every)
    return SupplyValues(
        event_id=d.event_id, vendor_id=d.vendor_id, service=str(values["service"]),
        fee=cast("Decimal | None", values["fee"]), paid_on=d.paid_on, notes=str(values["notes"]),
    )


def _values(s: Session, d: SupplyDraft) -> SupplyValues:
    get_or_raise(s, Event, d.event_id, "Event")
    get_or_raise(s, Vendor, d.vendor_id, "Vendor")
    return validate_supply(d)


def services_of_vendor(sm: SM, vendor_id: int) -> list[SupplyRow]:
    """Return what a vendor supplies (supplied) to events, newest event first."""
    with sm() as s:
        rows = [_row(o) for o in s.scalars(_query().where(EventSupplier.vendor_id == vendor_id))]
    return sorted(rows, key=lambda r: (r.event_start, r.id), reverse=True)


def suppliers_of_event(sm: SM, event_id: int) -> list[SupplyRow]:
    """Return the suppliers hired for an event."""
    with sm() as s:
        rows = [_row(o) for o in s.scalars(_query().where(EventSupplier.event_id == event_id))]
    return sorted(rows, key=lambda r: (r.vendor_name, r.service, r.id))


def get_supply(sm: SM, supply_id: int) -> SupplyRow:
    with sm() as s:
        o = s.scalars(_query().where(EventSupplier.id == supply_id)).first()
        if o is None:
            raise NotFound("Supply", supply_id)
        return _row(o)


def add_supply(sm: SM, draft: SupplyDraft) -> SupplyRow:
    """Hire a vendor for an event (one transaction)."""

    def work(s: Session) -> int:
        o = EventSupplier()
        _values(s, draft).apply_to(o)
        s.add(o)
        s.flush()
        return o.id

    return get_supply(sm, run(sm, work, op=OpKind.SUPPLY_CREATE))


def update_supply(sm: SM, supply_id: int, draft: SupplyDraft, *, version: int | None = None) -> SupplyRow:
    """Change a supply (service, fee, payment)."""

    def work(s: Session) -> None:
        o = get_or_raise(s, EventSupplier, supply_id, "Supply")
        check_version(o, version)
        _values(s, draft).apply_to(o)

    run(sm, work, op=OpKind.SUPPLY_UPDATE)
    return get_supply(sm, supply_id)


def remove_supply(sm: SM, supply_id: int) -> None:
    def work(s: Session) -> None:
        s.delete(get_or_raise(s, EventSupplier, supply_id, "Supply"))

    run(sm, work, op=OpKind.SUPPLY_DELETE)


@dataclass(frozen=True)
class SupplyTotals:
    """Money the city owes suppliers: agreed fees, what is paid and what is still to pay."""

    owed: Decimal
    paid: Decimal
    to_pay: Decimal


def supply_totals(rows: Iterable[SupplyRow]) -> SupplyTotals:
    """Return the totals of already loaded supplies (the opposite direction to stall fees)."""
    items = list(rows)
    owed = sum((r.fee or ZERO for r in items), ZERO)
    paid = sum((r.fee or ZERO for r in items if r.paid_on), ZERO)
    return SupplyTotals(owed=owed, paid=paid, to_pay=owed - paid)
