"""Expanding one RRULE within the import window at a cost bounded by what is kept. No Qt.

A rule is expanded by dateutil, but never from a DTSTART decades before the window:
a rule that steps by a fixed time (SECONDLY to WEEKLY) starts at the last step before
the window, found arithmetically, and its COUNT is reduced by the occurrences jumped
over (computed exactly from one period of the rule's pattern); MONTHLY and YEARLY rules
without COUNT jump by whole years the same way. Expansion stops at the end of the
window (UNTIL is capped there, so a rule that never matches ends too) and after
``limit`` occurrences. What still cannot be bounded (a COUNT together with month or
ordinal day filters, walking more than MAX_WALK occurrences before the window) raises
RuleError; so do values outside the documented limits (INTERVAL 1 to MAX_INTERVAL).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import re
import threading
import types
import warnings
from collections.abc import Iterator

from dateutil import rrule as du
from planner.i18n import _


MAX_INTERVAL = 10_000
MAX_COUNT = 1_000_000_000
MAX_WALK = 100_000  # occurrences a rule may produce before the window when no jump is possible
MAX_PATTERN = 50_000  # occurrences of one pattern period counted to correct COUNT after a jump

_FREQS = {"YEARLY": du.YEARLY, "MONTHLY": du.MONTHLY, "WEEKLY": du.WEEKLY, "DAILY": du.DAILY,
          "HOURLY": du.HOURLY, "MINUTELY": du.MINUTELY, "SECONDLY": du.SECONDLY}
_STEP = {du.SECONDLY: 1, du.MINUTELY: 60, du.HOURLY: 3600, du.DAILY: 86400, du.WEEKLY: 604800}
_DAYS = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}
_BYDAY = re.compile(r"^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$")
_UNTIL = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$")
_RANGES = {"BYSECOND": (0, 60, False), "BYMINUTE": (0, 59, False), "BYHOUR": (0, 23, False),
           "BYMONTHDAY": (1, 31, True), "BYYEARDAY": (1, 366, True), "BYWEEKNO": (1, 53, True),
           "BYMONTH": (1, 12, False), "BYSETPOS": (1, 366, True)}
_DAY_FILTERS = frozenset({"BYMONTH", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYDAY"})
# Filters that keep a rule's pattern the same every week (so a jump can correct COUNT).
_WEEK_PERIODIC = frozenset({"BYSECOND", "BYMINUTE", "BYHOUR", "BYDAY"})


# dateutil searches for the next occurrence of a rule until year datetime.MAXYEAR (9999), also
# past UNTIL, so a rule that never matches (BYSETPOS=366, "every 2nd of a daily set") spins for
# minutes. Its module sees this copy of the datetime module instead, whose MAXYEAR is the end of
# the import window while a Rule expands (per thread; 9999 everywhere else).
_LOCAL = threading.local()


class _DatetimeWithBoundedYears(types.ModuleType):
    @property
    def MAXYEAR(self) -> int:  # noqa: N802 - the name dateutil reads
        return int(getattr(_LOCAL, "maxyear", dt.MAXYEAR))


_SHIM = _DatetimeWithBoundedYears("datetime")
_SHIM.__dict__.update({k: v for k, v in vars(dt).items() if k != "MAXYEAR"})
du.datetime = _SHIM


@contextlib.contextmanager
def _years_until(year: int) -> Iterator[None]:
    old = getattr(_LOCAL, "maxyear", dt.MAXYEAR)
    _LOCAL.maxyear = min(year, dt.MAXYEAR)
    try:
        yield
    finally:
        _LOCAL.maxyear = old


class RuleError(Exception):
    """The RRULE is invalid or beyond the limits; ``text`` says why (Czech or English)."""

    def __init__(self, text: str, *, fatal: bool = True) -> None:
        super().__init__(text)
        self.text = text
        self.fatal = fatal  # False: the rule is unreadable and is left out; True: the event is refused


def _invalid(what: str) -> RuleError:
    return RuleError(_("RRULE is not a valid recurrence rule ({what}).").format(what=what), fatal=False)


class Rule:
    """A parsed RRULE: dateutil's keyword arguments plus what the bounding needs."""

    def __init__(self, value: str, until_zone: dt.tzinfo | None) -> None:
        text = value.replace("\\", "").strip().rstrip(";")  # Outlook sometimes escapes ";" in RRULE
        if not text:
            raise RuleError(_("RRULE is empty."), fatal=False)
        parts: dict[str, str] = {}
        for part in text.split(";"):
            key, eq, val = part.partition("=")
            if not eq or not key.strip():
                raise _invalid(part)
            parts[key.strip().upper()] = val.strip().upper()
        freq = parts.pop("FREQ", "")
        if freq not in _FREQS:
            raise _invalid(f"FREQ={freq}" if freq else _("FREQ is missing"))
        self.freq = _FREQS[freq]
        self.kwargs: dict[str, object] = {}
        self.interval = self._int(parts.pop("INTERVAL", "1"), "INTERVAL")
        if not 1 <= self.interval <= MAX_INTERVAL:
            raise RuleError(_(
                "RRULE: INTERVAL={interval} is outside 1 to {MAX_INTERVAL}."
            ).format(interval=self.interval, MAX_INTERVAL=MAX_INTERVAL))
        self.count: int | None = None
        if "COUNT" in parts:
            self.count = self._int(parts.pop("COUNT"), "COUNT")
            if not 1 <= self.count <= MAX_COUNT:
                raise RuleError(_(
                    "RRULE: COUNT={count} is outside 1 to {MAX_COUNT}."
                ).format(count=self.count, MAX_COUNT=MAX_COUNT))
        self.until: dt.datetime | None = None
        if "UNTIL" in parts:
            self.until = _until(parts.pop("UNTIL"), until_zone)
        self.by: set[str] = set()
        for key, val in parts.items():
            if key == "WKST":
                if val not in _DAYS:
                    raise _invalid(f"WKST={val}")
                self.kwargs["wkst"] = _DAYS[val]
            elif key == "BYDAY":
                days = []
                for item in val.split(","):
                    m = _BYDAY.match(item.strip())
                    if m is None or (m.group(1) and not 1 <= abs(int(m.group(1))) <= 53):
                        raise _invalid(f"BYDAY={val}")
                    n = int(m.group(1)) if m.group(1) else None
                    days.append(du.weekday(_DAYS[m.group(2)], n))
                    if n is not None:
                        self.by.add("BYDAY-N")
                self.kwargs["byweekday"] = days
                self.by.add(key)
            elif key in _RANGES:
                low, high, signed = _RANGES[key]
                values = []
                for item in val.split(","):
                    number = self._int(item, key)
                    if not low <= (abs(number) if signed else number) <= high:
                        raise _invalid(f"{key}={val}")
                    values.append(min(number, 59) if key == "BYSECOND" else number)
                self.kwargs[key.lower()] = values
                self.by.add(key)
            # other parts (X-NAME, EXRULE leftovers) are ignored as other clients do

    @staticmethod
    def _int(text: str, name: str) -> int:
        digits = text.strip().lstrip("+-")
        if digits.isdigit() and len(digits) > 12:
            raise RuleError(_("RRULE: {name}={text} is out of range.").format(name=name, text=text[:30]))
        try:
            return int(text)
        except ValueError:
            raise _invalid(f"{name}={text[:30]}") from None

    def _rule(self, start: dt.datetime, count: int | None, until: dt.datetime | None,
              **extra: object) -> du.rrule:
        kwargs = dict(self.kwargs)
        kwargs.update(extra)
        with warnings.catch_warnings():  # COUNT together with the window's UNTIL: dateutil warns
            warnings.simplefilter("ignore")
            return du.rrule(self.freq, dtstart=start, interval=self.interval, count=count,
                            until=until, cache=False, **kwargs)

    def occurrences(self, start: dt.datetime, lo: dt.datetime, hi: dt.datetime, limit: int) -> list[dt.datetime]:
        """Return at most ``limit`` occurrences (naive wall-clock) in [lo, hi] of the rule from ``start``."""
        with _years_until(hi.year + 1):
            return self._occurrences(start, lo, hi, limit)

    def _occurrences(self, start: dt.datetime, lo: dt.datetime, hi: dt.datetime, limit: int) -> list[dt.datetime]:
        until = min(self.until, hi) if self.until is not None else hi
        if until < lo or until < start or self._never(start):
            return []
        count = self.count
        begin = start
        walk_limited = False
        if start < lo:
            begin, count, walk_limited = self._jump(start, lo, count)
            if count is not None and count <= 0:
                return []
        if (self.freq in (du.HOURLY, du.MINUTELY, du.SECONDLY) and count is None
                and self.by & _DAY_FILTERS and not self.by & {"BYSETPOS", "BYDAY-N"}):
            return self._day_by_day(start, max(lo, start), until, limit)
        out: list[dt.datetime] = []
        walked = 0
        for occ in self._rule(begin, count, until):
            if occ < lo:
                walked += 1
                if walk_limited and walked > MAX_WALK:
                    raise RuleError(_(
                        "RRULE produces more than {MAX_WALK} occurrences before the import period and cannot be "
                        "expanded in reasonable time (COUNT with month or ordinal-day filters)."
                    ).format(MAX_WALK=MAX_WALK))
                continue
            if occ > hi or len(out) >= limit:
                break
            out.append(occ)
        return out

    def _never(self, start: dt.datetime) -> bool:
        """Return True for month and day filters no date satisfies (dateutil would search until year 9999)."""
        days = self.kwargs.get("bymonthday")
        if not isinstance(days, list) or self.by & {"BYYEARDAY", "BYWEEKNO"}:
            return False
        months = self.kwargs.get("bymonth")
        if not isinstance(months, list):
            months = [start.month] if self.freq == du.YEARLY else list(range(1, 13))
        longest = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
        return not any(1 <= abs(d) <= longest[m - 1] for d in days for m in months)

    def _day_by_day(self, start: dt.datetime, lo: dt.datetime, until: dt.datetime, limit: int) -> list[dt.datetime]:
        """Expand a sub-daily rule only on the days its day filters allow (dateutil scans every second)."""
        day_kwargs = {k: v for k, v in self.kwargs.items()
                      if k in ("bymonth", "bymonthday", "byyearday", "byweekno", "byweekday", "wkst")}
        step = self.interval * _STEP[self.freq]
        first = lo.replace(hour=0, minute=0, second=0, microsecond=0)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            days = du.rrule(du.DAILY, dtstart=first, until=until, cache=False, **day_kwargs)
        out: list[dt.datetime] = []
        for day in days:
            begin = max(day, lo)
            k = -(-int((begin - start).total_seconds()) // step)  # the first step of the grid on that day
            first_occ = start + dt.timedelta(seconds=k * step)
            day_end = min(day + dt.timedelta(days=1) - dt.timedelta(microseconds=1), until)
            if first_occ > day_end:
                continue
            for occ in self._rule(first_occ, None, day_end):
                out.append(occ)
                if len(out) >= limit:
                    return out
        return out

    def _jump(self, start: dt.datetime, lo: dt.datetime, count: int | None) -> tuple[dt.datetime, int | None, bool]:
        """Return (new start, remaining COUNT, whether the walk must be limited) for a start before lo."""
        if self.freq in _STEP:
            step = self.interval * _STEP[self.freq]
            if count is None or not self.by:
                period = step
            elif self.by <= _WEEK_PERIODIC:
                period = math.lcm(step, 604800)  # the pattern repeats every this many seconds
            else:
                return start, count, True
            k = int((lo - start).total_seconds()) // period
            if k <= 0:
                return start, count, False
            new_start = start + dt.timedelta(seconds=k * period)
            if count is not None:
                per_period = 1 if period == step and not self.by else self._count_between(
                    start, start + dt.timedelta(seconds=period))
                count -= k * per_period
            return new_start, count, False
        if count is not None:
            return start, count, True
        # MONTHLY / YEARLY without COUNT: whole years (the pattern of a year depends on the year
        # only through the calendar, which the rule recomputes), defaults made explicit.
        months = self.interval if self.freq == du.MONTHLY else 12 * self.interval
        period_months = math.lcm(months, 12)
        years = (lo.year - start.year - 1) // (period_months // 12) * (period_months // 12)
        if years <= 0:
            return start, None, False
        extra: dict[str, object] = {}
        if not self.by & {"BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYDAY", "BYDAY-N"}:
            extra["bymonthday"] = [start.day]
            if self.freq == du.YEARLY and "BYMONTH" not in self.by:
                extra["bymonth"] = [start.month]
        self.kwargs.update(extra)
        return start.replace(year=start.year + years, day=1), None, False

    def _count_between(self, start: dt.datetime, end: dt.datetime) -> int:
        n = 0
        for occ in self._rule(start, None, end - dt.timedelta(microseconds=1)):
            n += 1
            if n > MAX_PATTERN:
                raise RuleError(_(
                    "RRULE has more than {MAX_PATTERN} occurrences in one week; the planner does not take such a "
                    "dense series."
                ).format(MAX_PATTERN=MAX_PATTERN))
            del occ
        return n


def _until(value: str, zone: dt.tzinfo | None) -> dt.datetime:
    m = _UNTIL.match(value.strip())
    if m is None:
        raise RuleError(_("RRULE: UNTIL “{value}” is not a valid date.").format(value=value[:40]), fatal=False)
    y, mo, d, hh, mi, ss, z = m.groups()
    try:
        until = dt.datetime(int(y), int(mo), int(d), int(hh or 23), int(mi or 59), min(int(ss or 59), 59))
        if z and zone is not None:
            until = until.replace(tzinfo=dt.timezone.utc).astimezone(zone).replace(tzinfo=None)
    except (ValueError, OverflowError):
        raise RuleError(_("RRULE: UNTIL “{value}” is not a valid date.").format(value=value[:40]), fatal=False) from None
    return until


__all__ = ["Rule", "RuleError", "MAX_INTERVAL", "MAX_COUNT", "MAX_WALK"]
