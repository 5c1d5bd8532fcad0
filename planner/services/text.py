"""Czech text helpers: collation ("ch" after "h", "Č" after "C") and search folding.

No maintained pure-Python package implements the Czech tailoring (PyICU needs a
compiled ICU), so the sort key follows ČSN 97 6030 directly: letters with háček
(č ř š ž) and "ch" are letters of their own; acute/ring/ď/ť/ň only break ties.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


# Primary alphabet; "ch" is handled as a digraph between h and i.
_ALPHABET = [
    "a", "b", "c", "č", "d", "e", "f", "g", "h", "ch", "i", "j", "k", "l", "m", "n",
    "o", "p", "q", "r", "ř", "s", "š", "t", "u", "v", "w", "x", "y", "z", "ž",
]
_PRIMARY = {letter: (i + 1) * 2 for i, letter in enumerate(_ALPHABET)}
# Letters that sort with their base letter at the primary level.
_SECONDARY_BASE = {
    "á": "a", "ä": "a", "ď": "d", "é": "e", "ě": "e", "ë": "e", "í": "i", "ň": "n",
    "ó": "o", "ö": "o", "ô": "o", "ť": "t", "ú": "u", "ů": "u", "ü": "u", "ý": "y",
    "ĺ": "l", "ľ": "l", "ŕ": "r", "ł": "l", "ß": "s",
}
_OWN_LETTERS = {"č", "ř", "š", "ž"}


def _weights(ch: str) -> tuple[int, int]:
    """Return the (primary, secondary) weight of one lower-cased letter ("ch" counts as one)."""
    if ch in _PRIMARY:
        return _PRIMARY[ch], 0
    if ch in _SECONDARY_BASE:
        return _PRIMARY[_SECONDARY_BASE[ch]], 1
    if ch.isdigit():
        return (-100 + int(ch) if ch.isascii() else -90), 0
    if ch.isspace():
        return -300, 0  # spaces sort before every letter (word by word, as ICU's default does)
    if not ch.isalnum():
        return -200 + min(ord(ch), 99), 0
    base = unicodedata.normalize("NFD", ch)[0]
    if base in _PRIMARY and ch not in _OWN_LETTERS:
        return _PRIMARY[base], 2
    return 1000 + ord(ch), 0


_WEIGHTS: dict[str, tuple[int, int]] = {}  # each letter's weights, computed the first time it is met


@lru_cache(maxsize=16384)
def czech_sort_key(text: str) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """Return a key that sorts strings the Czech way (case and accents break ties).

    Cached: lists, legends and reports sort the same names again and again (a venue list, the
    series in the calendar's legend on every step).
    """
    lower = text.lower()
    if len(lower) != len(text):  # a letter whose lower case is longer (İ): letter by letter, as typed
        lower = "".join(c.lower()[:1] or c for c in text)
    primary: list[int] = []
    secondary: list[int] = []
    tertiary: list[int] = []
    weights, i, n = _WEIGHTS, 0, len(text)
    while i < n:
        ch = lower[i]
        upper = text[i].isupper()
        if ch == "c" and i + 1 < n and lower[i + 1] == "h":
            ch = "ch"
            i += 2
        else:
            i += 1
        got = weights.get(ch)
        if got is None:
            got = weights[ch] = _weights(ch)
        primary.append(got[0])
        secondary.append(got[1])
        tertiary.append(1 if upper else 0)
    return tuple(primary), tuple(secondary), tuple(tertiary)


def fold(text: str) -> str:
    """Return text lower-cased without diacritics, for forgiving search ("cech" finds "Čech")."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def matches(query: str, *fields: str | None) -> bool:
    """Return True if every word of the query occurs (folded) in one of the fields."""
    words = fold(query).split()
    if not words:
        return True
    hay = " ".join(fold(f) for f in fields if f)
    return all(w in hay for w in words)


# Czech academic and professional titles, before or after the name (compared without dots and case).
_TITLES = frozenset({
    "bc", "bca", "mgr", "mga", "ing", "arch", "mudr", "mvdr", "mddr", "phdr", "rndr", "judr", "paeddr",
    "pharmdr", "thdr", "thlic", "thmgr", "rsdr", "icdr", "doc", "prof", "dr", "phd", "csc", "drsc", "dis",
    "mba", "llm", "thd", "artd", "mph", "dipl", "ph", "d",
})


def _is_title(word: str) -> bool:
    return word.lower().replace(".", "") in _TITLES and (word.endswith(".") or word.lower() in ("mba", "dis"))


def person_sort_key(name: str) -> tuple[object, ...]:
    """Return a key that sorts people by surname, then first names, ignoring academic titles.

    "Mgr. Tereza Zedníková" sorts under Z, "Bc. Klára Vojtíšková" under V and "Ing. Jan Novák, Ph.D."
    under N: titles (Bc., Mgr., Ing., PhDr., Ph.D., CSc., …) and a trailing "(…)" note are left out,
    the last remaining word is the surname (Czech order: first names, then surname).
    """
    text = name.split("(", 1)[0].replace(",", " ")
    words = [w for w in text.split() if not _is_title(w)]
    if not words:
        return (czech_sort_key(name.strip()), czech_sort_key(""), czech_sort_key(name))
    return (czech_sort_key(words[-1]), czech_sort_key(" ".join(words[:-1])), czech_sort_key(name))
