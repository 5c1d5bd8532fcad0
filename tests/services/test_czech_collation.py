"""The Czech sort key (ČSN 97 6030) gives the same order as the letter-by-letter reading it replaced."""

from __future__ import annotations

import time
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.services import text as text_service
from planner.services.text import czech_sort_key

# The key as first written (two passes over the text, the rules per letter inline): the reference.
_ALPHABET = ["a", "b", "c", "č", "d", "e", "f", "g", "h", "ch", "i", "j", "k", "l", "m", "n",
             "o", "p", "q", "r", "ř", "s", "š", "t", "u", "v", "w", "x", "y", "z", "ž"]
_PRIMARY = {letter: (i + 1) * 2 for i, letter in enumerate(_ALPHABET)}


def _chunks(text: str, lower: bool) -> list[str]:
    s, out, i = (text.lower() if lower else text), [], 0
    while i < len(s):
        if s[i] in "cC" and i + 1 < len(s) and s[i + 1] in "hH":
            out.append(s[i:i + 2])
            i += 2
        else:
            out.append(s[i])
            i += 1
    return out


def reference_key(text: str) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    primary, secondary, tertiary = [], [], []
    for ch, orig in zip(_chunks(text, True), _chunks(text, False), strict=True):
        ch = "ch" if ch.lower() == "ch" else ch
        if ch in _PRIMARY:
            primary.append(_PRIMARY[ch])
            secondary.append(0)
        elif ch in text_service._SECONDARY_BASE:
            primary.append(_PRIMARY[text_service._SECONDARY_BASE[ch]])
            secondary.append(1)
        elif ch.isdigit():
            primary.append(-100 + int(ch) if ch.isascii() else -90)
            secondary.append(0)
        elif ch.isspace():
            primary.append(-300)
            secondary.append(0)
        elif not ch.isalnum():
            primary.append(-200 + min(ord(ch), 99))
            secondary.append(0)
        else:
            base = unicodedata.normalize("NFD", ch)[0]
            if base in _PRIMARY and ch not in {"č", "ř", "š", "ž"}:
                primary.append(_PRIMARY[base])
                secondary.append(2)
            else:
                primary.append(1000 + ord(ch))
                secondary.append(0)
        tertiary.append(1 if orig[:1].isupper() else 0)
    return tuple(primary), tuple(secondary), tuple(tertiary)


CZECH = "aábcčdďeéěfghchiíjklmnňoópqrřsštťuúůvwxyýzžAÁBCČDĎEÉĚFGHCHIÍJKLMNŇOÓPQRŘSŠTŤUÚŮVWXYÝZŽ 0123456789.-–,„“()äöüßł"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=CZECH, max_size=40))
def test_the_key_is_the_letter_by_letter_key(name: str) -> None:
    assert czech_sort_key(name) == reference_key(name)


def test_names_sort_the_czech_way() -> None:
    names = ["Chrudim", "Čech", "Cibulka", "Hrubý", "Zábřeh", "Žatec", "Šimek", "Sádlo", "Řehoř", "Rybář",
             "CHKO Poodří", "cholera", "Ábel", "adam", "Adam"]
    assert sorted(names, key=czech_sort_key) == [
        "Ábel", "adam", "Adam", "Cibulka", "Čech", "Hrubý", "CHKO Poodří", "cholera", "Chrudim", "Rybář", "Řehoř",
        "Sádlo", "Šimek", "Zábřeh", "Žatec"]
    assert sorted(["İzmir", "Izák"], key=czech_sort_key)  # a longer lower case (İ) no longer breaks the key


def test_a_list_of_names_sorts_fast() -> None:
    """The venue, vendor and performer lists sort thousands of names: the key takes well under the
    letter-by-letter reading's time, and a name met before costs a cache lookup."""
    names = [f"Komorní orchestr Slezské jaro č. {i} – Chrámový sbor" for i in range(5000)]
    started = time.process_time()
    expected = sorted(names, key=reference_key)
    reference = time.process_time() - started
    czech_sort_key.cache_clear()
    started = time.process_time()
    assert sorted(names, key=czech_sort_key) == expected
    first = time.process_time() - started
    started = time.process_time()
    sorted(names, key=czech_sort_key)
    again = time.process_time() - started
    assert first < 0.75 * reference and again < 0.2 * reference
