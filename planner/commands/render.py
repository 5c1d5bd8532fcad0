"""`planner render --view ... --date D -o FILE.png`: draw a view offscreen into a PNG.

The same widgets as in the application, with the translations installed and
the given date taken as "today", so pictures for the README are repeatable.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from planner import errors
from planner.commands._common import NOT_IMPLEMENTED, OptionError, date_option, not_implemented, open_db, say

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from planner.ui.context import AppContext

Builder = Callable[["AppContext", dt.date], "QWidget"]


def _calendar(key: str) -> Builder:
    def build(ctx: AppContext, day: dt.date) -> QWidget:
        from planner.ui.calendar.page import CalendarPage

        page = CalendarPage(ctx, today=day)
        page.set_view(key)
        page.go_to(day)
        return page

    return build


def _market(ctx: AppContext, day: dt.date) -> QWidget:
    from planner.ui.markets.render import build_market_picture

    return build_market_picture(ctx, day)


# One entry per view; other areas add theirs (e.g. the market plan) in one line.
VIEW_BUILDERS: dict[str, Builder] = {
    "month": _calendar("month"),
    "week": _calendar("week"),
    "day": _calendar("day"),
    "agenda": _calendar("agenda"),
    "timeline": _calendar("timeline"),
    "market": lambda ctx, day: _market(ctx, day),
}


def _size(text: str) -> tuple[int, int] | None:
    try:
        w, h = (int(p) for p in text.lower().split("x"))
    except ValueError:
        return None
    return (w, h) if 200 <= w <= 8000 and 200 <= h <= 8000 else None


def run(args: argparse.Namespace) -> int:
    builder = VIEW_BUILDERS.get(args.view)
    if builder is None:
        return not_implemented(f"render --view {args.view}")
    try:
        day = date_option("--date", args.date, required=True)
    except OptionError as exc:
        print(f"planner: {exc}", file=sys.stderr)
        return NOT_IMPLEMENTED
    size = _size(args.size)
    if size is None:
        text = {"cs": f"čekám ŠÍŘKAxVÝŠKA, např. 1280x800 (200 až 8000), ne „{args.size}“.",
                "en": f"expected WIDTHxHEIGHT like 1280x800 (200 to 8000), not “{args.size}”."}
        print(f"planner: --size: {text[errors.language()]}", file=sys.stderr)
        return NOT_IMPLEMENTED
    if not os.environ.get("QT_QPA_PLATFORM") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    lang = getattr(args, "render_lang", None) or args.lang or "cs"

    from PySide6.QtWidgets import QApplication

    from planner.app import make_application, set_language
    from planner.ui.context import AppContext
    from planner.ui.settings_store import SettingsStore

    app = make_application()
    set_language(app, lang)
    db = open_db(args)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            # fresh settings: a render never depends on (or changes) the user's zoom or last view
            store = SettingsStore(str(Path(tmp) / "render.ini"))
            ctx = AppContext(db=db, settings=store, lang=lang)
            widget = builder(ctx, day)
            widget.resize(*size)
            widget.show()
            QApplication.processEvents()
            QApplication.processEvents()
            pixmap = widget.grab()
            widget.close()
            widget.deleteLater()
            out = Path(args.output)
            if out.parent and not out.parent.exists():
                print(f"planner: -o: folder does not exist: {out.parent}", file=sys.stderr)
                return 1
            if not pixmap.save(str(out), "PNG"):
                print(f"planner: -o: cannot write {out}", file=sys.stderr)
                return 1
    finally:
        db.dispose()
    say(f"{out} ({size[0]}x{size[1]}, {args.view}, {day.isoformat()})")
    return 0
