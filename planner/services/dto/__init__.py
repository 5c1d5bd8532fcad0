"""Frozen data transfer objects returned by services (never live ORM objects).

One module per area: ``records`` (staff, series, venues, vendors), ``events`` (rows, calendar
summaries, drafts, queries), ``conflicts``, ``markets`` (hours, fees, stalls, bookings) and
``supplies``. Callers import from here.
"""

from planner.services.dto.records import (
    StaffRow,
    StaffDraft,
    SeriesRow,
    SeriesDraft,
    VenueRow,
    VenueDraft,
    VendorRow,
    VendorDraft,
)
from planner.services.dto.events import (
    PerformerRow,
    PerformerLink,
    CalendarEvent,
    CalendarRow,
    EventRow,
    EventDraft,
    DeletedEvents,
    EventQuery,
    ImportCounts,
)
from planner.services.dto.conflicts import (
    ConflictKind,
    Conflict,
)
from planner.services.dto.markets import (
    MarketHoursRow,
    FeeRule,
    MarketRow,
    StallRow,
    StallDraft,
    BookingRow,
    BookingDraft,
)
from planner.services.dto.supplies import (
    SupplyRow,
    SupplyDraft,
)

__all__ = [
    "BookingDraft",
    "BookingRow",
    "CalendarEvent",
    "CalendarRow",
    "Conflict",
    "ConflictKind",
    "DeletedEvents",
    "EventDraft",
    "EventQuery",
    "EventRow",
    "FeeRule",
    "ImportCounts",
    "MarketHoursRow",
    "MarketRow",
    "PerformerLink",
    "PerformerRow",
    "SeriesDraft",
    "SeriesRow",
    "StaffDraft",
    "StaffRow",
    "StallDraft",
    "StallRow",
    "SupplyDraft",
    "SupplyRow",
    "VendorDraft",
    "VendorRow",
    "VenueDraft",
    "VenueRow",
]
