"""Czech public holidays and Easter, from the maintained `holidays` package."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import holidays as _holidays
from dateutil.easter import easter

from planner.i18n import language


def easter_sunday(year: int) -> dt.date:
    """Return Easter Sunday (Western) of ``year``."""
    day: dt.date = easter(year)
    return day


@lru_cache(maxsize=64)
def _year(year: int, lang: str) -> dict[dt.date, str]:
    language = "en_US" if lang.startswith("en") else "cs"
    table = _holidays.country_holidays("CZ", years=year, language=language)
    return {day: name for day, name in sorted(table.items())}


def holidays_in_year(year: int, lang: str | None = None) -> dict[dt.date, str]:
    """Return the Czech public holidays of a year, named in ``lang`` (default: the program's language)."""
    return dict(_year(year, lang or language()))


def holidays_between(first: dt.date, last: dt.date, lang: str | None = None) -> dict[dt.date, str]:
    """Return the Czech public holidays in the inclusive date range, named in ``lang`` (default: the
    program's language, as every other text)."""
    lang = lang or language()
    out: dict[dt.date, str] = {}
    for year in range(first.year, last.year + 1):
        for day, name in _year(year, lang).items():
            if first <= day <= last:
                out[day] = name
    return out


def holiday_name(day: dt.date, lang: str | None = None) -> str | None:
    """Return the holiday's name (in ``lang``, default the program's language) or None on an ordinary day."""
    return _year(day.year, lang or language()).get(day)
