"""Dialogs: sending settings (SMTP, password in the keyring) and the Hláska calendar export."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner import settings
from planner.errors import PlannerError
from planner.formats.mail import SECURITY, get_password, set_password
from planner.i18n import _
from planner.services import hlaska
from planner.services.timeutil import format_date
from planner.ui import messages
from planner.ui.common.settings_dialog import SettingsDialog
from planner.ui.releases.options import smtp_settings
from planner.ui.settings_store import SettingsStore


class MailSettingsDialog(SettingsDialog):
    """The SMTP server, login and sender of change notices; the password goes to the OS keyring."""

    def __init__(self, store: SettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.setWindowTitle(_("Sending e-mail"))
        self.setObjectName("MailSettingsDialog")
        self.host = QLineEdit()
        self.host.setObjectName("smtp_host")
        self.host.setPlaceholderText(_("e.g. smtp.office365.com"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.security = QComboBox()
        for code, text in zip(SECURITY, (_("STARTTLS (port 587)"), _("SSL/TLS (port 465)"),
                                         _("none (a local relay only)")), strict=True):
            self.security.addItem(text, code)
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(_("unchanged"))
        self.sender_edit = QLineEdit()
        self.sender_name = QLineEdit()
        self.digest = QCheckBox(_("Send notices as one daily digest per person"))
        self.meeting = QLineEdit()
        self.meeting.setPlaceholderText(_("e-mails of staff, separated by commas"))
        self.deadline = QSpinBox()
        self.deadline.setRange(1, 31)
        form = self.form
        form.addRow(_("SMTP server:"), self.host)
        form.addRow(_("Port:"), self.port)
        form.addRow(_("Security:"), self.security)
        form.addRow(_("Login:"), self.username)
        form.addRow(_("Password:"), self.password)
        form.addRow(_("Sender address:"), self.sender_edit)
        form.addRow(_("Sender name:"), self.sender_name)
        form.addRow("", self.digest)
        form.addRow(_("Meeting updates for:"), self.meeting)
        form.addRow(_("Hláska deadline (day of the month before):"), self.deadline)
        self.security.currentIndexChanged.connect(self._default_port)
        self.finish(_(
            "The password is kept in the Windows credential store, never in the settings file. Staff listed for "
            "meeting updates get changes as Outlook meeting updates that move the item in their own calendar."
        ))

    def _default_port(self) -> None:
        if self.port.value() in (25, 465, 587):
            self.port.setValue({"ssl": 465, "starttls": 587}.get(self.security.currentData(), 25))

    def load(self) -> None:
        s = self.store
        self.host.setText(s.get(settings.SMTP_HOST))
        self.port.setValue(int(s.get(settings.SMTP_PORT)))
        self.security.setCurrentIndex(max(0, self.security.findData(s.get(settings.SMTP_SECURITY))))
        self.username.setText(s.get(settings.SMTP_USERNAME))
        self.sender_edit.setText(s.get(settings.MAIL_SENDER))
        self.sender_name.setText(s.get(settings.MAIL_SENDER_NAME))
        self.digest.setChecked(bool(s.get(settings.NOTICE_DIGEST)))
        self.meeting.setText(s.get(settings.NOTICE_MEETING_STAFF))
        self.deadline.setValue(int(s.get(settings.HLASKA_DEADLINE_DAY)))

    def save(self) -> None:
        s = self.store
        s.set(settings.SMTP_HOST, self.host.text().strip())
        s.set(settings.SMTP_PORT, self.port.value())
        s.set(settings.SMTP_SECURITY, self.security.currentData())
        s.set(settings.SMTP_USERNAME, self.username.text().strip())
        s.set(settings.MAIL_SENDER, self.sender_edit.text().strip())
        s.set(settings.MAIL_SENDER_NAME, self.sender_name.text().strip())
        s.set(settings.NOTICE_DIGEST, self.digest.isChecked())
        s.set(settings.NOTICE_MEETING_STAFF, self.meeting.text().strip())
        s.set(settings.HLASKA_DEADLINE_DAY, self.deadline.value())
        s.sync()

    def commit(self) -> bool:
        sender = self.sender_edit.text().strip()
        if sender and "@" not in sender:
            return self.fail(_("Sender address: enter an e-mail address."), self.sender_edit)
        self.save()
        if self.password.text():
            try:
                set_password(smtp_settings(self.store), self.password.text())
            except PlannerError as exc:
                return self.fail(exc.message)
        return True

    def has_password(self) -> bool:
        try:
            return get_password(smtp_settings(self.store)) is not None
        except PlannerError:
            return False


@dataclass(frozen=True)
class HlaskaRequest:
    year: int
    month: int
    path: str
    fmt: str
    mark_changes: bool


class HlaskaDialog(QDialog):
    """Month, format and change marks of the Hláska culture calendar; shows the press deadline."""

    def __init__(self, store: SettingsStore, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Culture calendar for Hláska"))
        self.setObjectName("HlaskaDialog")
        self.today = today or dt.date.today()
        self.deadline_day = int(store.get(settings.HLASKA_DEADLINE_DAY))
        self.month = QComboBox()
        self.month.setObjectName("hlaska_month")
        y, m = self.today.year, self.today.month
        for i in range(-1, 13):
            yy, mm = divmod((m - 1) + i, 12)
            self.month.addItem(f"{hlaska.month_title(y + yy, mm + 1)}", (y + yy, mm + 1))
        due = hlaska.due_month(self.today, self.deadline_day)
        wanted = (due[0], due[1]) if due else ((y, m + 1) if m < 12 else (y + 1, 1))
        # findData cannot compare tuples (they become lists in a QVariant): look the month up by hand
        found = [i for i in range(self.month.count()) if tuple(self.month.itemData(i)) == wanted]
        self.month.setCurrentIndex(found[0] if found else 0)
        self.fmt = QComboBox()
        for code, text in (("docx", _("Word document (.docx)")), ("txt", _("Plain text (.txt)")),
                           ("csv", _("CSV for the layout program (.csv)"))):
            self.fmt.addItem(text, code)
        self.marks = QCheckBox(_("Mark what changed since the previous export (NOVĚ, ZMĚNA, ZRUŠENO)"))
        self.deadline = QLabel()
        self.deadline.setObjectName("hlaska_deadline")
        form = QFormLayout()
        form.addRow(_("Month:"), self.month)
        form.addRow(_("Format:"), self.fmt)
        form.addRow("", self.marks)
        form.addRow(_("Deadline:"), self.deadline)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(_("Export…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.month.currentIndexChanged.connect(self._show_deadline)
        self._show_deadline()

    def _show_deadline(self) -> None:
        year, month = tuple(self.month.currentData())
        d = hlaska.deadline(year, month, self.deadline_day)
        days = (d - self.today).days
        if days < 0:
            text = _("%1 (passed)").replace("%1", format_date(d))
        else:
            text = _("%1 (in %2 days)").replace("%1", format_date(d)).replace("%2", str(days))
        self.deadline.setText(text)

    @classmethod
    def ask(cls, store: SettingsStore, parent: QWidget | None = None) -> HlaskaRequest | None:
        dialog = cls(store, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            year, month = tuple(dialog.month.currentData())
            fmt = dialog.fmt.currentData()
            path = messages.ask_save_file(parent, _("Save the culture calendar"),
                                          f"hlaska-{year:04d}-{month:02d}.{fmt}", f"*.{fmt}")
            if not path:
                return None
            return HlaskaRequest(year, month, path, fmt, dialog.marks.isChecked())
        finally:
            dialog.deleteLater()
