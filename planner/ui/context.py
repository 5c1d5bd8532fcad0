"""AppContext: what pages and dialogs need, passed in through constructors (no globals)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session, sessionmaker

from planner.db import Database
from planner.ui.changes import ChangeBus
from planner.ui.operations import OperationRunner
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
    db_source: str = "default"  # where the database URL came from (planner.config.Chosen.source)
    ops: OperationRunner = field(init=False)

    def __post_init__(self) -> None:
        # Every mutation started from the UI goes through this one runner (ui/operations.py).
        self.ops = OperationRunner(self.db.sm, self.bus, self.undo)

    @property
    def sm(self) -> sessionmaker[Session]:
        """The sessionmaker services take."""
        return self.db.sm
