"""Reading an import sheet: the file checks, the header row, the fields and their Czech/English header aliases."""

from __future__ import annotations

import datetime as dt
import logging
import os
import warnings
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from planner.errors import (
    ImportFileError,
    PlannerError,
)
from planner.formats import xlsx_limits
from planner.i18n import _, N_
from planner.models.keys import fold_key

log = logging.getLogger(__name__)


HEADER_SCAN_ROWS = 20
DEFAULT_DURATION = dt.timedelta(hours=2)
_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_MARK = "EncryptionInfo".encode("utf-16-le")


def _key(text: str) -> str:
    """Fold a header or name for matching: no case, accents, punctuation or spaces."""
    return fold_key(text)


# --- fields and header aliases -------------------------------------------------


@dataclass(frozen=True)
class FieldSpec:
    """A field an import can fill, with its labels and header aliases (any language)."""

    key: str
    cs: str
    en: str
    aliases: tuple[str, ...] = ()
    required: bool = False

    @property
    def label(self) -> str:
        """Return the field's name in the current language (the catalog's Czech equals ``cs``)."""
        return _(self.en)

    def matches(self, header: str, *, primary_only: bool = False) -> bool:
        k = _key(header)
        names = (self.cs, self.en, self.key) if primary_only else (self.cs, self.en, self.key, *self.aliases)
        return bool(k) and k in {_key(a) for a in names}


VENDOR_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("name", "Název", "Name", ("Název firmy", "Firma", "Jméno", "Prodejce", "Dodavatel",
                                        "Obchodní firma", "Company", "Vendor", "Company name"), True),
    FieldSpec("ico", "IČO", "Company ID (IČO)", ("IČ", "ICO", "Company ID", "Reg. no.", "ID")),
    FieldSpec("dic", "DIČ", "VAT ID (DIČ)", ("DIC", "VAT", "VAT ID", "VAT number")),
    FieldSpec("contact_person", "Kontaktní osoba", "Contact person", ("Kontakt", "Contact", "Osoba")),
    FieldSpec("phone", "Telefon", "Phone", ("Tel", "Tel.", "Mobil", "Telefonní číslo", "Phone number",
                                            "Mobile")),
    FieldSpec("email", "E-mail", "E-mail", ("Email", "Mail", "E-mailová adresa", "Email address")),
    FieldSpec("street", "Ulice", "Street", ("Adresa", "Address", "Ulice a číslo")),
    FieldSpec("city", "Obec", "City", ("Město", "Town", "Sídlo")),
    FieldSpec("postal_code", "PSČ", "Postal code", ("PSC", "ZIP", "Postcode")),
    FieldSpec("category", "Kategorie", "Category", ("Sortiment", "Druh")),
    FieldSpec("roles", "Role", "Roles", ("Role prodejce",)),
    FieldSpec("power_kw", "Příkon (kW)", "Power (kW)", ("Příkon", "Elektřina (kW)", "kW", "Power")),
    FieldSpec("goods", "Zboží", "Goods", ("Nabízené zboží", "Products")),
    FieldSpec("notes", "Poznámka", "Notes", ("Poznámky", "Note")),
    FieldSpec("consent_date", "Souhlas se zpracováním údajů", "Data consent",
              ("Souhlas GDPR", "GDPR", "Souhlas", "Consent", "Consent date")),
)

PROGRAMME_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("date", "Den", "Day", ("Datum", "Date", "Termín"), True),
    FieldSpec("start", "Začátek", "Start", ("Čas", "Od", "Time", "Start time", "Hodina")),
    FieldSpec("end", "Konec", "End", ("Do", "End time", "Until")),
    FieldSpec("title", "Název", "Title", ("Pořad", "Akce", "Název akce", "Program", "Event"), True),
    FieldSpec("venue", "Místo konání", "Venue", ("Místo", "Sál", "Place", "Location")),
    FieldSpec("performers", "Účinkující", "Performers", ("Interpret", "Interpreti", "Umělci",
                                                        "Artists", "Performer")),
    FieldSpec("category", "Kategorie", "Category", ("Žánr", "Genre", "Druh")),
    FieldSpec("ticket_info", "Vstupné", "Tickets", ("Vstupenky", "Cena", "Ticket info", "Price")),
    FieldSpec("description", "Popis", "Description", ("Anotace",)),
)

FIELDS = {"vendors": VENDOR_FIELDS, "programme": PROGRAMME_FIELDS}


# --- reading a sheet -----------------------------------------------------------


@dataclass(frozen=True)
class Sheet:
    """The data of one worksheet: header texts by column and data rows by Excel line."""

    path: Path
    name: str
    header_row: int
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[object, ...]], ...]

    def column_name(self, index: int) -> str:
        """Return 'C (IČO)' for a 0-based column index."""
        header = self.headers[index] if index < len(self.headers) else ""
        letter = get_column_letter(index + 1)
        return f"{letter} ({header})" if header else letter


def _check_file(path: Path) -> None:
    if not path.is_file():
        raise ImportFileError(_("The file {path} does not exist.").format(path=path))
    with path.open("rb") as f:
        head = f.read(8)
        if head == _CFB_MAGIC:
            f.seek(0)
            blob = f.read(4 * 1024 * 1024)
            if _ENCRYPTED_MARK in blob:
                raise ImportFileError(_(
                    "{name}: the file is password-protected (encrypted). Open it in Excel, remove the password and "
                    "save it again."
                ).format(name=path.name))
            raise ImportFileError(_(
                "{name}: this is the old Excel format (.xls). Save it as an .xlsx workbook."
            ).format(name=path.name))
    if not zipfile.is_zipfile(path):
        raise ImportFileError(_(
            "{name}: this is not an Excel workbook (.xlsx). Save the table as .xlsx."
        ).format(name=path.name))


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_sheet(path: str | os.PathLike[str], kind: str, should_stop: xlsx_limits.ShouldStop | None = None) -> Sheet:
    """Read the first worksheet holding a header row for ``kind`` ("vendors" or "programme").

    Raise ImportFileError for files that are not .xlsx, encrypted, empty, without a
    recognisable header, with merged header cells, or with no data under the header,
    and for files beyond the limits of export/xlsx_limits.py (checked before the work).
    Cells merged inside the data are understood: every cell gets the merged value.
    ``should_stop`` (polled while reading) lets a progress dialog cancel: ImportCancelled.
    """
    p = Path(path)
    fields = FIELDS[kind]
    _check_file(p)
    xlsx_limits.check_archive(p)
    try:
        xlsx_limits.check_merges(p)
        extents = xlsx_limits.measure(p, should_stop)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles it does not know
            wb = load_workbook(p, data_only=True)
    except PlannerError:
        raise
    except Exception as exc:  # noqa: BLE001 - a hostile file can make openpyxl/lxml raise anything
        raise _unreadable(p, exc) from exc
    try:
        sheets = [wb.active] + [ws for ws in wb.worksheets if ws is not wb.active]
        any_cells = False
        for ws in sheets:
            if ws is None:
                continue
            extent = extents.get(ws.title, xlsx_limits.Extent(0, 0))
            if should_stop is not None and should_stop():
                raise xlsx_limits.ImportCancelled()
            grid = [list(r) for r in ws.iter_rows(max_row=extent.rows, max_col=extent.columns, values_only=True)
                    ] if extent.rows and extent.columns else []
            if any(v not in (None, "") for row in grid for v in row):
                any_cells = True
            found = _find_header(grid, fields)
            if found is not None:
                _refuse_other_kind(p, grid, found, kind)
                return _sheet_from(p, ws, grid, found, fields)
        if not any_cells:
            raise ImportFileError(_("{name}: the workbook is empty.").format(name=p.name))
        for ws in sheets:
            grid = [list(r) for r in ws.iter_rows(values_only=True)] if ws is not None else []
            other_found = _find_header(grid, FIELDS[_OTHER[kind]])
            if other_found is not None:
                _refuse_other_kind(p, grid, other_found, kind)
        required = ", ".join(_("“{text}”").format(text=f.label) for f in fields if f.required)
        raise ImportFileError(_(
            "{name}: no header row with the columns {required} in the first {HEADER_SCAN_ROWS} rows."
        ).format(name=p.name, required=required, HEADER_SCAN_ROWS=HEADER_SCAN_ROWS))
    except PlannerError:
        raise
    except Exception as exc:  # noqa: BLE001 - as above: malformed parts surface while reading cells
        raise _unreadable(p, exc) from exc
    finally:
        wb.close()


_OTHER = {"vendors": "programme", "programme": "vendors"}
_KIND_NAMES = {"vendors": (N_("a vendor list"), "vendors"),
               "programme": (N_("a festival programme"), "programme")}


def _matched_columns(texts: Sequence[str], fields: Sequence[FieldSpec]) -> set[int]:
    return {i for i, t in enumerate(texts) if any(f.matches(t) for f in fields)}


def _refuse_other_kind(path: Path, grid: list[list[object]], hidx: int, kind: str) -> None:
    """Refuse a sheet whose header row is the other import's (a programme offered as vendors).

    Without this, a programme imported as vendors matches "Název" and rejects every row, one error per row.
    """
    other = _OTHER[kind]
    texts = [_cell_text(v) for v in grid[hidx]]
    mine, theirs = _matched_columns(texts, FIELDS[kind]), _matched_columns(texts, FIELDS[other])
    only_theirs, only_mine = theirs - mine, mine - theirs
    has_required = all(any(f.matches(t) for t in texts) for f in FIELDS[other] if f.required)
    if not has_required or len(only_theirs) <= len(only_mine):
        return
    cols = ", ".join(texts[i] for i in sorted(only_theirs))
    want = _(_KIND_NAMES[kind][0])
    looks, command = _(_KIND_NAMES[other][0]), _KIND_NAMES[other][1]
    raise ImportFileError(_(
        "{name}: this is not {want}, it looks like {looks} (columns {cols}). Nothing was imported; choose the right "
        "file, or import it as {looks} (planner import xlsx {command})."
    ).format(name=path.name, want=want, looks=looks, cols=cols, command=command))


def _unreadable(p: Path, exc: BaseException) -> ImportFileError:
    detail = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else type(exc).__name__
    return ImportFileError(_(
        "{name}: the workbook cannot be read; it is damaged or incomplete ({detail}). Open it in Excel and save it "
        "again as .xlsx."
    ).format(name=p.name, detail=detail))


def _find_header(grid: list[list[object]], fields: Sequence[FieldSpec]) -> int | None:
    best, best_score = None, 0
    for i, row in enumerate(grid[:HEADER_SCAN_ROWS]):
        texts = [_cell_text(v) for v in row]
        hits = {f.key for f in fields for t in texts if f.matches(t)}
        if not all(f.key in hits for f in fields if f.required):
            continue
        if len(hits) > best_score:
            best, best_score = i, len(hits)
    return best


def _sheet_from(path: Path, ws: Any, grid: list[list[object]], hidx: int,
                fields: Sequence[FieldSpec]) -> Sheet:
    header_line = hidx + 1
    for rng in ws.merged_cells.ranges:
        if rng.min_row <= header_line <= rng.max_row and rng.max_col > rng.min_col:
            raise ImportFileError(_(
                "{name}, sheet {title}, row {header_line}: the header cells {coord} are merged. Unmerge them so "
                "that every column has its own name."
            ).format(name=path.name, title=ws.title, header_line=header_line, coord=rng.coord))
    # Cells merged in the data (e.g. one date for several items) all take the merged value.
    for rng in ws.merged_cells.ranges:
        if rng.max_row <= header_line:
            continue
        top = grid[rng.min_row - 1] if rng.min_row - 1 < len(grid) else []
        value = top[rng.min_col - 1] if rng.min_col - 1 < len(top) else None
        # Bounded by the cells read: a merge may declare a million rows.
        for r in range(max(rng.min_row, header_line + 1), min(rng.max_row, len(grid)) + 1):
            row_cells = grid[r - 1]
            for c in range(rng.min_col, min(rng.max_col, len(row_cells)) + 1):
                row_cells[c - 1] = value
    headers = tuple(_cell_text(v) for v in grid[hidx])
    rows = tuple(
        (i + 1, tuple(row))
        for i, row in enumerate(grid[hidx + 1 :], start=hidx + 1)
        if any(_cell_text(v) for v in row)
    )
    if not rows:
        raise ImportFileError(_(
            "{name}, sheet {title}: there are no data rows under the header in row {header_line}."
        ).format(name=path.name, title=ws.title, header_line=header_line))
    return Sheet(path, ws.title, header_line, headers, rows)


def guess_mapping(headers: Sequence[str], kind: str) -> dict[str, int]:
    """Return field key -> 0-based column index for the headers we recognise (first wins)."""
    mapping: dict[str, int] = {}
    # Own names first ("Konec" is the end even when a "Do" column comes earlier), then aliases.
    for primary_only in (True, False):
        for f in FIELDS[kind]:
            if f.key in mapping:
                continue
            for i, h in enumerate(headers):
                if f.matches(h, primary_only=primary_only) and i not in mapping.values():
                    mapping[f.key] = i
                    break
    return {f.key: mapping[f.key] for f in FIELDS[kind] if f.key in mapping}
