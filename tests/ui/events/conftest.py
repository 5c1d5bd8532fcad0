"""Fixtures for the event editing tests: an AppContext over a fresh or demo database."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from planner.db import Database
from planner.services.dto import EventRow
from planner.ui.changes import ChangeBus
from planner.ui.context import AppContext
from planner.ui.settings_store import SettingsStore


def make_ctx(db: Database, tmp_path: Path) -> AppContext:
    return AppContext(
        db=db, settings=SettingsStore(str(tmp_path / "settings.ini")), bus=ChangeBus(), undo=QUndoStack()
    )


@pytest.fixture
def ctx(qapp: object, db: Database, tmp_path: Path) -> AppContext:
    """An AppContext over an empty migrated database (SQLite, and PostgreSQL when configured)."""
    return make_ctx(db, tmp_path)


@pytest.fixture
def demo_ctx(qapp: object, demo_db: Database, tmp_path: Path) -> AppContext:
    """An AppContext over the Opava demo data."""
    return make_ctx(demo_db, tmp_path)


def _comparable(row: EventRow) -> EventRow:
    epoch = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)
    return dataclasses.replace(row, version=0, sequence=0, updated_at=epoch)


@pytest.fixture
def comparable():  # type: ignore[no-untyped-def]
    """The row without the bookkeeping an undo legitimately changes (version, sequence, updated)."""
    return _comparable
