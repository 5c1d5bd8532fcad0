"""SupplyDialog: record a service a vendor supplies to an event (fee, payment)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from planner.errors import ValidationError
from planner.i18n import _
from planner.services.formatting import format_decimal
from planner.services import events as event_service
from planner.services import suppliers as supplier_service
from planner.services._common import SM
from planner.services.dto import EventQuery, SupplyDraft, SupplyRow
from planner.services.timeutil import format_date, local, local_midnight
from planner.ui.common.date_edit import DateEdit
from planner.ui.common.form_parts import check_all, check_date, row_of
from planner.ui.common.record_dialog import FormRecordDialog

SaveSupply = Callable[[SupplyDraft], SupplyRow]


class SupplyDialog(FormRecordDialog):
    """Editor of one supply; OK calls ``save(draft)`` (the page's operation) and closes only when it succeeded."""

    def __init__(
        self, sm: SM, vendor_id: int, row: SupplyRow | None = None, parent: QWidget | None = None,
        *, save: SaveSupply, today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._sm = sm
        self._save = save
        self._vendor_id = vendor_id
        self._row = row
        today = today or dt.date.today()
        self.setWindowTitle(_("Edit service") if row else _("New service to an event"))
        self.event_choice = QComboBox()
        self.event_choice.setObjectName("event")
        # Events from a year back to two years ahead, without cancelled ones: what gets hired.
        query = EventQuery(start=local_midnight(today - dt.timedelta(days=365)),
                           end=local_midnight(today + dt.timedelta(days=730)), include_cancelled=False)
        upcoming: int | None = None
        for i, e in enumerate(event_service.list_view_events(sm, query)):
            self.event_choice.addItem(f"{format_date(local(e.start).date())} – {e.title}", e.id)
            if upcoming is None and local(e.start).date() >= today:
                upcoming = i
        if row is not None and self.event_choice.findData(row.event_id) < 0:
            self.event_choice.addItem(f"{format_date(local(row.event_start).date())} – {row.event_title}", row.event_id)
        self.event_choice.setCurrentIndex(self.event_choice.findData(row.event_id) if row else (upcoming or 0))
        self.event_choice.currentIndexChanged.connect(self.revalidate)
        self.add_field(self.form, "event", _("&Event:"), self.event_choice)
        self.service = self.line("service", _("&Service:"), row.service if row else "",
                                 _("e.g. sound and lights, stage, catering"))
        fee = "" if row is None else format_decimal(row.fee)
        self.fee = self.line("fee", _("&Fee (CZK):"), fee)
        self.paid = QCheckBox(_("Paid on"))
        self.paid_on = DateEdit(row.paid_on if row and row.paid_on else today)
        self.paid.setChecked(row is not None and row.paid_on is not None)
        self.paid_on.setEnabled(self.paid.isChecked())
        self.paid.toggled.connect(self.paid_on.setEnabled)
        self.add_field(self.form, "paid_on", _("Payment:"), row_of(self.paid, self.paid_on), marked=[self.paid_on])
        for widget in (self.paid, self.paid_on):
            self.watch(widget, "paid_on")
        self.notes = self.text_box("notes", _("&Notes:"), row.notes if row else "", rows=2)
        self.first_field = self.service
        self.size_to(480)
        self.revalidate()

    def draft(self) -> SupplyDraft:
        return SupplyDraft(
            event_id=self.event_choice.currentData() or 0, vendor_id=self._vendor_id,
            service=self.service.text(), fee=self.fee.text() or None,
            paid_on=self.paid_on.value() if self.paid.isChecked() else None,
            notes=self.notes.toPlainText(),
        )

    def check(self) -> None:
        check_all(self._check_event, lambda: check_date("paid_on", self.paid_on),
                  lambda: supplier_service.validate_supply(self.draft(), every=True))

    def _check_event(self) -> None:
        if self.event_choice.currentData() is None:
            raise ValidationError("event", "required")

    def save(self) -> SupplyRow:
        return self._save(self.draft())

    @classmethod
    def ask(cls, parent: QWidget | None, sm: SM, vendor_id: int, row: SupplyRow | None = None,
            *, save: SaveSupply) -> SupplyRow | None:
        """Show the editor until ``save`` succeeded; return the saved supply, or None when cancelled."""
        dialog = cls(sm, vendor_id, row, parent, save=save)
        try:
            return dialog.saved if dialog.exec() == cls.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
