"""The one place that shows message boxes and file dialogs (tests patch these functions)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

log = logging.getLogger(__name__)



def show_error(parent: QWidget | None, text: str, title: str | None = None) -> None:
    """Show an expected error (bad input, conflict, unreadable file)."""
    QMessageBox.warning(parent, title or QCoreApplication.translate("messages", "Error"), text)


def show_info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    """Show an information message."""
    QMessageBox.information(parent, title or QCoreApplication.translate("messages", "Information"), text)


def ask_yes_no(parent: QWidget | None, text: str, title: str | None = None, *, default_yes: bool = False) -> bool:
    """Ask a yes/no question; return True for yes."""
    default = QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No
    answer = QMessageBox.question(
        parent, title or QCoreApplication.translate("messages", "Question"), text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, default,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
    """Ask for a file to write; return its path or None when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def ask_open_file(parent: QWidget | None, title: str, filters: str) -> str | None:
    """Ask for a file to read; return its path or None when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None


def ask_directory(parent: QWidget | None, title: str, start: str = "") -> str | None:
    """Ask for a folder; return its path or None when cancelled."""
    path = QFileDialog.getExistingDirectory(parent, title, start)
    return path or None


def show_bug(parent: QWidget | None, summary: str) -> None:
    """Tell the user an unexpected error happened (details are in the log)."""
    QMessageBox.critical(
        parent, QCoreApplication.translate("messages", "Unexpected error"),
        QCoreApplication.translate("messages", "An unexpected error happened; nothing you saved was lost. "
            "Please report it with the log file:") + f"\n{summary}",
    )
