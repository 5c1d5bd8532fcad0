"""What every calendar grid paints the same way under a day: its shade (today, a public holiday, a
weekend, in that order) and the smaller font of hour marks and holiday names."""

from __future__ import annotations

import datetime as dt
from collections.abc import Container

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QPainter

from planner.ui.calendar.common import HOLIDAY_BG, TODAY_BG, WEEKEND_BG


def day_shade(day: dt.date, today: dt.date, holidays: Container[dt.date]) -> QColor | None:
    """Return the background of a day: today beats a holiday, a holiday beats a weekend; else None."""
    if day == today:
        return TODAY_BG
    if day in holidays:
        return HOLIDAY_BG
    if day.weekday() >= 5:
        return WEEKEND_BG
    return None


def shade_day(p: QPainter, rect: QRectF, day: dt.date, today: dt.date, holidays: Container[dt.date]) -> None:
    """Fill a day's rectangle with its shade, if it has one."""
    shade = day_shade(day, today, holidays)
    if shade is not None:
        p.fillRect(rect, shade)


def small_font(font: QFont) -> QFont:
    """Return the font of hour marks and holiday names: 85 % of the view's, never under 6 pt."""
    small = QFont(font)
    small.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
    return small


__all__ = ["day_shade", "shade_day", "small_font"]
