"""Czech and English labels of enumeration members for files we write (no Qt here).

One table for every export (spreadsheets, iCalendar) and for reading spreadsheets back,
so a category reads the same everywhere. The UI has its own tr() labels (planner/ui/labels.py).
"""

from __future__ import annotations

from enum import Enum

from planner.errors import t
from planner.models.enums import BookingStatus, EventCategory, EventStatus, StallKind, VendorCategory, VenueKind

LABELS: dict[Enum, tuple[str, str]] = {
    EventStatus.DRAFT: ("koncept", "draft"),
    EventStatus.PLANNED: ("plánováno", "planned"),
    EventStatus.CONFIRMED: ("potvrzeno", "confirmed"),
    EventStatus.CANCELLED: ("zrušeno", "cancelled"),
    EventCategory.FESTIVAL: ("ročník festivalu", "festival edition"),
    EventCategory.CLASSICAL_CONCERT: ("vážná hudba", "classical concert"),
    EventCategory.POPULAR_CONCERT: ("populární hudba", "popular concert"),
    EventCategory.THEATRE: ("divadlo", "theatre"),
    EventCategory.FILM: ("film", "film"),
    EventCategory.EXHIBITION: ("výstava", "exhibition"),
    EventCategory.HAPPENING: ("happening", "happening"),
    EventCategory.LECTURE: ("přednáška", "lecture"),
    EventCategory.MARKET: ("trh", "market"),
    EventCategory.CEREMONY: ("slavnost", "ceremony"),
    EventCategory.COMPETITION_ROUND: ("soutěžní kolo", "competition round"),
    EventCategory.OTHER: ("jiné", "other"),
    VenueKind.HALL: ("sál", "hall"),
    VenueKind.THEATRE: ("divadlo", "theatre"),
    VenueKind.CHURCH: ("kostel", "church"),
    VenueKind.GALLERY: ("galerie", "gallery"),
    VenueKind.CINEMA: ("kino", "cinema"),
    VenueKind.CLUB: ("klub", "club"),
    VenueKind.MUSEUM: ("muzeum", "museum"),
    VenueKind.OPEN_AIR: ("venkovní prostor", "open air"),
    VenueKind.SQUARE: ("náměstí", "square"),
    VenueKind.OTHER: ("jiné", "other"),
    VendorCategory.FOOD_PACKAGED: ("potraviny balené", "packaged food"),
    VendorCategory.FOOD_UNPACKAGED: ("potraviny nebalené", "unpackaged food"),
    VendorCategory.HOT_FOOD: ("teplá kuchyně", "hot food"),
    VendorCategory.DRINKS: ("nápoje", "drinks"),
    VendorCategory.CRAFTS: ("řemesla", "crafts"),
    VendorCategory.TEXTILES: ("textil", "textiles"),
    VendorCategory.DECORATIONS: ("dekorace", "decorations"),
    VendorCategory.SERVICES: ("služby", "services"),
    VendorCategory.OTHER: ("jiné", "other"),
    StallKind.HUT: ("dřevěný stánek", "hut"),
    StallKind.TENT: ("stan", "tent"),
    StallKind.OWN_STAND: ("vlastní stánek", "own stand"),
    StallKind.FOOD_TRUCK: ("food truck", "food truck"),
    BookingStatus.APPLIED: ("přihláška", "applied"),
    BookingStatus.APPROVED: ("schváleno", "approved"),
    BookingStatus.REJECTED: ("zamítnuto", "rejected"),
    BookingStatus.CANCELLED: ("zrušeno", "cancelled"),
}


def label(value: Enum) -> str:
    """Return the Czech or English label of an enumeration member (lower case, as in a table cell)."""
    return t(*LABELS[value])


def title_label(value: Enum) -> str:
    """Return the label with a capital first letter (a calendar category, a heading)."""
    text = label(value)
    return text[:1].upper() + text[1:]


def labels_of(value: Enum) -> tuple[str, str]:
    """Return (Czech, English) labels of an enumeration member (for parsing imports)."""
    return LABELS[value]
