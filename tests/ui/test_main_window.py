"""Smoke tests of the main window: it opens, shows the demo events, speaks Czech and English."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from planner import settings
from planner.ui import messages
from planner.ui.events.upcoming import UpcomingEventsPage


def _upcoming(window) -> UpcomingEventsPage:  # type: ignore[no-untyped-def]
    return window.upcoming


def test_window_opens_with_demo_events_in_czech(make_window, demo_db, monkeypatch):
    monkeypatch.setattr(UpcomingEventsPage, "today", lambda self: dt.date(2026, 11, 26))
    window = make_window(demo_db)
    window.show()
    assert window.windowTitle() == "Plánovač akcí Opava"
    assert window.menu_file.title() == "&Soubor"
    page = _upcoming(window)
    page.refresh()
    titles = [page.model.row_at(r).title for r in range(page.model.rowCount())]
    assert "Vánoční trhy Opava 2026 (demo)" in titles
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Datum"
    first = page.model.index(0, 0).data()
    assert "2026" in first and "." in first  # Czech dates: 27. 11. 2026


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
    monkeypatch.setattr(UpcomingEventsPage, "today", lambda self: dt.date(2026, 11, 26))
    window = make_window(demo_db)
    page = _upcoming(window)
    page.refresh()
    everything = page.model.rowCount()
    model = window.series_model
    row = next(r for r in range(model.rowCount()) if model.item(r).text() == "Vánoční trhy")
    window.series_view.selectionModel().select(model.index(row, 0), window.series_view.selectionModel().SelectionFlag.Select)
    shown = {page.model.row_at(r).series_name for r in range(page.model.rowCount())}
    assert shown == {"Vánoční trhy"} and page.model.rowCount() < everything


def test_geometry_and_page_are_remembered(make_window, sqlite_db):
    window = make_window(sqlite_db)
    window.resize(720, 510)  # the offscreen screen is 800x600; restoreGeometry clamps to it
    window.show()
    window.close()
    again = make_window(sqlite_db)
    again.show()
    assert (again.size().width(), again.size().height()) == (720, 510)
    assert again.ctx.settings.get(settings.LAST_PAGE) == "calendar"


def test_demo_is_offered_once_on_an_empty_database(make_window, sqlite_db, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask_yes_no", lambda parent, text, *a, **k: asked.append(text) or True)
    window = make_window(sqlite_db)
    window.offer_demo()
    assert len(asked) == 1 and "ukázková data" in asked[0]
    assert window.upcoming.model.rowCount() >= 0
    from planner.services.demo import is_empty

    assert not is_empty(sqlite_db.sm)
    window.offer_demo()
    assert len(asked) == 1


def test_load_demo_over_existing_data_asks_first(make_window, demo_db, monkeypatch):
    monkeypatch.setattr(messages, "ask_yes_no", lambda *a, **k: False)
    window = make_window(demo_db)
    from planner.services import events

    before = len(events.list_events(demo_db.sm))
    events.create_event(demo_db.sm, events.list_events(demo_db.sm)[0].to_draft().with_changes(uid=None, title="Moje akce"))
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
