"""Reading a spreadsheet off the GUI thread, with a progress dialog that can cancel it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from planner.i18n import _

T = TypeVar("T")


class _Done(QObject):
    finished = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], object], done: _Done) -> None:
        super().__init__()
        self.work, self.done = work, done

    def run(self) -> None:
        try:
            outcome: object = ("ok", self.work())
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, raised there
            outcome = ("error", exc)
        self.done.finished.emit(outcome)


def run_with_progress(parent: QWidget | None, label: str, work: Callable[[Callable[[], bool]], T]) -> T:
    """Run ``work(should_stop)`` on a worker thread while a modal progress dialog shows; return its result.

    The window keeps painting meanwhile. Cancel sets the flag ``should_stop`` reports;
    the work stops at its next check (planner.formats.xlsx_limits.ImportCancelled) and that
    error, like any other the work raised, is raised here in the GUI thread.
    """
    stop = threading.Event()
    done = _Done()
    loop = QEventLoop()
    box: list[tuple[str, object]] = []

    def finished(outcome: tuple[str, object]) -> None:
        box.append(outcome)
        loop.quit()

    done.finished.connect(finished, Qt.ConnectionType.QueuedConnection)
    dialog = QProgressDialog(label, _("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(_("Reading the spreadsheet"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.canceled.connect(stop.set)
    # Shown only when the reading takes a moment (a small file never flashes a dialog).
    QTimer.singleShot(300, dialog, lambda: None if box else dialog.show())
    result: list[T] = []  # the worker stores the value here, typed; the signal only says it is done
    QThreadPool.globalInstance().start(_Job(lambda: result.append(work(stop.is_set)), done))
    if not box:
        loop.exec()
    dialog.reset()
    dialog.deleteLater()
    kind, value = box[0]
    if kind == "error":
        assert isinstance(value, BaseException)
        raise value
    return result[0]
