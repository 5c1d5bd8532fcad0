"""SQLAlchemy 2.0 typed entities (no Qt, no rules)."""

from planner.models.base import UTC, Base, Money, UTCDateTime, utcnow
from planner.models.entities import (
    Event,
    EventPerformer,
    EventSupplier,
    Market,
    MarketHours,
    Performer,
    Series,
    Staff,
    Stall,
    StallBooking,
    Vendor,
    Venue,
    new_uid,
)
from planner.models.history import HISTORY_TABLES, HistoryEntry, JSONText, Operation
from planner.models.publishing import Notice, Release, Subscriber
from planner.models.enums import (
    BookingStatus,
    EventCategory,
    EventStatus,
    PerformerKind,
    SeriesKind,
    StaffRole,
    StallKind,
    VendorCategory,
    OpKind,
    RecordKind,
    VenueKind,
)

__all__ = [
    "UTC", "Base", "Money", "UTCDateTime", "utcnow", "Event", "EventPerformer", "EventSupplier", "Market",
    "MarketHours", "Performer", "Series", "Staff", "Stall", "StallBooking", "Vendor", "Venue",
    "new_uid", "BookingStatus", "EventCategory", "EventStatus", "PerformerKind", "SeriesKind",
    "StaffRole", "StallKind", "VendorCategory", "VenueKind", "HISTORY_TABLES", "HistoryEntry", "JSONText",
    "Operation", "OpKind", "RecordKind",
    "Notice", "Release", "Subscriber",
]
