"""Handlers of the CLI sub-commands; each returns an exit code."""

from planner.commands import demo, history, hlaska, ics, outbox, publish, release, render, xlsx

__all__ = ["demo", "history", "hlaska", "ics", "outbox", "publish", "release", "render", "xlsx"]
