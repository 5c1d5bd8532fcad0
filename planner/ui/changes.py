"""ChangeBus: one signal saying what changed; each page decides whether to refresh."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class Change:
    """What a mutation touched: a kind ("event", "venue", "vendor", "market", "series", "staff", "all")."""

    kind: str
    ids: frozenset[int] = field(default_factory=frozenset)


class ChangeBus(QObject):
    """Broadcasts changes after mutations.

    Signals:
        changed(Change): something was created, edited or deleted.
    """

    changed = Signal(object)

    def emit_change(self, kind: str, ids: Iterable[int] = ()) -> None:
        """Emit a Change of the kind with the given ids."""
        self.changed.emit(Change(kind, frozenset(ids)))
