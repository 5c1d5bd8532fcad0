"""`planner export ics`, `planner import ics` and `planner publish` from the command line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import vobject

from planner.cli import main
from planner.db import open_database
from planner.models.enums import EventStatus
from planner.services.events import count_events, list_events
from planner.services.timeutil import prague
from tests.formats._ical_data import make_office


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    db = open_database(url)
    office = make_office(db.sm)
    office.event("Varhanní koncert", internal_notes="klíče u kostelníka")
    office.event("Komorní večer", prague(2026, 12, 3, 19), venue_id=office.other_venue_id, series_id=None,
                 public=False)
    office.event("Zrušený koncert", prague(2026, 12, 5, 19), status=EventStatus.CANCELLED)
    office.all_day("Výstava", dt.date(2027, 1, 10), dt.date(2027, 2, 28), staff_id=None)
    db.dispose()
    return url


def _titles(path: Path) -> list[str]:
    cal = vobject.readOne(path.read_text("utf-8"))
    return sorted(v.summary.value for v in getattr(cal, "vevent_list", []))


def test_export_all_skips_cancelled_and_internal_notes(db_url: str, tmp_path: Path, capsys) -> None:
    out = tmp_path / "vse.ics"
    assert main(["--db", db_url, "export", "ics", "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"Zapsány 3 akce do {out}."
    assert _titles(out) == ["Komorní večer", "Varhanní koncert", "Výstava"]
    assert "kostelníka" not in out.read_text("utf-8")
    assert "X-WR-CALNAME:Opava – všechny akce" in out.read_text("utf-8")


@pytest.mark.parametrize(
    ("args", "titles"),
    [
        (["--series", "Bezručova Opava"], ["Varhanní koncert"]),
        (["--series", "Bezručova Opava", "--include-cancelled"], ["Varhanní koncert", "Zrušený koncert"]),
        (["--venue", "Dům umění"], ["Komorní večer", "Výstava"]),
        # names typed without accents or capitals are found, as in `export xlsx`
        (["--venue", "dum umeni"], ["Komorní večer", "Výstava"]),
        (["--series", " BEZRUCOVA opava"], ["Varhanní koncert"]),
        (["--staff", "KLARA.vojtiskova@opava.example"], ["Komorní večer", "Varhanní koncert"]),
        (["--from", "1. 12. 2026", "--to", "2026-12-31"], ["Komorní večer"]),
        (["--from", "2027-02-28"], ["Výstava"]),
        (["--public-only"], ["Varhanní koncert", "Výstava"]),
    ],
)
def test_export_filters(db_url: str, tmp_path: Path, args: list[str], titles: list[str]) -> None:
    out = tmp_path / "f.ics"
    assert main(["--db", db_url, "export", "ics", "-o", str(out), *args]) == 0
    assert _titles(out) == titles


def test_include_internal_exports_internal_notes(db_url: str, tmp_path: Path) -> None:
    out = tmp_path / "i.ics"
    assert main(["--db", db_url, "export", "ics", "-o", str(out), "--include-internal"]) == 0
    assert "Interní poznámky: klíče u kostelníka" in vobject.readOne(out.read_text("utf-8")).vevent.description.value


@pytest.mark.parametrize(
    ("args", "message", "code"),
    [
        (["--series", "Neznámá řada"], "planner: --series: řada „Neznámá řada“ neexistuje.", 1),
        (["--venue", "Opera"], "planner: --venue: místo konání „Opera“ neexistuje.", 1),
        (["--staff", "nikdo@opava.example"], "planner: --staff: pracovník s e-mailem „nikdo@opava.example“ neexistuje.",
         1),
        # a date that does not parse is wrong usage (2), as in render and every other command
        (["--from", "31. 2. 2026"], "planner: --from: „31. 2. 2026“ není datum", 2),
        (["--from", "2026-12-02", "--to", "2026-12-01"], "planner: --to: poslední den je před prvním", 2),
    ],
)
def test_export_errors_name_the_option(db_url: str, tmp_path: Path, capsys, args: list[str], message: str,
                                       code: int) -> None:
    out = tmp_path / "x.ics"
    assert main(["--db", db_url, "export", "ics", "-o", str(out), *args]) == code
    assert capsys.readouterr().err.startswith(message)
    assert not out.exists()


def test_export_into_a_missing_folder_is_a_clear_error(db_url: str, tmp_path: Path, capsys) -> None:
    assert main(["--db", db_url, "export", "ics", "-o", str(tmp_path / "no" / "x.ics")]) == 1
    assert "soubor nelze zapsat" in capsys.readouterr().err


def test_import_dry_run_then_import_then_reimport(db_url: str, tmp_path: Path, capsys) -> None:
    out = tmp_path / "vse.ics"
    main(["--db", db_url, "export", "ics", "-o", str(out), "--include-cancelled"])
    other = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    make_office(open_database(other).sm)
    capsys.readouterr()
    assert main(["--db", other, "import", "ics", str(out), "--dry-run"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == ("Zkouška nanečisto, nic nebylo zapsáno. "
                          "Nové: 3, aktualizované: 0, beze změny: 0, přeskočené: 1.")
    assert printed[1].startswith("  přeskočeno (řádek ") and "„Zrušený koncert“ 5. 12. 2026 19:00" in printed[1]
    assert printed[1].endswith(": zrušená akce, v plánovači není")
    check = open_database(other)
    assert count_events(check.sm) == 0
    assert main(["--db", other, "import", "ics", str(out)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "Nové: 3, aktualizované: 0, beze změny: 0, přeskočené: 1."
    assert sorted(r.title for r in list_events(check.sm)) == ["Komorní večer", "Varhanní koncert", "Výstava"]
    assert main(["--db", other, "--lang", "en", "import", "ics", str(out)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "New: 0, updated: 0, unchanged: 3, skipped: 1."
    check.dispose()


def test_import_refuses_to_move_a_programme_item_out_of_its_edition(db_url: str, tmp_path: Path, capsys) -> None:
    from planner.services.dto import EventDraft
    from planner.services.events import create_event, get_event

    db = open_database(db_url)
    edition = create_event(db.sm, EventDraft.all_day_event("Bezručova Opava", dt.date(2026, 9, 11),
                                                           dt.date(2026, 9, 25)))
    item = create_event(db.sm, EventDraft("Zahájení", prague(2026, 9, 11, 19), prague(2026, 9, 11, 21),
                                          parent_id=edition.id, uid="zahajeni@opava.example"))
    f = tmp_path / "posun.ics"
    f.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:zahajeni@opava.example\r\n"
                  b"SEQUENCE:1\r\nDTSTART:20261001T170000Z\r\nDTEND:20261001T190000Z\r\n"
                  b"SUMMARY:Zah\xc3\xa1jen\xc3\xad\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    assert main(["--db", db_url, "import", "ics", str(f)]) == 1
    out = capsys.readouterr()
    assert "1. 10. 2026 je mimo termín ročníku (11.–25. 9. 2026)." in out.out
    assert get_event(db.sm, item.id).start == item.start
    db.dispose()


def test_import_of_a_broken_file_exits_1_and_changes_nothing(db_url: str, tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.ics"
    bad.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:2026-13-45\r\n"
                    b"SUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    db = open_database(db_url)
    before = list_events(db.sm)
    assert main(["--db", db_url, "import", "ics", str(bad)]) == 1
    out = capsys.readouterr()
    assert "přeskočeno (řádek 5): „x“: DTSTART „2026-13-45“ není platné datum ani čas." in out.out
    assert out.err.strip() == "planner: Nic nebylo importováno: všechny akce souboru jsou přeskočené (důvody výše)."
    assert list_events(db.sm) == before
    assert main(["--db", db_url, "import", "ics", str(tmp_path / "missing.ics")]) == 1
    assert "soubor nelze přečíst" in capsys.readouterr().err
    db.dispose()


def test_publish_writes_public_and_internal_feeds(db_url: str, tmp_path: Path, capsys) -> None:
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    assert main(["--db", db_url, "publish", "--to", str(feeds)]) == 0
    assert capsys.readouterr().out.startswith("Zapsán")
    public = sorted(p.name for p in (feeds / "public").glob("*.ics"))
    internal = sorted(p.name for p in (feeds / "internal").glob("*.ics"))
    assert public == ["bezrucova-opava.ics", "opava.ics"]
    assert internal == ["all.ics", "bezrucova-opava.ics", "staff-klara-vojtiskova.ics"]


def test_publish_without_a_folder_is_usage_error_naming_the_option(db_url: str, capsys, monkeypatch) -> None:
    monkeypatch.delenv("PLANNER_PUBLISH_DIR", raising=False)
    assert main(["--db", db_url, "publish"]) == 2
    assert capsys.readouterr().err.startswith("planner: --to:")


def test_publish_uses_the_folder_from_the_application_settings(db_url: str, tmp_path: Path, monkeypatch) -> None:
    from planner import settings
    from planner.ui.settings_store import SettingsStore

    monkeypatch.delenv("PLANNER_PUBLISH_DIR", raising=False)
    feeds = tmp_path / "from-settings"
    feeds.mkdir()
    store = SettingsStore()
    store.set(settings.PUBLISH_DIR, str(feeds))
    store.sync()
    assert main(["--db", db_url, "publish"]) == 0
    assert (feeds / "public" / "opava.ics").is_file()


def test_import_reports_left_out_todos(db_url: str, tmp_path: Path, capsys) -> None:
    f = tmp_path / "todo.ics"
    f.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VTODO\r\nUID:t\r\nSUMMARY:Objednat\r\nEND:VTODO\r\n"
                  b"END:VCALENDAR\r\n")
    assert main(["--db", db_url, "import", "ics", str(f)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Nové: 0, aktualizované: 0, beze změny: 0, přeskočené: 0.",
        "  úkoly a deníkové záznamy (VTODO, VJOURNAL) nejsou akce, vynecháno: 1",
    ]
