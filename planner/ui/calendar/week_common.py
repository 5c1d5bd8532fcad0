"""What the parts of the week/day view share: the axis width, drag modes, and where an event is drawn."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QRectF

AXIS = 52
EDGE = 6  # px of an event's bottom edge that resize instead of move
WORK_START, WORK_END = 8, 18
MIN_HOUR_HEIGHT, MAX_HOUR_HEIGHT = 20, 160


@dataclass
class Box:
    rect: QRectF
    event_id: int
    day: dt.date


@dataclass
class Drag:
    mode: str  # "create", "move", "resize", "allday"
    day: dt.date
    hours: float
    event_id: int | None = None
    copy: bool = False
    cur_day: dt.date | None = None
    cur_hours: float = 0.0
    moved: bool = False

