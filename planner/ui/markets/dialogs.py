"""Small dialogs of the markets page; each has an ask() classmethod (tests patch it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError, ValidationError
from planner.models.enums import BookingStatus, StallKind
from planner.services.formatting import format_decimal
from planner.services.dto import BookingDraft, BookingRow, MarketRow, StallDraft, StallRow, VendorRow, VenueRow
from planner.services.timeutil import format_date
from planner.services.validation import money
from planner.ui.labels import booking_status_label, stall_kind_label
from planner.ui.common.date_edit import DateEdit
from planner.ui.common.guard import GuardedDialog

DATE_FORMAT = "d. M. yyyy"


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def to_qtime(t: dt.time) -> QTime:
    return QTime(t.hour, t.minute)


def from_qtime(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


def date_edit(day: dt.date) -> DateEdit:
    edit = DateEdit(to_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    return edit


def time_edit(t: dt.time) -> QTimeEdit:
    edit = QTimeEdit(to_qtime(t))
    edit.setDisplayFormat("H:mm")
    return edit


@dataclass(frozen=True)
class NewMarket:
    """What the New market dialog asks for."""

    title: str
    first_day: dt.date
    last_day: dt.date
    venue_id: int | None
    default_open: dt.time
    default_close: dt.time
    copy_from: int | None


class NewMarketDialog(GuardedDialog):
    """Create a market: title, days, square, default hours, optionally the layout of an earlier one."""

    def __init__(self, venues: list[VenueRow], markets: list[MarketRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New market"))
        today = dt.date.today()
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Vánoční trhy Opava 2027"))
        self.first = date_edit(today)
        self.last = date_edit(today + dt.timedelta(days=2))
        self.venue = QComboBox()
        self.venue.addItem(self.tr("(none)"), None)
        for v in venues:
            self.venue.addItem(v.name, v.id)
        self.opens = time_edit(dt.time(10))
        self.closes = time_edit(dt.time(20))
        self.copy_from = QComboBox()
        self.copy_from.addItem(self.tr("(no stalls yet)"), None)
        for m in markets:
            self.copy_from.addItem(f"{m.title} ({format_date(m.first_day)})", m.event_id)
        hours = QHBoxLayout()
        hours.addWidget(self.opens)
        hours.addWidget(QLabel("–"))
        hours.addWidget(self.closes)
        hours.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("First day:"), self.first)
        form.addRow(self.tr("Last day:"), self.last)
        form.addRow(self.tr("Square:"), self.venue)
        form.addRow(self.tr("Opening hours:"), hours)
        form.addRow(self.tr("Copy the stall layout of:"), self.copy_from)
        self.reason = QLabel()
        self.reason.setStyleSheet("color: #c62828")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        for signal in (self.title.textChanged, self.first.dateChanged, self.last.dateChanged,
                       self.opens.timeChanged, self.closes.timeChanged):
            signal.connect(self._validate)
        self._validate()

    def problem(self) -> str:
        """Return why the input cannot be saved, or an empty string."""
        if not self.title.text().strip():
            return self.tr("Enter the market's title.")
        if self.last.date() < self.first.date():
            return self.tr("The last day must not be before the first day.")
        if self.closes.time() <= self.opens.time():
            return self.tr("The market must close after it opens.")
        return ""

    def _validate(self) -> None:
        text = self.problem()
        self.reason.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not text)

    def value(self) -> NewMarket:
        return NewMarket(
            title=self.title.text().strip(), first_day=from_qdate(self.first.date()),
            last_day=from_qdate(self.last.date()), venue_id=self.venue.currentData(),
            default_open=from_qtime(self.opens.time()), default_close=from_qtime(self.closes.time()),
            copy_from=self.copy_from.currentData(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, venues: list[VenueRow], markets: list[MarketRow]) -> NewMarket | None:
        dialog = cls(venues, markets, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class ChooseMarketDialog(QDialog):
    """Pick one market (e.g. whose stall layout to copy)."""

    def __init__(self, title: str, text: str, markets: list[MarketRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.combo = QComboBox()
        for m in markets:
            self.combo.addItem(f"{m.title} ({format_date(m.first_day)})", m.event_id)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(markets))
        layout = QVBoxLayout(self)
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, markets: list[MarketRow]) -> int | None:
        dialog = cls(title, text, markets, parent)
        return dialog.combo.currentData() if dialog.exec() == QDialog.DialogCode.Accepted else None


class PaidDateDialog(QDialog):
    """Ask the date a fee was paid."""

    def __init__(self, what: str, default: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark as paid"))
        self.date = date_edit(default)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        label = QLabel(what)
        label.setWordWrap(True)
        form.addRow(label)
        form.addRow(self.tr("Paid on:"), self.date)
        form.addRow(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, what: str, default: dt.date) -> dt.date | None:
        dialog = cls(what, default, parent)
        return from_qdate(dialog.date.date()) if dialog.exec() == QDialog.DialogCode.Accepted else None


@dataclass(frozen=True)
class DayHours:
    """The choice for one day: default hours (None, None, use_default), closed, or special hours."""

    use_default: bool
    open: dt.time | None = None
    close: dt.time | None = None
    note: str = ""


class DayHoursDialog(QDialog):
    """Set one day's opening hours: the default, closed, or special hours with a note."""

    def __init__(self, market: MarketRow, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Opening hours on %1").replace("%1", format_date(day)))
        current = next((h for h in market.hours if h.day == day), None)
        self.default = QRadioButton(
            self.tr("Default hours (%1)").replace(
                "%1", f"{market.default_open.hour}:{market.default_open.minute:02d} – "
                f"{market.default_close.hour}:{market.default_close.minute:02d}"
            )
        )
        self.closed = QRadioButton(self.tr("Closed"))
        self.special = QRadioButton(self.tr("Special hours:"))
        group = QButtonGroup(self)
        for button in (self.default, self.closed, self.special):
            group.addButton(button)
        self.opens = time_edit(current.open if current and current.open else market.default_open)
        self.closes = time_edit(current.close if current and current.close else market.default_close)
        self.note = QLineEdit(current.note if current else "")
        self.note.setPlaceholderText(self.tr("e.g. last day, tree lighting"))
        if current is None:
            self.default.setChecked(True)
        elif current.open is None:
            self.closed.setChecked(True)
        else:
            self.special.setChecked(True)
        row = QHBoxLayout()
        row.addWidget(self.special)
        row.addWidget(self.opens)
        row.addWidget(QLabel("–"))
        row.addWidget(self.closes)
        row.addStretch(1)
        self.reason = QLabel()
        self.reason.setStyleSheet("color: #c62828")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.default)
        layout.addWidget(self.closed)
        layout.addLayout(row)
        form = QFormLayout()
        form.addRow(self.tr("Note:"), self.note)
        layout.addLayout(form)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        for signal in (self.opens.timeChanged, self.closes.timeChanged):
            signal.connect(self._validate)
        group.buttonToggled.connect(self._validate)
        self._validate()

    def _validate(self, *_args: object) -> None:
        bad = self.special.isChecked() and self.closes.time() <= self.opens.time()
        self.reason.setText(self.tr("The market must close after it opens.") if bad else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not bad)
        self.opens.setEnabled(self.special.isChecked())
        self.closes.setEnabled(self.special.isChecked())

    def value(self) -> DayHours:
        if self.default.isChecked():
            return DayHours(True)
        if self.closed.isChecked():
            return DayHours(False, None, None, self.note.text().strip())
        return DayHours(False, from_qtime(self.opens.time()), from_qtime(self.closes.time()), self.note.text().strip())

    @classmethod
    def ask(cls, parent: QWidget | None, market: MarketRow, day: dt.date) -> DayHours | None:
        dialog = cls(market, day, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


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
        self.setWindowTitle(self.tr("Stall %1").replace("%1", draft.code) if draft.code else self.tr("New stall"))
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
        self.has_power = QCheckBox(self.tr("Power outlet"))
        self.has_power.setChecked(draft.has_power)
        self.power_kw = QDoubleSpinBox()
        self.power_kw.setRange(0, 100)
        self.power_kw.setDecimals(1)
        self.power_kw.setSuffix(" kW")
        self.power_kw.setValue(float(draft.power_kw or 0))
        self.has_water = QCheckBox(self.tr("Water connection"))
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
        form.addRow(self.tr("Code:"), self.code)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Zone / square:"), self.zone)
        form.addRow(self.tr("Size (m):"), size)
        form.addRow(self.tr("Electricity:"), power)
        form.addRow("", self.has_water)
        form.addRow(self.tr("Rotation:"), self.rotation)
        form.addRow(self.tr("Notes:"), self.notes)
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
        self.reason.setText(self.tr("Enter the stall's code, e.g. A01.") if empty else "")
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
        self.setWindowTitle(self.tr("Application / booking"))
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
        self.fee.setPlaceholderText(self.tr("by the market's fee rule"))
        self.needs_power = QCheckBox(self.tr("Needs power"))
        self.needs_power.setChecked(draft.needs_power)
        self.paid = QCheckBox(self.tr("Paid on:"))
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
        form.addRow(self.tr("Vendor:"), self.vendor)
        form.addRow(self.tr("Stall:"), self.stall)
        form.addRow(self.tr("Days:"), days)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Fee (CZK):"), self.fee)
        form.addRow("", self.needs_power)
        form.addRow("", paid)
        form.addRow(self.tr("Notes:"), self.notes)
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
