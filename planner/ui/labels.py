"""Translated labels of the enumerations, for every screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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
    return {
        EventStatus.DRAFT: QCoreApplication.translate("labels", "Draft"), EventStatus.PLANNED: QCoreApplication.translate("labels", "Planned"),
        EventStatus.CONFIRMED: QCoreApplication.translate("labels", "Confirmed"), EventStatus.CANCELLED: QCoreApplication.translate("labels", "Cancelled"),
    }[status]


def category_label(category: EventCategory) -> str:
    return {
        EventCategory.FESTIVAL: QCoreApplication.translate("labels", "Festival edition"),
        EventCategory.CLASSICAL_CONCERT: QCoreApplication.translate("labels", "Classical concert"),
        EventCategory.POPULAR_CONCERT: QCoreApplication.translate("labels", "Popular concert"),
        EventCategory.THEATRE: QCoreApplication.translate("labels", "Theatre"), EventCategory.FILM: QCoreApplication.translate("labels", "Film screening"),
        EventCategory.EXHIBITION: QCoreApplication.translate("labels", "Exhibition"), EventCategory.HAPPENING: QCoreApplication.translate("labels", "Happening"),
        EventCategory.LECTURE: QCoreApplication.translate("labels", "Lecture / reading"), EventCategory.MARKET: QCoreApplication.translate("labels", "Market"),
        EventCategory.CEREMONY: QCoreApplication.translate("labels", "Ceremony"),
        EventCategory.COMPETITION_ROUND: QCoreApplication.translate("labels", "Competition round"), EventCategory.OTHER: QCoreApplication.translate("labels", "Other"),
    }[category]


def venue_kind_label(kind: VenueKind) -> str:
    return {
        VenueKind.HALL: QCoreApplication.translate("labels", "Hall"), VenueKind.THEATRE: QCoreApplication.translate("labels", "Theatre"), VenueKind.CHURCH: QCoreApplication.translate("labels", "Church"),
        VenueKind.GALLERY: QCoreApplication.translate("labels", "Gallery"), VenueKind.CINEMA: QCoreApplication.translate("labels", "Cinema"), VenueKind.CLUB: QCoreApplication.translate("labels", "Club"),
        VenueKind.MUSEUM: QCoreApplication.translate("labels", "Museum"), VenueKind.OPEN_AIR: QCoreApplication.translate("labels", "Open air"),
        VenueKind.SQUARE: QCoreApplication.translate("labels", "Square"), VenueKind.OTHER: QCoreApplication.translate("labels", "Other"),
    }[kind]


def vendor_category_label(category: VendorCategory) -> str:
    return {
        VendorCategory.FOOD_PACKAGED: QCoreApplication.translate("labels", "Packaged food"),
        VendorCategory.FOOD_UNPACKAGED: QCoreApplication.translate("labels", "Unpackaged food"),
        VendorCategory.HOT_FOOD: QCoreApplication.translate("labels", "Hot food"), VendorCategory.DRINKS: QCoreApplication.translate("labels", "Drinks"),
        VendorCategory.CRAFTS: QCoreApplication.translate("labels", "Crafts"), VendorCategory.TEXTILES: QCoreApplication.translate("labels", "Textiles"),
        VendorCategory.DECORATIONS: QCoreApplication.translate("labels", "Decorations"), VendorCategory.SERVICES: QCoreApplication.translate("labels", "Services"),
        VendorCategory.OTHER: QCoreApplication.translate("labels", "Other"),
    }[category]


def staff_role_label(role: StaffRole) -> str:
    return {
        StaffRole.DRAMATURG: QCoreApplication.translate("labels", "Dramaturg"), StaffRole.REFERENT: QCoreApplication.translate("labels", "Presentation officer"),
        StaffRole.ASSISTANT: QCoreApplication.translate("labels", "Assistant"), StaffRole.TIC: QCoreApplication.translate("labels", "Tourist information centre"),
        StaffRole.PRESS: QCoreApplication.translate("labels", "Press office"),
    }[role]


def series_kind_label(kind: SeriesKind) -> str:
    return {
        SeriesKind.FESTIVAL: QCoreApplication.translate("labels", "Festival"), SeriesKind.COMPETITION: QCoreApplication.translate("labels", "Competition"),
        SeriesKind.CONCERT_SEASON: QCoreApplication.translate("labels", "Concert season"), SeriesKind.MARKET: QCoreApplication.translate("labels", "Market"),
        SeriesKind.CELEBRATION: QCoreApplication.translate("labels", "Celebration"), SeriesKind.OTHER: QCoreApplication.translate("labels", "Other"),
    }[kind]


def performer_kind_label(kind: PerformerKind) -> str:
    return {
        PerformerKind.SOLOIST: QCoreApplication.translate("labels", "Soloist"), PerformerKind.ENSEMBLE: QCoreApplication.translate("labels", "Ensemble"),
        PerformerKind.ORCHESTRA: QCoreApplication.translate("labels", "Orchestra"), PerformerKind.SPEAKER: QCoreApplication.translate("labels", "Speaker"),
        PerformerKind.DJ: QCoreApplication.translate("labels", "DJ"), PerformerKind.OTHER: QCoreApplication.translate("labels", "Other"),
    }[kind]


def stall_kind_label(kind: StallKind) -> str:
    return {
        StallKind.HUT: QCoreApplication.translate("labels", "Wooden hut"), StallKind.TENT: QCoreApplication.translate("labels", "Tent"),
        StallKind.OWN_STAND: QCoreApplication.translate("labels", "Own stand"), StallKind.FOOD_TRUCK: QCoreApplication.translate("labels", "Food truck"),
    }[kind]


def booking_status_label(status: BookingStatus) -> str:
    return {
        BookingStatus.APPLIED: QCoreApplication.translate("labels", "Applied"), BookingStatus.APPROVED: QCoreApplication.translate("labels", "Approved"),
        BookingStatus.REJECTED: QCoreApplication.translate("labels", "Rejected"), BookingStatus.CANCELLED: QCoreApplication.translate("labels", "Cancelled"),
    }[status]
