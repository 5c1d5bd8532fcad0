"""CalendarPage: navigation, shortcuts, remembered state, filters and refresh of the visible range."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner.models.enums import RecordKind
from planner import settings
from planner.services import events as event_service
from planner.services import series as series_service
from planner.services import venues as venue_service
from planner.services.dto import EventDraft, EventQuery, VenueDraft
from planner.services.timeutil import prague
from planner.ui.calendar.page import CalendarPage
from planner.ui.calendar.week_view import WeekView
from planner.ui.context import AppContext

DAY = dt.date(2026, 12, 9)


def _page(qtbot: QtBot, ctx: AppContext, key: str = "month") -> CalendarPage:
    page = CalendarPage(ctx, today=DAY)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.set_view(key)
    page.go_to(DAY)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_page_queries_only_the_visible_range(qtbot: QtBot, demo_ctx: AppContext) -> None:
    page = _page(qtbot, demo_ctx, "week")
    first, last = page.visible_range()
    assert (first, last) == (dt.date(2026, 12, 7), dt.date(2026, 12, 13))
    rows = page.current_view().rows
    assert rows
    assert all(r.last_day >= first and r.first_day <= last for r in rows)
    assert "Adventní koncert – barokní kantáty" in {r.title for r in rows}


def test_filter_hides_events_in_every_view(qtbot: QtBot, demo_ctx: AppContext) -> None:
    page = _page(qtbot, demo_ctx, "month")
    markets = next(s for s in series_service.list_series(demo_ctx.sm) if s.name == "Vánoční trhy")
    before = page.current_view().rows
    assert any(r.series_id != markets.id for r in before)
    page.set_filter(EventQuery(series_ids=frozenset({markets.id})))
    after = page.current_view().rows
    assert after and all(r.series_id == markets.id for r in after)
    page.set_view("agenda")
    assert all(r.series_id == markets.id for r in page.current_view().rows)
    page.set_filter(EventQuery(text="koled"))
    assert [r.title for r in page.current_view().rows] == ["Zpívání koled"]
    page.set_filter(EventQuery())
    assert len(page.current_view().rows) > 1


def test_keyboard_navigation(qtbot: QtBot, demo_ctx: AppContext) -> None:
    page = _page(qtbot, demo_ctx, "month")
    page.activateWindow()
    view = page.current_view()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)  # arrows move the highlighted day, Outlook-like
    assert page.current_date() == dt.date(2026, 12, 10)
    assert view.current_day == dt.date(2026, 12, 10)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert page.current_date() == dt.date(2026, 12, 17)
    qtbot.keyClick(page.current_view(), Qt.Key.Key_PageUp)
    qtbot.keyClick(page.current_view(), Qt.Key.Key_PageUp)
    assert page.current_date() == dt.date(2026, 10, 17)
    qtbot.keyClick(page.current_view(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert page.current_key() == "week"
    assert isinstance(page.current_view(), WeekView)
    qtbot.keyClick(page.current_view(), Qt.Key.Key_PageDown)
    assert page.visible_range() == (dt.date(2026, 10, 19), dt.date(2026, 10, 25))
    qtbot.keyClick(page.current_view(), Qt.Key.Key_T)
    assert page.current_date() == DAY
    qtbot.keyClick(page.current_view(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.current_view(), Qt.Key.Key_Left)
    assert page.visible_range() == (dt.date(2026, 12, 8), dt.date(2026, 12, 8))
    qtbot.keyClick(page.current_view(), Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert page.current_key() == "workweek"
    assert page.visible_range() == (dt.date(2026, 12, 7), dt.date(2026, 12, 11))
    qtbot.keyClick(page.current_view(), Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert page.current_key() == "timeline"
    qtbot.keyClick(page.current_view(), Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert page.current_key() == "agenda"
    assert page.range_title() == "Prosinec 2026"


def test_view_and_date_are_remembered(qtbot: QtBot, demo_ctx: AppContext) -> None:
    page = _page(qtbot, demo_ctx, "week")
    page.go_to(dt.date(2026, 10, 27))
    assert demo_ctx.settings.get(settings.CALENDAR_VIEW) == "week"
    again = CalendarPage(demo_ctx, today=DAY)
    qtbot.addWidget(again)
    assert again.current_key() == "week"
    assert again.visible_range() == (dt.date(2026, 10, 26), dt.date(2026, 11, 1))


def test_change_bus_refreshes_and_conflicts_are_reported(qtbot: QtBot, ctx: AppContext) -> None:
    hall = venue_service.create_venue(ctx.sm, VenueDraft(name="Obecní dům"))
    page = _page(qtbot, ctx, "week")
    assert page.current_view().rows == []
    event_service.create_event(ctx.sm, EventDraft("A", prague(2026, 12, 9, 18), prague(2026, 12, 9, 20), venue_id=hall.id))
    event_service.create_event(ctx.sm, EventDraft("B", prague(2026, 12, 9, 19), prague(2026, 12, 9, 21), venue_id=hall.id))
    with qtbot.waitSignal(page.conflicts_changed) as reported:
        ctx.bus.emit_change(RecordKind.EVENT)
    assert {r.title for r in page.current_view().rows} == {"A", "B"}
    (conflict,) = reported.args[0]
    assert "Obecní dům" in conflict.message
    assert set(page.current_view().conflicts) == {conflict.a_id, conflict.b_id}


def test_intents_of_the_views_are_re_emitted_and_more_opens_the_day(qtbot: QtBot, demo_ctx: AppContext) -> None:
    page = _page(qtbot, demo_ctx, "month")
    with qtbot.waitSignal(page.edit_requested) as edit:
        page.current_view().edit_requested.emit(42)
    assert edit.args == [42]
    with qtbot.waitSignal(page.delete_requested):
        page.views["week"].delete_requested.emit(1)
    page.current_view().day_requested.emit(dt.date(2026, 12, 16))
    assert page.current_key() == "day"
    assert page.visible_range() == (dt.date(2026, 12, 16), dt.date(2026, 12, 16))


def test_go_to_selects_the_event(qtbot: QtBot, demo_ctx: AppContext) -> None:
    page = _page(qtbot, demo_ctx, "week")
    target = next(r for r in event_service.list_events(demo_ctx.sm, EventQuery(text="koled")))
    page.go_to(target.first_day, target.id)
    assert page.current_view().selected == target.id
    assert page.visible_range()[0] <= target.first_day <= page.visible_range()[1]


def test_timeline_zoom_shows_hours_and_requeries_a_shorter_range(qtbot: QtBot, demo_ctx: AppContext) -> None:
    page = _page(qtbot, demo_ctx, "timeline")
    page.go_to(dt.date(2026, 10, 27))
    timeline = page.current_view()
    assert page.visible_range() == (dt.date(2026, 10, 26), dt.date(2026, 11, 1))
    assert not timeline.hour_columns()
    timeline.zoom(2)  # 7 days -> 3 -> 1
    assert page.visible_range() == (dt.date(2026, 10, 27), dt.date(2026, 10, 27))
    assert timeline.hour_columns()
    assert {r.title for r in timeline.rows} >= {"1. kolo – interpretace (2. den)"}
    page.step(1)
    assert page.visible_range() == (dt.date(2026, 10, 28), dt.date(2026, 10, 28))


def test_toolbar_date_field_navigates_on_enter_not_per_keystroke(qtbot: QtBot, ctx: AppContext) -> None:
    page = _page(qtbot, ctx, "week")
    field = page.date_edit
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "24")
    assert page.current_date() == DAY  # typing "24" does not jump anywhere yet
    qtbot.keyClicks(field, ".12.")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert page.current_date() == dt.date(2026, 12, 24)
    assert page.visible_range() == (dt.date(2026, 12, 21), dt.date(2026, 12, 27))


def test_title_shortens_but_keeps_the_year_on_a_narrow_window(qtbot: QtBot, ctx: AppContext) -> None:
    page = _page(qtbot, ctx, "week")
    page.resize(1200, 600)
    qtbot.waitUntil(lambda: page.title.text() == page.range_title())
    page.resize(560, 600)
    # the view buttons fold into one menu button and the title moves onto its own row, whole
    qtbot.waitUntil(lambda: page.switcher.is_compact())
    qtbot.waitUntil(lambda: page.title.fontMetrics().horizontalAdvance(page.title.text()) <= page.title.width())
    assert page.title.text().endswith("2026")
    # the date field keeps its size; the free room is between it and the buttons
    assert page.date_edit.width() <= page.date_edit.sizeHint().width() + 40
    page.resize(1200, 600)
    qtbot.waitUntil(lambda: not page.switcher.is_compact())
    assert page.title.text() == page.range_title()
