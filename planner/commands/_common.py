"""Helpers shared by the command handlers."""

from __future__ import annotations

import argparse
import sys

from planner.db import Database, open_database

NOT_IMPLEMENTED = 2


def open_db(args: argparse.Namespace) -> Database:
    """Open the database named by --db / PLANNER_DB_URL / the default file."""
    return open_database(args.db)


def not_implemented(what: str) -> int:
    """Say that a command is not available yet (exit 2, as wrong usage)."""
    print(f"planner: {what} is not implemented yet", file=sys.stderr)
    return NOT_IMPLEMENTED


def say(text: str) -> None:
    """Print a result line to stdout."""
    print(text)
