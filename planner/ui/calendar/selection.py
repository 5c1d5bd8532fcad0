"""What a calendar view hands its page about a place or a choice: slots, menu targets, the rubber band.

A :class:`Slot` is a place in a view (a day, maybe a start time, maybe a venue row) where a new
event or a paste goes; a :class:`MenuTarget` is what a right-click (or the Menu key) hit. The
:class:`RubberBand` draws the frame of a drag over empty space that selects what it covers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QPoint, QRect, QRectF
from PySide6.QtWidgets import QRubberBand, QWidget

from planner.ui.intents import KEEP_VENUE, VenueChoice

# Pixels a press must travel before it becomes a rubber band (a click stays a click).
BAND_THRESHOLD = 4


@dataclass(frozen=True)
class Slot:
    """A place in a view: a day, optionally a start (hour grids, timelines) and a venue row."""

    day: dt.date
    start: dt.datetime | None = None
    venue: VenueChoice = KEEP_VENUE


@dataclass(frozen=True)
class MenuTarget:
    """What a context menu is about: an event (selected first) or an empty slot."""

    event_id: int | None
    slot: Slot | None


class _Select(Protocol):
    def __call__(self, ids: list[int], *, add: bool) -> None: ...


class RubberBand:
    """A drag over empty space in one widget; :meth:`finish` returns the covered rectangle."""

    def __init__(self, widget: QWidget) -> None:
        self._band = QRubberBand(QRubberBand.Shape.Rectangle, widget)
        self._origin: QPoint | None = None
        self.additive = False

    def begin(self, pos: QPoint, *, additive: bool = False) -> None:
        self._origin = QPoint(pos)
        self.additive = additive

    def active(self) -> bool:
        return self._origin is not None

    def move(self, pos: QPoint) -> None:
        if self._origin is None:
            return
        rect = QRect(self._origin, pos).normalized()
        if self._band.isVisible() or max(rect.width(), rect.height()) >= BAND_THRESHOLD:
            self._band.setGeometry(rect)
            self._band.show()

    def finish(self) -> QRectF | None:
        """End the drag: the rectangle it covered, or None when it was a mere click."""
        shown = self._band.isVisible()
        rect = QRectF(self._band.geometry())
        self._band.hide()
        self._origin = None
        return rect if shown else None

    def release(self, covered: Callable[[QRectF], list[int]], select: _Select) -> bool:
        """End a band drag, if one is on: select the events it ``covered`` (added to the selection
        when it began with Ctrl or Shift). Return whether the release was the band's."""
        if not self.active():
            return False
        rect = self.finish()
        if rect is not None:
            select(covered(rect), add=self.additive)
        return True


__all__ = ["BAND_THRESHOLD", "MenuTarget", "RubberBand", "Slot"]
