"""Print preview with options: what (day, week, work week, month, agenda, venues, vendors), the span, hours, fit.

The dialog only: the pages come from print_render.py, the page, printer dialog and PDF writer from
printing.py.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.i18n import _
from planner.services._common import SM
from planner.ui import messages
from planner.ui.common.date_edit import DateEdit
from planner.ui.common import printing
from planner.ui.common.print_render import PrintOptions, print_calendar
from planner.ui.common.printing import new_printer, pdf_writer

log = logging.getLogger(__name__)


def write_pdf(path: str, sm: SM, options: PrintOptions, footer: str = "") -> int:
    """Write the options' pages to an A4 landscape PDF; return the page count."""
    return print_calendar(pdf_writer(path), sm, options, footer)


class PrintPreviewDialog(QDialog):
    """The pages as they will print, with the options beside them; Print… and Save as PDF…."""

    def __init__(self, sm: SM, options: PrintOptions, parent: QWidget | None = None, *, footer: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Print preview"))
        self.sm = sm
        self.footer = footer
        self._base = options
        self.printer = new_printer()

        self.kind = QComboBox()
        for key, label in (
            ("day", _("Day")), ("week", _("Week")), ("workweek", _("Work week")),
            ("month", _("Month")), ("agenda", _("List of events (agenda)")),
            ("venues", _("Venue list")), ("vendors", _("Vendor list")),
        ):
            self.kind.addItem(label, key)
        if options.kind == "event":  # one event's card, opened from its editor
            self.kind.addItem(_("Event card"), "event")
        self.kind.setCurrentIndex(max(0, self.kind.findData(options.kind)))
        self.first = DateEdit(options.first)
        self.last = DateEdit(options.last)
        self.hour_from = QSpinBox()
        self.hour_from.setRange(0, 23)
        self.hour_from.setValue(options.hour_from)
        self.hour_from.setSuffix(":00")
        self.hour_to = QSpinBox()
        self.hour_to.setRange(1, 24)
        self.hour_to.setValue(options.hour_to)
        self.hour_to.setSuffix(":00")
        self.fit = QCheckBox(_("Fit the hours on one page"))
        self.fit.setChecked(options.fit_to_page)

        form = QFormLayout()
        form.addRow(_("&Print:"), self.kind)
        form.addRow(_("&From:"), self.first)
        form.addRow(_("&To:"), self.last)
        hours = QWidget()  # a widget, not a layout: the label's &H then focuses the first spin box
        row = QHBoxLayout(hours)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.hour_from)
        row.addWidget(self.hour_to)
        hours.setFocusProxy(self.hour_from)
        form.addRow(_("&Hours:"), hours)
        form.addRow("", self.fit)
        self._hour_widgets: list[QWidget] = [self.hour_from, self.hour_to, self.fit]

        self.preview = QPrintPreviewWidget(self.printer)
        self.preview.paintRequested.connect(self._paint)
        self.print_button = QPushButton(_("P&rint…"))
        self.print_button.clicked.connect(self.print_)
        self.pdf_button = QPushButton(_("Save as P&DF…"))
        self.pdf_button.clicked.connect(self.save_pdf)
        close = QPushButton(_("Close"))
        close.clicked.connect(self.reject)

        side = QVBoxLayout()
        side.addLayout(form)
        side.addStretch(1)
        for button in (self.print_button, self.pdf_button, close):
            side.addWidget(button)
        box = QHBoxLayout(self)
        box.addLayout(side)
        box.addWidget(self.preview, 1)

        for signal in (self.kind.currentIndexChanged, self.first.dateChanged, self.last.dateChanged,
                       self.hour_from.valueChanged, self.hour_to.valueChanged, self.fit.toggled):
            signal.connect(self._changed)
        self._sync()
        self.kind.setFocus()
        self.resize(1100, 680)

    def options(self) -> PrintOptions:
        """Return the options as chosen."""
        first, last = self.first.value(), self.last.value()
        if last < first:
            first, last = last, first
        hour_from, hour_to = self.hour_from.value(), self.hour_to.value()
        if hour_to <= hour_from:
            hour_to = min(24, hour_from + 1)
        return replace(self._base, kind=str(self.kind.currentData()), first=first, last=last,
                       hour_from=hour_from, hour_to=hour_to, fit_to_page=self.fit.isChecked())

    def _sync(self) -> None:
        kind = self.kind.currentData()
        for w in self._hour_widgets:
            w.setEnabled(kind in ("day", "week", "workweek"))
        for w in (self.first, self.last):
            w.setEnabled(kind not in ("venues", "vendors", "event"))

    def _changed(self) -> None:
        self._sync()
        self.preview.updatePreview()

    def _paint(self, printer: QPrinter) -> None:
        try:
            print_calendar(printer, self.sm, self.options(), self.footer)
        except OSError as exc:  # a printer that cannot start
            log.info("preview failed: %s", exc)

    def print_(self) -> bool:
        """Print on a printer chosen in the system dialog (tests patch printing.ask_printer)."""
        if printing.ask_printer(self, self.printer) is None:
            return False
        try:
            print_calendar(self.printer, self.sm, self.options(), self.footer)
        except OSError as exc:
            messages.show_error(self, str(exc))
            return False
        return True

    def save_pdf(self) -> str | None:
        """Save the pages as a PDF file; return its path."""
        return printing.save_pdf(self, _("Save as PDF"), _("calendar.pdf"),
                                 lambda path: write_pdf(path, self.sm, self.options(), self.footer))


def show_preview(parent: QWidget, sm: SM, options: PrintOptions, footer: str = "") -> PrintPreviewDialog:
    """Open the print preview (modeless, so tests and the user can keep the calendar in view)."""
    dialog = PrintPreviewDialog(sm, options, parent, footer=footer)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def default_options(kind: str, first: dt.date, last: dt.date, colour_by: str = "series") -> PrintOptions:
    """Options for printing what a calendar view shows (the venue timeline prints as a week)."""
    printed = {"timeline": "week"}.get(kind, kind)
    return PrintOptions(kind=printed, first=first, last=last, colour_by=colour_by)


__all__ = ["PrintPreviewDialog", "default_options", "show_preview", "write_pdf"]
