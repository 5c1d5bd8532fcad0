"""AppContext: what pages and dialogs need, passed in through constructors (no globals)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session, sessionmaker

from planner.db import Database
from planner.ui.changes import ChangeBus
from planner.ui.settings_store import SettingsStore
from planner.ui.undo import UndoPages


@dataclass
class AppContext:
    """The open database, settings, change bus and undo stacks of one main window."""

    db: Database
    settings: SettingsStore
    bus: ChangeBus = field(default_factory=ChangeBus)
    undo: UndoPages = field(default_factory=UndoPages)
    lang: str = "cs"

    @property
    def sm(self) -> sessionmaker[Session]:
        """The sessionmaker services take."""
        return self.db.sm
