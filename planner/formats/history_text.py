"""History rows as readable Czech (or English) text: for the CLI, the Změny page and its Excel export."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from typing import Any

from planner.errors import field_label, t
from planner.formats.labels import LABELS, label
from planner.models import Base, RecordKind
from planner.services.history import HistoryRow
from planner.services.oplabels import KIND_NOUNS
from planner.services.undo import format_when

# Fields the shared error labels do not name (planner.errors.FIELD_LABELS has the others).
_FIELDS: dict[str, tuple[str, str]] = {
    "description": ("Popis", "Description"), "internal_notes": ("Interní poznámka", "Internal notes"),
    "status": ("Stav", "Status"), "category": ("Kategorie", "Category"), "public": ("Veřejná", "Public"),
    "all_day": ("Celý den", "All day"), "series_id": ("Řada", "Series"), "venue_id": ("Místo konání", "Venue"),
    "staff_id": ("Odpovědná osoba", "Responsible person"), "parent_id": ("Nadřazená akce", "Parent event"),
    "ticket_info": ("Vstupné", "Tickets"), "notes": ("Poznámka", "Notes"), "paid_on": ("Zaplaceno", "Paid on"),
    "archived": ("Archiv", "Archived"), "contact_person": ("Kontaktní osoba", "Contact person"),
    "street": ("Ulice", "Street"), "city": ("Obec", "City"), "kind": ("Druh", "Kind"),
    "equipment": ("Vybavení", "Equipment"), "goods": ("Sortiment", "Goods"), "zone": ("Zóna", "Zone"),
    "consent_date": ("Souhlas se zpracováním údajů", "Consent date"), "needs_power": ("Elektřina", "Power"),
    "x_m": ("Poloha x", "Position x"), "y_m": ("Poloha y", "Position y"), "rotation": ("Natočení", "Rotation"),
    "default_open": ("Otevírá", "Opens"), "default_close": ("Zavírá", "Closes"),
    "fee_per_day": ("Poplatek za den", "Fee per day"), "fee_per_m2_day": ("Poplatek za m² a den", "Fee per m² and day"),
    "power_fee_per_day": ("Příplatek za elektřinu", "Power surcharge"), "fee_by_kind": ("Sazby podle druhu",
                                                                                       "Rates by kind"),
    "vendor_id": ("Prodejce", "Vendor"), "stall_id": ("Stánek", "Stall"), "performer_id": ("Účinkující", "Performer"),
    "has_power": ("Přípojka elektřiny", "Power outlet"), "has_water": ("Voda", "Water"),
    "is_stallholder": ("Stánkař", "Stallholder"), "is_supplier": ("Dodavatel", "Supplier"),
    "expected_attendance": ("Očekávaná návštěvnost", "Expected attendance"), "sequence": ("Verze pro kalendáře",
                                                                                         "Calendar sequence"),
    "day": ("Den", "Day"), "note": ("Poznámka", "Note"), "active": ("Aktivní", "Active"),
    "map_width_m": ("Šířka plánku", "Map width"), "map_depth_m": ("Hloubka plánku", "Map depth"),
}
_HIDDEN = {"sequence", "created_at", "updated_at", "version", "id"}
_ENUMS: dict[tuple[str, str], type[enum.Enum]] = {}


def _enum_of(table: str, column: str) -> type[enum.Enum] | None:
    if not _ENUMS:
        for t_name, tbl in Base.metadata.tables.items():
            for c in tbl.columns:
                cls = getattr(c.type, "enum_class", None)
                if cls is not None:
                    _ENUMS[(t_name, c.name)] = cls
    return _ENUMS.get((table, column))


def field_name(column: str) -> str:
    """Return the human name of a column."""
    if column in _FIELDS:
        return t(*_FIELDS[column])
    name = field_label(column)
    return name if name != column else column.replace("_", " ")


def format_value(table: str, column: str, value: Any) -> str:
    """Return a stored (JSON) value as a person reads it: dates in Czech form, enums by label."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return t("ano", "yes") if value else t("ne", "no")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "—"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items()) or "—"
    cls = _enum_of(table, column)
    if cls is not None:
        try:
            member = cls(value)
        except ValueError:
            return str(value)
        return label(member) if member in LABELS else str(value)
    if isinstance(value, str) and len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-":
        try:
            if len(value) == 10:
                d = dt.date.fromisoformat(value)
                return f"{d.day}. {d.month}. {d.year}"
            stamp = dt.datetime.fromisoformat(value)
            if stamp.tzinfo is not None:
                return format_when(stamp)
        except ValueError:
            pass
    return " ".join(str(value).split())  # one line in a table cell


def kind_name(kind: RecordKind) -> str:
    """Return "akce" / "event" (the record kind, singular)."""
    (one, _few, _many, _acc), (sg, _pl) = KIND_NOUNS[kind]
    return t(one, sg)


def action_name(action: str) -> str:
    return {"create": t("vytvořeno", "created"), "update": t("změněno", "changed"),
            "delete": t("smazáno", "deleted")}.get(action, action)


def describe(row: HistoryRow) -> str:
    """Return what changed in one row: "Začátek: 9. 12. 2026 19:00 → 20:00; Název: A → B" or "vytvořeno"."""
    if row.action != "update":
        return action_name(row.action)
    parts = []
    for column, (old, new) in row.changes.items():
        if column in _HIDDEN:
            continue
        parts.append(f"{field_name(column)}: {format_value(row.table_name, column, old)} → "
                     f"{format_value(row.table_name, column, new)}")
    return "; ".join(parts) or action_name(row.action)


def record_text(row: HistoryRow) -> str:
    """Return "akce „Adventní koncert“"."""
    q = ("„", "“") if t("cs", "en") == "cs" else ("“", "”")
    return f"{kind_name(row.record_kind)} {q[0]}{row.record_label}{q[1]}" if row.record_label else kind_name(
        row.record_kind)


def as_json(rows: Sequence[HistoryRow]) -> list[dict[str, Any]]:
    """Return the rows grouped by operation (newest first), JSON-ready, values as stored."""
    ops: dict[int, dict[str, Any]] = {}
    for r in rows:
        op = ops.get(r.op_id)
        if op is None:
            op = ops[r.op_id] = {"op_id": r.op_id, "at": r.at.isoformat(), "who": r.who, "kind": r.op_kind.value,
                                 "label": r.op_label, "undoes": r.undoes_id, "redoes": r.redoes_id, "changes": []}
        op["changes"].append({"record_kind": r.record_kind.value, "record_id": r.record_id,
                              "record": r.record_label, "table": r.table_name, "action": r.action,
                              "fields": {k: list(v) for k, v in r.changes.items()}, "text": describe(r)})
    return list(ops.values())


def history_report(rows: Sequence[HistoryRow], selection: Sequence[str] = ()) -> Any:
    """Return the Změny page's rows as an Excel report (planner.formats.excel.write_report)."""
    from planner.formats.excel import Column, Report

    columns = (
        Column(t("Kdy", "When"), "text", 17), Column(t("Kdo", "Who"), "text", 22),
        Column(t("Operace", "Operation"), "text", 40, wrap=True), Column(t("Záznam", "Record"), "text", 36, wrap=True),
        Column(t("Co se změnilo", "What changed"), "text", 70, wrap=True),
    )
    data = [(format_when(r.at), r.who, r.op_label, record_text(r), describe(r)) for r in rows]
    return Report("history", t("Změny", "Changes"), columns, data, tuple(selection))
