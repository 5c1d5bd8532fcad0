"""Fixtures of the calendar view tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from planner.db import Database
from planner.ui.changes import ChangeBus
from planner.ui.context import AppContext
from planner.ui.settings_store import SettingsStore


def make_ctx(db: Database, tmp_path: Path) -> AppContext:
    return AppContext(db=db, settings=SettingsStore(str(tmp_path / "settings.ini")), bus=ChangeBus(), undo=QUndoStack())


@pytest.fixture
def ctx(sqlite_db: Database, tmp_path: Path) -> AppContext:
    """An AppContext over an empty SQLite database with private settings."""
    return make_ctx(sqlite_db, tmp_path)


@pytest.fixture
def demo_ctx(demo_db: Database, tmp_path: Path) -> AppContext:
    """An AppContext over the demo data."""
    return make_ctx(demo_db, tmp_path)
