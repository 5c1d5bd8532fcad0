"""Reading a spreadsheet runs off the GUI thread; its progress dialog cancels it."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from planner.formats import xlsx_import as xi
from planner.formats.xlsx_limits import ImportCancelled
from planner.ui.excel.background import run_with_progress


def test_reading_runs_off_the_gui_thread_and_returns_the_sheet(qtbot, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Název"])
    ws.append(["Pekárna"])
    wb.save(tmp_path / "v.xlsx")
    threads: list[threading.Thread] = []

    def work(stop):
        threads.append(threading.current_thread())
        return xi.read_sheet(tmp_path / "v.xlsx", "vendors", should_stop=stop)

    sheet = run_with_progress(None, "…", work)
    assert [r[1][0] for r in sheet.rows] == ["Pekárna"]
    assert threads[0] is not threading.main_thread()


def test_cancel_stops_the_reading(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))  # the GUI thread keeps running meanwhile
    timer.start(20)

    def press_cancel() -> None:
        for w in parent.findChildren(QProgressDialog):
            if w.isVisible():
                button = w.findChild(QPushButton)
                assert button is not None
                button.click()  # what the user does
                return
        QTimer.singleShot(50, press_cancel)

    QTimer.singleShot(400, press_cancel)

    def work(stop):
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if stop():
                raise ImportCancelled()
            time.sleep(0.01)
        return None

    with pytest.raises(ImportCancelled):
        run_with_progress(parent, "Reading…", work)
    timer.stop()
    assert len(ticks) > 5
