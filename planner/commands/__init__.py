"""Handlers of the CLI sub-commands; each returns an exit code."""

from planner.commands import demo, hlaska, ics, outbox, publish, release, render, xlsx

__all__ = ["demo", "hlaska", "ics", "outbox", "publish", "release", "render", "xlsx"]
