"""VendorDetail: a vendor's contact data, stall bookings, services supplied to events, fees."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from planner.i18n import _, pgettext
from planner.services import markets as market_service
from planner.services import suppliers as supplier_service
from planner.services._common import SM
from planner.services.dto import BookingRow, VendorRow
from planner.services.formatting import format_date_range
from planner.services.formatting import format_money as format_czk
from planner.services.timeutil import format_date, local
from planner.ui.labels import booking_status_label, vendor_category_label
from planner.models import RecordKind
from planner.ui.lists.detail import RecordDetail, facts_html, mail_link, small_table
from planner.ui.lists.table import TextTableModel
from planner.ui.vendors.model import power_text, roles_text



def days_text(b: BookingRow) -> str:
    """Return the booked days compactly: '12.–14. 3. 2027', '27. 11. – 23. 12. 2026'."""
    return format_date_range(b.first_day, b.last_day)


class VendorDetail(RecordDetail):
    """Read-only details of the selected vendor, with the personal-data actions.

    Signals:
        edit_requested(int): edit the vendor.
        export_requested(int): save everything held about the vendor to a file.
        anonymise_requested(int): clear the vendor's personal contact data.
    """

    edit_requested = Signal(int)
    export_requested = Signal(int)
    anonymise_requested = Signal(int)
    supply_add_requested = Signal(int)
    supply_edit_requested = Signal(int)
    supply_remove_requested = Signal(int)

    def __init__(self, sm: SM, parent: QWidget | None = None) -> None:
        super().__init__(sm, RecordKind.VENDOR, _("Select one vendor to see their details."), parent)
        self._row: VendorRow | None = None
        self.bookings_model = TextTableModel(
            [_("Market"), _("Stall"), pgettext("VendorDetail", "Days"), _("Status"), _("Fee"),
             _("Paid")],
            self, numeric=[4],
        )
        self.bookings_label = QLabel()
        self.bookings_view = small_table(self.bookings_model, stretch=0, wrap=True)
        self.supplies_model = TextTableModel(
            [_("Event"), _("Date"), _("Service"), _("Fee"), _("Paid")],
            self, numeric=[3],
        )
        self.supplies_label = QLabel()
        self.supplies_view = small_table(self.supplies_model, stretch=0, wrap=True)
        self.supplies_totals = QLabel()
        self.supplies_totals.setWordWrap(True)
        self.supplies_view.doubleClicked.connect(lambda _ix: self._emit_supply(self.supply_edit_requested))
        self.add_supply_button = QPushButton(_("Add service…"))
        self.add_supply_button.setToolTip(_("Record a service this vendor supplies to an event"))
        self.add_supply_button.clicked.connect(lambda: self._emit(self.supply_add_requested))
        self.edit_supply_button = QPushButton(_("Edit…"))
        self.edit_supply_button.clicked.connect(lambda: self._emit_supply(self.supply_edit_requested))
        self.remove_supply_button = QPushButton(_("Remove"))
        self.remove_supply_button.clicked.connect(lambda: self._emit_supply(self.supply_remove_requested))
        self.supply_buttons = QWidget()
        supply_row = QHBoxLayout(self.supply_buttons)
        supply_row.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_supply_button, self.edit_supply_button, self.remove_supply_button):
            supply_row.addWidget(button)
        supply_row.addStretch(1)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.edit_button = QPushButton(_("Edit…"))
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.export_button = QPushButton(_("Export personal data…"))
        self.export_button.setToolTip(_("Save everything we hold about this vendor to a file"))
        self.export_button.clicked.connect(lambda: self._emit(self.export_requested))
        self.anonymise_button = QPushButton(_("Anonymise…"))
        self.anonymise_button.setToolTip(
            _("Clear the contact person, phone, e-mail, street and consent; bookings and fees stay")
        )
        self.anonymise_button.clicked.connect(lambda: self._emit(self.anonymise_requested))
        self.build([self.edit_button, self.export_button, self.anonymise_button], [
            (self.bookings_label, 0), (self.bookings_view, 1), (self.totals, 0), (self.supplies_label, 0),
            (self.supplies_view, 1), (self.supply_buttons, 0), (self.supplies_totals, 0),
        ])
        self.show_row(None)

    def selected_supply(self) -> int | None:
        """Return the id of the supply selected in the services table."""
        rows = self.supplies_view.selectionModel().selectedRows()
        return self.supplies_model.row_id(rows[0].row()) if rows else None

    def _emit_supply(self, signal: SignalInstance) -> None:
        supply_id = self.selected_supply()
        if supply_id is not None:
            signal.emit(supply_id)

    def _emit(self, signal: SignalInstance) -> None:
        if self._row is not None:
            signal.emit(self._row.id)

    def show_row(self, row: VendorRow | None) -> None:
        """Show a vendor (None = nothing selected); bookings come from the market service."""
        self._row = row
        self.show_frame(row)
        if row is None:
            self.bookings_model.set_rows([])
            self.supplies_model.set_rows([])
            return
        self.facts.setText(facts_html([
            (_("IČO"), escape(row.ico or "")),
            (_("DIČ"), escape(row.dic)),
            (_("Category"), escape(vendor_category_label(row.category))),
            (_("Role"), escape(roles_text(row))),
            (_("Contact person"), escape(row.contact_person)),
            (_("Phone"), escape(row.phone)),
            (_("E-mail"), mail_link(row.email)),
            (_("Address"), escape(row.address)),
            (_("Power needed"), escape(power_text(row.power_kw))),
            (pgettext("VendorDetail", "Goods"), escape(row.goods)),
            (_("Consent given"), escape(format_date(row.consent_date)) if row.consent_date else ""),
            (pgettext("VendorDetail", "Notes"), escape(row.notes).replace("\n", "<br>")),
        ]))
        bookings = market_service.list_bookings(self._sm, vendor_id=row.id)
        bookings.sort(key=lambda b: (b.first_day, b.market_title, b.stall_code), reverse=True)
        self.bookings_model.set_rows([
            (b.id, (b.market_title, b.stall_code, days_text(b), booking_status_label(b.status),
                    format_czk(b.fee) if b.fee is not None else "",
                    format_date(b.paid_on) if b.paid_on else ""))
            for b in bookings
        ])
        self.bookings_label.setText(
            _("<b>Stall bookings across markets</b> (%1)").replace("%1", str(len(bookings)))
        )
        supplies = supplier_service.services_of_vendor(self._sm, row.id)
        self.supplies_model.set_rows([
            (x.id, (x.event_title, format_date(local(x.event_start).date()), x.service,
                    format_czk(x.fee) if x.fee is not None else "",
                    format_date(x.paid_on) if x.paid_on else ""))
            for x in supplies
        ])
        self.supplies_label.setText(
            _("<b>Services supplied to events</b> (%1)").replace("%1", str(len(supplies)))
        )
        # Money the city owes the supplier: kept apart from stall fees, which the vendor owes the city.
        owed = supplier_service.supply_totals(supplies)
        self.supplies_totals.setText(
            _("Fees for services: <b>%1</b><br>paid to the supplier %2 · still to pay <b>%3</b>")
            .replace("%1", format_czk(owed.owed)).replace("%2", format_czk(owed.paid))
            .replace("%3", format_czk(owed.to_pay))
        )
        for widget in (self.supplies_label, self.supplies_view, self.supplies_totals, self.supply_buttons):
            widget.setVisible(bool(supplies) or row.is_supplier)
        totals = market_service.totals_of(bookings)
        self.totals.setText(
            _("Fees of approved bookings: <b>%1</b><br>paid %2 · outstanding <b>%3</b>")
            .replace("%1", format_czk(totals.expected)).replace("%2", format_czk(totals.paid))
            .replace("%3", format_czk(totals.outstanding))
        )
