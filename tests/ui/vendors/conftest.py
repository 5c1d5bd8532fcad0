"""Fixtures for the list screens: an AppContext over a fresh database."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from planner.db import Database
from planner.ui.changes import ChangeBus
from planner.ui.context import AppContext
from planner.ui.settings_store import SettingsStore


@pytest.fixture
def ctx(qapp, sqlite_db: Database, tmp_path) -> AppContext:  # type: ignore[no-untyped-def]
    """An AppContext with its own settings file (shared by pages made in one test)."""
    return AppContext(
        db=sqlite_db, settings=SettingsStore(str(tmp_path / "settings.ini")), bus=ChangeBus(), undo=QUndoStack()
    )


@pytest.fixture
def shown_messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Record messages instead of showing boxes; questions are answered yes."""
    from planner.ui import messages

    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "show_error", lambda _p, text, _t=None: seen.append(("error", text)))
    monkeypatch.setattr(messages, "show_info", lambda _p, text, _t=None: seen.append(("info", text)))

    def yes(_p, text, _t=None, **_kw):  # type: ignore[no-untyped-def]
        seen.append(("question", text))
        return True

    monkeypatch.setattr(messages, "ask_yes_no", yes)
    return seen
