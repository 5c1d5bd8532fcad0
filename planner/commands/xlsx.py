"""`planner export xlsx` (formatted reports) and `planner import xlsx` (vendors, programme)."""

from __future__ import annotations

import argparse
import sys

from planner.commands._common import OptionError, open_db, pick, resolve_filters, say
from planner.errors import UsageError
from planner.formats import excel
from planner.formats import xlsx_import as xi
from planner.i18n import _, N_, ngettext
from planner.models.enums import EventCategory
from planner.services import events, markets
from planner.services._common import SM
from planner.services.dto import EventQuery, EventRow


def _editions(sm: SM) -> list[EventRow]:
    return events.list_events(sm, EventQuery(categories=frozenset({EventCategory.FESTIVAL})))


def _request(sm: SM, args: argparse.Namespace) -> excel.ReportRequest:
    f = resolve_filters(sm, args)
    series_id = f.series.id if f.series else None
    edition_id = market_id = None
    if getattr(args, "edition", None):
        edition_id = pick("--edition", N_("{option}: no festival edition named “{wanted}”. Known: {known}"), args.edition,
                          _editions(sm), lambda r: r.title).id
    if args.market:
        market_id = pick("--market", N_("{option}: no market named “{wanted}”. Known: {known}"), args.market, markets.list_markets(sm),
                         lambda r: r.title).event_id
    if args.report == "programme" and edition_id is None and series_id is None:
        raise UsageError(_("--report programme: give --edition TITLE (a festival edition) or --series NAME."))
    return excel.ReportRequest(
        args.report, first_day=f.first_day, last_day=f.last_day, series_id=series_id,
        venue_id=f.venue.id if f.venue else None, staff_id=f.staff.id if f.staff else None,
        edition_id=edition_id, market_id=market_id, public_only=args.public_only,
        include_cancelled=args.include_cancelled,
    )


def export(args: argparse.Namespace) -> int:
    """Write the chosen report to an .xlsx file."""
    db = open_db(args)
    try:
        req = _request(db.sm, args)
        try:
            path, n = excel.export_report(db.sm, req, args.output)
        except OSError as exc:
            raise OptionError(_(
                "-o: cannot write {output}: {exc_strerror_or_exc}"
            ).format(output=args.output, exc_strerror_or_exc=exc.strerror or exc)) from exc
    finally:
        db.dispose()
    say(ngettext("Written: {path} ({n} row).", "Written: {path} ({n} rows).", n).format(path=path, n=n))
    return 0


def import_(args: argparse.Namespace) -> int:
    """Preview a spreadsheet, report every rejected row, and write all rows or none."""
    db = open_db(args)
    try:
        edition_id = None
        if args.kind == "programme":
            if not args.edition:
                raise UsageError(_("--edition: a programme import needs the festival edition (TITLE)."))
            edition_id = pick("--edition", N_("{option}: no festival edition named “{wanted}”. Known: {known}"), args.edition,
                              _editions(db.sm), lambda r: r.title).id
        sheet = xi.read_sheet(args.file, args.kind)
        if args.kind == "vendors":
            preview = xi.preview_vendors(db.sm, sheet)
        else:
            assert edition_id is not None
            preview = xi.preview_programme(db.sm, sheet, edition_id)
        mapped = ", ".join(f"{sheet.column_name(i)} → {_label(args.kind, k)}" for k, i in preview.mapping.items())
        say(_(
            "Sheet “{name}”, header in row {header_row}: {mapped}"
        ).format(name=sheet.name, header_row=sheet.header_row, mapped=mapped))
        for r in preview.rejected:
            print(r.reason, file=sys.stderr)
        say(preview.summary().capitalize() + ".")
        if args.rejected and preview.rejected:
            xi.write_rejected(preview, args.rejected)
            say(_("Rejected rows saved to {rejected}.").format(rejected=args.rejected))
        counts = xi.apply_import(db.sm, preview, dry_run=args.dry_run)
    finally:
        db.dispose()
    if args.dry_run:
        say(_("Dry run: would write {new} and {updated}; nothing was written.").format(
            new=_new(counts.created), updated=_changed(counts.updated)))
    else:
        say(_("Written: {new}, {updated}.").format(new=_new(counts.created), updated=_changed(counts.updated)))
    return 0


def _new(n: int) -> str:
    return ngettext("{n} new", "{n} new", n).format(n=n)


def _changed(n: int) -> str:
    return ngettext("{n} updated", "{n} updated", n).format(n=n)


def _label(kind: str, key: str) -> str:
    return next(f.label for f in xi.FIELDS[kind] if f.key == key)
