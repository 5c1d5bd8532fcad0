"""Czech public holidays and Easter.

The holidays of 1990-2100 come from the table below: the dates of zákon č. 245/2000 Sb. and of the
laws before it, with the names the maintained `holidays` package gives them (Czech and English).
tests/services/test_calendar_facts.py checks the table against that package for every one of those
years in both languages, so a change of the law that the package learns shows up as a failing test.
The table exists for speed: importing `holidays` loads the module of every country of the world
(~0.2 s, a third of the start-up budget) before the first month can name its Christmas. Years outside
the table ask the package itself.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import NamedTuple

from dateutil.easter import easter

from planner.i18n import language

FIRST_YEAR, LAST_YEAR = 1990, 2100


class _Rule(NamedTuple):
    month: int  # 0: counted from Easter Sunday, ``day`` days after it
    day: int
    first: int  # the years the holiday has had this name, inclusive
    last: int
    cs: str
    en: str


_RULES = (
    _Rule(1, 1, 1990, 1999, "Nový rok", "New Year's Day"),
    _Rule(1, 1, 2000, LAST_YEAR, "Den obnovy samostatného českého státu; Nový rok",
          "Independent Czech State Restoration Day; New Year's Day"),
    _Rule(0, -2, 2016, LAST_YEAR, "Velký pátek", "Good Friday"),
    _Rule(0, 1, 1990, LAST_YEAR, "Velikonoční pondělí", "Easter Monday"),
    _Rule(5, 1, 1990, LAST_YEAR, "Svátek práce", "Labor Day"),
    _Rule(5, 9, 1990, 1991, "Den osvobození od fašismu", "Day of liberation from Fascism"),
    _Rule(5, 8, 1992, 2000, "Den osvobození od fašismu", "Day of liberation from Fascism"),
    _Rule(5, 8, 2001, 2003, "Den osvobození", "Liberation Day"),
    _Rule(5, 8, 2004, LAST_YEAR, "Den vítězství", "Victory Day"),
    _Rule(7, 5, 1990, LAST_YEAR, "Den slovanských věrozvěstů Cyrila a Metoděje", "Saints Cyril and Methodius Day"),
    _Rule(7, 6, 1990, LAST_YEAR, "Den upálení mistra Jana Husa", "Jan Hus Day"),
    _Rule(9, 28, 2000, LAST_YEAR, "Den české státnosti", "Statehood Day"),
    _Rule(10, 28, 1990, LAST_YEAR, "Den vzniku samostatného československého státu",
          "Independent Czechoslovak State Day"),
    _Rule(11, 17, 1990, 2018, "Den boje za svobodu a demokracii", "Struggle for Freedom and Democracy Day"),
    _Rule(11, 17, 2019, LAST_YEAR, "Den boje za svobodu a demokracii a Mezinárodní den studentstva",
          "Struggle for Freedom and Democracy Day and International Students' Day"),
    _Rule(12, 24, 1990, LAST_YEAR, "Štědrý den", "Christmas Eve"),
    _Rule(12, 25, 1990, LAST_YEAR, "1. svátek vánoční", "Christmas Day"),
    _Rule(12, 26, 1990, LAST_YEAR, "2. svátek vánoční", "Second Day of Christmas"),
)


def easter_sunday(year: int) -> dt.date:
    """Return Easter Sunday (Western) of ``year``."""
    day: dt.date = easter(year)
    return day


def _from_package(year: int, english: bool) -> dict[dt.date, str]:
    import holidays as _holidays  # the whole world's calendars: only for years outside the table

    table = _holidays.country_holidays("CZ", years=year, language="en_US" if english else "cs")
    return dict(table.items())


@lru_cache(maxsize=64)
def _year(year: int, lang: str) -> dict[dt.date, str]:
    english = lang.startswith("en")
    if not FIRST_YEAR <= year <= LAST_YEAR:
        out = _from_package(year, english)
    else:
        sunday = easter_sunday(year)
        out = {}
        for rule in _RULES:
            if rule.first <= year <= rule.last:
                day = sunday + dt.timedelta(days=rule.day) if rule.month == 0 else dt.date(year, rule.month, rule.day)
                out[day] = rule.en if english else rule.cs
    return dict(sorted(out.items()))


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
