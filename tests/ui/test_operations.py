"""The issue's scenarios, in a real main window: one runner, undo per page, refusals that name the colleague."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy.orm import sessionmaker

from planner.db import Database
from planner.services import events as event_service
from planner.services import vendors as vendor_service
from planner.services.dto import VendorDraft
from planner.services.timeutil import prague
from planner.ui import messages
from planner.ui.ical.import_dialog import IcalImportDialog
from planner.ui.main_window import MainWindow
from planner.ui.vendors import page as vendors_page
from tests.ui._keys import open_page, press

ICS_EVENT = (
    "BEGIN:VEVENT\r\nUID:outlook-{n}@opava.cz\r\nDTSTAMP:20261101T090000Z\r\nSEQUENCE:0\r\n"
    "DTSTART:202612{day:02d}T170000Z\r\nDTEND:202612{day:02d}T190000Z\r\nSUMMARY:Adventní koncert č. {n}\r\n"
    "LOCATION:Kostel sv. Ducha\r\nEND:VEVENT\r\n"
)


def _outlook_ics(tmp_path: Path) -> Path:
    body = "".join(ICS_EVENT.format(n=n, day=n + 1) for n in range(1, 8))
    path = tmp_path / "outlook.ics"
    path.write_bytes(("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0//EN\r\n"
                      + body + "END:VCALENDAR\r\n").encode("utf-8"))
    return path


def _import(window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(messages, "ask_open_file", lambda *a, **k: str(path))
    monkeypatch.setattr(IcalImportDialog, "ask", classmethod(lambda cls, *a, **k: True))  # the preview: Import
    window.ical.act_import.trigger()


def _imported(db: Database) -> list[str]:
    return sorted(r.title for r in event_service.list_events(db.sm) if r.uid.startswith("outlook-"))


@pytest.fixture
def window(make_window, db: Database, qtbot) -> MainWindow:
    w = make_window(db)
    w.resize(1366, 768)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    w.show_page("calendar")
    return w


def test_import_then_ctrl_z_on_another_page_undoes_only_that_page(window, db, tmp_path, monkeypatch, qtbot) -> None:
    _import(window, _outlook_ics(tmp_path), monkeypatch)
    assert len(_imported(db)) == 7
    calendar_text = window.act_undo.text()
    assert calendar_text == "&Zpět: Import 7 akcí z outlook.ics", calendar_text

    open_page(qtbot, window, "vendors")
    monkeypatch.setattr(vendors_page.VendorDialog, "ask", classmethod(
        lambda cls, parent, sm, row=None, *, save: save(VendorDraft(name="Perníkárna Kopřivnice"))))  # OK pressed
    window.vendors_page.add()
    assert [v.name for v in vendor_service.list_vendors(db.sm)] == ["Perníkárna Kopřivnice"]
    assert window.act_undo.text().startswith("&Zpět: ") and "Perníkárna" in window.act_undo.text()

    press(qtbot, window, "Ctrl+Z")
    assert vendor_service.list_vendors(db.sm) == []  # the vendor goes
    assert len(_imported(db)) == 7  # the events stay
    assert not window.act_undo.isEnabled()  # nothing more to undo on Prodejci

    open_page(qtbot, window, "calendar")
    assert window.act_undo.text() == calendar_text
    press(qtbot, window, "Ctrl+Z")
    assert _imported(db) == []
    assert window.act_redo.text() == "&Znovu: Import 7 akcí z outlook.ics"
    redo_keys = [k.toString() for k in window.act_redo.shortcuts()]
    assert redo_keys[0] == "Ctrl+Shift+Z" and len(redo_keys) == len(set(redo_keys))  # twice = ambiguous = dead key
    press(qtbot, window, "Ctrl+Shift+Z")
    assert len(_imported(db)) == 7
    assert {r.id for r in window.calendar.current_view().rows} >= {
        r.id for r in event_service.list_events(db.sm) if r.uid.startswith("outlook-")}


def test_create_move_resize_then_undo_undo_redo_redo_on_one_event(window, db, monkeypatch) -> None:
    from planner.ui.events import dialog as dialog_module

    monkeypatch.setattr(dialog_module.EventDialog, "ask", classmethod(
        lambda cls, parent, ctx, draft, event_id=None, *, save: save(replace(draft, title="Adventní koncert"))))
    controller = window.events.controller
    start = prague(2026, 12, 8, 18)
    event_id = controller.create(start, start + dt.timedelta(hours=2))
    assert event_id is not None
    moved = start + dt.timedelta(days=1)
    assert controller.move(event_id, moved, moved + dt.timedelta(hours=2)) == event_id
    assert controller.move(event_id, moved, moved + dt.timedelta(hours=3)) == event_id  # resize

    def span() -> tuple[dt.datetime, dt.datetime]:
        row = event_service.get_event(db.sm, event_id)
        return row.start, row.end

    errors: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _p, text, _t=None: errors.append(text))
    undo = window.ctx.undo
    undo.undo()
    assert span() == (moved, moved + dt.timedelta(hours=2))
    undo.undo()
    assert span() == (start, start + dt.timedelta(hours=2))
    undo.redo()
    assert span() == (moved, moved + dt.timedelta(hours=2))
    undo.redo()
    assert span() == (moved, moved + dt.timedelta(hours=3))
    assert errors == []  # never "someone else changed it" for one's own steps
    assert undo.active().index() == 3 and undo.active().count() == 3


def test_undo_of_an_import_after_a_colleague_edited_one_of_its_events_is_refused(window, db, tmp_path, monkeypatch) -> None:
    _import(window, _outlook_ics(tmp_path), monkeypatch)
    target = next(r for r in event_service.list_events(db.sm) if r.uid == "outlook-3@opava.cz")
    colleague = sessionmaker(bind=db.engine, expire_on_commit=False,
                             info={"planner_client_id": "pc-kolegyne", "planner_actor": "Jana Nováková"})
    event_service.update_event(colleague, target.id, replace(target.to_draft(),
        title="Adventní koncert č. 3 – změna sólisty"))

    errors: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _p, text, _t=None: errors.append(text))
    stack = window.ctx.undo.active()
    window.ctx.undo.undo()

    assert len(errors) == 1
    assert "Jana Nováková" in errors[0] and "Adventní koncert č. 3" in errors[0], errors[0]
    assert len(_imported(db)) == 7  # nothing overwritten, nothing deleted
    assert event_service.get_event(db.sm, target.id).title == "Adventní koncert č. 3 – změna sólisty"
    assert stack.index() == 1 and stack.canUndo()  # the step stays where it is
    assert window.act_undo.text() == "&Zpět: Import 7 akcí z outlook.ics"


def test_toolbar_undo_button_keeps_its_width(window, db, tmp_path, monkeypatch) -> None:
    button = window.toolbar.widgetForAction(window.act_undo)
    width = button.width()
    _import(window, _outlook_ics(tmp_path), monkeypatch)
    assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    assert button.width() == width
    assert button.toolTip() == "Zpět: Import 7 akcí z outlook.ics"
