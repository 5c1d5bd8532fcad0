"""`planner publish [--to DIR]`: write the subscription feeds atomically; `--web DIR`: the web programme.

The folder is --to, else $PLANNER_PUBLISH_DIR, else the one set in the application, else the office
configuration's (planner.config).
"""

from __future__ import annotations

import argparse

from planner import config, settings
from planner.commands._common import open_db, say
from planner.errors import UsageError
from planner.formats.publish import publish_feeds
from planner.i18n import _, ngettext

PUBLISH_DIR_ENV = config.PUBLISH_DIR_ENV


def _folder_from_settings() -> str:
    """Return the feed folder chosen in the application's settings ('' when none)."""
    from planner.ui.settings_store import SettingsStore  # QtCore only; no display needed

    return str(SettingsStore().get(settings.PUBLISH_DIR) or "")


def run_web(args: argparse.Namespace) -> int:
    """`planner publish --web DIR`: the static web programme from the released state."""
    from planner.formats.web import publish_web

    db = open_db(args)
    try:
        result = publish_web(db.sm, args.web, base_url=args.base_url)
    finally:
        db.dispose()
    events = ngettext("{n} event", "{n} events", result.events).format(n=result.events)
    pages = ngettext("{n} page", "{n} pages", result.pages).format(n=result.pages)
    say(_("Wrote the web programme: {pages} ({events}) to {folder}.").format(
        pages=pages, events=events, folder=result.folder))
    if not args.base_url:
        say(_(
            "  Without --base-url the JSON-LD identifiers are relative; give the address the site is served from."
        ))
    return 0


def run(args: argparse.Namespace) -> int:
    if getattr(args, "web", None):
        return run_web(args)
    folder = config.publish_dir(args.to, _folder_from_settings()).value
    if not folder:
        raise UsageError(_(
            "--to: name the folder for the feeds (or set it in the application or in {PUBLISH_DIR_ENV})."
        ).format(PUBLISH_DIR_ENV=PUBLISH_DIR_ENV))
    db = open_db(args)
    try:
        result = publish_feeds(db.sm, folder)
    finally:
        db.dispose()
    n = result.calendars
    events = ngettext("{n} event", "{n} events", result.events).format(n=result.events)
    say(ngettext("Wrote {n} calendar ({events}) to {folder}.", "Wrote {n} calendars ({events}) to {folder}.",
                 n).format(n=n, events=events, folder=result.folder))
    for path in result.removed:
        # the same file name exists in public/ and internal/: name the folder, or the lines look duplicated
        say(_("  removed the old calendar {path}").format(path=path))
    return 0
