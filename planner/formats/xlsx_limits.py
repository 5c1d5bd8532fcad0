"""Limits of a spreadsheet we import, checked before the work (no Qt).

A .xlsx is a zip of XML; 4.8 KB can declare a sheet of a million rows by sixteen thousand
columns, and 412 KB can inflate to gigabytes. Before openpyxl builds anything, we check

- the file size (MAX_FILE_BYTES),
- the zip's declared sizes: members, total uncompressed size, compression ratio (a zip
  bomb); reading never inflates more than a member declares, so these bound the work,
- then stream every sheet in openpyxl's read-only mode, bounded to MAX_ROWS x MAX_COLUMNS,
  counting the rows and cells really used (MAX_ROWS, MAX_CELLS),

and the normal load afterwards reads only the measured area. Each limit has its own
message saying what to do (split the file, save it again in Excel).
"""

from __future__ import annotations

import re
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from openpyxl import load_workbook

from planner.errors import ImportFileError, PlannerError
from planner.i18n import _
from planner.services.formatting import format_integer

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 40 * 1024 * 1024
MAX_MEMBERS = 1000
MAX_RATIO = 100  # for members above RATIO_FLOOR bytes: XML compresses 5-20x, bombs 1000x
RATIO_FLOOR = 1024 * 1024
MAX_ROWS = 20_000
MAX_COLUMNS = 60
MAX_CELLS = 300_000
# Rows above the header the import looks at; the header may sit a little below the title.
HEADER_ROWS = 20

ShouldStop = Callable[[], bool]


class ImportCancelled(PlannerError):
    """The user cancelled reading the file; nothing was imported."""

    def __init__(self) -> None:
        super().__init__(_("The import was cancelled; nothing was imported."))


@dataclass(frozen=True)
class Extent:
    """The used area of one sheet: rows and columns up to the last non-empty cell."""

    rows: int
    columns: int


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.0f} MB"


def check_archive(path: Path) -> None:
    """Refuse a file too large, or a zip that declares too much (before inflating anything)."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ImportFileError(_(
            "{name}: the file has {mb}; the import accepts at most {mb_max_file_bytes}. Split the table into "
            "smaller files."
        ).format(name=path.name, mb=_mb(size), mb_max_file_bytes=_mb(MAX_FILE_BYTES)))
    try:
        with zipfile.ZipFile(path) as zf:
            members = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError) as exc:
        # NotImplementedError: a member claims a newer zip version or method; RuntimeError: an encrypted member
        raise ImportFileError(_("{name}: the workbook is damaged ({exc}).").format(name=path.name, exc=exc)) from exc
    if len(members) > MAX_MEMBERS:
        raise ImportFileError(_(
            "{name}: the workbook has {len} parts (at most {MAX_MEMBERS}); save it again in Excel."
        ).format(name=path.name, len=len(members), MAX_MEMBERS=MAX_MEMBERS))
    total = sum(m.file_size for m in members)
    bomb = any(m.file_size > RATIO_FLOOR and m.file_size > MAX_RATIO * max(m.compress_size, 1) for m in members)
    if total > MAX_UNCOMPRESSED_BYTES or bomb:
        if bomb:
            text = _("{name}: unpacked, the workbook would have {size} (at most {limit}, and it is suspiciously "
                     "compressed). Split the table into smaller files.")
        else:
            text = _("{name}: unpacked, the workbook would have {size} (at most {limit}). Split the table into "
                     "smaller files.")
        raise ImportFileError(text.format(name=path.name, size=_mb(total), limit=_mb(MAX_UNCOMPRESSED_BYTES)))


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Za-z]{1,3})(\d{1,7})(?::([A-Za-z]{1,3})(\d{1,7}))?"')


def _column(letters: bytes) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ch - 64
    return n


def check_merges(path: Path) -> None:
    """Refuse merged ranges covering more cells than the import reads (openpyxl makes one object per cell)."""
    area = 0
    with zipfile.ZipFile(path) as zf:
        for m in zf.infolist():
            if not m.filename.startswith("xl/worksheets/") or not m.filename.endswith(".xml"):
                continue
            data = zf.read(m)  # bounded: check_archive limited the declared sizes
            for a_col, a_row, b_col, b_row in _MERGE.findall(data):
                if not b_col:
                    continue
                rows = abs(int(b_row) - int(a_row)) + 1
                cols = abs(_column(b_col) - _column(a_col)) + 1
                area += rows * cols
    if area > MAX_CELLS:
        raise ImportFileError(_(
            "{name}: merged cells cover {area} cells, more than the import reads ({limit}). Unmerge the cells and "
            "save the file again."
        ).format(name=path.name, area=format_integer(area), limit=format_integer(MAX_CELLS)))


def measure(path: Path, should_stop: ShouldStop | None = None) -> dict[str, Extent]:
    """Stream every sheet (read-only mode, bounded) and return its used area; refuse too many rows or cells."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb = load_workbook(path, read_only=True, data_only=True)
    try:
        out: dict[str, Extent] = {}
        cells = 0
        for ws in wb.worksheets:
            last_row = last_col = 0
            for i, row in enumerate(ws.iter_rows(values_only=True, max_row=MAX_ROWS + HEADER_ROWS + 1,
                                                 max_col=MAX_COLUMNS), start=1):
                if should_stop is not None and i % 500 == 0 and should_stop():
                    raise ImportCancelled()
                used = [j for j, v in enumerate(row, start=1) if v not in (None, "")]
                if used:
                    last_row, last_col = i, max(last_col, used[-1])
                    cells += len(used)
            if last_row > MAX_ROWS + HEADER_ROWS:
                raise ImportFileError(_(
                    "{name}, sheet {sheet}: the table has more than {limit} rows, the most the import accepts. "
                    "Split it into smaller files."
                ).format(name=path.name, sheet=ws.title, limit=format_integer(MAX_ROWS)))
            if cells > MAX_CELLS:
                raise ImportFileError(_(
                    "{name}: the workbook has more than {limit} filled cells, the most the import accepts. Split "
                    "it into smaller files."
                ).format(name=path.name, limit=format_integer(MAX_CELLS)))
            out[ws.title] = Extent(last_row, last_col)
        return out
    finally:
        wb.close()


__all__ = ["Extent", "ImportCancelled", "MAX_CELLS", "MAX_COLUMNS", "MAX_FILE_BYTES", "MAX_ROWS",
           "MAX_UNCOMPRESSED_BYTES", "check_archive", "check_merges", "measure"]
