"""Programme releases: what the public sees is what was last released, never work in progress.

A release covers a scope (a series, a festival edition, a period, or a combination) and stores a
snapshot of every public event in it plus the changelog against what was released before. The
released state of the whole programme is the releases folded in order: each one replaces the
entries of its scope. Public feeds, the web programme and the Hláska calendar read that state
(:func:`released_events`); internal feeds stay live.

Why this module is long: the scope, the snapshot, the diff and the Czech changelog text belong
together — the notices and the feeds rely on exactly these rules, and they are defined once here.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.errors import PlannerError
from planner.i18n import _, N_
from planner.models import Event, Release, Series
from planner.models.enums import EventCategory, EventStatus, OpKind, StrEnum
from planner.services.formatting import format_date_range
from planner.services._common import SM, get_or_raise, run_or_rehearse
from planner.services.dto import EventQuery, EventRow, PerformerLink
from planner.services.events import events_in_session
from planner.services.timeutil import UTC, first_last_day, format_date, format_time, local

log = logging.getLogger(__name__)


class ChangeKind(StrEnum):
    NEW = "new"
    MOVED = "moved"
    CHANGED = "changed"
    CANCELLED = "cancelled"
    REMOVED = "removed"  # withdrawn from the public programme (deleted, made internal, back to planning)


CHANGE_LABELS = {
    ChangeKind.NEW: N_("New event"),
    ChangeKind.MOVED: N_("Moved"),
    ChangeKind.CHANGED: N_("Changed"),
    ChangeKind.CANCELLED: N_("Cancelled"),
    ChangeKind.REMOVED: N_("Withdrawn"),
}

# Fields whose change is a "change" (the time and the place make it a "move").
_WHEN_WHERE = ("start", "end", "all_day", "venue_name")
_CONTENT = ("title", "performers", "category", "description", "ticket_info", "url")
FIELD_NAMES = {
    "title": N_("title"), "performers": N_("performers"),
    "category": N_("category"), "description": N_("description"),
    "ticket_info": N_("tickets"), "url": N_("link"),
}


class NothingToRelease(PlannerError):
    """The scope holds no public event and never did: there is nothing to release."""


def is_public(row: EventRow) -> bool:
    """Return whether an event belongs to the public programme once released.

    Public and confirmed — or cancelled, so that calendars merging by UID remove it and the web
    shows it struck out. Drafts and planned items never leave the office.
    """
    return row.public and row.status in (EventStatus.CONFIRMED, EventStatus.CANCELLED)


# --------------------------------------------------------------------------- scope


@dataclass(frozen=True)
class ReleaseScope:
    """What a release covers: a series, an edition (a festival umbrella and its items), a period."""

    series_id: int | None = None
    edition_uid: str | None = None
    first_day: dt.date | None = None
    last_day: dt.date | None = None

    @property
    def empty(self) -> bool:
        return self.series_id is None and self.edition_uid is None and self.first_day is None \
            and self.last_day is None

    def contains(self, entry: dict[str, Any]) -> bool:
        """Return whether a snapshot entry lies in this scope."""
        if self.series_id is not None and entry.get("series_id") != self.series_id:
            return False
        if self.edition_uid is not None and self.edition_uid not in (entry["uid"], entry.get("parent_uid")):
            return False
        first, last = _days(entry)
        if self.first_day is not None and last < self.first_day:
            return False
        if self.last_day is not None and first > self.last_day:
            return False
        return True


def _days(entry: dict[str, Any]) -> tuple[dt.date, dt.date]:
    return first_last_day(dt.datetime.fromisoformat(entry["start"]), dt.datetime.fromisoformat(entry["end"]))


def _scope_of(r: Release) -> ReleaseScope:
    return ReleaseScope(r.series_id, r.edition_uid, r.first_day, r.last_day)


def scope_label(s: Session, scope: ReleaseScope) -> str:
    """Return the scope in words: 'Bezručova Opava, 1. 9. 2026 – 30. 9. 2026'."""
    parts: list[str] = []
    if scope.series_id is not None:
        series = get_or_raise(s, Series, scope.series_id, "series")
        parts.append(series.name)
    if scope.edition_uid is not None:
        title = s.scalar(select(Event.title).where(Event.uid == scope.edition_uid))
        parts.append(title or scope.edition_uid)
    if scope.first_day or scope.last_day:
        first = format_date(scope.first_day) if scope.first_day else "…"
        last = format_date(scope.last_day) if scope.last_day else "…"
        parts.append(f"{first} – {last}")
    return ", ".join(parts) or _("the whole programme")


# --------------------------------------------------------------------------- snapshot


def _entry(row: EventRow, parent_uid: str | None) -> dict[str, Any]:
    """Return the released state of one event: what the public outputs print, nothing internal."""
    return {
        "id": row.id, "uid": row.uid, "title": row.title, "category": row.category.value,
        "status": row.status.value, "start": row.start.isoformat(), "end": row.end.isoformat(),
        "all_day": row.all_day, "series_id": row.series_id, "series_name": row.series_name,
        "parent_id": row.parent_id, "parent_uid": parent_uid, "parent_title": row.parent_title,
        "venue_id": row.venue_id, "venue_name": row.venue_name, "venue_address": row.venue_address,
        "description": row.description, "ticket_info": row.ticket_info, "url": row.url,
        "sequence": row.sequence, "performers": [[p.name, p.role] for p in row.performers],
        "staff_id": row.staff_id,
    }


def entry_row(entry: dict[str, Any]) -> EventRow:
    """Return a snapshot entry as an EventRow (internal fields empty) for the public outputs."""
    start = dt.datetime.fromisoformat(entry["start"]).astimezone(UTC)
    return EventRow(
        id=entry["id"], uid=entry["uid"], title=entry["title"], category=EventCategory(entry["category"]),
        status=EventStatus(entry["status"]), start=start,
        end=dt.datetime.fromisoformat(entry["end"]).astimezone(UTC), all_day=entry["all_day"],
        series_id=entry["series_id"], series_name=entry["series_name"], series_colour=None,
        parent_id=entry["parent_id"], parent_title=entry["parent_title"], venue_id=entry["venue_id"],
        venue_name=entry["venue_name"], venue_address=entry["venue_address"], staff_id=None, staff_name=None,
        staff_email=None, public=True, description=entry["description"], internal_notes="",
        expected_attendance=None, ticket_info=entry["ticket_info"], url=entry["url"],
        sequence=entry["sequence"], version=0, created_at=start, updated_at=start,
        performers=tuple(PerformerLink(name=n, role=r) for n, r in entry["performers"]),
    )


def _live_snapshot(s: Session, scope: ReleaseScope) -> dict[str, dict[str, Any]]:
    query = EventQuery(series_ids=frozenset({scope.series_id}) if scope.series_id is not None else frozenset())
    rows = [r for r in events_in_session(s, query) if is_public(r)]
    uids: dict[int, str] = {id_: uid for id_, uid in s.execute(select(Event.id, Event.uid))}
    entries = (_entry(r, uids.get(r.parent_id) if r.parent_id is not None else None) for r in rows)
    return {e["uid"]: e for e in entries if scope.contains(e)}


def _state(releases: Iterable[Release]) -> dict[str, dict[str, Any]]:
    state: dict[str, dict[str, Any]] = {}
    for r in releases:
        scope = _scope_of(r)
        state = {uid: e for uid, e in state.items() if not scope.contains(e)}
        state.update((e["uid"], e) for e in r.snapshot)
    return state


def released_state(s: Session) -> dict[str, dict[str, Any]]:
    """Return the released state of the whole programme: UID -> snapshot entry."""
    return _state(s.scalars(select(Release).order_by(Release.number)))


def released_events(sm: SM, *, since: dt.datetime | None = None) -> list[EventRow]:
    """Return the released public events (ending at ``since`` or later), in time order."""
    with sm() as s:
        state = released_state(s)
    rows = [entry_row(e) for e in state.values()]
    if since is not None:
        rows = [r for r in rows if r.end >= since]
    return sorted(rows, key=lambda r: (r.start, r.title, r.id))


# --------------------------------------------------------------------------- diff and changelog


def _when_where(e: dict[str, Any]) -> str:
    start = dt.datetime.fromisoformat(e["start"])
    end = dt.datetime.fromisoformat(e["end"])
    if e["all_day"]:
        first, last = first_last_day(start, end)
        when = format_date_range(first, last)
    else:
        when = f"{_weekday(local(start).date())} {format_date(local(start).date())} {format_time(start)}"
    return f"{when}, {e['venue_name']}" if e.get("venue_name") else when


_WEEKDAYS = ("po", "út", "st", "čt", "pá", "so", "ne")


def _weekday(day: dt.date) -> str:
    return _WEEKDAYS[day.weekday()]


def _performers_text(e: dict[str, Any]) -> str:
    return ", ".join(n for n, _ in e["performers"]) or "—"


def diff(old: dict[str, dict[str, Any]], new: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Return the changes from the old released state of a scope to the new one, in time order."""
    changes: list[dict[str, Any]] = []
    for uid, e in new.items():
        before = old.get(uid)
        cancelled = e["status"] == EventStatus.CANCELLED.value
        base = {"uid": uid, "event_id": e["id"], "title": e["title"], "start": e["start"],
                "series_id": e.get("series_id"),
                "staff_id": e.get("staff_id"), "venue_id": e.get("venue_id"),
                "performers": [n for n, _ in e["performers"]], "new": _when_where(e)}
        if before is None:
            if not cancelled:  # a cancellation nobody ever saw is no news
                changes.append({**base, "kind": ChangeKind.NEW.value, "fields": []})
            continue
        was_cancelled = before["status"] == EventStatus.CANCELLED.value
        base["old"] = _when_where(before)
        base["old_start"] = before["start"]
        base["old_title"] = before["title"]
        base["old_performers"] = [n for n, _ in before["performers"]]
        base["old_venue_id"] = before.get("venue_id")
        if cancelled and not was_cancelled:
            changes.append({**base, "kind": ChangeKind.CANCELLED.value, "fields": []})
            continue
        fields = [f for f in _CONTENT if e.get(f) != before.get(f)]
        if was_cancelled and not cancelled:
            fields.insert(0, "status")
        moved = any(e.get(f) != before.get(f) for f in _WHEN_WHERE)
        if moved:
            changes.append({**base, "kind": ChangeKind.MOVED.value, "fields": fields})
        elif fields:
            changes.append({**base, "kind": ChangeKind.CHANGED.value, "fields": fields})
    for uid, before in old.items():
        if uid not in new:
            changes.append({"uid": uid, "event_id": before["id"], "title": before["title"],
                            "start": before["start"], "staff_id": before.get("staff_id"),
                            "series_id": before.get("series_id"), "entry": before,
                            "venue_id": before.get("venue_id"),
                            "performers": [n for n, _ in before["performers"]],
                            "old": _when_where(before), "kind": ChangeKind.REMOVED.value, "fields": []})
    return sorted(changes, key=lambda c: (c["start"], c["title"]))


def change_text(c: dict[str, Any]) -> str:
    """Return one changelog line in the current language (Czech by default)."""
    kind = ChangeKind(c["kind"])
    label = _(CHANGE_LABELS[kind])
    if kind is ChangeKind.NEW:
        return f"{label}: {c['title']} ({c['new']})"
    if kind is ChangeKind.CANCELLED:
        return f"{label}: {c['title']} ({c['old']})"
    if kind is ChangeKind.REMOVED:
        return f"{label}: {c['title']} ({c['old']})"
    details = []
    if kind is ChangeKind.MOVED:
        details.append(f"{c['old']} → {c['new']}")
    for f in c["fields"]:
        if f == "title":
            details.append(_("title") + f": „{c['old_title']}“ → „{c['title']}“")
        elif f == "performers":
            details.append(_("performers: {names}").format(names=", ".join(c["performers"]) or "—"))
        elif f == "status":
            details.append(_("back in the programme"))
        else:
            details.append(_(FIELD_NAMES[f]))
    return f"{label}: {c['title']} – " + "; ".join(details)


# --------------------------------------------------------------------------- DTOs and use cases


@dataclass(frozen=True)
class ReleaseChange:
    kind: ChangeKind
    uid: str
    event_id: int
    title: str
    text: str
    staff_id: int | None
    venue_id: int | None
    performers: tuple[str, ...]


def _change_dto(c: dict[str, Any]) -> ReleaseChange:
    return ReleaseChange(ChangeKind(c["kind"]), c["uid"], c["event_id"], c["title"], change_text(c),
                         c.get("staff_id"), c.get("venue_id"), tuple(c.get("performers", ())))


@dataclass(frozen=True)
class ReleaseRow:
    id: int
    number: int
    scope_label: str
    series_id: int | None
    comment: str
    created_at: dt.datetime
    created_by: str
    events: int
    changes: tuple[ReleaseChange, ...]

    def changelog(self) -> str:
        """Return the changelog as text, one change a line."""
        return "\n".join(c.text for c in self.changes)


def _row(r: Release) -> ReleaseRow:
    return ReleaseRow(r.id, r.number, r.scope_label, r.series_id, r.comment, r.created_at, r.created_by,
                      len(r.snapshot), tuple(_change_dto(c) for c in r.changes))


@dataclass(frozen=True)
class ReleaseResult:
    """What releasing did (or, in a dry run, would do). ``release`` is None when nothing changed."""

    scope_label: str
    changes: tuple[ReleaseChange, ...]
    release: ReleaseRow | None
    notices: int = 0
    dry_run: bool = False


# A hook the notices service plugs in: (session, release, raw changes) -> notices created.
NoticePlanner = Callable[[Session, Release, Sequence[dict[str, Any]]], int]


def release(sm: SM, scope: ReleaseScope, *, comment: str = "", who: str = "", dry_run: bool = False,
            plan_notices: NoticePlanner | None = None, now: dt.datetime | None = None) -> ReleaseResult:
    """Compare the live plan of a scope with what was released, and store a numbered release.

    An empty scope is the whole programme.
    Nothing is stored when nothing changed. ``plan_notices`` (notices.plan_notices) writes the
    outbox in the same transaction, so a release and its notices exist together or not at all.
    """
    def work(s: Session) -> ReleaseResult:
        label = scope_label(s, scope)
        new = _live_snapshot(s, scope)
        old = {uid: e for uid, e in released_state(s).items() if scope.contains(e)}
        raw = diff(old, new)
        changes = tuple(_change_dto(c) for c in raw)
        first_release = not s.scalar(
            select(func.count()).select_from(Release).where(*_same_scope(scope)))
        if not raw and not (first_release and new):
            return ReleaseResult(label, changes, None, dry_run=dry_run)
        number = (s.scalar(select(func.max(Release.number))) or 0) + 1
        r = Release(number=number, series_id=scope.series_id, edition_uid=scope.edition_uid,
                    first_day=scope.first_day, last_day=scope.last_day, scope_label=label,
                    comment=comment.strip(), created_by=who, snapshot=list(new.values()), changes=raw,
                    created_at=(now or dt.datetime.now(UTC)))
        s.add(r)
        s.flush()
        notices = plan_notices(s, r, raw) if plan_notices is not None else 0
        log.info("release %d of %s: %d changes, %d notices", number, label, len(raw), notices)
        return ReleaseResult(label, changes, _row(r), notices, dry_run)

    return run_or_rehearse(sm, work, dry_run=dry_run, op=OpKind.RELEASE_CREATE, unique={"number": ("number", None)})


def _same_scope(scope: ReleaseScope) -> list[Any]:
    def eq(col: Any, value: Any) -> Any:
        return col.is_(None) if value is None else col == value

    return [eq(Release.series_id, scope.series_id), eq(Release.edition_uid, scope.edition_uid),
            eq(Release.first_day, scope.first_day), eq(Release.last_day, scope.last_day)]


def preview(sm: SM, scope: ReleaseScope) -> ReleaseResult:
    """Return what releasing the scope now would change (writes nothing)."""
    return release(sm, scope, dry_run=True)


def list_releases(sm: SM, *, series_id: int | None = None, limit: int | None = None) -> list[ReleaseRow]:
    """Return the releases, newest first."""
    with sm() as s:
        q = select(Release).order_by(Release.number.desc())
        if series_id is not None:
            q = q.where(Release.series_id == series_id)
        if limit is not None:
            q = q.limit(limit)
        return [_row(r) for r in s.scalars(q)]


def public_marks(sm: SM) -> dict[str, tuple[ChangeKind, str, str]]:
    """Return UID -> (MOVED or CANCELLED, the old time and place, the old start ISO) for the public outputs.

    An event moved in some release stays marked as moved ("rescheduled") in later releases; a
    cancellation wins over a move.
    """
    marks: dict[str, tuple[ChangeKind, str, str]] = {}
    with sm() as s:
        for r in s.scalars(select(Release).order_by(Release.number)):
            for c in r.changes:
                kind = ChangeKind(c["kind"])
                if kind is ChangeKind.MOVED:
                    marks[c["uid"]] = (kind, c.get("old", ""), c.get("old_start", ""))
                elif kind is ChangeKind.CANCELLED:
                    marks[c["uid"]] = (kind, "", "")
                elif kind is ChangeKind.CHANGED and "status" in c.get("fields", ()):
                    marks.pop(c["uid"], None)  # back in the programme
    return marks


def editions(sm: SM, *, series_id: int | None = None) -> list[EventRow]:
    """Return the editions a release can cover: festival umbrellas and markets with their programme."""
    query = EventQuery(top_level_only=True, categories=frozenset({EventCategory.FESTIVAL, EventCategory.MARKET}),
                       series_ids=frozenset({series_id}) if series_id is not None else frozenset())
    with sm() as s:
        return events_in_session(s, query)


def unreleased_count(sm: SM, scope: ReleaseScope) -> int:
    """Return how many changes the live plan of the scope holds that are not released yet."""
    return len(preview(sm, scope).changes)


__all__ = [
    "ChangeKind", "NothingToRelease", "editions", "ReleaseChange", "ReleaseResult", "ReleaseRow", "ReleaseScope",
    "change_text", "diff", "entry_row", "is_public", "list_releases", "preview", "release",
    "public_marks", "released_events", "released_state", "unreleased_count",
]
