"""iCalendar in the GUI: export dialog, import preview, feed settings and the File menu actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from planner.models.enums import RecordKind
from planner import settings
from planner.app import build_window, set_language
from planner.db import Database
from planner.formats.ical import ExportOptions, export_calendar
from planner.formats.publish import Selection
from planner.models.enums import EventStatus
from planner.services.events import count_events, list_events
from planner.services.ical_import import Action, ImportItem, ImportReport
from planner.services.timeutil import prague
from planner.ui import messages
from planner.ui.context import AppContext
from planner.ui.ical.feature import IcalFeature
from planner.ui.ical.export_dialog import ExportRequest, IcalExportDialog
from planner.ui.ical.import_dialog import IcalImportDialog, ImportPreviewModel
from planner.ui.ical.publish_dialog import PublishSettingsDialog
from planner.ui.settings_store import SettingsStore
from tests.formats._ical_data import make_office


@pytest.fixture
def czech(qapp: QApplication) -> Iterator[None]:
    set_language(qapp, "cs")
    yield
    set_language(qapp, "cs")


@pytest.fixture
def office_db(sqlite_db: Database) -> Database:
    office = make_office(sqlite_db.sm)
    office.event("Varhanní koncert")
    office.event("Komorní večer", prague(2026, 12, 3, 19), venue_id=office.other_venue_id, series_id=None)
    office.event("Zrušený koncert", prague(2026, 12, 5, 19), status=EventStatus.CANCELLED)
    return sqlite_db


@pytest.fixture
def ctx(make_ctx: Callable[[Database], AppContext], office_db: Database) -> AppContext:
    return make_ctx(office_db)


@pytest.fixture
def window(czech, office_db: Database, qtbot):
    win = build_window(office_db, SettingsStore(), "cs")
    win.finish_start()  # what follows the first paint: the File menu's iCalendar actions
    qtbot.addWidget(win)
    return win


def test_file_menu_offers_ical_export_import_and_publishing_in_czech(window) -> None:
    assert "iCalendar (.ics)…" in [a.text() for a in window.menu_export.actions()]
    assert "iCalendar (.ics)…" in [a.text() for a in window.menu_import.actions()]
    assert window.findChild(QAction, "action_export_ical") is window.ical.act_export
    texts = [a.text() for a in window.menu_file.actions()]
    assert "Zveřejnit kalendáře k odběru" in texts and "Nastavení kalendářů k odběru…" in texts
    assert isinstance(window.ical, IcalFeature)


def test_export_dialog_counts_and_describes_the_selection(czech, ctx: AppContext, qtbot) -> None:
    dialog = IcalExportDialog(ctx, today=dt.date(2026, 11, 1))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Export do iCalendar"
    assert dialog.count_label.text() == "Akcí k exportu: 2"  # cancelled left out by default
    assert not dialog.include_internal.isChecked()
    dialog.include_cancelled.setChecked(True)
    assert dialog.count_label.text() == "Akcí k exportu: 3"
    dialog.series.setCurrentIndex(dialog.series.findText("Bezručova Opava"))
    dialog.limit_dates.setChecked(True)
    dialog.date_to.setDate(dialog.date_from.date().addDays(29))
    assert dialog.count_label.text() == "Akcí k exportu: 1"
    selection = dialog.selection()
    assert selection.series_name == "Bezručova Opava" and selection.include_cancelled
    assert (selection.first_day, selection.last_day) == (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert selection.title() == "Opava – Bezručova Opava"


def test_export_dialog_keeps_itself_open_on_bad_input(czech, ctx: AppContext, qtbot, tmp_path: Path) -> None:
    dialog = IcalExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.path.setText("")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == 0 and dialog.error_label.text() == "Zvolte soubor, do kterého se má zapsat."
    dialog.path.setText(str(tmp_path / "missing" / "x.ics"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "neexistuje" in dialog.error_label.text() and dialog.path.text().endswith("x.ics")
    dialog.limit_dates.setChecked(True)
    dialog.date_to.setDate(dialog.date_from.date().addDays(-1))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.error_label.text() == "Poslední den je před prvním."
    dialog.limit_dates.setChecked(False)
    dialog.path.setText(str(tmp_path / "plan"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == 1
    assert dialog.request().path == tmp_path / "plan.ics"


def test_export_action_writes_the_file(window, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "plan.ics"
    request = ExportRequest(Selection(include_cancelled=True), False, out)
    monkeypatch.setattr(IcalExportDialog, "ask", classmethod(lambda cls, ctx, parent=None: request))
    window.ical.act_export.trigger()
    assert out.read_bytes().count(b"BEGIN:VEVENT") == 3
    assert window.statusBar().currentMessage() == f"Exportováno do {out} (akcí: 3)."


def _report() -> ImportReport:
    start = prague(2026, 12, 1, 19)
    return ImportReport((
        ImportItem(Action.NEW, "a", "Nový koncert", start, line=12),
        ImportItem(Action.UPDATED, "b", "Přesunutý koncert", start, line=30),
        ImportItem(Action.UNCHANGED, "c", "Stejný koncert", start, line=44),
        ImportItem(Action.SKIPPED, "d", "Zrušená akce", start, "zrušená akce, v plánovači není", line=60),
    ), dry_run=True)


def test_import_preview_model_and_dialog(czech, qtbot, qtmodeltester) -> None:
    model = ImportPreviewModel()
    model.set_report(_report())
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(4)] == ["Nová", "Aktualizovaná", "Beze změny", "Přeskočená"]
    assert model.index(3, 3).data() == "řádek 60: zrušená akce, v plánovači není"
    assert model.index(0, 1).data() == "1. 12. 2026 19:00"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Výsledek"
    dialog = IcalImportDialog(_report(), "umelci.ics", "Agentura")
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == "Nové: 1 · Aktualizované: 1 · Beze změny: 1 · Přeskočené: 1"
    assert dialog.import_button.text() == "Importovat (2)" and dialog.import_button.isEnabled()
    nothing = IcalImportDialog(ImportReport((ImportItem(Action.UNCHANGED, "c", "x", None),)), "x.ics")
    qtbot.addWidget(nothing)
    assert not nothing.import_button.isEnabled() and nothing.import_button.text() == "Není co importovat"


def _file_with_new_event(tmp_path: Path, db: Database) -> Path:
    rows = list_events(db.sm)
    text = export_calendar(rows, ExportOptions("x")).decode()
    extra = ("BEGIN:VEVENT\r\nUID:new-1@artist.example\r\nSUMMARY:Koncert umělce\r\n"
             "DTSTART:20261210T180000Z\r\nDTEND:20261210T200000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    path = tmp_path / "umelec.ics"
    path.write_bytes(text.replace("END:VCALENDAR\r\n", extra).encode())
    return path


def test_import_action_previews_then_imports_only_when_confirmed(window, office_db, tmp_path, monkeypatch, qtbot) -> None:
    path = _file_with_new_event(tmp_path, office_db)
    monkeypatch.setattr(messages, "ask_open_file", lambda *a, **k: str(path))
    seen: list[ImportReport] = []

    def decline(cls, report, name, calendar_name="", parent=None, notes=()):
        seen.append(report)
        return False

    monkeypatch.setattr(IcalImportDialog, "ask", classmethod(decline))
    window.ical.act_import.trigger()
    assert (seen[0].new, seen[0].unchanged) == (1, 3) and seen[0].dry_run
    assert count_events(office_db.sm) == 3  # the preview wrote nothing
    monkeypatch.setattr(IcalImportDialog, "ask", classmethod(lambda cls, *a, **k: True))
    with qtbot.waitSignal(window.ctx.bus.changed) as signal:
        window.ical.act_import.trigger()
    assert signal.args[0].touches(RecordKind.EVENT)
    assert count_events(office_db.sm) == 4
    assert window.statusBar().currentMessage() == "Importováno: nových 1, aktualizovaných 0."


def test_import_of_a_broken_file_shows_the_error_and_writes_nothing(window, office_db, tmp_path, monkeypatch) -> None:
    bad = tmp_path / "bad.ics"
    bad.write_bytes(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:x\r\n")
    monkeypatch.setattr(messages, "ask_open_file", lambda *a, **k: str(bad))
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, text, title=None: shown.append(text))
    monkeypatch.setattr(IcalImportDialog, "ask", classmethod(lambda cls, *a, **k: pytest.fail("no preview")))
    window.ical.act_import.trigger()
    assert len(shown) == 1 and shown[0].startswith("Soubor končí uvnitř BEGIN:VEVENT z řádku 2 (je neúplný?).")
    assert count_events(office_db.sm) == 3


def test_publish_settings_dialog_loads_validates_and_saves(czech, ctx: AppContext, qtbot, tmp_path: Path) -> None:
    dialog = PublishSettingsDialog(ctx.settings)
    qtbot.addWidget(dialog)
    assert dialog.folder.text() == "" and not dialog.auto.isChecked()
    dialog.auto.setChecked(True)
    dialog._accept()
    assert dialog.error.text() == "Zvolte existující složku." and not ctx.settings.get(settings.PUBLISH_AUTO)
    dialog.folder.setText(str(tmp_path))
    dialog._accept()
    assert ctx.settings.get(settings.PUBLISH_DIR) == str(tmp_path) and ctx.settings.get(settings.PUBLISH_AUTO)


def test_publish_action_and_automatic_publishing_after_a_change(window, tmp_path, qtbot, monkeypatch) -> None:
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    window.ctx.settings.set(settings.PUBLISH_DIR, str(feeds))
    result = window.ical.publish()
    assert result is not None and (feeds / "public" / "opava.ics").is_file()
    assert window.statusBar().currentMessage() == f"Zveřejněno do {feeds} (kalendářů: 5)."
    (feeds / "public" / "opava.ics").unlink()
    window.ctx.bus.emit_change(RecordKind.EVENT, [1])
    assert not window.ical.timer.isActive()  # automatic publishing is off by default
    window.ctx.settings.set(settings.PUBLISH_AUTO, True)
    window.ical.timer.setInterval(10)
    window.ctx.bus.emit_change(RecordKind.EVENT, [1])
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Kalendáře k odběru byly aktualizovány.",
                    timeout=10000)
    assert (feeds / "public" / "opava.ics").is_file() and not window.ical.busy


def test_changes_during_a_background_publish_cause_one_more_run(window, tmp_path, qtbot, monkeypatch) -> None:
    import threading

    import planner.ui.ical.feature as feature_module

    feeds = tmp_path / "feeds"
    feeds.mkdir()
    window.ctx.settings.set(settings.PUBLISH_DIR, str(feeds))
    window.ctx.settings.set(settings.PUBLISH_AUTO, True)
    window.ical.timer.setInterval(10)
    gate = threading.Event()
    runs: list[str] = []
    real = feature_module.publish_feeds

    def slow_publish(sm, folder):
        gate.wait(5)
        runs.append(folder)
        return real(sm, folder)

    monkeypatch.setattr(feature_module, "publish_feeds", slow_publish)
    window.ctx.bus.emit_change(RecordKind.EVENT, [1])
    qtbot.waitUntil(lambda: window.ical.busy, timeout=3000)
    window.ctx.bus.emit_change(RecordKind.EVENT, [2])  # arrives while the first run is busy
    window.ctx.bus.emit_change(RecordKind.EVENT, [3])
    qtbot.wait(50)
    gate.set()
    qtbot.waitUntil(lambda: len(runs) == 2 and not window.ical.busy, timeout=10000)
    qtbot.wait(100)
    assert len(runs) == 2


def test_background_publish_failure_goes_to_the_status_bar(window, tmp_path, qtbot) -> None:
    window.ctx.settings.set(settings.PUBLISH_DIR, str(tmp_path / "gone"))
    window.ical.auto_publish()
    qtbot.waitUntil(lambda: not window.ical.busy, timeout=10000)
    assert window.statusBar().currentMessage().startswith("Zveřejnění kalendářů selhalo: Složka pro kalendáře ")


def test_preview_shows_all_day_events_as_days(czech) -> None:
    first, end = prague(2026, 3, 20), prague(2026, 3, 23)
    model = ImportPreviewModel()
    model.set_report(ImportReport((ImportItem(Action.NEW, "a", "Výstava", first, end=end, all_day=True),
                                   ImportItem(Action.NEW, "b", "Den", first, end=prague(2026, 3, 21), all_day=True))))
    assert model.index(0, 1).data() == "20.–22. 3. 2026"
    assert model.index(1, 1).data() == "20. 3. 2026"


def test_an_import_is_one_undo_step(window, office_db, tmp_path, monkeypatch) -> None:
    path = _file_with_new_event(tmp_path, office_db)
    monkeypatch.setattr(messages, "ask_open_file", lambda *a, **k: str(path))
    monkeypatch.setattr(IcalImportDialog, "ask", classmethod(lambda cls, *a, **k: True))
    window.ical.act_import.trigger()
    assert count_events(office_db.sm) == 4
    assert window.ctx.undo.active().undoText() == "Import 1 akce z umelec.ics"
    window.ctx.undo.undo()
    assert count_events(office_db.sm) == 3
    assert window.ctx.undo.active().canRedo()  # the generic redo puts exactly those rows back
    window.ctx.undo.redo()
    assert count_events(office_db.sm) == 4


def test_preview_lists_what_the_reader_skipped_and_says_why_nothing_imports(czech, qtbot) -> None:
    from planner.formats.ical import parse_calendar

    data = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:old\r\nSUMMARY:Stará řada\r\n"
            "DTSTART:20100104T170000Z\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\nEND:VEVENT\r\n"
            "Tohle není řádek\r\nEND:VCALENDAR\r\n").encode()
    parsed = parse_calendar(data, now=dt.datetime(2026, 3, 1, tzinfo=dt.timezone.utc))
    report = ImportReport(())
    dialog = IcalImportDialog(report, "stara.ics", "", None, parsed.notes)
    qtbot.addWidget(dialog)
    text = dialog.notes.toPlainText().splitlines()
    assert text[0].startswith("řádek 3: přeskočeno: opakovaná akce „Stará řada“ nemá v období")
    assert text[1] == "řádek 9: přeskočeno: „Tohle není řádek“ není platný řádek iCalendar (NÁZEV:hodnota)."
    assert dialog.summary.text().endswith("nelze importovat nic; důvody jsou níže.")
    assert not dialog.import_button.isEnabled()


def test_reading_runs_off_the_gui_thread_and_can_be_cancelled(window, office_db, tmp_path, monkeypatch, qtbot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog

    big = tmp_path / "velky.ics"
    series = "".join(f"BEGIN:VEVENT\r\nUID:s{i}\r\nSUMMARY:Řada {i}\r\nDTSTART:20260101T100000Z\r\n"
                     f"RRULE:FREQ=HOURLY\r\nEND:VEVENT\r\n" for i in range(19))
    big.write_bytes(f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{series}END:VCALENDAR\r\n".encode())
    monkeypatch.setattr(messages, "ask_open_file", lambda *a, **k: str(big))
    monkeypatch.setattr(IcalImportDialog, "ask", classmethod(lambda cls, *a, **k: pytest.fail("cancelled: no preview")))
    seen: list[bool] = []

    def press_cancel() -> None:
        progress = window.findChild(QProgressDialog, "ical_import_progress")
        if progress is None:
            QTimer.singleShot(5, press_cancel)
            return
        seen.append(True)
        from PySide6.QtWidgets import QPushButton
        progress.findChild(QPushButton).click()  # what the user's click on Cancel does

    QTimer.singleShot(0, press_cancel)
    window.ical.act_import.trigger()
    assert seen == [True]  # the GUI thread ran the timer while the file was being read
    assert window.statusBar().currentMessage() == "Import zrušen; nic nebylo zapsáno."
    assert count_events(office_db.sm) == 3
