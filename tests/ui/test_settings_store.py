"""The settings store: a value set is read back at once, the file is written once per burst."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from planner import settings
from planner.ui import settings_store
from planner.ui.settings_store import SettingsStore


def test_a_burst_of_sets_is_written_once_and_read_back_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    store = SettingsStore(str(path))
    for day in range(1, 21):  # paging through the calendar stores the date on every step
        store.set(settings.CALENDAR_DATE, f"2026-12-{day:02d}")
    assert store.get(settings.CALENDAR_DATE) == "2026-12-20"
    assert not path.exists()  # nothing written yet
    qtbot.waitUntil(path.exists, timeout=settings_store.WRITE_DELAY_MS * 3)
    assert SettingsStore(str(path)).get(settings.CALENDAR_DATE) == "2026-12-20"


def test_sync_writes_what_is_pending(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    store = SettingsStore(str(path))
    store.set(settings.CALENDAR_VIEW, "week")
    store.set(settings.MAIN_GEOMETRY, b"\x01\x02")
    store.sync()
    again = SettingsStore(str(path))
    assert again.get(settings.CALENDAR_VIEW) == "week"
    assert again.get(settings.MAIN_GEOMETRY) == b"\x01\x02"
