"""Handlers of the CLI sub-commands; each returns an exit code."""

from planner.commands import demo, history, ics, publish, render, xlsx

__all__ = ["demo", "history", "ics", "publish", "render", "xlsx"]
