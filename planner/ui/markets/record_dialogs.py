"""The record editors of a market's stalls and bookings, on the shared FormRecordDialog.

Like the venue and vendor editors they validate through the service as the user types, show each
problem under its own field, keep what was typed when the save is refused, and ask before Esc
throws changes away. OK calls ``save(draft)``, the page's operation through ``ctx.ops`` (one undo
step); a refusal that names no field (a stall already approved for someone else on those days, a
colleague's change) is shown above the buttons.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QSpinBox, QWidget

from planner.errors import PlannerError
from planner.i18n import _, pgettext
from planner.models.enums import BookingStatus, StallKind
from planner.services import markets as market_service
from planner.services.dto import BookingDraft, BookingRow, MarketRow, StallDraft, StallRow, VendorRow
from planner.services.formatting import format_decimal
from planner.ui.common.date_edit import DateEdit, to_qdate
from planner.ui.common.form_parts import check_all, check_date, row_of
from planner.ui.common.record_dialog import FormRecordDialog
from planner.ui.labels import booking_status_label, stall_kind_label


class MarketRecordDialog(FormRecordDialog):
    """A market editor: a refused save that names no field stays inside the dialog, above the buttons."""

    def save_failed(self, exc: PlannerError) -> None:
        self.show_message(exc.message)

    def saved_or_none(self) -> Any:
        """Show the editor until its save succeeded; return what was saved, or None when cancelled."""
        try:
            return self.saved if self.exec() == self.DialogCode.Accepted else None
        finally:
            self.deleteLater()


class StallDialog(MarketRecordDialog):
    """Add or edit a stall: code, kind, zone, size, power outlet, water, rotation, notes."""

    def __init__(self, draft: StallDraft, zones: list[str], save: Callable[[StallDraft], StallRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._draft = draft
        self.setWindowTitle(_("Stall %1").replace("%1", draft.code) if draft.code else _("New stall"))
        self.code = self.line("code", _("Code:"), draft.code, _("e.g. A01"))
        self.code.setMaxLength(12)
        self.kind = QComboBox()
        for kind in StallKind:
            self.kind.addItem(stall_kind_label(kind), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(draft.kind.value))
        self.add_field(self.form, "kind", _("Kind:"), self.kind)
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(zones)
        self.zone.setCurrentText(draft.zone)
        self.add_field(self.form, "zone", _("Zone / square:"), self.zone)
        self.width_m = _metres_spin(draft.width_m)
        self.depth_m = _metres_spin(draft.depth_m)
        self.add_field(self.form, "width_m", _("Size (m):"), row_of(self.width_m, "×", self.depth_m),
                       marked=[self.width_m])
        self.share_error("depth_m", "width_m", [self.depth_m])
        self.has_power = QCheckBox(pgettext("StallDialog", "Power outlet"))
        self.has_power.setChecked(draft.has_power)
        self.power_kw = QDoubleSpinBox()
        self.power_kw.setRange(0, 100)
        self.power_kw.setDecimals(1)
        self.power_kw.setSuffix(" kW")
        self.power_kw.setValue(float(draft.power_kw or 0))
        self.power_kw.setEnabled(draft.has_power)
        self.has_power.toggled.connect(self.power_kw.setEnabled)
        self.add_field(self.form, "power_kw", _("Electricity:"), row_of(self.has_power, self.power_kw),
                       marked=[self.power_kw])
        self.has_water = QCheckBox(_("Water connection"))
        self.has_water.setChecked(draft.has_water)
        self.form.addRow("", self.has_water)
        self.rotation = QSpinBox()
        self.rotation.setRange(0, 359)
        self.rotation.setSingleStep(15)
        self.rotation.setSuffix(" °")
        self.rotation.setValue(int(draft.rotation) % 360)
        self.add_field(self.form, "rotation", _("Rotation:"), self.rotation)
        self.notes = self.line("notes", _("Notes:"), draft.notes)
        for widget, field in ((self.zone, "zone"), (self.width_m, "width_m"), (self.depth_m, "depth_m"),
                              (self.has_power, "power_kw"), (self.power_kw, "power_kw")):
            self.watch(widget, field)
        self.first_field = self.code
        self.size_to(460)
        self.revalidate()

    def draft(self) -> StallDraft:
        """Return what the form says, unvalidated."""
        power = self.has_power.isChecked()
        return StallDraft(
            code=self.code.text(), kind=StallKind(self.kind.currentData()), zone=self.zone.currentText(),
            width_m=_spin_decimal(self.width_m), depth_m=_spin_decimal(self.depth_m), has_power=power,
            power_kw=_spin_decimal(self.power_kw) if power and self.power_kw.value() else None,
            has_water=self.has_water.isChecked(), x_m=self._draft.x_m, y_m=self._draft.y_m,
            rotation=float(self.rotation.value()), notes=self.notes.text(),
        )

    def check(self) -> None:
        market_service.validate_stall(self.draft(), every=True)

    def save(self) -> StallRow:
        return self._save(self.draft())

    @classmethod
    def ask(cls, parent: QWidget | None, draft: StallDraft, zones: list[str],
            save: Callable[[StallDraft], StallRow]) -> StallRow | None:
        """Edit the draft until ``save`` succeeded; return the saved stall, or None when cancelled."""
        saved: StallRow | None = cls(draft, zones, save, parent).saved_or_none()
        return saved


def _metres_spin(value: Decimal) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(0.5, 50)
    spin.setDecimals(1)
    spin.setSingleStep(0.5)
    spin.setValue(float(value))
    return spin


def _spin_decimal(spin: QDoubleSpinBox) -> Decimal:
    return Decimal(str(round(spin.value(), spin.decimals())))


class BookingDialog(MarketRecordDialog):
    """Record an application or edit a booking: vendor, stall, days, status, fee, power, payment."""

    def __init__(self, market: MarketRow, stalls: list[StallRow], vendors: list[VendorRow], draft: BookingDraft,
                 save: Callable[[BookingDraft], BookingRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(_("Application / booking"))
        self.vendor = QComboBox()
        for v in vendors:
            self.vendor.addItem(v.name, v.id)
        self.vendor.setCurrentIndex(max(self.vendor.findData(draft.vendor_id), 0))
        self.vendor.setEnabled(bool(vendors))
        self.add_field(self.form, "vendor", _("Vendor:"), self.vendor)
        self.stall = QComboBox()
        for s in stalls:
            self.stall.addItem(f"{s.code} – {stall_kind_label(s.kind)}" + (" ⚡" if s.has_power else ""), s.id)
        self.stall.setCurrentIndex(max(self.stall.findData(draft.stall_id), 0))
        self.add_field(self.form, "stall", _("Stall:"), self.stall)
        self.first = DateEdit(draft.first_day)
        self.last = DateEdit(draft.last_day)
        for edit in (self.first, self.last):
            edit.setDateRange(to_qdate(market.first_day), to_qdate(market.last_day))
        self.add_field(self.form, "first_day", _("Days:"), row_of(self.first, "–", self.last), marked=[self.first])
        self.share_error("last_day", "first_day", [self.last])
        self.status = QComboBox()
        for status in BookingStatus:
            self.status.addItem(booking_status_label(status), status.value)
        self.status.setCurrentIndex(self.status.findData(draft.status.value))
        self.add_field(self.form, "status", _("Status:"), self.status)
        fee = "" if draft.fee is None else format_decimal(draft.fee) if isinstance(draft.fee, Decimal) else draft.fee
        self.fee = self.line("fee", _("Fee (CZK):"), fee, _("by the market's fee rule"))
        self.needs_power = QCheckBox(pgettext("BookingDialog", "Needs power"))
        self.needs_power.setChecked(draft.needs_power)
        self.form.addRow("", self.needs_power)
        self.paid = QCheckBox(_("Paid on:"))
        self.paid.setChecked(draft.paid_on is not None)
        self.paid_on = DateEdit(draft.paid_on or dt.date.today())
        self.paid_on.setEnabled(draft.paid_on is not None)
        self.paid.toggled.connect(self.paid_on.setEnabled)
        self.add_field(self.form, "paid_on", "", row_of(self.paid, self.paid_on), marked=[self.paid_on])
        self.notes = self.line("notes", _("Notes:"), draft.notes)
        for widget, field in ((self.first, "first_day"), (self.last, "last_day"), (self.paid_on, "paid_on"),
                              (self.paid, "paid_on"), (self.status, "status"), (self.stall, "stall")):
            self.watch(widget, field)
        self.first_field = self.vendor if vendors else self.stall
        self.size_to(480)
        self.revalidate()

    def draft(self) -> BookingDraft:
        """Return what the form says, unvalidated (the fee as typed: the service parses it)."""
        return BookingDraft(
            stall_id=self.stall.currentData(), vendor_id=self.vendor.currentData(), first_day=self.first.value(),
            last_day=self.last.value(), status=BookingStatus(self.status.currentData()), fee=self.fee.text(),
            needs_power=self.needs_power.isChecked(),
            paid_on=self.paid_on.value() if self.paid.isChecked() else None, notes=self.notes.text(),
        )

    def check(self) -> None:
        check_all(
            lambda: check_date("first_day", self.first), lambda: check_date("last_day", self.last),
            lambda: check_date("paid_on", self.paid_on),
            lambda: market_service.validate_booking(self.draft(), every=True),
        )

    def save(self) -> BookingRow:
        return self._save(self.draft())

    @classmethod
    def ask(cls, parent: QWidget | None, market: MarketRow, stalls: list[StallRow], vendors: list[VendorRow],
            draft: BookingDraft, save: Callable[[BookingDraft], BookingRow]) -> BookingRow | None:
        """Edit the draft until ``save`` succeeded; return the saved booking, or None when cancelled."""
        saved: BookingRow | None = cls(market, stalls, vendors, draft, save, parent).saved_or_none()
        return saved
