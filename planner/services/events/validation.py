"""The rules an event draft must pass before it is saved (editor, CLI, importers: one check)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.errors import ValidationError, ValidationErrors
from planner.i18n import _
from planner.models import Event, Series, Staff, Venue
from planner.models.enums import EventCategory, EventStatus
from planner.services.formatting import format_date_range
from planner.services._common import SM
from planner.services.dto import (
    EventDraft,
)
from planner.services.events.query import MAX_EVENT_DAYS
from planner.services.timeutil import UTC, all_day_span, first_last_day, format_date
from planner.services.validation import (
    money,
    non_negative_int,
    normalize_url,
    optional_text,
    require_text,
)

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class EventValues:
    """A draft's values once validation passed: texts trimmed, instants in UTC, references checked.

    Built only by :func:`validate_event`; the write services apply it (``new_event``,
    ``write.apply_event_values``). Its fields are the Event columns a draft sets.
    """

    title: str
    start: dt.datetime
    end: dt.datetime
    all_day: bool
    category: EventCategory
    status: EventStatus
    public: bool
    description: str
    internal_notes: str
    ticket_info: str
    url: str
    expected_attendance: int | None
    series_id: int | None
    venue_id: int | None
    staff_id: int | None
    parent_id: int | None

    def columns(self) -> dict[str, object]:
        """Return the values by Event column name (for a bulk INSERT or a field-by-field diff)."""
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def new_event(self, uid: str) -> Event:
        """Return a new (unsaved) Event with these values."""
        return Event(uid=uid, **self.columns())


def validate_event(s: Session, d: EventDraft, event_id: int | None = None) -> EventValues:
    """Return normalised values of a draft or raise ValidationErrors naming every bad field."""
    errors: list[ValidationError] = []

    def check(fn: Callable[[], T]) -> T | None:
        try:
            return fn()
        except ValidationError as exc:
            errors.append(exc)
            return None

    title = check(lambda: require_text(d.title, "title", 300))
    start, end = d.start, d.end
    times_ok = True
    for field, value in (("start", start), ("end", end)):
        if value is None:
            errors.append(ValidationError(field, "required"))
            times_ok = False
        elif value.tzinfo is None or value.utcoffset() is None:
            errors.append(ValidationError(field, "naive_datetime"))
            times_ok = False
    if times_ok:
        if d.all_day:
            start, end = all_day_span(*first_last_day(start, end))
        if end <= start:
            errors.append(ValidationError("end", "end_before_start"))
        elif end - start > dt.timedelta(days=MAX_EVENT_DAYS):
            errors.append(ValidationError("end", "event_too_long", max_days=MAX_EVENT_DAYS))
    description = check(lambda: optional_text(d.description, "description", 20000))
    internal_notes = check(lambda: optional_text(d.internal_notes, "internal_notes", 20000))
    ticket_info = check(lambda: optional_text(d.ticket_info, "ticket_info", 500))
    url = check(lambda: normalize_url(d.url))
    attendance = check(lambda: non_negative_int(d.expected_attendance, "expected_attendance"))
    ref: int | None
    for field, model, ref in (
        ("series", Series, d.series_id),
        ("venue", Venue, d.venue_id),
        ("staff", Staff, d.staff_id),
    ):
        if ref is not None and s.get(model, ref) is None:
            errors.append(ValidationError(field, "unknown_choice", value=ref))
    if d.parent_id is not None:
        parent = None
        if event_id is not None and _is_ancestor_or_self(s, event_id, d.parent_id):
            errors.append(ValidationError("parent", "parent_cycle"))
        elif (parent := s.get(Event, d.parent_id)) is None:
            errors.append(ValidationError("parent", "unknown_choice", value=d.parent_id))
        if parent is not None and times_ok:
            problem = outside_edition(first_last_day(start, end)[0], *first_last_day(parent.start, parent.end))
            if problem is not None:
                errors.append(ValidationError("start", "invalid", value=problem))
    for link in d.performers:
        try:
            money(link.fee, "fee")
        except ValidationError as exc:
            errors.append(exc)
    if errors:
        raise ValidationErrors(errors)
    # No error: every check above returned its value.
    assert title is not None and description is not None and internal_notes is not None
    assert ticket_info is not None and url is not None
    return EventValues(
        title=title, start=start.astimezone(UTC), end=end.astimezone(UTC), all_day=d.all_day,
        category=d.category, status=d.status, public=d.public, description=description,
        internal_notes=internal_notes, ticket_info=ticket_info, url=url, expected_attendance=attendance,
        series_id=d.series_id, venue_id=d.venue_id, staff_id=d.staff_id, parent_id=d.parent_id,
    )


def outside_edition(day: dt.date, first: dt.date, last: dt.date) -> str | None:
    """Return why a programme item starting on ``day`` does not belong to an edition held on
    the days ``first``..``last`` (inclusive), or None when it does.

    The rule "a programme item lies within its edition": its first day is one of the
    edition's days (an item may run past midnight of the last one). validate_event applies
    it to every draft with a parent, so the editor, the CLI and the importers all refuse the
    same items; the programme import asks it first to name the sheet's date column.
    """
    if first <= day <= last:
        return None
    return _(
        "{format_date} is outside the edition ({format_date_range})."
    ).format(format_date=format_date(day), format_date_range=format_date_range(first, last))


def _is_ancestor_or_self(s: Session, event_id: int, candidate_parent: int) -> bool:
    seen: set[int] = set()
    current: int | None = candidate_parent
    while current is not None and current not in seen:
        if current == event_id:
            return True
        seen.add(current)
        current = s.scalar(select(Event.parent_id).where(Event.id == current))
    return False


def check_event(sm: SM, draft: EventDraft, event_id: int | None = None) -> None:
    """Validate a draft exactly as saving it would, without writing (the editor's inline check).

    Raises ValidationErrors naming every bad field.
    """
    with sm() as s:
        validate_event(s, draft, event_id)


def validate_drafts(sm: SM, drafts: Sequence[EventDraft]) -> list[ValidationErrors | None]:
    """Validate drafts with the editor's rules (validate_event); one result per draft."""
    out: list[ValidationErrors | None] = []
    with sm() as s:
        for d in drafts:
            try:
                validate_event(s, d)
                out.append(None)
            except ValidationErrors as exc:
                out.append(exc)
    return out
