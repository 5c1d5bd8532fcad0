"""Small dialogs of the markets page (new market, choose a market, paid date, day hours); each has an ask() classmethod (tests patch it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.i18n import _, pgettext
from planner.services.dto import MarketRow, VenueRow
from planner.services.timeutil import format_date
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
        self.setWindowTitle(_("New market"))
        today = dt.date.today()
        self.title = QLineEdit()
        self.title.setPlaceholderText(_("e.g. Vánoční trhy Opava 2027"))
        self.first = date_edit(today)
        self.last = date_edit(today + dt.timedelta(days=2))
        self.venue = QComboBox()
        self.venue.addItem(pgettext("NewMarketDialog", "(none)"), None)
        for v in venues:
            self.venue.addItem(v.name, v.id)
        self.opens = time_edit(dt.time(10))
        self.closes = time_edit(dt.time(20))
        self.copy_from = QComboBox()
        self.copy_from.addItem(_("(no stalls yet)"), None)
        for m in markets:
            self.copy_from.addItem(f"{m.title} ({format_date(m.first_day)})", m.event_id)
        hours = QHBoxLayout()
        hours.addWidget(self.opens)
        hours.addWidget(QLabel("–"))
        hours.addWidget(self.closes)
        hours.addStretch(1)
        form = QFormLayout()
        form.addRow(_("Title:"), self.title)
        form.addRow(_("First day:"), self.first)
        form.addRow(_("Last day:"), self.last)
        form.addRow(_("Square:"), self.venue)
        form.addRow(_("Opening hours:"), hours)
        form.addRow(_("Copy the stall layout of:"), self.copy_from)
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
            return _("Enter the market's title.")
        if self.last.date() < self.first.date():
            return _("The last day must not be before the first day.")
        if self.closes.time() <= self.opens.time():
            return _("The market must close after it opens.")
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
        self.setWindowTitle(_("Mark as paid"))
        self.date = date_edit(default)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        label = QLabel(what)
        label.setWordWrap(True)
        form.addRow(label)
        form.addRow(_("Paid on:"), self.date)
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
        self.setWindowTitle(_("Opening hours on %1").replace("%1", format_date(day)))
        current = next((h for h in market.hours if h.day == day), None)
        self.default = QRadioButton(
            _("Default hours (%1)").replace(
                "%1", f"{market.default_open.hour}:{market.default_open.minute:02d} – "
                f"{market.default_close.hour}:{market.default_close.minute:02d}"
            )
        )
        self.closed = QRadioButton(_("Closed"))
        self.special = QRadioButton(_("Special hours:"))
        group = QButtonGroup(self)
        for button in (self.default, self.closed, self.special):
            group.addButton(button)
        self.opens = time_edit(current.open if current and current.open else market.default_open)
        self.closes = time_edit(current.close if current and current.close else market.default_close)
        self.note = QLineEdit(current.note if current else "")
        self.note.setPlaceholderText(_("e.g. last day, tree lighting"))
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
        form.addRow(_("Note:"), self.note)
        layout.addLayout(form)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        for signal in (self.opens.timeChanged, self.closes.timeChanged):
            signal.connect(self._validate)
        group.buttonToggled.connect(self._validate)
        self._validate()

    def _validate(self, *_args: object) -> None:
        bad = self.special.isChecked() and self.closes.time() <= self.opens.time()
        self.reason.setText(_("The market must close after it opens.") if bad else "")
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
