"""Printing the stall map of the markets page: the printer, a PDF, a picture for `planner render`.

What is printed (the map of the shown day, its colouring, the legend) is the markets' own; the page
(A4 landscape), the printer dialog, the PDF file and the save-as flow are ui/common/printing's.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPagedPaintDevice, QPainter

from planner.i18n import _
from planner.ui import messages
from planner.ui.common import printing
from planner.ui.markets.map_page import map_titles, paint_map_page
from planner.ui.markets.map_style import colour_by_label

if TYPE_CHECKING:
    from planner.ui.markets.page import MarketsPage


class MarketPrinting(QObject):
    """Prints the map shown on the page (its day and colouring) on one page (A4 landscape)."""

    def __init__(self, page: MarketsPage) -> None:
        super().__init__(page)
        self.page = page

    def map_title(self) -> tuple[str, str]:
        """Return the title and subtitle printed above the map."""
        assert self.page.market is not None
        tab = self.page.map_tab
        return map_titles(self.page.market, tab.map_day(), colour_by_label(tab.colour_by()), dt.date.today())

    def paint_map(self, painter: QPainter, page: QRectF) -> None:
        title, subtitle = self.map_title()
        paint_map_page(painter, page, self.page.map_tab.scene, title, subtitle)

    def print_to(self, device: QPagedPaintDevice) -> None:
        """Paint the map on one page of a printer or PDF writer (raise OSError when it cannot start)."""
        with printing.page_painter(device) as (painter, area):
            self.paint_map(painter, area)

    def write_pdf(self, path: str) -> None:
        """Write the map into an A4 landscape PDF file."""
        assert self.page.market is not None
        self.print_to(printing.pdf_writer(path, self.page.market.title))

    def export_pdf(self, path: str | None = None) -> str | None:
        """Write the map to a PDF (asks for the file unless given); return the path."""
        if self.page.market is None:
            return None
        written = printing.save_pdf(self.page, _("Export the stall map"), f"{self.page.market.title}.pdf",
                                    self.write_pdf, path=path)
        if written is not None:
            self.page.show_message(_("The map was saved to %1.").replace("%1", written))
        return written

    def print_map(self) -> bool:
        """Print the map on a printer chosen in the system dialog; return whether it was printed."""
        if self.page.market is None:
            return False
        printer = printing.ask_printer(self.page)
        if printer is None:
            return False
        printer.setDocName(self.page.market.title)
        try:
            self.print_to(printer)
        except OSError as exc:
            messages.show_error(self.page, str(exc))
            return False
        return True

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
