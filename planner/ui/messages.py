"""The one place that shows message boxes and file dialogs (tests patch these functions)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from planner import settings
from planner.i18n import _, pgettext
from planner.ui.settings_store import SettingsStore

log = logging.getLogger(__name__)

_FOLDER_OPTIONS = {
    "import": settings.LAST_FOLDER_IMPORT, "export": settings.LAST_FOLDER_EXPORT, "pdf": settings.LAST_FOLDER_PDF,
}
_folders: SettingsStore | None = None



def show_error(parent: QWidget | None, text: str, title: str | None = None) -> None:
    """Show an expected error (bad input, conflict, unreadable file)."""
    QMessageBox.warning(parent, title or _("Error"), text)


def show_cannot_write(parent: QWidget | None, path: str | Path, reason: OSError | None = None) -> None:
    """Say that a file could not be written, naming it, and why when the system said (in the UI language)."""
    if reason is None:
        show_error(parent, pgettext("messages", "Cannot write %1.").replace("%1", str(path)))
    else:
        show_error(parent, pgettext("messages", "Cannot write %1: %2").replace("%1", str(path))
                   .replace("%2", reason.strerror or str(reason)))


def show_info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    """Show an information message."""
    QMessageBox.information(parent, title or _("Information"), text)


def ask_yes_no(
    parent: QWidget | None, text: str, title: str | None = None, *, default_yes: bool = False,
    yes_text: str | None = None, no_text: str | None = None,
) -> bool:
    """Ask a yes/no question; return True for yes. ``yes_text`` / ``no_text`` name the buttons
    by what they do ("Přesto uložit" / "Zpět k úpravám") instead of Ano / Ne."""
    if yes_text is None and no_text is None:
        default = QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No
        answer = QMessageBox.question(
            parent, title or _("Question"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, default,
        )
        return answer == QMessageBox.StandardButton.Yes
    box = QMessageBox(QMessageBox.Icon.Question, title or _("Question"), text,
                      QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(yes_text or _("Yes"), QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(no_text or _("No"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes if default_yes else no)
    box.setEscapeButton(no)
    box.exec()
    chosen = box.clickedButton() is yes
    box.deleteLater()
    return chosen


def ask_discard(parent: QWidget | None) -> bool:
    """Ask before closing an editor with changes; True = discard them."""
    return ask_yes_no(
        parent,
        _("Discard the changes you made?"),
        _("Unsaved changes"),
        yes_text=_("Discard changes"),
        no_text=_("Back to editing"),
    )


def remember_folders(store: SettingsStore) -> None:
    """Keep the last folder of each kind of file dialog (import, export, PDF) in these settings."""
    global _folders
    _folders = store


def _purpose(filters: str, purpose: str | None, default: str) -> str:
    if purpose:
        return purpose
    return "pdf" if "*.pdf" in filters.lower() else default


def _start(purpose: str, suggested: str) -> str:
    """Return where a dialog opens: the suggested name in the folder last used for this purpose."""
    option = _FOLDER_OPTIONS.get(purpose)
    if _folders is None or option is None or Path(suggested).parent != Path():
        return suggested  # no memory yet, or the caller named a folder itself
    folder = str(_folders.get(option) or "")
    if not folder or not Path(folder).is_dir():
        return suggested
    return str(Path(folder) / suggested) if suggested else folder


def _remember(purpose: str, path: str) -> None:
    option = _FOLDER_OPTIONS.get(purpose)
    if _folders is not None and option is not None and path:
        _folders.set(option, str(Path(path).parent))


def ask_save_file(parent: QWidget | None, title: str, suggested: str, filters: str, *, purpose: str | None = None) -> str | None:
    """Ask for a file to write; return its path or None when cancelled.

    The dialog opens in the folder last used for the same purpose ("export", "pdf"; a PDF filter
    means "pdf"), and remembers the folder chosen.
    """
    kind = _purpose(filters, purpose, "export")
    path, _ = QFileDialog.getSaveFileName(parent, title, _start(kind, suggested), filters)
    _remember(kind, path)
    return path or None


def ask_open_file(parent: QWidget | None, title: str, filters: str, *, purpose: str = "import") -> str | None:
    """Ask for a file to read; return its path or None when cancelled (opens in the last import folder)."""
    path, _ = QFileDialog.getOpenFileName(parent, title, _start(purpose, ""), filters)
    _remember(purpose, path)
    return path or None


def ask_directory(parent: QWidget | None, title: str, start: str = "") -> str | None:
    """Ask for a folder; return its path or None when cancelled."""
    path = QFileDialog.getExistingDirectory(parent, title, start)
    return path or None


def show_bug(parent: QWidget | None, summary: str) -> None:
    """Tell the user an unexpected error happened (details are in the log)."""
    QMessageBox.critical(
        parent, _("Unexpected error"),
        _("An unexpected error happened; nothing you saved was lost. Please report it with the log file:") + f"\n{summary}",
    )
