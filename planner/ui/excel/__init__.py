"""Excel in the GUI: File > Export > Excel… and File > Import > Vendors/Programme from Excel…"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from planner.ui.context import AppContext

if TYPE_CHECKING:
    from planner.ui.main_window import MainWindow


def _export(window: MainWindow, ctx: AppContext) -> None:
    # imported on first use: openpyxl is about a fifth of the start's imports (issue 13)
    from planner.ui.excel.export_dialog import ExcelExportDialog

    ExcelExportDialog.run(window, ctx)


def _import(window: MainWindow, ctx: AppContext, kind: str) -> None:
    from planner.ui.excel.import_dialog import ImportDialog

    ImportDialog.run(window, ctx, kind)


def install(window: MainWindow, ctx: AppContext) -> None:
    """Add the Excel export and import actions to the File menu (the dialogs load on first use)."""
    act = window.menu_export.addAction(QCoreApplication.translate("ExcelMenu", "&Excel report…"),
                                       lambda: _export(window, ctx))
    act.setObjectName("action_export_excel")
    act = window.menu_import.addAction(QCoreApplication.translate("ExcelMenu", "&Vendors from Excel…"),
                                       lambda: _import(window, ctx, "vendors"))
    act.setObjectName("action_import_vendors_excel")
    act = window.menu_import.addAction(QCoreApplication.translate("ExcelMenu", "&Programme from Excel…"),
                                       lambda: _import(window, ctx, "programme"))
    act.setObjectName("action_import_programme_excel")
