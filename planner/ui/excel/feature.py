"""Excel in the GUI: File > Export > Excel… and File > Import > Vendors/Programme from Excel…"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from planner.i18n import _
from planner.ui.context import AppContext


def _export(window: QWidget, ctx: AppContext) -> None:
    # imported on first use: openpyxl is about a fifth of the start's imports (issue 13)
    from planner.ui.excel.export_dialog import ExcelExportDialog

    ExcelExportDialog.run(window, ctx)


def _import(window: QWidget, ctx: AppContext, kind: str) -> None:
    from planner.ui.excel.import_dialog import ImportDialog

    ImportDialog.run(window, ctx, kind)


class ExcelFeature(QObject):
    """The Excel actions of one main window (the window puts them in its File menu; dialogs load on first use)."""

    def __init__(self, window: QWidget, ctx: AppContext) -> None:
        super().__init__(window)
        self.act_export = QAction(_("&Excel report…"), self)
        self.act_export.setObjectName("action_export_excel")
        self.act_export.triggered.connect(lambda: _export(window, ctx))
        self.act_import_vendors = QAction(_("&Vendors from Excel…"), self)
        self.act_import_vendors.setObjectName("action_import_vendors_excel")
        self.act_import_vendors.triggered.connect(lambda: _import(window, ctx, "vendors"))
        self.act_import_programme = QAction(_("&Programme from Excel…"), self)
        self.act_import_programme.setObjectName("action_import_programme_excel")
        self.act_import_programme.triggered.connect(lambda: _import(window, ctx, "programme"))

