"""Conflicts: two bookings of the same venue, performer or stall at the same time."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum



class ConflictKind(StrEnum):
    """What two things clash over (equal to its old string: "venue" == ConflictKind.VENUE)."""

    VENUE = "venue"
    PERFORMER = "performer"
    STALL = "stall"


@dataclass(frozen=True)
class Conflict:
    """Two things that clash; ``message`` is a sentence a UI can show as is.

    The sentence is built when first asked for (in the current language): a month
    of the stress profile holds 18,000 conflicts and shows a few (issue 13). ``text``
    given explicitly wins.
    """

    kind: ConflictKind
    a_id: int
    b_id: int
    a_title: str
    b_title: str
    where: str
    start: dt.datetime | dt.date
    end: dt.datetime | dt.date
    text: str = field(default="", compare=False, repr=False)

    @property
    def message(self) -> str:
        if self.text:
            return self.text
        from planner.services.conflicts import conflict_message  # the services render the sentence

        return conflict_message(self)
