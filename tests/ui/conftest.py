"""GUI fixtures: a main window over a fresh database, with translations installed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from planner.app import build_window, set_language
from planner.ui.main_window import MainWindow
from planner.ui.settings_store import SettingsStore


@pytest.fixture
def make_window(qapp: QApplication, qtbot) -> Iterator:  # type: ignore[no-untyped-def]
    """Return a factory building a main window for a database in a language."""
    windows: list[MainWindow] = []

    def factory(db, lang: str = "cs") -> MainWindow:  # type: ignore[no-untyped-def]
        set_language(qapp, lang)
        window = build_window(db, SettingsStore(), lang)
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield factory
    set_language(qapp, "cs")
