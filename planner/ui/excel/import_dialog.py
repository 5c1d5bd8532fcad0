"""File > Import > Vendors / Programme from Excel…: map columns, preview every row, write all or nothing."""

from __future__ import annotations

import logging
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.formats import xlsx_import as xi
from planner.ui.excel.background import run_with_progress
from planner.models.enums import EventCategory
from planner.services import events as event_service
from planner.services.dto import EventQuery
from planner.ui import messages
from planner.ui.context import AppContext

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex


class PreviewColumn(IntEnum):
    LINE = 0
    ACTION = 1
    LABEL = 2
    DETAILS = 3


class PreviewTableModel(QAbstractTableModel):
    """The rows of an import preview: line, what happens, name/title, changes or reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[xi.RowResult] = []

    def set_rows(self, rows: list[xi.RowResult]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(PreviewColumn)

    def _action(self, action: str) -> str:
        return {
            xi.NEW: self.tr("new"), xi.UPDATED: self.tr("updated"), xi.UNCHANGED: self.tr("unchanged"),
            xi.REJECTED: self.tr("rejected"),
        }[action]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = PreviewColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col is PreviewColumn.LINE:
                return r.line
            if col is PreviewColumn.ACTION:
                return self._action(r.action)
            if col is PreviewColumn.LABEL:
                return r.label
            if r.action == xi.REJECTED:
                return r.reason
            if r.changes:
                return self.tr("Changes: %1").replace("%1", ", ".join(r.changes))
            return ""
        if role == Qt.ItemDataRole.ForegroundRole and r.action == xi.REJECTED:
            return QColor("#b00020")
        if role == Qt.ItemDataRole.UserRole:
            return r.line if col is PreviewColumn.LINE else self.data(index)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Row"), self.tr("Result"), self.tr("Name"), self.tr("Details"))[section]


class ImportDialog(QDialog):
    """Two steps: map the sheet's columns to fields, then preview and import (all or nothing)."""

    def __init__(self, ctx: AppContext, kind: str, sheet: xi.Sheet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.sheet = sheet
        self.preview: xi.ImportPreview | None = None
        self.setObjectName("ExcelImportDialog")
        self.setWindowTitle(self.tr("Import vendors from Excel") if kind == "vendors"
                            else self.tr("Import programme from Excel"))

        info = QLabel(self.tr("File %1, sheet “%2”, header in row %3, %4 data rows.")
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
            form.addRow(self.tr("Festival edition:"), self.edition)
        hint = QLabel(self.tr("Which column holds which field? Columns were guessed from their headers."))
        hint.setWordWrap(True)
        form.addRow(hint)
        guessed = xi.guess_mapping(sheet.headers, kind)
        self.columns: dict[str, QComboBox] = {}
        for f in xi.FIELDS[kind]:
            combo = QComboBox()
            combo.addItem(self.tr("(not imported)"), None)
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
        self.model = PreviewTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PreviewColumn.LINE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PreviewColumn.LINE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PreviewColumn.ACTION, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(PreviewColumn.LABEL, 240)
        header.setStretchLastSection(True)
        self.save_rejected = QPushButton(self.tr("Save rejected rows…"))
        self.save_rejected.clicked.connect(self._save_rejected)
        box.addWidget(self.summary)
        box.addWidget(self.table, 1)
        box.addWidget(self.save_rejected, 0, Qt.AlignmentFlag.AlignLeft)

        self.steps = QStackedWidget()
        self.steps.addWidget(mapping_page)
        self.steps.addWidget(preview_page)

        self.buttons = QDialogButtonBox()
        self.back = self.buttons.addButton(self.tr("< Back"), QDialogButtonBox.ButtonRole.ActionRole)
        self.next = self.buttons.addButton(self.tr("Preview >"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
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
            messages.show_error(self, self.tr("Each column can be mapped to one field only."))
            return False
        try:
            if self.kind == "vendors":
                self.preview = xi.preview_vendors(self.ctx.sm, self.sheet, mapping)
            else:
                if self.edition is None or self.edition.currentData() is None:
                    messages.show_error(self, self.tr("Choose the festival edition the programme belongs to."))
                    return False
                self.preview = xi.preview_programme(self.ctx.sm, self.sheet, self.edition.currentData(), mapping)
        except PlannerError as exc:
            messages.show_error(self, exc.message)
            return False
        p = self.preview
        self.model.set_rows(list(p.rows))
        self.table.resizeRowsToContents()
        text = self.tr("New: %1, updated: %2, unchanged: %3, rejected: %4.") \
            .replace("%1", str(p.count(xi.NEW))).replace("%2", str(p.count(xi.UPDATED))) \
            .replace("%3", str(p.count(xi.UNCHANGED))).replace("%4", str(p.count(xi.REJECTED)))
        if not p.ok:
            text += " " + self.tr("Nothing can be imported until the rejected rows are fixed in the file "
                                  "(or left out); save them to see why.")
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
                                  undo_text=self.tr("Import from %1").replace("%1", self.sheet.path.name))
        if counts is None:
            return  # the runner said why; the dialog stays with the preview
        messages.show_info(self, self.tr("Imported: %1 new, %2 updated.")
                           .replace("%1", str(counts.created)).replace("%2", str(counts.updated)),
                           self.windowTitle())
        self.accept()

    def _save_rejected(self) -> None:
        if self.preview is None:
            return
        suggested = str(self.sheet.path.with_name(self.sheet.path.stem + "-" + self.tr("rejected") + ".xlsx"))
        path = messages.ask_save_file(self, self.tr("Save rejected rows"), suggested,
                                      self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        try:
            xi.write_rejected(self.preview, path)
        except OSError as exc:
            messages.show_error(self, self.tr("Cannot write %1: %2").replace("%1", path)
                                .replace("%2", exc.strerror or str(exc)))

    @classmethod
    def run(cls, parent: QWidget, ctx: AppContext, kind: str) -> bool:
        """Ask for a spreadsheet, read it, and run the import dialog; return True when imported."""
        path = messages.ask_open_file(parent, QCoreApplication.translate("ImportDialog", "Open spreadsheet"),
                                      QCoreApplication.translate("ImportDialog", "Excel workbook (*.xlsx);;All files (*)"))
        if not path:
            return False
        try:
            label = QCoreApplication.translate("ExcelProgress", "Reading %1…").replace("%1", Path(path).name)
            sheet = run_with_progress(parent, label, lambda stop: xi.read_sheet(Path(path), kind, should_stop=stop))
        except PlannerError as exc:
            messages.show_error(parent, exc.message)
            return False
        dialog = cls(ctx, kind, sheet, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted
