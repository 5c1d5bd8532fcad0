"""Czech plural forms: one rule (planner.plural), used by the CLI and matched by the UI's Qt numerus forms."""

from __future__ import annotations

import pytest

from planner import errors
from planner.plural import count, form, plural


@pytest.mark.parametrize(("n", "expected"), [
    (0, "0 akcí"), (1, "1 akce"), (2, "2 akce"), (4, "4 akce"), (5, "5 akcí"), (11, "11 akcí"),
    (21, "21 akcí"), (22, "22 akcí"), (100, "100 akcí"),
])
def test_czech_forms_follow_the_whole_number(n: int, expected: str) -> None:
    assert plural(n, "akce", "akce", "akcí") == expected


def test_three_distinct_forms() -> None:
    assert [plural(n, "kalendář", "kalendáře", "kalendářů") for n in (1, 3, 7)] == \
        ["1 kalendář", "3 kalendáře", "7 kalendářů"]
    assert [form(n, "Zapsán", "Zapsány", "Zapsáno") for n in (1, 2, 5)] == ["Zapsán", "Zapsány", "Zapsáno"]


def test_count_follows_the_message_language() -> None:
    errors.set_language("en")
    try:
        assert count(1, ("akce", "akce", "akcí"), ("event", "events")) == "1 event"
        assert count(3, ("akce", "akce", "akcí"), ("event", "events")) == "3 events"
    finally:
        errors.set_language("cs")
    assert count(3, ("akce", "akce", "akcí"), ("event", "events")) == "3 akce"
