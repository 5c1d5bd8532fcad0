"""Driving the main window as the user does, for the tests of several pages: a shortcut pressed where
the keyboard is, a page opened from the sidebar's navigation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence


def press(qtbot, window, keys: str) -> None:
    """Press a shortcut in the widget that has the keyboard (the window's focus widget), else the window."""
    combo = QKeySequence(keys)[0]
    qtbot.keyClick(window.focusWidget() or window, combo.key(), combo.keyboardModifiers())


def open_page(qtbot, window, key: str) -> None:
    """Click a page's row in the sidebar's navigation, as the user does (the keyboard goes there too)."""
    nav = window.nav
    row = next(r for r in range(window.nav_model.rowCount())
               if window.nav_model.item(r).data(Qt.ItemDataRole.UserRole + 2) == key)
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualRect(window.nav_model.index(row, 0)).center())
