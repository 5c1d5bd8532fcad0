"""Ask before saving, moving or copying an event that would clash: the clashes listed, two plain answers."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from planner.i18n import _, npgettext
from planner.services.dto import Conflict
from planner.ui import messages

_MAX_LISTED = 8


def confirm_conflicts(parent: QWidget | None, conflicts: Sequence[Conflict], title: str, question: str) -> bool:
    """Tell the user what the event would clash with and ask whether to go on."""
    lines = [_("“%1” would clash:").replace("%1", title or "?")]
    lines += [f"• {c.message}" for c in conflicts[:_MAX_LISTED]]
    rest = len(conflicts) - _MAX_LISTED
    if rest > 0:
        lines.append(npgettext("EventDialog", "… and {n} more", "… and {n} more", rest).format(n=rest))
    lines += ["", question]
    return messages.ask_yes_no(
        parent, "\n".join(lines), _("Conflict"),
        yes_text=_("Save anyway"),
        no_text=_("Back to editing"),
    )


__all__ = ["confirm_conflicts"]
