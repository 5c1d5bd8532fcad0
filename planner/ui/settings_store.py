"""QSettings-backed store for the options declared in planner.settings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from planner import paths
from planner.settings import Option


class SettingsStore:
    """Typed access to the INI settings file in the user data folder."""

    def __init__(self, path: str | None = None) -> None:
        self._qs = QSettings(path or str(paths.data_dir() / "settings.ini"), QSettings.Format.IniFormat)

    def get(self, option: Option) -> Any:
        """Return the stored value converted to the option's type, or its default."""
        value = self._qs.value(option.key, None)
        if value is None:
            return option.default
        if option.type is bool:
            return value in (True, "true", "1", 1)
        if option.type is int:
            try:
                return int(str(value))
            except (TypeError, ValueError):
                return option.default
        if option.type is bytes:
            return bytes(value.data()) if isinstance(value, QByteArray) else option.default
        return str(value)

    def set(self, option: Option, value: Any) -> None:
        """Store a value for an option."""
        if option.type is bytes:
            value = QByteArray(value)
        self._qs.setValue(option.key, value)

    def path(self) -> str:
        """Return the settings file."""
        return self._qs.fileName()

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._qs.sync()
