"""What a preview says about each row, and reading one cell as text, number, date, time or choice."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from openpyxl.utils.datetime import from_excel

from planner import errors
from planner.errors import (
    ValidationError,
)
from planner.formats.labels import labels_of
from planner.i18n import _
from planner.models.enums import EventCategory, VendorCategory
from planner.services.timeutil import format_date, parse_date
from planner.formats.xlsx_import.sheet import Sheet, _cell_text, _key

log = logging.getLogger(__name__)


NEW, UPDATED, UNCHANGED, REJECTED = "new", "updated", "unchanged", "rejected"


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
