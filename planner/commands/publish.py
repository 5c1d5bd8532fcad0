"""`planner publish [--to DIR]`: write the subscription feeds atomically; `--web DIR`: the web programme.

The folder is --to, else $PLANNER_PUBLISH_DIR, else the one set in the application.
"""

from __future__ import annotations

import argparse
import os

from planner import settings
from planner.commands._common import open_db, say
from planner.errors import PlannerError
from planner.errors import t as _t
from planner.export.publish import publish_feeds

PUBLISH_DIR_ENV = "PLANNER_PUBLISH_DIR"


def _folder_from_settings() -> str:
    """Return the feed folder chosen in the application's settings ('' when none)."""
    from planner.ui.settings_store import SettingsStore  # QtCore only; no display needed

    return str(SettingsStore().get(settings.PUBLISH_DIR) or "")


def run_web(args: argparse.Namespace) -> int:
    """`planner publish --web DIR`: the static web programme from the released state."""
    from planner.export.web import publish_web

    db = open_db(args)
    try:
        result = publish_web(db.sm, args.web, base_url=args.base_url)
    finally:
        db.dispose()
    say(_t(f"Zapsán webový program: {result.pages} stránek ({result.events} akcí) do {result.folder}.",
           f"Wrote the web programme: {result.pages} pages ({result.events} events) to {result.folder}."))
    if not args.base_url:
        say(_t("  Bez --base-url jsou identifikátory v JSON-LD relativní; zadejte adresu, kde bude web.",
               "  Without --base-url the JSON-LD identifiers are relative; give the address the site is served from."))
    return 0


def run(args: argparse.Namespace) -> int:
    if getattr(args, "web", None):
        return run_web(args)
    folder = args.to or os.environ.get(PUBLISH_DIR_ENV, "") or _folder_from_settings()
    if not folder:
        raise PlannerError(_t(
            f"--to: zadejte složku pro kalendáře (nebo ji nastavte v aplikaci či v {PUBLISH_DIR_ENV}).",
            f"--to: name the folder for the feeds (or set it in the application or in {PUBLISH_DIR_ENV}).",
        ))
    db = open_db(args)
    try:
        result = publish_feeds(db.sm, folder)
    finally:
        db.dispose()
    say(_t(f"Zapsáno {result.calendars} kalendářů ({result.events} akcí) do {result.folder}.",
           f"Wrote {result.calendars} calendars ({result.events} events) to {result.folder}."))
    for path in result.removed:
        say(_t(f"  odstraněn starý kalendář {path.name}", f"  removed the old calendar {path.name}"))
    return 0
