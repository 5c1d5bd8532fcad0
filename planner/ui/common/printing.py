"""The one printing helper: the page every printout uses, the printer dialog, the PDF writer and
the "Printed …" footer; and printing a widget as it is on screen (a view scaled onto one page, or
its text document over as many pages as it needs).

What the pages hold is drawn elsewhere: print_render.py paints the calendar, lists and event card
from PrintOptions, print_dialog.py is the preview with options, ui/markets paints its stall map (on
``page_painter``, through ``ask_printer`` and ``save_pdf`` like the rest).
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QMarginsF, QPoint, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPagedPaintDevice,
    QPainter,
    QPdfWriter,
    QRegion,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from planner.i18n import _
from planner.ui import messages
from planner.services.timeutil import UTC, format_date, format_time, local

log = logging.getLogger(__name__)

MARGIN_MM = 10.0


def page_layout() -> QPageLayout:
    """A4 landscape with 10 mm margins."""
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter,
    )


def new_printer() -> QPrinter:
    """Return a high-resolution printer set up for the page (A4 landscape, 10 mm margins)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout())
    return printer


def ask_printer(parent: QWidget | None, printer: QPrinter | None = None, *, title: str = "") -> QPrinter | None:
    """Show the system print dialog for ``printer`` (a new A4 landscape one by default); return the
    printer chosen, or None when cancelled (tests patch this)."""
    printer = printer or new_printer()
    dialog = QPrintDialog(printer, parent)
    if title:
        dialog.setWindowTitle(title)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
    finally:
        dialog.deleteLater()
    return printer


def pdf_writer(path: str, title: str = "") -> QPdfWriter:
    """Return a 300 dpi PDF writer on the page (A4 landscape), signed by the planner."""
    writer = QPdfWriter(path)
    writer.setResolution(300)
    writer.setPageLayout(page_layout())
    if title:
        writer.setTitle(title)
    writer.setCreator("Opava Event Planner")
    return writer


def save_pdf(parent: QWidget | None, caption: str, suggested: str, write: Callable[[str], object],
             *, path: str | None = None) -> str | None:
    """Ask for a PDF file (unless ``path`` is given; ".pdf" added when missing), ``write`` it, and say so
    when it failed or came out empty; return the path written, or None."""
    path = path or messages.ask_save_file(parent, caption, suggested, _("PDF documents (*.pdf)"))
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    try:
        write(path)
    except OSError as exc:
        messages.show_cannot_write(parent, path, exc)
        return None
    if not Path(path).exists() or Path(path).stat().st_size == 0:
        messages.show_cannot_write(parent, path)
        return None
    return path


@contextmanager
def page_painter(device: QPagedPaintDevice) -> Iterator[tuple[QPainter, QRectF]]:
    """Paint one page on a printer or PDF writer: yield a painter begun on it and the printable area
    (origin at the margin); raise OSError when the device cannot start. Ending the painter finishes the file."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(_("Cannot start printing."))
    try:
        paint = device.pageLayout().paintRectPixels(device.logicalDpiX())
        yield painter, QRectF(0, 0, paint.width(), paint.height())
    finally:
        painter.end()


def render_page(device: QPagedPaintDevice, widget: QWidget, title: str, subtitle: str, printed: str = "") -> None:
    """Paint a title, a subtitle (the date range) and the widget scaled to fit one page."""
    with page_painter(device) as (painter, area):
        dpi = device.logicalDpiY()
        title_font = QFont(widget.font())
        title_font.setPointSizeF(16)
        title_font.setBold(True)
        sub_font = QFont(widget.font())
        sub_font.setPointSizeF(11)
        small = QFont(widget.font())
        small.setPointSizeF(8)

        y = 0.0
        painter.setFont(title_font)
        h = painter.fontMetrics().height()
        painter.drawText(QRectF(0, y, area.width(), h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        y += h
        painter.setFont(sub_font)
        h = painter.fontMetrics().height()
        painter.drawText(QRectF(0, y, area.width(), h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, subtitle)
        if printed:
            painter.setFont(small)
            painter.drawText(
                QRectF(0, y, area.width(), h), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, printed
            )
        y += h + dpi * 0.1

        target = QRectF(0, y, area.width(), area.height() - y)
        image = grab_for_page(widget, target.height() / target.width(), min(3.0, target.width() / 1000))
        if image is None:
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, image)


def grab_for_page(widget: QWidget, aspect: float, ratio: float, min_width: int = 1000) -> QImage | None:
    """Render the widget laid out in the page's proportions (height/width) into an image.

    The widget is resized for the moment of rendering, so a view fills the page (a week
    view shows more hours) instead of being shrunk with empty paper under it. The image
    is drawn at ``ratio`` times the screen resolution: painting the widget straight onto a
    300 dpi device would size its fonts for that device, not for the screen.
    """
    old = widget.size()
    width = max(old.width(), min_width)
    height = max(1, round(width * aspect))
    if width <= 0:
        return None
    resized = (width, height) != (old.width(), old.height())
    if resized:
        widget.resize(width, height)
    try:
        ratio = max(1.0, ratio)
        image = QImage(round(width * ratio), round(height * ratio), QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.white)
        widget.render(
            image, QPoint(0, 0), QRegion(),
            QWidget.RenderFlag.DrawChildren | QWidget.RenderFlag.DrawWindowBackground,
        )
    finally:
        if resized:
            widget.resize(old)
    return image


def printed_on(now: dt.datetime | None = None) -> str:
    """Return the footer text 'Printed 26. 11. 2026 9:05'."""
    when = now or dt.datetime.now(UTC)  # shown in Prague time, whatever the machine's zone
    return _("Printed %1").replace(
        "%1", f"{format_date(local(when).date())} {format_time(when)}"
    )


@runtime_checkable
class HasTextDocument(Protocol):
    """A view that can give its contents as a text document (the agenda)."""

    def document(self) -> QTextDocument: ...


def text_document_of(widget: QWidget) -> QTextDocument | None:
    """Return the view's printable text (a list view such as the agenda offers one), if any."""
    if not isinstance(widget, HasTextDocument):
        return None
    doc = widget.document()
    return doc if isinstance(doc, QTextDocument) else None


def render_document(device: QPagedPaintDevice, doc: QTextDocument, title: str, subtitle: str, printed: str = "") -> None:
    """Print a text document over as many pages as it needs, headed by the title and range."""
    cursor = QTextCursor(doc)
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    esc = html.escape
    cursor.insertHtml(
        f"<h2>{esc(title)}</h2><p>{esc(subtitle)}"
        + (f"<span style='font-size:small'> · {esc(printed)}</span>" if printed else "")
        + "</p>"
    )
    cursor.insertBlock()
    doc.print_(device)


def _print_to(device: QPagedPaintDevice, widget: QWidget, title: str, subtitle: str) -> None:
    doc = text_document_of(widget)
    if doc is not None:
        render_document(device, doc, title, subtitle, printed_on())
    else:
        render_page(device, widget, title, subtitle, printed_on())


def print_widget(printer: QPrinter, widget: QWidget, title: str, subtitle: str) -> None:
    """Print the view on A4 landscape: a list view as paged text, any other view as one page."""
    printer.setPageLayout(page_layout())
    printer.setDocName(title)
    _print_to(printer, widget, title, subtitle)


def export_pdf(path: str, widget: QWidget, title: str, subtitle: str) -> None:
    """Write the view to an A4 landscape PDF (like print_widget)."""
    _print_to(pdf_writer(path, title), widget, title, subtitle)  # QPainter.end() / print_() finish the file


__all__ = [
    "MARGIN_MM", "ask_printer", "export_pdf", "new_printer", "page_layout", "page_painter", "pdf_writer",
    "print_widget",
    "printed_on", "render_document", "render_page", "save_pdf", "text_document_of",
]
