"""Per-page side panels: the calendar's sidebar and Konflikty belong to the calendar page only."""

from __future__ import annotations

import datetime as dt

from planner import settings
from planner.ui.calendar.page import CalendarPage

DAY = dt.date(2026, 12, 9)
OTHER_PAGES = ("venues", "vendors", "markets", "history", "releases")


def _window(make_window, db, monkeypatch):
    monkeypatch.setattr(CalendarPage, "today", lambda self: DAY)
    window = make_window(db)
    window.resize(1000, 600)
    window.show()
    window.show_page("calendar")
    window.calendar.go_to(DAY)
    return window


def test_calendar_panel_and_conflicts_show_on_the_calendar_only(make_window, demo_db, monkeypatch, qtbot):
    window = _window(make_window, demo_db, monkeypatch)
    filters, dock = window.events.filters, window.events.dock
    dock.show()
    assert filters.isVisible() and dock.isVisible()
    wide = window.sidebar.width()
    for key in OTHER_PAGES:
        if window.page(key) is None:
            continue
        window.show_page(key)
        assert window.current_page_key() == key
        assert not filters.isVisible(), key
        assert not dock.isVisible(), key
        assert window.nav.isVisible()  # every page stays reachable
        assert not dock.toggleViewAction().isEnabled()
    qtbot.waitUntil(lambda: window.sidebar.width() < wide)  # the tables get the width back
    window.show_page("calendar")
    assert filters.isVisible() and dock.isVisible()
    assert dock.toggleViewAction().isEnabled()


def test_conflicts_closed_by_hand_stay_closed_across_pages(make_window, demo_db, monkeypatch):
    window = _window(make_window, demo_db, monkeypatch)
    dock = window.events.dock
    dock.show()
    dock.toggleViewAction().trigger()  # the user closes it
    assert not dock.isVisible()
    window.show_page("venues")
    window.show_page("calendar")
    assert not dock.isVisible()


def test_side_panel_menu_entry_is_checkable_per_page_and_remembered(make_window, demo_db, monkeypatch):
    window = _window(make_window, demo_db, monkeypatch)
    act = window.side_panels.action
    assert act in window.menu_view.actions()
    assert act.text() == "&Postranní panel"
    assert act.isEnabled() and act.isCheckable() and act.isChecked()
    act.trigger()
    assert not window.events.filters.isVisible()
    assert "calendar" in window.ctx.settings.get(settings.SIDE_PANELS_HIDDEN)
    window.show_page("venues")
    assert not act.isEnabled() and not act.isChecked()  # the venue page has no panel of its own
    window.show_page("calendar")
    assert not act.isChecked() and not window.events.filters.isVisible()
    window.close()

    again = _window(make_window, demo_db, monkeypatch)
    assert not again.side_panels.action.isChecked()
    assert not again.events.filters.isVisible()
    again.side_panels.action.trigger()
    assert again.events.filters.isVisible()
    assert again.ctx.settings.get(settings.SIDE_PANELS_HIDDEN) == ""


def test_navigation_stays_at_the_top_on_a_page_without_a_panel(make_window, demo_db, monkeypatch, qtbot):
    window = _window(make_window, demo_db, monkeypatch)
    top_on_calendar = window.nav.mapTo(window.sidebar, window.nav.rect().topLeft()).y()
    window.show_page("venues")
    qtbot.waitUntil(lambda: not window.events.filters.isVisible())
    window.sidebar.widget().widget().layout().activate()
    # the list keeps its place under the "Navigace" heading instead of sinking to the bottom
    assert window.nav.mapTo(window.sidebar, window.nav.rect().topLeft()).y() == top_on_calendar


def test_back_on_the_calendar_the_sidebar_is_wide_enough_for_its_panel(make_window, demo_db, monkeypatch, qtbot):
    # The app reopens on the page used last; its narrow sidebar (navigation only) must not stay
    # when the calendar comes back, or the mini month shows a few of its columns.
    window = _window(make_window, demo_db, monkeypatch)
    window.side_panels._wide = 90  # a width taken while the window was still being laid out
    window.show_page("venues")
    qtbot.waitUntil(lambda: window.sidebar.width() < 200)
    window.side_panels._wide = 90
    window.show_page("calendar")
    mini = window.calendar.mini_month
    qtbot.waitUntil(lambda: mini.width() >= mini.sizeHint().width())
    assert window.sidebar.width() > 200
