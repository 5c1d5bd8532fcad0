"""Excel in the GUI: File > Export > Excel… and File > Import > Vendors/Programme from Excel…"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from planner.ui.context import AppContext
from planner.ui.excel.export_dialog import ExcelExportDialog
from planner.ui.excel.import_dialog import ImportDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExcelMenu", text)


class ExcelFeature(QObject):
    """The Excel actions of one main window (the window puts them in its File menu)."""

    def __init__(self, window: QWidget, ctx: AppContext) -> None:
        super().__init__(window)
        self.act_export = QAction(_tr("&Excel report…"), self)
        self.act_export.setObjectName("action_export_excel")
        self.act_export.triggered.connect(lambda: ExcelExportDialog.run(window, ctx))
        self.act_import_vendors = QAction(_tr("&Vendors from Excel…"), self)
        self.act_import_vendors.setObjectName("action_import_vendors_excel")
        self.act_import_vendors.triggered.connect(lambda: ImportDialog.run(window, ctx, "vendors"))
        self.act_import_programme = QAction(_tr("&Programme from Excel…"), self)
        self.act_import_programme.setObjectName("action_import_programme_excel")
        self.act_import_programme.triggered.connect(lambda: ImportDialog.run(window, ctx, "programme"))


__all__ = ["ExcelFeature"]
