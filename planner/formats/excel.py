"""Formatted Excel (.xlsx) reports: programme, events, venues, vendors, market stall plan.

Reports are built from service DTOs into a :class:`Report` (title, selection,
typed columns, rows) and written by :func:`write_report` with openpyxl in
write-only mode, so 10,000+ rows stream to disk without holding a sheet in memory.

What a careful person would do in Excel is done here: title and selection on top,
a bold header row that is frozen, filtered and repeated on every printed page,
real date/time/number cells with Czech formats, totals as SUM formulas, A4 print
setup fitted to the page width, and page numbers in the footer. Text that a
spreadsheet could take for a formula (= + - @, tab, CR) is always written as text.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from copy import copy
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from planner import errors
from planner.formats.files import make_shared
from planner.formats.labels import label
from planner.i18n import _, N_, pgettext, language
from planner.models.enums import BookingStatus, EventCategory
from planner.services import events as event_service
from planner.services import markets as market_service
from planner.services import vendors as vendor_service
from planner.services import venues as venue_service
from planner.services._common import SM
from planner.services.dto import (
    BookingRow,
    EventQuery,
    EventRow,
    MarketRow,
    StallRow,
    VendorRow,
    VenueRow,
)
from planner.services.text import czech_sort_key
from planner.services.timeutil import format_date, local, range_bounds

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
        c._style_id = Cell.style_id.fget(c)  # type: ignore[attr-defined]
        return c

    def set(self, value: object) -> WriteOnlyCell:
        text = isinstance(value, str)
        c = self.quoted if text and is_formula_like(value) else self.plain  # type: ignore[arg-type]
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


# --- report builders (pure: DTOs in, Report out) ---------------------------------


def _performers(r: EventRow) -> str:
    return ", ".join(f"{p.name} ({p.role})" if p.role else p.name for p in r.performers)


def _times(r: EventRow) -> tuple[dt.time | None, dt.time | None]:
    if r.all_day:
        return None, None
    s, e = local(r.start), local(r.end)
    return s.time().replace(tzinfo=None), e.time().replace(tzinfo=None)


def _until(r: EventRow) -> dt.date | None:
    return r.last_day if r.last_day != r.first_day else None


def programme_report(title: str, events: Iterable[EventRow], selection: Sequence[str] = ()) -> Report:
    """Return the programme of a festival edition or series: one row per item, by start."""
    cols = (
        Column(_("Day"), "date", 11),
        Column(_("Until"), "date", 11),
        Column(_("Start"), "time", 8),
        Column(_("End"), "time", 8),
        Column(_("Title"), width=38, wrap=True),
        Column(_("Venue"), width=28, wrap=True),
        Column(_("Performers"), width=34, wrap=True),
        Column(_("Category"), width=16),
        Column(_("Status"), width=11),
        Column(_("Tickets"), width=20, wrap=True),
    )
    rows = []
    for r in events:
        start, end = _times(r)
        rows.append((
            r.first_day, _until(r), start, end, r.title, r.venue_name, _performers(r),
            label(r.category), label(r.status), r.ticket_info,
        ))
    return Report("programme", title, cols, rows, tuple(selection), sheet=_("Programme"))


def events_report(events: Iterable[EventRow], selection: Sequence[str] = (), title: str = "") -> Report:
    """Return a list of events of any filtered range, with everything a colleague asks about."""
    cols = (
        Column(_("Day"), "date", 11),
        Column(_("Until"), "date", 11),
        Column(_("Start"), "time", 8),
        Column(_("End"), "time", 8),
        Column(_("Title"), width=36, wrap=True),
        Column(_("Category"), width=16),
        Column(_("Status"), width=11),
        Column(_("Series"), width=20, wrap=True),
        Column(_("Part of"), width=22, wrap=True),
        Column(_("Venue"), width=26, wrap=True),
        Column(_("Responsible"), width=20),
        Column(_("Performers"), width=30, wrap=True),
        Column(_("Public"), width=8),
        Column(_("Expected attendance"), "int", 12),
        Column(_("Tickets"), width=18, wrap=True),
    )
    rows = []
    for r in events:
        start, end = _times(r)
        rows.append((
            r.first_day, _until(r), start, end, r.title, label(r.category), label(r.status),
            r.series_name, r.parent_title, r.venue_name, r.staff_name, _performers(r),
            yes_no(r.public), r.expected_attendance, r.ticket_info,
        ))
    return Report("events", title or _("Events"), cols, rows, tuple(selection),
                  sheet=pgettext("formats.excel", "Events"))


def venues_report(
    venues: Iterable[VenueRow], counts: dict[int, int], selection: Sequence[str] = ()
) -> Report:
    """Return the venues with contacts and how many events each hosts in the range."""
    cols = (
        Column(_("Name"), width=32, wrap=True),
        Column(_("Kind"), width=14),
        Column(_("Address"), width=30, wrap=True),
        Column(_("Capacity"), "int", 10),
        Column(_("Contact"), width=20, wrap=True),
        Column(_("Phone"), width=17),
        Column(_("E-mail"), width=26),
        Column(_("Equipment"), width=30, wrap=True),
        Column(pgettext("formats.excel.venues_report", "Events"), "int", 10, total=True),
    )
    rows = [
        (v.name, label(v.kind), v.address, v.capacity, v.contact, v.phone, v.email,
         ", ".join(v.equipment), counts.get(v.id, 0))
        for v in venues
    ]
    return Report("venues", _("Venues"), cols, rows, tuple(selection),
                  sheet=_("Venues"))


VENDOR_COLUMNS = (
    ("name", N_("Name"), 30),
    ("ico", N_("Company ID (IČO)"), 11),
    ("dic", N_("VAT ID (DIČ)"), 13),
    ("contact_person", N_("Contact person"), 20),
    ("phone", N_("Phone"), 17),
    ("email", N_("E-mail"), 26),
    ("street", N_("Street"), 22),
    ("city", N_("City"), 14),
    ("postal_code", N_("Postal code"), 8),
    ("category", N_("Category"), 18),
    ("roles", N_("Roles"), 20),
    ("power_kw", N_("Power (kW)"), 10),
    ("goods", N_("Goods"), 30),
    ("notes", N_("Notes"), 30),
    ("consent_date", N_("Data consent"), 14),
)


def vendors_report(vendors: Iterable[VendorRow], selection: Sequence[str] = ()) -> Report:
    """Return the vendors with contacts, category, roles and IČO (re-importable as is)."""
    kinds = {"power_kw": "decimal", "consent_date": "date"}
    wraps = {"name", "goods", "notes", "roles", "street"}
    cols = tuple(
        Column(_(header), kinds.get(key, "text"), width, wrap=key in wraps)
        for key, header, width in VENDOR_COLUMNS
    )
    rows = [
        (v.name, v.ico, v.dic, v.contact_person, v.phone, v.email, v.street, v.city,
         v.postal_code, label(v.category), roles_text(v.is_stallholder, v.is_supplier),
         v.power_kw, v.goods, v.notes, v.consent_date)
        for v in vendors
    ]
    return Report("vendors", _("Vendors and suppliers"), cols, rows,
                  tuple(selection), sheet=_("Vendors"))


def market_report(market: MarketRow, stalls: Sequence[StallRow], bookings: Sequence[BookingRow]) -> Report:
    """Return the stall plan of a market: approved bookings per stall (free stalls too) and money.

    Paid and outstanding follow services.markets.market_totals: approved fees count,
    a fee is paid when the booking has a paid date.
    """
    cols = (
        Column(_("Stall"), width=8),
        Column(_("Kind"), width=15),
        Column(_("Zone"), width=22, wrap=True),
        Column(_("Vendor"), width=30, wrap=True),
        Column(_("Category"), width=17),
        Column(_("From"), "date", 11),
        Column(_("To"), "date", 11),
        Column(_("Days"), "int", 6),
        Column(_("Power"), width=9),
        Column(_("Fee"), "money", 14, total=True),
        Column(_("Paid on"), "date", 12),
        Column(_("Paid"), "money", 14, total=True),
        Column(_("Outstanding"), "money", 14, total=True),
    )
    zero = Decimal("0.00")
    by_stall: dict[int, list[BookingRow]] = {}
    pending = 0
    for b in bookings:
        if b.status is BookingStatus.APPROVED:
            by_stall.setdefault(b.stall_id, []).append(b)
        elif b.status is BookingStatus.APPLIED:
            pending += 1
    rows: list[tuple[object, ...]] = []
    for s in sorted(stalls, key=lambda s: czech_sort_key(s.code)):
        kind = label(s.kind)
        booked = sorted(by_stall.get(s.id, []), key=lambda b: b.first_day)
        if not booked:
            rows.append((s.code, kind, s.zone, _("(free)"), None, None, None, None,
                         yes_no(s.has_power), None, None, None, None))
        for b in booked:
            fee = b.fee or zero
            paid = fee if b.paid_on else zero
            rows.append((
                s.code, kind, s.zone, b.vendor_name, label(b.vendor_category), b.first_day,
                b.last_day, b.days, yes_no(b.needs_power), fee, b.paid_on, paid, fee - paid,
            ))
    selection = [
        _(
            "Dates: {format_date} – {format_date_market_last_day}"
        ).format(
            format_date=format_date(market.first_day),
            format_date_market_last_day=format_date(market.last_day),
        ),
    ]
    if market.venue_name:
        selection.append(_("Place: {venue_name}").format(venue_name=market.venue_name))
    notes: tuple[str, ...] = ()
    if pending:
        notes = (_("Applications awaiting approval (not in the plan): {pending}").format(pending=pending),)
    return Report("market", _("Stall plan – {title}").format(title=market.title), cols,
                  rows, tuple(selection), notes=notes, sheet=_("Stall plan"))


# --- collecting a report from the database ----------------------------------------


@dataclass(frozen=True)
class ReportRequest:
    """What the user asked for: a report name and its filters (ids resolved by the caller)."""

    report: str
    first_day: dt.date | None = None
    last_day: dt.date | None = None
    series_id: int | None = None
    venue_id: int | None = None
    staff_id: int | None = None
    edition_id: int | None = None
    market_id: int | None = None
    public_only: bool = False
    include_cancelled: bool = False
    include_archived: bool = False


def _query(req: ReportRequest, **extra: Any) -> EventQuery:
    start = end = None
    if req.first_day or req.last_day:
        first = req.first_day or dt.date(1900, 1, 1)
        last = req.last_day or dt.date(2999, 12, 31)
        start, end = range_bounds(first, last)
    return EventQuery(
        start=start, end=end,
        series_ids=frozenset({req.series_id}) if req.series_id else frozenset(),
        venue_ids=frozenset({req.venue_id}) if req.venue_id else frozenset(),
        staff_ids=frozenset({req.staff_id}) if req.staff_id else frozenset(),
        public_only=req.public_only, include_cancelled=req.include_cancelled, **extra,
    )


def _selection(sm: SM, req: ReportRequest) -> list[str]:
    from planner.services import series as series_service
    from planner.services import staff as staff_service

    out: list[str] = []
    if req.first_day or req.last_day:
        a = format_date(req.first_day) if req.first_day else "…"
        b = format_date(req.last_day) if req.last_day else "…"
        out.append(_("Period: {a} – {b}").format(a=a, b=b))
    if req.series_id:
        out.append(_("Series: ") + series_service.get_series(sm, req.series_id).name)
    if req.venue_id:
        out.append(_("Venue: ") + venue_service.get_venue(sm, req.venue_id).name)
    if req.staff_id:
        out.append(_("Responsible: ") + staff_service.get_staff(sm, req.staff_id).name)
    flags = []
    if req.public_only:
        flags.append(_("public events only"))
    if req.report in ("programme", "events", "venues"):
        flags.append(_("including cancelled") if req.include_cancelled
                     else _("without cancelled"))
    if flags:
        out.append(", ".join(flags).capitalize())
    out.append(_("Created: ") + format_date(dt.date.today()))
    return out


def build_report(sm: SM, req: ReportRequest) -> Report:
    """Load what a report needs through the services and return it ready to write."""
    if req.report not in REPORTS:
        raise ValueError(f"unknown report {req.report!r}")
    sel = _selection(sm, req)
    if req.report == "programme":
        if req.edition_id is not None:
            edition = event_service.get_event(sm, req.edition_id)
            items = event_service.list_events(sm, _query(req, parent_id=edition.id))
            sel.insert(0, _("Dates: ") + _span(edition))
            if edition.venue_name:
                sel.insert(1, _("Place: ") + edition.venue_name)
            return programme_report(_("Programme – ") + edition.title, items, sel)
        if req.series_id is None:
            raise errors.ValidationError("series", "required")
        items = [e for e in event_service.list_events(sm, _query(req))
                 if e.category is not EventCategory.FESTIVAL]
        from planner.services import series as series_service

        name = series_service.get_series(sm, req.series_id).name
        return programme_report(_("Programme – ") + name, items, sel)
    if req.report == "events":
        return events_report(event_service.list_events(sm, _query(req)), sel)
    if req.report == "venues":
        counts = event_service.count_by_venue(sm, _query(req))
        return venues_report(venue_service.list_venues(sm, include_archived=req.include_archived), counts, sel)
    if req.report == "vendors":
        rows = vendor_service.list_vendors(sm, include_archived=req.include_archived)
        return vendors_report(rows, sel[-1:])
    market = _market(sm, req.market_id)
    return market_report(market, market_service.list_stalls(sm, market.event_id),
                         market_service.list_bookings(sm, market.event_id))


def _span(e: EventRow) -> str:
    if e.first_day == e.last_day:
        return format_date(e.first_day)
    return f"{format_date(e.first_day)} – {format_date(e.last_day)}"


def _market(sm: SM, market_id: int | None) -> MarketRow:
    if market_id is not None:
        return market_service.get_market(sm, market_id)
    return default_market(sm)


def default_market(sm: SM, today: dt.date | None = None) -> MarketRow:
    """Return the running or next market, else the latest one; raise when there is none."""
    market = market_service.default_market(market_service.list_markets(sm), today or dt.date.today())
    if market is None:
        # An empty database has no market to report on: say so, not "Market: this field is required."
        raise NoMarket(_(
            "The database holds no market, so there is nothing for a market report. Create a market (Markets › New "
            "market…) or load the demo data (planner demo)."
        ))
    return market


class NoMarket(errors.PlannerError):
    """A market report was asked for, but the database has no market at all."""


def export_report(
    sm: SM, req: ReportRequest, path: str | os.PathLike[str], progress: Progress | None = None
) -> tuple[Path, int]:
    """Build and write a report; return the path and the number of data rows."""
    report = build_report(sm, req)
    return write_report(report, path, progress), len(report.rows)


__all__ = [
    "Column", "Report", "ReportRequest", "ExportCancelled", "Progress", "REPORTS",
    "build_report", "default_market", "events_report", "export_report", "is_formula_like",
    "market_report", "programme_report", "roles_text", "vendors_report",
    "venues_report", "write_report",
]
