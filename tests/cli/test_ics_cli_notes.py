"""`planner import ics` says what it repaired, assumed and skipped, and why less was imported (issue 16)."""

from __future__ import annotations

from pathlib import Path

from planner.cli import main
from planner.db import open_database
from planner.services.events import count_events


def _db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    open_database(url).dispose()
    return url


def test_cli_names_encoding_zone_and_skipped_lines_and_imports_the_rest(tmp_path: Path, capsys) -> None:
    url = _db(tmp_path)
    text = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:Microsoft Exchange Server 2010\r\n"
            "BEGIN:VEVENT\r\nSUMMARY:Varhanní koncert\r\nLOCATION:Kostel sv. Václava\r\n"
            "DTSTART;TZID=\"(UTC+01:00) Belgrade, Bratislava, Budapest, Ljubljana, Prague\":20261210T190000\r\n"
            "DURATION:PT2H\r\nEND:VEVENT\r\n"
            "BEGIN:VFREEBUSY\r\nFREEBUSY 20261201T000000Z/PT1H\r\nEND:VFREEBUSY\r\nEND:VCALENDAR\r\n")
    path = tmp_path / "stary-outlook.ics"
    path.write_bytes(text.encode("cp1250"))
    assert main(["--db", url, "import", "ics", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Nové: 1, aktualizované: 0, beze změny: 0, přeskočené: 0."
    assert any("windows-1250" in line for line in out)
    assert any("čteno jako Europe/Prague (Windows: Central Europe Standard Time)" in line for line in out)
    assert "  přeskočeno (řádek 11): „FREEBUSY 20261201T000000Z/PT1H“ není platný řádek iCalendar (NÁZEV:hodnota)." in out
    assert any("akcí bez UID: 1" in line for line in out)
    db = open_database(url)
    assert count_events(db.sm) == 1
    db.dispose()
    # the same file again: the derived UID finds the event
    assert main(["--db", url, "import", "ics", str(path)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "Nové: 0, aktualizované: 0, beze změny: 1, přeskočené: 0."


def test_cli_says_why_a_series_outside_the_period_imports_nothing(tmp_path: Path, capsys) -> None:
    url = _db(tmp_path)
    path = tmp_path / "stara-rada.ics"
    path.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:old@google.com\r\nSUMMARY:Zkouska\r\n"
                     b"DTSTART:20100104T170000Z\r\nRRULE:FREQ=WEEKLY;COUNT=10\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    assert main(["--db", url, "import", "ics", str(path), "--dry-run"]) == 1
    captured = capsys.readouterr()
    assert "  přeskočeno (řádek 3): opakovaná akce „Zkouska“ nemá v období" in captured.out
    assert captured.err.startswith("planner: Nic nebylo importováno")
