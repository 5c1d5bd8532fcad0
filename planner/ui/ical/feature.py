"""iCalendar in the GUI: File > Export/Import > iCalendar…, publishing of the subscription feeds.

The main window builds :class:`IcalFeature` and puts its actions in the File menu.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QProgressDialog

from planner import config, settings
from planner.errors import PlannerError
from planner.formats.ical import ParsedCalendar, parse_calendar, read_ics_file
from planner.formats.ical_reader import ImportCancelled
from planner.formats.publish import PublishResult, export_to_file, publish_feeds
from planner.i18n import _, pgettext
from planner.services.ical_import import ImportReport, import_events
from planner.ui import messages
from planner.ui.changes import Change
from planner.ui.context import AppContext
from planner.ui.ical.export_dialog import IcalExportDialog
from planner.ui.ical.import_dialog import IcalImportDialog
from planner.ui.ical.publish_dialog import PublishSettingsDialog

log = logging.getLogger(__name__)

AUTO_PUBLISH_DELAY_MS = 1500  # several quick edits give one publish


class IcalFeature(QObject):
    """Owns the iCalendar actions of one main window and the auto-publish timer."""

    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.act_export = QAction(_("iCalendar (.ics)…"), self)
        self.act_export.setObjectName("action_export_ical")
        self.act_export.triggered.connect(self.export)
        self.act_import = QAction(_("iCalendar (.ics)…"), self)
        self.act_import.setObjectName("action_import_ical")
        self.act_import.triggered.connect(self.import_file)
        self.act_publish = QAction(_("Publish calendar feeds"), self)
        self.act_publish.setObjectName("action_publish_feeds")
        self.act_publish.triggered.connect(self.publish)
        self.act_settings = QAction(_("Calendar feed settings…"), self)
        self.act_settings.triggered.connect(self.edit_settings)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTO_PUBLISH_DELAY_MS)
        self.timer.timeout.connect(self.auto_publish)
        self.busy = False
        self._again = False
        self._signals = _PublishSignals(self)
        self._signals.finished.connect(self._auto_done)
        ctx.bus.changed.connect(self._on_change)
        app = QCoreApplication.instance()
        if app is not None:  # let a running publish finish before the database closes
            app.aboutToQuit.connect(_wait_for_workers)

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def export(self) -> None:
        request = IcalExportDialog.ask(self.ctx, self.window)
        if request is None:
            return
        try:
            count = export_to_file(self.ctx.sm, request.selection, request.path,
                                   include_internal=request.include_internal)
        except PlannerError as exc:
            messages.show_error(self.window, exc.message)
            return
        self._status(_("Exported to %1 (events: %2).").replace("%1", str(request.path)).replace("%2", str(count)))

    def import_file(self) -> None:
        path = messages.ask_open_file(self.window, _("Import from iCalendar"),
                                      _("iCalendar files (*.ics *.ical *.ifb);;All files (*)"))
        if not path:
            return
        read = self._read_in_background(path)
        if read is None:
            return
        parsed, preview = read
        if not IcalImportDialog.ask(preview, Path(path).name, parsed.name, self.window, notes=parsed.notes):
            return
        # One operation on the stack of the page in view; its name comes from the history
        # ("Import 7 akcí z outlook.ics"), with the right Czech plural.
        name = Path(path).name
        report = self.ctx.ops.run(self.window, lambda: import_events(self.ctx.sm, parsed.events, source=name))
        if report is None:
            return
        self._status(pgettext("IcalFeature", "Imported: %1 new, %2 updated.").replace("%1", str(report.new))
                     .replace("%2", str(report.updated)))

    def _read_in_background(self, path: str) -> tuple[ParsedCalendar, ImportReport] | None:
        """Read the file and rehearse the import on a worker thread behind a cancellable progress dialog.

        The window keeps painting meanwhile (a local event loop waits for the worker);
        Cancel stops the reading at its next check. Returns None when cancelled or failed
        (the error is shown).
        """
        cancel = threading.Event()
        signals = _PublishSignals()
        sm = self.ctx.sm
        outcome: list[object] = []
        loop = QEventLoop()

        def done(result: object) -> None:
            outcome.append(result)
            loop.quit()

        signals.finished.connect(done)

        def work() -> None:
            result: object
            try:
                parsed = parse_calendar(read_ics_file(path), cancel=cancel.is_set)
                if cancel.is_set():
                    raise ImportCancelled("")
                result = (parsed, import_events(sm, parsed.events, dry_run=True))
            except Exception as exc:  # shown or re-raised on the GUI thread
                result = exc
            signals.finished.emit(result)

        progress = QProgressDialog(pgettext("IcalFeature", "Reading %1…").replace("%1", Path(path).name), _("Cancel"),
                                   0, 0, self.window)
        progress.setObjectName("ical_import_progress")
        progress.setWindowTitle(_("Import from iCalendar"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.canceled.connect(cancel.set)
        QThreadPool.globalInstance().start(work)
        if not outcome:
            loop.exec()
        progress.canceled.disconnect(cancel.set)
        if progress.wasCanceled():
            cancel.set()
        progress.reset()
        progress.deleteLater()
        result = outcome[0]
        if isinstance(result, ImportCancelled) or cancel.is_set():
            self._status(_("Import cancelled; nothing was written."))
            return None
        if isinstance(result, PlannerError):
            messages.show_error(self.window, result.message)
            return None
        if isinstance(result, BaseException):
            raise result  # a bug: the application's excepthook logs it and apologises
        assert isinstance(result, tuple)
        return result

    def edit_settings(self) -> bool:
        return PublishSettingsDialog.ask(self.ctx.settings, self.window)

    def folder(self) -> str:
        """Return the feed folder in effect: PLANNER_PUBLISH_DIR, the user's setting, the office configuration."""
        try:
            return config.publish_dir(None, str(self.ctx.settings.get(settings.PUBLISH_DIR) or "")).value
        except config.ConfigError as exc:
            log.warning("%s", exc.message)
            return str(self.ctx.settings.get(settings.PUBLISH_DIR) or "")

    def publish(self) -> PublishResult | None:
        folder = self.folder()
        if not folder:
            if not self.edit_settings():
                return None
            folder = self.folder()
            if not folder:
                return None
        try:
            result = publish_feeds(self.ctx.sm, folder)
        except PlannerError as exc:
            messages.show_error(self.window, exc.message)
            return None
        self._status(_("Published to %1 (calendars: %2).").replace("%1", folder)
                     .replace("%2", str(result.calendars)))
        return result

    def _on_change(self, change: Change) -> None:
        if self.ctx.settings.get(settings.PUBLISH_AUTO) and self.folder():
            self.timer.start()

    def auto_publish(self) -> None:
        """Publish after changes in a worker thread, so that editing never waits for the files.

        One run at a time; changes during a run cause one more run after it. A
        failure goes to the status bar, not a message box per edit.
        """
        folder = self.folder()
        if not folder:
            return
        if self.busy:
            self._again = True
            return
        self.busy = True
        sm, signals = self.ctx.sm, self._signals

        def work() -> None:
            outcome: object
            try:
                outcome = publish_feeds(sm, folder)
            except PlannerError as exc:
                outcome = exc
            except Exception as exc:  # a bug: keep the traceback in the log, tell the user briefly
                log.error("automatic publishing failed", exc_info=True)
                outcome = exc
            try:
                signals.finished.emit(outcome)
            except RuntimeError:  # the window was closed meanwhile
                pass

        QThreadPool.globalInstance().start(work)

    def _auto_done(self, outcome: object) -> None:
        self.busy = False
        if isinstance(outcome, PlannerError):
            log.info("automatic publishing failed: %s", outcome.message)
            self._status(_("Publishing the calendar feeds failed: %1").replace("%1", outcome.message))
        elif isinstance(outcome, Exception):
            self._status(_("Publishing the calendar feeds failed: %1").replace("%1", str(outcome)))
        else:
            self._status(_("Calendar feeds updated."))
        if self._again:
            self._again = False
            self.timer.start()


class _PublishSignals(QObject):
    """Carries the outcome of a background publish or file reading to the GUI thread.

    Signals:
        finished(object): the result (a PublishResult, a parsed file and its preview), or the
            exception that stopped it.
    """

    finished = Signal(object)


def _wait_for_workers() -> None:
    QThreadPool.globalInstance().waitForDone(60_000)


__all__ = ["IcalFeature", "AUTO_PUBLISH_DELAY_MS"]
