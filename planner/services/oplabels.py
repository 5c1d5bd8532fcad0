"""Names of operations and record kinds (labels of history rows, undo steps); Czech in the catalog."""

from __future__ import annotations

from collections.abc import Sequence

from planner.i18n import N_, NN_, _, ngettext
from planner.models.enums import OpKind, RecordKind

# What an operation does, as a noun phrase: "Přesun akce" + " „Adventní koncert“".
OP_PHRASES: dict[OpKind, str] = {
    OpKind.EVENT_CREATE: N_("New event"),
    OpKind.EVENT_UPDATE: N_("Edit of event"),
    OpKind.EVENT_MOVE: N_("Move of event"),
    OpKind.EVENT_RESIZE: N_("Resize of event"),
    OpKind.EVENT_COPY: N_("Copy of event"),
    OpKind.EVENT_STATUS: N_("Status of event"),
    OpKind.EVENT_DELETE: N_("Deletion of event"),
    OpKind.EVENT_RESTORE: N_("Restore of event"),
    OpKind.VENUE_CREATE: N_("New venue"),
    OpKind.VENUE_UPDATE: N_("Edit of venue"),
    OpKind.VENUE_DELETE: N_("Deletion of venue"),
    OpKind.VENUE_ARCHIVE: N_("Archiving of venue"),
    OpKind.VENUE_RESTORE: N_("Venue taken out of the archive"),
    OpKind.VENDOR_CREATE: N_("New vendor"),
    OpKind.VENDOR_UPDATE: N_("Edit of vendor"),
    OpKind.VENDOR_DELETE: N_("Deletion of vendor"),
    OpKind.VENDOR_ARCHIVE: N_("Archiving of vendor"),
    OpKind.VENDOR_RESTORE: N_("Vendor taken out of the archive"),
    OpKind.VENDOR_ANONYMISE: N_("Anonymisation of vendor"),
    OpKind.SERIES_CREATE: N_("New series"),
    OpKind.SERIES_UPDATE: N_("Edit of series"),
    OpKind.SERIES_DELETE: N_("Deletion of series"),
    OpKind.STAFF_CREATE: N_("New staff member"),
    OpKind.STAFF_UPDATE: N_("Edit of staff member"),
    OpKind.STAFF_DELETE: N_("Deletion of staff member"),
    OpKind.MARKET_CREATE: N_("New market"),
    OpKind.MARKET_SETTINGS: N_("Market settings"),
    OpKind.MARKET_HOURS: N_("Market opening hours"),
    OpKind.MARKET_LAYOUT_COPY: N_("Copy of market layout"),
    OpKind.MARKET_FEES: N_("Recomputed market fees"),
    OpKind.STALL_CREATE: N_("New stall"),
    OpKind.STALL_UPDATE: N_("Edit of stall"),
    OpKind.STALL_MOVE: N_("Move of stall"),
    OpKind.STALL_DELETE: N_("Deletion of stall"),
    OpKind.BOOKING_CREATE: N_("New application"),
    OpKind.BOOKING_UPDATE: N_("Edit of application"),
    OpKind.BOOKING_APPROVE: N_("Approval of application"),
    OpKind.BOOKING_REJECT: N_("Rejection of application"),
    OpKind.BOOKING_CANCEL: N_("Cancellation of application"),
    OpKind.BOOKING_REOPEN: N_("Application reopened"),
    OpKind.BOOKING_PAID: N_("Payment of application"),
    OpKind.BOOKING_DELETE: N_("Deletion of application"),
    OpKind.SUPPLY_CREATE: N_("New supplied service"),
    OpKind.SUPPLY_UPDATE: N_("Edit of supplied service"),
    OpKind.SUPPLY_DELETE: N_("Deletion of supplied service"),
    OpKind.ICAL_IMPORT: N_("iCalendar import"),
    OpKind.ICAL_IMPORT_UNDO: N_("iCalendar import taken back"),
    OpKind.XLSX_IMPORT_VENDORS: N_("Vendors imported from Excel"),
    OpKind.XLSX_IMPORT_PROGRAMME: N_("Programme imported from Excel"),
    OpKind.RELEASE_CREATE: N_("Programme release"),
    OpKind.SUBSCRIBER_CREATE: N_("New subscriber"),
    OpKind.SUBSCRIBER_UPDATE: N_("Edit of subscriber"),
    OpKind.SUBSCRIBER_DELETE: N_("Deletion of subscriber"),
    OpKind.NOTICE_DISCARD: N_("Notice discarded"),
    OpKind.NOTICE_REQUEUE: N_("Notice queued again"),
    OpKind.NOTICE_SEND: N_("Notices sent"),
    OpKind.DEMO_LOAD: N_("Demo data loaded"),
    OpKind.DEMO_RESET: N_("All data deleted"),
    OpKind.UNDO: N_("Undo"),
    OpKind.REDO: N_("Redo"),
    OpKind.UNNAMED: N_("Change"),
}

# Record kinds, singular: "akce" / "event".
KIND_NAMES: dict[RecordKind, str] = {
    RecordKind.EVENT: N_("event"),
    RecordKind.VENUE: N_("venue"),
    RecordKind.VENDOR: N_("vendor"),
    RecordKind.MARKET: N_("market"),
    RecordKind.STALL: N_("stall"),
    RecordKind.BOOKING: N_("application"),
    RecordKind.SERIES: N_("series"),
    RecordKind.STAFF: N_("staff member"),
    RecordKind.PERFORMER: N_("performer"),
    RecordKind.SUPPLY: N_("supplied service"),
    RecordKind.RELEASE: N_("release"),
    RecordKind.NOTICE: N_("notice"),
    RecordKind.SUBSCRIBER: N_("subscriber"),
}

# Counted record kinds: "7 akcí" / "7 events".
KIND_COUNTS: dict[RecordKind, tuple[str, str]] = {
    RecordKind.EVENT: NN_("{n} event", "{n} events"),
    RecordKind.VENUE: NN_("{n} venue", "{n} venues"),
    RecordKind.VENDOR: NN_("{n} vendor", "{n} vendors"),
    RecordKind.MARKET: NN_("{n} market", "{n} markets"),
    RecordKind.STALL: NN_("{n} stall", "{n} stalls"),
    RecordKind.BOOKING: NN_("{n} application", "{n} applications"),
    RecordKind.SERIES: NN_("{n} series", "{n} series"),
    RecordKind.STAFF: NN_("{n} staff member", "{n} staff members"),
    RecordKind.PERFORMER: NN_("{n} performer", "{n} performers"),
    RecordKind.SUPPLY: NN_("{n} supplied service", "{n} supplied services"),
    RecordKind.RELEASE: NN_("{n} release", "{n} releases"),
    RecordKind.NOTICE: NN_("{n} notice", "{n} notices"),
    RecordKind.SUBSCRIBER: NN_("{n} subscriber", "{n} subscribers"),
}

# A record as the object of a sentence: "Akci „X“" / "Event “X”".
KIND_OBJECTS: dict[RecordKind, str] = {
    RecordKind.EVENT: N_("Event “{label}”"),
    RecordKind.VENUE: N_("Venue “{label}”"),
    RecordKind.VENDOR: N_("Vendor “{label}”"),
    RecordKind.MARKET: N_("Market “{label}”"),
    RecordKind.STALL: N_("Stall “{label}”"),
    RecordKind.BOOKING: N_("Application “{label}”"),
    RecordKind.SERIES: N_("Series “{label}”"),
    RecordKind.STAFF: N_("Staff member “{label}”"),
    RecordKind.PERFORMER: N_("Performer “{label}”"),
    RecordKind.SUPPLY: N_("Supplied service “{label}”"),
    RecordKind.RELEASE: N_("Release “{label}”"),
    RecordKind.NOTICE: N_("Notice “{label}”"),
    RecordKind.SUBSCRIBER: N_("Subscriber “{label}”"),
}

# The record kind an operation is about (its value's prefix), for "Import z iCalendar: 7 akcí".
_PRIMARY = {
    "event": RecordKind.EVENT, "venue": RecordKind.VENUE, "vendor": RecordKind.VENDOR,
    "series": RecordKind.SERIES, "staff": RecordKind.STAFF, "market": RecordKind.MARKET,
    "stall": RecordKind.STALL, "booking": RecordKind.BOOKING, "supply": RecordKind.SUPPLY,
    "ical": RecordKind.EVENT, "xlsx.import.vendors": RecordKind.VENDOR, "xlsx.import.programme": RecordKind.EVENT,
    "release": RecordKind.RELEASE, "notice": RecordKind.NOTICE, "subscriber": RecordKind.SUBSCRIBER,
}


def op_phrase(kind: OpKind) -> str:
    """Return the operation's name in the current language."""
    phrase = OP_PHRASES.get(kind)
    return _(phrase) if phrase else kind.value


def count_text(kind: RecordKind, n: int) -> str:
    """Return "7 akcí" / "7 events"."""
    singular, plural = KIND_COUNTS[kind]
    return ngettext(singular, plural, n).format(n=n)


def kind_name(kind: RecordKind) -> str:
    """Return "akce" / "event" (the record kind, singular)."""
    return _(KIND_NAMES[kind])


def record_phrase(kind: RecordKind, label: str) -> str:
    """Return "Akci „X“" / "Event “X”" (the record as the object of a sentence)."""
    return _(KIND_OBJECTS[kind]).format(label=label)


def primary_kind(kind: OpKind) -> RecordKind | None:
    """Return the record kind an operation is about (None for demo/undo/redo/unnamed)."""
    value = kind.value
    for prefix in sorted(_PRIMARY, key=len, reverse=True):
        if value == prefix or value.startswith(prefix + "."):
            return _PRIMARY[prefix]
    return None


def default_label(kind: OpKind, records: Sequence[tuple[RecordKind, int, str]]) -> str:
    """Return a short label for an operation from the records it touched.

    One record of the operation's kind: "Přesun akce „Adventní koncert“"; several:
    "Import z iCalendar: 7 akcí"; otherwise just the operation's name.
    """
    phrase = op_phrase(kind)
    main = primary_kind(kind)
    if main is None:
        return phrase
    ids: dict[int, str] = {}
    for k, id_, label in records:
        if k is main:
            ids.setdefault(id_, label)
    if len(ids) == 1:
        (label,) = ids.values()
        return _("{phrase} “{label}”").format(phrase=phrase, label=label) if label else phrase
    if ids:
        return f"{phrase}: {count_text(main, len(ids))}"
    return phrase
