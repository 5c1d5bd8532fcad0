"""Opening hours (default and per-day exceptions), fee rule and map size of one market."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QModelIndex, QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.errors import ValidationError
from planner.i18n import _
from planner.models.enums import StallKind
from planner.services.formatting import format_decimal
from planner.services.dto import FeeRule, MarketRow
from planner.services.validation import money
from planner.ui.common.flow_layout import FlowLayout
from planner.ui.common.form_parts import row_of
from planner.ui.common.table_view import row_table
from planner.ui.labels import stall_kind_label
from planner.ui.markets.dialogs import from_qtime, time_edit, to_qtime
from planner.ui.markets.hours_model import DayColumn, DayHoursModel


@dataclass(frozen=True)
class MarketSettings:
    """What the panel saves: default hours, the fee rule and the map size."""

    default_open: dt.time
    default_close: dt.time
    fee_rule: FeeRule
    map_width_m: Decimal
    map_depth_m: Decimal


def _amount_text(value: Decimal) -> str:
    return format_decimal(value)


class MarketSettingsPanel(QWidget):
    """Editor of a market's hours, fees and map size.

    Signals:
        save_requested(object): MarketSettings to store.
        day_requested(object): change the hours of this date.
        recompute_requested(): apply the fee rule to unpaid bookings.
    """

    save_requested = Signal(object)
    day_requested = Signal(object)
    recompute_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._market: MarketRow | None = None
        self.opens = time_edit(dt.time(10))
        self.closes = time_edit(dt.time(20))
        self.per_day = QLineEdit()
        self.per_m2 = QLineEdit()
        self.power = QLineEdit()
        self.by_kind = {kind: QLineEdit() for kind in StallKind}
        for kind, edit in self.by_kind.items():
            edit.setPlaceholderText(_("as per stall and day"))
        self.map_width = QLineEdit()
        self.map_depth = QLineEdit()
        self.reason = QLabel()
        self.reason.setStyleSheet("color: #c62828")
        self.reason.setWordWrap(True)
        self.save = QPushButton(_("Save hours and fees"))
        self.save.clicked.connect(self._save)
        self.recompute = QPushButton(_("Apply the fees to unpaid bookings"))
        self.recompute.setToolTip(_("Recalculate the fee of every unpaid application and booking by this rule."))
        self.recompute.clicked.connect(self.recompute_requested)

        # The form beside the days, or above them when the tab is narrow (1024 px at 150 %); long
        # form rows put the field under its label and the buttons wrap: nothing scrolls sideways.
        fees = QGroupBox(_("Fee rule (CZK)"))
        fee_form = QFormLayout(fees)
        fee_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        fee_form.addRow(_("Per stall and day:"), self.per_day)
        for kind, edit in self.by_kind.items():
            fee_form.addRow(_("%1 per day:").replace("%1", stall_kind_label(kind)), edit)
        fee_form.addRow(_("Per m² and day:"), self.per_m2)
        fee_form.addRow(_("Power surcharge per day:"), self.power)
        general = QGroupBox(_("Default opening hours and map"))
        gen_form = QFormLayout(general)
        gen_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        gen_form.addRow(_("Open daily:"), row_of(self.opens, "–", self.closes))
        gen_form.addRow(_("Map width (m):"), self.map_width)
        gen_form.addRow(_("Map depth (m):"), self.map_depth)
        buttons = FlowLayout()
        buttons.addWidget(self.save)
        buttons.addWidget(self.recompute)
        left = QVBoxLayout()
        left.addWidget(general)
        left.addWidget(fees)
        left.addWidget(self.reason)
        left.addLayout(buttons)
        left.addStretch(1)

        self.days_model = DayHoursModel(self)
        self.days = row_table(self.days_model, "market_days", single=True)
        self.days.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.days.horizontalHeader().setSectionResizeMode(DayColumn.NOTE, QHeaderView.ResizeMode.Stretch)
        self.days.doubleClicked.connect(self._day_clicked)
        self.change_day = QPushButton(_("Change the hours of the day…"))
        self.change_day.clicked.connect(lambda: self._day_clicked(self.days.currentIndex()))
        days_title = QLabel(_("<b>Days</b> (exceptions to the default hours in bold)"))
        days_title.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(days_title)
        right.addWidget(self.days)
        right.addWidget(self.change_day)

        self._left, self._right = left, right
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.columns.addLayout(left, 1)
        self.columns.addLayout(right, 1)
        for edit in (self.per_day, self.per_m2, self.power, self.map_width, self.map_depth, *self.by_kind.values()):
            edit.textChanged.connect(self._validate)
        self.opens.timeChanged.connect(self._validate)
        self.closes.timeChanged.connect(self._validate)

    def side_by_side(self) -> bool:
        """Whether the days are shown beside the form (False: under it)."""
        return self.columns.direction() == QBoxLayout.Direction.LeftToRight

    def _side_by_side_width(self) -> int:
        """The width the form and the days need side by side (each at its natural width)."""
        m = self.columns.contentsMargins()
        return (self._left.sizeHint().width() + self._right.minimumSize().width() + self.columns.spacing()
                + m.left() + m.right())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """As narrow as the form or the days alone: when the tab is narrower the days go under the form
        (the scroll area never lays the panel out wider than the tab)."""
        hint = super().minimumSizeHint()
        m = self.columns.contentsMargins()
        narrow = max(self._left.minimumSize().width(), self._right.minimumSize().width()) + m.left() + m.right()
        return QSize(narrow, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        wide = event.size().width() >= self._side_by_side_width()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)

    def set_market(self, market: MarketRow | None) -> None:
        """Show a market's settings (None: empty and disabled)."""
        self._market = market
        self.days_model.set_market(market)
        self.setEnabled(market is not None)
        if market is None:
            return
        rule = market.fee_rule
        self.opens.setTime(to_qtime(market.default_open))
        self.closes.setTime(to_qtime(market.default_close))
        self.per_day.setText(_amount_text(rule.per_day))
        self.per_m2.setText(_amount_text(rule.per_m2_day))
        self.power.setText(_amount_text(rule.power_per_day))
        kinds = dict(rule.by_kind)
        for kind, edit in self.by_kind.items():
            edit.setText(_amount_text(kinds[kind]) if kind in kinds else "")
        self.map_width.setText(_amount_text(market.map_width_m))
        self.map_depth.setText(_amount_text(market.map_depth_m))
        self._validate()

    def settings(self) -> MarketSettings:
        """Return the entered settings; raise ValidationError naming the bad field."""
        if from_qtime(self.closes.time()) <= from_qtime(self.opens.time()):
            raise ValidationError("close", "end_before_start")
        by_kind = []
        for kind, edit in self.by_kind.items():
            amount = money(edit.text(), "fee")
            if amount is not None:
                by_kind.append((kind, amount))
        rule = FeeRule(
            per_day=money(self.per_day.text(), "fee") or Decimal("0"),
            per_m2_day=money(self.per_m2.text(), "fee") or Decimal("0"),
            power_per_day=money(self.power.text(), "fee") or Decimal("0"),
            by_kind=tuple(by_kind),
        )
        return MarketSettings(
            from_qtime(self.opens.time()), from_qtime(self.closes.time()), rule,
            self._metres(self.map_width, "width_m"), self._metres(self.map_depth, "depth_m"),
        )

    @staticmethod
    def _metres(edit: QLineEdit, field: str) -> Decimal:
        text = edit.text().strip().replace(",", ".")
        try:
            value = Decimal(text)
        except InvalidOperation as exc:
            raise ValidationError(field, "not_a_number", value=edit.text()) from exc
        if not value.is_finite() or value <= 0:
            raise ValidationError(field, "not_positive")
        return value

    def _validate(self, *_args: object) -> None:
        try:
            self.settings()
        except ValidationError as exc:
            self.reason.setText(exc.message)
            self.save.setEnabled(False)
            return
        self.reason.setText("")
        self.save.setEnabled(True)

    def _save(self) -> None:
        try:
            self.save_requested.emit(self.settings())
        except ValidationError as exc:
            self.reason.setText(exc.message)

    def _day_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.day_requested.emit(self.days_model.day_at(index.row()))
