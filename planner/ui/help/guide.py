"""Nápověda › Příručka (F1): the Czech user guide (docs/guide_cs.md) in a window, with a search field."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from planner.i18n import _
from planner.ui.common.screen import fit_to_screen

log = logging.getLogger(__name__)

GUIDE_NAME = "guide_cs.md"


def guide_path() -> Path | None:
    """Return the guide's file: shipped in the frozen app's resources, or docs/ of a source checkout."""
    here = Path(__file__).resolve()
    candidates = [here.parents[2] / "resources" / GUIDE_NAME, here.parents[3] / "docs" / GUIDE_NAME]
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller's folder of data files
    if bundle:
        candidates.insert(0, Path(bundle) / "planner" / "resources" / GUIDE_NAME)
    return next((p for p in candidates if p.is_file()), None)


def guide_text() -> str:
    """Return the guide as Markdown ('' when it is missing: the window then says so)."""
    path = guide_path()
    if path is None:
        log.info("user guide %s not found (a packaging fault: see packaging/planner.spec)", GUIDE_NAME)
        return ""
    return path.read_text(encoding="utf-8")


class GuideWindow(QDialog):
    """The user guide beside the main window (not modal): Markdown in a browser, Find / F3 for the next match."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("GuideWindow")
        self.setWindowTitle(_("User guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        text = guide_text()
        if text:
            self.browser.setMarkdown(text)
        else:
            self.browser.setPlainText(_("The user guide is missing from this installation."))
        self.search = QLineEdit()
        self.search.setObjectName("guide_search")
        self.search.setPlaceholderText(_("Find in the guide…"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.find_next)
        self.search.textEdited.connect(lambda _t: self.find_next(from_start=True))
        label = QLabel(_("&Find:"))
        label.setBuddy(self.search)
        self.next_button = QPushButton(_("&Next"))
        self.next_button.setAutoDefault(False)
        self.next_button.clicked.connect(self.find_next)
        self.status = QLabel()
        close = QPushButton(_("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        bar = QHBoxLayout()
        bar.addWidget(label)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.next_button)
        bar.addWidget(self.status)
        bar.addStretch(0)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        QShortcut(QKeySequence.StandardKey.FindNext, self, self.find_next)
        self.browser.setFocus()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def find_next(self, *_args: object, from_start: bool = False) -> bool:
        """Select the next match of the search text (wrapping round); False when there is none."""
        needle = self.search.text().strip()
        self.status.clear()
        if not needle:
            return False
        if from_start:
            cursor = self.browser.textCursor()
            cursor.setPosition(0)
            self.browser.setTextCursor(cursor)
        if self.browser.find(needle, QTextDocument.FindFlag(0)):
            return True
        cursor = self.browser.textCursor()  # wrap round to the top once
        cursor.setPosition(0)
        self.browser.setTextCursor(cursor)
        if self.browser.find(needle, QTextDocument.FindFlag(0)):
            return True
        self.status.setText(_("Not found"))
        return False


_open: list[GuideWindow] = []


def show_guide(parent: QWidget | None) -> GuideWindow:
    """Open the guide, or bring the one already open to the front."""
    for window in _open:
        if window.parent() is parent:
            window.show()
            window.raise_()
            window.activateWindow()
            return window
    window = GuideWindow(parent)
    fit_to_screen(window, QSize(760, 620))  # all of it on a 1366x768 screen at 150 %
    _open.append(window)
    window.destroyed.connect(lambda *_a, w=window: _open.remove(w) if w in _open else None)
    window.show()
    return window


__all__ = ["GuideWindow", "guide_path", "guide_text", "show_guide"]
