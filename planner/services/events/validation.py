"""The rules an event draft must pass before it is saved (editor, CLI, importers: one check)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.errors import ValidationError, ValidationErrors
from planner.models import Event, Series, Staff, Venue
from planner.services._common import SM
from planner.services.dto import (
    EventDraft,
)
from planner.services.events.query import MAX_EVENT_DAYS
from planner.services.timeutil import UTC, all_day_span, first_last_day
from planner.services.validation import (
    money,
    non_negative_int,
    normalize_url,
    optional_text,
    require_text,
)


def validate_event(s: Session, d: EventDraft, event_id: int | None = None) -> dict[str, Any]:
    """Return normalised values of a draft or raise ValidationErrors naming every bad field."""
    errors: list[ValidationError] = []
    values: dict[str, Any] = {}

    def check(field: str, fn: Any) -> None:
        try:
            values[field] = fn()
        except ValidationError as exc:
            errors.append(exc)

    check("title", lambda: require_text(d.title, "title", 300))
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
        values["start"] = start.astimezone(UTC)
        values["end"] = end.astimezone(UTC)
    values["all_day"] = d.all_day
    values["category"] = d.category
    values["status"] = d.status
    values["public"] = d.public
    check("description", lambda: optional_text(d.description, "description", 20000))
    check("internal_notes", lambda: optional_text(d.internal_notes, "internal_notes", 20000))
    check("ticket_info", lambda: optional_text(d.ticket_info, "ticket_info", 500))
    check("url", lambda: normalize_url(d.url))
    check("expected_attendance", lambda: non_negative_int(d.expected_attendance, "expected_attendance"))
    ref: int | None
    for field, model, ref in (
        ("series", Series, d.series_id),
        ("venue", Venue, d.venue_id),
        ("staff", Staff, d.staff_id),
    ):
        if ref is not None and s.get(model, ref) is None:
            errors.append(ValidationError(field, "unknown_choice", value=ref))
        values[f"{field}_id"] = ref
    if d.parent_id is not None:
        if event_id is not None and _is_ancestor_or_self(s, event_id, d.parent_id):
            errors.append(ValidationError("parent", "parent_cycle"))
        elif s.get(Event, d.parent_id) is None:
            errors.append(ValidationError("parent", "unknown_choice", value=d.parent_id))
    values["parent_id"] = d.parent_id
    for link in d.performers:
        try:
            money(link.fee, "fee")
        except ValidationError as exc:
            errors.append(exc)
    if errors:
        raise ValidationErrors(errors)
    return values


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
