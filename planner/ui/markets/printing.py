"""Printing the stall map of the markets page: the printer, a PDF, a picture for `planner render`."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from planner.i18n import _, pgettext
from planner.ui import messages
from planner.ui.markets.map_page import map_titles, paint_map_page

if TYPE_CHECKING:
    from planner.ui.markets.page import MarketsPage


class MarketPrinting(QObject):
    """Prints the map shown on the page (its day and colouring) on one A4 landscape page."""

    def __init__(self, page: MarketsPage) -> None:
        super().__init__(page)
        self.page = page

    def map_title(self) -> tuple[str, str]:
        """Return the title and subtitle printed above the map."""
        assert self.page.market is not None
        return map_titles(self.page.market, self.page.map_tab.map_day(), self.page.map_tab.colour_combo.currentText(), dt.date.today())

    def paint_map(self, painter: QPainter, page: QRectF) -> None:
        title, subtitle = self.map_title()
        paint_map_page(painter, page, self.page.map_tab.scene, title, subtitle)

    def print_to(self, printer: QPrinter) -> bool:
        """Print the map on one A4 landscape page of the printer; return whether it worked."""
        printer.setPageLayout(QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape, QMarginsF(10, 10, 10, 10),
            QPageLayout.Unit.Millimeter,
        ))
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            rect = printer.pageLayout().paintRectPixels(printer.resolution())
            self.paint_map(painter, QRectF(0, 0, rect.width(), rect.height()))
        finally:
            painter.end()
        return True

    def export_pdf(self, path: str | None = None) -> str | None:
        """Write the map to a PDF (asks for the file unless given); return the path."""
        if self.page.market is None:
            return None
        path = path or messages.ask_save_file(
            self.page, _("Export the stall map"), f"{self.page.market.title}.pdf", _("PDF files (*.pdf)"),
        )
        if not path:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(path)
        printer.setDocName(self.page.market.title)
        if not self.print_to(printer):
            messages.show_error(self.page, pgettext("MarketPrinting", "Cannot write %1.").replace("%1", path))
            return None
        self.page.show_message(_("The map was saved to %1.").replace("%1", path))
        return path

    def print_map(self) -> None:
        if self.page.market is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if ask_printer(self.page, printer):
            self.print_to(printer)

    def render_map(self, size: QSize) -> QImage:
        """Return a picture of the map page at the size (for `planner render --view market`)."""
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        margin = max(8, size.width() // 80)
        self.paint_map(painter, QRectF(margin, margin, size.width() - 2 * margin, size.height() - 2 * margin))
        painter.end()
        return image


def ask_printer(parent: QWidget, printer: QPrinter) -> bool:
    """Show the system print dialog; return True when the user chose to print."""
    dialog = QPrintDialog(printer, parent)
    return dialog.exec() == QPrintDialog.DialogCode.Accepted
