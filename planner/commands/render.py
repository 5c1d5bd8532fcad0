"""`planner render --view ... --date D -o FILE.png`: draw a view offscreen into a PNG.

The same widgets as in the application, with the translations installed and
the given date taken as "today", so pictures for the README are repeatable.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from planner.commands._common import OptionError, date_option, open_db, say
from planner.errors import UsageError
from planner.i18n import _

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


def _check_output(text: str) -> Path:
    """Return the output path, refusing a missing folder before anything is drawn (exit 1)."""
    out = Path(text)
    folder = out.parent
    if not folder.is_dir():
        raise OptionError(_(
            "-o: the folder {folder} does not exist; create it or choose another."
        ).format(folder=folder))
    if out.is_dir():
        raise OptionError(_("-o: {out} is a folder; give a .png file.").format(out=out))
    return out


def run(args: argparse.Namespace) -> int:
    builder = VIEW_BUILDERS[args.view]
    day = date_option("--date", args.date, required=True)
    size = _size(args.size)
    if size is None:
        raise UsageError(_(
            "--size: expected WIDTHxHEIGHT like 1280x800 (200 to 8000), not “{size}”."
        ).format(size=args.size))
    out = _check_output(args.output)
    if not os.environ.get("QT_QPA_PLATFORM") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    lang = args.lang or "cs"

    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from planner.app import make_application, route_qt_messages, set_language
    from planner.ui.context import AppContext
    from planner.ui.settings_store import SettingsStore

    app = make_application()
    set_language(app, lang)
    previous_handler = route_qt_messages()  # Qt's diagnostics to the log file, as in the GUI
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
            if not pixmap.save(str(out), "PNG"):
                raise OptionError(_("-o: cannot write {out}.").format(out=out))
    finally:
        db.dispose()
        qInstallMessageHandler(previous_handler)
    say(f"{out} ({size[0]}x{size[1]}, {args.view}, {day.isoformat()})")
    return 0
