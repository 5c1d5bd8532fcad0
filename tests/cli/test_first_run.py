"""What a new user meets on the command line (issue 12): --version, options after the command, database
paths, one exit-code rule, true messages, counts in correct Czech, and files colleagues can read."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook

from planner import __version__
from planner.cli import main
from planner.commands import render
from planner.db import Database


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"planner {__version__}"


def test_global_options_after_the_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "after.sqlite3"
    assert main(["demo", "--db", str(db), "--lang", "en"]) == 0
    assert capsys.readouterr().out.startswith("Loaded: 41 events, ")
    assert db.exists()
    # before the command still works, and a sub-command does not reset what was given before it
    assert main(["--lang", "en", "--db", str(db), "demo"]) == 0
    assert "already loaded" in capsys.readouterr().out
    assert main(["--db", str(db), "export", "ics", "-o", str(tmp_path / "a.ics"), "--lang", "en"]) == 0
    assert capsys.readouterr().out.startswith("Wrote 40 events to ")  # the cancelled one is left out


def test_demo_counts_are_correct_czech(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "d.sqlite3"), "demo"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Načteno: 41 akcí, ")
    assert ", 2 trhy, " in out


# --- database paths and URLs ---------------------------------------------------------------------------


def test_a_plain_path_is_a_sqlite_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["--db", "planner.sqlite3", "demo"]) == 0
    assert (tmp_path / "planner.sqlite3").read_bytes().startswith(b"SQLite format 3\x00")


def test_a_missing_folder_is_refused_and_never_created(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "preklep" / "dir"
    assert main(["--db", f"sqlite:///{missing / 'x.sqlite3'}", "demo"]) == 1
    err = capsys.readouterr().err
    assert f"Složka {missing} neexistuje" in err
    assert not (tmp_path / "preklep").exists()
    assert main(["--db", str(missing / "x.sqlite3"), "demo"]) == 1
    assert not (tmp_path / "preklep").exists()


def test_an_unsupported_scheme_names_the_supported_ones(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", "mysql://user:tajne@server/db", "demo"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("planner: Databázi „mysql“")
    assert "sqlite:///" in err and "postgresql://" in err
    assert "tajne" not in err and "Traceback" not in err


def test_a_text_file_is_not_called_a_foreign_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes = tmp_path / "poznamky.txt"
    notes.write_text("nákupní seznam\n", encoding="utf-8")
    assert main(["--db", str(notes), "demo"]) == 1
    err = capsys.readouterr().err
    assert "není databáze" in err and "jiný druh souboru" in err and "cizí tabulky" not in err
    assert notes.read_text(encoding="utf-8") == "nákupní seznam\n"


def test_a_folder_given_as_the_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path), "demo"]) == 1
    assert "je složka" in capsys.readouterr().err


# --- exit codes and messages -----------------------------------------------------------------------------


def test_render_checks_the_folder_first_and_in_czech(demo_db: Database, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    def must_not_draw(*_args: object) -> None:
        raise AssertionError("drew the view before checking the output folder")

    monkeypatch.setitem(render.VIEW_BUILDERS, "month", must_not_draw)
    out = tmp_path / "chybi" / "m.png"
    code = main(["--db", demo_db.url, "render", "--view", "month", "--date", "2026-12-09", "-o", str(out)])
    assert code == 1
    assert capsys.readouterr().err.strip() == f"planner: -o: složka {out.parent} neexistuje; vytvořte ji nebo zvolte jinou."


@pytest.mark.parametrize("argv", [
    ["render", "--view", "month", "--date", "zítra", "-o", "x.png"],
    ["export", "ics", "-o", "x.ics", "--from", "zítra"],
    ["export", "xlsx", "--report", "events", "-o", "x.xlsx", "--from", "zítra"],
])
def test_a_bad_date_is_wrong_usage_everywhere(demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["--db", demo_db.url, *argv]) == 2
    assert "„zítra“ není datum" in capsys.readouterr().err


def test_market_report_of_an_empty_database_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "trh.xlsx"
    assert main(["--db", str(tmp_path / "empty.sqlite3"), "export", "xlsx", "--report", "market", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "Databáze neobsahuje žádný trh" in err and "pole je povinné" not in err
    assert not out.exists()


# --- files colleagues can read -------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o002, 0o664)])
def test_output_files_get_the_ordinary_mode(demo_db: Database, tmp_path: Path, umask: int, mode: int) -> None:
    old = os.umask(umask)
    try:
        xlsx, ics, feeds = tmp_path / "v.xlsx", tmp_path / "a.ics", tmp_path / "feeds"
        feeds.mkdir()
        assert main(["--db", demo_db.url, "export", "xlsx", "--report", "venues", "-o", str(xlsx)]) == 0
        assert main(["--db", demo_db.url, "export", "ics", "-o", str(ics)]) == 0
        assert main(["--db", demo_db.url, "publish", "--to", str(feeds)]) == 0
    finally:
        os.umask(old)
    for path in (xlsx, ics, *feeds.rglob("*.ics")):
        assert stat.S_IMODE(path.stat().st_mode) == mode, path


# --- imports and publishing ----------------------------------------------------------------------------


def _programme_sheet(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["Den", "Začátek", "Název", "Místo konání", "Účinkující"])
    for day in range(1, 41):
        ws.append([f"{day % 28 + 1}. 9. 2026", "19:00", f"Koncert {day}", "Kostel sv. Ducha", "Janáčkův komorní orchestr"])
    wb.save(path)
    return path


def test_a_programme_imported_as_vendors_is_one_clear_message(demo_db: Database, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    src = _programme_sheet(tmp_path / "program.xlsx")
    assert main(["--db", demo_db.url, "import", "xlsx", "vendors", str(src)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert "tohle není seznam prodejců, vypadá to na program festivalu" in err
    assert "planner import xlsx programme" in err


def test_a_vendor_list_imported_as_a_programme(demo_db: Database, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    wb = Workbook()
    wb.active.append(["Název", "IČO", "Telefon", "E-mail"])
    wb.active.append(["Pekárna U Bezruče", "25596641", "553 123 456", "pekarna@example.cz"])
    wb.save(tmp_path / "prodejci.xlsx")
    code = main(["--db", demo_db.url, "import", "xlsx", "programme", str(tmp_path / "prodejci.xlsx"),
                 "--edition", "Bezručova Opava 2026 (demo)"])
    assert code == 1
    assert "tohle není program festivalu, vypadá to na seznam prodejců" in capsys.readouterr().err


def test_publish_cleanup_lines_name_the_folder(demo_db: Database, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    from planner.services import series as series_service
    from planner.services.dto import SeriesDraft

    feeds = tmp_path / "feeds"
    feeds.mkdir()
    extra = series_service.create_series(demo_db.sm, SeriesDraft("Letní kino"))
    assert main(["--db", demo_db.url, "publish", "--to", str(feeds)]) == 0
    # A series deleted since: its feeds (written by the planner, in its manifest) go, and each line names
    # its folder; a file the planner never wrote stays (publish touches only what it wrote).
    before = {p.relative_to(feeds) for p in feeds.rglob("*.ics")}
    series_service.delete_series(demo_db.sm, extra.id)
    (feeds / "public" / "kolegyne.ics").write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    capsys.readouterr()
    assert main(["--db", demo_db.url, "publish", "--to", str(feeds)]) == 0
    gone = sorted(before - {p.relative_to(feeds) for p in feeds.rglob("*.ics")})
    lines = [ln.strip() for ln in capsys.readouterr().out.splitlines() if "odstraněn" in ln]
    assert gone and sorted(lines) == sorted(f"odstraněn starý kalendář {feeds / g}" for g in gone)
    assert {g.name for g in gone} == {"letni-kino.ics"}
    assert (feeds / "public" / "kolegyne.ics").exists()


def test_publish_summary_in_correct_czech(demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    assert main(["--db", demo_db.url, "publish", "--to", str(feeds)]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    found = re.match(r"^(\S+) (\d+) (\S+) \((\d+) (\S+)\) do ", first)
    assert found, first
    verb, n, noun, events, events_noun = found.groups()
    assert (verb, noun) == (form(int(n), "Zapsán", "Zapsány", "Zapsáno"), form(int(n), "kalendář", "kalendáře", "kalendářů"))
    assert (events, events_noun) == ("41", "akcí")


def form(n: int, one: str, few: str, many: str) -> str:
    """The Czech rule, written out as the test's own oracle (the program takes it from the catalog)."""
    return one if n == 1 else few if 2 <= n <= 4 else many


# --- quiet by default ----------------------------------------------------------------------------------


def _planner(*argv: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "planner", *argv], capture_output=True, text=True, env=env,
                          timeout=120, check=False)


def test_stderr_is_quiet_unless_verbose(tmp_path: Path) -> None:
    env = {**os.environ, "PLANNER_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    db = str(tmp_path / "q.sqlite3")
    quiet = _planner("--db", db, "demo", env=env)
    assert quiet.returncode == 0 and quiet.stderr == ""
    log = (tmp_path / "data" / "logs" / "planner.log").read_text(encoding="utf-8")
    assert "alembic.runtime.migration" in log  # the migration lines are kept, in the log file
    window = _planner("--db", db, "--quit-after-paint", env=env)
    assert window.returncode == 0, window.stderr
    assert window.stderr == "" and window.stdout == ""
    picture = _planner("--db", db, "render", "--view", "month", "--date", "2026-12-09", "-o",
                       str(tmp_path / "m.png"), env=env)
    assert picture.returncode == 0 and picture.stderr == "", picture.stderr
    loud = _planner("--db", str(tmp_path / "v.sqlite3"), "demo", "-v", env=env)
    assert loud.returncode == 0 and "alembic" in loud.stderr
