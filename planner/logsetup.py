"""Where log records go: the log file always, the console only for warnings (all of it with -v).

No Qt here; planner.app routes Qt's own messages into the "qt" logger.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from typing import TextIO

from planner import paths

_installed: list[logging.Handler] = []


class _ConsoleHandler(logging.StreamHandler[TextIO]):
    """Write to whatever sys.stderr is now (tests swap it; a windowless Windows program has none)."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, _value: TextIO) -> None:
        pass

    def emit(self, record: logging.LogRecord) -> None:
        if sys.stderr is not None:
            super().emit(record)


def log_file() -> str:
    """Return the path of the log file."""
    return str(paths.log_dir() / "planner.log")


def configure(verbose: bool = False) -> None:
    """Send INFO and above to the log file, and WARNING and above (DEBUG and above with -v) to stderr.

    Alembic's INFO lines and Qt's diagnostics therefore reach the console only with -v.
    Calling it again replaces the handlers it installed before.
    """
    root = logging.getLogger()
    for handler in _installed:
        root.removeHandler(handler)
        handler.close()
    _installed.clear()
    console = _ConsoleHandler()
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    _installed.append(console)
    try:
        file = logging.handlers.RotatingFileHandler(log_file(), maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError as exc:  # a read-only profile must not stop the program
        console.handle(logging.LogRecord("planner", logging.WARNING, __file__, 0,
                                         "cannot write the log file: %s", (exc,), None))
    else:
        file.setLevel(logging.INFO)
        file.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        _installed.append(file)
    for handler in _installed:
        root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
