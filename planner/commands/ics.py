"""`planner export ics -o FILE [filters]` and `planner import ics FILE [--dry-run]`."""

from __future__ import annotations

import argparse
import datetime as dt

from planner import errors
from planner.commands._common import open_db, say
from planner.errors import PlannerError
from planner.export.ical import parse_calendar, read_ics_file
from planner.export.publish import Selection, export_to_file
from planner.services._common import SM
from planner.services.ical_import import Action, ImportReport, import_events
from planner.services.series import find_series
from planner.services.staff import find_staff_by_email
from planner.services.timeutil import format_date, format_time, local, parse_date
from planner.services.venues import find_venue


def _t(cs: str, en: str) -> str:
    return cs if errors.language() == "cs" else en


def _date(text: str | None, option: str) -> dt.date | None:
    if not text:
        return None
    try:
        return parse_date(text)
    except ValueError:
        raise PlannerError(_t(f"{option}: „{text}“ není datum (např. 2026-11-26 nebo 26. 11. 2026).",
                              f"{option}: “{text}” is not a date (e.g. 2026-11-26 or 26. 11. 2026).")) from None


def selection_from_args(sm: SM, args: argparse.Namespace) -> Selection:
    """Resolve the filter options to a Selection; unknown names are errors naming the option."""
    series = venue = staff = None
    if args.series:
        series = find_series(sm, args.series.strip())
        if series is None:
            raise PlannerError(_t(f"--series: řada „{args.series}“ neexistuje.",
                                  f"--series: there is no series “{args.series}”."))
    if args.venue:
        venue = find_venue(sm, args.venue.strip())
        if venue is None:
            raise PlannerError(_t(f"--venue: místo konání „{args.venue}“ neexistuje.",
                                  f"--venue: there is no venue “{args.venue}”."))
    if args.staff:
        staff = find_staff_by_email(sm, args.staff)
        if staff is None:
            raise PlannerError(_t(f"--staff: pracovník s e-mailem „{args.staff}“ neexistuje.",
                                  f"--staff: nobody has the e-mail address “{args.staff}”."))
    first, last = _date(args.date_from, "--from"), _date(args.date_to, "--to")
    if first and last and last < first:
        raise PlannerError(_t("--to: poslední den je před prvním (--from).",
                              "--to: the last day is before the first one (--from)."))
    return Selection(
        series_id=series.id if series else None, series_name=series.name if series else "",
        venue_id=venue.id if venue else None, venue_name=venue.name if venue else "",
        staff_id=staff.id if staff else None, staff_name=staff.name if staff else "",
        first_day=first, last_day=last,
        public_only=args.public_only, include_cancelled=args.include_cancelled,
    )


def export(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        selection = selection_from_args(db.sm, args)
        count = export_to_file(db.sm, selection, args.output, include_internal=args.include_internal)
    finally:
        db.dispose()
    say(_t(f"Zapsáno {count} akcí do {args.output}.", f"Wrote {count} events to {args.output}."))
    return 0


def report_lines(report: ImportReport) -> list[str]:
    """Return the summary line and one line per skipped event, as the CLI prints them."""
    head = _t(
        f"Nové: {report.new}, aktualizované: {report.updated}, beze změny: {report.unchanged}, "
        f"přeskočené: {report.skipped}.",
        f"New: {report.new}, updated: {report.updated}, unchanged: {report.unchanged}, "
        f"skipped: {report.skipped}.",
    )
    if report.dry_run:
        head = _t("Zkouška nanečisto, nic nebylo zapsáno. ", "Dry run, nothing was written. ") + head
    lines = [head]
    for item in report.items:
        if item.action is not Action.SKIPPED:
            continue
        when = ""
        if item.start is not None:
            when = f" {format_date(local(item.start).date())} {format_time(item.start)}"
        title = item.title or item.uid
        lines.append(_t(f"  přeskočeno (řádek {item.line}): „{title}“{when}: {item.reason}",
                        f"  skipped (line {item.line}): “{title}”{when}: {item.reason}"))
    return lines


def import_(args: argparse.Namespace) -> int:
    parsed = parse_calendar(read_ics_file(args.file))
    db = open_db(args)
    try:
        report = import_events(db.sm, parsed.events, dry_run=args.dry_run)
    finally:
        db.dispose()
    for line in report_lines(report):
        say(line)
    if parsed.ignored:
        say(_t(f"  úkoly a deníkové záznamy (VTODO, VJOURNAL) nejsou akce, vynecháno: {parsed.ignored}",
               f"  to-dos and journal entries (VTODO, VJOURNAL) are not events, left out: {parsed.ignored}"))
    return 0
