"""Suppliers hired for events (sound, stage, catering)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal



@dataclass(frozen=True)
class SupplyRow:
    """A service a vendor supplies to an event (sound, stage, catering), with fee and payment."""

    id: int
    event_id: int
    event_title: str
    event_start: dt.datetime
    vendor_id: int
    vendor_name: str
    service: str
    fee: Decimal | None
    paid_on: dt.date | None
    notes: str
    version: int


@dataclass(frozen=True)
class SupplyDraft:
    event_id: int
    vendor_id: int
    service: str
    fee: Decimal | str | None = None  # text as typed: the service parses it
    paid_on: dt.date | None = None
    notes: str = ""
