"""Editing through the real CalendarPage in the main window: drag -> database -> undo, conflicts, delete, PDF."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.errors import NotFound
from planner.services import events as event_service
from planner.services import venues as venue_service
from planner.services.dto import EventDraft, VenueDraft
from planner.services.timeutil import prague
from planner.ui import messages
from planner.ui.calendar import week_view as W
from planner.ui.calendar.page import CalendarPage
from planner.ui.calendar.week_view import WeekView
from planner.ui.context import AppContext
from planner.ui.events.feature import EventsFeature
from planner.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    return w


def _week(qtbot: QtBot, window: MainWindow, day: dt.date) -> tuple[CalendarPage, WeekView]:
    page = window.calendar
    page.set_view("week")
    page.go_to(day)
    window.show()
    qtbot.waitExposed(window)
    view = page.current_view()
    assert isinstance(view, WeekView)
    return page, view


def _point(view: WeekView, day_index: int, hours: float) -> QPoint:
    w = view.grid.col_width()
    return QPointF(W.AXIS + day_index * w + w / 2, hours * view.hour_height).toPoint()


def _drag(qtbot: QtBot, view: WeekView, grab: QPoint, drop: QPoint) -> None:
    qtbot.mousePress(view.grid, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(view.grid, drop)
    qtbot.mouseRelease(view.grid, Qt.MouseButton.LeftButton, pos=drop)


def _feature(window: MainWindow) -> EventsFeature:
    feature = window.events
    assert isinstance(feature, EventsFeature)
    return feature


def test_feature_is_wired_to_the_calendar_page(window: MainWindow) -> None:
    assert _feature(window).page() is window.calendar


def test_drag_moves_the_row_and_undo_restores_it(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    row = event_service.create_event(ctx.sm, EventDraft(
        title="Komorní koncert", start=prague(2026, 12, 8, 10), end=prague(2026, 12, 8, 11, 30),
    ))
    page, view = _week(qtbot, window, dt.date(2026, 12, 8))
    assert row.id in {r.id for r in view.rows}
    _drag(qtbot, view, _point(view, 1, 10.5), _point(view, 3, 12.5 + 10 / 60))
    moved = event_service.get_event(ctx.sm, row.id)
    assert (moved.start, moved.end) == (prague(2026, 12, 10, 12, 15), prague(2026, 12, 10, 13, 45))
    assert next(r for r in view.rows if r.id == row.id).start == moved.start  # the page refreshed
    ctx.undo.undo()
    assert event_service.get_event(ctx.sm, row.id).start == row.start
    assert next(r for r in view.rows if r.id == row.id).start == row.start


def test_drag_across_time_creates_through_the_editor(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.ui.events import dialog as dialog_module

    monkeypatch.setattr(dialog_module.EventDialog, "ask", classmethod(
        lambda cls, parent, c, draft, event_id=None, *, save: save(replace(draft, title="Zkouška sboru"))
    ))
    page, view = _week(qtbot, window, dt.date(2026, 12, 7))
    _drag(qtbot, view, _point(view, 2, 10 + 5 / 60), _point(view, 2, 11 + 50 / 60))
    (row,) = event_service.list_events(ctx.sm)
    assert (row.title, row.start, row.end) == ("Zkouška sboru", prague(2026, 12, 9, 10), prague(2026, 12, 9, 11, 45))
    assert row.id in {r.id for r in view.rows}
    ctx.undo.undo()
    with pytest.raises(NotFound):
        event_service.get_event(ctx.sm, row.id)


def test_conflict_shows_on_the_event_and_in_the_dock_then_clears_after_undo(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    hall = venue_service.create_venue(ctx.sm, VenueDraft(name="Obecní dům – Sál purkmistrů")).id
    ball = event_service.create_event(ctx.sm, EventDraft(
        title="Ples města Opavy", start=prague(2026, 12, 10, 12), end=prague(2026, 12, 10, 15), venue_id=hall,
    ))
    concert = event_service.create_event(ctx.sm, EventDraft(
        title="Koncert ZUŠ", start=prague(2026, 12, 8, 10), end=prague(2026, 12, 8, 11, 30), venue_id=hall,
    ))
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask_yes_no", lambda parent, text, title=None, **kw: asked.append(text) or True)
    page, view = _week(qtbot, window, dt.date(2026, 12, 8))
    dock = _feature(window).dock
    assert dock.conflicts() == [] and not dock.isVisible()
    _drag(qtbot, view, _point(view, 1, 10.5), _point(view, 3, 12.5 + 10 / 60))
    assert asked and "Ples města Opavy" in asked[0]
    (conflict,) = dock.conflicts()
    assert dock.isVisible()  # the panel opens the moment a conflict arises
    assert {conflict.a_id, conflict.b_id} == {ball.id, concert.id}
    assert view.conflicts.get(concert.id)  # the marker and tooltip of the event

    page.go_to(dt.date(2027, 1, 15))
    assert dock.conflicts() == []  # only the visible range
    page.go_to(dt.date(2026, 12, 8))
    dock.activate_row(0)
    assert page.current_date() == dt.date(2026, 12, 10)
    assert page.current_view().selected == conflict.a_id

    ctx.undo.undo()
    assert dock.conflicts() == []
    assert not view.conflicts.get(concert.id)


def test_edit_delete_removes_the_selected_event_and_undo_brings_it_back(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = event_service.create_event(ctx.sm, EventDraft(
        title="Vernisáž", start=prague(2026, 12, 9, 17), end=prague(2026, 12, 9, 19),
    ))
    monkeypatch.setattr(messages, "ask_yes_no", lambda *a, **kw: True)
    page, view = _week(qtbot, window, dt.date(2026, 12, 9))
    view.select_event(row.id)
    window.menu_edit.aboutToShow.emit()
    feature = _feature(window)
    assert feature.act_delete.isEnabled()
    feature.act_delete.trigger()
    assert row.id not in {r.id for r in view.rows}
    ctx.undo.undo()
    back = event_service.get_event(ctx.sm, row.id)
    assert (back.id, back.uid) == (row.id, row.uid)
    assert row.id in {r.id for r in view.rows}


def test_filter_panel_filters_the_calendar(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    for title in ("Varhanní nešpory", "Jazz v Obecním domě"):
        event_service.create_event(ctx.sm, EventDraft(title=title, start=prague(2026, 12, 9, 18), end=prague(2026, 12, 9, 20)))
    page, view = _week(qtbot, window, dt.date(2026, 12, 9))
    panel = _feature(window).filters
    with qtbot.waitSignal(panel.filter_changed, timeout=2000):
        panel.search.setText("varhanni")  # without diacritics
    assert [r.title for r in view.rows] == ["Varhanní nešpory"]
    panel.clear()
    assert len(view.rows) == 2


def test_export_pdf_of_the_month_view(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    event_service.create_event(ctx.sm, EventDraft(title="Adventní koncert", start=prague(2026, 12, 9, 19), end=prague(2026, 12, 9, 21)))
    page = window.calendar
    page.set_view("month")
    page.go_to(dt.date(2026, 12, 9))
    window.show()
    qtbot.waitExposed(window)
    monkeypatch.setattr(messages, "ask_save_file", lambda *a: str(tmp_path / "prosinec.pdf"))
    path = _feature(window).export_pdf()
    assert path is not None
    data = Path(path).read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000


def test_file_new_event_shows_the_saved_event(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.ui.events import dialog as dialog_module

    monkeypatch.setattr(dialog_module.EventDialog, "ask", classmethod(
        lambda cls, parent, c, draft, event_id=None, *, save: save(replace(draft,
            title="Velikonoční jarmark", start=prague(2027, 3, 20, 9), end=prague(2027, 3, 20, 17)))
    ))
    page, view = _week(qtbot, window, dt.date(2026, 12, 9))
    feature = _feature(window)
    assert feature.act_new in window.menu_file.actions()
    feature.act_new.trigger()
    (row,) = event_service.list_events(ctx.sm)
    assert page.current_date() == dt.date(2027, 3, 20)
    assert page.current_view().selected == row.id


def test_print_actions_only_while_the_calendar_is_shown(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QLabel

    feature = _feature(window)
    window.show_page("calendar")
    QApplication.processEvents()
    assert feature.act_print.isEnabled() and feature.act_pdf.isEnabled()
    window.add_page("other", "Jiná stránka", QLabel("jiná"))
    window.show_page("other")
    QApplication.processEvents()
    # Ctrl+P then belongs to the page shown (e.g. the market map), not to the calendar
    assert not feature.act_print.isEnabled() and not feature.act_pdf.isEnabled()
    window.show_page("calendar")
    QApplication.processEvents()
    assert feature.act_print.isEnabled()


def test_agenda_prints_as_paged_text(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil
    import subprocess

    for day in range(1, 29):
        event_service.create_event(ctx.sm, EventDraft(
            title=f"Adventní koncert {day}", start=prague(2026, 12, day, 17), end=prague(2026, 12, day, 19)))
    page = window.calendar
    page.set_view("agenda")
    page.go_to(dt.date(2026, 12, 1))
    window.show()
    qtbot.waitExposed(window)
    monkeypatch.setattr(messages, "ask_save_file", lambda *a: str(tmp_path / "prehled.pdf"))
    path = _feature(window).export_pdf()
    assert path is not None and Path(path).read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
        assert "Adventní koncert 1" in text and "Adventní koncert 28" in text


def test_print_opens_a_preview_with_the_shown_week_and_evening_hours(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.ui.common.print_dialog import PrintPreviewDialog

    page, _view = _week(qtbot, window, dt.date(2026, 12, 9))
    feature = _feature(window)
    assert feature.print_view()
    dialog = feature.preview
    assert isinstance(dialog, PrintPreviewDialog)
    options = dialog.options()
    assert (options.kind, options.first, options.last) == ("week", dt.date(2026, 12, 7), dt.date(2026, 12, 13))
    assert (options.hour_from, options.hour_to) == (8, 23)
    dialog.kind.setCurrentIndex(dialog.kind.findData("venues"))
    assert not dialog.hour_from.isEnabled()
    monkeypatch.setattr(messages, "ask_save_file", lambda *a: str(tmp_path / "mista"))
    path = dialog.save_pdf()
    assert path == str(tmp_path / "mista.pdf") and Path(path).read_bytes().startswith(b"%PDF")
    dialog.close()


@pytest.mark.parametrize("action_enabled", [False, True])
def test_delete_key_in_the_calendar_asks_once_and_deletes(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, action_enabled: bool
) -> None:
    row = event_service.create_event(ctx.sm, EventDraft(
        title="Vernisáž", start=prague(2026, 12, 9, 17), end=prague(2026, 12, 9, 19),
    ))
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask_yes_no", lambda parent, text, title=None, **kw: asked.append(text) or True)
    page, view = _week(qtbot, window, dt.date(2026, 12, 9))
    view.select_event(row.id)
    _feature(window).act_delete.setEnabled(action_enabled)  # whichever state the menu left it in
    window.activateWindow()
    view.setFocus()
    qtbot.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_Delete)
    assert len(asked) == 1
    with pytest.raises(NotFound):
        event_service.get_event(ctx.sm, row.id)
