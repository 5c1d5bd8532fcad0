"""AppContext: what pages and dialogs need, passed in through constructors (no globals)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QUndoStack
from sqlalchemy.orm import Session, sessionmaker

from planner.db import Database
from planner.ui.changes import ChangeBus
from planner.ui.settings_store import SettingsStore


@dataclass
class AppContext:
    """The open database, settings, change bus and undo stack of one main window."""

    db: Database
    settings: SettingsStore
    bus: ChangeBus
    undo: QUndoStack
    lang: str = "cs"
    db_source: str = "default"  # where the database URL came from (planner.config.Chosen.source)

    @property
    def sm(self) -> sessionmaker[Session]:
        """The sessionmaker services take."""
        return self.db.sm
