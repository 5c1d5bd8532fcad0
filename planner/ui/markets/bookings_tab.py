"""The applications and bookings tab of the markets page: the table, its filters and the booking actions."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from planner.i18n import _, ngettext
from planner.models.enums import BookingStatus
from planner.services import markets as market_service
from planner.services.dto import BookingDraft, BookingRow
from planner.services.market_map import booking_vendors
from planner.ui import messages
from planner.ui.labels import booking_status_label
from planner.ui.common.table_view import row_table
from planner.ui.markets.dialogs import PaidDateDialog
from planner.ui.markets.record_dialogs import BookingDialog
from planner.ui.markets.models import BookingColumn, BookingFilterProxy, BookingTableModel
from planner.ui.markets.toolbar import tool_bar

if TYPE_CHECKING:
    from planner.ui.markets.page import MarketsPage


class BookingsTab(QWidget):
    """Every application and booking of the market: search, filter, approve, mark paid, delete."""

    def __init__(self, page: MarketsPage) -> None:
        super().__init__()
        self.page = page
        self.booking_model = BookingTableModel(self)
        self.booking_proxy = BookingFilterProxy(self)
        self.booking_proxy.setSourceModel(self.booking_model)
        self.booking_search = QLineEdit()
        self.booking_search.setPlaceholderText(_("Search vendor or stall…"))
        self.booking_search.setClearButtonEnabled(True)
        self.booking_search.textChanged.connect(self.booking_proxy.set_text)
        self.status_filter = QComboBox()
        self.status_filter.addItem(_("All statuses"), None)
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
        self.table = row_table(self.booking_proxy, "bookings", wrap=False,
                               sort_by=(BookingColumn.STALL, Qt.SortOrder.AscendingOrder))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The vendor column is the one to read: it is sized to its names when rows first arrive
        # (the first demo load included) instead of stretching into what the other columns leave,
        # which at 150 % was a few letters; the user may resize it after, the last column stretches.
        header.setSectionResizeMode(BookingColumn.VENDOR, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(60)  # measure 60 rows, not every row after every change
        self._vendor_sized = False
        self.booking_model.modelReset.connect(self._size_vendor_column)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)

        self.act_approve = QAction(_("Approve"), self)
        self.act_approve.triggered.connect(lambda: self.set_status(BookingStatus.APPROVED))
        self.act_reject = QAction(_("Reject"), self)
        self.act_reject.triggered.connect(lambda: self.set_status(BookingStatus.REJECTED))
        self.act_paid = QAction(_("Mark as paid…"), self)
        self.act_paid.triggered.connect(self.mark_paid)
        self.act_unpaid = QAction(_("Clear the payment"), self)
        self.act_unpaid.triggered.connect(self.clear_paid)
        self.act_delete = QAction(_("Delete"), self)
        self.act_delete.setShortcut(QKeySequence.StandardKey.Delete)
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_delete.triggered.connect(self.delete_bookings)
        self.table.addAction(self.act_delete)
        self.act_new = QAction(_("New application…"), self)
        self.act_new.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        self.act_new.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_new.triggered.connect(lambda: self.edit_booking(None))
        self.act_edit = QAction(_("Edit…"), self)
        self.act_edit.triggered.connect(self._edit_current)
        self.table.addAction(self.act_new)
        self.table.activated.connect(lambda _ix: self._edit_current())
        buttons = tool_bar(self.act_new, self.act_edit, self.act_approve, self.act_reject, self.act_paid,
                            self.act_unpaid, self.act_delete)
        filters = QHBoxLayout()
        filters.addWidget(self.booking_search, 1)
        filters.addWidget(QLabel(_("Status:")))
        filters.addWidget(self.status_filter)
        filters.addWidget(QLabel(_("Stall:")))
        filters.addWidget(self.stall_filter)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    VENDOR_MAX_PX = 360

    def _size_vendor_column(self) -> None:
        if self._vendor_sized or not self.booking_model.rowCount():
            return
        self._vendor_sized = True
        width = self.table.sizeHintForColumn(BookingColumn.VENDOR)
        self.table.horizontalHeader().resizeSection(BookingColumn.VENDOR, min(width, self.VENDOR_MAX_PX))

    def fill_stall_filter(self) -> None:
        current = self.stall_filter.currentData()
        self.stall_filter.blockSignals(True)
        self.stall_filter.clear()
        self.stall_filter.addItem(_("All stalls"), None)
        for s in self.page.stalls:
            self.stall_filter.addItem(s.code, s.id)
        index = self.stall_filter.findData(current)
        self.stall_filter.setCurrentIndex(max(index, 0))
        self.stall_filter.blockSignals(False)
        self.booking_proxy.set_stall(self.stall_filter.currentData())

    def selected_bookings(self) -> list[BookingRow]:
        rows = {self.booking_proxy.mapToSource(ix).row() for ix in self.table.selectionModel().selectedRows()}
        return [self.booking_model.row_at(r) for r in sorted(rows)]

    def set_status(self, status: BookingStatus) -> None:
        """Approve or reject the selected applications (all or nothing)."""
        rows = self.selected_bookings()
        if not rows:
            return
        ids = [r.id for r in rows]
        if self.page.call(lambda: market_service.set_bookings_status(self.page.ctx.sm, ids, status)) is not None:
            warnings = [self.page.warnings[i] for i in ids if i in self.page.warnings] if status is BookingStatus.APPROVED else []
            self.page.show_message("\n".join(f"⚠ {w}" for w in warnings))

    def mark_paid(self) -> None:
        rows = self.selected_bookings()
        if not rows:
            return
        what = ", ".join(f"{r.stall_code} {r.vendor_name}" for r in rows[:5]) + (" …" if len(rows) > 5 else "")
        day = PaidDateDialog.ask(self, what, dt.date.today())
        if day is None:
            return
        self.page.call(lambda: market_service.mark_bookings_paid(self.page.ctx.sm, [r.id for r in rows], day))

    def clear_paid(self) -> None:
        rows = self.selected_bookings()
        if rows:
            self.page.call(lambda: market_service.mark_bookings_paid(self.page.ctx.sm, [r.id for r in rows], None))

    def delete_bookings(self) -> None:
        rows = self.selected_bookings()
        if not rows:
            return
        question = ngettext(
            "Delete {n} application? Rejecting keeps the history; deleting does not.",
            "Delete {n} applications? Rejecting keeps the history; deleting does not.",
            len(rows)
        ).format(n=len(rows))
        if not messages.ask_yes_no(self, question):
            return

        # One transaction: if one of them is gone meanwhile, none is deleted.
        self.page.call(lambda: market_service.delete_bookings(self.page.ctx.sm, [r.id for r in rows]))

    def edit_booking(self, booking_id: int | None = None) -> BookingRow | None:
        """Edit a booking (days, stall, fee, …) or record a new application (booking_id None)."""
        if self.page.market is None or not self.page.stalls:
            return None
        market = self.page.market
        if booking_id is None:
            stallholders = booking_vendors(self.page.vendors.values())
            stall = self.page.map_tab.selected_stall() or self.page.stalls[0].id
            draft = BookingDraft(stall, stallholders[0].id if stallholders else 0, market.first_day, market.last_day)

            def save(d: BookingDraft) -> BookingRow:
                return self.page.ctx.ops.attempt(self, lambda: market_service.create_booking(self.page.ctx.sm, d))
        else:
            b = next(x for x in self.page.bookings if x.id == booking_id)
            draft = b.draft()
            stallholders = booking_vendors(self.page.vendors.values(), keep=self.page.vendors.get(b.vendor_id))

            def save(d: BookingDraft) -> BookingRow:
                return self.page.ctx.ops.attempt(
                    self, lambda: market_service.update_booking(self.page.ctx.sm, booking_id, d, version=b.version))

        row = BookingDialog.ask(self, market, self.page.stalls, stallholders, draft, save)
        if row is not None:
            self.page.show_message(self.page.warnings.get(row.id, ""))
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
