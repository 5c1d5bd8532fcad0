"""Ctrl+E / F3 finds events of any date and field, and a result jumps to its day."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.services import events as event_service
from planner.services import search
from planner.services.dto import EventDraft
from planner.services.timeutil import prague
from planner.ui.calendar.page import CalendarPage

DAY = dt.date(2026, 12, 9)


def test_service_searches_every_date_and_field(sqlite_db):
    sm = sqlite_db.sm
    october = event_service.create_event(sm, EventDraft(
        title="Podzimní koncert", start=prague(2026, 10, 14, 19), end=prague(2026, 10, 14, 21),
        internal_notes="Objednat ladiče varhan"))
    later = event_service.create_event(sm, EventDraft(
        title="Koncert na Nový rok", start=prague(2027, 1, 1, 17), end=prague(2027, 1, 1, 19)))
    assert [r.id for r in search.search_events(sm, "ladice", today=DAY)] == [october.id]  # notes, no accents
    # upcoming first, then the past
    assert [r.id for r in search.search_events(sm, "koncert", today=DAY)] == [later.id, october.id]
    assert search.search_events(sm, "  ", today=DAY) == []


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen platform
def test_ctrl_e_finds_an_october_concert_from_december(make_window, demo_db, monkeypatch, qtbot):
    monkeypatch.setattr(CalendarPage, "today", lambda self: DAY)
    event_service.create_event(demo_db.sm, EventDraft(
        title="Podzimní koncert", start=prague(2026, 10, 14, 19), end=prague(2026, 10, 14, 21)))
    window = make_window(demo_db)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.calendar.set_view("month")
    window.calendar.go_to(DAY)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.calendar.current_view().setFocus()
    qtbot.keyClick(window.calendar.current_view(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.events.search_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.query, "podzimni")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert [r.title for r in dialog.model.rows()] == ["Podzimní koncert"]
    assert dialog.status.text() == "Nalezena 1 akce"
    assert window.calendar.current_date() == dt.date(2026, 10, 14)
    assert window.calendar.current_view().selected == dialog.model.rows()[0].id
    dialog.close()
