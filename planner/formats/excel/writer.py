"""Writing a Report to .xlsx with openpyxl in write-only mode: styles, Czech number formats, print setup, atomic save.

Why this module is long: streaming a sheet in write-only mode with every cell styled by its
column (the style cache, the cell prototypes, coercion of values) and saving it atomically is
one job; the report builders that feed it live in reports.py.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from copy import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from planner.formats.files import make_shared
from planner.i18n import _, N_, language
from planner.services.timeutil import format_date, local


log = logging.getLogger(__name__)

APP_NAME = "Plánovač akcí Opava"
DATE_FORMAT = "d. m. yyyy"
TIME_FORMAT = "H:mm"
CZK_FORMAT = '#,##0.00 "Kč"'
INT_FORMAT = "0"
DECIMAL_FORMAT = "0.0#"
PROGRESS_EVERY = 500
LINE_HEIGHT = 15  # points per line of 11 pt text
# Characters that make Excel or LibreOffice treat a typed-in value as a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
REPORTS = ("programme", "events", "venues", "vendors", "market")

# Progress callback: (rows done, rows total) -> False to cancel.
Progress = Callable[[int, int], bool]


class ExportCancelled(Exception):
    """The user cancelled a running export; no file was written."""


ROLE_STALLHOLDER = N_("market stallholder")
ROLE_SUPPLIER = N_("service supplier")


def yes_no(flag: bool) -> str:
    return _("yes") if flag else _("no")


def roles_text(is_stallholder: bool, is_supplier: bool) -> str:
    """Return a vendor's roles as one readable cell ('prodejce na trhu, dodavatel služeb')."""
    parts = [_(r) for r, on in ((ROLE_STALLHOLDER, is_stallholder), (ROLE_SUPPLIER, is_supplier)) if on]
    return ", ".join(parts)


# --- the report model -----------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """One report column: header, cell type and width (in characters)."""

    header: str
    kind: str = "text"  # text, date, time, int, decimal, money
    width: float = 14
    wrap: bool = False
    total: bool = False


@dataclass(frozen=True)
class Report:
    """A titled table ready to be written: rows hold Python values in column order."""

    name: str
    title: str
    columns: tuple[Column, ...]
    rows: Sequence[Sequence[object]]
    selection: tuple[str, ...] = ()
    totals_label: str = ""
    notes: tuple[str, ...] = ()
    sheet: str = ""

    @property
    def landscape(self) -> bool:
        """Return True when the columns are too wide for a portrait A4 page."""
        return sum(c.width for c in self.columns) > 95

    @property
    def has_totals(self) -> bool:
        return any(c.total for c in self.columns)


@dataclass
class _Styles:
    """Prototype cells whose style arrays are copied onto each written cell (fast)."""

    title: WriteOnlyCell
    selection: WriteOnlyCell
    header: WriteOnlyCell
    by_column: list[WriteOnlyCell]
    text_plain: WriteOnlyCell
    totals_label: WriteOnlyCell
    totals: list[WriteOnlyCell]
    quoted: dict[int, WriteOnlyCell] = field(default_factory=dict)


_FORMATS = {"date": DATE_FORMAT, "time": TIME_FORMAT, "int": INT_FORMAT, "decimal": DECIMAL_FORMAT,
            "money": CZK_FORMAT}


def _styles(ws: Any, columns: Sequence[Column]) -> _Styles:
    thin = Side(style="thin", color="808080")

    def proto(**attrs: Any) -> WriteOnlyCell:
        c = WriteOnlyCell(ws)
        for k, v in attrs.items():
            setattr(c, k, v)
        return c

    by_column = []
    totals = []
    for col in columns:
        attrs: dict[str, Any] = {}
        if col.kind in _FORMATS:
            attrs["number_format"] = _FORMATS[col.kind]
        attrs["alignment"] = Alignment(vertical="top", wrap_text=col.wrap or None)
        by_column.append(proto(**attrs))
        totals.append(proto(font=Font(bold=True), border=Border(top=thin),
                            number_format=_FORMATS.get(col.kind, "General")))
    return _Styles(
        title=proto(font=Font(bold=True, size=14)),
        selection=proto(font=Font(italic=True, color="404040")),
        header=proto(
            font=Font(bold=True), fill=PatternFill("solid", fgColor="D9E1F2"),
            border=Border(bottom=thin), alignment=Alignment(vertical="center", wrap_text=True),
        ),
        by_column=by_column,
        text_plain=proto(alignment=Alignment(vertical="top")),
        totals_label=proto(font=Font(bold=True), border=Border(top=thin)),
        totals=totals,
    )


def is_formula_like(text: str) -> bool:
    """Return True for text a spreadsheet would evaluate if typed in (formula injection)."""
    return text.startswith(FORMULA_TRIGGERS)


def _cell(ws: Any, value: object, proto: WriteOnlyCell) -> WriteOnlyCell:
    c = WriteOnlyCell(ws, value)
    if isinstance(value, str) and c.data_type != "s":
        # openpyxl would store "=..." as a formula: force a plain string.
        c.data_type = "s"
    c._style = copy(proto._style)  # the documented openpyxl idiom for copying a style
    if isinstance(value, str) and is_formula_like(value):
        # quotePrefix keeps the cell text even when the user edits and confirms it.
        c.quotePrefix = True
    return c


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


class _StyledCell(Cell):  # type: ignore[misc]  # openpyxl ships no type hints
    """A data cell whose style is fixed for its column.

    openpyxl's write-only append first tries to store a cell *as a value*, which fails
    by formatting repr(cell) into the error, and it re-hashes the style of every cell
    to find its id. Both are constants per column here: a short repr and the id looked
    up once keep a styled report within reach of writing bare values.
    """

    __slots__ = ("_style_id",)

    def __repr__(self) -> str:
        return "<cell>"

    @property
    def style_id(self) -> int:
        style_id: int = self._style_id
        return style_id


class _ColumnCell:
    """A reusable styled cell for one column (safe because rows are written on append)."""

    def __init__(self, ws: Any, proto: WriteOnlyCell) -> None:
        self.plain = self._styled(ws, proto, quoted=False)
        self.quoted = self._styled(ws, proto, quoted=True)

    @staticmethod
    def _styled(ws: Any, proto: WriteOnlyCell, *, quoted: bool) -> _StyledCell:
        c = _StyledCell(ws, row=1, column=1)
        c._style = copy(proto._style)
        if quoted:
            # quotePrefix keeps formula-like text as text even when the user edits it.
            c.quotePrefix = True
        c._style_id = Cell.style_id.fget(c)
        return c

    def set(self, value: object) -> WriteOnlyCell:
        text = isinstance(value, str)
        c = self.quoted if isinstance(value, str) and is_formula_like(value) else self.plain
        c.value = value
        if text and c.data_type != "s":
            c.data_type = "s"  # openpyxl would store "=..." as a formula: force a plain string
        return c


def _append_cells_directly(ws: Any) -> None:
    """Make the write-only sheet take the cells we append as they are.

    openpyxl's ``_values_to_row`` first assigns each appended item as a cell *value*,
    which raises (and catches) a ValueError for every styled cell: a third of the
    report's time (issue 13). The replacement treats cells as cells and values as
    openpyxl does; on an openpyxl without that hook the sheet is left alone.
    """
    if not callable(getattr(ws, "_values_to_row", None)):
        return

    def values_to_row(values: Sequence[object], row_idx: int) -> Iterator[Cell]:
        spare = WriteOnlyCell(ws)
        for col_idx, value in enumerate(values, 1):
            if value is None:
                continue
            if isinstance(value, Cell):
                cell = value
            else:
                spare.value = value
                cell = spare
            cell.column = col_idx
            cell.row = row_idx
            if cell.hyperlink is not None:
                cell.hyperlink.ref = cell.coordinate
            yield cell
            if cell is spare and (spare.has_style or spare.hyperlink):
                spare = WriteOnlyCell(ws)

    ws._values_to_row = values_to_row


def _text(value: str) -> str:
    # XML 1.0 cannot carry most control characters; keep tab, LF and CR.
    return _CONTROL.sub("", value) if _CONTROL.search(value) else value


def _coerce(value: object) -> object:
    if isinstance(value, str):
        return _text(value)
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return local(value).replace(tzinfo=None)
    return value


# A scratch file this old belongs to an export that was killed, not to one still running.
LEFTOVER_AGE = 3600


def remove_leftovers(folder: Path, target_name: str = "") -> list[Path]:
    """Delete what killed exports left: our scratch workbooks in ``folder`` and openpyxl's temp data.

    A scratch file of the same target older than a minute is a killed export of that file
    (a running one touches it as it writes); others, and openpyxl's, after LEFTOVER_AGE.

    openpyxl's write-only sheets stream rows into ``openpyxl.*`` files in the temp folder and
    delete them only when the workbook is saved; a kill -9 leaves them (tens of MB).
    """
    now = time.time()
    gone: list[Path] = []
    own = f".~{target_name}." if target_name else None
    for pattern_dir, pattern in ((folder, ".~*.xlsx"), (Path(tempfile.gettempdir()), "openpyxl.*")):
        try:
            candidates = list(pattern_dir.glob(pattern))
        except OSError:
            continue
        for leftover in candidates:
            age = LEFTOVER_AGE if own is None or not leftover.name.startswith(own) else 60
            try:
                if leftover.is_file() and now - leftover.stat().st_mtime > age:
                    leftover.unlink()
                    gone.append(leftover)
            except OSError:
                pass
    return gone


def write_report(
    report: Report, path: str | os.PathLike[str], progress: Progress | None = None
) -> Path:
    """Write the report to an .xlsx file atomically; raise ExportCancelled if progress says stop.

    Args:
        report: what to write.
        path: the target file; it is replaced only when the whole workbook is written.
        progress: called with (rows done, rows total) every few hundred rows.
    Return:
        The path written.
    """
    target = Path(path)
    remove_leftovers(target.parent, target.name)
    # Claim the scratch file first: a folder we cannot write (or that does not exist: a
    # mistyped path is not silently created) fails before any work is done.
    fd, scratch = tempfile.mkstemp(prefix=f".~{target.name}.", suffix=".xlsx", dir=target.parent)
    os.close(fd)
    try:
        return _write(report, target, Path(scratch), progress)
    finally:
        Path(scratch).unlink(missing_ok=True)


def _write(report: Report, target: Path, scratch: Path, progress: Progress | None) -> Path:
    wb = Workbook(write_only=True)
    wb.properties.title = report.title
    wb.properties.creator = APP_NAME
    wb.properties.lastModifiedBy = APP_NAME
    wb.properties.subject = report.name
    wb.properties.language = language()
    ws = wb.create_sheet(_sheet_title(report.sheet or report.title))
    _append_cells_directly(ws)
    ncols = len(report.columns)
    last_col = get_column_letter(max(ncols, 1))
    for i, col in enumerate(report.columns, 1):
        ws.column_dimensions[get_column_letter(i)].width = col.width
    st = _styles(ws, report.columns)

    top = 1 + len(report.selection) + 1  # title, selection lines, a blank row
    header_row = top + 1
    first_data = header_row + 1
    n = len(report.rows)
    last_data = header_row + n

    ws.freeze_panes = f"A{first_data}"
    ws.auto_filter.ref = f"A{header_row}:{last_col}{max(last_data, header_row)}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.orientation = "landscape" if report.landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    page = _("Page &P of &N")
    ws.oddFooter.center.text = page
    ws.oddFooter.left.text = report.title
    ws.oddFooter.right.text = format_date(dt.date.today())

    ws.append([_cell(ws, report.title, st.title)])
    for line in report.selection:
        ws.append([_cell(ws, _text(line), st.selection)])
    ws.append([])
    ws.row_dimensions[header_row].height = LINE_HEIGHT * max(
        _lines(c.header, c.width) for c in report.columns) + 4
    ws.append([_cell(ws, c.header, st.header) for c in report.columns])

    cancelled = progress is not None and progress(0, n) is False
    # One styled cell per column, refilled row by row: write-only mode writes a row
    # out on append, and building a new cell per value cost twice the baseline.
    column_cells = [_ColumnCell(ws, proto) for proto in st.by_column]
    wrapped = [(i, c.width) for i, c in enumerate(report.columns) if c.wrap]
    dims = ws.row_dimensions
    for done, row in enumerate(report.rows, 1):
        if cancelled:
            break
        # Viewers do not all re-measure wrapped rows on open, so give them the height.
        lines = max((_lines(row[i], w) for i, w in wrapped), default=1)
        if lines > 1:
            dims[header_row + done].height = LINE_HEIGHT * lines
        ws.append([
            None if v is None or v == "" else column_cells[i].set(_coerce(v))
            for i, v in enumerate(row)
        ])
        if progress is not None and done % PROGRESS_EVERY == 0 and progress(done, n) is False:
            cancelled = True
    if cancelled:
        wb.save(scratch)  # finishes openpyxl's streams; the scratch file is then deleted
        raise ExportCancelled()

    if report.has_totals:
        cells: list[object] = []
        for i, col in enumerate(report.columns):
            letter = get_column_letter(i + 1)
            if col.total:
                formula = f"=SUM({letter}{first_data}:{letter}{last_data})" if n else 0
                c = WriteOnlyCell(ws, formula)
                c._style = copy(st.totals[i]._style)
            elif i == 0:
                c = _cell(ws, report.totals_label or _("Total"), st.totals_label)
            else:
                c = WriteOnlyCell(ws)
                c._style = copy(st.totals_label._style)
            cells.append(c)
        ws.append(cells)
    if report.notes:
        ws.append([])
        for note in report.notes:
            ws.append([_cell(ws, _text(note), st.selection)])

    wb.save(scratch)
    if progress is not None and progress(n, n) is False:
        raise ExportCancelled()
    make_shared(scratch)  # mkstemp made it 0600; colleagues on a shared folder must be able to open it
    os.replace(scratch, target)
    return target


def _lines(value: object, width: float) -> int:
    """Return how many lines a wrapped text needs in a column of this width (an estimate)."""
    if not isinstance(value, str) or not value:
        return 1
    per_line = max(1, int(width * 1.1) - 1)
    return sum(max(1, -(-len(part) // per_line)) for part in value.split("\n"))


def _sheet_title(title: str) -> str:
    bad = set('[]:*?/\\')
    clean = "".join("-" if ch in bad else ch for ch in title).strip("' ")
    return (clean or "Report")[:31]
