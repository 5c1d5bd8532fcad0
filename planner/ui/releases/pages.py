"""Pages: the releases with their changelogs, the outbox of notices, and the series' subscribers."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.i18n import _, pgettext
from planner.models.enums import RecordKind
from planner.errors import PlannerError, ValidationError
from planner.formats.mail import SmtpMailer, get_password
from planner.models.enums import NoticeState
from planner.services import notices, releases
from planner.services.notices import NoticeRow, SubscriberDraft, SubscriberRow
from planner.services.releases import ReleaseRow
from planner.services.series import list_series
from planner.services.timeutil import format_date, format_time, local
from planner.ui import messages
from planner.ui.changes import Change
from planner.ui.common.table_model import Column, ColumnTableModel
from planner.ui.common.table_view import row_table
from planner.ui.context import AppContext
from planner.ui.releases.options import smtp_settings

def _when(value: Any) -> str:
    return f"{format_date(local(value).date())} {format_time(value)}" if value else ""


def _table(model: ColumnTableModel[Any], name: str) -> QTableView:
    """The pages' tables: one row selected, every column fitted to its texts but the last, which stretches."""
    view = row_table(model, name, single=True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setSectionResizeMode(model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
    return view


def _read_only_text(name: str) -> QPlainTextEdit:
    """The text under a page's table that shows the selected row (a changelog, a notice)."""
    text = QPlainTextEdit()
    text.setObjectName(name)
    text.setReadOnly(True)
    return text


def _lay_out(page: QWidget, top: QHBoxLayout, table: QTableView, detail: QWidget | None = None) -> None:
    """Lay out a page: its bar on top, then the table (over the detail of the selected row, in a splitter)."""
    layout = QVBoxLayout(page)
    layout.addLayout(top)
    if detail is None:
        layout.addWidget(table, 1)
        return
    split = QSplitter(Qt.Orientation.Vertical)
    split.addWidget(table)
    split.addWidget(detail)
    layout.addWidget(split, 1)


# --------------------------------------------------------------------------- releases


class ReleaseColumn(IntEnum):
    NUMBER, WHEN, SCOPE, CHANGES, COMMENT = range(5)


class ReleasesTableModel(ColumnTableModel[ReleaseRow]):
    def describe(self) -> Sequence[Column[ReleaseRow]]:
        return (
            Column(_("No."), lambda r: str(r.number)),
            Column(_("Released"), lambda r: _when(r.created_at)),
            Column(_("Scope"), lambda r: r.scope_label),
            Column(_("Changes"), lambda r: str(len(r.changes))),
            Column(_("Comment"), lambda r: r.comment),
        )


class ReleasesPage(QWidget):
    """The numbered releases, newest first, with the selected one's changelog.

    Signals:
        release_requested(): the user wants to publish the programme.
    """

    release_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = ReleasesTableModel(self)
        self.table = _table(self.model, "releases_table")
        self.changelog = _read_only_text("release_changelog")
        new = QPushButton(_("Publish programme…"))
        new.clicked.connect(self.release_requested.emit)
        top = QHBoxLayout()
        top.addWidget(QLabel(_("<b>Releases</b> – what the public feeds, the web and Hláska show")))
        top.addStretch(1)
        top.addWidget(new)
        _lay_out(self, top, self.table, self.changelog)
        self.table.selectionModel().currentRowChanged.connect(self._show)
        ctx.bus.changed.connect(self._on_change)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(releases.list_releases(self.ctx.sm))
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.changelog.setPlainText(_(
                "Nothing has been released yet: public feeds, the web programme and Hláska show only released "
                "events."
            ))

    def _show(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            r = self.model.row_at(current.row())
            head = [f"{r.scope_label} – {_when(r.created_at)}" + (f" ({r.created_by})" if r.created_by else "")]
            if r.comment:
                head.append(r.comment)
            self.changelog.setPlainText("\n".join(head + [""] + [c.text for c in r.changes]))

    def _on_change(self, change: Change) -> None:
        if change.touches(RecordKind.RELEASE):
            self.reload()


# --------------------------------------------------------------------------- outbox


class NoticeColumn(IntEnum):
    STATE, TO, SUBJECT, ATTEMPTS, ANSWER = range(5)


STATE_COLOURS = {NoticeState.PENDING: "#0d47a1", NoticeState.SENDING: "#8a4b00", NoticeState.SENT: "#1b5e20",
                 NoticeState.FAILED: "#b71c1c", NoticeState.DISCARDED: "#555555"}


def state_label(state: NoticeState) -> str:
    labels = {
        NoticeState.PENDING: _("waiting"),
        NoticeState.SENDING: _("interrupted – check"),
        NoticeState.SENT: _("sent"),
        NoticeState.FAILED: _("failed"),
        NoticeState.DISCARDED: _("discarded"),
    }
    return labels[state]


class NoticesTableModel(ColumnTableModel[NoticeRow]):
    def describe(self) -> Sequence[Column[NoticeRow]]:
        return (
            Column(_("State"), lambda n: state_label(n.state) + (" · " + _("digest") if n.digest else ""),
                   foreground=lambda n: QColor(STATE_COLOURS[n.state])),
            Column(pgettext("NoticesTableModel", "To"), lambda n: f"{n.recipient_name} <{n.recipient_email}>" if n.recipient_name
                   else n.recipient_email),
            Column(_("Subject"), lambda n: n.subject),
            Column(_("Attempts"), lambda n: str(n.attempts)),
            Column(_("Server's answer"), lambda n: n.server_answer),
        )


class OutboxPage(QWidget):
    """Notices waiting to be sent: review, send, send the digest, retry, discard."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = NoticesTableModel(self)
        self.table = _table(self.model, "outbox_table")
        self.body = _read_only_text("outbox_body")
        self.send_button = QPushButton(_("Send waiting"))
        self.send_button.setObjectName("outbox_send")
        self.digest_button = QPushButton(_("Send daily digest"))
        self.retry_button = QPushButton(_("Back to waiting"))
        self.discard_button = QPushButton(_("Discard"))
        self.send_button.clicked.connect(lambda: self.send(digests=False))
        self.digest_button.clicked.connect(lambda: self.send(digests=True))
        self.retry_button.clicked.connect(self._requeue)
        self.discard_button.clicked.connect(self._discard)
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        for b in (self.send_button, self.digest_button, self.retry_button, self.discard_button):
            top.addWidget(b)
        _lay_out(self, top, self.table, self.body)
        self.table.selectionModel().currentRowChanged.connect(self._show)
        ctx.bus.changed.connect(self._on_change)
        self.reload()

    def reload(self) -> None:
        rows = notices.list_notices(self.ctx.sm)
        self.model.set_rows(rows)
        waiting = sum(1 for n in rows if n.state in (NoticeState.PENDING, NoticeState.FAILED))
        unsure = sum(1 for n in rows if n.state is NoticeState.SENDING)
        text = _("Waiting or failed: %1").replace("%1", str(waiting))
        if unsure:
            text += " · " + _("interrupted while sending: %1 (check with the recipient, then put back to waiting)").replace("%1", str(unsure))
        self.summary.setText(text)
        self._update_buttons()

    def selected(self) -> NoticeRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() and index.row() < self.model.rowCount() else None

    def _show(self, current: QModelIndex, _previous: QModelIndex) -> None:
        n = self.selected()
        if n is not None:
            head = _("To: %1").replace("%1", n.recipient_email) + "\n"
            head += _("Subject: %1").replace("%1", n.subject) + "\n"
            if n.attachment_name:
                head += _("Attachment: %1").replace("%1", n.attachment_name) + "\n"
            self.body.setPlainText(head + "\n" + n.body)
        self._update_buttons()

    def _update_buttons(self) -> None:
        n = self.selected()
        self.retry_button.setEnabled(n is not None and n.state in (NoticeState.FAILED, NoticeState.SENDING,
                                                                   NoticeState.DISCARDED))
        self.discard_button.setEnabled(n is not None and n.state in (NoticeState.PENDING, NoticeState.FAILED))

    def send(self, *, digests: bool) -> notices.SendReport | None:
        """Send the waiting notices (or the digest) through the SMTP server from the settings."""
        st = smtp_settings(self.ctx.settings)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

        def deliver() -> notices.SendReport:
            with SmtpMailer(st, get_password(st)) as mailer:
                return notices.send(self.ctx.sm, mailer, st, digests=digests)

        try:
            # Recorded in the history, but never an undo step: a mail that left cannot be called back.
            report = self.ctx.ops.run(self, deliver, undoable=False)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if report is None:
            return None
        text = _("Sent: %1, not sent: %2.").replace("%1", str(report.sent)).replace("%2", str(report.failed))
        if report.failed:
            messages.show_error(self, text + "\n\n" + "\n".join(report.answers[:5]))
        else:
            messages.show_info(self, text)
        return report

    def _requeue(self) -> None:
        n = self.selected()
        if n is None:
            return
        if n.state is NoticeState.SENDING and not messages.ask_yes_no(self, _(
            "Sending this notice was interrupted: the server may have delivered it. Send it again only if the "
            "recipient did not get it. Put it back to waiting?"
        )):
            return
        self._run(lambda: notices.requeue(self.ctx.sm, n.id, version=n.version))

    def _discard(self) -> None:
        n = self.selected()
        if n is not None:
            self._run(lambda: notices.discard(self.ctx.sm, n.id, version=n.version))

    def _run(self, action: Any) -> None:
        self.ctx.ops.run(self, action)

    def _on_change(self, change: Change) -> None:
        if change.touches(RecordKind.NOTICE, RecordKind.RELEASE):
            self.reload()


# --------------------------------------------------------------------------- subscribers


class SubscriberColumn(IntEnum):
    SERIES, NAME, EMAIL, DIGEST = range(4)


class SubscribersTableModel(ColumnTableModel[SubscriberRow]):
    def describe(self) -> Sequence[Column[SubscriberRow]]:
        return (
            Column(_("Series"), lambda r: r.series_name),
            Column(pgettext("SubscribersTableModel", "Name"), lambda r: r.name),
            Column(_("E-mail"), lambda r: r.email),
            Column(_("Daily digest"), lambda r: _("yes") if r.digest else _("no")),
        )


class SubscriberDialog(QDialog):
    """A new subscriber: series, name, e-mail, digest. Keeps the typed text when the e-mail is wrong."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(_("New subscriber"))
        self.series = QComboBox()
        for s in list_series(ctx.sm):
            self.series.addItem(s.name, s.id)
        self.name = QLineEdit()
        self.email = QLineEdit()
        self.email.setObjectName("subscriber_email")
        self.digest = QCheckBox(_("One daily digest instead of a mail per release"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b71c1c;")
        form = QFormLayout(self)
        form.addRow(_("Series:"), self.series)
        form.addRow(_("Name:"), self.name)
        form.addRow(_("E-mail:"), self.email)
        form.addRow("", self.digest)
        form.addRow("", self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(_("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Cancel"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _save(self) -> None:
        if self.series.currentData() is None:
            self.error.setText(_("Create a series first."))
            return
        draft = SubscriberDraft(self.series.currentData(), self.email.text(), self.name.text(),
                                self.digest.isChecked())
        try:
            self.ctx.ops.attempt(self.parentWidget(), lambda: notices.create_subscriber(self.ctx.sm, draft))
        except ValidationError as exc:
            self.error.setText(exc.message)
            self.email.setFocus()
            return
        except PlannerError as exc:
            messages.show_error(self, exc.message)
            return
        self.accept()


class SubscribersPage(QWidget):
    """People outside the office who get the notices of a series."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = SubscribersTableModel(self)
        self.table = _table(self.model, "subscribers_table")
        add = QPushButton(_("Add…"))
        add.clicked.connect(self.add)
        remove = QPushButton(_("Remove"))
        remove.clicked.connect(self.remove)
        top = QHBoxLayout()
        top.addWidget(QLabel(_("<b>Subscribers</b> get a notice when a release changes their series")))
        top.addStretch(1)
        top.addWidget(add)
        top.addWidget(remove)
        _lay_out(self, top, self.table)
        ctx.bus.changed.connect(lambda c: self.reload() if c.touches(RecordKind.SUBSCRIBER, RecordKind.SERIES) else None)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(notices.list_subscribers(self.ctx.sm))

    def add(self) -> None:
        dialog = SubscriberDialog(self.ctx, self)
        try:
            dialog.exec()  # the dialog saves through the operation runner, which broadcasts the change
        finally:
            dialog.deleteLater()

    def remove(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        row = self.model.row_at(index.row())
        if not messages.ask_yes_no(self, _("Remove %1 from the subscribers?").replace("%1", row.email)):
            return
        self.ctx.ops.run(self, lambda: notices.delete_subscriber(self.ctx.sm, row.id))
