"""Staff, series, venues and vendors: the rows the lists show and the drafts their editors save."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from planner.models.enums import (
    SeriesKind,
    StaffRole,
    VendorCategory,
    VenueKind,
)


class _Postal(Protocol):
    @property
    def street(self) -> str: ...
    @property
    def postal_code(self) -> str: ...
    @property
    def city(self) -> str: ...


class PostalAddress:
    """The one-line address of a row with street, postal code and city, written once (venues, vendors)."""

    __slots__ = ()

    @property
    def address(self: _Postal) -> str:
        """Return the one-line postal address: 'Horní náměstí 13, 746 01 Opava'."""
        town = " ".join(p for p in (self.postal_code, self.city) if p)
        return ", ".join(p for p in (self.street, town) if p)


@dataclass(frozen=True)
class StaffRow:
    id: int
    name: str
    role: StaffRole
    email: str | None
    phone: str
    active: bool
    version: int


@dataclass(frozen=True)
class StaffDraft:
    name: str
    role: StaffRole = StaffRole.ASSISTANT
    email: str | None = None
    phone: str = ""
    active: bool = True


@dataclass(frozen=True)
class SeriesRow:
    id: int
    name: str
    kind: SeriesKind
    colour: str
    owner_id: int | None
    owner_name: str | None
    description: str
    version: int


@dataclass(frozen=True)
class SeriesDraft:
    name: str
    kind: SeriesKind = SeriesKind.OTHER
    colour: str = ""  # empty: a palette colour distinct from the other series' (services/palette.py)
    owner_id: int | None = None
    description: str = ""


@dataclass(frozen=True)
class VenueRow(PostalAddress):
    id: int
    name: str
    kind: VenueKind
    street: str
    city: str
    postal_code: str
    capacity: int | None
    contact: str
    phone: str
    email: str
    equipment: tuple[str, ...]
    colour: str
    notes: str
    archived: bool
    version: int


@dataclass(frozen=True)
class VenueDraft:
    name: str
    kind: VenueKind = VenueKind.HALL
    street: str = ""
    city: str = "Opava"
    postal_code: str = ""
    capacity: int | str | None = None  # text as typed: the service parses it
    contact: str = ""
    phone: str = ""
    email: str = ""
    equipment: tuple[str, ...] = ()
    colour: str = "#607d8b"
    notes: str = ""
    archived: bool = False


@dataclass(frozen=True)
class VendorRow(PostalAddress):
    id: int
    name: str
    ico: str | None
    dic: str
    contact_person: str
    phone: str
    email: str
    street: str
    city: str
    postal_code: str
    category: VendorCategory
    is_stallholder: bool
    is_supplier: bool
    power_kw: Decimal | None
    goods: str
    notes: str
    consent_date: dt.date | None
    archived: bool
    version: int


@dataclass(frozen=True)
class VendorDraft:
    name: str
    ico: str | None = None
    dic: str = ""
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    street: str = ""
    city: str = ""
    postal_code: str = ""
    category: VendorCategory = VendorCategory.OTHER
    is_stallholder: bool = True
    is_supplier: bool = False
    power_kw: Decimal | str | None = None  # text as typed: the service parses it
    goods: str = ""
    notes: str = ""
    consent_date: dt.date | None = None
    archived: bool = False
