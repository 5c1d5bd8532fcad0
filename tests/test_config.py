"""The office-wide configuration file and which value wins (planner.config)."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner import config
from planner.cli import main
from planner.db import open_database


def _office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> Path:
    path = tmp_path / "office" / "planner.ini"
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv(config.OFFICE_CONFIG_ENV, str(path))
    return path


def test_the_office_database_is_used_when_nothing_else_says(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    shared = tmp_path / "shared.sqlite3"
    _office(tmp_path, monkeypatch, f"[database]\nurl = {shared}\n[office]\nname = Odbor kancelář primátora\n")
    assert main(["demo"]) == 0
    assert shared.exists()
    chosen = config.database_url(None)
    assert (chosen.value, chosen.source) == (str(shared), "office")
    db = open_database()
    assert db.url == str(shared)
    db.dispose()
    assert config.read_office_config().office_name == "Odbor kancelář primátora"


def test_environment_and_option_override_the_office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _office(tmp_path, monkeypatch, "[database]\nurl = postgresql://planner:tajne@server/planner\n")
    monkeypatch.setenv("PLANNER_DB_URL", "/tmp/user.sqlite3")
    assert config.database_url(None) == config.Chosen("/tmp/user.sqlite3", "environment")
    assert config.database_url("x.sqlite3") == config.Chosen("x.sqlite3", "option")


def test_publish_folder_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _office(tmp_path, monkeypatch, "[publish]\ndir = \\\\server\\kalendare\n")
    monkeypatch.delenv(config.PUBLISH_DIR_ENV, raising=False)
    assert config.publish_dir(None, "") == config.Chosen("\\\\server\\kalendare", "office")
    assert config.publish_dir(None, "/home/me/feeds").source == "user"
    monkeypatch.setenv(config.PUBLISH_DIR_ENV, "/srv/feeds")
    assert config.publish_dir(None, "/home/me/feeds").source == "environment"
    assert config.publish_dir("/x", "/home/me/feeds").source == "option"


def test_a_broken_office_file_is_an_error_naming_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = _office(tmp_path, monkeypatch, "url = bez sekce\n")
    assert main(["demo"]) == 1
    assert f"Konfigurační soubor úřadu {path} nelze přečíst" in capsys.readouterr().err


def test_no_office_file_is_an_empty_configuration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(config.OFFICE_CONFIG_ENV, str(tmp_path / "none.ini"))
    office = config.read_office_config()
    assert not office.exists and office.database_url == ""
    assert config.database_url(None).source == "default"


def test_documented_default_locations(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(config.OFFICE_CONFIG_ENV)
    monkeypatch.delenv("XDG_CONFIG_DIRS", raising=False)
    path = config.office_config_path()
    assert path.parts[-3:] == ("Opava", "planner", "planner.ini")
    monkeypatch.setattr(config.sys, "platform", "win32")
    monkeypatch.setenv("PROGRAMDATA", "C:\\ProgramData")
    assert str(config.office_config_path()).replace("/", "\\") == "C:\\ProgramData\\Opava\\planner\\planner.ini"
