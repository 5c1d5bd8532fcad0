"""The labels of enumeration members, one table for every screen and every file we write (no Qt here).

English msgids marked with N_(), Czech in the catalog (planner.i18n). Screens show
:func:`title_label` ("Vážná hudba"), table cells in exports :func:`label` ("vážná hudba");
reading a spreadsheet back accepts either language (:func:`labels_of`).
"""

from __future__ import annotations

from enum import Enum

from planner.i18n import N_, _, in_language
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

LABELS: dict[Enum, str] = {
    EventStatus.DRAFT: N_("Draft"),
    EventStatus.PLANNED: N_("Planned"),
    EventStatus.CONFIRMED: N_("Confirmed"),
    EventStatus.CANCELLED: N_("Cancelled"),
    EventCategory.FESTIVAL: N_("Festival edition"),
    EventCategory.CLASSICAL_CONCERT: N_("Classical concert"),
    EventCategory.POPULAR_CONCERT: N_("Popular concert"),
    EventCategory.THEATRE: N_("Theatre"),
    EventCategory.FILM: N_("Film screening"),
    EventCategory.EXHIBITION: N_("Exhibition"),
    EventCategory.HAPPENING: N_("Happening"),
    EventCategory.LECTURE: N_("Lecture / reading"),
    EventCategory.MARKET: N_("Market"),
    EventCategory.CEREMONY: N_("Ceremony"),
    EventCategory.COMPETITION_ROUND: N_("Competition round"),
    EventCategory.OTHER: N_("Other"),
    VenueKind.HALL: N_("Hall"),
    VenueKind.THEATRE: N_("Theatre"),
    VenueKind.CHURCH: N_("Church"),
    VenueKind.GALLERY: N_("Gallery"),
    VenueKind.CINEMA: N_("Cinema"),
    VenueKind.CLUB: N_("Club"),
    VenueKind.MUSEUM: N_("Museum"),
    VenueKind.OPEN_AIR: N_("Open air"),
    VenueKind.SQUARE: N_("Square"),
    VenueKind.OTHER: N_("Other"),
    VendorCategory.FOOD_PACKAGED: N_("Packaged food"),
    VendorCategory.FOOD_UNPACKAGED: N_("Unpackaged food"),
    VendorCategory.HOT_FOOD: N_("Hot food"),
    VendorCategory.DRINKS: N_("Drinks"),
    VendorCategory.CRAFTS: N_("Crafts"),
    VendorCategory.TEXTILES: N_("Textiles"),
    VendorCategory.DECORATIONS: N_("Decorations"),
    VendorCategory.SERVICES: N_("Services"),
    VendorCategory.OTHER: N_("Other"),
    StaffRole.DRAMATURG: N_("Dramaturg"),
    StaffRole.REFERENT: N_("Presentation officer"),
    StaffRole.ASSISTANT: N_("Assistant"),
    StaffRole.TIC: N_("Tourist information centre"),
    StaffRole.PRESS: N_("Press office"),
    SeriesKind.FESTIVAL: N_("Festival"),
    SeriesKind.COMPETITION: N_("Competition"),
    SeriesKind.CONCERT_SEASON: N_("Concert season"),
    SeriesKind.MARKET: N_("Market"),
    SeriesKind.CELEBRATION: N_("Celebration"),
    SeriesKind.OTHER: N_("Other"),
    PerformerKind.SOLOIST: N_("Soloist"),
    PerformerKind.ENSEMBLE: N_("Ensemble"),
    PerformerKind.ORCHESTRA: N_("Orchestra"),
    PerformerKind.SPEAKER: N_("Speaker"),
    PerformerKind.DJ: N_("DJ"),
    PerformerKind.OTHER: N_("Other"),
    StallKind.HUT: N_("Wooden hut"),
    StallKind.TENT: N_("Tent"),
    StallKind.OWN_STAND: N_("Own stand"),
    StallKind.FOOD_TRUCK: N_("Food truck"),
    BookingStatus.APPLIED: N_("Applied"),
    BookingStatus.APPROVED: N_("Approved"),
    BookingStatus.REJECTED: N_("Rejected"),
    BookingStatus.CANCELLED: N_("Cancelled"),
}


def title_label(value: Enum) -> str:
    """Return the label with a capital first letter (a screen, a calendar category, a heading)."""
    return _(LABELS[value])


def label(value: Enum) -> str:
    """Return the label as in a table cell: lower case first letter ("vážná hudba"), acronyms kept ("DJ")."""
    return _lower_first(title_label(value))


def labels_of(value: Enum) -> tuple[str, str]:
    """Return (Czech, English) cell labels of an enumeration member (for parsing imports)."""
    msgid = LABELS[value]
    return _lower_first(in_language("cs").gettext(msgid)), _lower_first(in_language("en").gettext(msgid))


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]
