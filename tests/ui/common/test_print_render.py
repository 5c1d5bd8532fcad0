"""Printing paints views for paper: a printed week shows its 19:00 concerts (checked in the PDF's text and pixels)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

from planner.services import events as event_service
from planner.services.dto import EventDraft
from planner.services.timeutil import prague
from planner.ui.common.print_render import PrintOptions, print_calendar

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")


def _pdf(path: Path) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                     QMarginsF(10, 10, 10, 10),
                                     QPageLayout.Unit.Millimeter))
    return writer


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


@pytest.fixture
def concert(ctx):
    return event_service.create_event(ctx.sm, EventDraft(
        title="Večerní varhanní koncert", start=prague(2026, 12, 9, 19), end=prague(2026, 12, 9, 21)))


def test_printed_week_contains_the_evening_concert(ctx, concert, tmp_path, qapp):
    pdf = tmp_path / "week.pdf"
    options = PrintOptions(kind="week", first=dt.date(2026, 12, 9), last=dt.date(2026, 12, 9), hour_from=8, hour_to=23)
    assert print_calendar(_pdf(pdf), ctx.sm, options, footer="Vytištěno") == 1
    text = _text(pdf)
    assert "Večerní" in text and "19:00" in text
    assert "21:00" in text and "22:00" in text  # the hour axis reaches the evening
    assert "Týden 50" in text or "Week 50" in text
    # and the page really shows it: render the PDF to an image and find the event's colour
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "40", str(pdf), str(tmp_path / "page")], check=True)
        from PySide6.QtGui import QImage

        image = QImage(str(next(tmp_path.glob("page*.png"))))
        default = (0x54, 0x6E, 0x7A)  # an event without series is drawn in the default colour
        hits = sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
                   if abs(image.pixelColor(x, y).red() - default[0]) < 12
                   and abs(image.pixelColor(x, y).green() - default[1]) < 12
                   and abs(image.pixelColor(x, y).blue() - default[2]) < 12)
        assert hits > 20


def test_hours_not_fitted_continue_on_more_pages(ctx, concert, tmp_path, qapp):
    pdf = tmp_path / "day.pdf"
    options = PrintOptions(kind="day", first=dt.date(2026, 12, 9), last=dt.date(2026, 12, 9),
                           hour_from=0, hour_to=24, fit_to_page=False)
    pages = print_calendar(_pdf(pdf), ctx.sm, options)
    assert pages >= 2
    assert "Večerní" in _text(pdf)


def test_month_agenda_and_lists_print(ctx, concert, tmp_path, qapp):
    from planner.services import venues as venue_service
    from planner.services.dto import VenueDraft

    venue_service.create_venue(ctx.sm, VenueDraft(name="Kostel sv. Ducha"))
    for kind, expected in (("month", "Večerní"), ("agenda", "Večerní"), ("venues", "Kostel sv. Ducha")):
        pdf = tmp_path / f"{kind}.pdf"
        options = PrintOptions(kind=kind, first=dt.date(2026, 12, 1), last=dt.date(2026, 12, 31))
        assert print_calendar(_pdf(pdf), ctx.sm, options) >= 1
        assert expected in _text(pdf), kind
