"""The record dialogs of the markets page: a stall and a booking; they save through a callback and stay open on an error."""


from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError, ValidationError
from planner.i18n import _, pgettext
from planner.models.enums import BookingStatus, StallKind
from planner.services.formatting import format_decimal
from planner.services.dto import BookingDraft, BookingRow, MarketRow, StallDraft, StallRow, VendorRow
from planner.services.validation import money
from planner.ui.labels import booking_status_label, stall_kind_label
from planner.ui.common.guard import GuardedDialog
from planner.ui.markets.dialogs import date_edit, from_qdate, to_qdate


class _SavingDialog(GuardedDialog):
    """A dialog whose OK runs a save callback; an expected error keeps it open with the message."""

    def _init_saving(self, save: Callable[[Any], Any]) -> None:
        self._save = save
        self.result_value: Any = None
        self.reason = QLabel()
        self.reason.setObjectName("reason")
        self.reason.setStyleSheet("color: #c62828")
        self.reason.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)

    def value(self) -> Any:
        raise NotImplementedError

    def try_save(self) -> bool:
        """Save through the callback; on a rule or input error show it and stay open (input kept)."""
        try:
            self.result_value = self._save(self.value())
        except PlannerError as exc:
            self.reason.setText(exc.message)
            return False
        self.accept()
        return True


class StallDialog(_SavingDialog):
    """Add or edit a stall: code, kind, zone, size, power outlet, water, rotation, notes."""

    def __init__(self, draft: StallDraft, zones: list[str], save: Callable[[StallDraft], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_saving(save)
        self._draft = draft
        self.setWindowTitle(_("Stall %1").replace("%1", draft.code) if draft.code else _("New stall"))
        self.code = QLineEdit(draft.code)
        self.code.setMaxLength(12)
        self.kind = QComboBox()
        for kind in StallKind:
            self.kind.addItem(stall_kind_label(kind), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(draft.kind.value))
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(zones)
        self.zone.setCurrentText(draft.zone)
        self.width_m = _metres_spin(draft.width_m)
        self.depth_m = _metres_spin(draft.depth_m)
        self.has_power = QCheckBox(pgettext("StallDialog", "Power outlet"))
        self.has_power.setChecked(draft.has_power)
        self.power_kw = QDoubleSpinBox()
        self.power_kw.setRange(0, 100)
        self.power_kw.setDecimals(1)
        self.power_kw.setSuffix(" kW")
        self.power_kw.setValue(float(draft.power_kw or 0))
        self.has_water = QCheckBox(_("Water connection"))
        self.has_water.setChecked(draft.has_water)
        self.rotation = QSpinBox()
        self.rotation.setRange(0, 359)
        self.rotation.setSingleStep(15)
        self.rotation.setSuffix(" °")
        self.rotation.setValue(int(draft.rotation) % 360)
        self.notes = QLineEdit(draft.notes)
        size = QHBoxLayout()
        size.addWidget(self.width_m)
        size.addWidget(QLabel("×"))
        size.addWidget(self.depth_m)
        size.addStretch(1)
        power = QHBoxLayout()
        power.addWidget(self.has_power)
        power.addWidget(self.power_kw)
        power.addStretch(1)
        form = QFormLayout()
        form.addRow(_("Code:"), self.code)
        form.addRow(_("Kind:"), self.kind)
        form.addRow(_("Zone / square:"), self.zone)
        form.addRow(_("Size (m):"), size)
        form.addRow(_("Electricity:"), power)
        form.addRow("", self.has_water)
        form.addRow(_("Rotation:"), self.rotation)
        form.addRow(_("Notes:"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.code.textChanged.connect(self._validate)
        self.has_power.toggled.connect(self.power_kw.setEnabled)
        self.power_kw.setEnabled(draft.has_power)
        self._validate()

    def _validate(self, *_args: object) -> None:
        empty = not self.code.text().strip()
        self.reason.setText(_("Enter the stall's code, e.g. A01.") if empty else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not empty)

    def value(self) -> StallDraft:
        return StallDraft(
            code=self.code.text().strip(), kind=StallKind(self.kind.currentData()),
            zone=self.zone.currentText().strip(), width_m=_spin_decimal(self.width_m),
            depth_m=_spin_decimal(self.depth_m), has_power=self.has_power.isChecked(),
            power_kw=_spin_decimal(self.power_kw) if self.has_power.isChecked() and self.power_kw.value() else None,
            has_water=self.has_water.isChecked(), x_m=self._draft.x_m, y_m=self._draft.y_m,
            rotation=float(self.rotation.value()), notes=self.notes.text().strip(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, draft: StallDraft, zones: list[str],
            save: Callable[[StallDraft], StallRow]) -> StallRow | None:
        """Edit the draft and save it; return the saved stall, or None when cancelled."""
        dialog = cls(draft, zones, save, parent)
        saved: StallRow | None = dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None
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


class BookingDialog(_SavingDialog):
    """Record an application or edit a booking: vendor, stall, days, status, fee, power, payment."""

    def __init__(self, market: MarketRow, stalls: list[StallRow], vendors: list[VendorRow], draft: BookingDraft,
                 save: Callable[[BookingDraft], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_saving(save)
        self.setWindowTitle(_("Application / booking"))
        self.vendor = QComboBox()
        for v in vendors:
            self.vendor.addItem(v.name, v.id)
        self.vendor.setCurrentIndex(max(self.vendor.findData(draft.vendor_id), 0))
        self.stall = QComboBox()
        for s in stalls:
            self.stall.addItem(f"{s.code} – {stall_kind_label(s.kind)}" + (" ⚡" if s.has_power else ""), s.id)
        self.stall.setCurrentIndex(max(self.stall.findData(draft.stall_id), 0))
        self.first = date_edit(draft.first_day)
        self.last = date_edit(draft.last_day)
        for edit in (self.first, self.last):
            edit.setDateRange(to_qdate(market.first_day), to_qdate(market.last_day))
        self.status = QComboBox()
        for status in BookingStatus:
            self.status.addItem(booking_status_label(status), status.value)
        self.status.setCurrentIndex(self.status.findData(draft.status.value))
        self.fee = QLineEdit(format_decimal(draft.fee))
        self.fee.setPlaceholderText(_("by the market's fee rule"))
        self.needs_power = QCheckBox(pgettext("BookingDialog", "Needs power"))
        self.needs_power.setChecked(draft.needs_power)
        self.paid = QCheckBox(_("Paid on:"))
        self.paid.setChecked(draft.paid_on is not None)
        self.paid_on = date_edit(draft.paid_on or dt.date.today())
        self.paid_on.setEnabled(draft.paid_on is not None)
        self.paid.toggled.connect(self.paid_on.setEnabled)
        self.notes = QLineEdit(draft.notes)
        days = QHBoxLayout()
        days.addWidget(self.first)
        days.addWidget(QLabel("–"))
        days.addWidget(self.last)
        days.addStretch(1)
        paid = QHBoxLayout()
        paid.addWidget(self.paid)
        paid.addWidget(self.paid_on)
        paid.addStretch(1)
        form = QFormLayout()
        form.addRow(_("Vendor:"), self.vendor)
        form.addRow(_("Stall:"), self.stall)
        form.addRow(_("Days:"), days)
        form.addRow(_("Status:"), self.status)
        form.addRow(_("Fee (CZK):"), self.fee)
        form.addRow("", self.needs_power)
        form.addRow("", paid)
        form.addRow(_("Notes:"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.vendor.setEnabled(bool(vendors))

    def value(self) -> BookingDraft:
        first, last = from_qdate(self.first.date()), from_qdate(self.last.date())
        if last < first:
            raise ValidationError("last_day", "end_before_start")
        return BookingDraft(
            stall_id=self.stall.currentData(), vendor_id=self.vendor.currentData(), first_day=first,
            last_day=last, status=BookingStatus(self.status.currentData()), fee=money(self.fee.text(), "fee"),
            needs_power=self.needs_power.isChecked(),
            paid_on=from_qdate(self.paid_on.date()) if self.paid.isChecked() else None,
            notes=self.notes.text().strip(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, market: MarketRow, stalls: list[StallRow], vendors: list[VendorRow],
            draft: BookingDraft, save: Callable[[BookingDraft], BookingRow]) -> BookingRow | None:
        """Edit the draft and save it; return the saved booking, or None when cancelled."""
        dialog = cls(market, stalls, vendors, draft, save, parent)
        saved: BookingRow | None = dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None
        return saved
