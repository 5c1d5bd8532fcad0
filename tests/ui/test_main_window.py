"""Smoke tests of the main window: it opens, shows the demo events, speaks Czech and English."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from planner import settings
from planner.services import series as series_service
from planner.ui import messages
from planner.ui.calendar.page import CalendarPage
from planner.ui.events.filter_panel import FilterPanel

DAY = dt.date(2026, 12, 9)


def test_window_opens_with_demo_events_in_czech(make_window, demo_db, monkeypatch):
    monkeypatch.setattr(CalendarPage, "today", lambda self: DAY)
    window = make_window(demo_db)
    window.show()
    assert window.windowTitle() == "Plánovač akcí Opava"
    assert window.menu_file.title() == "&Soubor"
    page = window.calendar
    assert window.page("calendar") is page
    page.set_view("agenda")
    page.go_to(DAY)
    agenda = page.current_view()
    titles = [r.title for r in agenda.rows]
    assert "Vánoční trhy Opava 2026 (demo)" in titles
    assert agenda.headers()[0] == "Čas"
    assert page.range_title() == "Prosinec 2026"
    assert agenda.time_text(next(r for r in agenda.rows if r.title.startswith("Vánoční trhy"))) == "27. 11. – 23. 12. 2026"


def test_language_switch_to_english(make_window, sqlite_db):
    window = make_window(sqlite_db, "en")
    assert window.windowTitle() == "Opava Event Planner"
    assert window.menu_file.title() == "&File"
    received: list[str] = []
    window.language_change_requested.connect(received.append)
    lang_menu = next(a.menu() for a in window.menu_view.actions() if a.menu())
    next(a for a in lang_menu.actions() if a.text() == "Čeština").trigger()
    assert received == ["cs"]


def test_series_filter_in_sidebar(make_window, demo_db, monkeypatch):
    monkeypatch.setattr(CalendarPage, "today", lambda self: DAY)
    window = make_window(demo_db)
    page = window.calendar
    page.set_view("month")
    page.go_to(DAY)
    everything = len(page.current_view().rows)
    panel = window.findChild(FilterPanel)
    markets = next(s.id for s in series_service.list_series(demo_db.sm) if s.name == "Vánoční trhy")
    panel.models["series"].set_checked({markets})
    shown = {r.series_name for r in page.current_view().rows}
    assert shown == {"Vánoční trhy"} and len(page.current_view().rows) < everything


def test_geometry_and_page_are_remembered(make_window, sqlite_db):
    window = make_window(sqlite_db)
    window.resize(760, 510)  # the offscreen screen is 800x600; restoreGeometry clamps to it
    window.show()
    window.close()
    again = make_window(sqlite_db)
    again.show()
    assert (again.size().width(), again.size().height()) == (760, 510)
    assert again.ctx.settings.get(settings.LAST_PAGE) == "calendar"


def test_demo_is_offered_once_on_an_empty_database(make_window, sqlite_db, monkeypatch):
    monkeypatch.setattr(CalendarPage, "today", lambda self: DAY)
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask_yes_no", lambda parent, text, *a, **k: asked.append(text) or True)
    window = make_window(sqlite_db)
    window.offer_demo()
    assert len(asked) == 1 and "ukázková data" in asked[0]
    assert window.calendar.current_view().rows  # the calendar refreshed with the demo events
    from planner.services.demo import is_empty

    assert not is_empty(sqlite_db.sm)
    window.offer_demo()
    assert len(asked) == 1


def test_load_demo_over_existing_data_asks_first(make_window, demo_db, monkeypatch):
    monkeypatch.setattr(messages, "ask_yes_no", lambda *a, **k: False)
    window = make_window(demo_db)
    from planner.services import events

    before = len(events.list_events(demo_db.sm))
    events.create_event(demo_db.sm, replace(events.list_events(demo_db.sm)[0].to_draft(), uid=None, title="Moje akce"))
    window.load_demo()
    assert len(events.list_events(demo_db.sm)) == before + 1


def test_gui_refuses_a_foreign_database_with_a_message(tmp_path, monkeypatch, qapp):
    import argparse
    import sqlite3

    from planner.app import run_gui

    path = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, text, title=None: shown.append(text))
    code = run_gui(argparse.Namespace(db=f"sqlite:///{path}", lang="cs"))
    assert code == 1
    assert shown and "není databáze plánovače" in shown[0]


def test_first_start_fits_the_available_screen(make_window, sqlite_db):
    window = make_window(sqlite_db)
    window.show()
    available = window.screen().availableGeometry()
    assert available.contains(window.frameGeometry())
    # The offscreen screen (800x600) is smaller than the preferred 1280x800: the window is maximised.
    assert window.isMaximized()


def test_fitted_geometry_leaves_room_for_frame_and_taskbar():
    from PySide6.QtCore import QRect, QSize

    from planner.ui.common.screen import FRAME_ALLOWANCE, fitted_geometry, is_small

    laptop = QRect(0, 0, 1366, 728)  # 1366x768 with a 40-px taskbar
    rect = fitted_geometry(QSize(1280, 800), laptop)
    assert rect.height() + FRAME_ALLOWANCE.height() <= 728 and rect.width() <= 1280
    assert laptop.contains(rect.adjusted(-8, -32, 8, 8))
    assert is_small(laptop, QSize(1280, 800))
    scaled = QRect(0, 0, 910, 485)  # the same laptop at QT_SCALE_FACTOR=1.5
    rect = fitted_geometry(QSize(1280, 800), scaled)
    assert rect.width() + FRAME_ALLOWANCE.width() <= 910 and rect.height() + FRAME_ALLOWANCE.height() <= 485
    big = QRect(0, 0, 1920, 1040)
    assert fitted_geometry(QSize(1280, 800), big).size() == QSize(1280, 800) and not is_small(big, QSize(1280, 800))


def test_main_window_can_shrink_to_a_150_percent_laptop(make_window, demo_db):
    window = make_window(demo_db)
    window.show()
    hint = window.minimumSizeHint()
    # 1366x768 at 150 % leaves ~910x485 logical pixels for the window and its frame.
    assert hint.width() <= 890 and hint.height() <= 445, hint
