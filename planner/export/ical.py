"""iCalendar (RFC 5545) export for Outlook and others, and parsing of files to import. No Qt.

Export follows what Microsoft documents for Outlook (MS-OXCICAL, MS-STANOICAL):
METHOD:PUBLISH, one VTIMEZONE for Europe/Prague written as a yearly STANDARD/
DAYLIGHT RRULE pair (Outlook ignores RDATE lists), TZID on every timed value,
all-day events as VALUE=DATE with an exclusive DTEND and the X-MICROSOFT-CDO
properties, stable UIDs, SEQUENCE from the database. The data model stores single
events, so no RRULE is written. X-OPAVA-* properties carry the fields that have
no standard property so that our own files round-trip; other clients ignore them.

Import parsing accepts what Outlook, Exchange, Google and Thunderbird write
(Windows zone names, X-WR-TIMEZONE, X-LIC-LOCATION, floating times, RRULE with
EXDATE and RECURRENCE-ID overrides, which are expanded into single events with
derived UIDs within a bounded horizon). A malformed file raises ImportFileError
naming the line; nothing is written in that case (the service is not called).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil import rrule as du_rrule
from icalendar import Calendar, Component, Timezone, vDuration, vRecur, vText
from icalendar import Event as VEvent

from planner import errors
from planner.errors import ImportFileError
from planner.models.enums import EventCategory, EventStatus
from planner.services.dto import EventRow
from planner.services.ical_import import IncomingEvent
from planner.services.timeutil import PRAGUE, UTC, local_midnight
from planner.services.validation import normalize_url

from planner.export.windows_zones import iana_for_windows

log = logging.getLogger(__name__)

PRODID = "-//Statutarni mesto Opava//Planovac akci//CS"
TZID = "Europe/Prague"
MAX_FILE_BYTES = 50 * 1024 * 1024
RECURRENCE_PAST_DAYS = 366
RECURRENCE_FUTURE_DAYS = 2 * 366
MAX_OCCURRENCES = 1000

_STATUS_OUT = {
    EventStatus.CONFIRMED: "CONFIRMED",
    EventStatus.PLANNED: "TENTATIVE",
    EventStatus.DRAFT: "TENTATIVE",
    EventStatus.CANCELLED: "CANCELLED",
}
_STATUS_IN = {"CONFIRMED": EventStatus.CONFIRMED, "TENTATIVE": EventStatus.PLANNED,
              "CANCELLED": EventStatus.CANCELLED}

CATEGORY_LABELS: dict[EventCategory, tuple[str, str]] = {
    EventCategory.FESTIVAL: ("Festival", "Festival"),
    EventCategory.CLASSICAL_CONCERT: ("Klasický koncert", "Classical concert"),
    EventCategory.POPULAR_CONCERT: ("Populární koncert", "Popular concert"),
    EventCategory.THEATRE: ("Divadlo", "Theatre"),
    EventCategory.FILM: ("Film", "Film"),
    EventCategory.EXHIBITION: ("Výstava", "Exhibition"),
    EventCategory.HAPPENING: ("Happening", "Happening"),
    EventCategory.LECTURE: ("Přednáška", "Lecture"),
    EventCategory.MARKET: ("Trh", "Market"),
    EventCategory.CEREMONY: ("Obřad", "Ceremony"),
    EventCategory.COMPETITION_ROUND: ("Soutěžní kolo", "Competition round"),
    EventCategory.OTHER: ("Jiné", "Other"),
}


def _t(cs: str, en: str) -> str:
    return cs if errors.language() == "cs" else en


class _Text(vText):
    """TEXT escaped exactly per RFC 5545 3.3.11 (icalendar turns a literal backslash-N into a newline)."""

    def to_ical(self) -> bytes:
        s = str(self).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
        return s.replace("\r\n", "\\n").replace("\n", "\\n").encode("utf-8")


# --------------------------------------------------------------------------- export


@dataclass(frozen=True)
class ExportOptions:
    """What goes into a calendar file besides the events themselves.

    ``include_internal`` adds internal notes and the responsible person's e-mail
    (never exported otherwise); ``include_responsible`` names the responsible person
    in the description (public feeds leave it out). ``refresh`` makes a feed:
    REFRESH-INTERVAL and X-PUBLISHED-TTL tell subscribers how often to poll.
    """

    name: str
    description: str = ""
    include_internal: bool = False
    include_responsible: bool = True
    refresh: dt.timedelta | None = None


def prague_vtimezone() -> Timezone:
    """Return the VTIMEZONE of Europe/Prague as the yearly RRULE pair Outlook reads.

    These rules (last Sunday of March 2:00 -> CEST, last Sunday of October
    3:00 -> CET) hold since 1996, which covers every event the office plans.
    """
    tz = Timezone()
    tz.add("tzid", TZID)
    tz.add("x-lic-location", TZID)
    daylight = Component.from_ical(
        "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n"
        "DTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n"
    )
    standard = Component.from_ical(
        "BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n"
        "DTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n"
    )
    tz.add_component(daylight)
    tz.add_component(standard)
    return tz


def location_text(row: EventRow) -> str:
    """Return LOCATION: the venue name and its address."""
    if not row.venue_name:
        return ""
    return f"{row.venue_name}, {row.venue_address}" if row.venue_address else row.venue_name


def description_text(row: EventRow, options: ExportOptions) -> str:
    """Return DESCRIPTION: the event's text, then its programme details, one per line."""
    cs = errors.language() == "cs"
    lines: list[str] = []
    if row.performers:
        names = ", ".join(f"{p.name} ({p.role})" if p.role else p.name for p in row.performers)
        lines.append(("Účinkují: " if cs else "Performers: ") + names)
    if row.series_name:
        lines.append(("Řada: " if cs else "Series: ") + row.series_name)
    if row.ticket_info:
        lines.append(("Vstupné: " if cs else "Tickets: ") + row.ticket_info)
    if options.include_responsible and row.staff_name:
        who = row.staff_name
        if options.include_internal and row.staff_email:
            who += f" <{row.staff_email}>"
        lines.append(("Odpovídá: " if cs else "Responsible: ") + who)
    if options.include_internal and row.internal_notes:
        lines.append(("Interní poznámky: " if cs else "Internal notes: ") + row.internal_notes)
    parts = [p for p in (row.description, "\n".join(lines)) if p]
    return "\n\n".join(parts)


def event_component(row: EventRow, options: ExportOptions, stamp: dt.datetime) -> VEvent:
    """Return the VEVENT of one event."""
    ev = VEvent()
    ev.add("uid", row.uid)
    ev.add("dtstamp", stamp)
    ev.add("created", row.created_at.astimezone(UTC))
    ev.add("last-modified", row.updated_at.astimezone(UTC))
    ev.add("sequence", row.sequence)
    ev.add("summary", _Text(row.title))
    if row.all_day:
        ev.add("dtstart", row.first_day)
        ev.add("dtend", row.last_day + dt.timedelta(days=1))
        ev.add("x-microsoft-cdo-alldayevent", "TRUE")
    else:
        ev.add("dtstart", _timed(row.start))
        ev.add("dtend", _timed(row.end))
    free = row.all_day or row.cancelled
    ev.add("transp", "TRANSPARENT" if free else "OPAQUE")
    ev.add("x-microsoft-cdo-busystatus", "FREE" if free else "BUSY")
    ev.add("status", _STATUS_OUT[row.status])
    loc = location_text(row)
    if loc:
        ev.add("location", _Text(loc))
    desc = description_text(row, options)
    if desc:
        ev.add("description", _Text(desc))
    cats = [c for c in (row.series_name, _category_label(row.category)) if c]
    ev.add("categories", cats)
    if row.url:
        ev.add("url", row.url)
    # Our own fields, so that a file imported into another planner keeps them.
    ev.add("x-opava-category", row.category.value)
    ev.add("x-opava-status", row.status.value)
    ev.add("x-opava-public", "TRUE" if row.public else "FALSE")
    if row.venue_name:
        ev.add("x-opava-venue", _Text(row.venue_name))
    if row.series_name:
        ev.add("x-opava-series", _Text(row.series_name))
    if row.ticket_info:
        ev.add("x-opava-tickets", _Text(row.ticket_info))
    if desc != row.description:
        ev.add("x-opava-description", _Text(row.description))
    if options.include_internal and row.internal_notes:
        ev.add("x-opava-internal-notes", _Text(row.internal_notes))
    return ev


def _timed(value: dt.datetime) -> dt.datetime:
    """Return Prague wall-clock time; UTC for the repeated hour of October (ambiguous with TZID)."""
    wall = value.astimezone(PRAGUE)
    if wall.fold:
        return value.astimezone(UTC)
    return wall


def _category_label(category: EventCategory) -> str:
    cs, en = CATEGORY_LABELS.get(category, (category.value, category.value))
    return cs if errors.language() == "cs" else en


def build_calendar(events: Iterable[EventRow], options: ExportOptions, *, now: dt.datetime | None = None) -> Calendar:
    """Return the VCALENDAR of the events (single events; no RRULE)."""
    stamp = (now or dt.datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", _Text(options.name))
    if options.description:
        cal.add("x-wr-caldesc", _Text(options.description))
    cal.add("x-wr-timezone", TZID)
    if options.refresh is not None:
        cal.add("refresh-interval", options.refresh, parameters={"VALUE": "DURATION"})
        cal.add("x-published-ttl", vDuration(options.refresh))
    cal.add_component(prague_vtimezone())
    for row in events:
        cal.add_component(event_component(row, options, stamp))
    return cal


def export_calendar(events: Iterable[EventRow], options: ExportOptions, *, now: dt.datetime | None = None) -> bytes:
    """Return the .ics bytes: UTF-8 without BOM, CRLF line ends, folded at 75 octets."""
    return build_calendar(events, options, now=now).to_ical()


# --------------------------------------------------------------------------- import


@dataclass
class ParsedCalendar:
    """Events read from a file (recurrences expanded), plus what the file calls itself."""

    events: list[IncomingEvent] = field(default_factory=list)
    name: str = ""
    ignored: int = 0  # components other than VEVENT (to-dos, journals)


@dataclass
class _Lines:
    """Where each VEVENT and its properties start in the file (1-based lines)."""

    events: list[tuple[int, dict[str, int]]] = field(default_factory=list)


def read_ics_file(path: str | Path) -> bytes:
    """Read a file to import, refusing ones that are too large to be a calendar."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError(
                _t(f"{p.name}: soubor je příliš velký ({size // (1024 * 1024)} MB, nejvýše "
                   f"{MAX_FILE_BYTES // (1024 * 1024)} MB); kalendář to není.",
                   f"{p.name}: the file is too large ({size // (1024 * 1024)} MB, at most "
                   f"{MAX_FILE_BYTES // (1024 * 1024)} MB); it is not a calendar.")
            )
        return p.read_bytes()
    except OSError as exc:
        raise ImportFileError(
            _t(f"{p}: soubor nelze přečíst ({exc.strerror}).", f"{p}: cannot read the file ({exc.strerror}).")
        ) from exc


def _decode(data: bytes) -> str:
    if len(data) > MAX_FILE_BYTES:
        raise ImportFileError(_t("Soubor je příliš velký; kalendář to není.",
                                 "The file is too large; it is not a calendar."))
    if b"\x00" in data[:65536] or b"\x00" in data:
        raise ImportFileError(_t("Soubor je binární, nejde o kalendář iCalendar (.ics).",
                                 "The file is binary, not an iCalendar (.ics) file."))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportFileError(
            _t(f"Řádek {line}: text není v kódování UTF-8.", f"Line {line}: the text is not UTF-8.")
        ) from exc


_NAME = re.compile(r"^[A-Za-z0-9-]+")


def _scan(text: str) -> _Lines:
    """Check the file's structure and note the line of each VEVENT property.

    Catches what the parser would report vaguely: not iCalendar at all, a line
    that is not a content line, BEGIN/END that do not match, a truncated file.
    """
    out = _Lines()
    stack: list[tuple[str, int]] = []
    current: dict[str, int] | None = None
    first = True
    raw_lines = re.split(r"\r\n|\n|\r", text)  # not str.splitlines: U+2028 may sit in a value
    for number, raw in enumerate(raw_lines, start=1):
        if not raw.strip():
            continue
        if raw[0] in " \t":
            if first:
                break
            continue  # a folded continuation of the previous line
        if first:
            if raw.strip().upper() != "BEGIN:VCALENDAR":
                raise ImportFileError(
                    _t(f"Řádek {number}: soubor nezačíná BEGIN:VCALENDAR, nejde o kalendář iCalendar.",
                       f"Line {number}: the file does not start with BEGIN:VCALENDAR; not an iCalendar file.")
                )
            first = False
        m = _NAME.match(raw)
        if m is None or len(raw) <= m.end() or raw[m.end()] not in ":;":
            if stack and not any(r.strip() for r in raw_lines[number:]):
                _truncated(stack)  # the file stops in the middle of its last line
            raise ImportFileError(
                _t(f"Řádek {number}: „{raw[:60]}“ není platný řádek iCalendar (NÁZEV:hodnota).",
                   f"Line {number}: “{raw[:60]}” is not a valid iCalendar line (NAME:value).")
            )
        name = m.group(0).upper()
        if name == "BEGIN":
            comp = raw.split(":", 1)[1].strip().upper()
            stack.append((comp, number))
            if comp == "VEVENT" and len(stack) == 2:
                current = {}
                out.events.append((number, current))
        elif name == "END":
            comp = raw.split(":", 1)[1].strip().upper()
            if not stack or stack[-1][0] != comp:
                opened = f"BEGIN:{stack[-1][0]} ({_t('řádek', 'line')} {stack[-1][1]})" if stack else "—"
                raise ImportFileError(
                    _t(f"Řádek {number}: END:{comp} neodpovídá {opened}.",
                       f"Line {number}: END:{comp} does not match {opened}.")
                )
            stack.pop()
            if comp == "VEVENT":
                current = None
            if not stack:
                break
        elif current is not None and len(stack) == 2:
            current.setdefault(name, number)
    if first:
        raise ImportFileError(_t("Soubor je prázdný nebo nejde o kalendář iCalendar.",
                                 "The file is empty or not an iCalendar file."))
    if stack:
        _truncated(stack)
    return out


def _truncated(stack: list[tuple[str, int]]) -> None:
    comp, line = stack[-1]
    raise ImportFileError(
        _t(f"Soubor končí uvnitř BEGIN:{comp} z řádku {line} (je neúplný?).",
           f"The file ends inside BEGIN:{comp} from line {line} (truncated?).")
    )


class _Zones:
    """Resolves TZIDs the way real clients write them."""

    def __init__(self, cal: Calendar) -> None:
        self.defs: dict[str, Component] = {}
        for tz in cal.walk("VTIMEZONE"):
            tzid = str(tz.get("TZID", ""))
            if tzid:
                self.defs[tzid] = tz
        self.default: dt.tzinfo = PRAGUE
        wr = str(cal.get("X-WR-TIMEZONE", "")).strip()
        if wr:
            self.default = self._lookup(wr) or PRAGUE
        self.cache: dict[str, dt.tzinfo | None] = {}

    @staticmethod
    def _lookup(name: str) -> dt.tzinfo | None:
        candidates = [name.strip()]
        if name.upper() in ("UTC", "GMT", "Z"):
            return UTC
        parts = name.strip().strip("/").split("/")
        candidates += ["/".join(parts[i:]) for i in range(1, len(parts))]  # /mozilla.org/.../Europe/Prague
        for cand in candidates:
            if not cand or cand.startswith(".") or ".." in cand:
                continue
            try:
                return ZoneInfo(cand)
            except (ZoneInfoNotFoundError, ValueError, IsADirectoryError, OSError):
                pass
        iana = iana_for_windows(name)
        return ZoneInfo(iana) if iana else None

    def get(self, tzid: str) -> dt.tzinfo | None:
        if tzid not in self.cache:
            zone = self._lookup(tzid)
            if zone is None and tzid in self.defs:
                tz = self.defs[tzid]
                loc = str(tz.get("X-LIC-LOCATION", ""))
                zone = self._lookup(loc) if loc else None
                if zone is None:
                    try:
                        zone = tz.to_tz()
                    except Exception:  # a broken definition is reported as an unknown zone
                        log.debug("VTIMEZONE %s cannot be used", tzid, exc_info=True)
                        zone = None
            self.cache[tzid] = zone
        return self.cache[tzid]


class _EventError(Exception):
    """A date value of one VEVENT is unusable; becomes ImportFileError with the line."""

    def __init__(self, prop: str, text: str) -> None:
        super().__init__(text)
        self.prop = prop
        self.text = text


def _when(comp: Component, name: str, zones: _Zones) -> dt.datetime | dt.date | None:
    """Return an aware datetime (any zone) or a date for a date property, None when absent."""
    prop = comp.get(name)
    if prop is None:
        return None
    if isinstance(prop, list):
        prop = prop[0]
    value = _dt_of(prop)
    if not isinstance(value, dt.date):
        raw = prop.to_ical().decode("utf-8", "replace") if hasattr(prop, "to_ical") else str(prop)
        raise _EventError(name, _t(f"{name} „{raw}“ není platné datum ani čas.",
                                   f"{name} “{raw}” is not a valid date or time."))
    if not isinstance(value, dt.datetime):
        return value
    return _aware(value, prop.params.get("TZID"), zones, name)


def _dt_of(prop: Any) -> Any:
    """Return a property's decoded value, None when icalendar could not parse it (vBroken)."""
    try:
        return getattr(prop, "dt", None)
    except Exception:  # icalendar raises BrokenCalendarProperty for unparsable values
        return None


def _aware(value: dt.datetime, tzid: str | None, zones: _Zones, name: str) -> dt.datetime:
    if tzid:
        zone = zones.get(str(tzid))
        if zone is None:
            raise _EventError(name, _t(
                f"neznámé časové pásmo TZID={tzid} a soubor neobsahuje jeho VTIMEZONE.",
                f"unknown time zone TZID={tzid} and the file has no VTIMEZONE for it."))
        return value.replace(tzinfo=zone)
    if value.tzinfo is None:
        return value.replace(tzinfo=zones.default)  # floating time: the calendar's zone
    return value


def _text(comp: Component, name: str) -> str:
    value = comp.get(name)
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0]
    text = str(value)
    if name.startswith("X-") and "\\" in text:
        text = _unescape(text)  # icalendar leaves unknown properties escaped
    return text.replace("\r\n", "\n").strip()


_ESCAPED = re.compile(r"\\([\\;,nN])")


def _unescape(text: str) -> str:
    """Undo RFC 5545 TEXT escaping (\\, \\; \\, \\n)."""
    return _ESCAPED.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def _opt_text(comp: Component, name: str) -> str | None:
    return _text(comp, name) if name in comp else None


def _int(comp: Component, name: str) -> int:
    try:
        return max(0, int(str(comp.get(name, 0))))
    except ValueError:
        return 0


def _utc(comp: Component, name: str, zones: _Zones) -> dt.datetime | None:
    try:
        value = _when(comp, name, zones)
    except _EventError:
        return None  # an unreadable CREATED/LAST-MODIFIED is not worth refusing the file
    if isinstance(value, dt.datetime):
        return value.astimezone(UTC)
    return None


def _stable_uid(uid: str, suffix: str = "") -> str:
    full = f"{uid}/{suffix}" if suffix else uid
    if len(full) <= 255:
        return full
    digest = hashlib.sha1(uid.encode("utf-8")).hexdigest()
    return f"{digest}/{suffix}" if suffix else digest


def _rid_key(value: dt.datetime | dt.date) -> str:
    """Return the recurrence id of an occurrence: UTC time, or the date for all-day."""
    if isinstance(value, dt.datetime):
        return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return value.strftime("%Y%m%d")


def _span(start: dt.datetime | dt.date, end: dt.datetime | dt.date | None,
          duration: dt.timedelta | None, all_day_hint: bool) -> tuple[dt.datetime, dt.datetime, bool]:
    """Return UTC start/end and whether the event is all-day, from DTSTART/DTEND/DURATION."""
    if not isinstance(start, dt.datetime):
        if isinstance(end, dt.datetime):
            end = end.date()
        if end is None:
            days = max(1, duration.days) if duration is not None else 1
            end = start + dt.timedelta(days=days)
        if end <= start:
            end = start + dt.timedelta(days=1)
        return local_midnight(start), local_midnight(end), True
    if end is None:
        end = start + (duration if duration is not None else dt.timedelta(hours=1))
    elif not isinstance(end, dt.datetime):
        end = dt.datetime.combine(end, dt.time(0), tzinfo=start.tzinfo)
    if all_day_hint:  # Outlook's DATE-TIME midnights marked as all-day
        ls, le = start.astimezone(PRAGUE), end.astimezone(PRAGUE)
        if ls.time() == dt.time(0) and le.time() == dt.time(0) and le > ls:
            return local_midnight(ls.date()), local_midnight(le.date()), True
    s_utc, e_utc = start.astimezone(UTC), end.astimezone(UTC)
    if e_utc <= s_utc:
        e_utc = s_utc + dt.timedelta(hours=1)  # an instant gets one hour, like Outlook shows it
    return s_utc, e_utc, False


def _wall_shift(value: dt.datetime | dt.date, delta: dt.timedelta) -> dt.datetime | dt.date:
    """Add a nominal duration keeping wall-clock time across DST (as RFC 5545 says for days)."""
    if isinstance(value, dt.datetime) and value.tzinfo is not None and value.tzinfo is not UTC:
        naive = value.replace(tzinfo=None) + delta
        return naive.replace(tzinfo=value.tzinfo)
    return value + delta


class _Reader:
    def __init__(self, cal: Calendar, lines: _Lines, now: dt.datetime) -> None:
        self.cal = cal
        self.lines = lines
        self.zones = _Zones(cal)
        self.horizon = (now - dt.timedelta(days=RECURRENCE_PAST_DAYS),
                        now + dt.timedelta(days=RECURRENCE_FUTURE_DAYS))

    def line_of(self, index: int, prop: str | None = None) -> int:
        if index >= len(self.lines.events):
            return 0
        begin, props = self.lines.events[index]
        return props.get(prop, begin) if prop else begin

    def fail(self, index: int, comp: Component, exc: _EventError) -> ImportFileError:
        uid = _text(comp, "UID")
        line = self.line_of(index, exc.prop)
        where = _t(f"Řádek {line}", f"Line {line}") + (f" (VEVENT UID {uid})" if uid else " (VEVENT)")
        return ImportFileError(f"{where}: {exc.text}")

    def read(self) -> list[IncomingEvent]:
        comps = [c for c in self.cal.subcomponents if c.name == "VEVENT"]
        masters: dict[str, tuple[int, Component]] = {}
        overrides: dict[str, list[tuple[int, Component]]] = {}
        plain: list[tuple[int, Component]] = []
        for index, comp in enumerate(comps):
            uid = _text(comp, "UID")
            if "RECURRENCE-ID" in comp and uid:
                overrides.setdefault(uid, []).append((index, comp))
            elif uid and ("RRULE" in comp or "RDATE" in comp):
                masters[uid] = (index, comp)
            else:
                plain.append((index, comp))
        out: list[tuple[int, IncomingEvent]] = []
        for index, comp in plain:
            try:
                out.append((index, self.single(index, comp)))
            except _EventError as exc:
                raise self.fail(index, comp, exc) from None
        for uid, (index, comp) in masters.items():
            try:
                out.extend(self.expand(uid, index, comp, overrides.pop(uid, [])))
            except _EventError as exc:
                raise self.fail(index, comp, exc) from None
        for uid, items in overrides.items():  # overrides whose master is not in the file
            for index, comp in items:
                try:
                    rid = _when(comp, "RECURRENCE-ID", self.zones)
                    assert rid is not None
                    out.append((index, self.single(index, comp, _stable_uid(uid, _rid_key(rid)))))
                except _EventError as exc:
                    raise self.fail(index, comp, exc) from None
        out.sort(key=lambda p: (p[0], p[1].start))
        return [e for _, e in out]

    def single(self, index: int, comp: Component, uid: str | None = None,
               start: dt.datetime | dt.date | None = None, end: dt.datetime | dt.date | None = None,
               status: EventStatus | None = None) -> IncomingEvent:
        line = self.line_of(index)
        raw_uid = _text(comp, "UID")
        title = _text(comp, "SUMMARY").replace("\n", " ")[:300].strip()
        problem = ""
        if start is None:
            start = _when(comp, "DTSTART", self.zones)
            end = _when(comp, "DTEND", self.zones)
        if not raw_uid:
            problem = _t("chybí UID", "no UID")
        elif not title:
            problem = _t("chybí název (SUMMARY)", "no title (SUMMARY)")
        if start is None:
            problem = problem or _t("chybí začátek (DTSTART)", "no start (DTSTART)")
            return IncomingEvent(uid=_stable_uid(raw_uid) if raw_uid else f"line-{line}", title=title,
                                 start=dt.datetime.now(UTC), end=dt.datetime.now(UTC), line=line,
                                 problem=problem)
        duration = None
        if end is None and "DURATION" in comp:
            duration = _dt_of(comp["DURATION"])
            if not isinstance(duration, dt.timedelta):
                raise _EventError("DURATION", _t("DURATION není platná doba.", "DURATION is not a valid duration."))
        alldayhint = _text(comp, "X-MICROSOFT-CDO-ALLDAYEVENT").upper() == "TRUE"
        s, e, all_day = _span(start, end, duration, alldayhint)
        st_text = _text(comp, "STATUS").upper()
        opava_status = _text(comp, "X-OPAVA-STATUS")
        if status is None:
            status = _STATUS_IN.get(st_text)
            if opava_status in EventStatus._value2member_map_ and status is not EventStatus.CANCELLED:
                status = EventStatus(opava_status)
        category = None
        cat_text = _text(comp, "X-OPAVA-CATEGORY")
        if cat_text in EventCategory._value2member_map_:
            category = EventCategory(cat_text)
        public_text = _text(comp, "X-OPAVA-PUBLIC").upper()
        url = _text(comp, "URL")
        try:
            url = normalize_url(url)
        except errors.ValidationError:
            url = ""
        description = _text(comp, "DESCRIPTION")
        if "X-OPAVA-DESCRIPTION" in comp:
            description = _text(comp, "X-OPAVA-DESCRIPTION")
        return IncomingEvent(
            uid=uid or _stable_uid(raw_uid),
            title=title,
            start=s,
            end=e,
            all_day=all_day,
            sequence=_int(comp, "SEQUENCE"),
            status=status,
            location=" ".join(_text(comp, "LOCATION").split()),
            venue_name=_opt_text(comp, "X-OPAVA-VENUE"),
            series_name=_opt_text(comp, "X-OPAVA-SERIES"),
            category=category,
            public={"TRUE": True, "FALSE": False}.get(public_text),
            description=description[:20000],
            ticket_info=(_opt_text(comp, "X-OPAVA-TICKETS") or "")[:500] if "X-OPAVA-TICKETS" in comp else None,
            internal_notes=_opt_text(comp, "X-OPAVA-INTERNAL-NOTES"),
            url=url if len(url) <= 500 else "",
            last_modified=_utc(comp, "LAST-MODIFIED", self.zones),
            created=_utc(comp, "CREATED", self.zones),
            line=line,
            problem=problem,
        )

    def expand(self, uid: str, index: int, comp: Component,
               overrides: list[tuple[int, Component]]) -> list[tuple[int, IncomingEvent]]:
        """Expand RRULE/RDATE minus EXDATE into single events within the horizon."""
        start = _when(comp, "DTSTART", self.zones)
        if start is None:
            return [(index, self.single(index, comp))]
        end = _when(comp, "DTEND", self.zones)
        if end is None and "DURATION" in comp:
            duration = _dt_of(comp["DURATION"])
            end = _wall_shift(start, duration) if isinstance(duration, dt.timedelta) else None
        if end is None:
            end = start + dt.timedelta(days=1) if not isinstance(start, dt.datetime) else start + dt.timedelta(hours=1)
        length: dt.timedelta
        if isinstance(start, dt.datetime):
            e = end if isinstance(end, dt.datetime) else dt.datetime.combine(end, dt.time(0), tzinfo=start.tzinfo)
            length = e.astimezone(start.tzinfo).replace(tzinfo=None) - start.replace(tzinfo=None)
        else:
            length = (end.date() if isinstance(end, dt.datetime) else end) - start
        occurrences = self._occurrences(comp, start)
        excluded = {_rid_key(x) for x in self._dates(comp, "EXDATE", start)}
        by_rid = {}
        for o_index, o_comp in overrides:
            rid = _when(o_comp, "RECURRENCE-ID", self.zones)
            if rid is not None:
                by_rid[_rid_key(rid)] = (o_index, o_comp)
        out: list[tuple[int, IncomingEvent]] = []
        for occ in occurrences:
            key = _rid_key(occ)
            derived = _stable_uid(uid, key)
            if key in by_rid:
                o_index, o_comp = by_rid.pop(key)
                out.append((o_index, self.single(o_index, o_comp, derived)))
                continue
            occ_end = _wall_shift(occ, length)
            status = EventStatus.CANCELLED if key in excluded else None
            out.append((index, self.single(index, comp, derived, occ, occ_end, status)))
        for key, (o_index, o_comp) in by_rid.items():  # overrides of occurrences outside the rule
            out.append((o_index, self.single(o_index, o_comp, _stable_uid(uid, key))))
        return out

    def _dates(self, comp: Component, name: str, start: dt.datetime | dt.date) -> list[dt.datetime | dt.date]:
        values = comp.get(name)
        if values is None:
            return []
        out: list[dt.datetime | dt.date] = []
        for v in values if isinstance(values, list) else [values]:
            tzid = v.params.get("TZID")
            for item in getattr(v, "dts", []):
                d = _dt_of(item)
                if isinstance(d, dt.datetime):
                    d = _aware(d, tzid, self.zones, name)
                    if not isinstance(start, dt.datetime):
                        d = d.date()
                elif isinstance(start, dt.datetime):
                    d = dt.datetime.combine(d, start.timetz())
                out.append(d)
        return out

    def _occurrences(self, comp: Component, start: dt.datetime | dt.date) -> list[dt.datetime | dt.date]:
        """Return occurrence starts within the horizon (including EXDATE'd ones), wall-clock exact."""
        lo, hi = self.horizon
        timed = isinstance(start, dt.datetime)
        zone = start.tzinfo if timed else None  # type: ignore[union-attr]
        naive_start = start.replace(tzinfo=None) if timed else dt.datetime.combine(start, dt.time(0))  # type: ignore[call-arg]
        rules: list[du_rrule.rrule] = []
        for rr in comp.get("RRULE") if isinstance(comp.get("RRULE"), list) else [comp.get("RRULE")]:
            if rr is None:
                continue
            rr = vRecur(rr)
            until = rr.get("UNTIL")
            if until:
                u = until[0] if isinstance(until, list) else until
                if isinstance(u, dt.datetime) and u.tzinfo is not None and zone is not None:
                    u = u.astimezone(zone).replace(tzinfo=None)
                elif isinstance(u, dt.datetime) and u.tzinfo is not None:
                    u = u.replace(tzinfo=None)
                elif not isinstance(u, dt.datetime):
                    u = dt.datetime.combine(u, dt.time(23, 59, 59))
                rr["UNTIL"] = [u]
            try:
                rules.append(du_rrule.rrulestr(rr.to_ical().decode(), dtstart=naive_start, ignoretz=True))  # type: ignore[arg-type]
            except (ValueError, TypeError) as exc:
                raise _EventError("RRULE", _t(f"RRULE není platné pravidlo opakování ({exc}).",
                                              f"RRULE is not a valid recurrence rule ({exc}).")) from None
        rset = du_rrule.rruleset()
        rset.rdate(naive_start)
        for r in rules:
            rset.rrule(r)
        for d in self._dates(comp, "RDATE", start):
            if isinstance(d, dt.datetime):
                rset.rdate(d.astimezone(zone).replace(tzinfo=None) if zone else d.replace(tzinfo=None))
            else:
                rset.rdate(dt.datetime.combine(d, dt.time(0)))
        lo_naive = (lo.astimezone(zone) if zone else lo).replace(tzinfo=None)
        hi_naive = (hi.astimezone(zone) if zone else hi).replace(tzinfo=None)
        out: list[dt.datetime | dt.date] = []
        for occ in rset.xafter(lo_naive - dt.timedelta(days=1), count=None, inc=True):
            if occ > hi_naive or len(out) >= MAX_OCCURRENCES:
                break
            out.append(occ.replace(tzinfo=zone) if timed else occ.date())
        return out


def parse_calendar(data: bytes, *, now: dt.datetime | None = None) -> ParsedCalendar:
    """Parse .ics bytes into single events (times in UTC) or raise ImportFileError.

    Recurring events are expanded into one event per occurrence from a year
    back to two years ahead of ``now`` (at most 1000 each), with UIDs
    "<UID>/<occurrence start in UTC>" ("<UID>/<date>" for all-day) that stay the
    same on every import. Occurrences removed by EXDATE come as cancelled.
    """
    text = _decode(data)
    lines = _scan(text)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            cals = Calendar.from_ical(text, multiple=True)
    except ValueError as exc:
        raise ImportFileError(_t(f"Soubor není platný kalendář iCalendar: {exc}",
                                 f"The file is not a valid iCalendar file: {exc}")) from exc
    if not cals:
        raise ImportFileError(_t("Soubor neobsahuje žádný kalendář.", "The file holds no calendar."))
    cal = cals[0]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        events = _Reader(cal, lines, (now or dt.datetime.now(UTC)).astimezone(UTC)).read()
    ignored = sum(1 for c in cal.subcomponents if c.name in ("VTODO", "VJOURNAL"))
    return ParsedCalendar(events, _text(cal, "X-WR-CALNAME"), ignored)


__all__ = [
    "ExportOptions", "ParsedCalendar", "build_calendar", "export_calendar", "parse_calendar",
    "read_ics_file", "prague_vtimezone", "description_text", "location_text", "CATEGORY_LABELS",
]
