"""Command-line front door: no arguments start the GUI, sub-commands work headless.

How the parts fit together: docs/ARCHITECTURE.md. Exit codes, one rule for every command:
0 success; 1 a reported error (the command was well formed, but a file, the data or the database
refused it: unknown name, unreadable file, invalid rows, conflict); 2 wrong usage (the command line
itself is wrong: unknown or missing option, a date or size that does not parse). Global options
(--db, --lang, -v) may stand before or after the sub-command; each sub-command gets them from
_CommandParser, so a new command is one ``sub.add_parser(...)`` block and nothing else.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from typing import Any

from planner import __version__, i18n, logsetup
from planner.errors import PlannerError, UsageError
from planner.models.enums import RecordKind

log = logging.getLogger(__name__)

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
VIEWS = ("month", "week", "day", "agenda", "timeline", "market")
REPORTS = ("programme", "events", "venues", "vendors", "market")


def _add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--series", metavar="NAME", help="only events of this series")
    p.add_argument("--venue", metavar="NAME", help="only events at this venue")
    p.add_argument("--staff", metavar="EMAIL", help="only events this person is responsible for")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="first day (2026-11-26 or 26. 11. 2026)")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="last day, inclusive")
    p.add_argument("--public-only", action="store_true", help="only public events")
    p.add_argument("--include-cancelled", action="store_true", help="keep cancelled events")


def _add_global_options(p: argparse.ArgumentParser, *, default: object = None) -> None:
    p.add_argument("--db", metavar="URL", default=default,
                   help="database: a file path or URL (default: PLANNER_DB_URL, the office configuration, "
                   "else the user data file)")
    p.add_argument("--lang", choices=("cs", "en"), default=default,
                   help="language of the interface and messages, for this run only")
    p.add_argument("-v", "--verbose", action="store_true", default=False if default is None else default,
                   help="show the log (database migrations, Qt diagnostics) on stderr")


class _CommandParser(argparse.ArgumentParser):
    """A sub-command's parser: also accepts the global options after the command (`planner demo --lang en`).

    Their default is SUPPRESS, so a global option given before the command is not reset by the sub-parser.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:  # argparse's own parameters, passed through
        super().__init__(*args, **kwargs)
        _add_global_options(self, default=argparse.SUPPRESS)


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of the command-line contract (README, "Command line")."""
    parser = argparse.ArgumentParser(
        prog="planner",
        description="Opava event planner. Without a command, starts the application window.",
    )
    _add_global_options(parser)
    parser.add_argument("--version", action="version", version=f"planner {__version__}")
    # Hidden: the frozen build's smoke test (tools/build_app.py) starts the window and quits after its first paint.
    parser.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_CommandParser)

    p = sub.add_parser("demo", help="load the Opava demo data set", description="Load the Opava demo data set. "
                       "Loading twice adds nothing.")
    p.add_argument("--reset", action="store_true", help="delete ALL data first (this flag is the confirmation)")

    p = sub.add_parser("export", help="export iCalendar or Excel files")
    exp = p.add_subparsers(dest="format", metavar="FORMAT", required=True)
    e = exp.add_parser("ics", help="write an iCalendar (.ics) file for Outlook and others")
    e.add_argument("-o", "--output", required=True, metavar="FILE", help="file to write")
    _add_filters(e)
    e.add_argument("--include-internal", action="store_true",
                   help="also export internal notes (never exported otherwise)")
    x = exp.add_parser("xlsx", help="write a formatted Excel report")
    x.add_argument("--report", required=True, choices=REPORTS, help="which report")
    x.add_argument("-o", "--output", required=True, metavar="FILE", help="file to write")
    x.add_argument("--market", metavar="NAME", help="market for the market report (default: the next one)")
    x.add_argument("--edition", metavar="TITLE", help="festival edition for the programme report")
    _add_filters(x)

    from planner.commands import hlaska as _hlaska

    h = exp.add_parser("hlaska", help="write the month's culture calendar for the newsletter Hláska (DOCX, text, CSV)")
    _hlaska.add_arguments(h)

    p = sub.add_parser("import", help="import iCalendar or Excel files")
    imp = p.add_subparsers(dest="format", metavar="FORMAT", required=True)
    i = imp.add_parser("ics", help="create or update events from an .ics file (matched by UID)")
    i.add_argument("file", metavar="FILE")
    i.add_argument("--dry-run", action="store_true", help="report what would change, write nothing")
    xi = imp.add_parser("xlsx", help="import vendors or a programme from a spreadsheet")
    xi.add_argument("kind", choices=("vendors", "programme"), help="what the sheet holds")
    xi.add_argument("file", metavar="FILE")
    xi.add_argument("--edition", metavar="TITLE", help="festival edition for a programme import")
    xi.add_argument("--dry-run", action="store_true", help="report what would change, write nothing")
    xi.add_argument("--rejected", metavar="FILE", help="save the rejected rows with reasons as .xlsx")

    p = sub.add_parser("publish", help="write the subscription feeds (.ics) atomically")
    p.add_argument("--to", metavar="DIR", help="folder to write (default: the folder from the settings)")
    p.add_argument("--web", metavar="DIR", help="write the static web programme (schema.org / OFN JSON-LD) instead")
    p.add_argument("--base-url", metavar="URL", default="",
                   help="address the web programme is served from (makes the JSON-LD identifiers absolute)")

    from planner.commands import outbox as _outbox, release as _release

    p = sub.add_parser("release", help="release the programme of a series, edition or period (changelog, notices)")
    _release.add_arguments(p)
    p = sub.add_parser("outbox", help="list the change notices in the outbox and send them")
    _outbox.add_arguments(p)

    p = sub.add_parser("history", help="list recorded changes (who changed what, when)",
                       description="List recorded changes, newest first.")
    p.add_argument("--since", metavar="DATE|last-seen",
                   help="from this day (2026-11-26 or 26. 11. 2026), or since you last looked (last-seen)")
    p.add_argument("--kind", choices=[k.value for k in RecordKind], help="only changes of this kind of record")
    p.add_argument("--who", metavar="NAME", help="only changes by this person (part of the name)")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    p.add_argument("--limit", type=int, default=1000, metavar="N", help="at most N changed rows (default 1000)")

    p = sub.add_parser("render", help="draw a view offscreen into a PNG")
    p.add_argument("--view", required=True, choices=VIEWS)
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    p.add_argument("-o", "--output", required=True, metavar="FILE.png")
    p.add_argument("--size", default="1280x800", metavar="WxH")
    return parser


def _dispatch(args: argparse.Namespace) -> int:
    from planner import commands  # not at the top: the GUI starts without the command modules

    # (command, format) -> handler; only export and import have formats as their sub-commands
    handlers: dict[tuple[str, str | None], Callable[[argparse.Namespace], int]] = {
        ("demo", None): commands.demo.run,
        ("export", "ics"): commands.ics.export,
        ("import", "ics"): commands.ics.import_,
        ("export", "xlsx"): commands.xlsx.export,
        ("import", "xlsx"): commands.xlsx.import_,
        ("export", "hlaska"): commands.hlaska.run,
        ("publish", None): commands.publish.run,
        ("render", None): commands.render.run,
        ("release", None): commands.release.run,
        ("outbox", None): commands.outbox.run,
        ("history", None): commands.history.run,
    }
    handler = handlers.get((args.command, args.format if args.command in ("export", "import") else None))
    if handler is None:
        raise AssertionError(args.command)
    return handler(args)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the planner with command-line arguments; return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logsetup.configure(args.verbose)
    i18n.set_language(args.lang or "cs")
    if args.command is None:
        from planner.db import preload_driver

        preload_driver(args.db)  # before planner.app imports PySide6 (see preload_driver)
        from planner.app import run_gui

        return run_gui(args)
    try:
        return _dispatch(args)
    except UsageError as exc:
        print(f"planner: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    except PlannerError as exc:
        print(f"planner: {exc.message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("planner: interrupted", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
