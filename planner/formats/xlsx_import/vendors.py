"""Previewing a vendor list: each row validated and matched to a vendor (IČO, then name and town)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any


from planner import errors
from planner.errors import (
    ImportFileError,
    ValidationError,
)
from planner.i18n import _
from planner.models.enums import VendorCategory
from planner.services import vendors as vendor_service
from planner.services._common import SM
from planner.services.dto import VendorDraft, VendorRow
from planner.models.keys import vendor_match_key
from planner.services.text import fold
from planner.services.validation import normalize_ico
from planner.formats.xlsx_import.rows import ImportPreview, NEW, REJECTED, RowResult, UNCHANGED, UPDATED, _CATEGORY_ALIASES, _RowError, _choice, _date, _decimal, _from_validation, _reason, _text, _validation_text, _value
from planner.formats.xlsx_import.sheet import PROGRAMME_FIELDS, Sheet, VENDOR_FIELDS, _key, guess_mapping

log = logging.getLogger(__name__)


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
