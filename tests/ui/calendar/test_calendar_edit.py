"""Right-click menus, Ctrl+C / Ctrl+V and multi-select in the calendar views, through the real main window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtCore import QLocale
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu
from pytestqt.qtbot import QtBot

from planner import i18n as catalog
from planner.app import set_language
from planner.ui import i18n
from planner.services import events as event_service
from planner.services import venues as venue_service
from planner.services.dto import EventDraft, VenueDraft
from planner.services.timeutil import prague
from planner.ui import messages
from planner.ui.calendar import clipboard
from planner.ui.calendar import week_view as W
from planner.ui.calendar.month_view import MonthView
from planner.ui.calendar.page import CalendarPage
from planner.ui.calendar.selection import MenuTarget, Slot
from planner.ui.calendar.week_view import WeekView
from planner.ui.context import AppContext
from planner.ui.events import dialog as dialog_module
from planner.ui.main_window import MainWindow

DAY = dt.date(2026, 12, 9)
VIEWS = ("month", "week", "workweek", "day", "agenda", "timeline")


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, ctx: AppContext) -> Iterator[MainWindow]:
    locale, language = QLocale(), catalog.language()
    set_language(qapp, "cs")  # the menus are checked in Czech
    QGuiApplication.clipboard().clear()  # nothing copied by an earlier test
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1280, 760)
    yield w
    QGuiApplication.clipboard().clear()  # QMimeData left on the clipboard crashes the interpreter's exit
    i18n.install(qapp, "en")  # other tests expect the untranslated UI
    QLocale.setDefault(locale)
    catalog.set_language(language)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Questions are recorded and answered yes."""
    out: list[str] = []
    monkeypatch.setattr(messages, "ask_yes_no", lambda parent, text, title=None, **kw: out.append(text) or True)
    return out


def _show(qtbot: QtBot, window: MainWindow, key: str, day: dt.date = DAY) -> CalendarPage:
    page = window.calendar
    page.set_view(key)
    page.go_to(day)
    window.show()
    qtbot.waitExposed(window)
    page.current_view().grab()  # painted once: the hit boxes exist
    return page


def _concert(ctx: AppContext, title: str = "Adventní koncert – Čtvrtek", day: int = 9, hour: int = 19,
             venue_id: int | None = None):
    return event_service.create_event(ctx.sm, EventDraft(title, prague(2026, 12, day, hour),
                                                         prague(2026, 12, day, hour + 2), venue_id=venue_id))


def _menu_texts(menu: QMenu) -> list[str]:
    return [a.text().split("\t")[0].replace("&", "") for a in menu.actions() if not a.isSeparator()]


def _trigger(menu: QMenu, name: str) -> None:
    act = next(a for a in menu.actions() if a.objectName() == f"menu_{name}" or a.objectName() == name)
    act.trigger()


@pytest.mark.parametrize("key", VIEWS)
def test_event_menu_offers_open_copy_delete_and_venue_in_czech(qtbot: QtBot, window: MainWindow, ctx: AppContext,
                                                               key: str) -> None:
    row = _concert(ctx)
    page = _show(qtbot, window, key)
    view = page.current_view()
    view.select_event(row.id)
    menu = page.edit_actions.menu_for(MenuTarget(row.id, None))
    texts = _menu_texts(menu)
    assert texts[:3] == ["Otevřít", "Kopírovat", "Vyjmout"]
    assert "Duplikovat" in texts and "Přesunout na místo…" in texts and "Smazat" in texts
    page.edit_requested.disconnect()  # the editor itself is tested elsewhere
    opened: list[int] = []
    page.edit_requested.connect(opened.append)
    _trigger(menu, "open")
    assert opened == [row.id]


@pytest.mark.parametrize("key", VIEWS)
def test_menu_actions_do_what_they_say(qtbot: QtBot, window: MainWindow, ctx: AppContext, asked: list[str],
                                       monkeypatch: pytest.MonkeyPatch, key: str) -> None:
    hall = venue_service.create_venue(ctx.sm, VenueDraft("Dům umění"))
    row = _concert(ctx)
    page = _show(qtbot, window, key)
    page.current_view().select_event(row.id)
    _trigger(page.edit_actions.menu_for(MenuTarget(row.id, None)), "duplicate")
    copies = [r for r in event_service.list_events(ctx.sm) if r.id != row.id]
    assert [(c.title, c.start, c.end) for c in copies] == [(row.title, row.start, row.end)]
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Dům umění", True))
    _trigger(page.edit_actions.menu_for(MenuTarget(row.id, None)), "venue")
    assert event_service.get_event(ctx.sm, row.id).venue_id == hall.id
    _trigger(page.edit_actions.menu_for(MenuTarget(row.id, None)), "delete")
    assert len(asked) == 1
    assert [r.id for r in event_service.list_events(ctx.sm)] == [copies[0].id]
    ctx.undo.undo()  # the delete, in one step
    assert event_service.get_event(ctx.sm, row.id).venue_id == hall.id


@pytest.mark.parametrize("key", VIEWS)
def test_empty_space_menu_creates_there_and_pastes(qtbot: QtBot, window: MainWindow, ctx: AppContext,
                                                   monkeypatch: pytest.MonkeyPatch, key: str) -> None:
    hall = venue_service.create_venue(ctx.sm, VenueDraft("Slezské divadlo"))
    drafts: list[EventDraft] = []
    monkeypatch.setattr(dialog_module.EventDialog, "ask",
                        classmethod(lambda cls, parent, ctx_, draft, **kw: drafts.append(draft)))
    page = _show(qtbot, window, key)
    slot = Slot(dt.date(2026, 12, 10), prague(2026, 12, 10, 18), hall.id if key == "timeline" else None)
    menu = page.edit_actions.menu_for(MenuTarget(None, slot))
    assert _menu_texts(menu)[:2] == ["Nová akce zde", "Vložit"]
    assert not next(a for a in menu.actions() if a.objectName() == "menu_paste").isEnabled()  # nothing copied
    _trigger(menu, "new")
    assert (drafts[0].start, drafts[0].end) == (prague(2026, 12, 10, 18), prague(2026, 12, 10, 19))
    assert drafts[0].venue_id == (hall.id if key == "timeline" else None)
    row = _concert(ctx)
    page.refresh()
    page.current_view().select_event(row.id)
    assert page.edit_actions.copy()
    _trigger(page.edit_actions.menu_for(MenuTarget(None, slot)), "paste")
    pasted = [r for r in event_service.list_events(ctx.sm) if r.id != row.id]
    assert [(p.title, p.start, p.end - p.start) for p in pasted] == [
        ("Adventní koncert – Čtvrtek", prague(2026, 12, 10, 18), dt.timedelta(hours=2))]


def test_ctrl_c_ctrl_v_in_the_week_pastes_at_the_clicked_slot_keeping_the_length(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    row = _concert(ctx)
    page = _show(qtbot, window, "week")
    view = page.current_view()
    assert isinstance(view, WeekView)
    box = view.grid.box_of(row.id)
    assert box is not None
    qtbot.mouseClick(view.grid, Qt.MouseButton.LeftButton, pos=box.center().toPoint())
    assert view.selection() == [row.id]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)  # shortcuts need it
    view.setFocus()
    qtbot.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    data = QGuiApplication.clipboard().mimeData()
    assert data.hasFormat(clipboard.MIME)
    assert data.text() == "Adventní koncert – Čtvrtek\t9. 12. 2026 19:00–21:00\t"
    w = view.grid.col_width()
    friday_17 = QPointF(W.AXIS + 4 * w + w / 2, 17.25 * view.hour_height).toPoint()  # 11. 12., 17:00
    view.scroll_area.ensureVisible(friday_17.x(), friday_17.y())
    qtbot.mouseClick(view.grid, Qt.MouseButton.LeftButton, pos=friday_17)
    qtbot.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    pasted = [r for r in event_service.list_events(ctx.sm) if r.id != row.id]
    assert [(p.title, p.start, p.end) for p in pasted] == [
        (row.title, prague(2026, 12, 11, 17), prague(2026, 12, 11, 19))]
    assert view.selection() == [pasted[0].id]  # the copy is selected
    ctx.undo.undo()
    assert [r.id for r in event_service.list_events(ctx.sm)] == [row.id]


def test_cut_and_paste_moves_the_event(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    row = _concert(ctx)
    page = _show(qtbot, window, "month")
    page.current_view().select_event(row.id)
    assert page.edit_actions.cut()
    assert page.edit_actions.paste(Slot(dt.date(2026, 12, 16)))
    moved = event_service.get_event(ctx.sm, row.id)
    assert (moved.start, moved.end) == (prague(2026, 12, 16, 19), prague(2026, 12, 16, 21))
    assert len(event_service.list_events(ctx.sm)) == 1
    assert clipboard.read() == clipboard.Copied((row.id,), cut=False)  # a second paste copies


def _month_hit(view: MonthView, event_id: int) -> QPoint:
    hit = next(h for h in view._hits if h.event_id == event_id)
    return hit.rect.center().toPoint()


def test_ctrl_click_three_then_delete_is_one_undo_step(qtbot: QtBot, window: MainWindow, ctx: AppContext,
                                                        asked: list[str]) -> None:
    rows = [_concert(ctx, f"Koncert {name}", day) for name, day in (("Žesťů", 8), ("Varhan", 9), ("Sboru", 10))]
    page = _show(qtbot, window, "month")
    view = page.current_view()
    assert isinstance(view, MonthView)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=_month_hit(view, rows[0].id))
    for r in rows[1:]:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                         pos=_month_hit(view, r.id))
    assert sorted(view.selection()) == sorted(r.id for r in rows)
    window.activateWindow()
    view.setFocus()
    qtbot.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_Delete)
    assert len(asked) == 1 and "3" in asked[0]
    assert event_service.list_events(ctx.sm) == []
    ctx.undo.undo()
    assert sorted(r.id for r in event_service.list_events(ctx.sm)) == sorted(r.id for r in rows)
    ctx.undo.redo()
    assert event_service.list_events(ctx.sm) == []


def test_ctrl_click_on_a_selected_event_unselects_it(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    rows = [_concert(ctx, "Koncert A", 8), _concert(ctx, "Koncert B", 9)]
    view = _show(qtbot, window, "month").current_view()
    assert isinstance(view, MonthView)
    view.set_selection([r.id for r in rows])
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     pos=_month_hit(view, rows[0].id))
    assert view.selection() == [rows[1].id]


def test_rubber_band_selects_what_it_covers(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    inside = [_concert(ctx, "Koncert v pondělí", 7), _concert(ctx, "Koncert v úterý", 8)]
    outside = _concert(ctx, "Koncert v pátek", 11)
    view = _show(qtbot, window, "month").current_view()
    assert isinstance(view, MonthView)
    monday, tuesday = view.cell_rect(dt.date(2026, 12, 7)), view.cell_rect(dt.date(2026, 12, 8))
    start = (monday.bottomLeft() + QPointF(4, -3)).toPoint()  # empty space under the events
    end = (tuesday.topRight() + QPointF(-4, 3)).toPoint()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view, (start + end) / 2)
    qtbot.mouseMove(view, end)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)
    assert sorted(view.selection()) == sorted(r.id for r in inside)
    assert outside.id not in view.selection()


def test_rubber_band_in_the_week_with_shift_and_joint_move_is_one_step(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    rows = [_concert(ctx, "Ranní zkouška", 8, 9), _concert(ctx, "Odpolední zkouška", 8, 14)]
    page = _show(qtbot, window, "week")
    view = page.current_view()
    assert isinstance(view, WeekView)
    w = view.grid.col_width()
    a = QPointF(W.AXIS + 1 * w + 3, 8.5 * view.hour_height).toPoint()
    b = QPointF(W.AXIS + 2 * w - 3, 15 * view.hour_height).toPoint()
    qtbot.mousePress(view.grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, pos=a)
    qtbot.mouseMove(view.grid, b)
    qtbot.mouseRelease(view.grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, pos=b)
    assert sorted(view.selection()) == sorted(r.id for r in rows)
    assert len(event_service.list_events(ctx.sm)) == 2  # a band, not a new event
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)  # both a day later
    assert [event_service.get_event(ctx.sm, r.id).start for r in rows] == [prague(2026, 12, 9, 9),
                                                                          prague(2026, 12, 9, 14)]
    ctx.undo.undo()
    assert [event_service.get_event(ctx.sm, r.id).start for r in rows] == [r.start for r in rows]


def test_dragging_one_of_two_selected_moves_both(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    rows = [_concert(ctx, "Koncert A", 8), _concert(ctx, "Koncert B", 9)]
    view = _show(qtbot, window, "month").current_view()
    assert isinstance(view, MonthView)
    view.set_selection([r.id for r in rows])
    grab = _month_hit(view, rows[0].id)
    drop = (view.cell_rect(dt.date(2026, 12, 15)).center()).toPoint()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(view, drop)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=drop)
    assert [event_service.get_event(ctx.sm, r.id).start for r in rows] == [prague(2026, 12, 15, 19),
                                                                          prague(2026, 12, 16, 19)]
    ctx.undo.undo()
    assert [event_service.get_event(ctx.sm, r.id).start for r in rows] == [r.start for r in rows]


@pytest.mark.parametrize("key", VIEWS)
def test_keyboard_opens_the_menu_of_the_selected_event(qtbot: QtBot, window: MainWindow, ctx: AppContext,
                                                        monkeypatch: pytest.MonkeyPatch, key: str) -> None:
    row = _concert(ctx)
    page = _show(qtbot, window, key)
    view = page.current_view()
    shown: list[list[str]] = []
    actions = page.edit_actions
    monkeypatch.setattr(actions, "show_menu", lambda target, pos: shown.append(_menu_texts(actions.menu_for(target))))
    view.context_requested.disconnect()
    view.context_requested.connect(actions.show_menu)
    view.select_event(row.id)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    QApplication.sendEvent(view, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), view.mapToGlobal(QPoint(5, 5))))
    assert len(shown) == 2 and shown[0][0] == "Otevřít" == shown[1][0]
    menu_at = view.anchor_point()
    assert view.rect().contains(view.mapFromGlobal(menu_at))


@pytest.mark.parametrize("key", ("month", "week", "timeline"))
def test_right_click_selects_the_event_under_the_mouse(qtbot: QtBot, window: MainWindow, ctx: AppContext,
                                                       monkeypatch: pytest.MonkeyPatch, key: str) -> None:
    row = _concert(ctx)
    page = _show(qtbot, window, key)
    view = page.current_view()
    targets: list[MenuTarget] = []
    monkeypatch.setattr(page.edit_actions, "show_menu", lambda target, pos: targets.append(target))
    view.context_requested.disconnect()
    view.context_requested.connect(page.edit_actions.show_menu)
    view.select_event(None)
    at = view.anchor_point() if key != "month" else view.mapToGlobal(_month_hit(view, row.id))
    if key != "month":
        view.select_event(row.id)
        at = view.anchor_point()
        view.select_event(None)
    child = view.childAt(view.mapFromGlobal(at)) or view  # the grid or bar area inside a scroll area
    QApplication.sendEvent(child, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, child.mapFromGlobal(at), at))
    assert targets and targets[0].event_id == row.id
    assert view.selection() == [row.id]
