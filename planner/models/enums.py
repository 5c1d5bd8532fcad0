"""Enumerations stored as their string values (portable across SQLite and PostgreSQL)."""

from __future__ import annotations

import enum
from typing import Any

from sqlalchemy import Enum as SAEnum


class StrEnum(str, enum.Enum):
    """A string enum whose value is what the database and files store."""

    def __str__(self) -> str:
        return str(self.value)


def enum_column(cls: type[enum.Enum]) -> Any:
    """Return a non-native SQLAlchemy Enum storing the member values."""
    return SAEnum(
        cls,
        native_enum=False,
        length=24,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
        create_constraint=False,
    )


class VenueKind(StrEnum):
    HALL = "hall"
    THEATRE = "theatre"
    CHURCH = "church"
    GALLERY = "gallery"
    CINEMA = "cinema"
    CLUB = "club"
    MUSEUM = "museum"
    OPEN_AIR = "open_air"
    SQUARE = "square"
    OTHER = "other"


class VendorCategory(StrEnum):
    FOOD_PACKAGED = "food_packaged"
    FOOD_UNPACKAGED = "food_unpackaged"
    HOT_FOOD = "hot_food"
    DRINKS = "drinks"
    CRAFTS = "crafts"
    TEXTILES = "textiles"
    DECORATIONS = "decorations"
    SERVICES = "services"
    OTHER = "other"


class StaffRole(StrEnum):
    DRAMATURG = "dramaturg"
    REFERENT = "referent"
    ASSISTANT = "assistant"
    TIC = "tic"
    PRESS = "press"


class SeriesKind(StrEnum):
    FESTIVAL = "festival"
    COMPETITION = "competition"
    CONCERT_SEASON = "concert_season"
    MARKET = "market"
    CELEBRATION = "celebration"
    OTHER = "other"


class EventCategory(StrEnum):
    FESTIVAL = "festival"  # an edition umbrella holding its programme
    CLASSICAL_CONCERT = "classical_concert"
    POPULAR_CONCERT = "popular_concert"
    THEATRE = "theatre"
    FILM = "film"
    EXHIBITION = "exhibition"
    HAPPENING = "happening"
    LECTURE = "lecture"
    MARKET = "market"
    CEREMONY = "ceremony"
    COMPETITION_ROUND = "competition_round"
    OTHER = "other"


class EventStatus(StrEnum):
    DRAFT = "draft"
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"


class PerformerKind(StrEnum):
    SOLOIST = "soloist"
    ENSEMBLE = "ensemble"
    ORCHESTRA = "orchestra"
    SPEAKER = "speaker"
    DJ = "dj"
    OTHER = "other"


class StallKind(StrEnum):
    HUT = "hut"
    TENT = "tent"
    OWN_STAND = "own_stand"
    FOOD_TRUCK = "food_truck"


class BookingStatus(StrEnum):
    APPLIED = "applied"
    APPROVED = "approved"
    REJECTED = "rejected"
    CANCELLED = "cancelled"


class RecordKind(StrEnum):
    """The kinds of record a change touches: the vocabulary of the change broadcast, the history log
    and undo. One enum for all of them, so a page, the history page and the CLI filter agree.
    New entities (releases, notices, tasks, budgets, contracts, grants, recurrences) add a member here.
    """

    EVENT = "event"
    VENUE = "venue"
    VENDOR = "vendor"
    MARKET = "market"
    STALL = "stall"
    BOOKING = "booking"
    SERIES = "series"
    STAFF = "staff"
    PERFORMER = "performer"
    SUPPLY = "supply"
    RELEASE = "release"
    NOTICE = "notice"
    SUBSCRIBER = "subscriber"


class NoticeState(StrEnum):
    """Where a notice is on its way out. SENDING is set (and committed) before the SMTP call, so a
    crash between the server's acceptance and our bookkeeping leaves it SENDING, never PENDING:
    it is then checked by hand instead of being sent twice."""

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    DISCARDED = "discarded"
