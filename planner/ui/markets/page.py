"""The markets page: stall map, applications and bookings, hours and fees, totals."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QMarginsF, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QImage, QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from planner.models.enums import BookingStatus, RecordKind
from planner.services.formatting import format_decimal
from planner.services import markets as market_service
from planner.services.market_map import booking_vendors, new_stall_draft, placed_stalls, power_warnings, stall_views
from planner.services import vendors as vendor_service
from planner.services import venues as venue_service
from planner.services.dto import BookingDraft, BookingRow, EventDraft, MarketRow, StallDraft, StallRow, VendorRow
from planner.services.markets import MarketTotals
from planner.services.text import czech_sort_key
from planner.services.timeutil import format_date
from planner.ui import messages
from planner.ui.changes import Change, PageRefresher
from planner.ui.context import AppContext
from planner.ui.labels import booking_status_label, stall_kind_label
from planner.ui.markets.dialogs import (
    BookingDialog,
    ChooseMarketDialog,
    DayHoursDialog,
    NewMarketDialog,
    PaidDateDialog,
    StallDialog,
)
from planner.ui.markets.models import (
    BookingColumn,
    BookingFilterProxy,
    BookingTableModel,
    VendorFilterProxy,
    VendorListModel,
    format_czk,
    format_days,
)
from planner.ui.markets.settings_panel import MarketSettings, MarketSettingsPanel
from planner.ui.markets.stall_map import (
    SCALE,
    ColourBy,
    StallMapScene,
    StallMapView,
    map_titles,
    paint_map_page,
)

log = logging.getLogger(__name__)
T = TypeVar("T")

# A market is an event (title, days); its stalls, bookings and the vendors booked are shown here.
_REFRESH_KINDS = (RecordKind.MARKET, RecordKind.EVENT, RecordKind.STALL, RecordKind.BOOKING, RecordKind.VENDOR)


class MarketsPage(QWidget):
    """Plan a market: place vendors on the stall map, review applications, fees and payments."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("markets_page")
        self.market: MarketRow | None = None
        self.stalls: list[StallRow] = []
        self.bookings: list[BookingRow] = []
        self.vendors: dict[int, VendorRow] = {}
        self._vendors_stale = True
        self._listed: dict[int, MarketRow] = {}
        self.warnings: dict[int, str] = {}
        self.totals: MarketTotals | None = None
        self._loading = False

        self._build_header()
        self._build_map_tab()
        self._build_bookings_tab()
        self.settings_panel = MarketSettingsPanel()
        self.settings_panel.save_requested.connect(self.save_settings)
        self.settings_panel.day_requested.connect(self.edit_day_hours)
        self.settings_panel.recompute_requested.connect(self.recompute_fees)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.map_tab, self.tr("Stall map"))
        self.tabs.addTab(self.bookings_tab, self.tr("Applications and bookings"))
        settings_scroll = QScrollArea()
        settings_scroll.setWidgetResizable(True)
        settings_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        settings_scroll.setWidget(self.settings_panel)
        self.tabs.addTab(settings_scroll, self.tr("Opening hours and fees"))

        layout = QVBoxLayout(self)
        layout.addLayout(self.header)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.refresher = PageRefresher(self, ctx.bus, _REFRESH_KINDS, self._on_change)
        self.reload_markets()

    # --- building ---------------------------------------------------------

    def _build_header(self) -> None:
        self.market_combo = QComboBox()
        self.market_combo.setObjectName("market_combo")
        self.market_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.market_combo.setMinimumContentsLength(24)
        self.market_combo.currentIndexChanged.connect(self._on_market_chosen)
        self.act_new_market = QAction(self.tr("New market…"), self)
        self.act_new_market.triggered.connect(self.new_market)
        self.act_copy_layout = QAction(self.tr("Copy the layout from a previous market…"), self)
        self.act_copy_layout.triggered.connect(self.copy_layout)
        self.act_print = QAction(self.tr("Print map…"), self)
        self.act_print.setShortcut(QKeySequence.StandardKey.Print)
        self.act_print.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_print.triggered.connect(self.print_map)
        self.act_pdf = QAction(self.tr("Export map to PDF…"), self)
        self.act_pdf.triggered.connect(lambda: self.export_pdf())
        self.addAction(self.act_print)
        # A tool bar folds what does not fit into its extension menu, so the page
        # never forces the main window to be wider than the screen.
        actions = _tool_bar(self.act_new_market, self.act_copy_layout, self.act_print, self.act_pdf)
        self.header = QHBoxLayout()
        self.header.addWidget(QLabel(self.tr("Market:")))
        self.header.addWidget(self.market_combo, 1)
        self.header.addWidget(actions, 2)
        self.totals_label = QLabel()
        self.totals_label.setObjectName("market_totals")
        self.totals_label.setTextFormat(Qt.TextFormat.RichText)
        self.totals_label.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setObjectName("market_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff3e0; border: 1px solid #ffb74d; padding: 4px;")
        self.banner.hide()

    def _build_map_tab(self) -> None:
        self.vendor_model = VendorListModel(self)
        self.vendor_proxy = VendorFilterProxy(self)
        self.vendor_proxy.setSourceModel(self.vendor_model)
        self.vendor_proxy.sort(0)
        self.vendor_search = QLineEdit()
        self.vendor_search.setPlaceholderText(self.tr("Search stallholders…"))
        self.vendor_search.setClearButtonEnabled(True)
        self.vendor_search.textChanged.connect(self.vendor_proxy.set_text)
        self.vendor_list = QListView()
        self.vendor_list.setObjectName("stallholders")
        self.vendor_list.setModel(self.vendor_proxy)
        self.vendor_list.setDragEnabled(True)
        self.vendor_list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.vendor_list.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.vendor_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.vendor_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.vendor_list.setUniformItemSizes(False)
        self.book_as = QComboBox()
        self.book_as.addItem(self.tr("approved bookings"), BookingStatus.APPROVED)
        self.book_as.addItem(self.tr("applications"), BookingStatus.APPLIED)
        hint = QLabel(self.tr("Drag a stallholder onto a stall to book it for all the market's days."))
        hint.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("<b>Stallholders</b>")))
        left_layout.addWidget(hint)
        left_layout.addWidget(self.vendor_search)
        left_layout.addWidget(self.vendor_list, 1)
        self.unplaced_only = QCheckBox(self.tr("Only those without a stall in this market"))
        self.unplaced_only.toggled.connect(self.vendor_proxy.set_unplaced_only)
        left_layout.addWidget(self.unplaced_only)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Dropping creates:")))
        row.addWidget(self.book_as, 1)
        left_layout.addLayout(row)

        self.scene = StallMapScene(self)
        # Queued: the scene is rebuilt after a booking or move, which must not happen
        # inside the drop / mouse-release handler that reported it.
        self.scene.vendor_dropped.connect(self.book_vendor, Qt.ConnectionType.QueuedConnection)
        self.scene.stalls_moved.connect(self.move_stalls, Qt.ConnectionType.QueuedConnection)
        self.scene.stall_selected.connect(self._on_stall_selected)
        self.map_view = StallMapView(self.scene)
        self.map_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.map_view.customContextMenuRequested.connect(self._map_menu)
        self.colour_combo = QComboBox()
        self.colour_combo.addItem(self.tr("booking status"), ColourBy.STATUS)
        self.colour_combo.addItem(self.tr("vendor category"), ColourBy.CATEGORY)
        self.colour_combo.currentIndexChanged.connect(self._on_colour_by)
        self.day_combo = QComboBox()
        self.day_combo.setObjectName("map_day")
        self.day_combo.currentIndexChanged.connect(lambda _i: None if self._loading else self._show_map())
        self.act_add_stall = QAction(self.tr("Add stall…"), self)
        self.act_add_stall.triggered.connect(lambda: self.add_stall())
        zoom_out = QAction("−", self)
        zoom_out.setToolTip(self.tr("Zoom out (mouse wheel)"))
        zoom_out.triggered.connect(lambda: self.map_view.zoom_by(0.8))
        zoom_in = QAction("+", self)
        zoom_in.setToolTip(self.tr("Zoom in (mouse wheel)"))
        zoom_in.triggered.connect(lambda: self.map_view.zoom_by(1.25))
        fit = QAction(self.tr("Fit"), self)
        fit.setToolTip(self.tr("Show all stalls"))
        fit.triggered.connect(self.map_view.fit)
        tools = _tool_bar()
        tools.addWidget(QLabel(self.tr("Colour by:")))
        tools.addWidget(self.colour_combo)
        tools.addWidget(QLabel(self.tr("Day:")))
        tools.addWidget(self.day_combo)
        tools.addSeparator()
        for act in (self.act_add_stall, zoom_out, zoom_in, fit):
            tools.addAction(act)
        self.stall_info = QLabel(self.tr("Click a stall to see its details; drag stalls to rearrange the layout."))
        self.stall_info.setObjectName("stall_info")
        self.stall_info.setWordWrap(True)
        self.stall_info.setTextFormat(Qt.TextFormat.RichText)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(tools)
        right_layout.addWidget(self.map_view, 1)
        right_layout.addWidget(self.stall_info)

        self.map_tab = QSplitter(Qt.Orientation.Horizontal)
        self.map_tab.addWidget(left)
        self.map_tab.addWidget(right)
        self.map_tab.setStretchFactor(0, 0)
        self.map_tab.setStretchFactor(1, 1)
        self.map_tab.setSizes([250, 1000])
        self.map_tab.setChildrenCollapsible(False)
        left.setMinimumWidth(160)

    def _build_bookings_tab(self) -> None:
        self.booking_model = BookingTableModel(self)
        self.booking_proxy = BookingFilterProxy(self)
        self.booking_proxy.setSourceModel(self.booking_model)
        self.booking_search = QLineEdit()
        self.booking_search.setPlaceholderText(self.tr("Search vendor or stall…"))
        self.booking_search.setClearButtonEnabled(True)
        self.booking_search.textChanged.connect(self.booking_proxy.set_text)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in BookingStatus:
            self.status_filter.addItem(booking_status_label(status), status)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.booking_proxy.set_status(
                BookingStatus(self.status_filter.currentData()) if self.status_filter.currentData() else None
            )
        )
        self.stall_filter = QComboBox()
        self.stall_filter.currentIndexChanged.connect(
            lambda _i: self.booking_proxy.set_stall(self.stall_filter.currentData())
        )
        self.table = QTableView()
        self.table.setObjectName("bookings")
        self.table.setModel(self.booking_proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(BookingColumn.STALL, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BookingColumn.VENDOR, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(60)  # measure 60 rows, not every row after every change
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)

        self.act_approve = QAction(self.tr("Approve"), self)
        self.act_approve.triggered.connect(lambda: self.set_status(BookingStatus.APPROVED))
        self.act_reject = QAction(self.tr("Reject"), self)
        self.act_reject.triggered.connect(lambda: self.set_status(BookingStatus.REJECTED))
        self.act_paid = QAction(self.tr("Mark as paid…"), self)
        self.act_paid.triggered.connect(self.mark_paid)
        self.act_unpaid = QAction(self.tr("Clear the payment"), self)
        self.act_unpaid.triggered.connect(self.clear_paid)
        self.act_delete = QAction(self.tr("Delete"), self)
        self.act_delete.setShortcut(QKeySequence.StandardKey.Delete)
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_delete.triggered.connect(self.delete_bookings)
        self.table.addAction(self.act_delete)
        self.act_new = QAction(self.tr("New application…"), self)
        self.act_new.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        self.act_new.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_new.triggered.connect(lambda: self.edit_booking(None))
        self.act_edit = QAction(self.tr("Edit…"), self)
        self.act_edit.triggered.connect(self._edit_current)
        self.table.addAction(self.act_new)
        self.table.activated.connect(lambda _ix: self._edit_current())
        buttons = _tool_bar(self.act_new, self.act_edit, self.act_approve, self.act_reject, self.act_paid,
                            self.act_unpaid, self.act_delete)
        filters = QHBoxLayout()
        filters.addWidget(self.booking_search, 1)
        filters.addWidget(QLabel(self.tr("Status:")))
        filters.addWidget(self.status_filter)
        filters.addWidget(QLabel(self.tr("Stall:")))
        filters.addWidget(self.stall_filter)
        self.bookings_tab = QWidget()
        layout = QVBoxLayout(self.bookings_tab)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    # --- loading ----------------------------------------------------------

    def call(self, action: Callable[[], T], undo_text: str | None = None) -> T | None:
        """Run a change as one operation (the runner shows errors, pushes the undo step, broadcasts)."""
        return self.ctx.ops.run(self, action, undo_text=undo_text)

    def reload_markets(self, select_id: int | None = None) -> None:
        """Fill the market chooser; keep (or set) the chosen market."""
        current = select_id if select_id is not None else (self.market.event_id if self.market else None)
        markets = market_service.list_markets(self.ctx.sm)
        self._listed = {m.event_id: m for m in markets}
        self._loading = True
        self.market_combo.clear()
        for m in markets:
            self.market_combo.addItem(f"{m.title} ({format_days(m.first_day, m.last_day)})", m.event_id)
        index = self.market_combo.findData(current) if current is not None else -1
        if index < 0 and markets:
            default = market_service.default_market(markets, dt.date.today())
            index = self.market_combo.findData(default.event_id) if default else 0
        self.market_combo.setCurrentIndex(index)
        self._loading = False
        self._on_market_chosen(index)

    def select_market(self, market_id: int, day: dt.date | None = None) -> None:
        """Show a market (and a day of it on the map, None = all days)."""
        index = self.market_combo.findData(market_id)
        if index >= 0:
            self.market_combo.setCurrentIndex(index)
        self.set_day(day)

    def set_day(self, day: dt.date | None) -> None:
        index = self.day_combo.findData(day.toordinal() if day else None)
        if index >= 0:
            self.day_combo.setCurrentIndex(index)

    def map_day(self) -> dt.date | None:
        value = self.day_combo.currentData()
        return dt.date.fromordinal(value) if value else None

    def _on_market_chosen(self, _index: int) -> None:
        if self._loading:
            return
        market_id = self.market_combo.currentData()
        changed = self.market is None or self.market.event_id != market_id
        self.refresh(market_id)
        if changed:
            self.show_message("")
            self._fill_days()
            self.map_view.fit()

    def _fill_days(self) -> None:
        self._loading = True
        self.day_combo.clear()
        self.day_combo.addItem(self.tr("All days"), None)
        m = self.market
        if m is not None:
            day = m.first_day
            while day <= m.last_day:
                self.day_combo.addItem(format_date(day), day.toordinal())
                day += dt.timedelta(days=1)
            today = dt.date.today()
            if m.first_day <= today <= m.last_day:
                self.day_combo.setCurrentIndex(self.day_combo.findData(today.toordinal()))
        self._loading = False
        self._show_map()

    def refresh(self, market_id: int | None = None) -> None:
        """Reload the shown market's stalls, bookings, vendors and totals from the services."""
        sm = self.ctx.sm
        market_id = market_id if market_id is not None else (self.market.event_id if self.market else None)
        if self._vendors_stale:  # stall moves and bookings do not change the vendors themselves
            self.vendors = {v.id: v for v in vendor_service.list_vendors(sm, include_archived=True)}
            self._vendors_stale = False
        if market_id is None:
            self.market, self.stalls, self.bookings, self.totals = None, [], [], None
        else:
            self.market = self._listed.pop(market_id, None) or market_service.get_market(sm, market_id)
            self.stalls = market_service.list_stalls(sm, market_id)
            self.bookings = market_service.list_bookings(sm, market_id)
            self.totals = market_service.totals_of(self.bookings)
        self.vendor_model.set_rows(list(self.vendors.values()), placed_stalls(self.bookings))
        self.vendor_proxy.sort(0)
        self.warnings = self._power_warnings()
        self.booking_model.set_rows(
            self.bookings, self.warnings, {v.id: v.power_kw for v in self.vendors.values() if v.power_kw}
        )
        self._fill_stall_filter()
        self.settings_panel.set_market(self.market)
        self._show_totals()
        self._show_map()
        for act in (self.act_copy_layout, self.act_print, self.act_pdf):
            act.setEnabled(self.market is not None)
        self.tabs.setEnabled(self.market is not None)

    def _power_warnings(self) -> dict[int, str]:
        return power_warnings(self.stalls, self.bookings, self.vendors)

    def _fill_stall_filter(self) -> None:
        current = self.stall_filter.currentData()
        self.stall_filter.blockSignals(True)
        self.stall_filter.clear()
        self.stall_filter.addItem(self.tr("All stalls"), None)
        for s in self.stalls:
            self.stall_filter.addItem(s.code, s.id)
        index = self.stall_filter.findData(current)
        self.stall_filter.setCurrentIndex(max(index, 0))
        self.stall_filter.blockSignals(False)
        self.booking_proxy.set_stall(self.stall_filter.currentData())

    def _show_totals(self) -> None:
        t = self.totals
        if t is None:
            self.totals_label.setText(self.tr("No market yet: create one with “New market…”."))
            return
        unpaid = self.tr("%n unpaid", "", t.unpaid)
        self.totals_label.setText(
            self.tr("Expected: <b>%1</b> · Paid: <b>%2</b> · Outstanding: <b>%3</b> (%4) · "
                    "Approved: %5 · Applications to review: %6")
            .replace("%1", format_czk(t.expected)).replace("%2", format_czk(t.paid))
            .replace("%3", format_czk(t.outstanding)).replace("%4", unpaid)
            .replace("%5", str(t.approved)).replace("%6", str(t.applied))
        )

    def _show_map(self) -> None:
        if self.market is None:
            self.scene.set_map(60, 40, [])
            return
        views = stall_views(self.stalls, self.bookings, self.map_day(), self.warnings)
        self.scene.set_map(self.market.map_width_m, self.market.map_depth_m, views)
        self._on_stall_selected(self._selected_stall())

    def _selected_stall(self) -> int | None:
        selected = [it for it in self.scene.stall_items() if it.isSelected()]
        return selected[0].stall_id if len(selected) == 1 else None

    def show_message(self, text: str) -> None:
        """Show a non-modal notice above the tabs (power warnings, what was booked)."""
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def _on_change(self, change: Change) -> None:
        if change.touches(RecordKind.VENDOR):
            self._vendors_stale = True
        if change.touches(RecordKind.MARKET, RecordKind.EVENT):
            self.reload_markets()
        else:
            self.refresh()

    # --- map actions ------------------------------------------------------

    def _on_colour_by(self, _index: int) -> None:
        self.scene.set_colour_by(self.colour_combo.currentData())
        self.map_view.viewport().update()

    def _on_stall_selected(self, stall_id: object) -> None:
        stall = next((s for s in self.stalls if s.id == stall_id), None)
        if stall is None:
            self.stall_info.setText(self.tr("Click a stall to see its details; drag stalls to rearrange the layout."))
            return
        size = format_decimal(stall.width_m, trim=True) + " × " + format_decimal(stall.depth_m, trim=True) + " m"
        parts = [f"<b>{stall.code}</b>", stall_kind_label(stall.kind), size]
        if stall.zone:
            parts.append(stall.zone)
        if stall.has_power:
            kw = f" {format_decimal(stall.power_kw, trim=True)} kW" if stall.power_kw else ""
            parts.append(self.tr("power outlet") + kw)
        else:
            parts.append(self.tr("no power outlet"))
        lines = [" · ".join(parts)]
        for b in self.bookings:
            if b.stall_id == stall.id:
                line = f"{b.vendor_name}: {format_days(b.first_day, b.last_day)}, {booking_status_label(b.status)}, {format_czk(b.fee)}"
                if b.paid_on:
                    line += ", " + self.tr("paid %1").replace("%1", format_date(b.paid_on))
                elif b.unpaid:
                    line += ", " + self.tr("unpaid")
                if b.id in self.warnings:
                    line += f" <span style='color:#c62828'>⚠ {self.warnings[b.id]}</span>"
                lines.append(line)
        if len(lines) == 1:
            lines.append(self.tr("No applications yet."))
        self.stall_info.setText("<br>".join(lines))

    def book_vendor(self, stall_id: int, vendor_id: int) -> BookingRow | None:
        """Book a vendor dropped on a stall for all the market's days."""
        # combo data comes back as the plain string value of the enum
        status = BookingStatus(self.book_as.currentData())
        code = next((s.code for s in self.stalls if s.id == stall_id), "")
        booking = self.call(lambda: market_service.book_stall(self.ctx.sm, stall_id, vendor_id, status=status),
                            self.tr("Book stall %1").replace("%1", code))
        if booking is None:
            return None
        stall = next(s for s in self.stalls if s.id == stall_id)
        vendor = self.vendors.get(vendor_id)
        warning = market_service.power_warning(stall, vendor.power_kw if vendor else None, booking.needs_power)
        what = (self.tr("%1 is booked on stall %2 for %3 (fee %4).") if status is BookingStatus.APPROVED
                else self.tr("%1 applied for stall %2 for %3 (fee %4)."))
        text = (what.replace("%1", booking.vendor_name).replace("%2", booking.stall_code)
                .replace("%3", format_days(booking.first_day, booking.last_day)).replace("%4", format_czk(booking.fee)))
        self.show_message(text + (f"\n⚠ {warning}" if warning else ""))
        return booking

    def move_stalls(self, moves: list[tuple[int, float, float]]) -> None:
        """Save stalls dragged on the map (one undo step, one transaction)."""
        self.call(lambda: market_service.move_stalls(self.ctx.sm, [(i, x, y, None) for i, x, y in moves]),
                  self.tr("Move stalls"))

    def _map_menu(self, pos: QPoint) -> None:
        if self.market is None:
            return
        scene_pos = self.map_view.mapToScene(pos)
        item = self.scene.stall_at(scene_pos)
        menu = QMenu(self)
        if item is not None:
            stall_id = item.stall_id
            menu.addAction(self.tr("Edit stall…"), lambda: self.edit_stall(stall_id))
            menu.addAction(self.tr("Show the stall's applications"), lambda: self.show_stall_bookings(stall_id))
            menu.addAction(self.tr("Rotate by 90°"), lambda: self.rotate_stall(stall_id))
            menu.addSeparator()
            menu.addAction(self.tr("Delete stall"), lambda: self.delete_stall(stall_id))
        else:
            x, y = scene_pos.x() / SCALE, scene_pos.y() / SCALE
            menu.addAction(self.tr("Add a stall here…"), lambda: self.add_stall(x, y))
        menu.addSeparator()
        menu.addAction(self.tr("Show all stalls"), self.map_view.fit)
        menu.exec(self.map_view.viewport().mapToGlobal(pos))

    def _zones(self) -> list[str]:
        return sorted({s.zone for s in self.stalls if s.zone}, key=czech_sort_key)

    def add_stall(self, x_m: float | None = None, y_m: float | None = None) -> StallRow | None:
        """Add a stall at a place on the map (default: the middle of what is shown)."""
        if self.market is None:
            return None
        if x_m is None or y_m is None:
            centre = self.map_view.mapToScene(self.map_view.viewport().rect().center())
            x_m, y_m = centre.x() / SCALE, centre.y() / SCALE
        market_id = self.market.event_id
        draft = new_stall_draft(self.market, self.stalls, x_m, y_m)
        return StallDialog.ask(self, draft, self._zones(), lambda d: self.ctx.ops.attempt(
            self, lambda: market_service.create_stall(self.ctx.sm, market_id, d)))

    def edit_stall(self, stall_id: int) -> StallRow | None:
        s = next(x for x in self.stalls if x.id == stall_id)
        draft = StallDraft(s.code, s.kind, s.zone, s.width_m, s.depth_m, s.has_power, s.power_kw, s.has_water,
                           s.x_m, s.y_m, s.rotation, s.notes)
        return StallDialog.ask(self, draft, self._zones(), lambda d: self.ctx.ops.attempt(
            self, lambda: market_service.update_stall(self.ctx.sm, stall_id, d, version=s.version)))

    def delete_stall(self, stall_id: int) -> None:
        s = next(x for x in self.stalls if x.id == stall_id)
        if not messages.ask_yes_no(self, self.tr("Delete stall %1 from the map?").replace("%1", s.code)):
            return
        self.call(lambda: market_service.delete_stall(self.ctx.sm, stall_id))

    def show_stall_bookings(self, stall_id: int) -> None:
        self.stall_filter.setCurrentIndex(max(self.stall_filter.findData(stall_id), 0))
        self.tabs.setCurrentWidget(self.bookings_tab)

    def rotate_stall(self, stall_id: int) -> None:
        stall = next(s for s in self.stalls if s.id == stall_id)
        self.call(lambda: market_service.move_stall(self.ctx.sm, stall_id, stall.x_m, stall.y_m, stall.rotation + 90))

    # --- booking actions --------------------------------------------------

    def selected_bookings(self) -> list[BookingRow]:
        rows = {self.booking_proxy.mapToSource(ix).row() for ix in self.table.selectionModel().selectedRows()}
        return [self.booking_model.row_at(r) for r in sorted(rows)]

    def set_status(self, status: BookingStatus) -> None:
        """Approve or reject the selected applications (all or nothing)."""
        rows = self.selected_bookings()
        if not rows:
            return
        ids = [r.id for r in rows]
        if self.call(lambda: market_service.set_bookings_status(self.ctx.sm, ids, status)) is not None:
            warnings = [self.warnings[i] for i in ids if i in self.warnings] if status is BookingStatus.APPROVED else []
            self.show_message("\n".join(f"⚠ {w}" for w in warnings))

    def mark_paid(self) -> None:
        rows = self.selected_bookings()
        if not rows:
            return
        what = ", ".join(f"{r.stall_code} {r.vendor_name}" for r in rows[:5]) + (" …" if len(rows) > 5 else "")
        day = PaidDateDialog.ask(self, what, dt.date.today())
        if day is None:
            return
        self.call(lambda: market_service.mark_bookings_paid(self.ctx.sm, [r.id for r in rows], day))

    def clear_paid(self) -> None:
        rows = self.selected_bookings()
        if rows:
            self.call(lambda: market_service.mark_bookings_paid(self.ctx.sm, [r.id for r in rows], None))

    def delete_bookings(self) -> None:
        rows = self.selected_bookings()
        if not rows:
            return
        question = self.tr("Delete %n application(s)? Rejecting keeps the history; deleting does not.", "", len(rows))
        if not messages.ask_yes_no(self, question):
            return

        # One transaction: if one of them is gone meanwhile, none is deleted.
        self.call(lambda: market_service.delete_bookings(self.ctx.sm, [r.id for r in rows]))

    def _draft_of(self, b: BookingRow) -> BookingDraft:
        return BookingDraft(b.stall_id, b.vendor_id, b.first_day, b.last_day, b.status, b.fee, b.needs_power,
                            b.paid_on, b.notes)

    def edit_booking(self, booking_id: int | None = None) -> BookingRow | None:
        """Edit a booking (days, stall, fee, …) or record a new application (booking_id None)."""
        if self.market is None or not self.stalls:
            return None
        market = self.market
        if booking_id is None:
            stallholders = booking_vendors(self.vendors.values())
            stall = self._selected_stall() or self.stalls[0].id
            draft = BookingDraft(stall, stallholders[0].id if stallholders else 0, market.first_day, market.last_day)

            def save(d: BookingDraft) -> BookingRow:
                return self.ctx.ops.attempt(self, lambda: market_service.create_booking(self.ctx.sm, d))
        else:
            b = next(x for x in self.bookings if x.id == booking_id)
            draft = self._draft_of(b)
            stallholders = booking_vendors(self.vendors.values(), keep=self.vendors.get(b.vendor_id))

            def save(d: BookingDraft) -> BookingRow:
                return self.ctx.ops.attempt(
                    self, lambda: market_service.update_booking(self.ctx.sm, booking_id, d, version=b.version))

        row = BookingDialog.ask(self, market, self.stalls, stallholders, draft, save)
        if row is not None:
            self.show_message(self.warnings.get(row.id, ""))
        return row

    def _edit_current(self) -> None:
        rows = self.selected_bookings()
        if rows:
            self.edit_booking(rows[0].id)

    def _table_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.act_edit)
        menu.addAction(self.act_new)
        menu.addSeparator()
        for act in (self.act_approve, self.act_reject, self.act_paid, self.act_unpaid):
            menu.addAction(act)
        menu.addSeparator()
        menu.addAction(self.act_delete)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    # --- market actions ---------------------------------------------------

    def new_market(self) -> None:
        squares = venue_service.list_venues(self.ctx.sm)
        answer = NewMarketDialog.ask(self, squares, market_service.list_markets(self.ctx.sm))
        if answer is None:
            return

        def work() -> MarketRow:
            draft = EventDraft.all_day_event(answer.title, answer.first_day, answer.last_day, venue_id=answer.venue_id)
            return market_service.create_market(
                self.ctx.sm, draft, default_open=answer.default_open, default_close=answer.default_close,
                copy_layout_from=answer.copy_from,
            )

        market = self.call(work)
        if market is not None:
            self.select_market(market.event_id)

    def copy_layout(self) -> None:
        if self.market is None:
            return
        others = [m for m in market_service.list_markets(self.ctx.sm) if m.event_id != self.market.event_id]
        source = ChooseMarketDialog.ask(
            self, self.tr("Copy the layout"),
            self.tr("Create the stalls of “%1” as they were at:").replace("%1", self.market.title), others,
        )
        if source is None:
            return
        target = self.market.event_id
        copied = self.call(lambda: market_service.copy_layout(self.ctx.sm, source, target))
        if copied is not None:
            self.show_message(self.tr("%n stall(s) created from the earlier layout.", "", len(copied)))
            self.map_view.fit()

    def save_settings(self, values: MarketSettings) -> None:
        if self.market is None:
            return
        market_id, version = self.market.event_id, self.market.version
        saved = self.call(lambda: market_service.update_market_settings(
            self.ctx.sm, market_id, default_open=values.default_open, default_close=values.default_close,
            fee_rule=values.fee_rule, map_width_m=values.map_width_m, map_depth_m=values.map_depth_m,
            version=version,
        ))
        if saved is not None:
            self.show_message(self.tr("Opening hours and fees saved. Fees of existing bookings stay until you apply the rule to them."))

    def recompute_fees(self) -> None:
        if self.market is None:
            return
        market_id = self.market.event_id
        changed = self.call(lambda: market_service.recompute_fees(self.ctx.sm, market_id))
        if changed is not None:
            self.show_message(self.tr("%n unpaid fee(s) recalculated.", "", changed))

    def edit_day_hours(self, day: dt.date) -> None:
        if self.market is None:
            return
        answer = DayHoursDialog.ask(self, self.market, day)
        if answer is None:
            return
        market_id = self.market.event_id
        if answer.use_default:
            self.call(lambda: market_service.clear_day_hours(self.ctx.sm, market_id, day))
        else:
            self.call(lambda: market_service.set_day_hours(self.ctx.sm, market_id, day, answer.open, answer.close, answer.note))

    # --- printing ---------------------------------------------------------

    def map_title(self) -> tuple[str, str]:
        """Return the title and subtitle printed above the map."""
        assert self.market is not None
        return map_titles(self.market, self.map_day(), self.colour_combo.currentText(), dt.date.today())

    def paint_map(self, painter: QPainter, page: QRectF) -> None:
        title, subtitle = self.map_title()
        paint_map_page(painter, page, self.scene, title, subtitle)

    def print_to(self, printer: QPrinter) -> bool:
        """Print the map on one A4 landscape page of the printer; return whether it worked."""
        printer.setPageLayout(QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape, QMarginsF(10, 10, 10, 10),
            QPageLayout.Unit.Millimeter,
        ))
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            rect = printer.pageLayout().paintRectPixels(printer.resolution())
            self.paint_map(painter, QRectF(0, 0, rect.width(), rect.height()))
        finally:
            painter.end()
        return True

    def export_pdf(self, path: str | None = None) -> str | None:
        """Write the map to a PDF (asks for the file unless given); return the path."""
        if self.market is None:
            return None
        path = path or messages.ask_save_file(
            self, self.tr("Export the stall map"), f"{self.market.title}.pdf", self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(path)
        printer.setDocName(self.market.title)
        if not self.print_to(printer):
            messages.show_error(self, self.tr("Cannot write %1.").replace("%1", path))
            return None
        self.show_message(self.tr("The map was saved to %1.").replace("%1", path))
        return path

    def print_map(self) -> None:
        if self.market is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if ask_printer(self, printer):
            self.print_to(printer)

    def render_map(self, size: QSize) -> QImage:
        """Return a picture of the map page at the size (for `planner render --view market`)."""
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        margin = max(8, size.width() // 80)
        self.paint_map(painter, QRectF(margin, margin, size.width() - 2 * margin, size.height() - 2 * margin))
        painter.end()
        return image


def _tool_bar(*actions: QAction) -> QToolBar:
    bar = QToolBar()
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    bar.setIconSize(QSize(16, 16))
    for act in actions:
        bar.addAction(act)
    return bar


def ask_printer(parent: QWidget, printer: QPrinter) -> bool:
    """Show the system print dialog; return True when the user chose to print."""
    dialog = QPrintDialog(printer, parent)
    return dialog.exec() == QPrintDialog.DialogCode.Accepted
