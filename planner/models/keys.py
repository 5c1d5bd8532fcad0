"""Natural keys the imports match records on, kept in columns so the schema can make them unique."""

from __future__ import annotations

import unicodedata
from typing import Any

from sqlalchemy import event


def fold_key(text: str) -> str:
    """Return text folded for matching: no case, accents, spaces or punctuation ("Čaj o 5" -> "cajo5")."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


def vendor_match_key(name: str, city: str) -> str:
    """Return the natural key of a vendor without IČO: folded name and municipality, letters and digits only.

    "Pekárna  Novák, s.r.o." in "Opava" and "pekarna novak sro" in "OPAVA" are the same vendor;
    the same name in another municipality is another one. Unique among vendors without IČO
    (migration 0004), so two colleagues importing one sheet at once cannot both add it.
    """
    return f"{fold_key(name)}|{fold_key(city)}"[:320]


def install(vendor: type[Any]) -> None:
    """Keep ``vendor.match_key`` in step with its name and city on every insert and update."""

    def fill(_mapper: Any, _conn: Any, target: Any) -> None:
        target.match_key = vendor_match_key(target.name or "", target.city or "")

    event.listen(vendor, "before_insert", fill)
    event.listen(vendor, "before_update", fill)
