"""`planner export ics -o FILE [filters]` and `planner import ics FILE [--dry-run]`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from planner.commands._common import open_db, resolve_filters, say
from planner.formats.ical import parse_calendar, read_ics_file
from planner.formats.ical_lines import ReadNote
from planner.formats.publish import Selection, export_to_file
from planner.i18n import _, ngettext
from planner.services._common import SM
from planner.services.ical_import import Action, ImportReport, import_events
from planner.services.timeutil import format_date, format_time, local


def selection_from_args(sm: SM, args: argparse.Namespace) -> Selection:
    """Resolve the filter options to a Selection; unknown names are errors naming the option."""
    f = resolve_filters(sm, args)
    return Selection(
        series_id=f.series.id if f.series else None, series_name=f.series.name if f.series else "",
        venue_id=f.venue.id if f.venue else None, venue_name=f.venue.name if f.venue else "",
        staff_id=f.staff.id if f.staff else None, staff_name=f.staff.name if f.staff else "",
        first_day=f.first_day, last_day=f.last_day,
        public_only=args.public_only, include_cancelled=args.include_cancelled,
    )


def export(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        selection = selection_from_args(db.sm, args)
        count = export_to_file(db.sm, selection, args.output, include_internal=args.include_internal)
    finally:
        db.dispose()
    say(ngettext("Wrote {n} event to {output}.", "Wrote {n} events to {output}.", count).format(
        n=count, output=args.output))
    return 0


def note_line(note: ReadNote) -> str:
    """Return one note of the reader as the CLI and the preview word it ("přeskočeno: ...")."""
    where = _("line {line}").format(line=note.line) if note.line else _("file")
    if note.skipped:
        return _("skipped ({where}): {text}").format(where=where, text=note.text)
    return _("note ({where}): {text}").format(where=where, text=note.text)


def nothing_reason(report: ImportReport, notes: Sequence[ReadNote]) -> str:
    """Return why the file gives nothing to import ('' when it gives something)."""
    if report.new or report.updated or report.unchanged:
        return ""
    if not report.skipped and not any(n.skipped for n in notes):
        return ""
    return _("Nothing was imported: every event of the file is skipped (reasons above).")


def report_lines(report: ImportReport, notes: Sequence[ReadNote] = ()) -> list[str]:
    """Return the summary line, one line per skipped event and per note of the reader, as the CLI prints them."""
    head = _(
        "New: {new}, updated: {updated}, unchanged: {unchanged}, skipped: {skipped}."
    ).format(new=report.new, updated=report.updated, unchanged=report.unchanged, skipped=report.skipped)
    if report.dry_run:
        head = _("Dry run, nothing was written. ") + head
    lines = [head]
    for item in report.items:
        if item.action is not Action.SKIPPED:
            continue
        when = ""
        if item.start is not None:
            when = f" {format_date(local(item.start).date())} {format_time(item.start)}"
        title = item.title or item.uid
        lines.append(_(
            "  skipped (line {line}): “{title}”{when}: {reason}"
        ).format(line=item.line, title=title, when=when, reason=item.reason))
    lines.extend("  " + note_line(n) for n in notes)
    return lines


def import_(args: argparse.Namespace) -> int:
    parsed = parse_calendar(read_ics_file(args.file))
    db = open_db(args)
    try:
        report = import_events(db.sm, parsed.events, dry_run=args.dry_run)
    finally:
        db.dispose()
    for line in report_lines(report, parsed.notes):
        say(line)
    if parsed.ignored:
        say(_(
            "  to-dos and journal entries (VTODO, VJOURNAL) are not events, left out: {ignored}"
        ).format(ignored=parsed.ignored))
    reason = nothing_reason(report, parsed.notes)
    if reason:
        print(f"planner: {reason}", file=sys.stderr)
        return 1
    return 0
