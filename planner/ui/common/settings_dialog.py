"""SettingsDialog: the frame of a small dialog over the settings store (feeds, sending e-mail).

A form of fields, an explanation, a red line saying what is wrong, Save and Cancel. Subclasses add
their rows to ``self.form``, call ``finish(info)`` and implement ``load`` (show the stored values)
and ``commit`` (check and store; False keeps the dialog open with ``self.error`` saying why).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from planner.i18n import _
from planner.ui.settings_store import SettingsStore

ERROR_STYLE = "color: #b71c1c;"


class SettingsDialog(QDialog):
    """Form, explanation, error line, Save/Cancel over a SettingsStore."""

    def __init__(self, store: SettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.form = QFormLayout()
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            _("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            _("Cancel"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self, info: str) -> None:
        """Lay out the form, the explanation, the error line and the buttons; show the stored values."""
        self.info.setText(info)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.info)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.load()

    def load(self) -> None:
        """Show the stored settings."""
        raise NotImplementedError

    def commit(self) -> bool:
        """Check and store the shown settings; return False (with self.error set) to stay open."""
        raise NotImplementedError

    def fail(self, message: str, field: QWidget | None = None) -> bool:
        """Say what is wrong (and focus the field); return False for ``commit``."""
        self.error.setText(message)
        if field is not None:
            field.setFocus()
        return False

    def _accept(self) -> None:
        if self.commit():
            self.accept()

    @classmethod
    def ask(cls, store: SettingsStore, parent: QWidget | None = None) -> bool:
        """Show the settings; return True when they were saved."""
        dialog = cls(store, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
