"""`planner release --series NAME [--edition TITLE] [--from DATE --to DATE] [--comment TEXT] [--dry-run]`."""

from __future__ import annotations

import argparse
import getpass
import sys

from planner.commands._common import date_option, open_db, pick, say
from planner.errors import t as _t
from planner.services import notices, releases
from planner.services.series import list_series
from planner.services.text import plural


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
    return plural(n, "změna", "změny", "změn")


def _notices(n: int) -> str:
    return plural(n, "oznámení", "oznámení", "oznámení")


def notice_options() -> notices.NoticeOptions:
    """Return how notices are made, from the application's settings."""
    from planner.ui.releases.options import notice_options as from_store  # QtCore only; no display needed
    from planner.ui.settings_store import SettingsStore

    return from_store(SettingsStore())


def run(args: argparse.Namespace) -> int:
    if not (args.series or args.edition or args.date_from or args.date_to or args.all):
        print(_t("planner release: zadejte --series, --edition, --from/--to nebo --all.",
                 "planner release: give --series, --edition, --from/--to or --all."), file=sys.stderr)
        return 2
    first, last = date_option("--from", args.date_from), date_option("--to", args.date_to)
    db = open_db(args)
    try:
        sm = db.sm
        series_id = edition_uid = None
        if args.series:
            series_id = pick("--series", ("řada", "series"), args.series, list_series(sm), lambda r: r.name).id
        if args.edition:
            umbrellas = releases.editions(sm)
            edition_uid = pick("--edition", ("ročník", "edition"), args.edition, umbrellas, lambda r: r.title).uid
        scope = releases.ReleaseScope(series_id, edition_uid, first, last)
        result = releases.release(sm, scope, comment=args.comment, who=getpass.getuser(), dry_run=args.dry_run,
                                  plan_notices=None if args.no_notices else notices.planner_with(notice_options()))
    finally:
        db.dispose()
    for change in result.changes:
        say("  " + change.text)
    if result.release is None:
        say(_t(f"{result.scope_label}: od posledního zveřejnění se nic nezměnilo.",
               f"{result.scope_label}: nothing changed since the last release."))
    elif args.dry_run:
        say(_t(f"Zkouška: zveřejnění č. {result.release.number} ({result.scope_label}) by mělo "
               f"{_changes(len(result.changes))} a {_notices(result.notices)}; nic nebylo uloženo.",
               f"Dry run: release {result.release.number} ({result.scope_label}) would have "
               f"{len(result.changes)} changes and {result.notices} notices; nothing was stored."))
    else:
        waiting = "čekají" if 2 <= result.notices <= 4 else "čeká"
        say(_t(f"Zveřejnění č. {result.release.number} ({result.scope_label}) uloženo: "
               f"{_changes(len(result.changes))}, {_notices(result.notices)} {waiting} v odchozí poště.",
               f"Release {result.release.number} ({result.scope_label}) stored: {len(result.changes)} changes, "
               f"{result.notices} notices wait in the outbox."))
    return 0
