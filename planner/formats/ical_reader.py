"""Reading .ics files to import: what Outlook, Exchange, Google and Thunderbird write. No Qt.

Why this module is long: it is the one place that turns a calendar file into
single events, with every rule about what real clients write, what is repaired,
what is skipped and why (issue 16) kept together so the preview and the CLI can
say it. Content lines live in ical_lines, RRULE bounding in ical_recur, HTML in
ical_text, Windows zone names in windows_zones.

Accepted: Windows zone IDs and Outlook/Exchange display names (with or without
their VTIMEZONE), Google's UTC times and X-WR-TIMEZONE, Thunderbird's X-LIC-LOCATION
and /mozilla.org/ prefixes, TZIDs with stray spaces or a leading slash, floating
times (read in X-WR-TIMEZONE, else Europe/Prague), all-day events, Outlook's
midnight-to-midnight events marked X-MICROSOFT-CDO-ALLDAYEVENT, DURATION, RRULE/
RDATE with EXDATE and RECURRENCE-ID overrides, events without UID (a derived UID).
VALARM, VTODO and unknown properties are ignored.

Recurrences are expanded into single events (the data model stores single events):
occurrences from RECURRENCE_PAST_DAYS back to RECURRENCE_FUTURE_DAYS ahead, at most
MAX_OCCURRENCES per event, each with the UID "<UID>/<occurrence start in UTC>"
("<UID>/<YYYYMMDD>" for all-day), which is the same on every import, so
re-importing updates instead of duplicating. An occurrence removed by EXDATE comes
as cancelled, so one imported earlier gets cancelled. Overrides (RECURRENCE-ID)
are kept only inside the same window.

Tolerance: a broken event is skipped with its line and reason (IncomingEvent.problem);
a broken property that the event can do without (EXDATE, RDATE, DURATION, an RRULE
that is empty) is left out with a ReadNote; the rest imports. Limits checked before
the work: MAX_FILE_BYTES, MAX_EVENTS (components, then expanded occurrences).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from planner import errors
from planner.errors import ImportFileError
from planner.formats.ical_lines import Comp, Prop, ReadNote, clean, decode, parse_components, unescape
from planner.formats.ical_recur import MAX_INTERVAL, Rule, RuleError
from planner.formats.ical_text import html_to_text, looks_like_html
from planner.formats.windows_zones import WINDOWS_ZONES, iana_for_windows, zone_id_for_display_name
from planner.i18n import _
from planner.models.enums import EventCategory, EventStatus
from planner.services.formatting import format_integer
from planner.services.ical_import import IncomingEvent
from planner.services.timeutil import PRAGUE, UTC, format_date, local_midnight
from planner.services.validation import normalize_url

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_EVENTS = 20_000  # events a file may hold or expand to
RECURRENCE_PAST_DAYS = 366
RECURRENCE_FUTURE_DAYS = 2 * 366
MAX_OCCURRENCES = 1000  # per recurring event, within the window
MAX_SEQUENCE = 2**31 - 1  # a 32-bit integer column in SQLite and PostgreSQL
DESCRIPTION_MAX = 20000

_STATUS_IN = {"CONFIRMED": EventStatus.CONFIRMED, "TENTATIVE": EventStatus.PLANNED,
              "CANCELLED": EventStatus.CANCELLED}
_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$")
_DURATION = re.compile(r"^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$")
_IANA = re.compile(r"^[A-Za-z_]+(?:/[A-Za-z0-9_+-]+)+$")


class ImportCancelled(errors.PlannerError):
    """The user cancelled reading the file (the GUI's progress dialog)."""


class _EventError(Exception):
    """A value of one VEVENT is unusable; the event is skipped naming the line."""

    def __init__(self, prop: Prop | None, text: str) -> None:
        super().__init__(text)
        self.prop = prop
        self.text = text


class _RangeError(_EventError):
    """A date or duration beyond what can be stored: the event is skipped, never repaired."""


def _out_of_range(prop: Prop | None, name: str) -> _EventError:
    return _RangeError(prop, _(
        "{name}: the date or duration is outside what the planner can store (years 1 to 9999)."
    ).format(name=name))


class _Zones:
    """Resolves TZIDs the way real clients write them, noting every zone it had to assume."""

    def __init__(self, cal: Comp, notes: list[ReadNote]) -> None:
        self.notes = notes
        self.defs = {" ".join(tz.text("TZID").split()).strip("\"'"): tz for tz in cal.subs if tz.name == "VTIMEZONE"}
        self.cache: dict[str, dt.tzinfo | None] = {}
        self.default: dt.tzinfo = PRAGUE
        wr = cal.first("X-WR-TIMEZONE")
        if wr is not None and cal.text("X-WR-TIMEZONE"):
            self.default = self.get(cal.text("X-WR-TIMEZONE"), wr.line) or PRAGUE

    @staticmethod
    def lookup(name: str) -> tuple[dt.tzinfo | None, str]:
        """Return the zone of a name and how it was found ('' for a plain IANA or UTC name)."""
        if name.upper() in ("UTC", "GMT", "Z", "ETC/UTC", "ETC/GMT", "UT"):
            return UTC, ""
        parts = [p for p in name.strip("/").split("/") if p]
        for i in range(len(parts)):  # /mozilla.org/.../Europe/Prague, /Europe/Stockholm
            cand = "/".join(parts[i:])
            if not cand or cand.startswith(".") or ".." in cand:
                continue
            try:
                return ZoneInfo(cand), ("" if cand == name else cand)
            except (ZoneInfoNotFoundError, ValueError, OSError):
                pass
        iana = iana_for_windows(name)
        numbered = re.match(r"^(.*\S)\s+\d{1,2}$", name)  # Outlook's "W. Europe Standard Time 1"
        if not iana and numbered and iana_for_windows(numbered.group(1)):
            name = numbered.group(1)
            iana = iana_for_windows(name)
        if iana:
            return ZoneInfo(iana), f"{iana} (Windows: {name})"
        zone_id = zone_id_for_display_name(name)
        if zone_id:
            iana = WINDOWS_ZONES[zone_id]
            return ZoneInfo(iana), f"{iana} (Windows: {zone_id})"
        return None, ""

    def get(self, raw: str, line: int) -> dt.tzinfo | None:
        tzid = " ".join(raw.split()).strip("\"'")
        if tzid not in self.cache:
            zone, how = self.lookup(tzid)
            definition = self.defs.get(tzid)
            if definition is not None and (zone is None or how.startswith(tuple(WINDOWS_ZONES.values()))):
                loc = definition.text("X-LIC-LOCATION")
                if loc:
                    located, _how = self.lookup(loc)
                    if located is not None:
                        zone, how = located, f"{loc} (X-LIC-LOCATION)"
                if zone is None:
                    zone = _zone_from_definition(definition)
                    how = _("as defined by the file's VTIMEZONE (line {line})").format(line=definition.line) if zone else ""
            self.cache[tzid] = zone
            if zone is not None and (how or tzid != raw):
                self.notes.append(ReadNote(line, _(
                    "time zone TZID=“{raw}” read as {how_or_tzid}."
                ).format(raw=raw, how_or_tzid=how or tzid)))
        return self.cache[tzid]

    def has_definition(self, raw: str) -> bool:
        return " ".join(raw.split()).strip("\"'") in self.defs


def _zone_from_definition(definition: Comp) -> dt.tzinfo | None:
    """Return a tzinfo built by icalendar from the file's VTIMEZONE, or None if unusable."""
    from icalendar import Calendar, Timezone

    text = "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", *definition.lines, "END:VCALENDAR"]) + "\r\n"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            cal = Calendar.from_ical(text)
            tz = cal.walk("VTIMEZONE")[0]
            return tz.to_tz() if isinstance(tz, Timezone) else None
    except Exception:  # a broken definition is reported as an unknown zone
        log.debug("VTIMEZONE at line %s cannot be used", definition.line, exc_info=True)
        return None


def _parse_dt(prop: Prop, raw: str, zones: _Zones) -> dt.datetime | dt.date:
    m = _DATE.match(raw.strip())
    if m is None:
        raise _EventError(prop, _(
            "{name} “{clean}” is not a valid date or time."
        ).format(name=prop.name, clean=clean(raw)[:40]))
    y, mo, d, hh, mi, ss, z = m.groups()
    try:
        if hh is None:
            return dt.date(int(y), int(mo), int(d))
        value = dt.datetime(int(y), int(mo), int(d), int(hh), int(mi), min(int(ss), 59))
    except ValueError:
        raise _EventError(prop, _("{name} “{raw}” is not a valid date or time.").format(name=prop.name, raw=raw)) from None
    if z:
        return value.replace(tzinfo=UTC)
    tzid = prop.params.get("TZID")
    if tzid and tzid.strip():
        zone = zones.get(tzid, prop.line)
        if zone is None:
            if zones.has_definition(tzid):
                raise _EventError(prop, _(
                    "the time zone TZID={strip} cannot be determined, not even from its VTIMEZONE."
                ).format(strip=tzid.strip()))
            raise _EventError(prop, _(
                "unknown time zone TZID={strip} and the file has no VTIMEZONE for it."
            ).format(strip=tzid.strip()))
        return value.replace(tzinfo=zone)
    return value.replace(tzinfo=zones.default)  # floating time: the calendar's zone


def _when(comp: Comp, name: str, zones: _Zones) -> dt.datetime | dt.date | None:
    prop = comp.first(name)
    if prop is None:
        return None
    return _parse_dt(prop, prop.value.split(",")[0], zones)


def _dates(comp: Comp, name: str, zones: _Zones, notes: list[ReadNote]) -> list[dt.datetime | dt.date]:
    """Return the dates of EXDATE/RDATE properties; an unreadable one is left out with a note."""
    out: list[dt.datetime | dt.date] = []
    for prop in comp.all(name):
        if prop.params.get("VALUE", "").upper() == "PERIOD" or "/" in prop.value:
            continue  # RDATE periods are rare; Outlook never writes them
        for part in prop.value.split(","):
            if not part.strip():
                continue
            try:
                out.append(_parse_dt(prop, part, zones))
            except _EventError as exc:
                notes.append(ReadNote(prop.line, _("{text} Left out.").format(text=exc.text),
                                      skipped=True))
    return out


class _Duration(NamedTuple):
    """An RFC 5545 duration: weeks and days are nominal (wall clock), the time part is exact."""

    days: int
    exact: dt.timedelta


def _duration(prop: Prop) -> _Duration:
    m = _DURATION.match(prop.value.strip())
    if m is None or prop.value.strip().lstrip("+-") in ("P", "PT") or prop.value.strip().endswith("T"):
        raise _EventError(prop, _(
            "DURATION “{clean}” is not a valid duration."
        ).format(clean=clean(prop.value)[:40]))
    sign, w, d, h, mi, s = m.groups()
    if any(g is not None and len(g) > 12 for g in (w, d, h, mi, s)):
        raise _out_of_range(prop, "DURATION")
    days = 7 * int(w or 0) + int(d or 0)
    try:
        exact = dt.timedelta(hours=int(h or 0), minutes=int(mi or 0), seconds=int(s or 0))
        if days > 3_660_000 or exact > dt.timedelta(days=3_660_000):
            raise OverflowError
    except OverflowError:
        raise _out_of_range(prop, "DURATION") from None
    return _Duration(-days, -exact) if sign == "-" else _Duration(days, exact)


def _utc_or_none(comp: Comp, name: str, zones: _Zones) -> dt.datetime | None:
    try:
        value = _when(comp, name, zones)
        return value.astimezone(UTC) if isinstance(value, dt.datetime) else None
    except (_EventError, OverflowError, ValueError):
        return None  # an unreadable CREATED/LAST-MODIFIED is not worth skipping the event


def _stable_uid(uid: str, suffix: str = "") -> str:
    full = f"{uid}/{suffix}" if suffix else uid
    if len(full) <= 255:
        return full
    digest = hashlib.sha1(uid.encode("utf-8")).hexdigest()
    return f"{digest}/{suffix}" if suffix else digest


def derived_uid(comp: Comp) -> str:
    """Return the UID of an event that has none: a hash of DTSTART (with its TZID), SUMMARY and LOCATION.

    The same event in the next version of the file gets the same UID, so re-importing
    it updates instead of duplicating; an event whose start, title or place changed is
    a new event (there is nothing else to recognise it by).
    """
    start = comp.first("DTSTART")
    key = "\x1f".join([
        (start.params.get("TZID", "").strip() + ":" + start.value.strip()) if start is not None else "",
        comp.text("SUMMARY"), " ".join(comp.text("LOCATION").split()),
    ])
    return "derived-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + "@planner.opava"


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
    """Events read from a file (recurrences expanded), what the file calls itself, and the reader's notes."""

    events: list[IncomingEvent] = field(default_factory=list)
    name: str = ""
    ignored: int = 0  # components other than VEVENT (to-dos, journals)
    notes: list[ReadNote] = field(default_factory=list)


def _lines(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:5])
    return shown + (", …" if len(numbers) > 5 else "")


def _limit_error(line: int) -> ImportFileError:
    return ImportFileError(_(
        "Line {line}: the file would create more than {MAX_EVENTS} events (counting the occurrences of recurring "
        "events); the planner does not import that many at once. Split the calendar or shorten the period. Nothing "
        "was written."
    ).format(line=line, MAX_EVENTS=format_integer(MAX_EVENTS)))


class _Reader:
    def __init__(self, cal: Comp, now: dt.datetime, notes: list[ReadNote],
                 cancel: Callable[[], bool] | None = None) -> None:
        self.cal = cal
        self.notes = notes
        self.zones = _Zones(cal, notes)
        self.now = now
        self.horizon = (now - dt.timedelta(days=RECURRENCE_PAST_DAYS),
                        now + dt.timedelta(days=RECURRENCE_FUTURE_DAYS))
        self.cancel = cancel
        self.derived: list[int] = []
        self.html: list[int] = []
        self.outside_overrides: list[int] = []
        self.count = 0

    def tick(self) -> None:
        self.count += 1
        if self.cancel is not None and self.count % 64 == 0 and self.cancel():
            raise ImportCancelled(_("The import was cancelled; nothing was written."))

    def uid_of(self, comp: Comp) -> str:
        uid = comp.text("UID")
        if uid:
            return uid
        self.derived.append(comp.line)
        return derived_uid(comp)

    def read(self) -> list[IncomingEvent]:
        comps = [c for c in self.cal.subs if c.name == "VEVENT"]
        if len(comps) > MAX_EVENTS:
            raise _limit_error(comps[MAX_EVENTS].line)
        masters: dict[str, Comp] = {}
        overrides: dict[str, list[Comp]] = {}
        plain: list[Comp] = []
        for comp in comps:
            uid = self.uid_of(comp)
            if "RECURRENCE-ID" in comp.props:
                overrides.setdefault(uid, []).append(comp)
            elif "RRULE" in comp.props or "RDATE" in comp.props:
                if uid in masters:
                    plain.append(comp)  # a second master with the same UID: reported as a duplicate UID
                else:
                    masters[uid] = comp
            else:
                plain.append(comp)
        out: list[IncomingEvent] = []

        def add(comp: Comp, produce: Callable[[], list[IncomingEvent]]) -> None:
            self.tick()
            out.extend(self.guard(comp, produce))
            if len(out) > MAX_EVENTS:
                raise _limit_error(comp.line)

        def single(comp: Comp) -> list[IncomingEvent]:
            return [self.single(comp, self.uid_of_known(comp))]

        for comp in plain:
            add(comp, partial(single, comp))
        for uid, comp in masters.items():
            add(comp, partial(self.expand, uid, comp, overrides.pop(uid, [])))
        for uid, items in overrides.items():  # overrides whose master is not in the file
            for comp in items:
                add(comp, partial(self.orphan, uid, comp))
        self.summarise(len(comps))
        out.sort(key=lambda e: (e.line, e.start))
        return out

    def uid_of_known(self, comp: Comp) -> str:
        return _stable_uid(comp.text("UID") or derived_uid(comp))

    def summarise(self, components: int) -> None:
        if not components and not any(c.name in ("VTODO", "VJOURNAL") for c in self.cal.subs):
            self.notes.append(ReadNote(0, _("the file holds no event (VEVENT)."), skipped=True))
        if self.derived:
            n = len(self.derived)
            self.notes.append(ReadNote(self.derived[0], _(
                "events without UID: {n} (lines {lines}); a UID is derived from DTSTART, SUMMARY and LOCATION, so "
                "importing the file again finds them."
            ).format(n=n, lines=_lines(self.derived))))
        if self.html:
            self.notes.append(ReadNote(self.html[0], _(
                "HTML descriptions: {len} (lines {lines}); turned into plain text, links kept as addresses."
            ).format(len=len(self.html), lines=_lines(self.html))))
        if self.outside_overrides:
            lo, hi = (format_date(d.astimezone(PRAGUE).date()) for d in self.horizon)
            self.notes.append(ReadNote(self.outside_overrides[0], _(
                "changed occurrences (RECURRENCE-ID) outside the period {lo} – {hi} that the import takes: {len} "
                "(lines {lines})."
            ).format(lo=lo, hi=hi, len=len(self.outside_overrides), lines=_lines(self.outside_overrides)),
                skipped=True))

    def guard(self, comp: Comp, produce: Callable[[], list[IncomingEvent]]) -> list[IncomingEvent]:
        """Return what ``produce`` reads from one component, or one skipped event naming the bad line."""
        try:
            return produce()
        except _EventError as exc:
            line, text = (exc.prop.line if exc.prop is not None else comp.line), exc.text
        except RuleError as exc:
            rule = comp.first("RRULE")
            line, text = (rule.line if rule is not None else comp.line), exc.text
        except (OverflowError, ValueError) as exc:  # date arithmetic past year 9999 or before year 1
            log.debug("date arithmetic failed at line %s", comp.line, exc_info=True)
            err = _out_of_range(None, "DTSTART/DTEND/DURATION")
            del exc
            line, text = comp.line, err.text
        return [self.skipped(comp, line, text)]

    def skipped(self, comp: Comp, line: int, text: str) -> IncomingEvent:
        title = comp.text("SUMMARY").replace("\n", " ")[:300]
        return IncomingEvent(uid=self.uid_of_known(comp), title=title, start=self.now, end=self.now,
                             line=line, problem=text)

    def in_window(self, value: dt.datetime | dt.date) -> bool:
        instant = value if isinstance(value, dt.datetime) else local_midnight(value)
        return self.horizon[0] - dt.timedelta(days=1) <= instant.astimezone(UTC) <= self.horizon[1]

    def orphan(self, uid: str, comp: Comp) -> list[IncomingEvent]:
        rid = _when(comp, "RECURRENCE-ID", self.zones)
        assert rid is not None
        start = _when(comp, "DTSTART", self.zones) or rid
        if not (self.in_window(start) or self.in_window(rid)):
            self.outside_overrides.append(comp.line)
            return []
        return [self.single(comp, _stable_uid(uid, _rid_key(rid)))]

    def sequence(self, comp: Comp) -> int:
        prop = comp.first("SEQUENCE")
        if prop is None:
            return 0
        text = prop.value.strip()
        digits = text.lstrip("+-")
        if not digits.isdigit():
            return 0  # unreadable: as if absent, like Outlook
        value = int(text) if len(digits) <= 12 else MAX_SEQUENCE + 1
        if value > MAX_SEQUENCE:
            raise _EventError(prop, _(
                "SEQUENCE {text} is too large (at most {MAX_SEQUENCE})."
            ).format(text=text[:30], MAX_SEQUENCE=MAX_SEQUENCE))
        return max(0, value)

    def description(self, comp: Comp) -> str:
        text = comp.text("DESCRIPTION")
        if "X-OPAVA-DESCRIPTION" in comp.props:
            return comp.text("X-OPAVA-DESCRIPTION")
        alt = comp.first("X-ALT-DESC")
        if not text and alt is not None and "html" in alt.params.get("FMTTYPE", "").lower():
            text = comp.text("X-ALT-DESC")
        if looks_like_html(text):
            self.html.append(comp.line)
            text = html_to_text(text)
        if len(text) > DESCRIPTION_MAX:
            text = text[: DESCRIPTION_MAX - 1].rstrip() + "…"
        return text

    def single(self, comp: Comp, uid: str,
               start: dt.datetime | dt.date | None = None, end: dt.datetime | dt.date | None = None,
               status: EventStatus | None = None) -> IncomingEvent:
        title = comp.text("SUMMARY").replace("\n", " ")[:300].strip()
        duration = None
        if start is None:
            start = _when(comp, "DTSTART", self.zones)
            end = _when(comp, "DTEND", self.zones)
            dur = comp.first("DURATION")
            if end is None and dur is not None:
                duration = self.optional_duration(dur)
        if start is None:
            return IncomingEvent(uid=uid, title=title, start=self.now, end=self.now, line=comp.line,
                                 problem=_("no start (DTSTART)"))
        problem = "" if title else _("no title (SUMMARY)")
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
        tickets = comp.opt_text("X-OPAVA-TICKETS")
        return IncomingEvent(
            uid=uid,
            title=title,
            start=s,
            end=e,
            all_day=all_day,
            sequence=self.sequence(comp),
            status=status,
            location=" ".join(comp.text("LOCATION").split()),
            venue_name=comp.opt_text("X-OPAVA-VENUE"),
            series_name=comp.opt_text("X-OPAVA-SERIES"),
            category=EventCategory(cat) if cat in EventCategory._value2member_map_ else None,
            public={"TRUE": True, "FALSE": False}.get(comp.text("X-OPAVA-PUBLIC").upper()),
            description=self.description(comp),
            ticket_info=tickets[:500] if tickets is not None else None,
            internal_notes=comp.opt_text("X-OPAVA-INTERNAL-NOTES"),
            url=url if len(url) <= 500 else "",
            last_modified=_utc_or_none(comp, "LAST-MODIFIED", self.zones),
            created=_utc_or_none(comp, "CREATED", self.zones),
            line=comp.line,
            problem=problem,
        )

    def optional_duration(self, prop: Prop) -> _Duration | None:
        """Return the DURATION, or None (noted) when it is unreadable: the event then lasts an hour."""
        try:
            return _duration(prop)
        except _RangeError:
            raise
        except _EventError as exc:
            self.notes.append(ReadNote(prop.line, _(
                "{text} Left out; the event lasts an hour (all-day: a day)."
            ).format(text=exc.text), skipped=True))
            return None

    def rules(self, comp: Comp, start: dt.datetime | dt.date) -> list[Rule]:
        zone = start.tzinfo if isinstance(start, dt.datetime) else None
        out: list[Rule] = []
        for prop in comp.all("RRULE"):
            try:
                out.append(Rule(prop.value, zone))
            except RuleError as exc:
                if not exc.fatal:
                    self.notes.append(ReadNote(prop.line, _(
                        "{text} Left out; the event does not repeat by this rule."
                    ).format(text=exc.text), skipped=True))
                    continue
                raise _EventError(prop, exc.text) from None
        return out

    def expand(self, uid: str, comp: Comp, overrides: list[Comp]) -> list[IncomingEvent]:
        """Expand RRULE/RDATE into single events within the horizon; EXDATEs come cancelled."""
        start = _when(comp, "DTSTART", self.zones)
        if start is None:
            return [self.single(comp, _stable_uid(uid))]
        rules = self.rules(comp, start)
        rdates = _dates(comp, "RDATE", self.zones, self.notes)
        if not rules and not rdates:  # nothing usable repeats it: a single event
            return [self.single(comp, _stable_uid(uid))] + [o for ov in overrides for o in self.orphan(uid, ov)]
        end = _when(comp, "DTEND", self.zones)
        dur = comp.first("DURATION")
        duration = self.optional_duration(dur) if end is None and dur is not None else None
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
        excluded = {_rid_key(_like(x, start)) for x in _dates(comp, "EXDATE", self.zones, self.notes)}
        by_rid: dict[str, Comp] = {}
        for o in overrides:
            try:
                rid = _when(o, "RECURRENCE-ID", self.zones)
            except _EventError as exc:
                self.notes.append(ReadNote(exc.prop.line if exc.prop else o.line, _(
                    "{text} The changed occurrence is left out."
                ).format(text=exc.text),
                    skipped=True))
                continue
            if rid is not None:
                by_rid[_rid_key(_like(rid, start))] = o
        occurrences = self._occurrences(comp, start, rules, rdates)
        out: list[IncomingEvent] = []
        for occ in occurrences:
            self.tick()
            key = _rid_key(occ)
            derived = _stable_uid(uid, key)
            if key in by_rid:
                out.append(self.single(by_rid.pop(key), derived))
                continue
            status = EventStatus.CANCELLED if key in excluded else None
            occ_end = _add_duration(occ, duration) if duration is not None else _add_exact(occ, length)
            out.append(self.single(comp, derived, occ, occ_end, status))
        for key, o in by_rid.items():  # overrides of occurrences outside the rule or the window
            out.extend(self.orphan(uid, o))
        if not occurrences:
            lo, hi = (format_date(d.astimezone(PRAGUE).date()) for d in self.horizon)
            self.notes.append(ReadNote(comp.line, _(
                "the recurring event “{text}” has no occurrence in the period {lo} – {hi} (the import takes "
                "occurrences from a year back to two years ahead)."
            ).format(text=comp.text('SUMMARY')[:60], lo=lo, hi=hi), skipped=True))
        return out

    def _occurrences(self, comp: Comp, start: dt.datetime | dt.date, rules: list[Rule],
                     rdates: list[dt.datetime | dt.date]) -> list[dt.datetime | dt.date]:
        """Return occurrence starts within the horizon (EXDATE'd ones included), wall-clock exact."""
        lo, hi = self.horizon
        timed = isinstance(start, dt.datetime)
        zone = start.tzinfo if isinstance(start, dt.datetime) else None
        naive_start = start.replace(tzinfo=None) if isinstance(start, dt.datetime) else dt.datetime.combine(
            start, dt.time(0))
        lo_naive = (lo.astimezone(zone) if zone else lo).replace(tzinfo=None) - dt.timedelta(days=1)
        hi_naive = (hi.astimezone(zone) if zone else hi).replace(tzinfo=None)
        found: set[dt.datetime] = set()
        if lo_naive <= naive_start <= hi_naive:
            found.add(naive_start)
        for rule in rules:
            found.update(rule.occurrences(naive_start, lo_naive, hi_naive, MAX_OCCURRENCES + 1))
        for d in rdates:
            d = _like(d, start)
            if isinstance(d, dt.datetime):
                naive = d.astimezone(zone).replace(tzinfo=None) if zone else d.replace(tzinfo=None)
            else:
                naive = dt.datetime.combine(d, dt.time(0))
            if lo_naive <= naive <= hi_naive:
                found.add(naive)
        ordered = sorted(found)
        if len(ordered) > MAX_OCCURRENCES:
            ordered = ordered[:MAX_OCCURRENCES]
            self.notes.append(ReadNote(comp.line, _(
                "the recurring event “{text}” has more than {MAX_OCCURRENCES} occurrences in the period; the first "
                "{MAX_OCCURRENCES} are taken."
            ).format(text=comp.text('SUMMARY')[:60], MAX_OCCURRENCES=MAX_OCCURRENCES), skipped=True))
        return [occ.replace(tzinfo=zone) if timed else occ.date() for occ in ordered]


def _like(value: dt.datetime | dt.date, start: dt.datetime | dt.date) -> dt.datetime | dt.date:
    """Return EXDATE/RDATE/RECURRENCE-ID in the kind of DTSTART (date or time)."""
    if isinstance(start, dt.datetime) and not isinstance(value, dt.datetime):
        return dt.datetime.combine(value, start.timetz())
    if not isinstance(start, dt.datetime) and isinstance(value, dt.datetime):
        return value.date()
    return value


# --------------------------------------------------------------------------- entry points


def read_ics_file(path: str | Path) -> bytes:
    """Read a file to import, refusing ones that are too large to be a calendar."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError(
                _(
                    "{name}: the file is too large ({size_1024_1024} MB, at most {max_file_bytes_1024_1024} MB); "
                    "it is not a calendar."
                ).format(
                    name=p.name,
                    size_1024_1024=size // (1024 * 1024),
                    max_file_bytes_1024_1024=MAX_FILE_BYTES // (1024 * 1024),
                )
            )
        return p.read_bytes()
    except OSError as exc:
        raise ImportFileError(
            _("{p}: cannot read the file ({strerror}).").format(p=p, strerror=exc.strerror)
        ) from exc


def parse_calendar(data: bytes, *, now: dt.datetime | None = None,
                   cancel: Callable[[], bool] | None = None) -> ParsedCalendar:
    """Parse .ics bytes into single events (times in UTC) and notes, or raise ImportFileError.

    ``cancel`` is polled now and then; when it returns True, ImportCancelled is raised.
    """
    if len(data) > MAX_FILE_BYTES:
        raise ImportFileError(_(
            "The file is too large (at most {max_file_bytes_1024_1024} MB); it is not a calendar."
        ).format(max_file_bytes_1024_1024=MAX_FILE_BYTES // (1024 * 1024)))
    notes: list[ReadNote] = []
    text = decode(data, notes)
    if text.upper().count("BEGIN:VEVENT") > MAX_EVENTS:  # before any parsing
        raise ImportFileError(_(
            "The file holds more than {MAX_EVENTS} events; the planner does not import that many at once. Nothing "
            "was written."
        ).format(MAX_EVENTS=format_integer(MAX_EVENTS)))
    cal = parse_components(text, notes)
    if cancel is not None and cancel():
        raise ImportCancelled(_("The import was cancelled; nothing was written."))
    events = _Reader(cal, (now or dt.datetime.now(UTC)).astimezone(UTC), notes, cancel).read()
    ignored = sum(1 for c in cal.subs if c.name in ("VTODO", "VJOURNAL"))
    notes.sort(key=lambda n: n.line)
    return ParsedCalendar(events, cal.text("X-WR-CALNAME"), ignored, notes)


__all__ = ["ParsedCalendar", "ReadNote", "ImportCancelled", "parse_calendar", "read_ics_file",
           "parse_components", "unescape", "derived_uid", "MAX_FILE_BYTES", "MAX_EVENTS",
           "RECURRENCE_PAST_DAYS", "RECURRENCE_FUTURE_DAYS", "MAX_OCCURRENCES", "MAX_SEQUENCE",
           "MAX_INTERVAL", "DESCRIPTION_MAX"]
