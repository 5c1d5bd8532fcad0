"""Reading .ics files to import: what Outlook, Exchange, Google and Thunderbird write. No Qt.

A small content-line parser of our own (RFC 5545 section 3.1) does the reading:
it knows the line of every property, so errors name it, and it is several times
faster than building icalendar objects (10,000 events import in seconds).
icalendar is used only for a VTIMEZONE whose TZID we cannot name otherwise.

Accepted: Windows zone names ("Central Europe Standard Time", with or without
their VTIMEZONE, mapped by the CLDR table in windows_zones), Google's UTC times and
X-WR-TIMEZONE, Thunderbird's X-LIC-LOCATION and /mozilla.org/ prefixes, floating
times (read in X-WR-TIMEZONE, else Europe/Prague), all-day events, Outlook's
midnight-to-midnight events marked X-MICROSOFT-CDO-ALLDAYEVENT, DURATION, RRULE/
RDATE with EXDATE and RECURRENCE-ID overrides. VALARM, VTODO and unknown
properties are ignored.

Recurrences are expanded into single events (the data model stores single events):
occurrences from RECURRENCE_PAST_DAYS back to RECURRENCE_FUTURE_DAYS ahead, at most
MAX_OCCURRENCES per event, each with the UID "<UID>/<occurrence start in UTC>"
("<UID>/<YYYYMMDD>" for all-day), which is the same on every import, so
re-importing updates instead of duplicating. An occurrence removed by EXDATE comes
as cancelled, so one imported earlier gets cancelled.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil import rrule as du_rrule

from planner import errors
from planner.errors import ImportFileError
from planner.errors import t as _t
from planner.export.windows_zones import iana_for_windows
from planner.models.enums import EventCategory, EventStatus
from planner.services.ical_import import IncomingEvent
from planner.services.timeutil import PRAGUE, UTC, local_midnight
from planner.services.validation import normalize_url

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 50 * 1024 * 1024
RECURRENCE_PAST_DAYS = 366
RECURRENCE_FUTURE_DAYS = 2 * 366
MAX_OCCURRENCES = 1000

_STATUS_IN = {"CONFIRMED": EventStatus.CONFIRMED, "TENTATIVE": EventStatus.PLANNED,
              "CANCELLED": EventStatus.CANCELLED}
_NAME = re.compile(r"[A-Za-z0-9-]+")
_LINE_BREAK = re.compile(r"\r\n|\n|\r")  # not str.splitlines: U+2028 may sit inside a value
_ESCAPED = re.compile(r"\\([\\;,nN])")
_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$")
_DURATION = re.compile(r"^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$")


# --------------------------------------------------------------------------- content lines


@dataclass
class Prop:
    """One property: upper-case name, parameters, raw (still escaped) value, line number."""

    name: str
    params: dict[str, str]
    value: str
    line: int


@dataclass(eq=False)
class Comp:
    """One component with its properties and sub-components."""

    name: str
    line: int
    props: dict[str, list[Prop]] = field(default_factory=dict)
    subs: list[Comp] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # logical lines, kept for VTIMEZONE only

    def first(self, name: str) -> Prop | None:
        found = self.props.get(name)
        return found[0] if found else None

    def all(self, name: str) -> list[Prop]:
        return self.props.get(name, [])

    def text(self, name: str) -> str:
        """Return a TEXT value unescaped ('' when absent)."""
        prop = self.first(name)
        return unescape(prop.value).strip() if prop is not None else ""

    def opt_text(self, name: str) -> str | None:
        return self.text(name) if name in self.props else None


def unescape(text: str) -> str:
    """Undo RFC 5545 TEXT escaping (backslash before \\ ; , and n for newline)."""
    if "\\" not in text:
        return text
    return _ESCAPED.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def _bad_line(number: int, raw: str) -> ImportFileError:
    return ImportFileError(
        _t(f"Řádek {number}: „{raw[:60]}“ není platný řádek iCalendar (NÁZEV:hodnota).",
           f"Line {number}: “{raw[:60]}” is not a valid iCalendar line (NAME:value).")
    )


def _split(line: str, number: int) -> tuple[str, dict[str, str], str]:
    """Split a content line into name, parameters and value (quoted parameters allowed)."""
    colon = line.find(":")
    if colon > 0 and line.find(";", 0, colon) < 0:  # the common case: NAME:value
        name = line[:colon]
        if _NAME.fullmatch(name):
            return name.upper(), {}, line[colon + 1 :]
    m = _NAME.match(line)
    if m is None:
        raise _bad_line(number, line)
    i = m.end()
    name = line[:i].upper()
    params: dict[str, str] = {}
    n = len(line)
    while i < n and line[i] == ";":
        eq = line.find("=", i)
        if eq < 0:
            raise _bad_line(number, line)
        key = line[i + 1 : eq].upper()
        i = eq + 1
        values: list[str] = []
        while True:
            if i < n and line[i] == '"':
                close = line.find('"', i + 1)
                if close < 0:
                    raise _bad_line(number, line)
                values.append(line[i + 1 : close])
                i = close + 1
            else:
                k = i
                while k < n and line[k] not in ';:,':
                    k += 1
                values.append(line[i:k])
                i = k
            if i < n and line[i] == ",":
                i += 1
                continue
            break
        params[key] = ",".join(values)
    if i >= n or line[i] != ":":
        raise _bad_line(number, line)
    return name, params, line[i + 1 :]


def _truncated(stack: list[Comp]) -> ImportFileError:
    comp = stack[-1]
    return ImportFileError(
        _t(f"Soubor končí uvnitř BEGIN:{comp.name} z řádku {comp.line} (je neúplný?).",
           f"The file ends inside BEGIN:{comp.name} from line {comp.line} (truncated?).")
    )


def parse_components(text: str) -> Comp:
    """Return the first VCALENDAR of the text, or raise ImportFileError naming the line."""
    physical = _LINE_BREAK.split(text)
    logical: list[tuple[int, str]] = []
    for number, raw in enumerate(physical, start=1):
        if raw[:1] in (" ", "\t") and logical:
            start, prev = logical[-1]
            logical[-1] = (start, prev + raw[1:])
        elif raw.strip():
            logical.append((number, raw))
    if not logical:
        raise ImportFileError(_t("Soubor je prázdný, nejde o kalendář iCalendar.",
                                 "The file is empty; not an iCalendar file."))
    number, first = logical[0]
    if first.strip().upper() != "BEGIN:VCALENDAR":
        raise ImportFileError(
            _t(f"Řádek {number}: soubor nezačíná BEGIN:VCALENDAR, nejde o kalendář iCalendar.",
               f"Line {number}: the file does not start with BEGIN:VCALENDAR; not an iCalendar file.")
        )
    stack: list[Comp] = []
    root: Comp | None = None
    timezone: Comp | None = None  # the VTIMEZONE being read: its lines are kept for icalendar
    last = len(logical) - 1
    for index, (number, line) in enumerate(logical):
        try:
            name, params, value = _split(line, number)
        except ImportFileError:
            if stack and index == last:
                raise _truncated(stack) from None  # the file stops in the middle of its last line
            raise
        if name == "BEGIN":
            comp = Comp(value.strip().upper(), number)
            if stack:
                stack[-1].subs.append(comp)
            stack.append(comp)
            if comp.name == "VTIMEZONE" and timezone is None:
                timezone = comp
        elif name == "END":
            wanted = value.strip().upper()
            if not stack or stack[-1].name != wanted:
                opened = f"BEGIN:{stack[-1].name} ({_t('řádek', 'line')} {stack[-1].line})" if stack else "—"
                raise ImportFileError(_t(f"Řádek {number}: END:{wanted} neodpovídá {opened}.",
                                         f"Line {number}: END:{wanted} does not match {opened}."))
            done = stack.pop()
            if not stack:
                root = done
                break
        elif stack:
            stack[-1].props.setdefault(name, []).append(Prop(name, params, value, number))
        if timezone is not None:
            timezone.lines.append(line)
            if name == "END" and all(c is not timezone for c in stack):
                timezone = None
    if stack:
        raise _truncated(stack)
    assert root is not None
    return root


# --------------------------------------------------------------------------- values


class _EventError(Exception):
    """A value of one VEVENT is unusable; becomes ImportFileError naming the line."""

    def __init__(self, prop: Prop | None, text: str) -> None:
        super().__init__(text)
        self.prop = prop
        self.text = text


class _Zones:
    """Resolves TZIDs the way real clients write them."""

    def __init__(self, cal: Comp) -> None:
        self.defs = {tz.text("TZID"): tz for tz in cal.subs if tz.name == "VTIMEZONE"}
        self.default: dt.tzinfo = PRAGUE
        wr = cal.text("X-WR-TIMEZONE")
        if wr:
            self.default = self.lookup(wr) or PRAGUE
        self.cache: dict[str, dt.tzinfo | None] = {}

    @staticmethod
    def lookup(name: str) -> dt.tzinfo | None:
        name = name.strip()
        if name.upper() in ("UTC", "GMT", "Z", "ETC/UTC"):
            return UTC
        parts = name.strip("/").split("/")
        for cand in [name] + ["/".join(parts[i:]) for i in range(1, len(parts))]:  # /mozilla.org/.../Europe/Prague
            if not cand or cand.startswith((".", "/")) or ".." in cand:
                continue
            try:
                return ZoneInfo(cand)
            except (ZoneInfoNotFoundError, ValueError, OSError):
                pass
        iana = iana_for_windows(name)
        return ZoneInfo(iana) if iana else None

    def get(self, tzid: str) -> dt.tzinfo | None:
        if tzid not in self.cache:
            zone = self.lookup(tzid)
            definition = self.defs.get(tzid)
            if zone is None and definition is not None:
                loc = definition.text("X-LIC-LOCATION")
                zone = self.lookup(loc) if loc else None
                if zone is None:
                    zone = _zone_from_definition(definition)
            self.cache[tzid] = zone
        return self.cache[tzid]


def _zone_from_definition(definition: Comp) -> dt.tzinfo | None:
    """Return a tzinfo built by icalendar from the file's VTIMEZONE, or None if unusable."""
    from icalendar import Calendar

    text = "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", *definition.lines, "END:VCALENDAR"]) + "\r\n"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            cal = Calendar.from_ical(text)
            tz = cal.walk("VTIMEZONE")[0]
            return tz.to_tz()  # type: ignore[attr-defined,no-any-return]
    except Exception:  # a broken definition is reported as an unknown zone
        log.debug("VTIMEZONE at line %s cannot be used", definition.line, exc_info=True)
        return None


def _parse_dt(prop: Prop, raw: str, zones: _Zones) -> dt.datetime | dt.date:
    m = _DATE.match(raw.strip())
    if m is None:
        raise _EventError(prop, _t(f"{prop.name} „{raw}“ není platné datum ani čas.",
                                   f"{prop.name} “{raw}” is not a valid date or time."))
    y, mo, d, hh, mi, ss, z = m.groups()
    try:
        if hh is None:
            return dt.date(int(y), int(mo), int(d))
        value = dt.datetime(int(y), int(mo), int(d), int(hh), int(mi), min(int(ss), 59))
    except ValueError:
        raise _EventError(prop, _t(f"{prop.name} „{raw}“ není platné datum ani čas.",
                                   f"{prop.name} “{raw}” is not a valid date or time.")) from None
    if z:
        return value.replace(tzinfo=UTC)
    tzid = prop.params.get("TZID")
    if tzid:
        zone = zones.get(tzid)
        if zone is None:
            raise _EventError(prop, _t(
                f"neznámé časové pásmo TZID={tzid} a soubor neobsahuje jeho VTIMEZONE.",
                f"unknown time zone TZID={tzid} and the file has no VTIMEZONE for it."))
        return value.replace(tzinfo=zone)
    return value.replace(tzinfo=zones.default)  # floating time: the calendar's zone


def _when(comp: Comp, name: str, zones: _Zones) -> dt.datetime | dt.date | None:
    prop = comp.first(name)
    if prop is None:
        return None
    return _parse_dt(prop, prop.value.split(",")[0], zones)


def _dates(comp: Comp, name: str, zones: _Zones) -> list[dt.datetime | dt.date]:
    out: list[dt.datetime | dt.date] = []
    for prop in comp.all(name):
        if prop.params.get("VALUE", "").upper() == "PERIOD":
            continue  # RDATE periods are rare; Outlook never writes them
        out.extend(_parse_dt(prop, part, zones) for part in prop.value.split(",") if part.strip())
    return out


class _Duration(NamedTuple):
    """An RFC 5545 duration: weeks and days are nominal (wall clock), the time part is exact."""

    days: int
    exact: dt.timedelta


def _duration(prop: Prop) -> _Duration:
    m = _DURATION.match(prop.value.strip())
    if m is None or prop.value.strip() in ("P", "PT"):
        raise _EventError(prop, _t(f"DURATION „{prop.value}“ není platná doba.",
                                   f"DURATION “{prop.value}” is not a valid duration."))
    sign, w, d, h, mi, s = m.groups()
    days = 7 * int(w or 0) + int(d or 0)
    exact = dt.timedelta(hours=int(h or 0), minutes=int(mi or 0), seconds=int(s or 0))
    return _Duration(-days, -exact) if sign == "-" else _Duration(days, exact)


def _utc_or_none(comp: Comp, name: str, zones: _Zones) -> dt.datetime | None:
    try:
        value = _when(comp, name, zones)
    except _EventError:
        return None  # an unreadable CREATED/LAST-MODIFIED is not worth refusing the file
    return value.astimezone(UTC) if isinstance(value, dt.datetime) else None


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
          duration: _Duration | None, all_day_hint: bool) -> tuple[dt.datetime, dt.datetime, bool]:
    """Return UTC start/end and whether the event is all-day, from DTSTART/DTEND/DURATION."""
    if not isinstance(start, dt.datetime):
        if isinstance(end, dt.datetime):
            end = end.astimezone(PRAGUE).date()
        if end is None:
            end = start + dt.timedelta(days=max(1, duration.days + duration.exact.days) if duration else 1)
        if end <= start:
            end = start + dt.timedelta(days=1)
        return local_midnight(start), local_midnight(end), True
    if end is None:
        end = _add_duration(start, duration) if duration is not None else _add_exact(start, dt.timedelta(hours=1))
    elif not isinstance(end, dt.datetime):
        end = dt.datetime.combine(end, dt.time(0), tzinfo=start.tzinfo)
    assert isinstance(end, dt.datetime)
    if all_day_hint:  # Outlook's DATE-TIME midnights marked as all-day
        ls, le = start.astimezone(PRAGUE), end.astimezone(PRAGUE)
        if ls.time() == dt.time(0) and le.time() == dt.time(0) and le > ls:
            return local_midnight(ls.date()), local_midnight(le.date()), True
    s_utc, e_utc = start.astimezone(UTC), end.astimezone(UTC)
    if e_utc <= s_utc:
        e_utc = s_utc + dt.timedelta(hours=1)  # an instant gets one hour, as Outlook shows it
    return s_utc, e_utc, False


def _wall_shift(value: dt.datetime | dt.date, delta: dt.timedelta) -> dt.datetime | dt.date:
    """Add a nominal duration keeping wall-clock time across DST (RFC 5545 for days and weeks)."""
    if isinstance(value, dt.datetime) and value.tzinfo is not None and value.tzinfo is not UTC:
        return (value.replace(tzinfo=None) + delta).replace(tzinfo=value.tzinfo)
    return value + delta


def _add_exact(value: dt.datetime | dt.date, delta: dt.timedelta) -> dt.datetime | dt.date:
    """Add elapsed time: across a DST change the wall clock moves by an hour more or less."""
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return (value.astimezone(UTC) + delta).astimezone(value.tzinfo)
    return value + delta


def _add_duration(value: dt.datetime | dt.date, duration: _Duration) -> dt.datetime | dt.date:
    """Add an RFC 5545 duration: the days on the wall clock, then the time part as elapsed time."""
    return _add_exact(_wall_shift(value, dt.timedelta(days=duration.days)), duration.exact)


# --------------------------------------------------------------------------- events


@dataclass
class ParsedCalendar:
    """Events read from a file (recurrences expanded), plus what the file calls itself."""

    events: list[IncomingEvent] = field(default_factory=list)
    name: str = ""
    ignored: int = 0  # components other than VEVENT (to-dos, journals)


class _Reader:
    def __init__(self, cal: Comp, now: dt.datetime) -> None:
        self.cal = cal
        self.zones = _Zones(cal)
        self.horizon = (now - dt.timedelta(days=RECURRENCE_PAST_DAYS),
                        now + dt.timedelta(days=RECURRENCE_FUTURE_DAYS))

    @staticmethod
    def fail(comp: Comp, exc: _EventError) -> ImportFileError:
        uid = comp.text("UID")
        line = exc.prop.line if exc.prop is not None else comp.line
        where = _t(f"Řádek {line}", f"Line {line}") + (f" (VEVENT UID {uid})" if uid else " (VEVENT)")
        return ImportFileError(f"{where}: {exc.text}")

    def read(self) -> list[IncomingEvent]:
        comps = [c for c in self.cal.subs if c.name == "VEVENT"]
        masters: dict[str, Comp] = {}
        overrides: dict[str, list[Comp]] = {}
        plain: list[Comp] = []
        for comp in comps:
            uid = comp.text("UID")
            if "RECURRENCE-ID" in comp.props and uid:
                overrides.setdefault(uid, []).append(comp)
            elif uid and ("RRULE" in comp.props or "RDATE" in comp.props):
                masters[uid] = comp
            else:
                plain.append(comp)
        out: list[IncomingEvent] = []
        current: Comp | None = None
        try:
            for current in plain:
                out.append(self.single(current))
            for uid, current in masters.items():
                out.extend(self.expand(uid, current, overrides.pop(uid, [])))
            for uid, items in overrides.items():  # overrides whose master is not in the file
                for current in items:
                    rid = _when(current, "RECURRENCE-ID", self.zones)
                    assert rid is not None
                    out.append(self.single(current, _stable_uid(uid, _rid_key(rid))))
        except _EventError as exc:
            assert current is not None
            raise self.fail(current, exc) from None
        out.sort(key=lambda e: (e.line, e.start))
        return out

    def single(self, comp: Comp, uid: str | None = None,
               start: dt.datetime | dt.date | None = None, end: dt.datetime | dt.date | None = None,
               status: EventStatus | None = None) -> IncomingEvent:
        raw_uid = comp.text("UID")
        title = comp.text("SUMMARY").replace("\r", " ").replace("\n", " ")[:300].strip()
        duration = None
        if start is None:
            start = _when(comp, "DTSTART", self.zones)
            end = _when(comp, "DTEND", self.zones)
            dur = comp.first("DURATION")
            if end is None and dur is not None:
                duration = _duration(dur)
        problem = ""
        if not raw_uid:
            problem = _t("chybí UID", "no UID")
        elif not title:
            problem = _t("chybí název (SUMMARY)", "no title (SUMMARY)")
        if start is None:
            now = dt.datetime.now(UTC)
            return IncomingEvent(uid=_stable_uid(raw_uid) if raw_uid else f"line-{comp.line}", title=title,
                                 start=now, end=now, line=comp.line,
                                 problem=problem or _t("chybí začátek (DTSTART)", "no start (DTSTART)"))
        all_day_hint = comp.text("X-MICROSOFT-CDO-ALLDAYEVENT").upper() == "TRUE"
        s, e, all_day = _span(start, end, duration, all_day_hint)
        if status is None:
            status = _STATUS_IN.get(comp.text("STATUS").upper())
            ours = comp.text("X-OPAVA-STATUS")
            if ours in EventStatus._value2member_map_ and status is not EventStatus.CANCELLED:
                status = EventStatus(ours)
        cat = comp.text("X-OPAVA-CATEGORY")
        try:
            url = normalize_url(comp.text("URL"))
        except errors.ValidationError:
            url = ""
        description = comp.text("DESCRIPTION")
        if "X-OPAVA-DESCRIPTION" in comp.props:
            description = comp.text("X-OPAVA-DESCRIPTION")
        tickets = comp.opt_text("X-OPAVA-TICKETS")
        return IncomingEvent(
            uid=uid or _stable_uid(raw_uid),
            title=title,
            start=s,
            end=e,
            all_day=all_day,
            sequence=_int(comp.text("SEQUENCE")),
            status=status,
            location=" ".join(comp.text("LOCATION").split()),
            venue_name=comp.opt_text("X-OPAVA-VENUE"),
            series_name=comp.opt_text("X-OPAVA-SERIES"),
            category=EventCategory(cat) if cat in EventCategory._value2member_map_ else None,
            public={"TRUE": True, "FALSE": False}.get(comp.text("X-OPAVA-PUBLIC").upper()),
            description=description[:20000],
            ticket_info=tickets[:500] if tickets is not None else None,
            internal_notes=comp.opt_text("X-OPAVA-INTERNAL-NOTES"),
            url=url if len(url) <= 500 else "",
            last_modified=_utc_or_none(comp, "LAST-MODIFIED", self.zones),
            created=_utc_or_none(comp, "CREATED", self.zones),
            line=comp.line,
            problem=problem,
        )

    def expand(self, uid: str, comp: Comp, overrides: list[Comp]) -> list[IncomingEvent]:
        """Expand RRULE/RDATE into single events within the horizon; EXDATEs come cancelled."""
        start = _when(comp, "DTSTART", self.zones)
        if start is None:
            return [self.single(comp)]
        end = _when(comp, "DTEND", self.zones)
        dur = comp.first("DURATION")
        duration = _duration(dur) if end is None and dur is not None else None
        if end is None and duration is None:
            end = start + (dt.timedelta(hours=1) if isinstance(start, dt.datetime) else dt.timedelta(days=1))
        length = dt.timedelta(0)
        if end is None:
            pass  # each occurrence adds the DURATION itself (nominal days, exact time)
        elif isinstance(start, dt.datetime):  # every occurrence lasts the exact time DTSTART-DTEND does
            e = end if isinstance(end, dt.datetime) else dt.datetime.combine(end, dt.time(0), tzinfo=start.tzinfo)
            length = e.astimezone(UTC) - start.astimezone(UTC) if start.tzinfo else e - start
        else:
            length = (end.date() if isinstance(end, dt.datetime) else end) - start
        excluded = {_rid_key(_like(x, start)) for x in _dates(comp, "EXDATE", self.zones)}
        by_rid: dict[str, Comp] = {}
        for o in overrides:
            rid = _when(o, "RECURRENCE-ID", self.zones)
            if rid is not None:
                by_rid[_rid_key(_like(rid, start))] = o
        out: list[IncomingEvent] = []
        for occ in self._occurrences(comp, start):
            key = _rid_key(occ)
            derived = _stable_uid(uid, key)
            if key in by_rid:
                out.append(self.single(by_rid.pop(key), derived))
                continue
            status = EventStatus.CANCELLED if key in excluded else None
            occ_end = _add_duration(occ, duration) if duration is not None else _add_exact(occ, length)
            out.append(self.single(comp, derived, occ, occ_end, status))
        for key, o in by_rid.items():  # overrides of occurrences outside the rule or horizon
            out.append(self.single(o, _stable_uid(uid, key)))
        return out

    def _occurrences(self, comp: Comp, start: dt.datetime | dt.date) -> list[dt.datetime | dt.date]:
        """Return occurrence starts within the horizon (EXDATE'd ones included), wall-clock exact."""
        lo, hi = self.horizon
        timed = isinstance(start, dt.datetime)
        zone = start.tzinfo if isinstance(start, dt.datetime) else None
        naive_start = start.replace(tzinfo=None) if isinstance(start, dt.datetime) else dt.datetime.combine(
            start, dt.time(0))
        rset = du_rrule.rruleset()
        rset.rdate(naive_start)
        for prop in comp.all("RRULE"):
            rset.rrule(self._rule(prop, naive_start, zone))
        for d in _dates(comp, "RDATE", self.zones):
            d = _like(d, start)
            if isinstance(d, dt.datetime):
                rset.rdate(d.astimezone(zone).replace(tzinfo=None) if zone else d.replace(tzinfo=None))
            else:
                rset.rdate(dt.datetime.combine(d, dt.time(0)))
        lo_naive = (lo.astimezone(zone) if zone else lo).replace(tzinfo=None) - dt.timedelta(days=1)
        hi_naive = (hi.astimezone(zone) if zone else hi).replace(tzinfo=None)
        out: list[dt.datetime | dt.date] = []
        for occ in rset.xafter(lo_naive, inc=True):
            if occ > hi_naive or len(out) >= MAX_OCCURRENCES:
                break
            out.append(occ.replace(tzinfo=zone) if timed else occ.date())
        return out

    @staticmethod
    def _rule(prop: Prop, naive_start: dt.datetime, zone: dt.tzinfo | None) -> du_rrule.rrule:
        parts = []
        for part in prop.value.strip().split(";"):
            key, _, value = part.partition("=")
            if key.upper() == "UNTIL":
                m = _DATE.match(value.strip())
                if m is None:
                    raise _EventError(prop, _t(f"RRULE: UNTIL „{value}“ není platné datum.",
                                               f"RRULE: UNTIL “{value}” is not a valid date."))
                y, mo, d, hh, mi, ss, z = m.groups()
                try:
                    until = dt.datetime(int(y), int(mo), int(d), int(hh or 23), int(mi or 59), int(ss or 59))
                except ValueError:
                    raise _EventError(prop, _t(f"RRULE: UNTIL „{value}“ není platné datum.",
                                               f"RRULE: UNTIL “{value}” is not a valid date.")) from None
                if z and zone is not None:
                    until = until.replace(tzinfo=UTC).astimezone(zone).replace(tzinfo=None)
                value = until.strftime("%Y%m%dT%H%M%S")
            parts.append(f"{key.upper()}={value}")
        try:
            rule = du_rrule.rrulestr(";".join(parts), dtstart=naive_start, ignoretz=True)
        except (ValueError, TypeError) as exc:
            raise _EventError(prop, _t(f"RRULE není platné pravidlo opakování ({exc}).",
                                       f"RRULE is not a valid recurrence rule ({exc}).")) from None
        assert isinstance(rule, du_rrule.rrule)
        return rule


def _like(value: dt.datetime | dt.date, start: dt.datetime | dt.date) -> dt.datetime | dt.date:
    """Return EXDATE/RDATE/RECURRENCE-ID in the kind of DTSTART (date or time)."""
    if isinstance(start, dt.datetime) and not isinstance(value, dt.datetime):
        return dt.datetime.combine(value, start.timetz())
    if not isinstance(start, dt.datetime) and isinstance(value, dt.datetime):
        return value.date()
    return value


def _int(text: str) -> int:
    try:
        return max(0, int(text))
    except ValueError:
        return 0


# --------------------------------------------------------------------------- entry points


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
    if b"\x00" in data:
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


def parse_calendar(data: bytes, *, now: dt.datetime | None = None) -> ParsedCalendar:
    """Parse .ics bytes into single events (times in UTC) or raise ImportFileError naming the line."""
    cal = parse_components(_decode(data))
    events = _Reader(cal, (now or dt.datetime.now(UTC)).astimezone(UTC)).read()
    ignored = sum(1 for c in cal.subs if c.name in ("VTODO", "VJOURNAL"))
    return ParsedCalendar(events, cal.text("X-WR-CALNAME"), ignored)


__all__ = ["ParsedCalendar", "parse_calendar", "read_ics_file", "parse_components", "unescape",
           "MAX_FILE_BYTES", "RECURRENCE_PAST_DAYS", "RECURRENCE_FUTURE_DAYS", "MAX_OCCURRENCES"]
