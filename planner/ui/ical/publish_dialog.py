"""Settings of the subscription feeds: the folder and automatic publishing."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from planner import settings
from planner.i18n import _
from planner.ui import messages
from planner.ui.common.settings_dialog import SettingsDialog
from planner.ui.settings_store import SettingsStore


class PublishSettingsDialog(SettingsDialog):
    """Folder for the .ics feeds (a web server's or a shared drive's) and auto-publish."""

    def __init__(self, store: SettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.setWindowTitle(_("Calendar feeds"))
        self.setObjectName("PublishSettingsDialog")
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(_("e.g. a folder served by the web server"))
        browse = QPushButton(_("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.auto = QCheckBox(_("Publish automatically after each change"))
        self.form.addRow(_("Folder:"), row)
        self.form.addRow("", self.auto)
        self.finish(_(
            "The folder gets public/ (confirmed public events, for everybody) and internal/ (all events with "
            "internal notes, for staff only). Colleagues subscribe in Outlook to the web address of a file: Add "
            "calendar > From internet."
        ))
        self.resize(560, self.sizeHint().height())

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
        path = messages.ask_directory(self, _("Folder for calendar feeds"), self.folder.text())
        if path:
            self.folder.setText(path)

    def commit(self) -> bool:
        from pathlib import Path

        text = self.folder.text().strip()
        if (text and not Path(text).is_dir()) or (self.auto.isChecked() and not text):
            return self.fail(_("Choose an existing folder."), self.folder)
        self.save()
        return True
