"""Undo per page: one QUndoStack for each page in a QUndoGroup; the active stack follows the page in view.

Ctrl+Z acts on the page the user looks at: a vendor created on Prodejci is undone there, an iCalendar
import made on the calendar stays until the calendar's own Ctrl+Z. A step started from a dialog goes
on the stack of the page that opened it (found through the widget's parents); a step started from the
window itself (File › Import…) goes on the stack of the page in view.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoGroup, QUndoStack
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


class UndoPages(QObject):
    """The undo stacks of one main window's pages.

    ``group`` drives Edit › Undo/Redo; ``default`` is the stack used before any page is registered
    (and by tests that run a feature without a window).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.group = QUndoGroup(self)
        self.default = QUndoStack(self)
        self.group.addStack(self.default)
        self.group.setActiveStack(self.default)
        self._stacks: dict[QWidget, QUndoStack] = {}

    def add_page(self, page: QWidget) -> QUndoStack:
        """Give a page its own stack (returned)."""
        if page in self._stacks:
            return self._stacks[page]
        stack = QUndoStack(self)
        self.group.addStack(stack)
        self._stacks[page] = stack
        return stack

    def activate(self, page: QWidget) -> None:
        """Make the page's stack the one Edit › Undo acts on (called when the page comes into view)."""
        stack = self._stacks.get(page)
        if stack is not None:
            self.group.setActiveStack(stack)

    def stack_of(self, page: QWidget) -> QUndoStack | None:
        """Return the stack of a registered page."""
        return self._stacks.get(page)

    def stack_for(self, widget: QWidget | None) -> QUndoStack:
        """Return the stack for a step started from a widget: its page's, else the active one."""
        w = widget
        while w is not None:
            stack = self._stacks.get(w)
            if stack is not None:
                return stack
            w = w.parentWidget()
        return self.active()

    def active(self) -> QUndoStack:
        """Return the stack of the page in view."""
        return self.group.activeStack() or self.default

    # What Edit › Undo / Redo do (for menu-less callers and tests).
    def undo(self) -> None:
        self.active().undo()

    def redo(self) -> None:
        self.active().redo()

    def clear(self) -> None:
        """Forget every step of every page (after the data were replaced)."""
        for stack in {self.default, *self._stacks.values()}:
            stack.clear()


__all__ = ["UndoPages"]
