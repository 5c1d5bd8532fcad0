"""Czech public holidays, Easter, Czech collation and search folding."""

from __future__ import annotations

import datetime as dt

import holidays as holidays_package
import pytest

from planner.services.holidays import FIRST_YEAR, LAST_YEAR, easter_sunday, holiday_name, holidays_between, holidays_in_year
from planner.services.text import czech_sort_key, fold, matches


def test_holidays_2026_and_movable_feasts():
    days = holidays_in_year(2026)
    assert len(days) == 13
    assert days[dt.date(2026, 4, 3)] == "Velký pátek"
    assert days[dt.date(2026, 10, 28)].startswith("Den vzniku samostatného")
    assert holiday_name(dt.date(2026, 11, 26)) is None
    assert holiday_name(dt.date(2026, 12, 24), "en")  # English names are available too


@pytest.mark.parametrize("lang, package_lang", [("cs", "cs"), ("en", "en_US")])
def test_the_table_agrees_with_the_holidays_package_in_every_year(lang, package_lang):
    # The table is there for start-up speed; the package is the maintained source of the law.
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        expected = dict(holidays_package.country_holidays("CZ", years=year, language=package_lang).items())
        assert holidays_in_year(year, lang) == expected, year


def test_years_outside_the_table_ask_the_package():
    for year in (1985, FIRST_YEAR - 1, LAST_YEAR + 1):
        assert holidays_in_year(year, "cs") == dict(
            holidays_package.country_holidays("CZ", years=year, language="cs").items())
    assert holiday_name(dt.date(1985, 12, 25), "cs") == "1. svátek vánoční"


def test_easter_for_any_year():
    assert easter_sunday(2026) == dt.date(2026, 4, 5)
    assert easter_sunday(2027) == dt.date(2027, 3, 28)
    assert dt.date(2027, 3, 29) in holidays_between(dt.date(2027, 3, 1), dt.date(2027, 3, 31))


def test_czech_collation():
    names = ["Chrudim", "Čech", "Cibulka", "Hrubý", "Zábřeh", "Žatec", "Šimek", "Sádlo", "Řehoř", "Rybář"]
    assert sorted(names, key=czech_sort_key) == [
        "Cibulka", "Čech", "Hrubý", "Chrudim", "Rybář", "Řehoř", "Sádlo", "Šimek", "Zábřeh", "Žatec",
    ]
    # Accents other than háček only break ties: Ábel sorts among the a's.
    assert sorted(["Adam", "Ábel", "Alois"], key=czech_sort_key) == ["Ábel", "Adam", "Alois"]
    # Word by word: a shorter first word comes first.
    assert sorted(["Paní Nováková", "Pan Novák", "Panáček"], key=czech_sort_key) == [
        "Pan Novák", "Panáček", "Paní Nováková"]


def test_search_folding():
    assert fold("Kostel sv. Václava") == "kostel sv. vaclava"
    assert matches("vaclav kostel", "Kostel sv. Václava")
    assert not matches("vojtech", "Kostel sv. Václava")
