"""Composition root: QApplication, language, translations, settings, database, main window."""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Callable
from typing import Any
from types import TracebackType

# The Qt-free core first: PySide6, once imported, reads the source of every module imported after it
# (its __feature__ check), which for SQLAlchemy and the models costs a tenth of a second at start.
from planner import config, logsetup, paths, settings  # isort: skip
from planner.db import Database, open_database  # isort: skip
from planner.errors import PlannerError  # isort: skip
from planner.i18n import _
from planner.services import history  # isort: skip

from PySide6.QtCore import QCoreApplication, QEvent, QMessageLogContext, QObject, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from planner.ui import i18n, messages
from planner.ui.context import AppContext
from planner.ui.main_window import MainWindow
from planner.ui.settings_store import SettingsStore

log = logging.getLogger(__name__)


qt_log = logging.getLogger("qt")
# Qt's warnings are diagnostics for developers ("This plugin does not support propagateSizeHints()"):
# they go to the log file, and to stderr only with -v. Critical and fatal ones stay visible.
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.DEBUG,
    QtMsgType.QtWarningMsg: logging.INFO,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, _context: QMessageLogContext, text: str) -> None:
    qt_log.log(_QT_LEVELS.get(kind, logging.INFO), "%s", text)


def route_qt_messages() -> Callable[[QtMsgType, QMessageLogContext, str], Any] | None:
    """Send Qt's own messages to the "qt" logger; return the handler that was installed before."""
    return qInstallMessageHandler(_qt_message)


def app_icon() -> QIcon:
    """Return the application icon (planner/resources/icons; drawn from the SVG at any size)."""
    icon = QIcon(str(paths.resource_path("icons/planner.svg")))
    icon.addFile(str(paths.resource_path("icons/planner.png")))
    return icon


SMOKE_TIMEOUT_MS = 60_000


def _no_paint() -> None:
    log.error("the window was not painted within %d s (--quit-after-paint)", SMOKE_TIMEOUT_MS // 1000)
    QCoreApplication.exit(1)


class _QuitAfterPaint(QObject):
    """Quit the application once the watched window has been painted (the smoke test's --quit-after-paint)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            log.info("first paint done; quitting (--quit-after-paint)")
            if isinstance(watched, MainWindow):  # the smoke test checks the whole window builds
                QTimer.singleShot(0, watched.finish_start)
            QTimer.singleShot(0, QCoreApplication.quit)
        return False


class _FinishAfterPaint(QObject):
    """Build the rest of the main window (MainWindow.finish_start) once its first frame is painted."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and isinstance(watched, MainWindow):
            watched.removeEventFilter(self)
            QTimer.singleShot(0, watched.finish_start)
        return False


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    log.error("unexpected error", exc_info=(kind, value, tb))
    summary = "".join(traceback.format_exception_only(kind, value)).strip()
    try:
        messages.show_bug(QApplication.activeWindow(), f"{summary}\n{logsetup.log_file()}")
    except Exception:  # pragma: no cover - never let the hook itself crash
        traceback.print_exception(kind, value, tb)


def make_application(argv: list[str] | None = None) -> QApplication:
    """Return the QApplication, creating it with the planner's names."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName(paths.APP_AUTHOR)
    QCoreApplication.setApplicationName(paths.APP_NAME)
    assert isinstance(app, QApplication)
    app.setWindowIcon(app_icon())  # every window, dialog and the taskbar entry
    app.setDesktopFileName("cz.opava.planner")  # Wayland/X11: matches packaging/linux/cz.opava.planner.desktop
    return app


def set_language(app: QApplication, lang: str) -> None:
    """Switch the language of every text (the planner's catalog and Qt's own dialogs)."""
    i18n.install(app, lang)
    QApplication.setApplicationDisplayName(
        _("Opava Event Planner")
    )


def build_window(db: Database, store: SettingsStore, lang: str, db_source: str = "default") -> MainWindow:
    """Create a main window for an open database."""
    # The change history names this person (a name set in the settings, else the OS user).
    history.set_actor(store.get(settings.HISTORY_ACTOR) or None)
    ctx = AppContext(db=db, settings=store, lang=lang, db_source=db_source)
    window = MainWindow(ctx)
    ctx.undo.setParent(window)
    ctx.bus.setParent(window)
    window.installEventFilter(_FinishAfterPaint(window))
    return window


def run_gui(args: argparse.Namespace) -> int:
    """Start the GUI; return the process exit code.

    ``--lang`` chooses the language of this run only; the View › Language menu changes the saved one.
    """
    previous_handler = route_qt_messages()
    try:
        return _run_gui(args)
    finally:
        qInstallMessageHandler(previous_handler)


def _run_gui(args: argparse.Namespace) -> int:
    app = make_application()
    sys.excepthook = _excepthook
    store = SettingsStore()
    messages.remember_folders(store)  # file dialogs open in the folder last used for import, export, PDF
    lang = getattr(args, "lang", None) or store.get(settings.LANGUAGE)
    if lang not in i18n.LANGUAGES:
        lang = "cs"
    set_language(app, lang)
    try:
        db_source = config.database_url(getattr(args, "db", None)).source
        db = open_database(getattr(args, "db", None))
    except PlannerError as exc:  # a database or office configuration that cannot be used
        log.info("cannot open database: %s", exc.message)
        messages.show_error(None, exc.message, _("Database"))
        return 1
    quit_after_paint = bool(getattr(args, "quit_after_paint", False))

    holder: dict[str, MainWindow] = {}

    def show(lang_code: str) -> None:
        old = holder.get("window")
        if old is not None:
            old.save_state()
            store.set(settings.LANGUAGE, lang_code)  # the user picked it in the menu: remember it
        set_language(app, lang_code)
        window = build_window(db, store, lang_code, db_source)
        window.language_change_requested.connect(show)
        holder["window"] = window
        if quit_after_paint:
            watcher = _QuitAfterPaint(window)
            window.installEventFilter(watcher)
        window.show()
        if old is not None:
            old.hide()
            old.deleteLater()
        elif not quit_after_paint:
            QTimer.singleShot(0, window.offer_demo)

    if quit_after_paint:
        # the smoke test must fail, not wait for someone to close the "unexpected error" box
        try:
            show(lang)
        except Exception:
            log.exception("the main window could not be built (--quit-after-paint)")
            db.dispose()
            return 1
    else:
        show(lang)
    watchdog = QTimer(app)
    if quit_after_paint:  # never hang a smoke test: no paint within a minute is a failure
        watchdog.setSingleShot(True)
        watchdog.timeout.connect(_no_paint)
        watchdog.start(SMOKE_TIMEOUT_MS)
    code = app.exec()
    watchdog.stop()  # a pending watchdog would end some later event loop of the same process (tests)
    watchdog.deleteLater()
    db.dispose()
    return code
