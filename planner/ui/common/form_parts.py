"""Small pieces of record forms beside the RecordDialog base: a row of several widgets, the check of a
typed date, and gathering the problems of several checks so each shows under its own field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from planner.errors import ValidationError, ValidationErrors
from planner.i18n import _
from planner.ui.common.date_edit import DateEdit
from planner.ui.common.record_dialog import as_list


def row_of(*parts: QWidget | str) -> QWidget:
    """Return widgets side by side in one form row (a text becomes a label, e.g. "×" or "–"), left-aligned."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        row.addWidget(QLabel(part) if isinstance(part, str) else part)
    row.addStretch(1)
    return box


def check_date(field: str, edit: DateEdit) -> None:
    """Raise the field's error when a date field's text is not a date (its value would silently be the old date)."""
    if edit.isEnabled() and not edit.is_valid():
        raise ValidationError(field, "invalid", value=_("Not a date: type it like 24.12.2026"))


def check_all(*checks: Callable[[], object]) -> None:
    """Run every check of a form (e.g. its date fields, then the service's validation) and raise all their
    problems together, so each is shown under its own field at once."""
    problems: list[ValidationError] = []
    for check in checks:
        try:
            check()
        except (ValidationError, ValidationErrors) as exc:
            problems.extend(as_list(exc))
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise ValidationErrors(problems)


__all__ = ["check_all", "check_date", "row_of"]
