"""VenueDialog: create or edit a venue with inline validation by the venue service."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QWidget

from planner.i18n import _, pgettext
from planner.models.enums import VenueKind
from planner.services import venues as venue_service
from planner.services._common import SM
from planner.services.dto import VenueDraft, VenueRow
from planner.ui.labels import venue_kind_label
from planner.ui.common.colour_button import ColourButton
from planner.ui.common.record_dialog import FormRecordDialog


SaveVenue = Callable[[VenueDraft], VenueRow]


class VenueDialog(FormRecordDialog):
    """Editor of one venue; OK calls ``save(draft)`` (the page's operation) and closes only when it succeeded."""

    def __init__(self, sm: SM, row: VenueRow | None = None, parent: QWidget | None = None,
                 *, save: SaveVenue) -> None:
        super().__init__(parent)
        self._sm = sm
        self._save = save
        self._row = row
        self.setWindowTitle(_("Edit venue") if row else pgettext("VenueDialog", "New venue"))
        d = row or VenueDraft(name="")
        self.name = self.line("name", _("&Name:"), d.name)
        self.kind = QComboBox()
        for kind in sorted(VenueKind, key=lambda k: venue_kind_label(k)):
            self.kind.addItem(venue_kind_label(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(d.kind))
        self.form.addRow(_("&Kind:"), self.kind)
        self.street = self.line("street", _("&Street:"), d.street)
        self.city = self.line("city", pgettext("VenueDialog", "&Town:"), d.city)
        self.postal_code = self.line("postal_code", _("&Postal code:"), d.postal_code, "746 01")
        capacity = "" if d.capacity is None else str(d.capacity)
        self.capacity = self.line("capacity", _("&Capacity:"), capacity, _("seats or people"))
        self.contact = self.line("contact", _("C&ontact:"), d.contact)
        self.phone = self.line("phone", _("&Phone:"), d.phone, "+420 553 000 000")
        self.email = self.line("email", _("&E-mail:"), d.email)
        self.equipment = self.text_box("equipment", _("E&quipment\n(one per line):"), "\n".join(d.equipment))
        self.colour = ColourButton(d.colour or "#607d8b")
        self.colour.setObjectName("colour")
        self.colour.setToolTip(_("The venue's colour in the calendar; click to choose"))
        self.colour.colourChanged.connect(lambda _c: self.touch("colour"))
        self.add_field(self.form, "colour", _("Co&lour:"), self.colour)
        self.notes = self.text_box("notes", _("No&tes:"), d.notes)
        self.resize(520, self.sizeHint().height())
        self.revalidate()

    def draft(self) -> VenueDraft:
        """Return what the form says, unvalidated."""
        return VenueDraft(
            name=self.name.text(),
            kind=self.kind.currentData(),
            street=self.street.text(),
            city=self.city.text(),
            postal_code=self.postal_code.text(),
            capacity=self.capacity.text(),
            contact=self.contact.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            equipment=tuple(self.equipment.toPlainText().splitlines()),
            colour=self.colour.colour(),
            notes=self.notes.toPlainText(),
            archived=self._row.archived if self._row else False,
        )

    def check(self) -> None:
        venue_service.validate_venue(self.draft(), every=True)

    def save(self) -> VenueRow:
        return self._save(self.draft())

    @classmethod
    def ask(cls, parent: QWidget | None, sm: SM, row: VenueRow | None = None, *, save: SaveVenue) -> VenueRow | None:
        """Show the editor until ``save`` succeeded; return the saved venue, or None when cancelled."""
        dialog = cls(sm, row, parent, save=save)
        try:
            return dialog.saved if dialog.exec() == cls.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
