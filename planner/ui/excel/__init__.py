"""Excel in the GUI: File > Export > Excel… and File > Import > Vendors/Programme from Excel…"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from planner.ui.context import AppContext

if TYPE_CHECKING:
    from planner.ui.main_window import MainWindow


def install(window: MainWindow, ctx: AppContext) -> None:
    """Add the Excel export and import actions to the File menu."""
    from planner.ui.excel.export_dialog import ExcelExportDialog
    from planner.ui.excel.import_dialog import ImportDialog

    act = window.menu_export.addAction(QCoreApplication.translate("ExcelMenu", "&Excel report…"), lambda: ExcelExportDialog.run(window, ctx))
    act.setObjectName("action_export_excel")
    act = window.menu_import.addAction(QCoreApplication.translate("ExcelMenu", "&Vendors from Excel…"),
                                       lambda: ImportDialog.run(window, ctx, "vendors"))
    act.setObjectName("action_import_vendors_excel")
    act = window.menu_import.addAction(QCoreApplication.translate("ExcelMenu", "&Programme from Excel…"),
                                       lambda: ImportDialog.run(window, ctx, "programme"))
    act.setObjectName("action_import_programme_excel")
