"""File > Export > iCalendar…: choose which events go into the .ics file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.formats.publish import Selection, slug
from planner.i18n import _
from planner.services import events as event_service
from planner.services.series import list_series
from planner.services.staff import list_staff
from planner.services.venues import list_venues
from planner.ui import messages
from planner.ui.context import AppContext
from planner.ui.common.date_edit import DateEdit

_ERROR_STYLE = "border: 1px solid #c62828;"


@dataclass(frozen=True)
class ExportRequest:
    """What the user chose: the selection, whether internal notes go along, and the file."""

    selection: Selection
    include_internal: bool
    path: Path


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class IcalExportDialog(QDialog):
    """Selection of events for an iCalendar export (nothing is written by the dialog)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(_("Export to iCalendar"))
        self.setObjectName("IcalExportDialog")
        today = today or dt.date.today()

        self.series = QComboBox()
        self.series.addItem(_("All series"), None)
        for s in list_series(ctx.sm):
            self.series.addItem(s.name, (s.id, s.name))
        self.venue = QComboBox()
        self.venue.addItem(_("All venues"), None)
        for v in list_venues(ctx.sm):
            self.venue.addItem(v.name, (v.id, v.name))
        self.staff = QComboBox()
        self.staff.addItem(_("Everyone"), None)
        for p in list_staff(ctx.sm):
            self.staff.addItem(p.name, (p.id, p.name))

        self.limit_dates = QCheckBox(_("Only events from"))
        self.date_from = DateEdit(_qdate(today))
        self.date_to = DateEdit(_qdate(today + dt.timedelta(days=365)))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d. M. yyyy")
            edit.setEnabled(False)
        self.limit_dates.toggled.connect(self.date_from.setEnabled)
        self.limit_dates.toggled.connect(self.date_to.setEnabled)
        dates = QHBoxLayout()
        dates.addWidget(self.limit_dates)
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(_("to")))
        dates.addWidget(self.date_to)
        dates.addStretch(1)

        self.public_only = QCheckBox(_("Public events only"))
        self.include_cancelled = QCheckBox(_("Include cancelled events (so that subscribers remove them)"))
        self.include_internal = QCheckBox(_("Include internal notes and staff e-mail addresses"))
        self.include_internal.setToolTip(_("Only for files that stay inside the office."))

        self.path = QLineEdit(str(Path.home() / "opava.ics"))
        browse = QPushButton(_("Browse…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)

        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(_("Series:"), self.series)
        form.addRow(_("Venue:"), self.venue)
        form.addRow(_("Responsible person:"), self.staff)
        form.addRow(_("Dates:"), dates)
        form.addRow("", self.public_only)
        form.addRow("", self.include_cancelled)
        form.addRow("", self.include_internal)
        form.addRow(_("File:"), file_row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(_("Export"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(_("Cancel"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.count_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        for combo in (self.series, self.venue, self.staff):
            combo.currentIndexChanged.connect(self._update_count)
        for box in (self.limit_dates, self.public_only, self.include_cancelled):
            box.toggled.connect(self._update_count)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._update_count)
        self.resize(560, self.sizeHint().height())
        self._update_count()

    # --- values ------------------------------------------------------------

    def selection(self) -> Selection:
        """Return the selection the widgets describe."""
        series, venue, staff = self.series.currentData(), self.venue.currentData(), self.staff.currentData()
        limited = self.limit_dates.isChecked()
        return Selection(
            series_id=series[0] if series else None, series_name=series[1] if series else "",
            venue_id=venue[0] if venue else None, venue_name=venue[1] if venue else "",
            staff_id=staff[0] if staff else None, staff_name=staff[1] if staff else "",
            first_day=_pydate(self.date_from.date()) if limited else None,
            last_day=_pydate(self.date_to.date()) if limited else None,
            public_only=self.public_only.isChecked(),
            include_cancelled=self.include_cancelled.isChecked(),
        )

    def request(self) -> ExportRequest:
        return ExportRequest(self.selection(), self.include_internal.isChecked(), Path(self.path.text().strip()))

    def _update_count(self) -> None:
        selection = self.selection()
        if selection.first_day and selection.last_day and selection.last_day < selection.first_day:
            self.count_label.setText("")
            return
        n = event_service.count_events(self.ctx.sm, selection.query())
        self.count_label.setText(_("Events to export: %1").replace("%1", str(n)))

    def _browse(self) -> None:
        suggested = self.path.text().strip() or str(Path.home() / f"opava-{slug(self.selection().title())}.ics")
        path = messages.ask_save_file(self, _("Export to iCalendar"), suggested,
                                      _("iCalendar files (*.ics)"))
        if path:
            self.path.setText(path if path.lower().endswith(".ics") else path + ".ics")

    def _mark(self, widget: QWidget | None, text: str) -> None:
        for w in (self.path, self.date_to):
            w.setStyleSheet("")
        self.error_label.setText(text)
        if widget is not None:
            widget.setStyleSheet(_ERROR_STYLE)
            widget.setFocus()

    def _accept(self) -> None:
        selection = self.selection()
        if selection.first_day and selection.last_day and selection.last_day < selection.first_day:
            self._mark(self.date_to, _("The last day is before the first one."))
            return
        text = self.path.text().strip()
        if not text:
            self._mark(self.path, _("Choose the file to write."))
            return
        if not Path(text).parent.is_dir():
            self._mark(self.path, _("The folder %1 does not exist.").replace("%1", str(Path(text).parent)))
            return
        if not text.lower().endswith(".ics"):
            self.path.setText(text + ".ics")
        self._mark(None, "")
        self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> ExportRequest | None:
        """Show the dialog; return the user's choice, or None when cancelled."""
        dialog = cls(ctx, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.request()
            return None
        finally:
            dialog.deleteLater()
