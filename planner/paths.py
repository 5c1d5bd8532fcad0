"""Where data, backups, logs and bundled resources live (platformdirs; no Qt)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "planner"
APP_AUTHOR = "Opava"

_RESOURCES = Path(__file__).resolve().parent / "resources"


def data_dir() -> Path:
    """Return the user data folder (created on demand). PLANNER_DATA_DIR overrides it."""
    override = os.environ.get("PLANNER_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir() -> Path:
    """Return the folder for database backups taken before migrations."""
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    """Return the folder for log files."""
    override = os.environ.get("PLANNER_DATA_DIR")
    path = Path(override) / "logs" if override else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """Return the folder for rebuildable files (compiled translations)."""
    override = os.environ.get("PLANNER_DATA_DIR")
    path = Path(override) / "cache" if override else Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    """Return the default SQLite database file."""
    return data_dir() / "planner.sqlite3"


def resource_path(relative: str) -> Path:
    """Return the path of a bundled resource, e.g. ``resource_path("icons/venue.svg")``."""
    return _RESOURCES / relative
