"""The stall map tab of the markets page: stallholders to drag, the map with its tools, the stall's details.

It shows the page's loaded market (page.market, page.stalls, page.bookings) and runs
the map's actions (book a dropped vendor, move, add, edit, rotate, delete a stall)
through the page's operation runner.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.i18n import _
from planner.models.enums import BookingStatus
from planner.services.formatting import format_decimal
from planner.services import markets as market_service
from planner.services.dto import BookingRow, StallRow
from planner.services.market_map import new_stall_draft, stall_views
from planner.services.text import czech_sort_key
from planner.services.timeutil import format_date
from planner.ui import messages
from planner.ui.common.flow_layout import FlowLayout
from planner.ui.labels import booking_status_label, stall_kind_label
from planner.ui.markets.record_dialogs import StallDialog
from planner.ui.markets.map_legend import MapLegend
from planner.ui.markets.map_scene import StallMapScene
from planner.ui.markets.map_style import SCALE, ColourBy
from planner.ui.markets.map_view import StallMapView
from planner.ui.markets.models import VendorFilterProxy, VendorListModel, format_czk, format_days
from planner.ui.markets.toolbar import tool_bar

if TYPE_CHECKING:
    from planner.ui.markets.page import MarketsPage


def _labelled(text: str, combo: QComboBox) -> QWidget:
    """Return a label and its combo box side by side (they wrap together)."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    label = QLabel(text)
    label.setBuddy(combo)
    row.addWidget(label)
    row.addWidget(combo)
    return box


class MapTab(QSplitter):
    """Stallholders on the left, the stall map of the chosen day on the right."""

    def __init__(self, page: MarketsPage) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.page = page
        self.vendor_model = VendorListModel(self)
        self.vendor_proxy = VendorFilterProxy(self)
        self.vendor_proxy.setSourceModel(self.vendor_model)
        self.vendor_proxy.sort(0)
        self.vendor_search = QLineEdit()
        self.vendor_search.setPlaceholderText(_("Search stallholders…"))
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
        self.book_as.addItem(_("approved bookings"), BookingStatus.APPROVED)
        self.book_as.addItem(_("applications"), BookingStatus.APPLIED)
        hint = QLabel(_("Drag a stallholder onto a stall to book it for all the market's days."))
        hint.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(_("<b>Stallholders</b>")))
        left_layout.addWidget(hint)
        left_layout.addWidget(self.vendor_search)
        left_layout.addWidget(self.vendor_list, 1)
        self.unplaced_only = QCheckBox(_("Only without a stall"))
        self.unplaced_only.setToolTip(_("Only those without a stall in this market"))
        self.unplaced_only.toggled.connect(self.vendor_proxy.set_unplaced_only)
        left_layout.addWidget(self.unplaced_only)
        # label above the choice, not beside it: the panel stays narrow on a small screen
        drop_label = QLabel(_("Dropping creates:"))
        drop_label.setBuddy(self.book_as)
        left_layout.addWidget(drop_label)
        left_layout.addWidget(self.book_as)

        self.scene = StallMapScene(self)
        # Queued: the scene is rebuilt after a booking or move, which must not happen
        # inside the drop / mouse-release handler that reported it.
        self.scene.vendor_dropped.connect(self.book_vendor, Qt.ConnectionType.QueuedConnection)
        self.scene.stalls_moved.connect(self.move_stalls, Qt.ConnectionType.QueuedConnection)
        self.scene.stall_selected.connect(self._on_stall_selected)
        self.map_view = StallMapView(self.scene)
        self.map_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.map_view.customContextMenuRequested.connect(self._map_menu)
        # The colouring as in the calendar: a "Colours" menu of exclusive choices (an action, so a
        # narrow tool bar shows it in its » menu too); the legend under the map says which is on.
        self.colour_actions = QActionGroup(self)
        colour_menu = QMenu(self)
        for mode, text in ((ColourBy.STATUS, _("Colour by booking status")),
                           (ColourBy.CATEGORY, _("Colour by vendor category"))):
            action = colour_menu.addAction(text)
            action.setCheckable(True)
            action.setData(mode.value)
            action.setChecked(mode is ColourBy.STATUS)
            self.colour_actions.addAction(action)
        self.colour_actions.triggered.connect(lambda _action: self._on_colour_by())
        self.act_colours = QAction(_("Colours"), self)
        self.act_colours.setToolTip(_("Colour the stalls by booking status or by vendor category"))
        self.act_colours.setMenu(colour_menu)
        self.day_combo = QComboBox()
        self.day_combo.setObjectName("map_day")
        self.day_combo.currentIndexChanged.connect(lambda _i: None if self.page._loading else self.show_map())
        self.act_add_stall = QAction(_("Add stall…"), self)
        self.act_add_stall.triggered.connect(lambda: self.add_stall())
        self.map_view.stall_activated.connect(self.edit_stall)
        zoom_out = QAction("−", self)
        zoom_out.setToolTip(_("Zoom out (Ctrl+wheel, −)"))
        zoom_out.triggered.connect(lambda: self.map_view.zoom_by(0.8))
        zoom_in = QAction("+", self)
        zoom_in.setToolTip(_("Zoom in (Ctrl+wheel, +)"))
        zoom_in.triggered.connect(lambda: self.map_view.zoom_by(1.25))
        fit = QAction(_("Fit"), self)
        fit.setToolTip(_("Show the whole map (0)"))
        fit.triggered.connect(self.map_view.fit)
        # The day, then the colouring and the map tools, above the map on one row: on a small screen
        # (1024 px at 150 %) the tool bar folds its last actions into its » menu, where actions do
        # appear; the day combo box keeps its whole width (a widget in a tool bar would be clipped
        # or hidden in that menu, where widgets do not appear) and wraps only when even the tool
        # bar's first button does not fit. The legend is below the map in its own strip.
        self.day_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # its longest date
        self.map_tools = tool_bar(self.act_colours)
        self.map_tools.setObjectName("map_tools")
        self.map_tools.addSeparator()
        for act in (self.act_add_stall, zoom_out, zoom_in, fit):
            self.map_tools.addAction(act)
        colours = self.map_tools.widgetForAction(self.act_colours)
        assert isinstance(colours, QToolButton)
        colours.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        for act in (self.act_colours, self.act_add_stall):  # on the Tab chain; the map zooms with + − 0
            button = self.map_tools.widgetForAction(act)
            if button is not None:
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        tools = QWidget()
        tools.setObjectName("map_tool_row")
        self.tool_row = FlowLayout(tools)
        self.tool_row.addWidget(_labelled(_("Day:"), self.day_combo))
        self.tool_row.add_foldable(self.map_tools)
        self.legend = MapLegend()
        self.stall_info = QLabel(_("Click a stall to see its details; drag stalls to rearrange the layout."))
        self.stall_info.setObjectName("stall_info")
        self.stall_info.setWordWrap(True)
        self.stall_info.setTextFormat(Qt.TextFormat.RichText)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(tools)
        right_layout.addWidget(self.map_view, 1)
        right_layout.addWidget(self.legend)
        right_layout.addWidget(self.stall_info)

        self.addWidget(left)
        self.addWidget(right)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        self.setChildrenCollapsible(False)
        left.setMinimumWidth(160)
        self._sized = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._sized:  # once the page's layout has settled at its real width
            self._sized = True
            QTimer.singleShot(0, self._initial_sizes)

    def _initial_sizes(self) -> None:
        """The stallholders take a quarter of the width (160 to 300 px), the map the rest."""
        left = min(max(self.width() // 4, 160), 300)
        self.setSizes([left, max(self.width() - left, 1)])

    def set_day(self, day: dt.date | None) -> None:
        index = self.day_combo.findData(day.toordinal() if day else None)
        if index >= 0:
            self.day_combo.setCurrentIndex(index)

    def map_day(self) -> dt.date | None:
        value = self.day_combo.currentData()
        return dt.date.fromordinal(value) if value else None

    def fill_days(self) -> None:
        self.page._loading = True
        self.day_combo.clear()
        self.day_combo.addItem(_("All days"), None)
        m = self.page.market
        if m is not None:
            day = m.first_day
            while day <= m.last_day:
                self.day_combo.addItem(format_date(day), day.toordinal())
                day += dt.timedelta(days=1)
            today = dt.date.today()
            if m.first_day <= today <= m.last_day:
                self.day_combo.setCurrentIndex(self.day_combo.findData(today.toordinal()))
        self.page._loading = False
        self.show_map()

    def show_map(self) -> None:
        if self.page.market is None:
            self.scene.set_map(60, 40, [])
        else:
            views = stall_views(self.page.stalls, self.page.bookings, self.map_day(), self.page.warnings)
            self.scene.set_map(self.page.market.map_width_m, self.page.market.map_depth_m, views)
        if self.map_view.fitted:  # the map size may have changed with the market
            self.map_view.fit()
        self.legend.set_entries(self.scene.legend())
        self._on_stall_selected(self.selected_stall())

    def selected_stall(self) -> int | None:
        selected = [it for it in self.scene.stall_items() if it.isSelected()]
        return selected[0].stall_id if len(selected) == 1 else None

    def colour_by(self) -> ColourBy:
        """Return the colouring chosen in the Colours menu."""
        checked = self.colour_actions.checkedAction()
        return ColourBy(checked.data()) if checked is not None else ColourBy.STATUS

    def set_colour_by(self, mode: ColourBy) -> None:
        """Colour the stalls by booking status or vendor category (as the Colours menu does)."""
        for action in self.colour_actions.actions():
            action.setChecked(action.data() == mode.value)
        self._on_colour_by()

    def _on_colour_by(self) -> None:
        self.scene.set_colour_by(self.colour_by())
        self.legend.set_entries(self.scene.legend())
        self.map_view.viewport().update()

    def _on_stall_selected(self, stall_id: object) -> None:
        stall = next((s for s in self.page.stalls if s.id == stall_id), None)
        if stall is None:
            self.stall_info.setText(_("Click a stall to see its details; drag stalls to rearrange the layout."))
            return
        size = format_decimal(stall.width_m, trim=True) + " × " + format_decimal(stall.depth_m, trim=True) + " m"
        parts = [f"<b>{stall.code}</b>", stall_kind_label(stall.kind), size]
        if stall.zone:
            parts.append(stall.zone)
        if stall.has_power:
            kw = f" {format_decimal(stall.power_kw, trim=True)} kW" if stall.power_kw else ""
            parts.append(_("power outlet") + kw)
        else:
            parts.append(_("no power outlet"))
        lines = [" · ".join(parts)]
        for b in self.page.bookings:
            if b.stall_id == stall.id:
                line = f"{b.vendor_name}: {format_days(b.first_day, b.last_day)}, {booking_status_label(b.status)}, {format_czk(b.fee)}"
                if b.paid_on:
                    line += ", " + _("paid %1").replace("%1", format_date(b.paid_on))
                elif b.unpaid:
                    line += ", " + _("unpaid")
                if b.id in self.page.warnings:
                    line += f" <span style='color:#c62828'>⚠ {self.page.warnings[b.id]}</span>"
                lines.append(line)
        if len(lines) == 1:
            lines.append(_("No applications yet."))
        self.stall_info.setText("<br>".join(lines))

    def book_vendor(self, stall_id: int, vendor_id: int) -> BookingRow | None:
        """Book a vendor dropped on a stall for all the market's days."""
        # combo data comes back as the plain string value of the enum
        status = BookingStatus(self.book_as.currentData())
        code = next((s.code for s in self.page.stalls if s.id == stall_id), "")
        booking = self.page.call(lambda: market_service.book_stall(self.page.ctx.sm, stall_id, vendor_id, status=status),
                            _("Book stall %1").replace("%1", code))
        if booking is None:
            return None
        stall = next(s for s in self.page.stalls if s.id == stall_id)
        vendor = self.page.vendors.get(vendor_id)
        warning = market_service.power_warning(stall, vendor.power_kw if vendor else None, booking.needs_power)
        what = (_("%1 is booked on stall %2 for %3 (fee %4).") if status is BookingStatus.APPROVED
                else _("%1 applied for stall %2 for %3 (fee %4)."))
        text = (what.replace("%1", booking.vendor_name).replace("%2", booking.stall_code)
                .replace("%3", format_days(booking.first_day, booking.last_day)).replace("%4", format_czk(booking.fee)))
        self.page.show_message(text + (f"\n⚠ {warning}" if warning else ""))
        return booking

    def move_stalls(self, moves: list[tuple[int, float, float]]) -> None:
        """Save stalls dragged on the map (one undo step, one transaction)."""
        self.page.call(lambda: market_service.move_stalls(self.page.ctx.sm, [(i, x, y, None) for i, x, y in moves]),
                  _("Move stalls"))

    def _map_menu(self, pos: QPoint) -> None:
        if self.page.market is None:
            return
        scene_pos = self.map_view.mapToScene(pos)
        item = self.scene.stall_at(scene_pos)
        menu = QMenu(self)
        if item is not None:
            stall_id = item.stall_id
            menu.addAction(_("Edit stall…"), lambda: self.edit_stall(stall_id))
            menu.addAction(_("Show the stall's applications"), lambda: self.show_stall_bookings(stall_id))
            menu.addAction(_("Rotate by 90°"), lambda: self.rotate_stall(stall_id))
            menu.addSeparator()
            menu.addAction(_("Delete stall"), lambda: self.delete_stall(stall_id))
        else:
            x, y = scene_pos.x() / SCALE, scene_pos.y() / SCALE
            menu.addAction(_("Add a stall here…"), lambda: self.add_stall(x, y))
        menu.addSeparator()
        menu.addAction(_("Show all stalls"), self.map_view.fit)
        menu.exec(self.map_view.viewport().mapToGlobal(pos))

    def zones(self) -> list[str]:
        return sorted({s.zone for s in self.page.stalls if s.zone}, key=czech_sort_key)

    def add_stall(self, x_m: float | None = None, y_m: float | None = None) -> StallRow | None:
        """Add a stall at a place on the map (default: the middle of what is shown)."""
        if self.page.market is None:
            return None
        if x_m is None or y_m is None:
            centre = self.map_view.mapToScene(self.map_view.viewport().rect().center())
            x_m, y_m = centre.x() / SCALE, centre.y() / SCALE
        market_id = self.page.market.event_id
        draft = new_stall_draft(self.page.market, self.page.stalls, x_m, y_m)
        return StallDialog.ask(self, draft, self.zones(), lambda d: self.page.ctx.ops.attempt(
            self, lambda: market_service.create_stall(self.page.ctx.sm, market_id, d)))

    def edit_stall(self, stall_id: int) -> StallRow | None:
        s = next(x for x in self.page.stalls if x.id == stall_id)
        return StallDialog.ask(self, s.draft(), self.zones(), lambda d: self.page.ctx.ops.attempt(
            self, lambda: market_service.update_stall(self.page.ctx.sm, stall_id, d, version=s.version)))

    def delete_stall(self, stall_id: int) -> None:
        s = next(x for x in self.page.stalls if x.id == stall_id)
        if not messages.ask_yes_no(self, _("Delete stall %1 from the map?").replace("%1", s.code)):
            return
        self.page.call(lambda: market_service.delete_stall(self.page.ctx.sm, stall_id))

    def show_stall_bookings(self, stall_id: int) -> None:
        self.page.bookings_tab.stall_filter.setCurrentIndex(max(self.page.bookings_tab.stall_filter.findData(stall_id), 0))
        self.page.tabs.setCurrentWidget(self.page.bookings_tab)

    def rotate_stall(self, stall_id: int) -> None:
        stall = next(s for s in self.page.stalls if s.id == stall_id)
        self.page.call(lambda: market_service.move_stall(self.page.ctx.sm, stall_id, stall.x_m, stall.y_m, stall.rotation + 90))
