"""The text-only tool bars of the markets page (they fold what does not fit into their extension menu)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar


def tool_bar(*actions: QAction) -> QToolBar:
    bar = QToolBar()
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    bar.setIconSize(QSize(16, 16))
    for act in actions:
        bar.addAction(act)
    return bar
