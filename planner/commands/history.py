"""`planner history [--since DATE|last-seen] [--kind KIND] [--who NAME] [--format text|json]`.

``last-seen`` means: since the previous `planner history --since last-seen` or visit of the Změny
page by this user on this computer (the settings key ``history/last_seen``, shared with the app);
that moment then becomes now.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import TYPE_CHECKING

from planner import settings
from planner.commands._common import open_db, say
from planner.formats.history_text import as_json, describe, record_text
from planner.i18n import _
from planner.services.undo import format_when
from planner.models import RecordKind
from planner.services import history
from planner.services.timeutil import local_midnight, parse_date

if TYPE_CHECKING:
    from planner.ui.settings_store import SettingsStore

EXIT_USAGE = 2
LAST_SEEN = "last-seen"


def _store() -> SettingsStore:
    from planner.ui.settings_store import SettingsStore  # QtCore only; no display needed

    return SettingsStore()


def read_last_seen() -> dt.datetime | None:
    """Return when this user last looked at the changes (None: never)."""
    text = str(_store().get(settings.HISTORY_LAST_SEEN) or "")
    try:
        return dt.datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def write_last_seen(at: dt.datetime) -> None:
    """Remember that this user looked at the changes at ``at``."""
    store = _store()
    store.set(settings.HISTORY_LAST_SEEN, at.astimezone(dt.timezone.utc).isoformat())
    store.sync()


def _since(text: str | None) -> dt.datetime | None | str:
    """Return the --since instant, or an error text for a bad value."""
    if not text:
        return None
    if text.strip() == LAST_SEEN:
        return read_last_seen()
    try:
        return local_midnight(parse_date(text))
    except ValueError:
        return _(
            "--since: “{text}” is not a date (2026-11-26 or 26. 11. 2026) nor “{LAST_SEEN}”."
        ).format(text=text, LAST_SEEN=LAST_SEEN)


def run(args: argparse.Namespace) -> int:
    since = _since(args.since)
    if isinstance(since, str):
        print(f"planner: {since}", file=sys.stderr)
        return EXIT_USAGE
    now = dt.datetime.now(dt.timezone.utc)
    db = open_db(args)
    try:
        rows = history.list_history(db.sm, history.HistoryQuery(
            since=since, kind=RecordKind(args.kind) if args.kind else None, who=args.who, limit=args.limit))
    finally:
        db.dispose()
    if (args.since or "").strip() == LAST_SEEN:
        write_last_seen(now)
    if args.format == "json":
        sys.stdout.write(json.dumps(as_json(rows), ensure_ascii=False, indent=2) + "\n")
        return 0
    if not rows:
        say(_("No changes."))
        return 0
    current = None
    for r in rows:
        if r.op_id != current:
            current = r.op_id
            say(f"{format_when(r.at)}  {r.who}  {r.op_label}")
        say(f"    {record_text(r)}: {describe(r)}")
    return 0
