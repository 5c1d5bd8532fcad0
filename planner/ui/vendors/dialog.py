"""VendorDialog: create or edit a vendor; IČO checksum and duplicates checked as you type."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QWidget

from planner.i18n import _
from planner.models.enums import VendorCategory
from planner.services.formatting import format_decimal
from planner.services import vendors as vendor_service
from planner.services._common import SM
from planner.services.dto import VendorDraft, VendorRow
from planner.ui.labels import vendor_category_label
from planner.ui.common.record_dialog import FormRecordDialog
from planner.ui.common.date_edit import DateEdit


SaveVendor = Callable[[VendorDraft], VendorRow]


class VendorDialog(FormRecordDialog):
    """Editor of one vendor; OK calls ``save(draft)`` (the page's operation) and closes only when it succeeded."""

    def __init__(self, sm: SM, row: VendorRow | None = None, parent: QWidget | None = None,
                 *, save: SaveVendor) -> None:
        super().__init__(parent)
        self._sm = sm
        self._save = save
        self._row = row
        self.setWindowTitle(_("Edit vendor") if row else _("New vendor"))
        d = row or VendorDraft(name="")
        self.name = self.line("name", _("&Name:"), d.name)
        self.ico = self.line("ico", _("&IČO:"), d.ico or "", "12345679")  # a valid IČO: the placeholder passes its own check
        self.dic = self.line("dic", _("&DIČ:"), d.dic, "CZ12345679")
        self.category = QComboBox()
        for category in sorted(VendorCategory, key=vendor_category_label):
            self.category.addItem(vendor_category_label(category), category)
        self.category.setCurrentIndex(self.category.findData(d.category))
        self.form.addRow(_("Ca&tegory:"), self.category)
        self.is_stallholder = QCheckBox(_("Market stallholder"))
        self.is_stallholder.setChecked(d.is_stallholder)
        self.is_supplier = QCheckBox(_("Supplier of services"))
        self.is_supplier.setChecked(d.is_supplier)
        roles = QHBoxLayout()
        roles.addWidget(self.is_stallholder)
        roles.addWidget(self.is_supplier)
        roles.addStretch(1)
        self.form.addRow(_("Role:"), roles)
        self.contact_person = self.line("contact_person", _("C&ontact person:"), d.contact_person)
        self.phone = self.line("phone", _("&Phone:"), d.phone, "+420 601 234 567")  # a valid number: the placeholder passes its own check
        self.email = self.line("email", _("&E-mail:"), d.email)
        self.street = self.line("street", _("&Street:"), d.street)
        self.city = self.line("city", _("&Town:"), d.city)
        self.postal_code = self.line("postal_code", _("Postal &code:"), d.postal_code, "746 01")
        power = format_decimal(d.power_kw)
        self.power_kw = self.line("power_kw", _("Po&wer needed (kW):"), power)
        self.goods = self.text_box("goods", _("&Goods:"), d.goods, rows=2)
        self.notes = self.text_box("notes", _("No&tes:"), d.notes, rows=2)
        self.consent = QCheckBox(_("Consent to personal data processing given on"))
        self.consent_date = DateEdit()
        self.consent_date.setDisplayFormat("d. M. yyyy")
        self.consent_date.setCalendarPopup(True)
        self.consent.setChecked(d.consent_date is not None)
        shown = d.consent_date or dt.date.today()
        self.consent_date.setDate(QDate(shown.year, shown.month, shown.day))
        self.consent_date.setEnabled(d.consent_date is not None)
        self.consent.toggled.connect(self.consent_date.setEnabled)
        consent = QHBoxLayout()
        consent.addWidget(self.consent)
        consent.addWidget(self.consent_date)
        consent.addStretch(1)
        self.form.addRow(_("Consent:"), consent)
        self.resize(560, self.sizeHint().height())
        self.revalidate()

    def draft(self) -> VendorDraft:
        """Return what the form says, unvalidated."""
        return VendorDraft(
            name=self.name.text(),
            ico=self.ico.text(),
            dic=self.dic.text(),
            contact_person=self.contact_person.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            street=self.street.text(),
            city=self.city.text(),
            postal_code=self.postal_code.text(),
            category=self.category.currentData(),
            is_stallholder=self.is_stallholder.isChecked(),
            is_supplier=self.is_supplier.isChecked(),
            power_kw=self.power_kw.text(),
            goods=self.goods.toPlainText(),
            notes=self.notes.toPlainText(),
            consent_date=self._consent_day(),
            archived=self._row.archived if self._row else False,
        )

    def _consent_day(self) -> dt.date | None:
        if not self.consent.isChecked():
            return None
        day = self.consent_date.date()
        return dt.date(day.year(), day.month(), day.day())

    def check(self) -> None:
        vendor_service.check_vendor(self._sm, self.draft(), self._row.id if self._row else None, every=True)

    def save(self) -> VendorRow:
        return self._save(self.draft())

    @classmethod
    def ask(cls, parent: QWidget | None, sm: SM, row: VendorRow | None = None, *, save: SaveVendor) -> VendorRow | None:
        """Show the editor until ``save`` succeeded; return the saved vendor, or None when cancelled."""
        dialog = cls(sm, row, parent, save=save)
        try:
            return dialog.saved if dialog.exec() == cls.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
