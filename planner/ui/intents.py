"""Values shared by the views that ask for a change and the feature that carries it out.

Kept below the feature packages (calendar, events, …), so none of them imports another.
"""

from __future__ import annotations

from typing import Final


class _KeepVenue:
    """The type of :data:`KEEP_VENUE` (a singleton that prints as its name)."""

    _instance: _KeepVenue | None = None

    def __new__(cls) -> _KeepVenue:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "KEEP_VENUE"


# move_requested(…, venue, …): keep the event's venue (a venue id or None would set it).
KEEP_VENUE: Final = _KeepVenue()

VenueChoice = int | None | _KeepVenue

__all__ = ["KEEP_VENUE", "VenueChoice"]
