"""Labels of the enumerations for every screen: the one table of planner.formats.labels (no table here)."""

from __future__ import annotations

from planner.formats.labels import title_label
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


def status_label(status: EventStatus) -> str:
    return title_label(status)


def category_label(category: EventCategory) -> str:
    return title_label(category)


def venue_kind_label(kind: VenueKind) -> str:
    return title_label(kind)


def vendor_category_label(category: VendorCategory) -> str:
    return title_label(category)


def staff_role_label(role: StaffRole) -> str:
    return title_label(role)


def series_kind_label(kind: SeriesKind) -> str:
    return title_label(kind)


def performer_kind_label(kind: PerformerKind) -> str:
    return title_label(kind)


def stall_kind_label(kind: StallKind) -> str:
    return title_label(kind)


def booking_status_label(status: BookingStatus) -> str:
    return title_label(status)
