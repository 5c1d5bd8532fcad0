"""A small spreadsheet for import tests: the rows as given, on the first sheet."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook


def write_sheet(path: Path, rows: list[list[object]], merge: str | None = None) -> Path:
    """Write the rows to an .xlsx file (``merge``: a cell range to merge, e.g. "A1:C1"); return its path."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for r in rows:
        ws.append(r)
    if merge:
        ws.merge_cells(merge)
    wb.save(path)
    return path
