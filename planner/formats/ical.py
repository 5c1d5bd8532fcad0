"""iCalendar (RFC 5545) export for Outlook and others, and parsing of files to import. No Qt.

Export follows what Microsoft documents for Outlook (MS-OXCICAL, MS-STANOICAL):
METHOD:PUBLISH, one VTIMEZONE for Europe/Prague written as a yearly STANDARD/
DAYLIGHT RRULE pair (Outlook ignores RDATE lists), TZID on every timed value,
all-day events as VALUE=DATE with an exclusive DTEND and the X-MICROSOFT-CDO
properties, stable UIDs, SEQUENCE from the database. The data model stores single
events, so no RRULE is written. X-OPAVA-* properties carry the fields that have
no standard property so that our own files round-trip; other clients ignore them.

Reading files to import is in planner.formats.ical_reader (parse_calendar and
read_ics_file are re-exported here); writing them to the database is
planner.services.ical_import.import_events (one transaction).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass

from icalendar import Calendar, Component, Timezone, vDuration, vText
from icalendar import Event as VEvent

from planner.formats.ical_reader import MAX_FILE_BYTES, ParsedCalendar, parse_calendar, read_ics_file
from planner.formats.labels import title_label
from planner.i18n import _
from planner.models.enums import EventStatus
from planner.services.dto import EventRow
from planner.services.timeutil import PRAGUE, UTC

log = logging.getLogger(__name__)

PRODID = "-//Statutarni mesto Opava//Planovac akci//CS"
TZID = "Europe/Prague"

_STATUS_OUT = {
    EventStatus.CONFIRMED: "CONFIRMED",
    EventStatus.PLANNED: "TENTATIVE",
    EventStatus.DRAFT: "TENTATIVE",
    EventStatus.CANCELLED: "CANCELLED",
}


# Line breaks of every kind become an escaped newline; other control characters are dropped
# (RFC 5545 3.3.11 allows none in TEXT). A lone CR written raw ends the line for most readers,
# so a title like "x\rBEGIN:VEVENT" would inject an event (issue 14, item 6).
_BREAKS = re.compile(r"\r\n|[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")


def safe_text(value: str) -> str:
    """Return text with every line break as LF and no other control character (tabs kept)."""
    return _CONTROLS.sub("", _BREAKS.sub("\n", value))


def one_line(value: str) -> str:
    """Return text for a value that must stay on one line (UID, URL, categories): breaks become spaces."""
    return safe_text(value).replace("\n", " ")


class _Text(vText):
    """TEXT escaped exactly per RFC 5545 3.3.11 (icalendar turns a literal backslash-N into a newline)."""

    def to_ical(self) -> bytes:
        s = safe_text(str(self)).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
        return s.replace("\n", "\\n").encode("utf-8")


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
    address = row.venue_address or ""
    if address.startswith(row.venue_name):
        # A square's street is its own name: "Dolní náměstí, 746 01 Opava", not the name twice.
        address = address[len(row.venue_name):].lstrip(", ")
    return f"{row.venue_name}, {address}" if address else row.venue_name


def description_text(row: EventRow, options: ExportOptions) -> str:
    """Return DESCRIPTION: the event's text, then its programme details, one per line."""
    lines: list[str] = []
    if row.performers:
        names = ", ".join(f"{p.name} ({p.role})" if p.role else p.name for p in row.performers)
        lines.append(_("Performers: {names}").format(names=names))
    if row.series_name:
        lines.append(_("Series: {series}").format(series=row.series_name))
    if row.ticket_info:
        lines.append(_("Tickets: {tickets}").format(tickets=row.ticket_info))
    if options.include_responsible and row.staff_name:
        who = row.staff_name
        if options.include_internal and row.staff_email:
            who += f" <{row.staff_email}>"
        lines.append(_("Responsible: {who}").format(who=who))
    if options.include_internal and row.internal_notes:
        lines.append(_("Internal notes: {notes}").format(notes=row.internal_notes))
    parts = [p for p in (row.description, "\n".join(lines)) if p]
    return "\n\n".join(parts)


def event_component(row: EventRow, options: ExportOptions, stamp: dt.datetime) -> VEvent:
    """Return the VEVENT of one event."""
    ev = VEvent()
    ev.add("uid", _Text(one_line(row.uid)))
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
    cats = [one_line(c) for c in (row.series_name, title_label(row.category)) if c]
    ev.add("categories", cats)
    if row.url:
        ev.add("url", one_line(row.url).replace(" ", "%20"))
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


EventCache = dict[tuple[int, bool, bool], bytes]
_END = b"END:VCALENDAR\r\n"


def export_calendar(events: Iterable[EventRow], options: ExportOptions, *, now: dt.datetime | None = None,
                    cache: EventCache | None = None) -> bytes:
    """Return the .ics bytes: UTF-8 without BOM, CRLF line ends, folded at 75 octets.

    Each VEVENT is serialised on its own and appended to the calendar's header
    (the same bytes icalendar writes for the whole tree). ``cache`` lets several
    files written at once (the feeds) serialise an event once per variant.
    """
    stamp = (now or dt.datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    head: bytes = build_calendar((), options, now=stamp).to_ical()
    assert head.endswith(_END)
    parts = [head[: -len(_END)]]
    for row in events:
        key = (row.id, options.include_internal, options.include_responsible)
        data = cache.get(key) if cache is not None else None
        if data is None:
            data = event_component(row, options, stamp).to_ical()
            if cache is not None:
                cache[key] = data
        parts.append(data)
    parts.append(_END)
    return b"".join(parts)


# --------------------------------------------------------------------------- import
# Reading lives in ical_reader (its own fast content-line parser); re-exported here.

__all__ = [
    "ExportOptions", "ParsedCalendar", "build_calendar", "export_calendar", "parse_calendar",
    "read_ics_file", "prague_vtimezone", "description_text", "location_text",
    "MAX_FILE_BYTES",
]
