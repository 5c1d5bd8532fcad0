"""File dialogs open in the folder last used for the same purpose (import, export, print to PDF)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from planner import settings
from planner.ui import messages
from planner.ui.settings_store import SettingsStore


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SettingsStore:
    s = SettingsStore(str(tmp_path / "settings.ini"))
    monkeypatch.setattr(messages, "_folders", s)
    return s


def test_each_purpose_remembers_its_own_folder(qapp, store, tmp_path, monkeypatch) -> None:
    exports, pdfs, imports = (tmp_path / d for d in ("vykazy", "tisk", "tabulky"))
    for folder in (exports, pdfs, imports):
        folder.mkdir()
    opened: list[str] = []
    answers = iter([str(exports / "akce.xlsx"), str(pdfs / "kalendar.pdf"), "", ""])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda parent, title, start, filters: (
        opened.append(start) or next(answers), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda parent, title, start, filters: (
        opened.append(start) or str(imports / "prodejci.xlsx"), ""))

    assert messages.ask_save_file(None, "Excel", "akce.xlsx", "Excel (*.xlsx)") == str(exports / "akce.xlsx")
    assert messages.ask_save_file(None, "PDF", "kalendar.pdf", "PDF (*.pdf)") == str(pdfs / "kalendar.pdf")
    assert messages.ask_open_file(None, "Import", "Excel (*.xlsx)") == str(imports / "prodejci.xlsx")
    assert opened == ["akce.xlsx", "kalendar.pdf", ""]  # nothing remembered yet: Qt's own start

    assert messages.ask_save_file(None, "Excel", "zmeny.xlsx", "Excel (*.xlsx)") is None  # cancelled: kept
    assert messages.ask_save_file(None, "PDF", "tyden.pdf", "PDF (*.pdf)") is None
    messages.ask_open_file(None, "Import", "Excel (*.xlsx)")
    assert opened[3:] == [str(exports / "zmeny.xlsx"), str(pdfs / "tyden.pdf"), str(imports)]
    assert store.get(settings.LAST_FOLDER_PDF) == str(pdfs)


def test_a_folder_that_is_gone_is_not_offered(qapp, store, tmp_path, monkeypatch) -> None:
    store.set(settings.LAST_FOLDER_EXPORT, str(tmp_path / "smazana"))
    opened: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda parent, title, start, filters: (opened.append(start) or "", ""))
    messages.ask_save_file(None, "Excel", "akce.xlsx", "Excel (*.xlsx)")
    assert opened == ["akce.xlsx"]
