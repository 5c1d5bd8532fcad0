"""The command-line contract: help everywhere, demo, exit codes, messages on stderr."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from planner.cli import build_parser, main


def _db(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'cli.sqlite3'}"


@pytest.mark.parametrize(
    "argv",
    [[], ["demo"], ["export"], ["export", "ics"], ["export", "xlsx"], ["import", "ics"], ["import", "xlsx"],
     ["publish"], ["render"]],
)
def test_every_command_has_help(argv, capsys):
    with pytest.raises(SystemExit) as info:
        main([*argv, "--help"])
    assert info.value.code == 0
    assert "usage: planner" in capsys.readouterr().out


def test_wrong_usage_exits_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["export", "ics"])  # -o is required
    assert info.value.code == 2
    assert "-o/--output" in capsys.readouterr().err


def test_demo_twice_does_not_duplicate(tmp_path, capsys):
    url = _db(tmp_path)
    assert main(["--db", url, "demo"]) == 0
    assert "Načteno: 41 akcí" in capsys.readouterr().out
    assert main(["--db", url, "demo"]) == 0
    assert "nic nového nepřibylo" in capsys.readouterr().out
    with sqlite3.connect(tmp_path / "cli.sqlite3") as conn:
        assert conn.execute("SELECT count(*) FROM event").fetchone()[0] == 41
    assert main(["--db", url, "--lang", "en", "demo", "--reset"]) == 0
    assert "Loaded: 41 events" in capsys.readouterr().out


def test_database_error_goes_to_stderr_with_exit_1(tmp_path, capsys):
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    assert main(["--db", f"sqlite:///{path}", "demo"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("planner: ") and "není databáze plánovače" in captured.err


def test_environment_variable_names_the_database(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PLANNER_DB_URL", _db(tmp_path))
    assert main(["demo"]) == 0
    assert (tmp_path / "cli.sqlite3").exists()


def test_parser_knows_the_contract():
    parser = build_parser()
    args = parser.parse_args(["export", "ics", "-o", "x.ics", "--series", "Bezručova Opava", "--from", "2026-09-01",
                              "--public-only"])
    assert (args.command, args.format, args.series, args.date_from, args.public_only) == (
        "export", "ics", "Bezručova Opava", "2026-09-01", True)


def test_python_main_py_is_the_same_program(tmp_path):
    out = subprocess.run([sys.executable, "main.py", "--help"], capture_output=True, text=True, check=True)
    assert "usage: planner" in out.stdout
    out = subprocess.run([sys.executable, "-m", "planner", "--help"], capture_output=True, text=True, check=True)
    assert "usage: planner" in out.stdout
