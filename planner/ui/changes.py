"""ChangeBus: one signal saying what changed (typed record kinds and ids); each page decides whether to refresh.

A page subscribes with :class:`PageRefresher`: while the page is in view a relevant change reloads it at
once; while it is hidden (another page of the window is shown) it only marks itself stale and reloads
when it is shown again, so one edit queries only what the user is looking at.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from planner.models.enums import RecordKind

log = logging.getLogger(__name__)

_EMPTY: Mapping[RecordKind, frozenset[int]] = MappingProxyType({})


@dataclass(frozen=True)
class Change:
    """What one operation touched: the ids of the records of each kind, and who started it.

    ``touched`` maps a record kind to the ids changed (created, edited or deleted); an empty id set means
    "records of this kind changed, ids unknown". ``everything`` (demo data, a reset) touches every kind.
    ``op_ids`` are the history operations that made the change (empty when it was not an operation,
    e.g. a refused drag that only asks the views to redraw); ``initiator`` is the widget that started it.
    """

    touched: Mapping[RecordKind, frozenset[int]] = field(default_factory=lambda: _EMPTY)
    everything: bool = False
    op_ids: tuple[int, ...] = ()
    label: str = ""
    initiator: QObject | None = field(default=None, compare=False)

    @classmethod
    def of(cls, kind: RecordKind, ids: Iterable[int] = (), *, initiator: QObject | None = None) -> Change:
        """Return a change of one kind of record."""
        return cls(MappingProxyType({kind: frozenset(ids)}), initiator=initiator)

    @classmethod
    def merged(cls, parts: Mapping[RecordKind, Iterable[int]], *, op_ids: tuple[int, ...] = (), label: str = "",
               initiator: QObject | None = None) -> Change:
        """Return a change of several kinds (kinds with no ids are kept: "ids unknown")."""
        touched = {kind: frozenset(ids) for kind, ids in parts.items()}
        return cls(MappingProxyType(touched), op_ids=op_ids, label=label, initiator=initiator)

    @classmethod
    def all(cls, *, initiator: QObject | None = None, label: str = "") -> Change:
        """Return a change of every kind (demo data loaded, database replaced)."""
        return cls(everything=True, initiator=initiator, label=label)

    @property
    def kinds(self) -> frozenset[RecordKind]:
        """Return the kinds of record touched (every kind for ``everything``)."""
        return frozenset(RecordKind) if self.everything else frozenset(self.touched)

    def touches(self, *kinds: RecordKind) -> bool:
        """Return True when records of any of the kinds changed."""
        return self.everything or any(kind in self.touched for kind in kinds)

    def ids(self, kind: RecordKind) -> frozenset[int]:
        """Return the ids of the records of a kind that changed (empty: none, or not known)."""
        return self.touched.get(kind, frozenset())

    def is_empty(self) -> bool:
        return not self.everything and not self.touched


class ChangeBus(QObject):
    """Broadcasts changes after mutations.

    Signals:
        changed(Change): records were created, edited or deleted.
    """

    changed = Signal(object)

    def broadcast(self, change: Change) -> None:
        """Broadcast a change (nothing when it touched nothing)."""
        if not change.is_empty():
            self.changed.emit(change)

    def emit_change(self, kind: RecordKind, ids: Iterable[int] = (), *, initiator: QObject | None = None) -> None:
        """Broadcast a change of one kind of record with the given ids."""
        self.broadcast(Change.of(kind, ids, initiator=initiator))


def in_view(widget: QWidget) -> bool:
    """Return True when the widget is shown in its window (or is a window of its own).

    A page on a QStackedWidget that is not the current one is hidden, even before the window is shown.
    """
    return widget.isWindow() or widget.isVisibleTo(widget.window())


class PageRefresher(QObject):
    """Refreshes a page for the changes it cares about: now when in view, else when next shown.

    ``kinds`` are the record kinds the page shows; ``reload(change)`` is called with the change (or,
    after being hidden, with the union of the changes it missed).
    """

    def __init__(self, page: QWidget, bus: ChangeBus, kinds: Iterable[RecordKind],
                 reload: Callable[[Change], None]) -> None:
        super().__init__(page)
        self._page = page
        self._kinds = frozenset(kinds)
        self._reload = reload
        self._missed: list[Change] = []
        bus.changed.connect(self._on_change)
        page.installEventFilter(self)

    @property
    def stale(self) -> bool:
        """Return True when changes arrived while the page was hidden."""
        return bool(self._missed)

    def _on_change(self, change: Change) -> None:
        if not change.touches(*self._kinds):
            return
        if in_view(self._page):
            self._reload(change)
        else:
            self._missed.append(change)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._page and event.type() == QEvent.Type.Show and self._missed:
            self.flush()
        return False

    def flush(self) -> None:
        """Apply the changes that arrived while hidden, as one reload."""
        missed, self._missed = self._missed, []
        if not missed:
            return
        if any(c.everything for c in missed):
            combined = Change.all()
        else:
            parts: dict[RecordKind, set[int]] = {}
            for c in missed:
                for kind, ids in c.touched.items():
                    parts.setdefault(kind, set()).update(ids)
            combined = Change.merged(parts)
        self._reload(combined)


__all__ = ["Change", "ChangeBus", "PageRefresher", "in_view"]
