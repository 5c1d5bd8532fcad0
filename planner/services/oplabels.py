"""Names of operations and record kinds in Czech and English (labels of history rows, undo steps)."""

from __future__ import annotations

from collections.abc import Sequence

from planner.errors import language
from planner.models.enums import OpKind, RecordKind
from planner.services.text import czech_plural

# What an operation does, as a noun phrase: "Přesun akce" + " „Adventní koncert“".
OP_PHRASES: dict[OpKind, tuple[str, str]] = {
    OpKind.EVENT_CREATE: ("Nová akce", "New event"),
    OpKind.EVENT_UPDATE: ("Úprava akce", "Edit of event"),
    OpKind.EVENT_MOVE: ("Přesun akce", "Move of event"),
    OpKind.EVENT_RESIZE: ("Změna délky akce", "Resize of event"),
    OpKind.EVENT_COPY: ("Kopie akce", "Copy of event"),
    OpKind.EVENT_STATUS: ("Změna stavu akce", "Status of event"),
    OpKind.EVENT_DELETE: ("Smazání akce", "Deletion of event"),
    OpKind.EVENT_RESTORE: ("Obnovení akce", "Restore of event"),
    OpKind.VENUE_CREATE: ("Nové místo", "New venue"),
    OpKind.VENUE_UPDATE: ("Úprava místa", "Edit of venue"),
    OpKind.VENUE_DELETE: ("Smazání místa", "Deletion of venue"),
    OpKind.VENUE_ARCHIVE: ("Archivace místa", "Archiving of venue"),
    OpKind.VENUE_RESTORE: ("Obnovení místa z archivu", "Venue taken out of the archive"),
    OpKind.VENDOR_CREATE: ("Nový prodejce", "New vendor"),
    OpKind.VENDOR_UPDATE: ("Úprava prodejce", "Edit of vendor"),
    OpKind.VENDOR_DELETE: ("Smazání prodejce", "Deletion of vendor"),
    OpKind.VENDOR_ARCHIVE: ("Archivace prodejce", "Archiving of vendor"),
    OpKind.VENDOR_RESTORE: ("Obnovení prodejce z archivu", "Vendor taken out of the archive"),
    OpKind.VENDOR_ANONYMISE: ("Anonymizace prodejce", "Anonymisation of vendor"),
    OpKind.SERIES_CREATE: ("Nová řada", "New series"),
    OpKind.SERIES_UPDATE: ("Úprava řady", "Edit of series"),
    OpKind.SERIES_DELETE: ("Smazání řady", "Deletion of series"),
    OpKind.STAFF_CREATE: ("Nový pracovník", "New staff member"),
    OpKind.STAFF_UPDATE: ("Úprava pracovníka", "Edit of staff member"),
    OpKind.STAFF_DELETE: ("Smazání pracovníka", "Deletion of staff member"),
    OpKind.MARKET_CREATE: ("Nový trh", "New market"),
    OpKind.MARKET_SETTINGS: ("Nastavení trhu", "Market settings"),
    OpKind.MARKET_HOURS: ("Otevírací doba trhu", "Market opening hours"),
    OpKind.MARKET_LAYOUT_COPY: ("Kopie rozvržení trhu", "Copy of market layout"),
    OpKind.MARKET_FEES: ("Přepočet poplatků trhu", "Recomputed market fees"),
    OpKind.STALL_CREATE: ("Nový stánek", "New stall"),
    OpKind.STALL_UPDATE: ("Úprava stánku", "Edit of stall"),
    OpKind.STALL_MOVE: ("Přesun stánku", "Move of stall"),
    OpKind.STALL_DELETE: ("Smazání stánku", "Deletion of stall"),
    OpKind.BOOKING_CREATE: ("Nová přihláška", "New application"),
    OpKind.BOOKING_UPDATE: ("Úprava přihlášky", "Edit of application"),
    OpKind.BOOKING_APPROVE: ("Schválení přihlášky", "Approval of application"),
    OpKind.BOOKING_REJECT: ("Zamítnutí přihlášky", "Rejection of application"),
    OpKind.BOOKING_CANCEL: ("Zrušení přihlášky", "Cancellation of application"),
    OpKind.BOOKING_REOPEN: ("Obnovení přihlášky", "Application reopened"),
    OpKind.BOOKING_PAID: ("Platba přihlášky", "Payment of application"),
    OpKind.BOOKING_DELETE: ("Smazání přihlášky", "Deletion of application"),
    OpKind.SUPPLY_CREATE: ("Nová dodávka služby", "New supplied service"),
    OpKind.SUPPLY_UPDATE: ("Úprava dodávky služby", "Edit of supplied service"),
    OpKind.SUPPLY_DELETE: ("Smazání dodávky služby", "Deletion of supplied service"),
    OpKind.ICAL_IMPORT: ("Import z iCalendar", "iCalendar import"),
    OpKind.ICAL_IMPORT_UNDO: ("Vrácení importu z iCalendar", "iCalendar import taken back"),
    OpKind.XLSX_IMPORT_VENDORS: ("Import prodejců z Excelu", "Vendors imported from Excel"),
    OpKind.XLSX_IMPORT_PROGRAMME: ("Import programu z Excelu", "Programme imported from Excel"),
    OpKind.RELEASE_CREATE: ("Zveřejnění programu", "Programme release"),
    OpKind.SUBSCRIBER_CREATE: ("Nový odběratel", "New subscriber"),
    OpKind.SUBSCRIBER_UPDATE: ("Úprava odběratele", "Edit of subscriber"),
    OpKind.SUBSCRIBER_DELETE: ("Smazání odběratele", "Deletion of subscriber"),
    OpKind.NOTICE_DISCARD: ("Zahození oznámení", "Notice discarded"),
    OpKind.NOTICE_REQUEUE: ("Oznámení znovu k odeslání", "Notice queued again"),
    OpKind.NOTICE_SEND: ("Odeslání oznámení", "Notices sent"),
    OpKind.DEMO_LOAD: ("Načtení ukázkových dat", "Demo data loaded"),
    OpKind.DEMO_RESET: ("Vymazání všech dat", "All data deleted"),
    OpKind.UNDO: ("Zpět", "Undo"),
    OpKind.REDO: ("Znovu", "Redo"),
    OpKind.UNNAMED: ("Změna", "Change"),
}

# Record kinds: (Czech 1 / 2–4 / 5+, accusative singular), (English singular, plural).
KIND_NOUNS: dict[RecordKind, tuple[tuple[str, str, str, str], tuple[str, str]]] = {
    RecordKind.EVENT: (("akce", "akce", "akcí", "Akci"), ("event", "events")),
    RecordKind.VENUE: (("místo", "místa", "míst", "Místo"), ("venue", "venues")),
    RecordKind.VENDOR: (("prodejce", "prodejci", "prodejců", "Prodejce"), ("vendor", "vendors")),
    RecordKind.MARKET: (("trh", "trhy", "trhů", "Trh"), ("market", "markets")),
    RecordKind.STALL: (("stánek", "stánky", "stánků", "Stánek"), ("stall", "stalls")),
    RecordKind.BOOKING: (("přihláška", "přihlášky", "přihlášek", "Přihlášku"), ("application", "applications")),
    RecordKind.SERIES: (("řada", "řady", "řad", "Řadu"), ("series", "series")),
    RecordKind.STAFF: (("pracovník", "pracovníci", "pracovníků", "Pracovníka"), ("staff member", "staff")),
    RecordKind.PERFORMER: (("účinkující", "účinkující", "účinkujících", "Účinkujícího"),
                           ("performer", "performers")),
    RecordKind.SUPPLY: (("dodávka", "dodávky", "dodávek", "Dodávku"), ("supplied service", "supplied services")),
    RecordKind.RELEASE: (("vydání", "vydání", "vydání", "Vydání"), ("release", "releases")),
    RecordKind.NOTICE: (("oznámení", "oznámení", "oznámení", "Oznámení"), ("notice", "notices")),
    RecordKind.SUBSCRIBER: (("odběratel", "odběratelé", "odběratelů", "Odběratele"), ("subscriber", "subscribers")),
}

# Czech genitive singular / plural, after a noun: "Import 1 akce", "Import 2 akcí".
KIND_GENITIVE: dict[RecordKind, tuple[str, str]] = {
    RecordKind.EVENT: ("akce", "akcí"), RecordKind.VENUE: ("místa", "míst"),
    RecordKind.VENDOR: ("prodejce", "prodejců"), RecordKind.MARKET: ("trhu", "trhů"),
    RecordKind.STALL: ("stánku", "stánků"), RecordKind.BOOKING: ("přihlášky", "přihlášek"),
    RecordKind.SERIES: ("řady", "řad"), RecordKind.STAFF: ("pracovníka", "pracovníků"),
    RecordKind.PERFORMER: ("účinkujícího", "účinkujících"), RecordKind.SUPPLY: ("dodávky", "dodávek"),
    RecordKind.RELEASE: ("vydání", "vydání"), RecordKind.NOTICE: ("oznámení", "oznámení"),
    RecordKind.SUBSCRIBER: ("odběratele", "odběratelů"),
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
    cs, en = OP_PHRASES.get(kind, (kind.value, kind.value))
    return cs if language() == "cs" else en


def count_text(kind: RecordKind, n: int, *, genitive: bool = False) -> str:
    """Return "7 akcí" / "7 events"; ``genitive`` after a noun: "(import) 2 akcí", "(import) 1 akce"."""
    (one, few, many, _acc), (sg, pl) = KIND_NOUNS[kind]
    if language() == "cs" and genitive:
        gen_sg, gen_pl = KIND_GENITIVE[kind]
        return f"{n} {gen_sg if n == 1 else gen_pl}"
    if language() == "cs":
        return f"{n} {czech_plural(n, one, few, many)}"
    return f"{n} {sg if n == 1 else pl}"


def record_phrase(kind: RecordKind, label: str) -> str:
    """Return "Akci „X“" / "Event “X”" (the record as the object of a sentence)."""
    (_one, _few, _many, acc), (sg, _pl) = KIND_NOUNS[kind]
    if language() == "cs":
        return f"{acc} „{label}“"
    return f"{sg.capitalize()} “{label}”"


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
        q = ("„", "“") if language() == "cs" else ("“", "”")
        return f"{phrase} {q[0]}{label}{q[1]}" if label else phrase
    if ids:
        return f"{phrase}: {count_text(main, len(ids))}"
    return phrase
