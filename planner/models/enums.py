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


class OpKind(StrEnum):
    """One member per user operation (a committed transaction named in the change history).

    The value is what ``operation.kind`` stores; its prefix names the kind of record the
    operation is about. New mutating services add a member here and pass it to ``_common.run``.
    """

    EVENT_CREATE = "event.create"
    EVENT_UPDATE = "event.update"
    EVENT_MOVE = "event.move"
    EVENT_RESIZE = "event.resize"
    EVENT_COPY = "event.copy"
    EVENT_STATUS = "event.status"
    EVENT_DELETE = "event.delete"
    EVENT_RESTORE = "event.restore"
    VENUE_CREATE = "venue.create"
    VENUE_UPDATE = "venue.update"
    VENUE_DELETE = "venue.delete"
    VENUE_ARCHIVE = "venue.archive"
    VENUE_RESTORE = "venue.restore"
    VENDOR_CREATE = "vendor.create"
    VENDOR_UPDATE = "vendor.update"
    VENDOR_DELETE = "vendor.delete"
    VENDOR_ARCHIVE = "vendor.archive"
    VENDOR_RESTORE = "vendor.restore"
    VENDOR_ANONYMISE = "vendor.anonymise"
    SERIES_CREATE = "series.create"
    SERIES_UPDATE = "series.update"
    SERIES_DELETE = "series.delete"
    STAFF_CREATE = "staff.create"
    STAFF_UPDATE = "staff.update"
    STAFF_DELETE = "staff.delete"
    MARKET_CREATE = "market.create"
    MARKET_SETTINGS = "market.settings"
    MARKET_HOURS = "market.hours"
    MARKET_LAYOUT_COPY = "market.layout_copy"
    MARKET_FEES = "market.fees"
    STALL_CREATE = "stall.create"
    STALL_UPDATE = "stall.update"
    STALL_MOVE = "stall.move"
    STALL_DELETE = "stall.delete"
    BOOKING_CREATE = "booking.create"
    BOOKING_UPDATE = "booking.update"
    BOOKING_APPROVE = "booking.approve"
    BOOKING_REJECT = "booking.reject"
    BOOKING_CANCEL = "booking.cancel"
    BOOKING_REOPEN = "booking.reopen"
    BOOKING_PAID = "booking.paid"
    BOOKING_DELETE = "booking.delete"
    SUPPLY_CREATE = "supply.create"
    SUPPLY_UPDATE = "supply.update"
    SUPPLY_DELETE = "supply.delete"
    ICAL_IMPORT = "ical.import"
    ICAL_IMPORT_UNDO = "ical.import_undo"
    XLSX_IMPORT_VENDORS = "xlsx.import.vendors"
    XLSX_IMPORT_PROGRAMME = "xlsx.import.programme"
    RELEASE_CREATE = "release.create"
    SUBSCRIBER_CREATE = "subscriber.create"
    SUBSCRIBER_UPDATE = "subscriber.update"
    SUBSCRIBER_DELETE = "subscriber.delete"
    NOTICE_DISCARD = "notice.discard"
    NOTICE_REQUEUE = "notice.requeue"
    NOTICE_SEND = "notice.send"  # the outbox's own bookkeeping around an SMTP call: never an undo step
    DEMO_LOAD = "demo.load"
    DEMO_RESET = "demo.reset"
    UNDO = "undo"
    REDO = "redo"
    UNNAMED = "unnamed"  # a write outside any named operation (refused in strict/test mode)
