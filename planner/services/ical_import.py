"""Import of calendar events (from iCalendar files) in one all-or-nothing transaction.

The parser (planner.formats.ical) turns a file into :class:`IncomingEvent` values; this
module decides for each one whether it is new, an update, unchanged or skipped, and
writes the result through the same validation as the event editor.

Rules (documented for users in docs/ical.md):

- Events are matched by UID. A SEQUENCE lower than the stored one is an older version
  (skipped); an equal SEQUENCE updates only when LAST-MODIFIED is later than the stored
  change; a higher SEQUENCE updates. Nothing is written when the values are the same,
  so re-importing our own export changes nothing.
- The venue is matched by exact name (our exports also carry it in X-OPAVA-VENUE;
  otherwise LOCATION, or LOCATION up to the first comma). An unknown place is not
  created: its text goes into the description ("Místo konání: ...").
- A cancelled event that is not in the planner is skipped; one that is gets cancelled.
- Imported events from other calendars are not public unless the file says so
  (X-OPAVA-PUBLIC), so nothing reaches the public feed without a review.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from planner.errors import PlannerError, ValidationError, ValidationErrors
from planner.i18n import _, ngettext
from planner.models import Event, EventPerformer, Series, Venue
from planner.models.base import utcnow
from planner.models.enums import EventCategory, EventStatus, OpKind
from planner.services._common import IN_CHUNK, SM, run, run_or_rehearse
from planner.services.dto import EventDraft
from planner.services.events import apply_event_values, validate_event
from planner.services.recording import tracker

log = logging.getLogger(__name__)

DESCRIPTION_MAX = 20000  # the event editor's limit (services.events.validate_event)

# Fields an import writes; everything else (staff, performers, parent...) is kept.
_IMPORTED_FIELDS = (
    "title", "start", "end", "all_day", "status", "category", "venue_id", "series_id",
    "public", "description", "ticket_info", "url", "internal_notes",
)


@dataclass(frozen=True)
class IncomingEvent:
    """One event read from a file, with times already in UTC.

    Optional fields are None when the file does not state them (an update keeps
    the stored value, a new event gets the default). ``problem`` non-empty means
    the event cannot be imported and is reported as skipped with that reason.
    """

    uid: str
    title: str
    start: dt.datetime
    end: dt.datetime
    all_day: bool = False
    sequence: int = 0
    status: EventStatus | None = None
    location: str = ""
    venue_name: str | None = None
    series_name: str | None = None
    category: EventCategory | None = None
    public: bool | None = None
    description: str = ""
    ticket_info: str | None = None
    internal_notes: str | None = None
    url: str = ""
    last_modified: dt.datetime | None = None
    created: dt.datetime | None = None
    line: int = 0
    problem: str = ""


class Action(str, Enum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class ImportItem:
    """What happens (or would happen) to one incoming event."""

    action: Action
    uid: str
    title: str
    start: dt.datetime | None
    reason: str = ""
    line: int = 0
    event_id: int | None = None
    end: dt.datetime | None = None
    all_day: bool = False


@dataclass(frozen=True)
class ImportReport:
    items: tuple[ImportItem, ...] = ()
    dry_run: bool = False
    changed_ids: tuple[int, ...] = field(default=(), compare=False)
    # What updated events looked like before, so that undo_import can put them back.
    previous: tuple[tuple[int, dict[str, Any]], ...] = field(default=(), compare=False)

    def count(self, action: Action) -> int:
        return sum(1 for i in self.items if i.action is action)

    @property
    def new(self) -> int:
        return self.count(Action.NEW)

    @property
    def updated(self) -> int:
        return self.count(Action.UPDATED)

    @property
    def unchanged(self) -> int:
        return self.count(Action.UNCHANGED)

    @property
    def skipped(self) -> int:
        return self.count(Action.SKIPPED)


def location_note(location: str) -> str:
    """Return the description line that keeps an unmatched LOCATION text."""
    return _("Venue: ") + location


class ConcurrentImport(PlannerError):
    """A colleague imported the same events at the same moment; nothing of this import was written."""

    def __init__(self) -> None:
        super().__init__(_(
            "A colleague imported the same file (the same events by UID) at the same moment — nothing was written. "
            "Open the import again: the preview shows what is in the planner now."
        ))


def import_events(
    sm: SM, incoming: Sequence[IncomingEvent], *, dry_run: bool = False, source: str | None = None
) -> ImportReport:
    """Create or update events by UID in ONE transaction and report what happened.

    With ``dry_run`` the same decisions are made (including validation) and the
    transaction is rolled back, so the preview shows exactly what an import does. ``source`` (the
    file name) goes into the history label: "Import z iCalendar: 7 akcí (outlook.ics)".
    A UID that another transaction inserted since this one looked (two imports of
    the same file at once) raises ConcurrentImport; the loser writes nothing.
    """
    try:
        return run_or_rehearse(sm, lambda s: _import(s, incoming, dry_run, source), dry_run=dry_run,
                               op=OpKind.ICAL_IMPORT, unique={"uid": ("uid", "")})
    except ValidationError as exc:
        if exc.field == "uid" and exc.code == "duplicate":
            raise ConcurrentImport() from exc
        raise


def _import(s: Session, incoming: Sequence[IncomingEvent], dry_run: bool, source: str | None = None) -> ImportReport:
    uids = list({e.uid for e in incoming})
    existing: dict[str, Event] = {}
    for i in range(0, len(uids), IN_CHUNK):
        for e in s.scalars(select(Event).where(Event.uid.in_(uids[i : i + IN_CHUNK]))):
            existing[e.uid] = e
    venues = {v.name: v.id for v in s.execute(select(Venue.name, Venue.id))}
    series = {n: i for n, i in s.execute(select(Series.name, Series.id))}
    items: list[ImportItem] = []
    changed: list[int] = []
    # A UID twice in one file: the version with the highest SEQUENCE wins (the first among equals).
    winner: dict[str, int] = {}
    for index, inc in enumerate(incoming):
        if not inc.problem and (inc.uid not in winner or inc.sequence > incoming[winner[inc.uid]].sequence):
            winner[inc.uid] = index
    new_rows: list[tuple[int, dict[str, Any]]] = []
    previous: list[tuple[int, dict[str, Any]]] = []
    for index, inc in enumerate(incoming):
        def item(action: Action, reason: str = "", event_id: int | None = None, inc: IncomingEvent = inc) -> None:
            items.append(ImportItem(action, inc.uid, inc.title, inc.start, reason, inc.line, event_id,
                                    inc.end, inc.all_day))

        if inc.problem:  # its times may be placeholders: show none
            items.append(ImportItem(Action.SKIPPED, inc.uid, inc.title, None, inc.problem, inc.line))
            continue
        if winner[inc.uid] != index:
            item(Action.SKIPPED, _("the UID occurs twice in the file; another version applies"))
            continue
        current = existing.get(inc.uid)
        if current is None:
            if inc.status is EventStatus.CANCELLED:
                item(Action.SKIPPED, _("cancelled, not in the planner"))
                continue
            try:
                values = validate_event(s, _draft(inc, None, venues, series))
            except ValidationErrors as exc:
                item(Action.SKIPPED, exc.message.replace("\n", "; "))
                continue
            if not dry_run:
                now = utcnow()
                new_rows.append((len(items), {**values.columns(), "uid": inc.uid, "sequence": inc.sequence,
                                              "created_at": inc.created or now, "updated_at": now, "version": 1}))
            item(Action.NEW)
            continue
        if inc.sequence < current.sequence:
            item(
                Action.SKIPPED,
                _(
                    "older version (SEQUENCE {sequence} < {current_sequence})"
                ).format(sequence=inc.sequence, current_sequence=current.sequence),
                current.id,
            )
            continue
        newer = inc.sequence > current.sequence or (
            inc.last_modified is not None and inc.last_modified > current.updated_at
        )
        if not newer:
            item(Action.UNCHANGED, event_id=current.id)
            continue
        try:
            values = validate_event(s, _draft(inc, current, venues, series), current.id)
        except ValidationErrors as exc:
            item(Action.SKIPPED, exc.message.replace("\n", "; "), current.id)
            continue
        diff = {k: v for k, v in values.columns().items() if k in _IMPORTED_FIELDS and getattr(current, k) != v}
        if not diff:
            item(Action.UNCHANGED, event_id=current.id)
            continue
        if not dry_run:
            previous.append((current.id, {k: getattr(current, k) for k in diff}))
            apply_event_values(current, diff)
            current.sequence = max(inc.sequence, current.sequence)
            changed.append(current.id)
        item(Action.UPDATED, event_id=current.id)
    if not dry_run and new_rows:
        s.flush()  # the updates first
        # One multi-row INSERT (RETURNING the ids) instead of one statement per event.
        ids: dict[str, int] = {}
        for i in range(0, len(new_rows), IN_CHUNK):
            chunk = [values for _, values in new_rows[i : i + IN_CHUNK]]
            stmt = insert(Event).returning(Event.id, Event.uid, sort_by_parameter_order=True)
            ids.update({uid: id_ for id_, uid in s.execute(stmt, chunk)})
        for index, _values in new_rows:
            old = items[index]
            items[index] = replace(old, event_id=ids[old.uid])
            changed.append(ids[old.uid])
    log.debug("import: %d events, dry_run=%s", len(items), dry_run)
    if source and changed:
        tracker(s).label = ngettext("Import of {n} event from {source}", "Import of {n} events from {source}",
                                    len(changed)).format(n=len(changed), source=source)
    return ImportReport(tuple(items), dry_run, tuple(changed), tuple(previous))


def undo_import(sm: SM, report: ImportReport) -> None:
    """Take back an import in one transaction: delete the events it created, restore the ones it updated.

    A restored event gets a higher SEQUENCE again when its time, place or status
    changes back, so subscribers see the correction.
    """
    created = [i.event_id for i in report.items if i.action is Action.NEW and i.event_id is not None]

    def work(s: Session) -> None:
        for i in range(0, len(created), IN_CHUNK):
            s.execute(delete(EventPerformer).where(EventPerformer.event_id.in_(created[i : i + IN_CHUNK])))
            s.execute(delete(Event).where(Event.id.in_(created[i : i + IN_CHUNK])))
        for event_id, values in report.previous:
            e = s.get(Event, event_id)
            if e is None:
                continue  # deleted since; nothing to restore
            apply_event_values(e, values)

    run(sm, work, op=OpKind.ICAL_IMPORT_UNDO)


def _match_venue(inc: IncomingEvent, venues: dict[str, int]) -> int | None:
    for name in (inc.venue_name, inc.location.strip(), inc.location.split(",", 1)[0].strip()):
        if name and name in venues:
            return venues[name]
    return None


def _draft(inc: IncomingEvent, current: Event | None, venues: dict[str, int], series: dict[str, int]) -> EventDraft:
    venue_id = _match_venue(inc, venues)
    description = inc.description
    if venue_id is None and inc.location.strip():
        note = location_note(inc.location.strip()[:500])
        if note not in description:
            # The note goes first; a long description (an Outlook/Teams invitation) is shortened to
            # fit the limit rather than the whole event being refused (issue 16, class 3).
            room = DESCRIPTION_MAX - len(note) - 2
            if len(description) > room:
                description = description[: max(0, room - 1)].rstrip() + "…"
            description = f"{note}\n\n{description}" if description else note
    series_id: int | None
    if inc.series_name is not None:
        series_id = series.get(inc.series_name)
    else:
        series_id = current.series_id if current is not None else None

    def keep(value: Any, attr: str, default: Any) -> Any:
        if value is not None:
            return value
        return getattr(current, attr) if current is not None else default

    return EventDraft(
        title=inc.title,
        start=inc.start,
        end=inc.end,
        all_day=inc.all_day,
        category=keep(inc.category, "category", EventCategory.OTHER),
        status=keep(inc.status, "status", EventStatus.PLANNED),
        series_id=series_id,
        parent_id=current.parent_id if current is not None else None,
        venue_id=venue_id,
        staff_id=current.staff_id if current is not None else None,
        public=keep(inc.public, "public", False),
        description=description,
        internal_notes=keep(inc.internal_notes, "internal_notes", ""),
        expected_attendance=current.expected_attendance if current is not None else None,
        ticket_info=keep(inc.ticket_info, "ticket_info", ""),
        url=inc.url,
        uid=inc.uid,
    )


__all__ = ["ConcurrentImport", "IncomingEvent", "Action", "ImportItem", "ImportReport", "import_events", "undo_import", "location_note"]
