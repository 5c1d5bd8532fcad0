"""The markets page: stall map, applications and bookings, hours and fees, totals."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QImage, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.i18n import _, ngettext
from planner.models.enums import RecordKind
from planner.services import markets as market_service
from planner.services.market_map import placed_stalls, power_warnings
from planner.services import vendors as vendor_service
from planner.services import venues as venue_service
from planner.services.dto import BookingRow, EventDraft, MarketRow, StallRow, VendorRow
from planner.services.markets import MarketTotals
from planner.ui.changes import Change, PageRefresher
from planner.ui.common.eliding_combo import ElidingComboBox
from planner.ui.context import AppContext
from planner.ui.markets.dialogs import (
    ChooseMarketDialog,
    DayHours,
    DayHoursDialog,
    NewMarket,
    NewMarketDialog,
)
from planner.ui.markets.models import (
    format_czk,
    format_days,
)
from planner.ui.markets.settings_panel import MarketSettings, MarketSettingsPanel
from planner.ui.markets.bookings_tab import BookingsTab
from planner.ui.markets.map_tab import MapTab
from planner.ui.markets.printing import MarketPrinting
from planner.ui.markets.toolbar import tool_bar

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
        self.map_tab = MapTab(self)
        self.bookings_tab = BookingsTab(self)
        self.printing = MarketPrinting(self)
        self._alias_tab_parts()
        self.settings_panel = MarketSettingsPanel()
        self.settings_panel.save_requested.connect(self.save_settings)
        self.settings_panel.day_requested.connect(self.edit_day_hours)
        self.settings_panel.recompute_requested.connect(self.recompute_fees)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.map_tab, _("Stall map"))
        self.tabs.addTab(self.bookings_tab, _("Applications and bookings"))
        settings_scroll = QScrollArea()
        settings_scroll.setWidgetResizable(True)
        settings_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        settings_scroll.setWidget(self.settings_panel)
        self.tabs.addTab(settings_scroll, _("Opening hours and fees"))

        layout = QVBoxLayout(self)
        layout.addLayout(self.header)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.refresher = PageRefresher(self, ctx.bus, _REFRESH_KINDS, self._on_change)
        self.reload_markets()

    def _build_header(self) -> None:
        self.market_combo = ElidingComboBox()  # at 150 % on a small screen "… (27. 11. – 2…", not "… 23. 12"
        self.market_combo.setObjectName("market_combo")
        self.market_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.market_combo.setMinimumContentsLength(16)
        self.market_combo.currentIndexChanged.connect(self._on_market_chosen)
        self.act_new_market = QAction(_("New market…"), self)
        self.act_new_market.triggered.connect(self.new_market)
        self.act_copy_layout = QAction(_("Copy the layout from a previous market…"), self)
        self.act_copy_layout.triggered.connect(self.copy_layout)
        self.act_print = QAction(_("Print map…"), self)
        self.act_print.setShortcut(QKeySequence.StandardKey.Print)
        self.act_print.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_print.triggered.connect(self.print_map)
        self.act_pdf = QAction(_("Export map to PDF…"), self)
        self.act_pdf.triggered.connect(lambda: self.export_pdf())
        self.addAction(self.act_print)
        # Short button texts and the rarer actions in a menu: the header fits at 1024 px
        # and 150 % (the tool bar would still fold what does not fit into its extension menu).
        self.act_print.setIconText(_("Print…"))
        more = QMenu(self)
        more.addAction(self.act_pdf)
        more.addAction(self.act_print)
        more.addSeparator()
        more.addAction(self.act_copy_layout)
        self.more_button = QToolButton()
        self.more_button.setObjectName("market_more")
        self.more_button.setText(_("More"))
        self.more_button.setMenu(more)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        actions = tool_bar(self.act_new_market, self.act_print)
        actions.addWidget(self.more_button)
        self.header = QHBoxLayout()
        self.header.addWidget(QLabel(_("Market:")))
        self.header.addWidget(self.market_combo, 1)
        self.header.addWidget(actions)
        self.totals_label = QLabel()
        self.totals_label.setObjectName("market_totals")
        self.totals_label.setTextFormat(Qt.TextFormat.RichText)
        self.totals_label.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setObjectName("market_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff3e0; border: 1px solid #ffb74d; padding: 4px;")
        self.banner.hide()

    def _alias_tab_parts(self) -> None:
        """Name the tabs' parts on the page too: the tests, the bench and the main window reach them here."""
        m, b = self.map_tab, self.bookings_tab
        self.scene, self.map_view, self.day_combo, self.colour_actions = m.scene, m.map_view, m.day_combo, m.colour_actions
        self.book_as, self.unplaced_only, self.stall_info = m.book_as, m.unplaced_only, m.stall_info
        self.vendor_model, self.vendor_proxy = m.vendor_model, m.vendor_proxy
        self.table, self.booking_model, self.booking_proxy = b.table, b.booking_model, b.booking_proxy
        self.booking_search, self.status_filter, self.stall_filter = b.booking_search, b.status_filter, b.stall_filter
        self.act_approve, self.act_reject, self.act_paid, self.act_unpaid = (
            b.act_approve, b.act_reject, b.act_paid, b.act_unpaid)

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
        """Show a day of the market on the map (None = all days)."""
        self.map_tab.set_day(day)

    def map_day(self) -> dt.date | None:
        return self.map_tab.map_day()

    def _on_market_chosen(self, _index: int) -> None:
        if self._loading:
            return
        market_id = self.market_combo.currentData()
        changed = self.market is None or self.market.event_id != market_id
        self.refresh(market_id)
        if changed:
            self.show_message("")
            self.map_tab.fill_days()
            self.map_view.fit()

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
        self.warnings = power_warnings(self.stalls, self.bookings, self.vendors)
        self.booking_model.set_bookings(
            self.bookings, self.warnings, {v.id: v.power_kw for v in self.vendors.values() if v.power_kw}
        )
        self.bookings_tab.fill_stall_filter()
        self.settings_panel.set_market(self.market)
        self._show_totals()
        self.map_tab.show_map()
        for act in (self.act_copy_layout, self.act_print, self.act_pdf):
            act.setEnabled(self.market is not None)
        self.tabs.setEnabled(self.market is not None)

    def _show_totals(self) -> None:
        t = self.totals
        if t is None:
            self.totals_label.setText(_("No market yet: create one with “New market…”."))
            return
        unpaid = ngettext("{n} unpaid", "{n} unpaid", t.unpaid).format(n=t.unpaid)
        self.totals_label.setText(
            _(
                "Expected: <b>%1</b> · Paid: <b>%2</b> · Outstanding: <b>%3</b> (%4) · Approved: %5 · Applications "
                "to review: %6"
            )
            .replace("%1", format_czk(t.expected)).replace("%2", format_czk(t.paid))
            .replace("%3", format_czk(t.outstanding)).replace("%4", unpaid)
            .replace("%5", str(t.approved)).replace("%6", str(t.applied))
        )

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

    # --- market actions ---------------------------------------------------

    def new_market(self) -> None:
        squares = venue_service.list_venues(self.ctx.sm)

        def save(answer: NewMarket) -> MarketRow:
            draft = EventDraft.all_day_event(answer.title, answer.first_day, answer.last_day, venue_id=answer.venue_id)
            return self.ctx.ops.attempt(self, lambda: market_service.create_market(
                self.ctx.sm, draft, default_open=answer.default_open, default_close=answer.default_close,
                copy_layout_from=answer.copy_from,
            ))

        market = NewMarketDialog.ask(self, squares, market_service.list_markets(self.ctx.sm), save)
        if market is not None:
            self.select_market(market.event_id)

    def copy_layout(self) -> None:
        if self.market is None:
            return
        others = [m for m in market_service.list_markets(self.ctx.sm) if m.event_id != self.market.event_id]
        source = ChooseMarketDialog.ask(
            self, _("Copy the layout"),
            _("Create the stalls of “%1” as they were at:").replace("%1", self.market.title), others,
        )
        if source is None:
            return
        target = self.market.event_id
        copied = self.call(lambda: market_service.copy_layout(self.ctx.sm, source, target))
        if copied is not None:
            self.show_message(ngettext(
                "{n} stall created from the earlier layout.",
                "{n} stalls created from the earlier layout.",
                len(copied)
            ).format(n=len(copied)))
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
            self.show_message(_(
                "Opening hours and fees saved. Fees of existing bookings stay until you apply the rule to them."
            ))

    def recompute_fees(self) -> None:
        if self.market is None:
            return
        market_id = self.market.event_id
        changed = self.call(lambda: market_service.recompute_fees(self.ctx.sm, market_id))
        if changed is not None:
            self.show_message(ngettext(
                "{n} unpaid fee recalculated.",
                "{n} unpaid fees recalculated.",
                changed
            ).format(n=changed))

    def edit_day_hours(self, day: dt.date) -> None:
        if self.market is None:
            return
        market_id = self.market.event_id

        def save(answer: DayHours) -> MarketRow:
            if answer.use_default:
                return self.ctx.ops.attempt(self, lambda: market_service.clear_day_hours(self.ctx.sm, market_id, day))
            return self.ctx.ops.attempt(self, lambda: market_service.set_day_hours(
                self.ctx.sm, market_id, day, answer.open, answer.close, answer.note))

        DayHoursDialog.ask(self, self.market, day, save)

    # --- printing (ui/markets/printing.py) -------------------------------

    def print_map(self) -> bool:
        """Print the map on a printer chosen in the system dialog; return whether it was printed."""
        return self.printing.print_map()

    def export_pdf(self, path: str | None = None) -> str | None:
        """Write the map to a PDF (asks for the file unless given); return the path."""
        return self.printing.export_pdf(path)

    def render_map(self, size: QSize) -> QImage:
        """Return a picture of the map page at the size (for `planner render --view market`)."""
        return self.printing.render_map(size)
