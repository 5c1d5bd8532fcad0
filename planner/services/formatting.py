"""The one way the program writes money, decimal numbers and date ranges, the Czech way.

Used by the UI, the reports, the feeds and the messages of the core alike, so that an amount
or a period reads the same on screen, on paper and in a file:

- money: ``1 250,50 Kč`` (no-break spaces between thousands, a decimal comma, two places);
- whole numbers (capacities, limits, budgets): ``20 000`` (grouped as money is);
- decimals (sizes, kW, amounts in an edit field): ``4,5`` (a decimal comma, no grouping);
- date ranges: ``1. 12. 2026``, ``1.–3. 12. 2026``, ``30. 11. – 2. 12. 2026``,
  ``31. 12. 2026 – 1. 1. 2027`` (the shared month and year are written once).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from planner.services.timeutil import format_date

NBSP = "\u00a0"
_CENT = Decimal("0.01")


def _grouped(digits: str) -> str:
    """Return a string of digits with no-break spaces between its thousands: '1250000' -> '1 250 000'."""
    groups: list[str] = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return NBSP.join(groups)


def format_integer(value: int | None) -> str:
    """Return a whole number the Czech way, thousands apart: '20 000', '-1 500'; '' for None."""
    if value is None:
        return ""
    return ("-" if value < 0 else "") + _grouped(str(abs(int(value))))


def format_money(amount: Decimal | int | str | None, *, unit: bool = True) -> str:
    """Return an amount of money the Czech way: '1 250,50 Kč'; '1 250,50' without the unit; '' for None."""
    if amount is None:
        return ""
    value = Decimal(str(amount)).quantize(_CENT)
    sign = "-" if value < 0 else ""
    whole, _, cents = f"{abs(value):.2f}".partition(".")
    number = f"{sign}{_grouped(whole)},{cents}"
    return f"{number}{NBSP}Kč" if unit else number


def format_decimal(value: Decimal | int | float | str | None, *, places: int | None = None,
                   trim: bool = False) -> str:
    """Return a number with a decimal comma and no exponent: '4,5'; '' for None.

    ``places`` rounds to that many decimals first; ``trim`` drops trailing zeros ('4,50' -> '4,5',
    '10,00' -> '10'). Without either the number keeps the decimals it has.
    """
    if value is None:
        return ""
    number = Decimal(str(value))
    if places is not None:
        number = number.quantize(Decimal(1).scaleb(-places))
    text = f"{number:f}"
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def format_date_range(first: dt.date, last: dt.date) -> str:
    """Return inclusive days the Czech way, writing a shared month and year once.

    '1. 12. 2026' (one day), '1.–3. 12. 2026', '30. 11. – 2. 12. 2026', '31. 12. 2026 – 1. 1. 2027'.
    """
    if first == last:
        return format_date(first)
    if first.year != last.year:
        return f"{format_date(first)} – {format_date(last)}"
    if first.month != last.month:
        return f"{first.day}. {first.month}. – {format_date(last)}"
    return f"{first.day}.–{format_date(last)}"


__all__ = ["NBSP", "format_date_range", "format_decimal", "format_integer", "format_money"]
