"""File > Import > Vendors / Programme from Excel…: map columns, preview every row, write all or nothing."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.formats import xlsx_import as xi
from planner.i18n import _, pgettext
from planner.ui.excel.background import run_with_progress
from planner.models.enums import EventCategory
from planner.services import events as event_service
from planner.services.dto import EventQuery
from planner.ui import messages
from planner.ui.common.table_model import Column, ColumnTableModel
from planner.ui.common.table_view import row_table
from planner.ui.context import AppContext

log = logging.getLogger(__name__)

class PreviewColumn(IntEnum):
    LINE = 0
    ACTION = 1
    LABEL = 2
    DETAILS = 3


REJECTED_COLOUR = QColor("#b00020")


class PreviewTableModel(ColumnTableModel[xi.RowResult]):
    """The rows of an import preview: line, what happens, name/title, changes or reason."""

    def describe(self) -> Sequence[Column[xi.RowResult]]:
        red = self._colour
        return (
            Column(_("Row"), lambda r: r.line, value_tooltip=True, foreground=red),
            Column(_("Result"), lambda r: self._action(r.action), value_tooltip=True, foreground=red),
            Column(_("Name"), lambda r: r.label, value_tooltip=True, foreground=red),
            Column(_("Details"), self._details, value_tooltip=True, foreground=red),
        )

    def _action(self, action: str) -> str:
        return {
            xi.NEW: _("new"), xi.UPDATED: _("updated"), xi.UNCHANGED: _("unchanged"),
            xi.REJECTED: _("rejected"),
        }[action]

    def _details(self, r: xi.RowResult) -> str:
        if r.action == xi.REJECTED:
            return r.reason
        if r.changes:
            return _("Changes: %1").replace("%1", ", ".join(r.changes))
        return ""

    @staticmethod
    def _colour(r: xi.RowResult) -> QColor | None:
        return REJECTED_COLOUR if r.action == xi.REJECTED else None


class ImportDialog(QDialog):
    """Two steps: map the sheet's columns to fields, then preview and import (all or nothing)."""

    def __init__(self, ctx: AppContext, kind: str, sheet: xi.Sheet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.sheet = sheet
        self.preview: xi.ImportPreview | None = None
        self.setObjectName("ExcelImportDialog")
        self.setWindowTitle(_("Import vendors from Excel") if kind == "vendors"
                            else _("Import programme from Excel"))

        info = QLabel(_("File %1, sheet “%2”, header in row %3, %4 data rows.")
                      .replace("%1", sheet.path.name).replace("%2", sheet.name)
                      .replace("%3", str(sheet.header_row)).replace("%4", str(len(sheet.rows))))
        info.setWordWrap(True)

        # Step 1: mapping
        mapping_page = QWidget()
        form = QFormLayout(mapping_page)
        self.edition: QComboBox | None = None
        if kind == "programme":
            self.edition = QComboBox()
            for e in event_service.list_events(ctx.sm, EventQuery(categories=frozenset({EventCategory.FESTIVAL}))):
                self.edition.addItem(e.title, e.id)
            form.addRow(_("Festival edition:"), self.edition)
        hint = QLabel(_("Which column holds which field? Columns were guessed from their headers."))
        hint.setWordWrap(True)
        form.addRow(hint)
        guessed = xi.guess_mapping(sheet.headers, kind)
        self.columns: dict[str, QComboBox] = {}
        for f in xi.FIELDS[kind]:
            combo = QComboBox()
            combo.addItem(_("(not imported)"), None)
            for i, _header in enumerate(sheet.headers):
                combo.addItem(sheet.column_name(i), i)
            if f.key in guessed:
                combo.setCurrentIndex(combo.findData(guessed[f.key]))
            self.columns[f.key] = combo
            form.addRow(f.label + (" *" if f.required else "") + ":", combo)

        # Step 2: preview
        preview_page = QWidget()
        box = QVBoxLayout(preview_page)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = PreviewTableModel(self)  # sorts itself (by line, result, name or details)
        self.table = row_table(self.model, fit=(PreviewColumn.LINE, PreviewColumn.ACTION),
                               sort_by=(PreviewColumn.LINE, Qt.SortOrder.AscendingOrder))
        self.table.horizontalHeader().resizeSection(PreviewColumn.LABEL, 240)
        self.save_rejected = QPushButton(_("Save rejected rows…"))
        self.save_rejected.clicked.connect(self._save_rejected)
        box.addWidget(self.summary)
        box.addWidget(self.table, 1)
        box.addWidget(self.save_rejected, 0, Qt.AlignmentFlag.AlignLeft)

        self.steps = QStackedWidget()
        self.steps.addWidget(mapping_page)
        self.steps.addWidget(preview_page)

        self.buttons = QDialogButtonBox()
        self.back = self.buttons.addButton(_("< Back"), QDialogButtonBox.ButtonRole.ActionRole)
        self.next = self.buttons.addButton(_("Preview >"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = self.buttons.addButton(_("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.back.clicked.connect(self.show_mapping)
        self.next.clicked.connect(self.show_preview)
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 560)
        self.show_mapping()

    # --- steps ----------------------------------------------------------------

    def mapping(self) -> dict[str, int]:
        """Return field key -> column index as chosen in the mapping step."""
        return {k: c.currentData() for k, c in self.columns.items() if c.currentData() is not None}

    def show_mapping(self) -> None:
        self.steps.setCurrentIndex(0)
        self.back.setEnabled(False)
        self.next.setEnabled(True)
        self.import_button.setEnabled(False)

    def show_preview(self) -> bool:
        """Validate every row with the chosen mapping and show the result; False on a file problem."""
        mapping = self.mapping()
        used = list(mapping.values())
        if len(used) != len(set(used)):
            messages.show_error(self, _("Each column can be mapped to one field only."))
            return False
        try:
            if self.kind == "vendors":
                self.preview = xi.preview_vendors(self.ctx.sm, self.sheet, mapping)
            else:
                if self.edition is None or self.edition.currentData() is None:
                    messages.show_error(self, _("Choose the festival edition the programme belongs to."))
                    return False
                self.preview = xi.preview_programme(self.ctx.sm, self.sheet, self.edition.currentData(), mapping)
        except PlannerError as exc:
            messages.show_error(self, exc.message)
            return False
        p = self.preview
        self.model.set_rows(list(p.rows))
        self.table.resizeRowsToContents()
        text = _("New: %1, updated: %2, unchanged: %3, rejected: %4.") \
            .replace("%1", str(p.count(xi.NEW))).replace("%2", str(p.count(xi.UPDATED))) \
            .replace("%3", str(p.count(xi.UNCHANGED))).replace("%4", str(p.count(xi.REJECTED)))
        if not p.ok:
            text += " " + _(
                "Nothing can be imported until the rejected rows are fixed in the file (or left out); save them to "
                "see why."
            )
        self.summary.setText(text)
        self.steps.setCurrentIndex(1)
        self.back.setEnabled(True)
        self.next.setEnabled(False)
        self.save_rejected.setEnabled(not p.ok)
        self.import_button.setEnabled(p.ok and (p.count(xi.NEW) + p.count(xi.UPDATED)) > 0)
        return True

    def do_import(self) -> None:
        """Write all new and updated rows in one transaction: one operation, one undo step."""
        if self.preview is None:
            return
        preview = self.preview
        counts = self.ctx.ops.run(self, lambda: xi.apply_import(self.ctx.sm, preview),
                                  undo_text=_("Import from %1").replace("%1", self.sheet.path.name))
        if counts is None:
            return  # the runner said why; the dialog stays with the preview
        messages.show_info(self, _("Imported: %1 new, %2 updated.")
                           .replace("%1", str(counts.created)).replace("%2", str(counts.updated)),
                           self.windowTitle())
        self.accept()

    def _save_rejected(self) -> None:
        if self.preview is None:
            return
        suggested = str(self.sheet.path.with_name(self.sheet.path.stem + "-" + pgettext("ImportDialog", "rejected") + ".xlsx"))
        path = messages.ask_save_file(self, _("Save rejected rows"), suggested,
                                      _("Excel workbook (*.xlsx)"))
        if not path:
            return
        try:
            xi.write_rejected(self.preview, path)
        except OSError as exc:
            messages.show_cannot_write(self, path, exc)

    @classmethod
    def run(cls, parent: QWidget, ctx: AppContext, kind: str) -> bool:
        """Ask for a spreadsheet, read it, and run the import dialog; return True when imported."""
        path = messages.ask_open_file(parent, _("Open spreadsheet"),
                                      _("Excel workbook (*.xlsx);;All files (*)"))
        if not path:
            return False
        try:
            label = _("Reading %1…").replace("%1", Path(path).name)
            sheet = run_with_progress(parent, label, lambda stop: xi.read_sheet(Path(path), kind, should_stop=stop))
        except PlannerError as exc:
            messages.show_error(parent, exc.message)
            return False
        dialog = cls(ctx, kind, sheet, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted
