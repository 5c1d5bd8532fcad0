"""Look of the stall map shared by its items, legend and printout: scale, colours, fonts, labels."""

from __future__ import annotations

import enum

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPolygonF,
)

from planner.i18n import _
from planner.models.enums import VendorCategory
from planner.services.market_map import StallState


SCALE = 20.0
"""Scene pixels per metre."""
GRID_M = 0.25
"""Moved stalls snap to this grid (metres)."""
VENDOR_MIME = "application/x-planner-vendor-id"
"""Mime type of a vendor dragged from the vendor list (payload: the vendor id as text)."""


class ColourBy(enum.Enum):
    CATEGORY = "category"
    STATUS = "status"


def colour_by_label(mode: ColourBy) -> str:
    """Name the colouring as the printed map's subtitle does ("coloured by booking status")."""
    return _("vendor category") if mode is ColourBy.CATEGORY else _("booking status")


STATE_COLOURS = {
    StallState.FREE: "#eceff1",
    StallState.APPLIED: "#ffe082",
    StallState.UNPAID: "#ffab91",
    StallState.PAID: "#a5d6a7",
}

CATEGORY_COLOURS = {
    VendorCategory.FOOD_PACKAGED: "#ffcc80",
    VendorCategory.FOOD_UNPACKAGED: "#bcaaa4",
    VendorCategory.HOT_FOOD: "#ef9a9a",
    VendorCategory.DRINKS: "#90caf9",
    VendorCategory.CRAFTS: "#a5d6a7",
    VendorCategory.TEXTILES: "#ce93d8",
    VendorCategory.DECORATIONS: "#fff59d",
    VendorCategory.SERVICES: "#80cbc4",
    VendorCategory.OTHER: "#b0bec5",
}


def state_label(state: StallState) -> str:
    return {
        StallState.FREE: _("Free"),
        StallState.APPLIED: _("Applications only"),
        StallState.UNPAID: _("Approved, unpaid"),
        StallState.PAID: _("Approved, paid"),
    }[state]


def short_vendor_name(name: str) -> str:
    """Return the part of a vendor name worth printing on a small stall.

    'Petra Hliňáková – Keramika Hliněný kos' -> 'Keramika Hliněný kos';
    'Medový vánek s.r.o.' -> 'Medový vánek'.
    """
    text = name.split(" – ", 1)[1] if " – " in name else name
    for suffix in (" s.r.o.", ", s.r.o.", " a.s.", " z.s.", " spol. s r.o."):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text.strip().rstrip(",") or name


def wrap_lines(fm: QFontMetricsF, text: str, width: float, max_lines: int = 2) -> list[str]:
    """Word-wrap text into at most max_lines lines of the width, eliding the last one."""
    words = text.split()
    lines: list[str] = []
    current = ""
    for i, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if fm.horizontalAdvance(candidate) <= width or not current:
            current = candidate
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines - 1:
            current = " ".join(words[i:])
            break
    if current:
        lines.append(current)
    return [fm.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines[:max_lines]]


def font_of(pixel_size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(pixel_size)))
    font.setBold(bold)
    return font


def bolt(centre: QPointF, size: float) -> QPolygonF:
    """A lightning bolt (the power outlet marker) of the given height."""
    s = size / 10
    points = [(1, -5), (-3, 1), (0, 1), (-1, 5), (3, -1), (0, -1), (1, -5)]
    return QPolygonF([QPointF(centre.x() + x * s, centre.y() + y * s) for x, y in points])
