"""The one operation runner: every mutation started from the UI goes through it (after Anki's CollectionOp).

``OperationRunner.run(parent, action, undo_text=…)`` calls the service inside
:func:`planner.services.history.recording`, so it learns which operations (committed transactions)
the call made and what they touched. Then, in one place:

- a :class:`PlannerError` is shown in the one message place (or, with :meth:`attempt`, handed back to
  an editor that shows it and keeps the input);
- ONE :class:`OperationCommand` goes on the undo stack of the page that started it (ui/undo.py), whose
  undo/redo are the generic, version- and colleague-checked ``history.undo_operation`` /
  ``redo_operation``;
- ONE typed :class:`Change` (record kinds and ids, op ids, initiator) is broadcast on the ChangeBus.

An undo or redo that the history refuses (a colleague changed the rows since) shows the message that
names the record and who changed it, writes nothing and leaves the step where it is on the stack.
New entities need nothing here: their services name their operation in ``_common.run(op=…)``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from planner.errors import PlannerError
from planner.models.enums import RecordKind
from planner.services import history
from planner.services._common import SM
from planner.services.history import OpRecord
from planner.ui import messages
from planner.ui.changes import Change, ChangeBus
from planner.ui.undo import CheckedCommand, UndoPages

log = logging.getLogger(__name__)

T = TypeVar("T")
UndoText = str | Callable[[T], str] | None


def change_of(records: Sequence[OpRecord], initiator: QObject | None = None) -> Change:
    """Return one Change for what the operations touched (ids merged per record kind)."""
    parts: dict[RecordKind, set[int]] = {}
    for record in records:
        for kind, ids in record.touched.items():
            parts.setdefault(RecordKind(kind), set()).update(ids)
    return Change.merged(parts, op_ids=tuple(r.op_id for r in records),
                         label=records[-1].label if records else "", initiator=initiator)


def short(text: str, limit: int = 60) -> str:
    """Shorten a long step name at a word boundary (it is shown in the Edit menu and a tooltip)."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,–-:")
    return (cut or text[: limit - 1]) + "…"


class OperationCommand(CheckedCommand):
    """The undo step of one user operation: the history's generic undo/redo of its op ids.

    Pushed after the operation ran (the first redo does nothing). Undo reverts the operations newest
    first, redo re-applies them oldest first, each its own checked transaction (several only for a
    call that committed more than one; a refusal half-way puts back what the step had done).
    """

    def __init__(self, runner: OperationRunner, records: Sequence[OpRecord], text: str,
                 initiator: QObject | None = None) -> None:
        super().__init__(short(text))
        self._runner = runner
        self.records = tuple(records)
        self._initiator = initiator

    @property
    def op_ids(self) -> tuple[int, ...]:
        return tuple(r.op_id for r in self.records)

    def try_undo(self) -> bool:
        return self._step(undo=True)

    def try_redo(self) -> bool:
        return self._step(undo=False)

    def _step(self, *, undo: bool) -> bool:
        sm = self._runner.sm
        order = list(reversed(self.op_ids)) if undo else list(self.op_ids)
        forward, back = (history.undo_operation, history.redo_operation) if undo else \
            (history.redo_operation, history.undo_operation)
        done: list[OpRecord] = []
        try:
            for op_id in order:
                done.append(forward(sm, op_id))
        except PlannerError as exc:
            log.info("%s of %r refused: %s", "undo" if undo else "redo", self.text(), exc.message)
            for op_id in reversed(order[: len(done)]):  # a step of several operations stopped half-way
                try:
                    done.append(back(sm, op_id))
                except PlannerError:
                    log.warning("could not put back a half-done step of %r", self.text())
            self._runner.show_error(self._initiator, exc.message)
            if done:
                self._runner.broadcast(change_of(done, self._initiator))
            return False
        self._runner.broadcast(change_of(done, self._initiator))
        return True


class OperationRunner(QObject):
    """Runs the UI's mutations as operations: error message, one undo step, one typed change."""

    def __init__(self, sm: SM, bus: ChangeBus, undo: UndoPages, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sm = sm
        self.bus = bus
        self.undo = undo

    def run(
        self, parent: QWidget | None, action: Callable[[], T], *, undo_text: UndoText[T] = None,
        on_success: Callable[[T], None] | None = None, undoable: bool = True,
    ) -> T | None:
        """Run a service call as one operation; return its result, or None after showing the error."""
        try:
            return self.attempt(parent, action, undo_text=undo_text, on_success=on_success, undoable=undoable)
        except PlannerError as exc:
            self.show_error(parent, exc.message)
            return None

    def attempt(
        self, parent: QWidget | None, action: Callable[[], T], *, undo_text: UndoText[T] = None,
        on_success: Callable[[T], None] | None = None, undoable: bool = True,
    ) -> T:
        """Like :meth:`run`, but a PlannerError reaches the caller (an editor shows it and stays open)."""
        with history.recording() as records:
            try:
                result = action()
            except PlannerError:
                if records:  # a call of several transactions failed after some committed: they stay undoable
                    self._finish(parent, list(records), None, undoable)
                raise
        self._finish(parent, list(records), self._text(undo_text, result, records), undoable)
        if on_success is not None:
            on_success(result)
        return result

    @staticmethod
    def _text(undo_text: UndoText[T], result: T, records: Sequence[OpRecord]) -> str | None:
        if callable(undo_text):
            return undo_text(result)
        return undo_text

    def _finish(self, parent: QWidget | None, records: list[OpRecord], text: str | None, undoable: bool) -> None:
        if not records:
            return  # nothing was written (e.g. an unchanged edit): no step, no broadcast
        if undoable:
            label = text or records[-1].label
            self.undo.push(self.undo.stack_for(parent), OperationCommand(self, records, label, parent))
        self.broadcast(change_of(records, parent))

    def broadcast(self, change: Change) -> None:
        self.bus.broadcast(change)

    def show_error(self, parent: QObject | None, text: str) -> None:
        messages.show_error(parent if isinstance(parent, QWidget) else None, text)


__all__ = ["OperationCommand", "OperationRunner", "change_of", "short"]
