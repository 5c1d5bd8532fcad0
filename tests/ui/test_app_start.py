"""Starting the application: icon on every window, About shows what is in use, --lang is for one run."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog

from planner import config, paths
from planner.app import make_application, run_gui
from planner.db import Database


def test_every_window_gets_the_application_icon(qapp: QApplication, make_window, sqlite_db: Database) -> None:
    app = make_application()
    assert not app.windowIcon().isNull()
    assert {16, 32, 256} <= {s.width() for s in app.windowIcon().availableSizes()} or \
        not app.windowIcon().pixmap(256, 256).isNull()
    window = make_window(sqlite_db)
    assert window.windowIcon().cacheKey() == app.windowIcon().cacheKey()
    assert QDialog(window).windowIcon().cacheKey() == app.windowIcon().cacheKey()


def test_icon_files_are_generated_and_complete() -> None:
    ico = paths.resource_path("icons/planner.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00"
    count = int.from_bytes(ico[4:6], "little")
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes
    assert paths.resource_path("icons/planner.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_about_shows_version_office_database_and_precedence(make_window, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from planner import __version__
    from planner.db import open_database

    office = tmp_path / "planner.ini"
    office.write_text("[office]\nname = Odbor kancelář primátora\n[publish]\ndir = /srv/kalendare\n", encoding="utf-8")
    monkeypatch.setenv(config.OFFICE_CONFIG_ENV, str(office))
    monkeypatch.delenv(config.PUBLISH_DIR_ENV, raising=False)
    db = open_database(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    try:
        object.__setattr__(db, "url", "postgresql+psycopg://planner:tajne@server.opava.example/planner")
        text = make_window(db).about_text()
    finally:
        db.dispose()
    assert f"Plánovač akcí Opava {__version__}" in text
    assert "Úřad: Odbor kancelář primátora" in text
    assert "planner:***@server.opava.example/planner" in text and "tajne" not in text
    assert f"Složka pro kalendáře: /srv/kalendare (konfigurace úřadu ({office}))" in text
    assert f"Konfigurace úřadu: {office} (nalezena)" in text
    assert "Které nastavení platí: nejdříve volba příkazové řádky" in text


def test_help_menu_is_napoveda_with_the_guide_and_o_programu(make_window, sqlite_db: Database) -> None:
    window = make_window(sqlite_db)
    assert window.menu_help.title() == "&Nápověda"
    assert [a.text() for a in window.menu_help.actions()] == ["&Příručka", "&O programu"]


def test_a_one_off_lang_is_not_saved(qapp: QApplication, demo_db: Database) -> None:
    code = run_gui(argparse.Namespace(db=demo_db.url, lang="en", quit_after_paint=True))
    assert code == 0
    stored = QSettings(str(paths.data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    assert stored.value("ui/language") is None


def test_the_smoke_watchdog_does_not_outlive_the_window(qapp: QApplication, demo_db: Database, qtbot,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A watchdog left running after --quit-after-paint would end a later event loop of the process."""
    from PySide6.QtCore import QElapsedTimer

    from planner import app as app_module

    monkeypatch.setattr(app_module, "SMOKE_TIMEOUT_MS", 10000)
    assert run_gui(argparse.Namespace(db=demo_db.url, lang=None, quit_after_paint=True)) == 0
    clock = QElapsedTimer()
    clock.start()
    qtbot.wait(12000)  # an event loop that the watchdog would have ended after 10 s (Qt timers may be 5 % early)
    assert clock.elapsed() >= 11000
