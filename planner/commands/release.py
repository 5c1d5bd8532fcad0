"""`planner release --series NAME [--edition TITLE] [--from DATE --to DATE] [--comment TEXT] [--dry-run]`."""

from __future__ import annotations

import argparse
import getpass
import sys

from planner.commands._common import date_option, open_db, pick, say
from planner.i18n import _, N_, ngettext
from planner.services import notices, releases
from planner.services.series import list_series


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--series", metavar="NAME", help="release this series")
    p.add_argument("--edition", metavar="TITLE", help="release this festival edition (or market) with its items")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="first day of the released period")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="last day of the released period, inclusive")
    p.add_argument("--all", action="store_true", help="release the whole programme")
    p.add_argument("--comment", default="", metavar="TEXT", help="short comment shown with the changelog")
    p.add_argument("--dry-run", action="store_true", help="show what would change, store nothing")
    p.add_argument("--no-notices", action="store_true", help="do not put change notices into the outbox")


def _changes(n: int) -> str:
    return ngettext("{n} change", "{n} changes", n).format(n=n)


def _notices(n: int) -> str:
    return ngettext("{n} notice", "{n} notices", n).format(n=n)


def notice_options() -> notices.NoticeOptions:
    """Return how notices are made, from the application's settings."""
    from planner.ui.releases.options import notice_options as from_store  # QtCore only; no display needed
    from planner.ui.settings_store import SettingsStore

    return from_store(SettingsStore())


def run(args: argparse.Namespace) -> int:
    if not (args.series or args.edition or args.date_from or args.date_to or args.all):
        print(_("planner release: give --series, --edition, --from/--to or --all."), file=sys.stderr)
        return 2
    first, last = date_option("--from", args.date_from), date_option("--to", args.date_to)
    db = open_db(args)
    try:
        sm = db.sm
        series_id = edition_uid = None
        if args.series:
            series_id = pick("--series", N_("{option}: no series named “{wanted}”. Known: {known}"), args.series, list_series(sm), lambda r: r.name).id
        if args.edition:
            umbrellas = releases.editions(sm)
            edition_uid = pick("--edition", N_("{option}: no edition named “{wanted}”. Known: {known}"), args.edition, umbrellas, lambda r: r.title).uid
        scope = releases.ReleaseScope(series_id, edition_uid, first, last)
        result = releases.release(sm, scope, comment=args.comment, who=getpass.getuser(), dry_run=args.dry_run,
                                  plan_notices=None if args.no_notices else notices.planner_with(notice_options()))
    finally:
        db.dispose()
    for change in result.changes:
        say("  " + change.text)
    if result.release is None:
        say(_("{scope_label}: nothing changed since the last release.").format(scope_label=result.scope_label))
    elif args.dry_run:
        say(_("Dry run: release {number} ({scope}) would have {changes} and {notices}; nothing was stored.").format(
            number=result.release.number, scope=result.scope_label, changes=_changes(len(result.changes)),
            notices=_notices(result.notices)))
    else:
        waiting = ngettext("{n} notice waits in the outbox", "{n} notices wait in the outbox",
                           result.notices).format(n=result.notices)
        say(_("Release {number} ({scope}) stored: {changes}, {waiting}.").format(
            number=result.release.number, scope=result.scope_label, changes=_changes(len(result.changes)),
            waiting=waiting))
    return 0
