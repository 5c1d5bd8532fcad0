"""Ask before saving, moving or copying an event that would clash: the clashes listed, two plain answers."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from planner.services.dto import Conflict
from planner.ui import messages

_MAX_LISTED = 8


def confirm_conflicts(parent: QWidget | None, conflicts: Sequence[Conflict], title: str, question: str) -> bool:
    """Tell the user what the event would clash with and ask whether to go on."""
    lines = [QCoreApplication.translate("EventDialog", "“%1” would clash:").replace("%1", title or "?")]
    lines += [f"• {c.message}" for c in conflicts[:_MAX_LISTED]]
    rest = len(conflicts) - _MAX_LISTED
    if rest > 0:
        lines.append(QCoreApplication.translate("EventDialog", "… and %n more", "", rest))
    lines += ["", question]
    return messages.ask_yes_no(
        parent, "\n".join(lines), QCoreApplication.translate("EventDialog", "Conflict"),
        yes_text=QCoreApplication.translate("EventDialog", "Save anyway"),
        no_text=QCoreApplication.translate("EventDialog", "Back to editing"),
    )


__all__ = ["confirm_conflicts"]
