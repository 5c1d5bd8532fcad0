"""History rows as readable Czech (or English) text: for the CLI, the Změny page and its Excel export."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from typing import Any

from planner.errors import field_label
from planner.formats.labels import LABELS, label
from planner.i18n import _, N_
from planner.models import Base, RecordKind
from planner.services.history import HistoryRow
from planner.services import oplabels
from planner.services.undo import format_when

# Fields the shared error labels do not name (planner.errors.FIELD_LABELS has the others).
_FIELDS: dict[str, str] = {
    "description": N_("Description"), "internal_notes": N_("Internal notes"),
    "status": N_("Status"), "category": N_("Category"), "public": N_("Public"),
    "all_day": N_("All day"), "series_id": N_("Series"), "venue_id": N_("Venue"),
    "staff_id": N_("Responsible person"), "parent_id": N_("Parent event"),
    "ticket_info": N_("Tickets"), "notes": N_("Notes"), "paid_on": N_("Paid on"),
    "archived": N_("Archived"), "contact_person": N_("Contact person"),
    "street": N_("Street"), "city": N_("City"), "kind": N_("Kind"),
    "equipment": N_("Equipment"), "goods": N_("Range of goods"), "zone": N_("Zone"),
    "consent_date": N_("Consent date"), "needs_power": N_("Needs power"),
    "x_m": N_("Position x"), "y_m": N_("Position y"), "rotation": N_("Rotation"),
    "default_open": N_("Opening time"), "default_close": N_("Closing time"),
    "fee_per_day": N_("Fee per day"), "fee_per_m2_day": N_("Fee per m² and day"),
    "power_fee_per_day": N_("Power surcharge"), "fee_by_kind": N_("Rates by kind"),
    "vendor_id": N_("Vendor"), "stall_id": N_("Stall"), "performer_id": N_("Performer"),
    "has_power": N_("Power outlet"), "has_water": N_("Water"),
    "is_stallholder": N_("Stallholder"), "is_supplier": N_("Supplier"),
    "expected_attendance": N_("Expected attendance"), "sequence": N_("Calendar sequence"),
    "day": N_("Day"), "note": N_("Note"), "active": N_("Active"),
    "map_width_m": N_("Map width"), "map_depth_m": N_("Map depth"),
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
        return _(_FIELDS[column])
    name = field_label(column)
    return name if name != column else column.replace("_", " ")


def format_value(table: str, column: str, value: Any) -> str:
    """Return a stored (JSON) value as a person reads it: dates in Czech form, enums by label."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return _("yes") if value else _("no")
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
    return oplabels.kind_name(kind)


def action_name(action: str) -> str:
    return {"create": _("created"), "update": _("changed"),
            "delete": _("deleted")}.get(action, action)


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
    if not row.record_label:
        return kind_name(row.record_kind)
    return _("{kind} “{label}”").format(kind=kind_name(row.record_kind), label=row.record_label)


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
        Column(_("When"), "text", 17), Column(_("Who"), "text", 22),
        Column(_("Operation"), "text", 40, wrap=True), Column(_("Record"), "text", 36, wrap=True),
        Column(_("What changed"), "text", 70, wrap=True),
    )
    data = [(format_when(r.at), r.who, r.op_label, record_text(r), describe(r)) for r in rows]
    return Report("history", _("Changes"), columns, data, tuple(selection))
