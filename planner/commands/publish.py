"""`planner publish [--to DIR]`: write the subscription feeds atomically; `--web DIR`: the web programme.

The folder is --to, else $PLANNER_PUBLISH_DIR, else the one set in the application, else the office
configuration's (planner.config).
"""

from __future__ import annotations

import argparse

from planner import config, settings
from planner.commands._common import open_db, say
from planner.errors import UsageError
from planner.errors import t as _t
from planner.formats.publish import publish_feeds
from planner.plural import count, form, plural

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
    events = count(result.events, ("akce", "akce", "akcí"), ("event", "events"))
    say(_t(f"Zapsán webový program: {plural(result.pages, 'stránka', 'stránky', 'stránek')} ({events}) do "
           f"{result.folder}.",
           f"Wrote the web programme: {plural(result.pages, 'page', 'pages', 'pages')} ({events}) to {result.folder}."))
    if not args.base_url:
        say(_t("  Bez --base-url jsou identifikátory v JSON-LD relativní; zadejte adresu, kde bude web.",
               "  Without --base-url the JSON-LD identifiers are relative; give the address the site is served from."))
    return 0


def run(args: argparse.Namespace) -> int:
    if getattr(args, "web", None):
        return run_web(args)
    folder = config.publish_dir(args.to, _folder_from_settings()).value
    if not folder:
        raise UsageError(_t(
            f"--to: zadejte složku pro kalendáře (nebo ji nastavte v aplikaci či v {PUBLISH_DIR_ENV}).",
            f"--to: name the folder for the feeds (or set it in the application or in {PUBLISH_DIR_ENV}).",
        ))
    db = open_db(args)
    try:
        result = publish_feeds(db.sm, folder)
    finally:
        db.dispose()
    n = result.calendars
    events = count(result.events, ("akce", "akce", "akcí"), ("event", "events"))
    say(_t(f"{form(n, 'Zapsán', 'Zapsány', 'Zapsáno')} {plural(n, 'kalendář', 'kalendáře', 'kalendářů')} "
           f"({events}) do {result.folder}.",
           f"Wrote {plural(n, 'calendar', 'calendars', 'calendars')} ({events}) to {result.folder}."))
    for path in result.removed:
        # the same file name exists in public/ and internal/: name the folder, or the lines look duplicated
        say(_t(f"  odstraněn starý kalendář {path}", f"  removed the old calendar {path}"))
    return 0
