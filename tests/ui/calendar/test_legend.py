"""The colour legend in the calendar's side panel, in both colour modes."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from planner.ui.calendar.common import CATEGORY_COLOURS, event_colour
from planner.ui.calendar.page import CalendarPage
from planner.ui.context import AppContext
from planner.ui.labels import category_label

DAY = dt.date(2026, 12, 9)


def test_legend_follows_the_events_shown_and_the_colour_mode(qtbot: QtBot, demo_ctx: AppContext) -> None:
    page = CalendarPage(demo_ctx, today=DAY)
    qtbot.addWidget(page)
    page.set_colour_by("series")
    page.set_view("month")
    page.go_to(DAY)
    rows = page.current_view().rows
    legend = dict((label, colour.name()) for label, colour in page.legend.entries())
    in_series = {r.series_name: event_colour(r, "series").name() for r in rows if r.series_id is not None}
    assert in_series and all(legend[name] == colour for name, colour in in_series.items())
    for r in rows:
        if r.series_id is None:
            assert legend[category_label(r.category)] == CATEGORY_COLOURS[r.category]
    assert "řady" in page.legend.title.text() or "series" in page.legend.title.text()

    page.set_colour_by("category")
    by_category = dict((label, colour.name()) for label, colour in page.legend.entries())
    assert set(by_category) == {category_label(r.category) for r in rows}
    assert all(by_category[category_label(r.category)] == event_colour(r, "category").name() for r in rows)
    assert not set(in_series) & set(by_category)

    page.go_to(dt.date(2031, 3, 1))  # nothing there
    assert page.legend.entries() == [] and not page.legend.empty.isHidden()
