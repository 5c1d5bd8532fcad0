"""Composition root: QApplication, language, translations, settings, database, main window."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from planner import errors, paths, settings
from planner.db import Database, open_database
from planner.errors import DatabaseError
from planner.ui import i18n, messages
from planner.ui.context import AppContext
from planner.ui.main_window import MainWindow
from planner.ui.settings_store import SettingsStore

log = logging.getLogger(__name__)


def _setup_file_log() -> None:
    handler = logging.handlers.RotatingFileHandler(
        paths.log_dir() / "planner.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    logging.getLogger().addHandler(handler)
    if logging.getLogger().level > logging.INFO:
        logging.getLogger().setLevel(logging.INFO)


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    log.error("unexpected error", exc_info=(kind, value, tb))
    summary = "".join(traceback.format_exception_only(kind, value)).strip()
    try:
        messages.show_bug(QApplication.activeWindow(), f"{summary}\n{paths.log_dir() / 'planner.log'}")
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
    return app


def set_language(app: QApplication, lang: str) -> None:
    """Switch translations of Qt, the planner and core error messages."""
    errors.set_language(lang)
    i18n.install(app, lang)
    QApplication.setApplicationDisplayName(
        QCoreApplication.translate("app", "Opava Event Planner")
    )


def build_window(db: Database, store: SettingsStore, lang: str) -> MainWindow:
    """Create a main window for an open database."""
    ctx = AppContext(db=db, settings=store, lang=lang)
    window = MainWindow(ctx)
    ctx.undo.setParent(window)
    ctx.bus.setParent(window)
    return window


def run_gui(args: argparse.Namespace) -> int:
    """Start the GUI; return the process exit code."""
    app = make_application()
    _setup_file_log()
    sys.excepthook = _excepthook
    store = SettingsStore()
    lang = args.lang or store.get(settings.LANGUAGE)
    if lang not in i18n.LANGUAGES:
        lang = "cs"
    set_language(app, lang)
    try:
        db = open_database(args.db)
    except DatabaseError as exc:
        log.info("cannot open database: %s", exc.message)
        messages.show_error(None, exc.message, QCoreApplication.translate("app", "Database"))
        return 1

    holder: dict[str, MainWindow] = {}

    def show(lang_code: str) -> None:
        old = holder.get("window")
        if old is not None:
            old.save_state()
        set_language(app, lang_code)
        store.set(settings.LANGUAGE, lang_code)
        window = build_window(db, store, lang_code)
        window.language_change_requested.connect(show)
        holder["window"] = window
        window.show()
        if old is not None:
            old.hide()
            old.deleteLater()
        else:
            QTimer.singleShot(0, window.offer_demo)

    show(lang)
    code = app.exec()
    db.dispose()
    return code
