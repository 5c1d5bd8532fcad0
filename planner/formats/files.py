"""File modes of what the planner writes for others to read (reports, feeds; no Qt).

Files written through a temporary file (tempfile.mkstemp) start as 0600, which colleagues cannot read on
a shared folder. Every output file gets the mode an ordinary new file would get: 0666 minus the umask
(0644 with the usual umask 022, 0664 with 002), so the office's own umask policy is honoured.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

_lock = threading.Lock()


def current_umask() -> int:
    """Return the process umask (read by setting and restoring it, under a lock)."""
    with _lock:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def shared_mode() -> int:
    """Return the mode a newly created ordinary file gets: 0o666 & ~umask."""
    return 0o666 & ~current_umask()


def make_shared(path: str | Path) -> None:
    """Give a file written via mkstemp the mode of an ordinary new file."""
    os.chmod(path, shared_mode())
