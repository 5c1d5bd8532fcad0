"""Czech plural forms: one rule, the catalog's Plural-Forms, used through ngettext by the CLI and the UI."""

from __future__ import annotations

import pytest

from planner import i18n
from planner.i18n import ngettext


def _events(n: int) -> str:
    return ngettext("{n} event", "{n} events", n).format(n=n)


@pytest.mark.parametrize(("n", "expected"), [
    (0, "0 akcí"), (1, "1 akce"), (2, "2 akce"), (4, "4 akce"), (5, "5 akcí"), (11, "11 akcí"),
    (21, "21 akcí"), (22, "22 akcí"), (100, "100 akcí"),
])
def test_czech_forms_follow_the_whole_number(n: int, expected: str) -> None:
    assert _events(n) == expected


def test_three_distinct_forms() -> None:
    texts = [ngettext("Wrote {n} calendar ({events}) to {folder}.", "Wrote {n} calendars ({events}) to {folder}.",
                      n).format(n=n, events="", folder="x") for n in (1, 3, 7)]
    assert texts == ["Zapsán 1 kalendář () do x.", "Zapsány 3 kalendáře () do x.", "Zapsáno 7 kalendářů () do x."]


def test_count_follows_the_message_language() -> None:
    i18n.set_language("en")
    try:
        assert _events(1) == "1 event"
        assert _events(3) == "3 events"
        assert _events(0) == "0 events"
    finally:
        i18n.set_language("cs")
    assert _events(3) == "3 akce"
