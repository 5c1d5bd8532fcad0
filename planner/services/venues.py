"""Venues: halls, churches, squares. Records in use are archived, not deleted."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.errors import ValidationError
from planner.models import Event, Venue
from planner.models.enums import OpKind
from planner.services._common import SM, get_or_raise, run, set_archived, update_row
from planner.services.dto import EventQuery, EventRow, VenueDraft, VenueRow
from planner.services.events import list_events
from planner.services.text import czech_sort_key
from planner.services.validation import (
    gather,
    non_negative_int,
    normalize_colour,
    normalize_email,
    normalize_phone,
    normalize_psc,
    optional_text,
    require_text,
)


def _row(o: Venue) -> VenueRow:
    return VenueRow(
        o.id, o.name, o.kind, o.street, o.city, o.postal_code, o.capacity, o.contact, o.phone,
        o.email, tuple(o.equipment or ()), o.colour, o.notes, o.archived, o.version,
    )


def validate_venue(d: VenueDraft, *, every: bool = False) -> dict[str, object]:
    """Return normalised field values or raise ValidationError for the first bad field
    (with ``every``: check all fields and raise ValidationErrors when several are bad)."""
    return gather({
        "name": lambda: require_text(d.name, "name"),
        "kind": lambda: d.kind,
        "street": lambda: optional_text(d.street, "street"),
        "city": lambda: optional_text(d.city, "city", 100),
        "postal_code": lambda: normalize_psc(d.postal_code),
        "capacity": lambda: non_negative_int(d.capacity, "capacity"),
        "contact": lambda: optional_text(d.contact, "contact"),
        "phone": lambda: normalize_phone(d.phone),
        "email": lambda: normalize_email(d.email),
        "equipment": lambda: [e.strip() for e in d.equipment if e.strip()],
        "colour": lambda: normalize_colour(d.colour),
        "notes": lambda: optional_text(d.notes, "notes", 10000),
        "archived": lambda: d.archived,
    }, every=every)


def list_venues(sm: SM, *, include_archived: bool = False) -> list[VenueRow]:
    """Return venues sorted by name (Czech collation); archived ones only on request."""
    with sm() as s:
        q = select(Venue)
        if not include_archived:
            q = q.where(Venue.archived.is_(False))
        rows = [_row(o) for o in s.scalars(q)]
    return sorted(rows, key=lambda r: czech_sort_key(r.name))


def get_venue(sm: SM, venue_id: int) -> VenueRow:
    with sm() as s:
        return _row(get_or_raise(s, Venue, venue_id, "Venue"))


def find_venue(sm: SM, name: str) -> VenueRow | None:
    """Return the venue with exactly this name, or None."""
    with sm() as s:
        o = s.scalar(select(Venue).where(Venue.name == name))
        return _row(o) if o else None


def create_venue(sm: SM, draft: VenueDraft) -> VenueRow:
    values = validate_venue(draft)

    def work(s: Session) -> VenueRow:
        o = Venue(**values)
        s.add(o)
        s.flush()
        return _row(o)

    return run(sm, work, op=OpKind.VENUE_CREATE, unique={"name": ("name", draft.name)})


def update_venue(sm: SM, venue_id: int, draft: VenueDraft, *, version: int | None = None) -> VenueRow:
    values = validate_venue(draft)

    def work(s: Session) -> VenueRow:
        return _row(update_row(s, Venue, venue_id, "Venue", values, version))

    return run(sm, work, op=OpKind.VENUE_UPDATE, unique={"name": ("name", draft.name)})


def set_venue_archived(sm: SM, venue_id: int, archived: bool = True) -> VenueRow:
    """Archive (hide) or restore a venue; its bookings stay."""
    return set_venues_archived(sm, [venue_id], archived)[0]


def set_venues_archived(sm: SM, venue_ids: Iterable[int], archived: bool = True) -> list[VenueRow]:
    """Archive or restore several venues in one transaction (one user action)."""
    return set_archived(sm, Venue, venue_ids, archived, "Venue", _row,
                        op=OpKind.VENUE_ARCHIVE if archived else OpKind.VENUE_RESTORE)


def venue_bookings(sm: SM, venue_id: int) -> list[EventRow]:
    """Return every event held at a venue (past and upcoming, cancelled too), by start."""
    return list_events(sm, EventQuery(venue_ids=frozenset({venue_id})))


def delete_venue(sm: SM, venue_id: int) -> None:
    """Delete an unused venue; a venue with events must be archived instead."""

    def work(s: Session) -> None:
        o = get_or_raise(s, Venue, venue_id, "Venue")
        used = s.scalar(select(func.count()).select_from(Event).where(Event.venue_id == venue_id))
        if used:
            raise ValidationError("venue", "in_use", value=used)
        s.delete(o)

    run(sm, work, op=OpKind.VENUE_DELETE)
