"""Vendors: market stallholders and suppliers of services."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from planner.errors import ValidationError, ValidationErrors
from planner.models import EventSupplier, Market, Stall, StallBooking, Vendor
from planner.models.enums import OpKind
from planner.services import erasure
from planner.services.recording import scrub_history
from planner.services._common import SM, get_or_raise, run, run_or_rehearse, set_archived, update_row
from planner.services.dto import ImportCounts, VendorDraft, VendorRow
from planner.models.keys import vendor_match_key
from planner.services.text import czech_sort_key
from planner.services.validation import (
    gather,
    normalize_dic,
    normalize_email,
    normalize_ico,
    normalize_phone,
    normalize_psc,
    optional_text,
    require_text,
)


def _row(o: Vendor) -> VendorRow:
    return VendorRow(
        o.id, o.name, o.ico, o.dic, o.contact_person, o.phone, o.email, o.street, o.city,
        o.postal_code, o.category, o.is_stallholder, o.is_supplier, o.power_kw, o.goods, o.notes,
        o.consent_date, o.archived, o.version,
    )


def _power(value: Decimal | str | None) -> Decimal | None:
    """Return a power need in kW (accepts '2,5' as typed), None when empty."""
    if value is None or not str(value).strip():
        return None
    try:
        power = Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation as exc:
        raise ValidationError("power_kw", "not_a_number", value=value) from exc
    if not power.is_finite():
        raise ValidationError("power_kw", "not_a_number", value=value)
    if power < 0:
        raise ValidationError("power_kw", "not_negative")
    if power >= 10000:  # Numeric(5, 1)
        raise ValidationError("power_kw", "too_large", max="9 999,9 kW")
    return power


def validate_vendor(d: VendorDraft, *, every: bool = False) -> dict[str, object]:
    """Return normalised field values or raise ValidationError naming the bad field
    (with ``every``: check all fields and raise ValidationErrors when several are bad)."""
    return gather({
        "name": lambda: require_text(d.name, "name"),
        "ico": lambda: normalize_ico(d.ico),
        "dic": lambda: normalize_dic(d.dic),
        "contact_person": lambda: optional_text(d.contact_person, "contact_person"),
        "phone": lambda: normalize_phone(d.phone),
        "email": lambda: normalize_email(d.email),
        "street": lambda: optional_text(d.street, "street"),
        "city": lambda: optional_text(d.city, "city", 100),
        "postal_code": lambda: normalize_psc(d.postal_code),
        "category": lambda: d.category,
        "is_stallholder": lambda: d.is_stallholder,
        "is_supplier": lambda: d.is_supplier,
        "power_kw": lambda: _power(d.power_kw),
        "goods": lambda: optional_text(d.goods, "goods", 2000),
        "notes": lambda: optional_text(d.notes, "notes", 10000),
        "consent_date": lambda: d.consent_date,
        "archived": lambda: d.archived,
    }, every=every)


# Unique keys of the vendor table and the field a violation names.
def _unique(values: dict[str, object]) -> dict[str, tuple[str, object]]:
    return {"ico": ("ico", values["ico"]), "match_key": ("name", values["name"])}


def check_vendor(sm: SM, draft: VendorDraft, vendor_id: int | None = None, *, every: bool = False) -> dict[str, object]:
    """Validate a draft like validate_vendor and also refuse an IČO another vendor has."""
    errors: list[ValidationError] = []
    values: dict[str, object] = {}
    try:
        values = validate_vendor(draft, every=every)
    except ValidationErrors as exc:
        errors = list(exc.errors)
    except ValidationError as exc:
        if not every:
            raise
        errors = [exc]
    ico = values.get("ico") if not errors else _valid_ico(draft.ico)
    if ico:
        with sm() as s:
            other = s.scalar(select(Vendor.id).where(Vendor.ico == ico))
        if other is not None and other != vendor_id:
            errors.append(ValidationError("ico", "duplicate", value=ico))
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise ValidationErrors(errors)
    return values


def _valid_ico(value: str | None) -> str | None:
    try:
        return normalize_ico(value)
    except ValidationError:
        return None


def list_vendors(sm: SM, *, include_archived: bool = False) -> list[VendorRow]:
    """Return vendors sorted by name (Czech collation)."""
    with sm() as s:
        q = select(Vendor)
        if not include_archived:
            q = q.where(Vendor.archived.is_(False))
        rows = [_row(o) for o in s.scalars(q)]
    return sorted(rows, key=lambda r: czech_sort_key(r.name))


def get_vendor(sm: SM, vendor_id: int) -> VendorRow:
    with sm() as s:
        return _row(get_or_raise(s, Vendor, vendor_id, "Vendor"))


def find_vendor(sm: SM, *, ico: str | None = None, name: str | None = None) -> VendorRow | None:
    """Return the vendor matched by IČO, else by exact name, or None."""
    with sm() as s:
        if ico:
            o = s.scalar(select(Vendor).where(Vendor.ico == ico))
            if o:
                return _row(o)
        if name:
            o = s.scalars(select(Vendor).where(Vendor.name == name)).first()
            if o:
                return _row(o)
    return None


def create_vendor(sm: SM, draft: VendorDraft) -> VendorRow:
    values = validate_vendor(draft)

    def work(s: Session) -> VendorRow:
        o = Vendor(**values)
        s.add(o)
        s.flush()
        return _row(o)

    return run(sm, work, op=OpKind.VENDOR_CREATE, unique=_unique(values))


def update_vendor(sm: SM, vendor_id: int, draft: VendorDraft, *, version: int | None = None) -> VendorRow:
    values = validate_vendor(draft)

    def work(s: Session) -> VendorRow:
        return _row(update_row(s, Vendor, vendor_id, "Vendor", values, version))

    return run(sm, work, op=OpKind.VENDOR_UPDATE, unique=_unique(values))


def set_vendor_archived(sm: SM, vendor_id: int, archived: bool = True) -> VendorRow:
    """Archive (hide) or restore a vendor; their bookings stay."""
    return set_vendors_archived(sm, [vendor_id], archived)[0]


def set_vendors_archived(sm: SM, vendor_ids: Iterable[int], archived: bool = True) -> list[VendorRow]:
    """Archive or restore several vendors in one transaction (one user action)."""
    return set_archived(sm, Vendor, vendor_ids, archived, "Vendor", _row,
                        op=OpKind.VENDOR_ARCHIVE if archived else OpKind.VENDOR_RESTORE)


# Fields that identify a natural person: cleared by anonymise_vendor. The DIČ of a person holds
# their birth number; the IČO of a sole trader and their trade name identify them too.
PERSONAL_FIELDS = ("contact_person", "phone", "email", "street", "consent_date", "dic", "notes")


def _plain(value: Any) -> Any:
    """Return a JSON-friendly value (dates as ISO text, money as exact text)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def personal_data(sm: SM, vendor_id: int) -> dict[str, Any]:
    """Return everything held about a vendor (for a data-subject access request), JSON-ready."""
    with sm() as s:
        o = get_or_raise(s, Vendor, vendor_id, "Vendor")
        vendor = {
            "id": o.id, "name": o.name, "ico": o.ico, "dic": o.dic, "contact_person": o.contact_person,
            "phone": o.phone, "email": o.email, "street": o.street, "city": o.city,
            "postal_code": o.postal_code, "category": o.category.value,
            "is_stallholder": o.is_stallholder, "is_supplier": o.is_supplier, "power_kw": o.power_kw,
            "goods": o.goods, "notes": o.notes, "consent_date": o.consent_date, "archived": o.archived,
            "created_at": o.created_at.isoformat(), "updated_at": o.updated_at.isoformat(),
        }
        q = (
            select(StallBooking)
            .options(joinedload(StallBooking.stall).joinedload(Stall.market).joinedload(Market.event))
            .where(StallBooking.vendor_id == vendor_id)
            .order_by(StallBooking.first_day, StallBooking.id)
        )
        bookings = [
            {
                "market": b.stall.market.event.title, "stall": b.stall.code, "first_day": b.first_day,
                "last_day": b.last_day, "status": b.status.value, "fee": b.fee,
                "needs_power": b.needs_power, "paid_on": b.paid_on, "notes": b.notes,
            }
            for b in s.scalars(q)
        ]
        supplies_q = (
            select(EventSupplier).options(joinedload(EventSupplier.event))
            .where(EventSupplier.vendor_id == vendor_id).order_by(EventSupplier.id)
        )
        supplies = [
            {"event": x.event.title, "event_start": x.event.start.isoformat(), "service": x.service,
             "fee": x.fee, "paid_on": x.paid_on, "notes": x.notes}
            for x in s.scalars(supplies_q)
        ]
    from planner.models import RecordKind
    from planner.services.history import record_history  # here: history imports the services layer

    logged = [
        {"at": r.at.isoformat(), "who": r.who, "operation": r.op_label, "action": r.action,
         "values": {f: v for f, v in ((r.values or {}) if r.action != "update" else
                                      {f: p[0] for f, p in r.changes.items()}).items() if f in PERSONAL_FIELDS}}
        for r in record_history(sm, RecordKind.VENDOR, vendor_id) if r.table_name == Vendor.__tablename__
    ]
    return {
        "vendor": {k: _plain(v) for k, v in vendor.items()},
        "stall_bookings": [{k: _plain(v) for k, v in b.items()} for b in bookings],
        "services_to_events": [{k: _plain(v) for k, v in x.items()} for x in supplies],
        "history": [h for h in logged if h["values"]],  # personal values the change history holds
    }


def is_natural_person(ico: str | None, dic: str | None) -> bool:
    """Return whether a vendor is a natural person: no IČO, or a DIČ made of a birth number.

    A Czech legal entity's DIČ is CZ + its 8-digit IČO; a person's DIČ is CZ + their
    9- or 10-digit birth number (a sole trader has an IČO, but that DIČ).
    """
    digits = (dic or "").upper().removeprefix("CZ")
    return not ico or (digits.isdigit() and len(digits) in (9, 10))


def anonymise_vendor(sm: SM, vendor_id: int, *, natural_person: bool | None = None) -> VendorRow:
    """Clear a vendor's personal data in one transaction; bookings, days and fees stay.

    Clears the contact person, phone, e-mail, street, consent date, DIČ and notes, and
    the notes of the vendor's bookings and services; for a natural person (by default
    decided by :func:`is_natural_person`) also the name (it becomes "Anonymizovaný
    prodejce <id>") and the IČO. Afterwards the
    freed pages are overwritten (SQLite secure_delete, VACUUM, WAL truncated) and the
    pre-migration backups get the same treatment (planner.services.erasure).
    """

    person: list[bool] = []
    old_names: list[str] = []

    def work(s: Session) -> VendorRow:
        o = get_or_raise(s, Vendor, vendor_id, "Vendor")
        person.append(is_natural_person(o.ico, o.dic) if natural_person is None else natural_person)
        old_names.extend(n for n in (o.name, o.contact_person) if n)
        for name in PERSONAL_FIELDS:  # texts become empty, anything else (the consent date) None
            setattr(o, name, "" if Vendor.__table__.c[name].type.python_type is str else None)
        if person[-1]:
            o.name = anonymous_name(o.id)
            o.ico = None
        bookings = list(s.scalars(select(StallBooking).where(StallBooking.vendor_id == vendor_id)))
        supplies = list(s.scalars(select(EventSupplier).where(EventSupplier.vendor_id == vendor_id)))
        for b in bookings:
            b.notes = ""
        for x in supplies:
            x.notes = ""
        s.flush()
        # The old values leave the change history too.
        fields = PERSONAL_FIELDS + (("name", "ico", "match_key") if person[-1] else ())
        scrub_history(s, Vendor.__tablename__, (vendor_id,), fields)
        for b in bookings:
            scrub_history(s, StallBooking.__tablename__, (b.id,), ("notes",))
        for x in supplies:
            scrub_history(s, EventSupplier.__tablename__, (x.id,), ("notes",))
        return _row(o)

    row = run(sm, work, op=OpKind.VENDOR_ANONYMISE)
    if person[-1]:
        erasure.scrub_history_labels(sm, vendor_id, old_names, row.name)
    erasure.overwrite_freed_pages(sm)
    erasure.scrub_backups(sm, vendor_id, natural_person=person[-1], name=row.name)
    return row


def anonymous_name(vendor_id: int) -> str:
    """Return the name an anonymised vendor gets (unique, so the natural key stays unique)."""
    return f"Anonymizovaný prodejce {vendor_id}"


def delete_vendor(sm: SM, vendor_id: int) -> None:
    """Delete a vendor without bookings; one with bookings must be archived instead."""

    def work(s: Session) -> None:
        o = get_or_raise(s, Vendor, vendor_id, "Vendor")
        used = s.scalar(
            select(func.count()).select_from(StallBooking).where(StallBooking.vendor_id == vendor_id)
        ) or 0
        used += s.scalar(
            select(func.count()).select_from(EventSupplier).where(EventSupplier.vendor_id == vendor_id)
        ) or 0
        if used:
            raise ValidationError("vendor", "in_use", value=used)
        s.delete(o)

    run(sm, work, op=OpKind.VENDOR_DELETE)


def import_vendors(
    sm: SM, items: Sequence[tuple[int | None, int | None, VendorDraft]], *, dry_run: bool = False,
    label: str | None = None,
) -> ImportCounts:
    """Create (id None) or update vendors in ONE transaction: all of them or none.

    Each item is (id, the version the preview saw, draft). An update whose vendor moved
    on since the preview raises StaleEdit; a new vendor whose IČO or natural key
    (vendor_match_key) exists by now raises ValidationError(field, "duplicate") — a
    colleague imported it meanwhile. Nothing is written then. The transaction takes
    the write lock first (BEGIN IMMEDIATE on SQLite), and the schema's unique keys catch
    what a check could still miss on PostgreSQL. A dry run does the work and rolls it back.
    """
    prepared = [(vid, version, validate_vendor(d)) for vid, version, d in items]

    def work(s: Session) -> ImportCounts:
        created = updated = 0
        for vid, version, values in prepared:
            ico = values["ico"]
            if ico and s.scalar(select(Vendor.id).where(Vendor.ico == ico, Vendor.id != (vid or 0))):
                raise ValidationError("ico", "duplicate", value=ico)
            if vid is None:
                key = vendor_match_key(str(values["name"]), str(values["city"] or ""))
                if not ico and s.scalar(select(Vendor.id).where(Vendor.match_key == key, Vendor.ico.is_(None))):
                    raise ValidationError("name", "duplicate", value=values["name"])
                s.add(Vendor(**values))
                created += 1
            else:
                update_row(s, Vendor, vid, "Vendor", values, version)
                updated += 1
            s.flush()
        return ImportCounts(created, updated)

    return run_or_rehearse(sm, work, dry_run=dry_run, op=OpKind.XLSX_IMPORT_VENDORS, label=label,
                           unique={"ico": ("ico", None), "match_key": ("name", None)})
