"""Events: full rows, the calendar's summary rows, drafts, queries, performers and what a delete removed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple, Protocol

from planner.models.enums import (
    EventCategory,
    EventStatus,
    PerformerKind,
)
from planner.services.timeutil import all_day_span, first_last_day


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
    first_day: dt.date  # the local (Prague) days covered, inclusive: computed once, where the row is built
    last_day: dt.date  # (on the prefetch worker), not by the views on every step
    performers: tuple[PerformerLink, ...] = ()

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


@dataclass(frozen=True)
class ImportCounts:
    """What an import wrote (or would write, in a dry run)."""

    created: int
    updated: int
