"""The month's culture calendar for the city newsletter Hláska, as the press office lays it out.

One line per item grouped by day under Czech weekday headings ("pátek 8. ledna"), e.g.
"19.00 Kostel sv. Václava: Adventní koncert (vážná hudba)"; exhibitions in a block of their own;
the programme of a festival, competition or market as a block. Built from the *released*
programme (services.releases), so nothing unannounced is printed. Rendering (DOCX, text, CSV) is
planner.formats.hlaska. No Qt.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from planner.formats.ical import one_line
from planner.formats.labels import label
from planner.models.enums import EventCategory, SeriesKind
from planner.services._common import SM
from planner.services.dto import EventRow
from planner.services.releases import released_events
from planner.services.series import list_series
from planner.services.text import czech_sort_key
from planner.services.timeutil import format_date, local, local_midnight

WEEKDAYS = ("pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle")
MONTHS_GENITIVE = ("ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září",
                   "října", "listopadu", "prosince")
MONTHS = ("leden", "únor", "březen", "duben", "květen", "červen", "červenec", "srpen", "září", "říjen",
          "listopad", "prosinec")
BLOCK_KINDS = (SeriesKind.FESTIVAL, SeriesKind.COMPETITION, SeriesKind.MARKET)
MARKS = {"new": "NOVĚ", "changed": "ZMĚNA", "cancelled": "ZRUŠENO"}


def day_heading(day: dt.date) -> str:
    """Return the Czech day heading: 'pátek 8. ledna'."""
    return f"{WEEKDAYS[day.weekday()]} {day.day}. {MONTHS_GENITIVE[day.month - 1]}"


def month_title(year: int, month: int) -> str:
    return f"{MONTHS[month - 1]} {year}"


def hlaska_time(value: dt.datetime) -> str:
    """Return the newspaper's time style: '19.00', '9.30'."""
    t = local(value)
    return f"{t.hour}.{t.minute:02d}"


def short_venue(name: str | None) -> str:
    """Return the venue's short name for print: 'Kostel sv. Václava (Dům umění)' -> 'Kostel sv. Václava'.

    The part in brackets and the part after a dash name a room or the building around it; a reader of
    the newsletter knows the place by its first part.
    """
    if not name:
        return ""
    text = re.sub(r"\s*\([^)]*\)", "", name)
    text = re.split(r"\s+[–-]\s+", text)[0]
    return text.strip() or name


def _short_date(day: dt.date) -> str:
    return f"{day.day}. {day.month}."


@dataclass(frozen=True)
class Line:
    uid: str
    day: dt.date
    time: str  # '' for all-day items
    venue: str
    title: str
    genre: str
    mark: str = ""  # '', 'new', 'changed', 'cancelled' (against the previous export)

    @property
    def text(self) -> str:
        """Return the printed line: '19.00 Kostel sv. Václava: Adventní koncert (vážná hudba)'."""
        head = " ".join(p for p in (self.time, self.venue) if p)
        body = f"{self.title} ({self.genre})" if self.genre else self.title
        return f"{head}: {body}" if head else body


@dataclass(frozen=True)
class Day:
    day: dt.date
    heading: str
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class Block:
    """A festival's (competition's, market's) programme within the month."""

    title: str
    dates: str
    days: tuple[Day, ...]


@dataclass(frozen=True)
class HlaskaCalendar:
    year: int
    month: int
    days: tuple[Day, ...]
    exhibitions: tuple[Line, ...]
    blocks: tuple[Block, ...]
    removed: tuple[Line, ...] = ()  # printed last time, no longer in the programme (when marking)

    @property
    def title(self) -> str:
        return f"Kulturní kalendář – {month_title(self.year, self.month)}"

    def all_lines(self) -> list[tuple[str, Line]]:
        """Return (block name, line) for every line: '' for the daily list, 'Výstavy', a festival title."""
        out = [("", ln) for d in self.days for ln in d.lines]
        out += [("Výstavy", ln) for ln in self.exhibitions]
        out += [(b.title, ln) for b in self.blocks for d in b.days for ln in d.lines]
        return out

    def state(self) -> dict[str, str]:
        """Return UID -> printed text: what the next export compares with to mark changes."""
        return {ln.uid + "@" + ln.day.isoformat(): ln.text for _, ln in self.all_lines()}


def _group(lines: Sequence[Line]) -> tuple[Day, ...]:
    by_day: dict[dt.date, list[Line]] = defaultdict(list)
    for ln in lines:
        by_day[ln.day].append(ln)
    return tuple(Day(d, day_heading(d), tuple(sorted(v, key=lambda x: (x.time == "", _time_key(x.time),
                                                                        czech_sort_key(x.title)))))
                 for d, v in sorted(by_day.items()))


def _time_key(text: str) -> tuple[int, int]:
    if not text:
        return (99, 0)
    h, m = text.split(".")
    return (int(h), int(m))


def _block_title(umbrella: EventRow) -> str:
    """Return a block's heading: the edition's title, led by its series unless it already says it."""
    series = short_venue(umbrella.series_name) if umbrella.series_name else ""
    if not series or series.lower() in umbrella.title.lower():
        return umbrella.title
    return f"{series}: {umbrella.title}"


def build(rows: Sequence[EventRow], year: int, month: int, *, series_kinds: Mapping[int, SeriesKind],
          previous: Mapping[str, str] | None = None) -> HlaskaCalendar:
    """Return the month's calendar from released events (pure: testable without a database)."""
    first = dt.date(year, month, 1)
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    start, end = local_midnight(first), local_midnight(last + dt.timedelta(days=1))
    by_id = {r.id: r for r in rows}
    umbrella_ids = {r.parent_id for r in rows if r.parent_id is not None}
    daily: list[Line] = []
    exhibitions: list[Line] = []
    block_lines: dict[int, list[Line]] = defaultdict(list)
    for r in rows:
        if r.end <= start or r.start >= end or r.cancelled or r.id in umbrella_ids:
            continue
        day = max(r.first_day, first)
        title = one_line(r.title)  # Word files and layout programs take no control characters
        line = Line(r.uid, day, "" if r.all_day else hlaska_time(r.start), one_line(short_venue(r.venue_name)), title,
                    "" if r.category is EventCategory.EXHIBITION else label(r.category))
        parent = by_id.get(r.parent_id) if r.parent_id is not None else None
        if r.category is EventCategory.EXHIBITION:
            span = f"{_short_date(r.first_day)} – {_short_date(r.last_day)}" if r.first_day != r.last_day else ""
            exhibitions.append(Line(r.uid, day, "", line.venue, title + (f" ({span})" if span else ""), ""))
        elif parent is not None and parent.series_id is not None \
                and series_kinds.get(parent.series_id) in BLOCK_KINDS:
            block_lines[parent.id].append(line)
        else:
            daily.append(line)

    def marked(lines: list[Line]) -> list[Line]:
        if previous is None:
            return lines
        out = []
        for ln in lines:
            before = previous.get(ln.uid + "@" + ln.day.isoformat())
            mark = "new" if before is None else "changed" if before != ln.text else ""
            out.append(Line(ln.uid, ln.day, ln.time, ln.venue, ln.title, ln.genre, mark))
        return out

    daily, exhibitions = marked(daily), marked(exhibitions)
    blocks = []
    for pid, lines in sorted(block_lines.items(), key=lambda kv: by_id[kv[0]].start):
        p = by_id[pid]
        dates = f"{_short_date(p.first_day)} – {format_date(p.last_day)}"
        blocks.append(Block(_block_title(p), dates, _group(marked(lines))))
    built = HlaskaCalendar(year, month, _group(daily), tuple(sorted(exhibitions, key=lambda x: czech_sort_key(
        x.venue + x.title))), tuple(blocks))
    removed: tuple[Line, ...] = ()
    if previous is not None:
        now = built.state()
        removed = tuple(Line(key.split("@")[0], dt.date.fromisoformat(key.rsplit("@", 1)[1]), "", "", text, "",
                             "cancelled") for key, text in previous.items() if key not in now)
    return HlaskaCalendar(built.year, built.month, built.days, built.exhibitions, built.blocks, removed)


def month_calendar(sm: SM, year: int, month: int, *, previous: Mapping[str, str] | None = None) -> HlaskaCalendar:
    """Return the Hláska calendar of a month from the released programme."""
    kinds = {s.id: s.kind for s in list_series(sm)}
    since = local_midnight(dt.date(year, month, 1))
    return build(released_events(sm, since=since), year, month, series_kinds=kinds, previous=previous)


def deadline(year: int, month: int, deadline_day: int) -> dt.date:
    """Return the press office's deadline for a month: ``deadline_day`` of the month before."""
    prev_year, prev_month = (year - 1, 12) if month == 1 else (year, month - 1)
    return dt.date(prev_year, prev_month, min(max(deadline_day, 1), calendar.monthrange(prev_year, prev_month)[1]))


def due_month(today: dt.date, deadline_day: int, *, warn_days: int = 14) -> tuple[int, int, dt.date] | None:
    """Return (year, month, deadline) of the calendar that is due within ``warn_days``, else None."""
    year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    for y, m in ((today.year, today.month), (year, month)):
        d = deadline(y, m, deadline_day)
        if today <= d <= today + dt.timedelta(days=warn_days):
            return y, m, d
    return None


__all__ = ["Block", "Day", "HlaskaCalendar", "Line", "MARKS", "build", "day_heading", "deadline", "due_month",
           "hlaska_time", "month_calendar", "month_title", "short_venue"]
