"""File > Import > iCalendar…: a preview of what an import does, before anything is written."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.formats.ical_lines import ReadNote
from planner.i18n import _
from planner.services.formatting import format_date_range
from planner.services.ical_import import Action, ImportItem, ImportReport
from planner.services.timeutil import first_last_day, format_date, format_time, local
from planner.ui.common.table_model import Column, ColumnTableModel
from planner.ui.common.table_view import row_table

_COLOURS = {Action.NEW: "#2e7d32", Action.UPDATED: "#1565c0", Action.UNCHANGED: "#757575", Action.SKIPPED: "#c62828"}


def changes_of(report: ImportReport) -> int:
    return report.new + report.updated


class PreviewColumn(IntEnum):
    ACTION = 0
    START = 1
    TITLE = 2
    NOTE = 3


class ImportPreviewModel(ColumnTableModel[ImportItem]):
    """Table model over the items of an ImportReport (sorts itself; the uid is every cell's tooltip)."""

    def describe(self) -> Sequence[Column[ImportItem]]:
        return (
            Column(_("Result"), lambda i: self.action_label(i.action), sort=lambda i: list(Action).index(i.action),
                   tooltip=_uid, foreground=lambda i: QColor(_COLOURS[i.action])),
            Column(_("Start"), _start_text, sort=lambda i: i.start.timestamp() if i.start else 0.0, tooltip=_uid),
            Column(_("Title"), lambda i: i.title or i.uid, sort=lambda i: i.title or i.uid, tooltip=_uid),
            Column(_("Note"), self._note, sort=self._note, tooltip=_uid),
        )

    def set_report(self, report: ImportReport) -> None:
        self.set_rows(report.items)

    def action_label(self, action: Action) -> str:
        return {
            Action.NEW: _("New"), Action.UPDATED: _("Updated"),
            Action.UNCHANGED: _("Unchanged"), Action.SKIPPED: _("Skipped"),
        }[action]

    def _note(self, item: ImportItem) -> str:
        if item.reason:
            return _("line %1: %2").replace("%1", str(item.line)).replace("%2", item.reason)
        return ""


def _uid(item: ImportItem) -> str:
    return item.uid


def _start_text(item: ImportItem) -> str:
    if item.start is None or item.action is Action.SKIPPED and not item.title:
        return ""
    if item.all_day and item.end is not None:
        first, last = first_last_day(item.start, item.end)
        return format_date_range(first, last)
    return f"{format_date(local(item.start).date())} {format_time(item.start)}"


class IcalImportDialog(QDialog):
    """Shows what importing a file would do; the caller imports only when accepted."""

    def __init__(self, report: ImportReport, file_name: str, calendar_name: str = "",
                 parent: QWidget | None = None, notes: Sequence[ReadNote] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Import from iCalendar"))
        self.setObjectName("IcalImportDialog")
        self.report = report
        heading = QLabel()
        heading.setWordWrap(True)
        name = f" ({calendar_name})" if calendar_name else ""
        heading.setText(_("File: %1").replace("%1", file_name + name))
        self.summary = QLabel(_("New: %1 · Updated: %2 · Unchanged: %3 · Skipped: %4")
                              .replace("%1", str(report.new)).replace("%2", str(report.updated))
                              .replace("%3", str(report.unchanged)).replace("%4", str(report.skipped)))
        self.summary.setObjectName("summary")
        # What the reader repaired, assumed or left out, and why less (or nothing) is imported.
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setReadOnly(True)
        self.notes.setPlainText("\n".join(self.note_text(n) for n in notes))
        self.notes.setVisible(bool(notes))
        self.notes.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        if changes_of(report) == 0 and (report.skipped or any(n.skipped for n in notes)):
            self.summary.setText(self.summary.text() + " — " + _("nothing can be imported; the reasons are below."))

        self.model = ImportPreviewModel(self)
        self.model.set_report(report)
        self.table = row_table(self.model, fit=(PreviewColumn.ACTION, PreviewColumn.START),
                               sort_by=(PreviewColumn.START, Qt.SortOrder.AscendingOrder))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PreviewColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PreviewColumn.NOTE, QHeaderView.ResizeMode.Stretch)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        changes = changes_of(report)
        self.import_button.setText(_("Import (%1)").replace("%1", str(changes)) if changes
                                   else _("Nothing to import"))
        self.import_button.setEnabled(changes > 0)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.notes)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 520)

    def note_text(self, note: ReadNote) -> str:
        """Return one reader note as the preview shows it: "line 12: skipped: ..." or "line 12: ..."."""
        where = _("line %1").replace("%1", str(note.line)) + ": " if note.line else ""
        if note.skipped:
            return where + _("skipped: %1").replace("%1", note.text)
        return where + note.text

    @classmethod
    def ask(cls, report: ImportReport, file_name: str, calendar_name: str = "",
            parent: QWidget | None = None, notes: Sequence[ReadNote] = ()) -> bool:
        """Show the preview; return True when the user chose to import."""
        dialog = cls(report, file_name, calendar_name, parent, notes)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
