"""The smaller dialogs of the markets page: a new market and a day's opening hours (record editors on
the shared base, saving through the page's operation), choosing a market and a payment date (plain
questions). Each has an ask() classmethod (tests patch it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.i18n import _, pgettext
from planner.services import markets as market_service
from planner.services.dto import MarketRow, VenueRow
from planner.services.timeutil import format_date
from planner.ui.common.date_edit import DateEdit
from planner.ui.common.form_parts import check_all, check_date, row_of
from planner.ui.markets.record_dialogs import MarketRecordDialog


def to_qtime(t: dt.time) -> QTime:
    return QTime(t.hour, t.minute)


def from_qtime(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


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


class NewMarketDialog(MarketRecordDialog):
    """Create a market: title, days, square, default hours, optionally the layout of an earlier one.

    OK calls ``save(answer)`` (the page's operation); the event's own rules (a title too long, a market
    too long) come back from it and are shown under their fields.
    """

    def __init__(self, venues: list[VenueRow], markets: list[MarketRow], parent: QWidget | None = None,
                 *, save: Callable[[NewMarket], MarketRow]) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(_("New market"))
        today = dt.date.today()
        self.title = self.line("title", _("Title:"), "", _("e.g. Vánoční trhy Opava 2027"))
        self.first = DateEdit(today)
        self.add_field(self.form, "first_day", _("First day:"), self.first)
        self.share_error("start", "first_day", [self.first])
        self.last = DateEdit(today + dt.timedelta(days=2))
        self.add_field(self.form, "last_day", _("Last day:"), self.last)
        self.share_error("end", "last_day", [self.last])
        self.venue = QComboBox()
        self.venue.addItem(pgettext("NewMarketDialog", "(none)"), None)
        for v in venues:
            self.venue.addItem(v.name, v.id)
        self.add_field(self.form, "venue", _("Square:"), self.venue)
        self.opens = time_edit(dt.time(10))
        self.closes = time_edit(dt.time(20))
        self.add_field(self.form, "close", _("Opening hours:"), row_of(self.opens, "–", self.closes),
                       marked=[self.closes])
        self.share_error("open", "close", [self.opens])
        self.copy_from = QComboBox()
        self.copy_from.addItem(_("(no stalls yet)"), None)
        for m in markets:
            self.copy_from.addItem(f"{m.title} ({format_date(m.first_day)})", m.event_id)
        self.add_field(self.form, "market", _("Copy the stall layout of:"), self.copy_from)
        for widget, field in ((self.first, "first_day"), (self.last, "last_day"), (self.opens, "close"),
                              (self.closes, "close")):
            self.watch(widget, field)
        self.first_field = self.title
        self.size_to(460)
        self.revalidate()

    def check(self) -> None:
        check_all(
            lambda: check_date("first_day", self.first), lambda: check_date("last_day", self.last),
            lambda: market_service.validate_new_market(
                self.title.text(), self.first.value(), self.last.value(), from_qtime(self.opens.time()),
                from_qtime(self.closes.time()), every=True),
        )

    def value(self) -> NewMarket:
        return NewMarket(
            title=self.title.text().strip(), first_day=self.first.value(), last_day=self.last.value(),
            venue_id=self.venue.currentData(), default_open=from_qtime(self.opens.time()),
            default_close=from_qtime(self.closes.time()), copy_from=self.copy_from.currentData(),
        )

    def save(self) -> MarketRow:
        return self._save(self.value())

    @classmethod
    def ask(cls, parent: QWidget | None, venues: list[VenueRow], markets: list[MarketRow],
            save: Callable[[NewMarket], MarketRow]) -> MarketRow | None:
        """Ask until ``save`` succeeded; return the new market, or None when cancelled."""
        saved: MarketRow | None = cls(venues, markets, parent, save=save).saved_or_none()
        return saved


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
        self.date = DateEdit(default)
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
        return dialog.date.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


@dataclass(frozen=True)
class DayHours:
    """The choice for one day: default hours (None, None, use_default), closed, or special hours."""

    use_default: bool
    open: dt.time | None = None
    close: dt.time | None = None
    note: str = ""


class DayHoursDialog(MarketRecordDialog):
    """Set one day's opening hours: the default, closed, or special hours with a note.

    OK calls ``save(choice)`` (the page's operation); the dialog closes only when it succeeded.
    """

    def __init__(self, market: MarketRow, day: dt.date, parent: QWidget | None = None,
                 *, save: Callable[[DayHours], MarketRow]) -> None:
        super().__init__(parent)
        self._save = save
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
        if current is None:
            self.default.setChecked(True)
        elif current.open is None:
            self.closed.setChecked(True)
        else:
            self.special.setChecked(True)
        self.form.addRow(_("Opening hours:"), self.default)
        self.form.addRow("", self.closed)
        self.add_field(self.form, "close", "", row_of(self.special, self.opens, "–", self.closes), marked=[self.closes])
        self.share_error("open", "close", [self.opens])
        self.note = self.line("note", _("Note:"), current.note if current else "", _("e.g. last day, tree lighting"))
        for widget in (self.special, self.opens, self.closes):
            self.watch(widget, "close")
        group.buttonToggled.connect(self._enable_hours)
        self._enable_hours()
        self.first_field = group.checkedButton()
        self.size_to(420)
        self.revalidate()

    def _enable_hours(self, *_args: object) -> None:
        self.opens.setEnabled(self.special.isChecked())
        self.closes.setEnabled(self.special.isChecked())

    def check(self) -> None:
        if self.special.isChecked():
            market_service.validate_hours(from_qtime(self.opens.time()), from_qtime(self.closes.time()))

    def value(self) -> DayHours:
        if self.default.isChecked():
            return DayHours(True)
        if self.closed.isChecked():
            return DayHours(False, None, None, self.note.text().strip())
        return DayHours(False, from_qtime(self.opens.time()), from_qtime(self.closes.time()), self.note.text().strip())

    def save(self) -> MarketRow:
        return self._save(self.value())

    @classmethod
    def ask(cls, parent: QWidget | None, market: MarketRow, day: dt.date,
            save: Callable[[DayHours], MarketRow]) -> MarketRow | None:
        """Ask until ``save`` succeeded; return the market with the day's hours, or None when cancelled."""
        saved: MarketRow | None = cls(market, day, parent, save=save).saved_or_none()
        return saved
