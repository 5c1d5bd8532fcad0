"""Handlers of the CLI sub-commands; each returns an exit code."""

from planner.commands import demo, ics, publish, render, xlsx

__all__ = ["demo", "ics", "publish", "render", "xlsx"]
