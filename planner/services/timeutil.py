"""Time conventions: events happen in Europe/Prague, instants are stored in UTC."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from zoneinfo import ZoneInfo

PRAGUE = ZoneInfo("Europe/Prague")
UTC = dt.timezone.utc


def to_utc(value: dt.datetime) -> dt.datetime:
    """Return an aware datetime in UTC; naive values are refused."""
    if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
        raise ValueError(f"naive datetime {value!r}")
    return value.astimezone(UTC)


def local(value: dt.datetime) -> dt.datetime:
    """Return the instant as Europe/Prague wall-clock time."""
    return to_utc(value).astimezone(PRAGUE)


def prague(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    """Return the UTC instant of a Prague wall-clock time (fold=0 on the repeated hour)."""
    return dt.datetime(year, month, day, hour, minute, tzinfo=PRAGUE).astimezone(UTC)


@lru_cache(maxsize=4096)
def local_midnight(day: dt.date) -> dt.datetime:
    """Return the UTC instant of Prague midnight starting ``day`` (cached: the views ask per event and day)."""
    return dt.datetime.combine(day, dt.time(0), tzinfo=PRAGUE).astimezone(UTC)


def day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """Return the UTC instants bounding the Prague day (23, 24 or 25 hours long)."""
    return local_midnight(day), local_midnight(day + dt.timedelta(days=1))


def range_bounds(first: dt.date, last: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """Return the UTC instants bounding the inclusive Prague day range."""
    return local_midnight(first), local_midnight(last + dt.timedelta(days=1))


def all_day_span(first_day: dt.date, last_day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """Return start/end instants of an all-day event over inclusive local days."""
    return range_bounds(first_day, last_day)


def first_last_day(start: dt.datetime, end: dt.datetime) -> tuple[dt.date, dt.date]:
    """Return the inclusive local days an event covers (an end at midnight is exclusive).

    Called for every event shown on each calendar step: one conversion per value,
    no intermediate UTC copies.
    """
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError(f"naive datetime {start!r} or {end!r}")
    s = start.astimezone(PRAGUE)
    e = end.astimezone(PRAGUE)
    first, last = s.date(), e.date()
    if not (e.hour or e.minute or e.second or e.microsecond) and e > s:
        last -= _ONE_DAY
    return first, max(first, last)


_ONE_DAY = dt.timedelta(days=1)


def format_date(day: dt.date) -> str:
    """Czech date format: 26. 11. 2026."""
    return f"{day.day}. {day.month}. {day.year}"


def format_time(value: dt.datetime) -> str:
    """Czech time format in Prague time: 9:05."""
    t = local(value)
    return f"{t.hour}:{t.minute:02d}"


def parse_date(text: str, reference: dt.date | None = None) -> dt.date:
    """Parse a date as Czech office workers type it; raise ValueError when it is none.

    ISO (2026-11-26); Czech with or without spaces (26. 11. 2026, 26.11.2026); a two-digit
    year (26.11.26 is 2026); no year (26.11. or 26.11, in ``reference``'s year); a day alone
    (26, in ``reference``'s month); digits only (26112026, 261126). Without ``reference``
    the forms that need one are refused.
    """
    s = text.strip()
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        pass
    compact = s.replace(" ", "").replace("/", ".")
    if compact.isdigit() and len(compact) in (6, 8):
        parts = [compact[:2], compact[2:4], compact[4:]]
    else:
        parts = [p for p in compact.split(".") if p]
    if not parts or len(parts) > 3 or not all(p.isdigit() for p in parts) or compact.startswith("."):
        raise ValueError(f"not a date: {text!r}")
    numbers = [int(p) for p in parts]
    day = numbers[0]
    if len(numbers) > 2:
        month, year = numbers[1], numbers[2]
    elif reference is None:
        raise ValueError(f"not a date: {text!r}")
    else:
        month = numbers[1] if len(numbers) > 1 else reference.month
        year = reference.year
    if len(numbers) > 2 and len(parts[2]) not in (2, 4):
        raise ValueError(f"not a date: {text!r}")
    if year < 100:
        year += 2000
    return dt.date(year, month, day)


def next_full_hour(now: dt.datetime) -> dt.datetime:
    """Return the UTC instant of the next full hour after ``now`` (aware).

    Works on the UTC instant: Prague offsets are whole hours, so a full UTC hour is a full
    Prague hour, also in the night the clocks change (at 2:30 CEST on 25 Oct the next one is
    2:00 CET, one real hour later, not 3:00 CET two hours later).
    """
    t = to_utc(now)
    return t.replace(minute=0, second=0, microsecond=0) + dt.timedelta(hours=1)


def from_local(day: dt.date, time: dt.time, *, fold: int = 0) -> dt.datetime:
    """Return the UTC instant of a Prague wall-clock date and time.

    Raise ValueError for a time that does not exist (the spring-forward gap, e.g.
    29. 3. 2026 2:30). On the repeated autumn hour ``fold`` picks the first (0) or the
    second (1) occurrence.
    """
    wall = dt.datetime.combine(day, time.replace(tzinfo=None), tzinfo=PRAGUE).replace(fold=fold)
    instant = wall.astimezone(UTC)
    back = instant.astimezone(PRAGUE)
    if (back.date(), back.time()) != (wall.date(), wall.time().replace(fold=0)):
        raise ValueError(f"{format_date(day)} {time.hour}:{time.minute:02d} does not exist in Prague (clocks go forward)")
    return instant


def shift_days(instant: dt.datetime, days: int) -> dt.datetime:
    """Move an instant by whole local days keeping its wall-clock time (DST-safe).

    A time that falls into the spring-forward gap on the target day raises ValueError
    (see from_local); the repeated autumn hour keeps its first/second occurrence.
    """
    wall = local(instant)
    return from_local(wall.date() + dt.timedelta(days=days), wall.time(), fold=wall.fold)
