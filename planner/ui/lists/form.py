"""Editor dialog base: validates as the user types, OK disabled with the reason shown."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError, ValidationError
from planner.ui import messages
from planner.ui.common.guard import GuardedDialog

log = logging.getLogger(__name__)

_INVALID_STYLE = "border: 1px solid #c62828;"


class RecordDialog(GuardedDialog):
    """A form editing a draft; subclasses build the fields, validate and save via services.

    ``fields`` maps service field names (as in ValidationError.field) to widgets so
    an error can mark the field it names. Nothing is written until OK; Cancel
    leaves the database as it was.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QWidget] = {}
        self.saved: Any = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Enter saves: while OK starts disabled Qt would make Cancel the default button, and
        # Enter in a field would then close the editor and drop what was typed (and a space typed
        # right after opening must never land on Cancel).
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.ok_button.setDefault(True)
        self._touched: set[str] = set()
        self._submitted = False
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    @property
    def ok_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def line(self, field: str, label: str, text: str = "", placeholder: str = "") -> QLineEdit:
        """Add a one-line text field for a service field."""
        edit = QLineEdit(text)
        edit.setObjectName(field)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self.revalidate)
        edit.textEdited.connect(lambda _t, name=field: self._touch(name))
        self.form.addRow(label, edit)
        self.fields[field] = edit
        if self.first_field is None:
            self.first_field = edit
        return edit

    def _touch(self, field: str) -> None:
        if field not in self._touched:
            self._touched.add(field)
            self.revalidate()

    def text_box(self, field: str, label: str, text: str = "", rows: int = 3) -> QPlainTextEdit:
        edit = QPlainTextEdit(text)
        edit.setObjectName(field)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * rows + 12)
        edit.textChanged.connect(self.revalidate)
        self.form.addRow(label, edit)
        self.fields[field] = edit
        return edit

    # --- validation -------------------------------------------------------

    def check(self) -> None:
        """Raise ValidationError for the first invalid field (subclasses call the service)."""
        raise NotImplementedError

    def save(self) -> Any:
        """Create or update the record through the service; return the saved row."""
        raise NotImplementedError

    def revalidate(self, *_args: object) -> bool:
        """Validate the form now; show the reason and disable OK when invalid."""
        try:
            self.check()
        except ValidationError as exc:
            self.show_invalid(exc)
            return False
        self.show_invalid(None)
        return True

    def show_invalid(self, error: ValidationError | None) -> None:
        """Mark the field an error names (or clear the marks) and enable OK accordingly.

        The message is shown only for a field the user has typed into (or after OK): a new
        record does not open with "Name: this field is required." already on screen.
        """
        shown = error is not None and (self._submitted or error.field in self._touched or error.field not in self.fields)
        for name, widget in self.fields.items():
            widget.setStyleSheet(_INVALID_STYLE if shown and error is not None and name == error.field else "")
        text = error.message if error is not None else ""
        self.error_label.setText(text if shown else "")
        self.error_label.setVisible(shown)
        self.ok_button.setEnabled(error is None)
        self.ok_button.setToolTip(text)

    def error_text(self) -> str:
        """Return the reason OK is disabled ('' when the form is valid), shown or not yet."""
        return str(self.ok_button.toolTip())

    def accept(self) -> None:
        self._submitted = True
        if not self.revalidate():
            return
        try:
            self.saved = self.save()
        except ValidationError as exc:
            # e.g. a duplicate found at save time: keep the dialog and what was typed
            self.show_invalid(exc)
            return
        except PlannerError as exc:
            messages.show_error(self, exc.message)
            return
        super().accept()
