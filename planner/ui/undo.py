"""Undo per page: one QUndoStack for each page in a QUndoGroup; the active stack follows the page in view.

Ctrl+Z acts on the page the user looks at: a vendor created on Prodejci is undone there, an iCalendar
import made on the calendar stays until the calendar's own Ctrl+Z. A step started from a dialog goes
on the stack of the page that opened it (found through the widget's parents); a step started from the
window itself (File › Import…) goes on the stack of the page in view.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QUndoCommand, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


class CheckedCommand(QUndoCommand):
    """An undo step whose undo/redo may be refused (nothing written, the step stays where it is).

    :class:`UndoPages` calls :meth:`try_undo` / :meth:`try_redo` first and moves the stack only when
    they succeeded; the QUndoCommand methods then do nothing. Called by a QUndoStack directly, a
    refused step is moved back right after.
    """

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._skip = 1  # the first redo() comes from QUndoStack.push: the operation already ran
        self.stack: QUndoStack | None = None  # set by UndoPages.push

    def try_undo(self) -> bool:
        raise NotImplementedError

    def try_redo(self) -> bool:
        raise NotImplementedError

    def skip_next(self) -> None:
        """The next undo()/redo() call only moves the stack (the work was done, or refused)."""
        self._skip += 1

    def undo(self) -> None:
        if self._skip:
            self._skip -= 1
        elif not self.try_undo():
            self._move_back(redo=True)

    def redo(self) -> None:
        if self._skip:
            self._skip -= 1
        elif not self.try_redo():
            self._move_back(redo=False)

    def _move_back(self, *, redo: bool) -> None:
        # QUndoStack moves its index after this call returns; put the step back then.
        stack = self.stack
        if stack is None:
            return
        self.skip_next()
        QTimer.singleShot(0, stack.redo if redo else stack.undo)


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

    # What Edit › Undo / Redo do: a checked step moves only when its undo/redo succeeded.
    def undo(self) -> None:
        """Undo the last step of the page in view (a refused step stays, with the reason shown)."""
        stack = self.active()
        if not stack.canUndo():
            return
        command = stack.command(stack.index() - 1)
        if isinstance(command, CheckedCommand):
            if not command.try_undo():
                return
            command.skip_next()
        stack.undo()

    def redo(self) -> None:
        """Redo the next step of the page in view (a refused step stays, with the reason shown)."""
        stack = self.active()
        if not stack.canRedo():
            return
        command = stack.command(stack.index())
        if isinstance(command, CheckedCommand):
            if not command.try_redo():
                return
            command.skip_next()
        stack.redo()

    def push(self, stack: QUndoStack, command: QUndoCommand) -> None:
        """Push a step on a stack (remembering the stack of a checked step)."""
        if isinstance(command, CheckedCommand):
            command.stack = stack
        stack.push(command)

    def clear(self) -> None:
        """Forget every step of every page (after the data were replaced)."""
        for stack in {self.default, *self._stacks.values()}:
            stack.clear()


__all__ = ["CheckedCommand", "UndoPages"]
