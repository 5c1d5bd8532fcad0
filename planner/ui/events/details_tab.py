"""The event editor's Details tab: description, internal notes, expected attendance, tickets, web page."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from planner.errors import ValidationError
from planner.i18n import _
from planner.services.dto import EventDraft
from planner.services.validation import non_negative_int
from planner.ui.common.record_dialog import RecordDialog


class DetailsTab(QWidget):
    """The less used fields of an event; their errors show under each field."""

    def __init__(self, dialog: RecordDialog, tab: int) -> None:
        super().__init__()
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        dialog.add_field(form, "description", _("&Description:"), self.description, tab=tab)
        self.internal_notes = QPlainTextEdit()
        self.internal_notes.setObjectName("internal_notes")
        self.internal_notes.setTabChangesFocus(True)
        self.internal_notes.setPlaceholderText(_("For the office only; never published"))
        dialog.add_field(form, "internal_notes", _("Internal &notes:"), self.internal_notes, tab=tab)
        self.attendance = QLineEdit()
        self.attendance.setObjectName("expected_attendance")
        self.attendance.setPlaceholderText(_("number of visitors"))
        dialog.add_field(form, "expected_attendance", _("Expected &attendance:"), self.attendance, tab=tab)
        self.ticket_info = QLineEdit()
        self.ticket_info.setObjectName("ticket_info")
        self.ticket_info.setPlaceholderText(_("e.g. 250 Kč, students 150 Kč, TIC Opava"))
        dialog.add_field(form, "ticket_info", _("&Tickets:"), self.ticket_info, tab=tab)
        self.url = QLineEdit()
        self.url.setObjectName("url")
        self.url.setPlaceholderText("https://")
        dialog.add_field(form, "url", _("&Web page:"), self.url, tab=tab)

    def load(self, d: EventDraft) -> None:
        self.description.setPlainText(d.description)
        self.internal_notes.setPlainText(d.internal_notes)
        self.attendance.setText("" if d.expected_attendance is None else str(d.expected_attendance))
        self.ticket_info.setText(d.ticket_info)
        self.url.setText(d.url)

    def attendance_value(self, errors: list[ValidationError]) -> int | None:
        """Return the expected attendance typed (None when empty or unreadable, noted in ``errors``)."""
        try:
            return non_negative_int(self.attendance.text(), "expected_attendance")
        except ValidationError as exc:
            errors.append(exc)
            return None


__all__ = ["DetailsTab"]
