"""The keyboard works from any focus in the main window, and events are handled without the mouse."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.services import events as event_service
from planner.services.dto import EventDraft
from planner.services.timeutil import local, prague
from planner.ui.calendar.page import CalendarPage

DAY = dt.date(2026, 12, 9)


@pytest.fixture
def window(make_window, demo_db, monkeypatch, qtbot):
    monkeypatch.setattr(CalendarPage, "today", lambda self: DAY)
    win = make_window(demo_db)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    win.calendar.set_view("month")
    win.calendar.go_to(DAY)
    return win


def test_the_keyboard_starts_in_the_calendar(make_window, demo_db, qtbot):
    """Page Down right after the start steps the calendar (the sidebar's scroll frame took the focus)."""
    win = make_window(demo_db)
    win.show()
    qtbot.waitExposed(win)
    assert win.focusWidget() is win.calendar.current_view()  # what gets the keys once the window is active
    before = win.calendar.visible_range()
    qtbot.keyClick(win.focusWidget(), Qt.Key.Key_PageDown)
    assert win.calendar.visible_range() > before


def test_view_shortcuts_and_today_work_from_the_sidebar(window, qtbot):
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.calendar.current_key() == "week"
    assert QApplication.focusWidget() is window.calendar.current_view()
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.calendar.visible_range() == (dt.date(2026, 12, 7), dt.date(2026, 12, 11))
    window.calendar.go_to(dt.date(2027, 3, 1))
    window.calendar.today_button.setFocus()
    qtbot.keyClick(window.calendar.today_button, Qt.Key.Key_T)
    assert window.calendar.current_date() == DAY
    window.calendar.today_button.setFocus()
    qtbot.keyClick(window.calendar.today_button, Qt.Key.Key_PageDown)
    assert window.calendar.visible_range()[0] == dt.date(2026, 12, 14)


def test_view_menu_lists_the_views_and_go_to_date(window, qtbot):
    texts = [a.text() for a in window.menu_view.actions()]
    for label in ("Měsíc", "Pracovní týden", "Týden", "Den", "Přehled", "Místa", "&Dnes", "&Přejít na datum…"):
        assert label in texts, texts
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    field = window.calendar.date_edit
    assert field.hasFocus() and field.selectedText() == field.text()
    qtbot.keyClicks(field, "24.12.")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.calendar.current_date() == dt.date(2026, 12, 24)


def test_typing_t_in_the_search_field_stays_text(window, qtbot):
    from PySide6.QtWidgets import QLineEdit

    search = next(w for w in window.findChildren(QLineEdit) if w.placeholderText().startswith("Hledat"))
    window.calendar.go_to(dt.date(2027, 3, 1))
    search.setFocus()
    qtbot.keyClicks(search, "Tt")
    assert search.text() == "Tt" and window.calendar.current_date() == dt.date(2027, 3, 1)


def test_an_event_is_selected_moved_copied_opened_and_deleted_by_keyboard(window, qtbot, monkeypatch):
    from planner.ui import messages
    from planner.ui.events.dialog import EventDialog

    page = window.calendar
    page.go_to(dt.date(2026, 12, 16))
    qtbot.keyClick(page.current_view(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # day view
    view = page.current_view()
    view.setFocus()
    titles = []
    for _ in range(len(view.rows)):
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        titles.append(view.by_id[view.selected].title)
        if titles[-1] == "Zpívání koled":
            break
    assert titles[0] == "Koncertní sezóna 2026/2027 (demo)"  # the running season starts first
    row = view.by_id[view.selected]
    assert row.title == "Zpívání koled" and view.hasFocus()
    start = row.start
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    moved = event_service.get_event(window.ctx.sm, row.id)
    assert moved.start - start == dt.timedelta(minutes=15)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert local(event_service.get_event(window.ctx.sm, row.id).start).date() == dt.date(2026, 12, 17)
    window.ctx.undo.undo()
    opened: list[int | None] = []
    monkeypatch.setattr(EventDialog, "ask", lambda *a, **k: opened.append(k.get("event_id")))
    view = page.current_view()
    view.setFocus()
    view.select_event(row.id)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened == [row.id]
    monkeypatch.setattr(messages, "ask_yes_no", lambda *a, **k: True)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    with pytest.raises(Exception):
        event_service.get_event(window.ctx.sm, row.id)


def test_ctrl_n_starts_on_the_viewed_date(window, qtbot, monkeypatch):
    from planner.ui.events.dialog import EventDialog

    drafts: list[EventDraft] = []
    monkeypatch.setattr(EventDialog, "ask", lambda _p, _c, draft, **k: drafts.append(draft))
    window.calendar.go_to(dt.date(2027, 1, 20))
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert drafts and drafts[0].start == prague(2027, 1, 20, 10)
