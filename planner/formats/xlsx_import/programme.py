"""Previewing a festival programme: each row validated and matched to an item of the edition (title and day)."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any


from planner.errors import (
    ImportFileError,
)
from planner.i18n import _
from planner.models.enums import EventCategory, EventStatus
from planner.services import events as event_service
from planner.services import venues as venue_service
from planner.services._common import SM
from planner.services.dto import EventDraft, EventRow, PerformerLink
from planner.services.timeutil import PRAGUE, first_last_day, to_utc
from planner.formats.xlsx_import.rows import ImportPreview, NEW, REJECTED, RowResult, UNCHANGED, UPDATED, _GENRE_ALIASES, _RowError, _choice, _date, _from_validation, _reason, _text, _time, _value
from planner.formats.xlsx_import.sheet import DEFAULT_DURATION, PROGRAMME_FIELDS, Sheet, _key, guess_mapping

log = logging.getLogger(__name__)


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


def _check_mapping(mapping: dict[str, int]) -> None:
    missing = [f for f in PROGRAMME_FIELDS if f.required and f.key not in mapping]
    if missing:
        raise ImportFileError(_("Required columns are not mapped: {columns}.").format(
            columns=", ".join(f.label for f in missing)))


def _row_day(row: tuple[object, ...], mapping: dict[str, int], first: dt.date, last: dt.date) -> dt.date:
    day = _date(_value(row, mapping, "date"), "date")
    if day is None:
        raise _RowError("date", _("the date is required."))
    outside = event_service.outside_edition(day, first, last)
    if outside is not None:  # the service's rule, reported on the date column
        raise _RowError("date", outside)
    return day


def _row_times(row: tuple[object, ...], mapping: dict[str, int]) -> tuple[dt.time | None, dt.time | None]:
    """Return the row's start and end times: from their columns, a "date and time" cell or "19–21"."""
    start_raw = _value(row, mapping, "start")
    end_raw = _value(row, mapping, "end")
    day_raw = _value(row, mapping, "date")
    if start_raw is None and isinstance(day_raw, dt.datetime) and day_raw.time() != dt.time(0):
        start_raw = day_raw.time()  # one "date and time" column
    if isinstance(start_raw, str) and re.search(r"\d\s*[–-]\s*\d", start_raw) and end_raw is None:
        start_raw, end_raw = (p.strip() for p in re.split(r"[–-]", start_raw, maxsplit=1))
    return _time(start_raw, "start"), _time(end_raw, "end")


def _row_venue(venues: Sequence[Any], venue_name: str | None) -> int | None:
    if not venue_name:
        return None
    venue = _find_venue(venues, venue_name)
    if venue is None:
        raise _RowError("venue", _(
            "the venue “{venue_name}” is unknown; add it to the venues first."
        ).format(venue_name=venue_name))
    return int(venue.id)


def _row_span(day: dt.date, start_t: dt.time | None, end_t: dt.time | None,
              match: EventRow | None) -> tuple[dt.datetime, dt.datetime, bool]:
    """Return the item's start, end and all-day flag from its day and times."""
    if start_t is None:
        s_dt = dt.datetime.combine(day, dt.time(0), tzinfo=PRAGUE)
        return s_dt, s_dt + dt.timedelta(days=1), True
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
    return s_dt, e_dt, False


def _row_draft(row: tuple[object, ...], mapping: dict[str, int], title: str, day: dt.date, venues: Sequence[Any],
               edition: EventRow, match: EventRow | None, seen: dict[tuple[str, dt.date], int]) -> EventDraft:
    """Return the draft a row describes: the matched item (or a new one of the edition) changed by its cells.

    Raises _RowError naming the column, in the order a reader checks them (times, venue, a repeated row).
    """
    start_t, end_t = _row_times(row, mapping)
    venue_name = _text(row, mapping, "venue")
    venue_id = _row_venue(venues, venue_name)
    cat = _value(row, mapping, "category")
    key = (_key(title), day)
    if title and key in seen:
        raise _RowError("title", _("the same item on the same day is already in row {seen}.").format(seen=seen[key]))
    base = match.to_draft() if match else EventDraft(
        title="", start=edition.start, end=edition.end, series_id=edition.series_id,
        parent_id=edition.id, staff_id=edition.staff_id, status=EventStatus.PLANNED,
    )
    s_dt, e_dt, all_day = _row_span(day, start_t, end_t, match)
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
    return replace(base, **changes)


_FIELD_MAP = {"title": "title", "start": "start", "end": "end", "venue": "venue",
              "ticket_info": "ticket_info", "description": "description", "fee": "performers"}


def preview_programme(sm: SM, sheet: Sheet, edition_id: int,
                      mapping: dict[str, int] | None = None) -> ImportPreview:
    """Validate programme rows of a festival edition and match them (same title and day)."""
    mapping = dict(mapping if mapping is not None else guess_mapping(sheet.headers, "programme"))
    _check_mapping(mapping)
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
            day = _row_day(row, mapping, first, last)
            match = existing.get((_key(title), day))
            draft = _row_draft(row, mapping, title, day, venues, edition, match, seen)
        except _RowError as exc:
            results[line] = RowResult(line, REJECTED, title, _reason(sheet, line, mapping, exc.field_key,
                                                                     exc.message))
            continue
        if title:
            seen[(_key(title), day)] = line
        pending.append((line, title, draft, match))
    checks = event_service.validate_drafts(sm, [p[2] for p in pending])
    for (line, title, draft, match), problem in zip(pending, checks, strict=True):
        if problem is not None:
            reason = "; ".join(_from_validation(sheet, line, mapping, e, _FIELD_MAP) for e in problem.errors)
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
