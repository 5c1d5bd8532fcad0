"""Excel dialogs: File > Export > Excel… and File > Import > … from Excel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QProgressDialog

from planner.formats import excel
from planner.models.enums import RecordKind
from planner.formats import xlsx_import as xi
from planner.services import events, vendors
from planner.services.dto import EventQuery
from planner.ui import messages
from planner.ui.excel.export_dialog import ExcelExportDialog, export_with_progress
from planner.ui.excel.import_dialog import ImportDialog, PreviewColumn
from tests._workbooks import write_sheet

EDITION = "Bezručova Opava 2026 (demo)"


def _action(window, name: str):
    from PySide6.QtGui import QAction

    return window.findChild(QAction, name)


def test_file_menu_has_excel_actions_in_czech(make_window, sqlite_db) -> None:
    window = make_window(sqlite_db)
    assert "&Sestava do Excelu…" in [a.text() for a in window.menu_export.actions()]
    texts = [a.text() for a in window.menu_import.actions()]
    assert "&Prodejci z Excelu…" in texts and "P&rogram z Excelu…" in texts


def test_export_dialog_builds_the_request(make_window, demo_db, qtbot) -> None:
    window = make_window(demo_db)
    dlg = ExcelExportDialog(window.ctx, window)
    qtbot.addWidget(dlg)
    dlg.select_report("events")
    assert dlg.form.isRowVisible(dlg.venue) and not dlg.form.isRowVisible(dlg.market)
    dlg.use_from.setChecked(True)
    dlg.date_from.setDate(QDate(2026, 9, 1))
    dlg.use_to.setChecked(True)
    dlg.date_to.setDate(QDate(2026, 9, 30))
    dlg.venue.setCurrentIndex(dlg.venue.findText("Kino Mír"))
    dlg.cancelled.setChecked(True)
    req = dlg.request()
    assert (req.report, req.first_day, req.last_day) == ("events", dt.date(2026, 9, 1), dt.date(2026, 9, 30))
    assert req.venue_id == dlg.venue.currentData() and req.include_cancelled and req.edition_id is None
    dlg.select_report("market")
    assert dlg.form.isRowVisible(dlg.market) and not dlg.form.isRowVisible(dlg.range)
    assert dlg.request().market_id is not None and dlg.request().first_day is None


def test_programme_needs_an_edition_or_series(make_window, demo_db, qtbot, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, text, title=None: shown.append(text))
    window = make_window(demo_db)
    dlg = ExcelExportDialog(window.ctx, window)
    qtbot.addWidget(dlg)
    dlg.select_report("programme")
    dlg.edition.setCurrentIndex(0)
    dlg.series.setCurrentIndex(0)
    dlg._on_accept()
    assert shown == ["Pro program vyberte ročník festivalu nebo řadu."]
    assert dlg.result() != QDialog.DialogCode.Accepted
    dlg.edition.setCurrentIndex(dlg.edition.findText(EDITION))
    assert dlg.problem() is None


def test_export_run_writes_the_chosen_file(make_window, demo_db, tmp_path: Path, monkeypatch) -> None:
    window = make_window(demo_db)
    target = tmp_path / "prodejci"
    monkeypatch.setattr(ExcelExportDialog, "exec", lambda self: (self.select_report("vendors"),
                                                                  QDialog.DialogCode.Accepted)[1])
    monkeypatch.setattr(messages, "ask_save_file", lambda *a: str(target))
    written = ExcelExportDialog.run(window, window.ctx)
    assert written == tmp_path / "prodejci.xlsx"
    assert load_workbook(written).active["A1"].value == "Prodejci a dodavatelé"
    assert "Sestava uložena" in window.statusBar().currentMessage()


def test_export_can_be_cancelled(make_window, demo_db, tmp_path: Path, monkeypatch) -> None:
    window = make_window(demo_db)
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    target = tmp_path / "akce.xlsx"
    assert export_with_progress(window, window.ctx, excel.ReportRequest("events"), target) is None
    assert not target.exists()


def test_vendor_import_preview_rejects_then_imports(make_window, demo_db, qtbot, qtmodeltester,
                                                    tmp_path: Path, monkeypatch) -> None:
    infos: list[str] = []
    monkeypatch.setattr(messages, "show_info", lambda parent, text, title=None: infos.append(text))
    window = make_window(demo_db)
    before = len(vendors.list_vendors(demo_db.sm))
    src = write_sheet(tmp_path / "novi.xlsx", [["Firma", "Mail", "Telefon"],
                                          ["Nová pražírna", "kava@example.cz", "602 123 456"],
                                          ["Medový vánek s.r.o.", "spatny-mail", None]])
    dlg = ImportDialog(window.ctx, "vendors", xi.read_sheet(src, "vendors"), window)
    qtbot.addWidget(dlg)
    assert dlg.mapping() == {"name": 0, "phone": 2, "email": 1}
    assert dlg.show_preview()
    qtmodeltester.check(dlg.model)
    assert dlg.model.rowCount() == 2
    assert dlg.model.index(1, PreviewColumn.ACTION).data() == "odmítnuto"
    assert "sloupec B (Mail)" in dlg.model.index(1, PreviewColumn.DETAILS).data()
    assert not dlg.import_button.isEnabled() and dlg.save_rejected.isEnabled()
    assert "odmítnutých: 1" in dlg.summary.text()

    rejected = tmp_path / "odmitnute.xlsx"
    monkeypatch.setattr(messages, "ask_save_file", lambda *a: str(rejected))
    dlg.save_rejected.click()
    assert load_workbook(rejected).active["A1"].value == "Odmítnuté řádky – novi.xlsx"

    # Leave the e-mail column out: every row is acceptable now.
    dlg.show_mapping()
    dlg.columns["email"].setCurrentIndex(0)
    assert dlg.show_preview() and dlg.import_button.isEnabled()
    with qtbot.waitSignal(window.ctx.bus.changed) as blocker:
        dlg.do_import()
    assert blocker.args[0].touches(RecordKind.VENDOR)
    assert infos == ["Importováno: nových 1, změněných 0."]
    assert len(vendors.list_vendors(demo_db.sm)) == before + 1
    assert dlg.result() == QDialog.DialogCode.Accepted


def test_programme_import_dialog(make_window, demo_db, qtbot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(messages, "show_info", lambda *a, **k: None)
    window = make_window(demo_db)
    src = write_sheet(tmp_path / "program.xlsx", [["Datum", "Čas", "Název", "Místo"],
                                             ["20. 9. 2026", "18:00", "Beseda o Bezručovi", "Kino Mír"]])
    dlg = ImportDialog(window.ctx, "programme", xi.read_sheet(src, "programme"), window)
    qtbot.addWidget(dlg)
    dlg.edition.setCurrentIndex(dlg.edition.findText(EDITION))
    assert dlg.show_preview()
    assert dlg.model.index(0, PreviewColumn.ACTION).data() == "nový"
    dlg.do_import()
    found = events.list_events(demo_db.sm, EventQuery(text="Beseda o Bezručovi"))
    assert len(found) == 1 and found[0].parent_title == EDITION


def test_bad_file_is_reported_not_opened(make_window, sqlite_db, tmp_path: Path, monkeypatch) -> None:
    shown: list[str] = []
    bad = tmp_path / "x.xlsx"
    bad.write_text("not excel")
    monkeypatch.setattr(messages, "ask_open_file", lambda *a: str(bad))
    monkeypatch.setattr(messages, "show_error", lambda parent, text, title=None: shown.append(text))
    window = make_window(sqlite_db)
    assert ImportDialog.run(window, window.ctx, "vendors") is False
    assert shown and "není to sešit Excelu" in shown[0]


@pytest.mark.parametrize("lang,title", [("en", "Export to Excel"), ("cs", "Export do Excelu")])
def test_dialog_language(make_window, sqlite_db, qtbot, lang: str, title: str) -> None:
    window = make_window(sqlite_db, lang)
    dlg = ExcelExportDialog(window.ctx, window)
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == title
