"""Writing calendar files: an export of a selection, and the subscription feeds. No Qt.

Every file is written atomically (a temporary file in the same folder, then
os.replace), so Outlook's "subscribe from web" or a colleague opening the file
always reads a whole calendar, never half of one.

Feeds (``publish_feeds``) go into two sub-folders so that a web server can serve
``public/`` to everybody and keep ``internal/`` for staff:

- public/opava.ics: every *released* public event that is confirmed (or cancelled, so that
  clients that merge by UID remove it), without responsible people or notes;
  public/<series>.ics: the same per series; public/zmeny-programu.atom and .rss: the
  releases' changelog (services.releases decides what is public and released).
- internal/all.ics: every event (drafts, planned, cancelled) with internal notes;
  internal/<series>.ics per series; internal/staff-<name>.ics per staff member.

Feeds cover events that ended at most FEED_PAST_DAYS ago and everything later.
"""

from __future__ import annotations

import datetime as dt
import glob
import logging
import os
import re
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

from planner.errors import PlannerError
from planner.formats import changelog, feedset
from planner.formats.files import make_shared
from planner.formats.ical import EventCache, ExportOptions, export_calendar
from planner.i18n import _
from planner.services.formatting import format_date_range
from planner.services.dto import EventQuery, EventRow
from planner.services.events import list_events
from planner.services.releases import list_releases, released_events
from planner.services.series import list_series
from planner.services._common import SM
from planner.services.staff import list_staff
from planner.services.text import fold
from planner.services.timeutil import UTC, format_date, local_midnight

log = logging.getLogger(__name__)

FEED_REFRESH = dt.timedelta(hours=1)
FEED_PAST_DAYS = 180
PUBLIC_DIR = "public"
INTERNAL_DIR = "internal"


class PublishError(PlannerError):
    """A calendar file cannot be written (folder missing, no permission, disk full)."""


def atomic_write(path: str | Path, data: bytes) -> Path:
    """Write bytes to path via a temporary file in the same folder and os.replace."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    _remove_leftover_temps(folder, target.name)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        make_shared(tmp)  # mkstemp makes 0600; a web server and colleagues must be able to read feeds
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return target


_LEFTOVER_AGE = 600  # seconds: a temp file this old belongs to a killed run, not a running one


def _remove_leftover_temps(folder: Path, name: str) -> None:
    """Delete temp files an earlier write of the same file left behind when it was killed."""
    now = time.time()
    try:
        for leftover in folder.glob(f".{glob.escape(name)}.*.tmp"):
            try:
                if now - leftover.stat().st_mtime > _LEFTOVER_AGE:
                    leftover.unlink()
            except OSError:
                pass
    except OSError:
        pass


def _write(path: Path, data: bytes) -> Path:
    try:
        return atomic_write(path, data)
    except OSError as exc:
        raise PublishError(_("{path}: cannot write the file ({strerror}).").format(path=path, strerror=exc.strerror)) from exc


@dataclass(frozen=True)
class Selection:
    """Which events an export holds (ids resolved by the caller, names for the title)."""

    series_id: int | None = None
    series_name: str = ""
    venue_id: int | None = None
    venue_name: str = ""
    staff_id: int | None = None
    staff_name: str = ""
    first_day: dt.date | None = None
    last_day: dt.date | None = None
    public_only: bool = False
    include_cancelled: bool = False

    def query(self) -> EventQuery:
        """Return the event query of this selection."""
        return EventQuery(
            start=local_midnight(self.first_day) if self.first_day else None,
            end=local_midnight(self.last_day + dt.timedelta(days=1)) if self.last_day else None,
            series_ids=frozenset({self.series_id}) if self.series_id is not None else frozenset(),
            venue_ids=frozenset({self.venue_id}) if self.venue_id is not None else frozenset(),
            staff_ids=frozenset({self.staff_id}) if self.staff_id is not None else frozenset(),
            public_only=self.public_only,
            include_cancelled=self.include_cancelled,
        )

    def title(self) -> str:
        """Return X-WR-CALNAME naming the selection, e.g. 'Opava – Bezručova Opava'."""
        parts = [p for p in (self.series_name, self.venue_name, self.staff_name) if p]
        if self.public_only:
            parts.append(_("public events"))
        if not parts:
            parts.append(_("all events"))
        return "Opava – " + ", ".join(parts)

    def description(self) -> str:
        """Return X-WR-CALDESC: the date range and the options of the selection."""
        if self.first_day and self.last_day:
            span = format_date_range(self.first_day, self.last_day)
        elif self.first_day:
            span = _("from {format_date}").format(format_date=format_date(self.first_day))
        elif self.last_day:
            span = _("until {format_date}").format(format_date=format_date(self.last_day))
        else:
            span = _("all dates")
        return _("Events of the culture office of the City of Opava ({span})").format(span=span)


def export_to_file(sm: SM, selection: Selection, path: str | Path, *, include_internal: bool = False,
                   now: dt.datetime | None = None) -> int:
    """Write the selection's events to an .ics file atomically; return how many were written."""
    rows = list_events(sm, selection.query())
    options = ExportOptions(selection.title(), selection.description(), include_internal=include_internal)
    _write(Path(path), export_calendar(rows, options, now=now))
    return len(rows)


def slug(text: str) -> str:
    """Return a file-name-safe ASCII name: 'Bezručova Opava' -> 'bezrucova-opava'."""
    s = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    return s[:60] or "x"


@dataclass(frozen=True)
class PublishResult:
    folder: Path
    files: tuple[Path, ...]
    removed: tuple[Path, ...]
    events: int

    @property
    def calendars(self) -> int:
        """Return how many .ics feeds were written (the changelog's Atom and RSS are not calendars)."""
        return sum(1 for f in self.files if f.suffix == ".ics")


def publish_feeds(sm: SM, folder: str | Path, *, now: dt.datetime | None = None) -> PublishResult:
    """Write the public and internal subscription feeds into folder atomically."""
    root = Path(folder)
    if not root.is_dir():
        raise PublishError(_("The feed folder {root} does not exist.").format(root=root))
    now = (now or dt.datetime.now(UTC)).astimezone(UTC)
    since = now - dt.timedelta(days=FEED_PAST_DAYS)
    rows = list_events(sm, EventQuery(start=since))
    # Public feeds show the released programme, never work in progress (services.releases).
    public = released_events(sm, since=since)
    # By id, so that when two names give the same file name the older one keeps it for good.
    series = sorted(list_series(sm), key=lambda r: r.id)
    staff = sorted(list_staff(sm), key=lambda r: r.id)
    pub_opts = ExportOptions("", include_responsible=False, refresh=FEED_REFRESH)
    int_opts = ExportOptions("", include_internal=True, include_responsible=True, refresh=FEED_REFRESH)
    planned: list[tuple[str, str, list[EventRow], ExportOptions]] = []
    office = _("Opava – culture")
    planned.append((f"{PUBLIC_DIR}/opava.ics", "office:public", public,
                    replace(pub_opts, name=office, description=_("Public events of the City of Opava"))))
    planned.append((f"{INTERNAL_DIR}/all.ics", "office:all", rows,
                    replace(int_opts, name=office + _(" (internal)"),
                            description=_("All events including drafts and internal notes"))))
    previous = {Path(rel).stem: owner for rel, owner in feedset.read_manifest(root).items()}
    # People first: a person's feed name is what colleagues subscribed to. A series whose name
    # looks like a person's feed ("staff-…") gets "series-" in front, so the two never meet.
    wanted = [(f"staff:{p.id}", "staff-" + slug(p.name)) for p in staff]
    wanted += [(f"series:{s.id}", ("series-" if slug(s.name).startswith("staff-") else "") + slug(s.name))
               for s in series]
    names = feedset.assign_names(wanted, previous, {"opava", "all"})
    for s in series:
        name = names[f"series:{s.id}"]
        planned.append((f"{PUBLIC_DIR}/{name}.ics", f"series:{s.id}", [r for r in public if r.series_id == s.id],
                        replace(pub_opts, name=f"Opava – {s.name}", description=s.description)))
        planned.append((f"{INTERNAL_DIR}/{name}.ics", f"series:{s.id}", [r for r in rows if r.series_id == s.id],
                        replace(int_opts, name=f"Opava – {s.name}" + _(" (internal)"),
                                description=s.description)))
    for p in staff:
        planned.append((f"{INTERNAL_DIR}/{names[f'staff:{p.id}']}.ics", f"staff:{p.id}",
                        [r for r in rows if r.staff_id == p.id],
                        replace(int_opts, name=f"Opava – {p.name}",
                                description=_("Events {name} is responsible for").format(name=p.name))))
    cache: EventCache = {}  # each event is serialised once per variant, not once per file
    files = [feedset.Planned(rel, owner, export_calendar(events, options, now=now, cache=cache))
             for rel, owner, events, options in planned]
    files += _changelog_files(sm, now)
    try:
        written, removed = feedset.write_set(root, files)
    except OSError as exc:
        where = exc.filename or root
        raise PublishError(_(
            "{where}: cannot write the feeds ({strerror}); the published files were left unchanged."
        ).format(where=where, strerror=exc.strerror)) from exc
    log.info("published %d feeds with %d events into %s", len(written), len(rows), root)
    return PublishResult(root, tuple(written), tuple(removed), len(rows))


def _changelog_files(sm: SM, now: dt.datetime) -> list[feedset.Planned]:
    """Return the release changelog (Atom and RSS), written next to the public feeds with them."""
    releases = list_releases(sm, limit=changelog.MAX_ENTRIES)
    return [feedset.Planned(f"{PUBLIC_DIR}/{changelog.ATOM_NAME}", "changelog:atom",
                            changelog.atom_feed(releases, now=now)),
            feedset.Planned(f"{PUBLIC_DIR}/{changelog.RSS_NAME}", "changelog:rss", changelog.rss_feed(releases))]


__all__ = [
    "PublishError", "Selection", "PublishResult", "atomic_write", "export_to_file", "publish_feeds", "slug",
    "FEED_REFRESH", "PUBLIC_DIR", "INTERNAL_DIR",
]
