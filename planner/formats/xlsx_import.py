"""Import vendors and festival programme items from a spreadsheet (.xlsx), all or nothing.

The steps mirror what the GUI shows: :func:`read_sheet` finds the header row and
the data (or raises ImportFileError naming the problem), :func:`guess_mapping`
maps columns to fields by their Czech or English headers, ``preview_*`` validates
every row with the editor's validators and matches it to existing records (new /
updated / unchanged / rejected with a reason naming the row and column), and
:func:`apply_import` writes all accepted rows through the services in ONE
transaction, only when no row was rejected. Rejected rows can be saved as .xlsx.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import warnings
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import from_excel

from planner import errors
from planner.dberrors import is_duplicate
from planner.errors import (
    DatabaseFault,
    ImportFileError,
    PlannerError,
    StaleEdit,
    ValidationError,
    ValidationErrors,
)
from planner.formats import xlsx_limits
from planner.formats.excel import Column, Report, write_report
from planner.formats.labels import labels_of
from planner.i18n import _, N_, ngettext, pgettext
from planner.models.enums import EventCategory, EventStatus, VendorCategory
from planner.services import events as event_service
from planner.services import vendors as vendor_service
from planner.services import venues as venue_service
from planner.services._common import SM
from planner.services.dto import EventDraft, EventRow, ImportCounts, PerformerLink, VendorDraft, VendorRow
from planner.models.keys import fold_key, vendor_match_key
from planner.services.text import fold
from planner.services.timeutil import PRAGUE, first_last_day, format_date, parse_date, to_utc
from planner.services.validation import normalize_ico

log = logging.getLogger(__name__)

HEADER_SCAN_ROWS = 20
DEFAULT_DURATION = dt.timedelta(hours=2)
_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_MARK = "EncryptionInfo".encode("utf-16-le")

NEW, UPDATED, UNCHANGED, REJECTED = "new", "updated", "unchanged", "rejected"


def _key(text: str) -> str:
    """Fold a header or name for matching: no case, accents, punctuation or spaces."""
    return fold_key(text)


def _by_name_and_city(candidates: Sequence[VendorRow], city: str | None) -> VendorRow | None:
    """Pick the vendor a row without IČO means: same folded name, and the same municipality.

    The natural key of a vendor without IČO is (folded name, folded municipality), unique in
    the schema (models.keys.vendor_match_key). A row without a municipality means the one
    vendor of that name; a vendor without a municipality gets the row's.
    """
    if not candidates:
        return None
    if city:
        same = [v for v in candidates if _key(v.city) == _key(city)]
        blank = [v for v in candidates if not v.city]
        picked = same or blank
        return picked[0] if picked else None
    if len(candidates) == 1:
        return candidates[0]
    blank = [v for v in candidates if not v.city]
    if len(blank) == 1:
        return blank[0]
    raise _RowError("city", _(
        "there are several vendors “{name}” ({join}); give the municipality."
    ).format(name=candidates[0].name, join=', '.join((v.city for v in candidates))))


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


# --- preview -------------------------------------------------------------------


@dataclass(frozen=True)
class RowResult:
    """What importing one spreadsheet line would do."""

    line: int
    action: str  # new, updated, unchanged, rejected
    label: str
    reason: str = ""
    target_id: int | None = None
    changes: tuple[str, ...] = ()
    draft: Any = None
    # The version of the record the preview compared with: the write is refused when it moved.
    target_version: int | None = None


@dataclass(frozen=True)
class ImportPreview:
    """Every row's fate; write only when nothing is rejected."""

    kind: str
    sheet: Sheet
    mapping: dict[str, int]
    rows: tuple[RowResult, ...]
    edition_id: int | None = None

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def rejected(self) -> list[RowResult]:
        return [r for r in self.rows if r.action == REJECTED]

    @property
    def ok(self) -> bool:
        return not self.rejected

    def summary(self) -> str:
        """Return 'new 3, updated 1, unchanged 10, rejected 0' in the current language."""
        return _(
            "new {count}, updated {count_updated}, unchanged {count_unchanged}, rejected {count_rejected}"
        ).format(
            count=self.count(NEW),
            count_updated=self.count(UPDATED),
            count_unchanged=self.count(UNCHANGED),
            count_rejected=self.count(REJECTED),
        )


class _RowError(Exception):
    def __init__(self, field_key: str, message: str) -> None:
        super().__init__(message)
        self.field_key = field_key
        self.message = message


def _where(sheet: Sheet, line: int, mapping: dict[str, int], field_key: str | None) -> str:
    idx = mapping.get(field_key or "")
    if idx is None:
        return _("Row {line}").format(line=line)
    return _("Row {line}, column {column_name}").format(line=line, column_name=sheet.column_name(idx))


def _validation_text(exc: ValidationError, header: str) -> str:
    return _("{field}: {problem}").format(field=header or errors.field_label(exc.field), problem=exc.detail)


def _reason(sheet: Sheet, line: int, mapping: dict[str, int], field_key: str | None, text: str) -> str:
    return f"{_where(sheet, line, mapping, field_key)}: {text}"


def _from_validation(sheet: Sheet, line: int, mapping: dict[str, int], exc: ValidationError,
                     field_map: dict[str, str] | None = None) -> str:
    key = (field_map or {}).get(exc.field, exc.field)
    idx = mapping.get(key)
    header = sheet.headers[idx] if idx is not None and idx < len(sheet.headers) else ""
    return _reason(sheet, line, mapping, key if idx is not None else None, _validation_text(exc, header))


def _value(row: tuple[object, ...], mapping: dict[str, int], key: str) -> object:
    idx = mapping.get(key)
    if idx is None or idx >= len(row):
        return None
    v = row[idx]
    if isinstance(v, str):
        v = v.strip()
        return v or None
    return v


def _text(row: tuple[object, ...], mapping: dict[str, int], key: str) -> str | None:
    v = _value(row, mapping, key)
    if v is None:
        return None
    if isinstance(v, dt.datetime):
        return format_date(v.date())
    if isinstance(v, dt.date):
        return format_date(v)
    return _cell_text(v)


def _decimal(v: object, key: str) -> Decimal | None:
    if v is None:
        return None
    if isinstance(v, bool):
        raise ValidationError(key, "not_a_number", value=v)
    if isinstance(v, int | Decimal):
        return Decimal(v)
    if isinstance(v, float):
        return Decimal(str(v))
    s = re.sub(r"\s|kw$", "", str(v).lower()).replace(",", ".")
    try:
        return Decimal(s)
    except InvalidOperation:
        raise ValidationError(key, "not_a_number", value=v) from None


def _date(v: object, key: str) -> dt.date | None:
    if v is None:
        return None
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, int | float) and not isinstance(v, bool) and 20000 < v < 80000:
        serial = from_excel(v)
        return serial.date() if isinstance(serial, dt.datetime) else None
    try:
        return parse_date(str(v))
    except ValueError:
        raise _RowError(key, _("“{v}” is not a date (e.g. 26. 11. 2026).").format(v=v)) from None


_TIME = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?\s*(?:h|hod\.?)?$")


def _time(v: object, key: str) -> dt.time | None:
    if v is None:
        return None
    if isinstance(v, dt.datetime):
        return v.time().replace(microsecond=0)
    if isinstance(v, dt.time):
        return v.replace(microsecond=0, tzinfo=None)
    if isinstance(v, float) and 0 <= v < 1:
        minutes = round(v * 24 * 60)
        return dt.time(minutes // 60 % 24, minutes % 60)
    if isinstance(v, int) and 0 <= v <= 23:
        return dt.time(v)
    m = _TIME.match(str(v).strip().lower())
    if m and int(m.group(1)) <= 23 and int(m.group(2) or 0) <= 59:
        return dt.time(int(m.group(1)), int(m.group(2) or 0))
    raise _RowError(key, _("“{v}” is not a time (e.g. 19:30).").format(v=v))


def _choice(v: object, key: str, members: Sequence[Any], extra: dict[str, Any] | None = None) -> Any:
    wanted = _key(str(v))
    for m in members:
        cs, en = labels_of(m)
        if wanted in (_key(cs), _key(en), _key(m.value)):
            return m
    for alias, m in (extra or {}).items():
        if wanted == _key(alias):
            return m
    raise _RowError(key, _("unknown value “{v}”.").format(v=v))


_CATEGORY_ALIASES = {
    "potraviny": VendorCategory.FOOD_PACKAGED, "občerstvení": VendorCategory.HOT_FOOD,
    "gastro": VendorCategory.HOT_FOOD, "jídlo": VendorCategory.HOT_FOOD, "food": VendorCategory.HOT_FOOD,
    "řemeslo": VendorCategory.CRAFTS, "rukodělné výrobky": VendorCategory.CRAFTS,
    "nápoj": VendorCategory.DRINKS, "pití": VendorCategory.DRINKS, "textilie": VendorCategory.TEXTILES,
    "ozdoby": VendorCategory.DECORATIONS, "služba": VendorCategory.SERVICES,
}
_GENRE_ALIASES = {
    "hudba": EventCategory.CLASSICAL_CONCERT, "koncert": EventCategory.CLASSICAL_CONCERT,
    "literatura": EventCategory.LECTURE, "výtvarné umění": EventCategory.EXHIBITION,
    "čtení": EventCategory.LECTURE, "concert": EventCategory.CLASSICAL_CONCERT,
    "promítání": EventCategory.FILM, "vernisáž": EventCategory.EXHIBITION,
}


def _roles(v: object) -> tuple[bool, bool]:
    text = fold(str(v))
    stall = any(w in text for w in ("prodej", "stan", "trh", "stall", "market"))
    supply = any(w in text for w in ("dodav", "sluz", "suppl", "servic"))
    if not (stall or supply):
        raise _RowError("roles", _("unknown role “{v}” (market stallholder, service supplier).").format(v=v))
    return stall, supply


def _vendor_draft(row: tuple[object, ...], mapping: dict[str, int], base: VendorRow | None) -> VendorDraft:
    """Build a draft: mapped non-empty cells win, everything else keeps the existing value."""
    if base is not None:
        d = VendorDraft(
            name=base.name, ico=base.ico, dic=base.dic, contact_person=base.contact_person,
            phone=base.phone, email=base.email, street=base.street, city=base.city,
            postal_code=base.postal_code, category=base.category, is_stallholder=base.is_stallholder,
            is_supplier=base.is_supplier, power_kw=base.power_kw, goods=base.goods, notes=base.notes,
            consent_date=base.consent_date, archived=base.archived,
        )
    else:
        d = VendorDraft(name="")
    changes: dict[str, Any] = {}
    for key in ("name", "ico", "dic", "contact_person", "phone", "email", "street", "city",
                "postal_code", "goods", "notes"):
        text = _text(row, mapping, key)
        if text is not None:
            changes[key] = text
    cat = _value(row, mapping, "category")
    if cat is not None:
        changes["category"] = _choice(cat, "category", list(VendorCategory), _CATEGORY_ALIASES)
    roles = _value(row, mapping, "roles")
    if roles is not None:
        changes["is_stallholder"], changes["is_supplier"] = _roles(roles)
    power = _value(row, mapping, "power_kw")
    if power is not None:
        changes["power_kw"] = _decimal(power, "power_kw")
    consent = _value(row, mapping, "consent_date")
    if consent is not None:
        changes["consent_date"] = _date(consent, "consent_date")
    return replace(d, **changes)


def _normalised(d: VendorDraft) -> dict[str, object]:
    values = vendor_service.validate_vendor(d)
    if values["power_kw"] is not None:
        values["power_kw"] = Decimal(str(values["power_kw"])).normalize()
    return values


def _vendor_values(v: VendorRow) -> dict[str, object]:
    return _normalised(VendorDraft(
        name=v.name, ico=v.ico, dic=v.dic, contact_person=v.contact_person, phone=v.phone,
        email=v.email, street=v.street, city=v.city, postal_code=v.postal_code, category=v.category,
        is_stallholder=v.is_stallholder, is_supplier=v.is_supplier, power_kw=v.power_kw, goods=v.goods,
        notes=v.notes, consent_date=v.consent_date, archived=v.archived,
    ))


def preview_vendors(sm: SM, sheet: Sheet, mapping: dict[str, int] | None = None) -> ImportPreview:
    """Validate and match every row (by IČO, then by name) without writing anything."""
    mapping = dict(mapping if mapping is not None else guess_mapping(sheet.headers, "vendors"))
    if "name" not in mapping:
        raise ImportFileError(_("No column is mapped to the vendor name (Name)."))
    existing = vendor_service.list_vendors(sm, include_archived=True)
    by_ico = {v.ico: v for v in existing if v.ico}
    by_name: dict[str, list[VendorRow]] = {}
    for v in existing:
        by_name.setdefault(_key(v.name), []).append(v)
    seen_ico: dict[str, int] = {}
    seen_name: dict[str, int] = {}
    results: list[RowResult] = []
    for line, row in sheet.rows:
        name = _text(row, mapping, "name") or ""
        try:
            raw_ico = _text(row, mapping, "ico")
            try:
                ico = normalize_ico(raw_ico)
            except ValidationError as exc:
                raise _RowError("ico", _validation_text(exc, sheet.headers[mapping["ico"]])) from None
            base = by_ico.get(ico) if ico else None
            if base is None:
                base = _by_name_and_city(by_name.get(_key(name), []), _text(row, mapping, "city")) if name else None
                if base is not None and ico and base.ico and base.ico != ico:
                    raise _RowError("ico", _(
                        "the vendor “{name}” exists with IČO {ico}; the row says {ico_2}."
                    ).format(name=base.name, ico=base.ico, ico_2=ico))
            if ico and ico in seen_ico:
                raise _RowError("ico", _(
                    "the same IČO {ico} is already in row {seen_ico}."
                ).format(ico=ico, seen_ico=seen_ico[ico]))
            draft = _vendor_draft(row, mapping, base)
            values = _normalised(draft)
            natural = vendor_match_key(str(values["name"]), str(values["city"] or ""))
            if name and natural in seen_name and not ico:
                raise _RowError("name", _(
                    "“{name}” is already in row {seen_name}."
                ).format(name=name, seen_name=seen_name[natural]))
        except _RowError as exc:
            results.append(RowResult(line, REJECTED, name, _reason(sheet, line, mapping, exc.field_key,
                                                                   exc.message)))
            continue
        except ValidationError as exc:
            results.append(RowResult(line, REJECTED, name, _from_validation(sheet, line, mapping, exc)))
            continue
        if ico:
            seen_ico[ico] = line
        seen_name[vendor_match_key(str(values["name"]), str(values["city"] or ""))] = line
        if base is None:
            results.append(RowResult(line, NEW, str(values["name"]), draft=draft))
            continue
        old = _vendor_values(base)
        changed = tuple(errors.field_label(k) if k in errors.FIELD_LABELS else _field_label(k)
                        for k in values if values[k] != old[k])
        action = UPDATED if changed else UNCHANGED
        results.append(RowResult(line, action, str(values["name"]), target_id=base.id, changes=changed,
                                 draft=draft, target_version=base.version))
    return ImportPreview("vendors", sheet, mapping, tuple(results))


def _field_label(key: str) -> str:
    for f in VENDOR_FIELDS + PROGRAMME_FIELDS:
        if f.key == key:
            return f.label
    if key in ("is_stallholder", "is_supplier"):
        return _("Roles")
    return key


# --- programme -----------------------------------------------------------------


def _find_venue(venues: Sequence[Any], name: str) -> Any:
    k = _key(name)
    exact = [v for v in venues if _key(v.name) == k]
    if exact:
        return exact[0]
    starts = [v for v in venues if _key(v.name).startswith(k)]
    return starts[0] if len(starts) == 1 else None


def _performers(v: object) -> tuple[PerformerLink, ...]:
    if v is None:
        return ()
    parts = re.split(r"[;\n,]", str(v))
    return tuple(PerformerLink(name=p.strip()) for p in parts if p.strip())


def preview_programme(sm: SM, sheet: Sheet, edition_id: int,
                      mapping: dict[str, int] | None = None) -> ImportPreview:
    """Validate programme rows of a festival edition and match them (same title and day)."""
    mapping = dict(mapping if mapping is not None else guess_mapping(sheet.headers, "programme"))
    missing = [f for f in PROGRAMME_FIELDS if f.required and f.key not in mapping]
    if missing:
        raise ImportFileError(_("Required columns are not mapped: {columns}.").format(
            columns=", ".join(f.label for f in missing)))
    edition = event_service.get_event(sm, edition_id)
    items = event_service.children_of(sm, edition_id)
    existing = {(_key(e.title), e.first_day): e for e in items}
    venues = venue_service.list_venues(sm, include_archived=True)
    first, last = edition.first_day, edition.last_day
    pending: list[tuple[int, str, EventDraft, EventRow | None]] = []
    results: dict[int, RowResult] = {}
    seen: dict[tuple[str, dt.date], int] = {}
    for line, row in sheet.rows:
        title = _text(row, mapping, "title") or ""
        try:
            day = _date(_value(row, mapping, "date"), "date")
            if day is None:
                raise _RowError("date", _("the date is required."))
            if not first <= day <= last:
                raise _RowError("date", _(
                    "{format_date} is outside the edition ({format_date_first} – {format_date_last})."
                ).format(
                    format_date=format_date(day),
                    format_date_first=format_date(first),
                    format_date_last=format_date(last),
                ))
            start_raw = _value(row, mapping, "start")
            end_raw = _value(row, mapping, "end")
            day_raw = _value(row, mapping, "date")
            if start_raw is None and isinstance(day_raw, dt.datetime) and day_raw.time() != dt.time(0):
                start_raw = day_raw.time()  # one "date and time" column
            if isinstance(start_raw, str) and re.search(r"\d\s*[–-]\s*\d", start_raw) and end_raw is None:
                start_raw, end_raw = (p.strip() for p in re.split(r"[–-]", start_raw, maxsplit=1))
            start_t = _time(start_raw, "start")
            end_t = _time(end_raw, "end")
            venue_name = _text(row, mapping, "venue")
            venue_id = None
            if venue_name:
                venue = _find_venue(venues, venue_name)
                if venue is None:
                    raise _RowError("venue", _(
                        "the venue “{venue_name}” is unknown; add it to the venues first."
                    ).format(venue_name=venue_name))
                venue_id = venue.id
            cat = _value(row, mapping, "category")
            match = existing.get((_key(title), day))
            key = (_key(title), day)
            if title and key in seen:
                raise _RowError("title", _(
                    "the same item on the same day is already in row {seen}."
                ).format(seen=seen[key]))
            base = match.to_draft() if match else EventDraft(
                title="", start=edition.start, end=edition.end, series_id=edition.series_id,
                parent_id=edition.id, staff_id=edition.staff_id, status=EventStatus.PLANNED,
            )
            if start_t is None:
                s_dt = dt.datetime.combine(day, dt.time(0), tzinfo=PRAGUE)
                e_dt = s_dt + dt.timedelta(days=1)
                all_day = True
            else:
                s_dt = dt.datetime.combine(day, start_t, tzinfo=PRAGUE)
                if end_t is None:
                    # No end given (no End column, or an empty cell): an item already in the
                    # programme keeps its real length; a new one gets the default length.
                    length = DEFAULT_DURATION
                    if match is not None and not match.all_day:
                        length = to_utc(match.end) - to_utc(match.start)
                    e_dt = (to_utc(s_dt) + length).astimezone(PRAGUE)  # elapsed, also across DST
                else:
                    e_dt = dt.datetime.combine(day, end_t, tzinfo=PRAGUE)
                    if e_dt <= s_dt:  # ends after midnight
                        e_dt += dt.timedelta(days=1)
                all_day = False
            changes: dict[str, Any] = {"title": title, "start": s_dt, "end": e_dt, "all_day": all_day}
            if venue_name:
                changes["venue_id"] = venue_id
            if cat is not None:
                changes["category"] = _choice(cat, "category", list(EventCategory), _GENRE_ALIASES)
            if "performers" in mapping and _value(row, mapping, "performers") is not None:
                changes["performers"] = _performers(_value(row, mapping, "performers"))
            for k in ("ticket_info", "description"):
                text = _text(row, mapping, k)
                if text is not None:
                    changes[k] = text
            draft = base.with_changes(**changes)
        except _RowError as exc:
            results[line] = RowResult(line, REJECTED, title, _reason(sheet, line, mapping, exc.field_key,
                                                                     exc.message))
            continue
        if title:
            seen[(_key(title), day)] = line
        pending.append((line, title, draft, match))
    checks = event_service.validate_drafts(sm, [p[2] for p in pending])
    field_map = {"title": "title", "start": "start", "end": "end", "venue": "venue",
                 "ticket_info": "ticket_info", "description": "description", "fee": "performers"}
    for (line, title, draft, match), problem in zip(pending, checks, strict=True):
        if problem is not None:
            reason = "; ".join(_from_validation(sheet, line, mapping, e, field_map) for e in problem.errors)
            results[line] = RowResult(line, REJECTED, title, reason)
        elif match is None:
            results[line] = RowResult(line, NEW, title, draft=draft)
        else:
            changed = _event_changes(match, draft)
            results[line] = RowResult(line, UPDATED if changed else UNCHANGED, title, target_id=match.id,
                                      changes=changed, draft=draft, target_version=match.version)
    ordered = tuple(results[line] for line, _ in sheet.rows)
    return ImportPreview("programme", sheet, mapping, ordered, edition_id=edition_id)


def _event_changes(old: EventRow, new: EventDraft) -> tuple[str, ...]:
    was = old.to_draft()
    out = []
    for f in PROGRAMME_FIELDS:
        if f.key == "date":
            same = first_last_day(was.start, was.end) == first_last_day(new.start, new.end)
        elif f.key in ("start", "end"):
            same = getattr(was, f.key) == getattr(new, f.key) and was.all_day == new.all_day
        elif f.key == "venue":
            same = was.venue_id == new.venue_id
        elif f.key == "performers":
            same = {p.name for p in was.performers} == {p.name for p in new.performers}
        else:
            same = getattr(was, f.key) == getattr(new, f.key)
        if not same:
            out.append(f.label)
    return tuple(out)


# --- writing -------------------------------------------------------------------


class ImportRejected(PlannerError):
    """Some rows were rejected, so nothing was written (all or nothing)."""

    def __init__(self, preview: ImportPreview) -> None:
        self.preview = preview
        n = len(preview.rejected)
        super().__init__(ngettext("Nothing was imported: {n} row rejected. Fix it and import again.",
                                  "Nothing was imported: {n} rows rejected. Fix them and import again.", n).format(n=n))


def apply_import(sm: SM, preview: ImportPreview, *, dry_run: bool = False) -> ImportCounts:
    """Write the new and updated rows in one transaction; refuse when any row was rejected."""
    if not preview.ok:
        raise ImportRejected(preview)
    # Unchanged rows go along with their versions too: the user saw them as they were.
    items = [(r.target_id, r.target_version, r.draft) for r in preview.rows if r.action in (NEW, UPDATED)]
    seen = [(r.target_id, r.target_version) for r in preview.rows if r.action == UNCHANGED]
    try:
        if preview.kind == "vendors":
            _check_unchanged(sm, "vendors", seen)
            return vendor_service.import_vendors(sm, items, dry_run=dry_run)
        _check_unchanged(sm, "programme", seen)
        return event_service.import_programme(sm, items, dry_run=dry_run)
    except StaleEdit as exc:
        raise ImportStale() from exc
    except (ValidationError, DatabaseFault) as exc:
        if is_duplicate(exc):
            # A unique key the preview saw free is taken now: a colleague's import won the race.
            raise ImportCollision(exc.message) from exc
        raise ImportFileError(_("Nothing was imported: {message}").format(message=exc.message)) from exc
    except ValidationErrors as exc:
        # Someone changed the data between preview and write; the transaction rolled back.
        raise ImportFileError(_("Nothing was imported: {message}").format(message=exc.message)) from exc


def _check_unchanged(sm: SM, kind: str, seen: Sequence[tuple[int | None, int | None]]) -> None:
    """Refuse when a record the preview showed as unchanged was edited since (its version moved)."""
    ids = [i for i, _v in seen if i is not None]
    if not ids:
        return
    if kind == "vendors":
        now = {v.id: v.version for v in vendor_service.list_vendors(sm, include_archived=True)}
    else:
        now = {e.id: e.version for e in event_service.get_events(sm, ids)}
    if any(now.get(i) != v for i, v in seen if i is not None):
        raise StaleEdit()


class ImportStale(PlannerError):
    """A record the preview showed was changed by a colleague before the write; nothing was written."""

    def __init__(self) -> None:
        super().__init__(_(
            "Nothing was imported: a colleague changed a record shown in the preview meanwhile. Load the preview "
            "again and repeat the import."
        ))


class ImportCollision(ImportFileError):
    """Another import created the same records at the same moment; nothing was written."""

    def __init__(self, detail: str) -> None:
        super().__init__(_(
            "A colleague imported the same list at the same moment — nothing was written ({detail}). Load the "
            "preview again: the records that exist now are only updated."
        ).format(detail=detail))


def _plain(value: object) -> object:
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return format_date(value.date())
        return f"{format_date(value.date())} {value.hour}:{value.minute:02d}"
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, dt.time):
        return f"{value.hour}:{value.minute:02d}"
    return value


def write_rejected(preview: ImportPreview, path: str | os.PathLike[str]) -> Path:
    """Save the rejected rows with their original cells and the reason, as .xlsx."""
    sheet = preview.sheet
    used = [i for i, h in enumerate(sheet.headers) if h]
    cols = (Column(_("Row"), "int", 7),
            *(Column(sheet.headers[i], width=18, wrap=True) for i in used),
            Column(_("Reason"), width=60, wrap=True))
    by_line = dict(sheet.rows)
    rows = [
        (r.line, *(_plain(by_line[r.line][i]) if i < len(by_line[r.line]) else None for i in used), r.reason)
        for r in preview.rejected
    ]
    title = _("Rejected rows – {name}").format(name=sheet.path.name)
    return write_report(Report("rejected", title, cols, rows, (preview.summary(),),
                               sheet=pgettext("sheet", "Rejected")), path)


def import_file(
    sm: SM, kind: str, path: str | os.PathLike[str], *, edition_id: int | None = None,
    mapping: dict[str, int] | None = None, dry_run: bool = False,
    on_preview: Callable[[ImportPreview], None] | None = None,
) -> tuple[ImportPreview, ImportCounts]:
    """Read, preview and (when nothing is rejected) write a spreadsheet in one call."""
    sheet = read_sheet(path, kind)
    if kind == "vendors":
        preview = preview_vendors(sm, sheet, mapping)
    else:
        if edition_id is None:
            raise ValidationError("parent", "required")
        preview = preview_programme(sm, sheet, edition_id, mapping)
    if on_preview is not None:
        on_preview(preview)
    return preview, apply_import(sm, preview, dry_run=dry_run)


__all__ = [
    "FIELDS", "FieldSpec", "ImportCollision", "ImportPreview", "ImportRejected", "ImportStale", "PROGRAMME_FIELDS", "RowResult", "Sheet",
    "VENDOR_FIELDS", "apply_import", "guess_mapping", "import_file", "preview_programme",
    "preview_vendors", "read_sheet", "write_rejected", "NEW", "UPDATED", "UNCHANGED", "REJECTED",
]
