"""QSettings-backed store for the options declared in planner.settings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QTimer

from planner import paths
from planner.settings import Option


# Values set within this many milliseconds reach the file together: paging through the
# calendar stores its date on every step, and each write of the INI file costs an
# fdatasync and a rename (13-16 ms on a laptop disk, issue 13).
WRITE_DELAY_MS = 1000


class SettingsStore:
    """Typed access to the INI settings file in the user data folder.

    ``set`` takes effect at once for ``get``; the file is written at most once per
    WRITE_DELAY_MS (and by ``sync``, which the main window calls on close).
    """

    def __init__(self, path: str | None = None) -> None:
        self._qs = QSettings(path or str(paths.data_dir() / "settings.ini"), QSettings.Format.IniFormat)
        self._pending: dict[str, Any] = {}
        self._timer: QTimer | None = None

    def get(self, option: Option) -> Any:
        """Return the stored value converted to the option's type, or its default."""
        value = self._pending[option.key] if option.key in self._pending else self._qs.value(option.key, None)
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
        self._pending[option.key] = value
        app = QCoreApplication.instance()
        if app is None:  # no event loop to write later
            self.flush()
            return
        if self._timer is None:
            app.aboutToQuit.connect(self.flush)
            self._timer = QTimer()
            self._timer.setSingleShot(True)
            self._timer.setInterval(WRITE_DELAY_MS)
            self._timer.timeout.connect(self.flush)
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        """Hand the values set so far to QSettings (which writes the file soon after)."""
        if self._timer is not None:
            self._timer.stop()
        pending, self._pending = self._pending, {}
        for key, value in pending.items():
            self._qs.setValue(key, value)

    def path(self) -> str:
        """Return the settings file."""
        return self._qs.fileName()

    def sync(self) -> None:
        """Write pending changes to disk."""
        self.flush()
        self._qs.sync()
