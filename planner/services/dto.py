"""Frozen data transfer objects returned by services (never live ORM objects)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple, Protocol

from planner.models.enums import (
    BookingStatus,
    EventCategory,
    EventStatus,
    PerformerKind,
    SeriesKind,
    StaffRole,
    StallKind,
    VendorCategory,
    VenueKind,
)
from planner.services.booking_rules import is_live, is_unpaid
from planner.services.timeutil import all_day_span, first_last_day


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
    colour: str = "#3f51b5"
    owner_id: int | None = None
    description: str = ""


@dataclass(frozen=True)
class VenueRow:
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

    @property
    def address(self) -> str:
        """Return the one-line postal address: 'Horní náměstí 13, 746 01 Opava'."""
        town = " ".join(p for p in (self.postal_code, self.city) if p)
        return ", ".join(p for p in (self.street, town) if p)


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
class VendorRow:
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

    @property
    def address(self) -> str:
        """Return the one-line postal address."""
        town = " ".join(p for p in (self.postal_code, self.city) if p)
        return ", ".join(p for p in (self.street, town) if p)


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


@dataclass(frozen=True)
class PerformerRow:
    id: int
    name: str
    kind: PerformerKind
    contact: str
    email: str
    phone: str
    notes: str
    version: int


@dataclass(frozen=True)
class PerformerLink:
    """A performer engaged at an event (performer_id None = create by name)."""

    name: str
    performer_id: int | None = None
    role: str = ""
    fee: Decimal | None = None


class CalendarEvent(Protocol):
    """What the calendar views read of an event: a CalendarRow, or a full EventRow."""

    @property
    def id(self) -> int: ...
    @property
    def title(self) -> str: ...
    @property
    def category(self) -> EventCategory: ...
    @property
    def status(self) -> EventStatus: ...
    @property
    def start(self) -> dt.datetime: ...
    @property
    def end(self) -> dt.datetime: ...
    @property
    def all_day(self) -> bool: ...
    @property
    def series_id(self) -> int | None: ...
    @property
    def series_name(self) -> str | None: ...
    @property
    def series_colour(self) -> str | None: ...
    @property
    def parent_id(self) -> int | None: ...
    @property
    def venue_id(self) -> int | None: ...
    @property
    def venue_name(self) -> str | None: ...
    @property
    def performers(self) -> tuple[PerformerLink, ...]: ...
    @property
    def first_day(self) -> dt.date: ...
    @property
    def last_day(self) -> dt.date: ...
    @property
    def cancelled(self) -> bool: ...


class CalendarRow(NamedTuple):
    """The summary of an event the calendar views draw (and the conflict sweep needs).

    Built straight from the query's tuples (services.events.list_view_events): a month
    of 1,000+ events per step, where a 31-field frozen EventRow cost 3.3 µs a row
    (issue 13). It cannot become a draft: edit through get_event().
    """

    id: int
    uid: str
    title: str
    category: EventCategory
    status: EventStatus
    start: dt.datetime
    end: dt.datetime
    all_day: bool
    series_id: int | None
    parent_id: int | None
    venue_id: int | None
    staff_id: int | None
    public: bool
    sequence: int
    version: int
    series_name: str | None
    series_colour: str | None
    venue_name: str | None
    performers: tuple[PerformerLink, ...] = ()

    @property
    def first_day(self) -> dt.date:
        """Return the first local (Prague) day the event covers."""
        return first_last_day(self.start, self.end)[0]

    @property
    def last_day(self) -> dt.date:
        """Return the last local day the event covers (inclusive)."""
        return first_last_day(self.start, self.end)[1]

    @property
    def cancelled(self) -> bool:
        return self.status is EventStatus.CANCELLED


@dataclass(frozen=True)
class EventRow:
    """Everything a view, an export or an editor needs about one event."""

    id: int
    uid: str
    title: str
    category: EventCategory
    status: EventStatus
    start: dt.datetime
    end: dt.datetime
    all_day: bool
    series_id: int | None
    series_name: str | None
    series_colour: str | None
    parent_id: int | None
    parent_title: str | None
    venue_id: int | None
    venue_name: str | None
    venue_address: str | None
    staff_id: int | None
    staff_name: str | None
    staff_email: str | None
    public: bool
    description: str
    internal_notes: str
    expected_attendance: int | None
    ticket_info: str
    url: str
    sequence: int
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime
    performers: tuple[PerformerLink, ...] = ()

    @property
    def first_day(self) -> dt.date:
        """Return the first local (Prague) day the event covers."""
        return first_last_day(self.start, self.end)[0]

    @property
    def last_day(self) -> dt.date:
        """Return the last local day the event covers (inclusive)."""
        return first_last_day(self.start, self.end)[1]

    @property
    def cancelled(self) -> bool:
        return self.status is EventStatus.CANCELLED

    def to_draft(self) -> EventDraft:
        """Return an editable draft with this event's values."""
        return EventDraft(
            title=self.title,
            start=self.start,
            end=self.end,
            all_day=self.all_day,
            category=self.category,
            status=self.status,
            series_id=self.series_id,
            parent_id=self.parent_id,
            venue_id=self.venue_id,
            staff_id=self.staff_id,
            public=self.public,
            description=self.description,
            internal_notes=self.internal_notes,
            expected_attendance=self.expected_attendance,
            ticket_info=self.ticket_info,
            url=self.url,
            performers=self.performers,
            uid=self.uid,
        )


@dataclass(frozen=True)
class EventDraft:
    """Input for creating or updating an event. Times are aware datetimes.

    For all-day events, ``start`` and ``end`` may be any instants inside the first
    and last day; the service snaps them to Prague midnights (exclusive end).
    """

    title: str
    start: dt.datetime
    end: dt.datetime
    all_day: bool = False
    category: EventCategory = EventCategory.OTHER
    status: EventStatus = EventStatus.PLANNED
    series_id: int | None = None
    parent_id: int | None = None
    venue_id: int | None = None
    staff_id: int | None = None
    public: bool = True
    description: str = ""
    internal_notes: str = ""
    expected_attendance: int | None = None
    ticket_info: str = ""
    url: str = ""
    performers: tuple[PerformerLink, ...] = ()
    uid: str | None = None

    @classmethod
    def all_day_event(cls, title: str, first_day: dt.date, last_day: dt.date, **kw: object) -> EventDraft:
        """Return a draft of an all-day event over inclusive local days."""
        start, end = all_day_span(first_day, last_day)
        return cls(title=title, start=start, end=end, all_day=True, **kw)  # type: ignore[arg-type]  # kw: other fields

    def with_changes(self, **changes: object) -> EventDraft:
        """Return a copy with some fields replaced."""
        return replace(self, **changes)  # type: ignore[arg-type]  # field names checked by replace at run time


@dataclass(frozen=True)
class DeletedEvents:
    """Events removed by ``delete_event_with_snapshot`` plus every row that hung on them.

    ``dependents`` holds, per table (parents before children), the column values of the
    rows the database removed with the events: performers' engagements, a market's
    settings, opening hours, stalls and bookings, hired suppliers. Undo puts them all back.
    """

    rows: tuple[EventRow, ...]
    dependents: tuple[tuple[str, tuple[dict[str, object], ...]], ...] = ()

    @property
    def ids(self) -> list[int]:
        return [r.id for r in self.rows]


@dataclass(frozen=True)
class EventQuery:
    """Filters for listing events; empty collections mean 'any'."""

    start: dt.datetime | None = None
    end: dt.datetime | None = None
    series_ids: frozenset[int] = frozenset()
    categories: frozenset[EventCategory] = frozenset()
    venue_ids: frozenset[int] = frozenset()
    staff_ids: frozenset[int] = frozenset()
    statuses: frozenset[EventStatus] = frozenset()
    text: str = ""
    public_only: bool = False
    include_cancelled: bool = True
    parent_id: int | None = None
    top_level_only: bool = False
    limit: int | None = None


class ConflictKind(StrEnum):
    """What two things clash over (equal to its old string: "venue" == ConflictKind.VENUE)."""

    VENUE = "venue"
    PERFORMER = "performer"
    STALL = "stall"


@dataclass(frozen=True)
class Conflict:
    """Two things that clash; ``message`` is a sentence a UI can show as is.

    The sentence is built when first asked for (in the current language): a month
    of the stress profile holds 18,000 conflicts and shows a few (issue 13). ``text``
    given explicitly wins.
    """

    kind: ConflictKind
    a_id: int
    b_id: int
    a_title: str
    b_title: str
    where: str
    start: dt.datetime | dt.date
    end: dt.datetime | dt.date
    text: str = field(default="", compare=False, repr=False)

    @property
    def message(self) -> str:
        if self.text:
            return self.text
        from planner.services.conflicts import conflict_message  # the services render the sentence

        return conflict_message(self)


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


@dataclass(frozen=True)
class BookingDraft:
    stall_id: int
    vendor_id: int
    first_day: dt.date
    last_day: dt.date
    status: BookingStatus = BookingStatus.APPLIED
    fee: Decimal | None = None
    needs_power: bool = False
    paid_on: dt.date | None = None
    notes: str = ""


@dataclass(frozen=True)
class ImportCounts:
    """What an import wrote (or would write, in a dry run)."""

    created: int
    updated: int


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
