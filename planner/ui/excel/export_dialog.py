"""File > Export > Excel…: choose a report and its filters, a file, then write it with progress."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QMainWindow,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.formats import excel
from planner.i18n import _
from planner.models.enums import EventCategory
from planner.services import events as event_service
from planner.services import markets as market_service
from planner.services import series as series_service
from planner.services import staff as staff_service
from planner.services import venues as venue_service
from planner.services.dto import EventQuery
from planner.ui import messages
from planner.ui.context import AppContext
from planner.ui.common.date_edit import DateEdit

log = logging.getLogger(__name__)

# Which filters each report uses.
_FILTERS = {
    "programme": {"edition", "series", "range", "public", "cancelled"},
    "events": {"series", "venue", "staff", "range", "public", "cancelled"},
    "venues": {"range", "public", "cancelled", "archived"},
    "vendors": {"archived"},
    "market": {"market"},
}


def _day(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class ExcelExportDialog(QDialog):
    """Pick a report and its filters; ``request()`` returns what to export."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(_("Export to Excel"))
        self.setObjectName("ExcelExportDialog")
        sm = ctx.sm

        self.report = QComboBox()
        for key, text in (
            ("programme", _("Programme of a festival edition or series")),
            ("events", _("Events in a period")),
            ("venues", _("Venues with number of events")),
            ("vendors", _("Vendors and suppliers")),
            ("market", _("Market stall plan")),
        ):
            self.report.addItem(text, key)

        self.edition = QComboBox()
        self.edition.addItem(_("(none – use the series)"), None)
        for e in event_service.list_events(sm, EventQuery(categories=frozenset({EventCategory.FESTIVAL}))):
            self.edition.addItem(e.title, e.id)
        self.series = QComboBox()
        self.series.addItem(_("(all)"), None)
        for s in series_service.list_series(sm):
            self.series.addItem(s.name, s.id)
        self.venue = QComboBox()
        self.venue.addItem(_("(all)"), None)
        for v in venue_service.list_venues(sm):
            self.venue.addItem(v.name, v.id)
        self.staff = QComboBox()
        self.staff.addItem(_("(anyone)"), None)
        for p in staff_service.list_staff(sm):
            self.staff.addItem(p.name, p.id)
        self.market = QComboBox()
        markets = market_service.list_markets(sm)
        for m in markets:
            self.market.addItem(m.title, m.event_id)
        default = market_service.default_market(markets, dt.date.today())
        if default is not None:
            self.market.setCurrentIndex(self.market.findData(default.event_id))

        today = QDate.currentDate()
        self.use_from = QCheckBox(_("From"))
        self.date_from = DateEdit(QDate(today.year(), today.month(), 1))
        self.use_to = QCheckBox(_("to"))
        self.date_to = DateEdit(QDate(today.year(), 12, 31))
        for w in (self.date_from, self.date_to):
            w.setCalendarPopup(True)
            w.setDisplayFormat("d. M. yyyy")
            w.setEnabled(False)
        self.use_from.toggled.connect(self.date_from.setEnabled)
        self.use_to.toggled.connect(self.date_to.setEnabled)
        self.range = QWidget()
        row = QHBoxLayout(self.range)
        row.setContentsMargins(0, 0, 0, 0)
        for part in (self.use_from, self.date_from, self.use_to, self.date_to):
            row.addWidget(part)
        row.addStretch(1)
        self.public = QCheckBox(_("Only public events"))
        self.cancelled = QCheckBox(_("Include cancelled events"))
        self.archived = QCheckBox(_("Include archived records"))

        self.form = QFormLayout()
        self.form.addRow(_("Report:"), self.report)
        self._rows = {
            "edition": (_("Festival edition:"), self.edition),
            "series": (_("Series:"), self.series),
            "venue": (_("Venue:"), self.venue),
            "staff": (_("Responsible:"), self.staff),
            "market": (_("Market:"), self.market),
            "range": (_("Period:"), self.range),
            "public": ("", self.public),
            "cancelled": ("", self.cancelled),
            "archived": ("", self.archived),
        }
        for label, widget in self._rows.values():
            self.form.addRow(label, widget)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(_("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.report.currentIndexChanged.connect(self._update_rows)
        self._update_rows()
        self.resize(560, self.sizeHint().height())

    def _update_rows(self) -> None:
        used = _FILTERS[self.report.currentData()]
        for key, (_label, widget) in self._rows.items():
            self.form.setRowVisible(widget, key in used)
        self.export_button.setEnabled(self.report.currentData() != "market" or self.market.count() > 0)

    def select_report(self, key: str) -> None:
        """Choose a report by its key ("programme", "events", ...)."""
        self.report.setCurrentIndex(self.report.findData(key))

    def request(self) -> excel.ReportRequest:
        """Return the report request the dialog describes."""
        key = self.report.currentData()
        used = _FILTERS[key]

        def data(name: str, combo: QComboBox) -> int | None:
            return combo.currentData() if name in used else None

        first: dt.date | None = None
        last: dt.date | None = None
        if "range" in used:
            if self.use_from.isChecked():
                first = _day(self.date_from.date())
            if self.use_to.isChecked():
                last = _day(self.date_to.date())
        return excel.ReportRequest(
            key, first_day=first, last_day=last, series_id=data("series", self.series),
            venue_id=data("venue", self.venue), staff_id=data("staff", self.staff),
            edition_id=data("edition", self.edition), market_id=data("market", self.market),
            public_only="public" in used and self.public.isChecked(),
            include_cancelled="cancelled" in used and self.cancelled.isChecked(),
            include_archived="archived" in used and self.archived.isChecked(),
        )

    def problem(self) -> str | None:
        """Return why the request cannot be exported as it stands, or None."""
        req = self.request()
        if req.report == "programme" and req.edition_id is None and req.series_id is None:
            return _("Choose a festival edition or a series for the programme.")
        if req.first_day and req.last_day and req.last_day < req.first_day:
            return _("The last day is before the first day.")
        return None

    def _on_accept(self) -> None:
        text = self.problem()
        if text:
            messages.show_error(self, text)
            return
        self.accept()

    def suggested_name(self) -> str:
        """Return a file name for the save dialog, e.g. 'program-2026-11-26.xlsx'."""
        names = {"programme": _("programme"), "events": _("events"), "venues": _("venues"),
                 "vendors": _("vendors"), "market": _("market")}
        return f"{names[self.report.currentData()]}-{dt.date.today().isoformat()}.xlsx"

    @classmethod
    def run(cls, parent: QWidget, ctx: AppContext) -> Path | None:
        """Ask for a report and a file, write it with a cancellable progress dialog; return the file."""
        dialog = cls(ctx, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        req = dialog.request()
        start = str(Path.home() / dialog.suggested_name())
        path = messages.ask_save_file(parent, _("Save Excel report"), start,
                                      _("Excel workbook (*.xlsx)"))
        if not path:
            return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        return export_with_progress(parent, ctx, req, Path(path))


def export_with_progress(parent: QWidget | None, ctx: AppContext, req: excel.ReportRequest,
                         path: Path) -> Path | None:
    """Write the report, showing a cancellable progress dialog for large exports."""
    progress = QProgressDialog(
        _("Writing the Excel report…"),
        _("Cancel"), 0, 100, parent,
    )
    progress.setWindowTitle(_("Export to Excel"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)  # small exports finish before it would appear

    def report_progress(done: int, total: int) -> bool:
        progress.setMaximum(max(total, 1))
        progress.setValue(done)
        QApplication.processEvents()
        return not progress.wasCanceled()

    try:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written, rows = excel.export_report(ctx.sm, req, path, report_progress)
        finally:
            QApplication.restoreOverrideCursor()
            progress.close()
    except excel.ExportCancelled:
        return None
    except PlannerError as exc:
        messages.show_error(parent, exc.message)
        return None
    except OSError as exc:
        messages.show_cannot_write(parent, path, exc)
        return None
    if isinstance(parent, QMainWindow):
        parent.statusBar().showMessage(_("Excel report saved: %1 (rows: %2)")
                          .replace("%1", str(written)).replace("%2", str(rows)), 8000)
    return written
