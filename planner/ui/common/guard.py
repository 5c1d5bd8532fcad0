"""Editors never lose what was typed: Esc / Cancel with changes asks first; the first field has the focus."""

from __future__ import annotations

import logging

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTextEdit,
    QWidget,
)

from planner.ui import messages

log = logging.getLogger(__name__)


# A widget whose value is not one of Qt's editors sets this dynamic property to its value.
FORM_VALUE = "form_value"


def form_state(root: QWidget) -> tuple[object, ...]:
    """Return what the user can change in a form: texts, choices, ticks, table contents."""
    out: list[object] = []
    for w in root.findChildren(QWidget):
        value = w.property(FORM_VALUE)
        if value is not None:  # a widget of our own that holds a value (e.g. ColourButton)
            out.append(value)
        elif isinstance(w, QLineEdit):
            if isinstance(w.parent(), (QAbstractSpinBox, QComboBox)):
                continue
            out.append(w.text())
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            out.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            out.append(w.currentText() if w.isEditable() else w.currentIndex())
        elif isinstance(w, QAbstractSpinBox):
            out.append(w.text())
        elif isinstance(w, QAbstractButton) and w.isCheckable():
            out.append(w.isChecked())
        elif isinstance(w, QTableView) and w.model() is not None:
            model = w.model()
            out.append(tuple(
                model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())
            ))
    return tuple(out)


class GuardedDialog(QDialog):
    """A dialog that asks before Esc / Cancel throws away changes, and opens with the focus in its first field.

    Subclasses set ``first_field`` (the widget that gets the focus, e.g. Název) and call
    ``mark_clean()`` after a save or whenever the shown state is the saved one.
    """

    first_field: QWidget | None = None
    _clean: tuple[object, ...] | None = None

    def mark_clean(self) -> None:
        """Take the form as it is now as the unchanged state."""
        self._clean = form_state(self)

    def has_changes(self) -> bool:
        return self._clean is not None and form_state(self) != self._clean

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._clean is None:
            self.mark_clean()
            field = self.first_field
            if field is not None:
                field.setFocus()
                if isinstance(field, QLineEdit):
                    field.selectAll()

    def reject(self) -> None:
        """Esc, Cancel, the window's close button: ask first when something was changed."""
        if self.has_changes() and not messages.ask_discard(self):
            return
        super().reject()


__all__ = ["FORM_VALUE", "GuardedDialog", "form_state"]
