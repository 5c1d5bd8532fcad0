"""Printing the stall map through the one printing helper (ui/common/printing): the printer dialog, the
A4 landscape page, the PDF writer and the save-as flow."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from planner.ui import messages
from planner.ui.common import printing

# A4 landscape in PDF points (297 × 210 mm)
_A4_LANDSCAPE = (841.9, 595.3)


def _is_a4_landscape(size: tuple[float, float]) -> bool:
    return all(abs(got - want) < 1 for got, want in zip(size, _A4_LANDSCAPE, strict=True))


def _media_box(path: Path) -> tuple[float, float]:
    """Return the page size written into the PDF's first /MediaBox (width, height in points)."""
    found = re.search(rb"/MediaBox \[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]", path.read_bytes())
    assert found, "no /MediaBox in the PDF"
    x0, y0, x1, y1 = (float(v) for v in found.groups())
    return round(x1 - x0, 1), round(y1 - y0, 1)


def test_export_asks_for_the_file_adds_pdf_and_says_where_it_went(page, tmp_path, monkeypatch) -> None:
    asked: list[tuple[str, str, str]] = []

    def ask(parent, title, suggested, filters, **_kw) -> str:
        asked.append((title, suggested, filters))
        return str(tmp_path / "plánek")

    monkeypatch.setattr(messages, "ask_save_file", ask)
    path = page.export_pdf()
    assert path == str(tmp_path / "plánek.pdf")
    assert asked == [("Uložit plánek stánků", f"{page.market.title}.pdf", "Dokumenty PDF (*.pdf)")]
    data = Path(path).read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000
    assert _is_a4_landscape(_media_box(Path(path)))
    assert path in page.banner.text()


@pytest.mark.qt_log_ignore("QPainter::begin")  # Qt says so when the PDF file cannot be opened
def test_a_file_that_cannot_be_written_is_named_in_an_error(page, tmp_path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, text, title=None: shown.append(text))
    target = tmp_path / "chybí" / "mapa.pdf"  # the folder does not exist
    assert page.export_pdf(str(target)) is None
    assert shown and str(target) in shown[0] and not page.banner.isVisible()


def test_print_goes_to_the_printer_chosen_in_the_dialog(page, tmp_path, monkeypatch) -> None:
    chosen: list[QPrinter] = []

    def ask(parent, printer=None, *, title=""):
        printer = printer or printing.new_printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # the "printer" the user picked
        printer.setOutputFileName(str(tmp_path / "tisk.pdf"))
        chosen.append(printer)
        return printer

    monkeypatch.setattr(printing, "ask_printer", ask)
    assert page.print_map()
    assert chosen and chosen[0].docName() == page.market.title
    assert (tmp_path / "tisk.pdf").read_bytes().startswith(b"%PDF")
    assert _is_a4_landscape(_media_box(tmp_path / "tisk.pdf"))


def test_a_cancelled_printer_dialog_prints_nothing(page, monkeypatch) -> None:
    monkeypatch.setattr(printing, "ask_printer", lambda parent, printer=None, *, title="": None)
    assert page.print_map() is False
