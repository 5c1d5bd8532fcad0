"""GUI fixtures: a main window over a fresh database, with translations installed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from planner.app import build_window, set_language
from planner.db import Database
from planner.ui.context import AppContext
from planner.ui.main_window import MainWindow
from planner.ui.settings_store import SettingsStore


@pytest.fixture
def make_window(qapp: QApplication, qtbot) -> Iterator:
    """Return a factory building a main window for a database in a language."""
    windows: list[MainWindow] = []

    def factory(db, lang: str = "cs") -> MainWindow:
        set_language(qapp, lang)
        window = build_window(db, SettingsStore(), lang)
        window.finish_start()  # as the user has it a moment after the first paint (tests of the start: test_start_*)
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield factory
    set_language(qapp, "cs")


@pytest.fixture
def make_ctx(qapp: QApplication, tmp_path: Path) -> Callable[[Database], AppContext]:
    """Return a factory of AppContexts over a database, with settings private to the test."""

    def factory(db: Database) -> AppContext:
        return AppContext(db=db, settings=SettingsStore(str(tmp_path / "settings.ini")))

    return factory


@pytest.fixture
def ctx(make_ctx: Callable[[Database], AppContext], sqlite_db: Database) -> AppContext:
    """An AppContext over an empty SQLite database."""
    return make_ctx(sqlite_db)


@pytest.fixture
def demo_ctx(make_ctx: Callable[[Database], AppContext], demo_db: Database) -> AppContext:
    """An AppContext over the Opava demo data."""
    return make_ctx(demo_db)


@pytest.fixture
def shown_messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Record messages instead of showing boxes; questions are answered yes."""
    from planner.ui import messages

    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "show_error", lambda _p, text, _t=None: seen.append(("error", text)))
    monkeypatch.setattr(messages, "show_info", lambda _p, text, _t=None: seen.append(("info", text)))

    def yes(_p, text, _t=None, **_kw):
        seen.append(("question", text))
        return True

    monkeypatch.setattr(messages, "ask_yes_no", yes)
    return seen


@pytest.fixture(autouse=True)
def _editors_discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing an edited dialog at a test's end discards (a real question box would block teardown)."""
    from planner.ui import messages

    monkeypatch.setattr(messages, "ask_discard", lambda _parent: True)
