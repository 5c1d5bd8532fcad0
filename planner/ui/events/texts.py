"""Names of the event undo steps, shown in Edit › Undo ("Zpět: Přesun „Adventní koncert“")."""

from __future__ import annotations
from collections.abc import Sequence

from planner.i18n import _, ngettext



def _short(title: str, limit: int = 32) -> str:
    """Shorten a long title at a word boundary (tool buttons drop the "…", so cut between words)."""
    if len(title) <= limit:
        return title
    cut = title[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,–-")
    return (cut or title[: limit - 1]) + "…"


def _text(template: str, title: str) -> str:
    """Return the undo text (shown in Edit > Undo …) with the event's (shortened) title."""
    return template.replace("%1", _short(title))


def create_text(title: str) -> str:
    return _text(_("Create “%1”"), title)


def copy_text(title: str) -> str:
    return _text(_("Copy “%1”"), title)


def edit_text(title: str) -> str:
    return _text(_("Edit “%1”"), title)


def move_text(title: str) -> str:
    return _text(_("Move “%1”"), title)


def resize_text(title: str) -> str:
    return _text(_("Change the time of “%1”"), title)


def delete_text(title: str) -> str:
    return _text(_("Delete “%1”"), title)


# One event's step names it; several are counted.
def copy_many_text(titles: Sequence[str]) -> str:
    n = len(titles)
    return copy_text(titles[0]) if n == 1 else ngettext("Copy {n} events", "Copy {n} events", n).format(n=n)


def move_many_text(titles: Sequence[str]) -> str:
    n = len(titles)
    return move_text(titles[0]) if n == 1 else ngettext("Move {n} events", "Move {n} events", n).format(n=n)


def delete_many_text(titles: Sequence[str]) -> str:
    n = len(titles)
    return delete_text(titles[0]) if n == 1 else ngettext("Delete {n} events", "Delete {n} events", n).format(n=n)
