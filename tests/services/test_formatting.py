"""The one formatter for money, decimals and date ranges (services/formatting.py)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from planner.services.formatting import format_date_range, format_decimal, format_integer, format_money

NB = "\u00a0"


@pytest.mark.parametrize(("amount", "text"), [
    (Decimal("1250.5"), f"1{NB}250,50{NB}Kč"),
    (Decimal("0"), f"0,00{NB}Kč"),
    (12, f"12,00{NB}Kč"),
    ("1234567.891", f"1{NB}234{NB}567,89{NB}Kč"),
    (Decimal("-300"), f"-300,00{NB}Kč"),
    (None, ""),
])
def test_money_the_czech_way(amount, text) -> None:
    assert format_money(amount) == text


@pytest.mark.parametrize(("value", "text"), [
    (20_000, f"20{NB}000"), (999, "999"), (1_250_000, f"1{NB}250{NB}000"), (-1500, f"-1{NB}500"), (0, "0"), (None, ""),
])
def test_whole_numbers_are_grouped_as_money_is(value, text) -> None:
    # capacities, import limits, budgets: one grouping in every message and list, whatever the UI language
    assert format_integer(value) == text


def test_money_without_the_unit() -> None:
    assert format_money(Decimal("12500"), unit=False) == f"12{NB}500,00"


@pytest.mark.parametrize(("value", "kw", "text"), [
    (Decimal("4.5"), {}, "4,5"),
    (Decimal("300.00"), {}, "300,00"),
    (Decimal("4.50"), {"trim": True}, "4,5"),
    (Decimal("10.00"), {"trim": True}, "10"),
    (Decimal("10"), {"trim": True}, "10"),
    (Decimal("2.25"), {"places": 1}, "2,2"),
    (Decimal("1E+1"), {}, "10"),
    ("2.5", {}, "2,5"),
    (None, {}, ""),
])
def test_decimal_with_a_comma_and_no_exponent(value, kw, text) -> None:
    assert format_decimal(value, **kw) == text


@pytest.mark.parametrize(("first", "last", "text"), [
    (dt.date(2026, 12, 1), dt.date(2026, 12, 1), "1. 12. 2026"),
    (dt.date(2026, 12, 1), dt.date(2026, 12, 3), "1.–3. 12. 2026"),
    (dt.date(2026, 11, 30), dt.date(2026, 12, 2), "30. 11. – 2. 12. 2026"),
    (dt.date(2026, 12, 31), dt.date(2027, 1, 1), "31. 12. 2026 – 1. 1. 2027"),
])
def test_date_ranges_write_the_shared_month_and_year_once(first, last, text) -> None:
    assert format_date_range(first, last) == text
