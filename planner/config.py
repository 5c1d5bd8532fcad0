"""The office-wide configuration IT sets once per computer, and which value wins (no Qt).

The machine-wide file is an INI file (``office_config_path()``)::

    [database]
    url = postgresql://planner:HESLO@server.opava.example/planner
    [publish]
    dir = \\\\server\\kalendare
    [office]
    name = Odbor kancelář primátora

Precedence, highest first (docs/install-windows.md, Nápověda › O programu):

- database: ``--db``; the environment variable PLANNER_DB_URL (per user, ``setx`` on Windows);
  the office file; else the user's own SQLite file.
- publish folder: ``publish --to``; PLANNER_PUBLISH_DIR; the folder chosen in the application
  (per-user settings); the office file.
- office name: the office file.
"""

from __future__ import annotations

import configparser
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from planner import paths
from planner.errors import PlannerError
from planner.i18n import _, N_

OFFICE_CONFIG_ENV = "PLANNER_OFFICE_CONFIG"
DB_URL_ENV = "PLANNER_DB_URL"
PUBLISH_DIR_ENV = "PLANNER_PUBLISH_DIR"


class ConfigError(PlannerError):
    """The office configuration file exists but cannot be read."""


def office_config_path() -> Path:
    """Return the machine-wide configuration file (PLANNER_OFFICE_CONFIG overrides it).

    Windows: %PROGRAMDATA%\\Opava\\planner\\planner.ini; Linux: /etc/xdg/Opava/planner/planner.ini
    (the first folder of $XDG_CONFIG_DIRS); macOS: /Library/Application Support/Opava/planner/planner.ini.
    """
    override = os.environ.get(OFFICE_CONFIG_ENV)
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("PROGRAMDATA") or r"C:\ProgramData")
        return base / paths.APP_AUTHOR / paths.APP_NAME / "planner.ini"
    if sys.platform == "darwin":
        return Path("/Library/Application Support") / paths.APP_AUTHOR / paths.APP_NAME / "planner.ini"
    first = platformdirs.site_config_dir(multipath=False)  # /etc/xdg unless $XDG_CONFIG_DIRS says otherwise
    return Path(first) / paths.APP_AUTHOR / paths.APP_NAME / "planner.ini"


@dataclass(frozen=True)
class OfficeConfig:
    """What the office file sets ('' for what it leaves out)."""

    path: Path
    exists: bool
    database_url: str = ""
    publish_dir: str = ""
    office_name: str = ""


def read_office_config(path: Path | None = None) -> OfficeConfig:
    """Read the office file; a missing file is an empty configuration, a broken one an error naming it."""
    path = path or office_config_path()
    if not path.is_file():
        return OfficeConfig(path, exists=False)
    parser = configparser.ConfigParser(interpolation=None)
    try:
        with open(path, encoding="utf-8-sig") as fh:  # Notepad may save UTF-8 with a BOM
            parser.read_file(fh)
    except (OSError, UnicodeDecodeError, configparser.Error) as exc:
        reason = (exc.strerror if isinstance(exc, OSError) else None) or str(exc).splitlines()[0]
        raise ConfigError(_(
            "The office configuration file {path} cannot be read: {reason}"
        ).format(path=path, reason=reason)) from exc
    return OfficeConfig(
        path, exists=True,
        database_url=parser.get("database", "url", fallback="").strip(),
        publish_dir=parser.get("publish", "dir", fallback="").strip(),
        office_name=parser.get("office", "name", fallback="").strip(),
    )


@dataclass(frozen=True)
class Chosen:
    """A value and where it came from: "option", "environment", "user", "office" or "default"."""

    value: str
    source: str


def database_url(cli_value: str | None) -> Chosen:
    """Return the database to open and why (see the module docstring); '' value = the default file."""
    if cli_value:
        return Chosen(cli_value, "option")
    if os.environ.get(DB_URL_ENV):
        return Chosen(os.environ[DB_URL_ENV], "environment")
    office = read_office_config()
    if office.database_url:
        return Chosen(office.database_url, "office")
    return Chosen("", "default")


def publish_dir(cli_value: str | None, user_value: str) -> Chosen:
    """Return the feed folder and why; '' value when nothing sets one."""
    if cli_value:
        return Chosen(cli_value, "option")
    if os.environ.get(PUBLISH_DIR_ENV):
        return Chosen(os.environ[PUBLISH_DIR_ENV], "environment")
    if user_value:
        return Chosen(user_value, "user")
    office = read_office_config()
    if office.publish_dir:
        return Chosen(office.publish_dir, "office")
    return Chosen("", "default")


def source_label(source: str) -> str:
    """Return the user-facing name of a value's source, in the message language."""
    office = str(office_config_path())
    labels = {
        "option": N_("command-line option"),
        "environment": N_("environment variable"),
        "user": N_("user settings"),
        "default": N_("default"),
    }
    if source == "office":
        return _("office configuration ({office})").format(office=office)
    return _(labels[source]) if source in labels else source
