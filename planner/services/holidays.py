"""Czech public holidays and Easter, from the maintained `holidays` package."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import holidays as _holidays
from dateutil.easter import easter


def easter_sunday(year: int) -> dt.date:
    """Return Easter Sunday (Western) of ``year``."""
    day: dt.date = easter(year)
    return day


@lru_cache(maxsize=64)
def _year(year: int, lang: str) -> dict[dt.date, str]:
    language = "en_US" if lang.startswith("en") else "cs"
    table = _holidays.country_holidays("CZ", years=year, language=language)
    return {day: name for day, name in sorted(table.items())}


def holidays_in_year(year: int, lang: str = "cs") -> dict[dt.date, str]:
    """Return the Czech public holidays of a year, with their names."""
    return dict(_year(year, lang))


def holidays_between(first: dt.date, last: dt.date, lang: str = "cs") -> dict[dt.date, str]:
    """Return the Czech public holidays in the inclusive date range."""
    out: dict[dt.date, str] = {}
    for year in range(first.year, last.year + 1):
        for day, name in _year(year, lang).items():
            if first <= day <= last:
                out[day] = name
    return out


def holiday_name(day: dt.date, lang: str = "cs") -> str | None:
    """Return the holiday's name or None on an ordinary day."""
    return _year(day.year, lang).get(day)
