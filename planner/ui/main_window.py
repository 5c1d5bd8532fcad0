"""The main window: menu bar, toolbar, sidebar navigation, pages, status bar."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path

from sqlalchemy.engine import make_url
from PySide6.QtCore import QByteArray, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QFrame,
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QScrollArea,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from planner import settings
from planner.db import safe_url
from planner.errors import PlannerError
from planner.services import demo
from planner.ui import messages
from planner.ui.calendar.page import CalendarPage
from planner.ui.common.screen import fit_to_screen
from planner.ui.context import AppContext

log = logging.getLogger(__name__)

# Feature modules install their menu actions and pages: each has install(window, ctx).
FEATURES: tuple[str, ...] = (
    "planner.ui.calendar.feature", "planner.ui.lists.feature", "planner.ui.excel", "planner.ui.ical", "planner.ui.markets.feature",
    "planner.ui.events.feature", "planner.ui.releases.feature", "planner.ui.history",
)

_PAGE_KEY = Qt.ItemDataRole.UserRole + 2
# The first window's size where the screen has room for it (frame included); smaller screens maximise.
PREFERRED_SIZE = QSize(1280, 800)


class MainWindow(QMainWindow):
    """The planner's main window.

    Signals:
        language_change_requested(str): the user picked another UI language.
    """

    language_change_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Opava Event Planner"))
        self.setObjectName("MainWindow")
        self._pages: dict[str, QWidget] = {}

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self._build_sidebar()
        self._build_menus()
        self._build_toolbar()

        self.calendar = CalendarPage(ctx)
        self.add_page("calendar", self.tr("Calendar"), self.calendar)
        self._install_features()

        self._db_label = QLabel(self.database_text())
        self._db_label.setToolTip(safe_url(ctx.db.url))
        self.statusBar().addPermanentWidget(self._db_label)
        ctx.undo.cleanChanged.connect(lambda _clean: None)
        self._restore_state()

    def database_text(self) -> str:
        """Return the database for the status bar: 'Databáze: planner.sqlite3', not a raw URL."""
        url = make_url(safe_url(self.ctx.db.url))
        if url.get_backend_name() == "sqlite":
            where = Path(url.database).name if url.database else self.tr("in memory")
        else:
            where = f"{url.database} ({url.host or 'localhost'})"
        return self.tr("Database: %1").replace("%1", where)

    # --- structure --------------------------------------------------------

    def _build_sidebar(self) -> None:
        self.nav_model = QStandardItemModel(self)
        self.nav = QListView()
        self.nav.setModel(self.nav_model)
        self.nav.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.nav.setObjectName("navigation")
        self.nav.clicked.connect(self._on_nav_clicked)

        panel = QWidget()
        self.sidebar_layout = QVBoxLayout(panel)
        self.sidebar_layout.setContentsMargins(6, 6, 6, 6)
        self.sidebar_layout.addWidget(QLabel(self.tr("<b>Navigation</b>")))
        self.sidebar_layout.addWidget(self.nav)

        self.sidebar = QDockWidget(self.tr("Sidebar"), self)
        self.sidebar.setObjectName("sidebar")
        # Scrolls rather than forcing the window taller than a 150 % laptop screen.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(panel)
        self.sidebar.setWidget(scroll)
        self.sidebar.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.sidebar)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu(self.tr("&File"))
        self.menu_import = self.menu_file.addMenu(self.tr("&Import"))
        self.menu_export = self.menu_file.addMenu(self.tr("&Export"))
        self.menu_file.addSeparator()
        self.act_demo = self.menu_file.addAction(self.tr("Load &demo data…"), self.load_demo)
        self.menu_file.addSeparator()
        self.act_quit = self.menu_file.addAction(self.tr("&Quit"), self.close)
        self.act_quit.setShortcut(QKeySequence.StandardKey.Quit)

        self.menu_edit = bar.addMenu(self.tr("&Edit"))
        self.act_undo = self.ctx.undo.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_redo = self.ctx.undo.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)])
        self.menu_edit.addAction(self.act_undo)
        self.menu_edit.addAction(self.act_redo)

        self.menu_view = bar.addMenu(self.tr("&View"))
        self.menu_view.addAction(self.sidebar.toggleViewAction())
        lang_menu = QMenu(self.tr("&Language"), self)
        for code, label in (("cs", "Čeština"), ("en", "English")):
            act = lang_menu.addAction(label, partial(self.language_change_requested.emit, code))
            act.setCheckable(True)
            act.setChecked(code == self.ctx.lang)
        self.menu_view.addMenu(lang_menu)

        self.menu_help = bar.addMenu(self.tr("&Help"))
        self.menu_help.addAction(self.tr("&About"), self._about)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Main toolbar"))
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(self.toolbar)
        self.toolbar.addAction(self.act_undo)
        self.toolbar.addAction(self.act_redo)

    def add_page(self, key: str, title: str, widget: QWidget, icon: QIcon | None = None) -> None:
        """Add (or replace) a page in the stack with an entry in the navigation list."""
        if key in self._pages:
            old = self._pages[key]
            index = self.stack.indexOf(old)
            self.stack.insertWidget(index, widget)
            self.stack.removeWidget(old)
            old.deleteLater()
            for row in range(self.nav_model.rowCount()):
                item = self.nav_model.item(row)
                if item.data(_PAGE_KEY) == key:
                    item.setText(title)
        else:
            self.stack.addWidget(widget)
            item = QStandardItem(icon or QIcon(), title)
            item.setData(key, _PAGE_KEY)
            self.nav_model.appendRow(item)
        self._pages[key] = widget
        self._fit_navigation()

    def _fit_navigation(self) -> None:
        """Make the navigation list exactly as tall as its entries (no empty box below)."""
        rows = self.nav_model.rowCount()
        row_height = self.nav.sizeHintForRow(0) if rows else self.nav.fontMetrics().height()
        self.nav.setFixedHeight(rows * row_height + 2 * self.nav.frameWidth() + 4)

    def page(self, key: str) -> QWidget | None:
        """Return the page registered under the key."""
        return self._pages.get(key)

    def show_page(self, key: str) -> None:
        """Bring a page to the front and select it in the navigation."""
        widget = self._pages.get(key)
        if widget is None:
            return
        self.stack.setCurrentWidget(widget)
        for row in range(self.nav_model.rowCount()):
            item = self.nav_model.item(row)
            if item.data(_PAGE_KEY) == key:
                self.nav.setCurrentIndex(item.index())

    def current_page_key(self) -> str:
        current = self.stack.currentWidget()
        for key, widget in self._pages.items():
            if widget is current:
                return key
        return "calendar"

    def _install_features(self) -> None:
        import importlib

        for name in FEATURES:
            module = importlib.import_module(name)
            module.install(self, self.ctx)

    # --- behaviour --------------------------------------------------------

    def _on_nav_clicked(self, index: QModelIndex) -> None:
        self.show_page(index.data(_PAGE_KEY))

    def run_action(self, action: Callable[[], object], *, change: str | None = None) -> bool:
        """Run a service call; show expected errors as messages; broadcast the change."""
        try:
            action()
        except PlannerError as exc:
            messages.show_error(self, exc.message)
            return False
        if change:
            self.ctx.bus.emit_change(change)
        return True

    def offer_demo(self) -> None:
        """On first start with an empty database, offer to load the demo data."""
        if self.ctx.settings.get(settings.DEMO_OFFERED) or not demo.is_empty(self.ctx.sm):
            return
        self.ctx.settings.set(settings.DEMO_OFFERED, True)
        if messages.ask_yes_no(
            self,
            self.tr("The database is empty. Load the Opava demo data (venues, festivals, markets) to try the planner?"),
            self.tr("Demo data"),
            default_yes=True,
        ):
            self.run_action(lambda: demo.load_demo(self.ctx.sm), change="all")

    def load_demo(self) -> None:
        """Load the demo data; optionally replace everything (asks first)."""
        if not demo.is_empty(self.ctx.sm):
            if not messages.ask_yes_no(
                self,
                self.tr("Replace ALL data in this database with the demo data? This cannot be undone."),
                self.tr("Demo data"),
            ):
                return
            ok = self.run_action(lambda: demo.load_demo(self.ctx.sm, reset_first=True), change="all")
        else:
            ok = self.run_action(lambda: demo.load_demo(self.ctx.sm), change="all")
        if ok:
            self.ctx.undo.clear()
            self.statusBar().showMessage(self.tr("Demo data loaded."), 5000)

    def _about(self) -> None:
        from planner import __version__

        messages.show_info(
            self,
            self.tr("Opava Event Planner %1").replace("%1", __version__)
            + "\n"
            + self.tr("Planning of festivals, concerts, markets and venues for the City of Opava."),
            self.tr("About"),
        )

    # --- state ------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.ctx.settings.get(settings.MAIN_GEOMETRY)
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            fit_to_screen(self, PREFERRED_SIZE)
        state = self.ctx.settings.get(settings.MAIN_STATE)
        if state:
            self.restoreState(QByteArray(state))
        self.show_page(self.ctx.settings.get(settings.LAST_PAGE))
        if self.stack.currentWidget() is None:
            self.show_page("calendar")

    def save_state(self) -> None:
        """Remember geometry, docks and the current page."""
        self.ctx.settings.set(settings.MAIN_GEOMETRY, bytes(self.saveGeometry().data()))
        self.ctx.settings.set(settings.MAIN_STATE, bytes(self.saveState().data()))
        self.ctx.settings.set(settings.LAST_PAGE, self.current_page_key())
        self.ctx.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_state()
        super().closeEvent(event)


def app_instance() -> QApplication:
    """Return the running QApplication."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app
