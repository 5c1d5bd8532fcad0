"""`planner export hlaska --month YYYY-MM -o FILE [--format docx|txt|csv] [--mark-changes]`."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys

from planner import settings
from planner.commands._common import OptionError, open_db, say
from planner.formats import hlaska as hlaska_export
from planner.i18n import _, ngettext
from planner.services import hlaska
from planner.services.timeutil import format_date


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--month", required=True, metavar="YYYY-MM", help="the month of the calendar, e.g. 2027-01")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="file to write (.docx, .txt or .csv)")
    p.add_argument("--format", dest="hlaska_format", choices=hlaska_export.FORMATS,
                   help="format (default: from the file name)")
    p.add_argument("--mark-changes", action="store_true",
                   help="mark what changed since the previous export of this month (NOVĚ, ZMĚNA, ZRUŠENO)")


def parse_month(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*", text or "")
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise OptionError(_("--month: “{text}” is not a month (2027-01).").format(text=text))
    return int(m.group(1)), int(m.group(2))


def _deadline_day() -> int:
    from planner.ui.settings_store import SettingsStore  # QtCore only; no display needed

    return int(SettingsStore().get(settings.HLASKA_DEADLINE_DAY))


def run(args: argparse.Namespace) -> int:
    year, month = parse_month(args.month)
    db = open_db(args)
    try:
        path, cal = hlaska_export.export_month(db.sm, year, month, args.output, args.hlaska_format,
                                               mark_changes=args.mark_changes)
    finally:
        db.dispose()
    count = len(cal.all_lines())
    say(ngettext("Wrote the culture calendar – {month} ({n} line) to {path}.",
                 "Wrote the culture calendar – {month} ({n} lines) to {path}.", count).format(
        month=hlaska.month_title(year, month), n=count, path=path))
    if count == 0:
        print(_("planner: nothing is released in that month (planner release …)."), file=sys.stderr)
    due = hlaska.deadline(year, month, _deadline_day())
    today = dt.date.today()
    if today <= due:
        say(_(
            "Hláska deadline: {format_date} (in {days} days)."
        ).format(format_date=format_date(due), days=(due - today).days))
    return 0
