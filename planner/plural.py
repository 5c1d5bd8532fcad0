"""Plural forms of counted nouns in Czech and English: one helper for every count message (no Qt).

Czech has three forms by the whole number: 1 akce; 2, 3, 4 akce; 0 and 5 or more akcí (so also
21 akcí, 22 akcí: only 1 and 2–4 differ). English has singular and plural.

    plural(3, "akce", "akce", "akcí")          -> "3 akce"
    plural(1, "event", "events", "events")     -> "1 event"
    count(n, ("akce", "akce", "akcí"), ("event", "events"))  -> by the message language
"""

from __future__ import annotations

from planner import errors


def form(n: int, one: str, few: str, many: str) -> str:
    """Return the noun form for ``n``: one (1), few (2–4), many (0, 5 and more, and fractions)."""
    if n == 1:
        return one
    if 2 <= n <= 4:
        return few
    return many


def plural(n: int, one: str, few: str, many: str) -> str:
    """Return "n noun" with the right form (Czech rules; pass the English forms as one/many/many)."""
    return f"{n} {form(n, one, few, many)}"


def count(n: int, cs: tuple[str, str, str], en: tuple[str, str]) -> str:
    """Return "n noun" in the current message language: cs = (1, 2–4, 5+), en = (singular, plural)."""
    if errors.language() == "cs":
        return plural(n, *cs)
    return plural(n, en[0], en[1], en[1])
