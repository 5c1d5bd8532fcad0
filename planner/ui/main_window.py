"""The main window and composition root of the GUI: menus, toolbar, sidebar navigation, pages, status bar.

Every page and feature is built here with a typed constructor and wired by its signals and
methods, so the feature packages (calendar, events, venues, vendors, markets, ical, excel) never
import each other (an import-linter contract in pyproject.toml checks it).

Why this module is long (~580 lines): it is the composition root, the one place where the menus,
the toolbar, the pages (built lazily), the side panels and every feature's signals meet; each
feature's own behaviour lives in its package.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QStandardItem, QStandardItemModel
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
    QStyle,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner import settings
from planner.db import normalize_url, safe_url
from planner.errors import PlannerError
from planner.i18n import _
from planner.ui import messages
from planner.models.enums import RecordKind
from planner.services import events as event_service
from planner.ui.calendar.feature import CalendarMenu
from planner.ui.calendar.page import CalendarPage
from planner.ui.changes import Change
from planner.ui.common.screen import fit_to_screen
from planner.ui.common.page_stack import PageStack
from planner.ui.context import AppContext
from planner.ui.events.feature import EventsFeature
from planner.ui.lazy_page import LazyPage
from planner.ui.side_panels import SidePanels, panel_of

if TYPE_CHECKING:  # loaded on first use (issue 13): the first paint needs only the calendar
    from planner.ui.excel.feature import ExcelFeature
    from planner.ui.history.page import HistoryPage
    from planner.ui.ical.feature import IcalFeature
    from planner.ui.markets.page import MarketsPage
    from planner.ui.releases.feature import ReleasesFeature
    from planner.ui.vendors.page import VendorsPage
    from planner.ui.venues.page import VenuesPage

log = logging.getLogger(__name__)

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
        self.setWindowTitle(_("Opava Event Planner"))
        self.setObjectName("MainWindow")
        self._pages: dict[str, QWidget] = {}

        self.stack = PageStack()  # as narrow as the page shown: the window fits a small screen
        self.setCentralWidget(self.stack)
        self._build_sidebar()
        self._build_menus()
        self._build_toolbar()

        self.calendar = CalendarPage(ctx)
        self.add_page("calendar", _("Calendar"), self.calendar)
        self.calendar_menu = CalendarMenu(self, self.menu_view, self.calendar, lambda: self.show_page("calendar"))
        self.events = EventsFeature(self, ctx, self.calendar, self.calendar, lambda: self.show_page("calendar"))
        self._wire_events()
        # Pages other than the calendar are built when first shown; the features that only add File
        # actions, pages or a publish timer come right after the first paint (finish_start).
        self.add_lazy_page("venues", _("Venues"), self._build_venues)
        self.add_lazy_page("vendors", _("Vendors"), self._build_vendors)
        self.add_lazy_page("markets", _("Markets"), self._build_markets)
        self._finished = False
        self.menu_file.aboutToShow.connect(self.finish_start)  # opened before the rest came: complete it now
        self.stack.currentChanged.connect(self._on_page_changed)

        self._db_label = QLabel(self.database_text())
        self._db_label.setToolTip(safe_url(ctx.db.url))
        self.statusBar().addPermanentWidget(self._db_label)
        self._restore_state()
        self._on_page_changed()
        self.calendar.current_view().setFocus()  # the keyboard starts in the calendar: Page Down steps it

    # --- built on first use (issue 13) -------------------------------------

    def _build_venues(self) -> QWidget:
        from planner.ui.venues.page import VenuesPage

        page = VenuesPage(self.ctx)
        page.setObjectName("venues_page")
        page.timeline_requested.connect(self.show_venue_on_timeline)
        return page

    def _build_vendors(self) -> QWidget:
        from planner.ui.vendors.page import VendorsPage

        page = VendorsPage(self.ctx)
        page.setObjectName("vendors_page")
        return page

    def _build_markets(self) -> QWidget:
        from planner.ui.markets.page import MarketsPage

        return MarketsPage(self.ctx)

    @property
    def venues_page(self) -> VenuesPage:
        from planner.ui.venues.page import VenuesPage

        page = self.page("venues")
        assert isinstance(page, VenuesPage)
        return page

    @property
    def vendors_page(self) -> VendorsPage:
        from planner.ui.vendors.page import VendorsPage

        page = self.page("vendors")
        assert isinstance(page, VendorsPage)
        return page

    @property
    def markets_page(self) -> MarketsPage:
        from planner.ui.markets.page import MarketsPage

        page = self.page("markets")
        assert isinstance(page, MarketsPage)
        return page

    def finish_start(self) -> None:
        """Add what the first paint did not need: Excel and iCalendar (with the feed publishing timer),
        releases, the Změny page and the event editor's module. Runs once, right after the first paint (app.build_window), or
        when one of them is asked for first."""
        if self._finished:
            return
        self._finished = True
        from planner.ui.events import dialog as _event_editor  # noqa: F401  # imported now: the first Ctrl+N is quick
        from planner.ui.excel.feature import ExcelFeature
        from planner.ui.ical.feature import IcalFeature
        from planner.ui.releases.feature import install as install_releases

        self._excel = ExcelFeature(self, self.ctx)
        self._ical = IcalFeature(self, self.ctx)
        self._place_file_actions()
        self._releases = install_releases(self, self.ctx)
        self.add_lazy_page("history", _("Changes"), self._build_history)
        last = self.ctx.settings.get(settings.LAST_PAGE)
        if self.current_page_key() == "calendar" and last != "calendar" and last in self._pages:
            self.show_page(last)  # the page last used was one of these

    @property
    def excel(self) -> ExcelFeature:
        self.finish_start()
        return self._excel

    @property
    def ical(self) -> IcalFeature:
        self.finish_start()
        return self._ical

    @property
    def releases(self) -> ReleasesFeature:
        self.finish_start()
        return self._releases

    def _build_history(self) -> QWidget:
        from planner.ui.history.page import HistoryPage

        page = HistoryPage(self.ctx)
        page.open_record_requested.connect(self.open_record)
        return page

    @property
    def history_page(self) -> HistoryPage:
        from planner.ui.history.page import HistoryPage

        page = self.page("history")
        assert isinstance(page, HistoryPage)
        return page

    def database_text(self) -> str:
        """Return the database for the status bar: 'Databáze: planner.sqlite3', not a raw URL."""
        try:
            url = normalize_url(self.ctx.db.url)  # a plain path (what people type) is a SQLite file too
        except PlannerError:
            return _("Database: %1").replace("%1", safe_url(self.ctx.db.url))
        if url.get_backend_name() == "sqlite":
            where = Path(url.database).name if url.database else _("in memory")
        else:
            where = f"{url.database} ({url.host or 'localhost'})"
        return _("Database: %1").replace("%1", where)

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
        self.sidebar_layout.addWidget(QLabel(_("<b>Navigation</b>")))
        self.sidebar_layout.addWidget(self.nav)

        self.sidebar = QDockWidget(_("Sidebar"), self)
        self.side_panels = SidePanels(self, self.sidebar, self.ctx.settings)
        self.sidebar_layout.addWidget(self.side_panels.stack, 1)
        # On a page without a panel the stack hides: this spacer keeps the navigation at the top.
        self.sidebar_layout.addStretch(0)
        self.sidebar.setObjectName("sidebar")
        # Scrolls rather than forcing the window taller than a 150 % laptop screen.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the panel's own widgets take the keyboard, not the frame
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(panel)
        self.sidebar.setWidget(scroll)
        self.sidebar.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.sidebar)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu(_("&File"))
        self.menu_import = self.menu_file.addMenu(_("&Import"))
        self.menu_export = self.menu_file.addMenu(_("&Export"))
        self.menu_file.addSeparator()
        self.act_demo = self.menu_file.addAction(_("Load &demo data…"), self.load_demo)
        self.menu_file.addSeparator()
        self.act_quit = self.menu_file.addAction(_("&Quit"), self.close)
        self.act_quit.setShortcut(QKeySequence.StandardKey.Quit)

        self.menu_edit = bar.addMenu(_("&Edit"))
        self._build_undo_actions()
        self.menu_edit.addAction(self.act_undo)
        self.menu_edit.addAction(self.act_redo)

        self.menu_view = bar.addMenu(_("&View"))
        self.menu_view.addAction(self.side_panels.action)
        lang_menu = QMenu(_("&Language"), self)
        for code, label in (("cs", "Čeština"), ("en", "English")):
            act = lang_menu.addAction(label, partial(self.language_change_requested.emit, code))
            act.setCheckable(True)
            act.setChecked(code == self.ctx.lang)
        self.menu_view.addMenu(lang_menu)

        self.menu_help = bar.addMenu(_("&Help"))
        self.act_guide = self.menu_help.addAction(_("User &guide"), self.show_guide)
        self.act_guide.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1
        self.addAction(self.act_guide)  # F1 from any focus in the window, menu bar shown or not
        self.menu_help.addAction(_("&About"), self._about)

    def _build_undo_actions(self) -> None:
        """Edit › Undo/Redo of the page in view, named after the step ("Zpět: Import 7 akcí z outlook.ics")."""
        group = self.ctx.undo.group
        style = self.style()
        self.act_undo = QAction(QIcon.fromTheme("edit-undo", style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack)),
                                _("&Undo"), self)
        self.act_undo.setObjectName("act_undo")
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_undo.triggered.connect(group.undo)
        self.act_redo = QAction(QIcon.fromTheme("edit-redo", style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward)),
                                _("&Redo"), self)
        self.act_redo.setObjectName("act_redo")
        # Ctrl+Shift+Z first (what Czech Office users press), then the platform's own keys; each once,
        # since a sequence bound twice to one action is ambiguous and then does nothing at all.
        redo_keys: list[QKeySequence] = [QKeySequence("Ctrl+Shift+Z")]
        for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo):
            if key not in redo_keys:
                redo_keys.append(key)
        self.act_redo.setShortcuts(redo_keys)
        self.act_redo.triggered.connect(group.redo)
        group.canUndoChanged.connect(lambda _on: self._update_undo_actions())
        group.canRedoChanged.connect(lambda _on: self._update_undo_actions())
        group.undoTextChanged.connect(lambda _text: self._update_undo_actions())
        group.redoTextChanged.connect(lambda _text: self._update_undo_actions())
        group.activeStackChanged.connect(lambda _stack: self._update_undo_actions())
        self._update_undo_actions()

    def _update_undo_actions(self) -> None:
        group = self.ctx.undo.group
        for act, can, text, plain, named in (
            (self.act_undo, group.canUndo(), group.undoText(), _("&Undo"), _("&Undo: %1")),
            (self.act_redo, group.canRedo(), group.redoText(), _("&Redo"), _("&Redo: %1")),
        ):
            act.setEnabled(can)
            label = named.replace("%1", text.replace("&", "&&")) if can and text else plain
            act.setText(label)
            act.setToolTip(label.replace("&&", "\0").replace("&", "").replace("\0", "&"))

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(_("Main toolbar"))
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(20, 20))
        self.addToolBar(self.toolbar)
        # Undo/Redo as icons with the step in the tooltip: a long step name must not make the toolbar jump.
        for act in (self.act_undo, self.act_redo):
            self.toolbar.addAction(act)
            button = self.toolbar.widgetForAction(act)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
                button.setObjectName(f"{act.objectName()}_button")

    def add_lazy_page(self, key: str, title: str, factory: Callable[[], QWidget]) -> None:
        """Add a page built by ``factory`` the first time it is shown or asked for (:meth:`page`)."""
        self.add_page(key, title, LazyPage(factory))

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
            self.ctx.undo.add_page(widget)
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
        """Return the page registered under the key (a page built on first use is built now)."""
        if key not in self._pages and not self._finished:
            self.finish_start()
        widget = self._pages.get(key)
        return widget.content() if isinstance(widget, LazyPage) else widget

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

    def _wire_events(self) -> None:
        """Calendar intents to the event controller; the feature's actions into the menus and sidebar."""
        page, feature, controller = self.calendar, self.events, self.events.controller
        page.edit_requested.connect(controller.edit)
        page.create_requested.connect(controller.create)
        page.move_requested.connect(controller.move)
        page.delete_requested.connect(controller.delete)
        batch = self.events.batch  # the calendar's multi-select and clipboard (issue 11)
        page.move_many_requested.connect(batch.move_many)
        page.delete_many_requested.connect(batch.delete_many)
        page.paste_requested.connect(batch.paste)
        page.duplicate_requested.connect(batch.duplicate)
        page.venue_change_requested.connect(batch.move_to_venue)
        page.conflicts_changed.connect(feature.dock.set_conflicts)
        self.side_panels.set_panel("calendar", panel_of(
            page.mini_month, page.legend, QLabel(_("<b>Filters</b>")), feature.filters,
        ))

        first = self.menu_file.actions()[0]  # File › Import
        self.menu_file.insertAction(first, feature.act_new)
        self.menu_file.insertSeparator(first)
        self.menu_file.insertAction(self.act_demo, feature.act_print)
        self.menu_file.insertAction(self.act_demo, feature.act_pdf)
        self.menu_file.insertSeparator(self.act_demo)
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(feature.act_delete)
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(feature.act_find)
        self.menu_edit.aboutToShow.connect(feature.update_actions)
        self.toolbar.insertAction(self.act_undo, feature.act_new)
        self.menu_view.addAction(feature.dock.toggleViewAction())

    def _place_file_actions(self) -> None:
        """File › Import/Export of iCalendar and Excel, feed publishing after the Export menu."""
        self.menu_export.addAction(self.ical.act_export)
        self.menu_export.addAction(self.excel.act_export)
        self.menu_import.addAction(self.ical.act_import)
        self.menu_import.addAction(self.excel.act_import_vendors)
        self.menu_import.addAction(self.excel.act_import_programme)
        actions = self.menu_file.actions()
        after_export = actions.index(self.menu_export.menuAction()) + 1
        before = actions[after_export]  # the separator before the calendar's actions
        self.menu_file.insertAction(before, self.ical.act_publish)
        self.menu_file.insertAction(before, self.ical.act_settings)

    def _on_page_changed(self, _index: int = -1) -> None:
        """The page in view owns Edit › Undo; the calendar's actions apply only on the calendar."""
        current = self.stack.currentWidget()
        if current is not None:
            self.ctx.undo.activate(current)
        key = self.current_page_key()
        self.side_panels.show_for(key)
        self.events.dock.set_page_active(key == "calendar")  # the Conflicts panel is the calendar's
        self.events.update_actions()
        self.calendar_menu.sync()

    def open_record(self, kind: RecordKind, record_id: int) -> None:
        """Změny › double-click: show the record on its page (an event at its day in the calendar)."""
        if kind in (RecordKind.EVENT, RecordKind.MARKET):
            try:
                row = event_service.get_event(self.ctx.sm, record_id)
            except PlannerError as exc:
                messages.show_error(self, exc.message)
                return
            self.show_page("calendar")
            self.calendar.go_to(row.first_day, record_id)
        elif kind is RecordKind.VENUE:
            self.show_page("venues")
            self.venues_page.select_ids([record_id])
        elif kind is RecordKind.VENDOR:
            self.show_page("vendors")
            self.vendors_page.select_ids([record_id])

    def show_venue_on_timeline(self, venue_id: int, day: dt.date) -> None:
        """Venues › Show on the timeline: the calendar's venue timeline from the day, filtered to the venue."""
        self.show_page("calendar")
        self.events.show_venue_on_timeline(venue_id, day)

    # --- behaviour --------------------------------------------------------

    def _on_nav_clicked(self, index: QModelIndex) -> None:
        self.show_page(index.data(_PAGE_KEY))

    def run_action(self, action: Callable[[], object]) -> bool:
        """Run a service call that fills or replaces the data, as one operation on the page in view.

        Every page shows demo data, so besides the runner's change of what was touched, everything
        is broadcast (a reset deletes rows of every kind).
        """
        if self.ctx.ops.run(self, action, undo_text=_("Load demo data")) is None:
            return False
        self.ctx.bus.broadcast(Change.all(initiator=self))
        return True

    def offer_demo(self) -> None:
        """On first start with an empty database, offer to load the demo data."""
        from planner.services import demo  # the demo loader only when asked for: not on the way to the first paint

        if self.ctx.settings.get(settings.DEMO_OFFERED) or not demo.is_empty(self.ctx.sm):
            return
        self.ctx.settings.set(settings.DEMO_OFFERED, True)
        if messages.ask_yes_no(
            self,
            _("The database is empty. Load the Opava demo data (venues, festivals, markets) to try the planner?"),
            _("Demo data"),
            default_yes=True,
        ):
            self.run_action(lambda: demo.load_demo(self.ctx.sm))

    def load_demo(self) -> None:
        """Load the demo data; optionally replace everything (asks first)."""
        from planner.services import demo

        if not demo.is_empty(self.ctx.sm):
            if not messages.ask_yes_no(
                self,
                _("Replace ALL data in this database with the demo data?"),
                _("Demo data"),
            ):
                return
            ok = self.run_action(lambda: demo.load_demo(self.ctx.sm, reset_first=True))
        else:
            ok = self.run_action(lambda: demo.load_demo(self.ctx.sm))
        if ok:
            self.statusBar().showMessage(_("Demo data loaded."), 5000)

    def about_text(self) -> str:
        """Return Help › About: version, office, the database and publish folder in use and where each comes
        from (passwords masked), and the order in which the settings win."""
        from planner import __version__, config, logsetup

        office: config.OfficeConfig | None = None
        try:
            office = config.read_office_config()
            office_state = _("found") if office.exists else _("not present")
        except config.ConfigError as exc:
            office_state = exc.message
        publish = config.publish_dir(None, str(self.ctx.settings.get(settings.PUBLISH_DIR) or ""))
        lines = [
            _("Opava Event Planner %1").replace("%1", __version__),
            _("Planning of festivals, concerts, markets and venues for the City of Opava."),
            "",
            _("Office: %1").replace("%1", (office.office_name if office else "") or "—"),
            _("Database: %1 (%2)").replace("%1", safe_url(self.ctx.db.url))
            .replace("%2", config.source_label(self.ctx.db_source)),
            _("Publish folder: %1 (%2)").replace("%1", publish.value or "—")
            .replace("%2", config.source_label(publish.source)),
            _("Office configuration: %1 (%2)").replace("%1", str(config.office_config_path()))
            .replace("%2", office_state),
            _("Your settings: %1").replace("%1", self.ctx.settings.path()),
            _("Log: %1").replace("%1", logsetup.log_file()),
            "",
            _(
                "Which setting wins: the command line, then the environment variables PLANNER_DB_URL and "
                "PLANNER_PUBLISH_DIR, then your own settings, then the office configuration, then the default "
                "(your own database file)."
            ),
        ]
        return "\n".join(lines)

    def show_guide(self) -> None:
        """Nápověda › Příručka (F1): the Czech user guide beside the window."""
        from planner.ui.help.guide import show_guide

        show_guide(self)

    def _about(self) -> None:
        messages.show_info(self, self.about_text(), _("About"))

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
