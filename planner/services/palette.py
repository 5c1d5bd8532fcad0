"""The series colours: one palette of clearly different hues, and the rule that picks from it.

Two series must not share nearly the same colour (the demo's Bezručova Opava and Vánoční trhy
were both a dark red): a new series without a colour of its own gets the palette colour whose
hue is farthest from the colours the other series already have.
"""

from __future__ import annotations

import colorsys
from collections.abc import Iterable

# Material-design 800 shades at least MIN_HUE_DISTANCE apart, each next one far from those before it.
SERIES_PALETTE: tuple[str, ...] = (
    "#1565c0",  # blue
    "#c62828",  # red
    "#2e7d32",  # green
    "#6a1b9a",  # purple
    "#ef6c00",  # orange
    "#00838f",  # teal
    "#ad1457",  # pink
    "#9e9d24",  # olive
    "#4527a0",  # deep purple
    "#558b2f",  # light green
)
# Below this hue distance (degrees) two saturated colours read as the same in a calendar bar.
MIN_HUE_DISTANCE = 20.0


def _hsv(colour: str) -> tuple[float, float, float]:
    text = colour.lstrip("#")
    r, g, b = (int(text[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return colorsys.rgb_to_hsv(r, g, b)


def hue_distance(a: str, b: str) -> float:
    """Return how far apart two #rrggbb colours are on the colour wheel (0–180 degrees).

    Greys (little saturation) have no hue: a grey is 0 from another grey, 180 from a colour.
    """
    ha, sa, va = _hsv(a)
    hb, sb, vb = _hsv(b)
    grey_a, grey_b = sa < 0.2, sb < 0.2
    if grey_a or grey_b:
        return 0.0 if grey_a and grey_b else 180.0
    d = abs(ha - hb) * 360
    return min(d, 360 - d)


def too_close(a: str, b: str) -> bool:
    """Return whether two colours would be confused in the calendar."""
    return hue_distance(a, b) < MIN_HUE_DISTANCE


def distinct_colour(used: Iterable[str]) -> str:
    """Return the palette colour farthest (by hue) from every colour in use; the first when none is."""
    taken = [c for c in used if c and len(c.lstrip("#")) == 6]
    if not taken:
        return SERIES_PALETTE[0]
    free = [c for c in SERIES_PALETTE if c.lower() not in {t.lower() for t in taken}] or list(SERIES_PALETTE)
    return max(free, key=lambda c: (min(hue_distance(c, t) for t in taken), -SERIES_PALETTE.index(c)))


__all__ = ["MIN_HUE_DISTANCE", "SERIES_PALETTE", "distinct_colour", "hue_distance", "too_close"]
