"""Settings of the subscription feeds: the folder and automatic publishing."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner import settings
from planner.ui import messages
from planner.ui.settings_store import SettingsStore


class PublishSettingsDialog(QDialog):
    """Folder for the .ics feeds (a web server's or a shared drive's) and auto-publish."""

    def __init__(self, store: SettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Calendar feeds"))
        self.setObjectName("PublishSettingsDialog")
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("e.g. a folder served by the web server"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.auto = QCheckBox(self.tr("Publish automatically after each change"))
        info = QLabel(self.tr(
            "The folder gets public/ (confirmed public events, for everybody) and internal/ "
            "(all events with internal notes, for staff only). Colleagues subscribe in Outlook "
            "to the web address of a file: Add calendar > From internet."))
        info.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #c62828;")
        form = QFormLayout()
        form.addRow(self.tr("Folder:"), row)
        form.addRow("", self.auto)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(info)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
        self.load()

    def load(self) -> None:
        """Show the stored settings."""
        self.folder.setText(self.store.get(settings.PUBLISH_DIR))
        self.auto.setChecked(bool(self.store.get(settings.PUBLISH_AUTO)))

    def save(self) -> None:
        """Store the shown settings."""
        self.store.set(settings.PUBLISH_DIR, self.folder.text().strip())
        self.store.set(settings.PUBLISH_AUTO, self.auto.isChecked())
        self.store.sync()

    def _browse(self) -> None:
        path = messages.ask_directory(self, self.tr("Folder for calendar feeds"), self.folder.text())
        if path:
            self.folder.setText(path)

    def _accept(self) -> None:
        from pathlib import Path

        text = self.folder.text().strip()
        if (text and not Path(text).is_dir()) or (self.auto.isChecked() and not text):
            self.error_label.setText(self.tr("Choose an existing folder."))
            self.folder.setFocus()
            return
        self.save()
        self.accept()

    @classmethod
    def ask(cls, store: SettingsStore, parent: QWidget | None = None) -> bool:
        """Show the settings; return True when they were saved."""
        dialog = cls(store, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
