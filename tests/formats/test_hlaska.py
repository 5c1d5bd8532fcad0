"""The Hláska culture calendar: layout, change marks, deadlines, and the DOCX in LibreOffice."""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from planner.cli import main
from planner.db import Database
from planner.formats import hlaska as hlaska_export
from planner.services import hlaska, releases
from planner.services.events import list_events, move_event, update_event
from planner.services.releases import ReleaseScope
from planner.services.timeutil import prague


def test_day_headings_times_and_short_venue_names() -> None:
    assert hlaska.day_heading(dt.date(2027, 1, 8)) == "pátek 8. ledna"
    assert hlaska.day_heading(dt.date(2026, 12, 9)) == "středa 9. prosince"
    assert hlaska.hlaska_time(prague(2026, 12, 9, 19, 0)) == "19.00"
    assert hlaska.hlaska_time(prague(2026, 12, 9, 9, 30)) == "9.30"
    assert hlaska.short_venue("Kostel sv. Václava (Dům umění)") == "Kostel sv. Václava"
    assert hlaska.short_venue("Slezské divadlo Opava – hlavní scéna") == "Slezské divadlo Opava"
    assert hlaska.short_venue("Kostel sv. Jana Křtitele, Hlučín") == "Kostel sv. Jana Křtitele, Hlučín"


def test_deadline_is_a_day_of_the_month_before() -> None:
    assert hlaska.deadline(2027, 1, 10) == dt.date(2026, 12, 10)
    assert hlaska.deadline(2027, 3, 31) == dt.date(2027, 2, 28)
    assert hlaska.due_month(dt.date(2026, 12, 1), 10) == (2027, 1, dt.date(2026, 12, 10))
    assert hlaska.due_month(dt.date(2026, 12, 11), 10) is None


def test_december_calendar_prints_only_the_released_programme(demo_db: Database) -> None:
    sm = demo_db.sm
    assert hlaska.month_calendar(sm, 2026, 12).all_lines() == []  # nothing released yet
    releases.release(sm, ReleaseScope(first_day=dt.date(2026, 12, 1), last_day=dt.date(2026, 12, 31)))
    advent = next(r for r in list_events(sm) if r.title == "Adventní koncert – barokní kantáty")
    update_event(sm, advent.id, replace(advent.to_draft(), title="Pracovní název"))  # not released
    cal = hlaska.month_calendar(sm, 2026, 12)
    text = hlaska_export.to_text(cal)
    assert "středa 9. prosince\n19.00 Kostel sv. Václava: Adventní koncert – barokní kantáty (vážná hudba)\n" in text
    assert "Pracovní název" not in text
    assert "VÁNOČNÍ TRHY OPAVA 2026 (DEMO) (27. 11. – 23. 12. 2026)\nsobota 5. prosince\n" \
           "16.00 Dolní náměstí: Mikulášská nadílka a rej čertů (slavnost)" in text
    assert [b.title for b in cal.blocks] == ["Vánoční trhy Opava 2026 (demo)"]


def test_marks_show_what_changed_since_the_previous_export(demo_db: Database) -> None:
    sm = demo_db.sm
    scope = ReleaseScope(first_day=dt.date(2026, 10, 1), last_day=dt.date(2026, 10, 31))
    releases.release(sm, scope)
    first = hlaska.month_calendar(sm, 2026, 10)
    quartet = next(r for r in list_events(sm) if r.title == "Smyčcové kvarteto – Haydn, Dvořák")
    move_event(sm, quartet.id, prague(2026, 10, 14, 18, 0))
    releases.release(sm, scope)
    second = hlaska.month_calendar(sm, 2026, 10, previous=first.state())
    marked = {ln.title: ln.mark for _, ln in second.all_lines() if ln.mark}
    assert marked == {"Smyčcové kvarteto – Haydn, Dvořák": "changed"}
    assert "ZMĚNA 18.00 Obecní dům: Smyčcové kvarteto" in hlaska_export.to_text(second)
    rows = list(csv.DictReader(io.StringIO(hlaska_export.to_csv(second).decode("utf-8-sig")), delimiter=";"))
    assert {r["nazev"]: r["zmena"] for r in rows if r["zmena"]} == {"Smyčcové kvarteto – Haydn, Dvořák": "ZMĚNA"}
    assert rows[0]["radek"] == "18.00 Obecní dům: Smyčcové kvarteto – Haydn, Dvořák (vážná hudba)"


def _lines_of_pdf(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    return [line.strip() for line in out.stdout.splitlines() if line.strip()]


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice (soffice) and poppler's pdftotext are needed to open the DOCX")
def test_the_docx_opens_in_libreoffice_with_the_expected_lines(demo_db: Database, tmp_path: Path, capsys) -> None:
    releases.release(demo_db.sm, ReleaseScope())
    out = tmp_path / "hlaska-2026-12.docx"
    assert main(["--db", demo_db.url, "export", "hlaska", "--month", "2026-12", "-o", str(out)]) == 0
    assert "Zapsán kulturní kalendář – prosinec 2026 (4 řádky)" in capsys.readouterr().out
    profile = tmp_path / "lo-profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(out)], check=True, capture_output=True, timeout=180)
    lines = _lines_of_pdf(tmp_path / "hlaska-2026-12.pdf")
    assert lines[0] == "Kulturní kalendář – prosinec 2026"
    assert "středa 9. prosince" in lines
    assert "19.00 Kostel sv. Václava: Adventní koncert – barokní kantáty (vážná hudba)" in lines
    assert "neděle 13. prosince" in lines and "14.00 Horní náměstí: Živý betlém (slavnost)" in lines
    for fmt in ("txt", "csv"):
        target = tmp_path / f"hlaska.{fmt}"
        assert main(["--db", demo_db.url, "export", "hlaska", "--month", "2026-12", "-o", str(target)]) == 0
        assert "Živý betlém" in target.read_bytes().decode("utf-8-sig")


def test_bad_month_names_the_option(tmp_path: Path, capsys) -> None:
    assert main(["--db", f"sqlite:///{tmp_path / 'x.sqlite3'}", "export", "hlaska", "--month", "2027-13",
                 "-o", str(tmp_path / "x.docx")]) == 1
    assert "--month: „2027-13“ není měsíc" in capsys.readouterr().err


def test_control_characters_never_reach_the_word_file(demo_db: Database) -> None:
    sm = demo_db.sm
    advent = next(r for r in list_events(sm) if r.title == "Adventní koncert – barokní kantáty")
    from sqlalchemy import update

    from planner.models import Event, OpKind
    from planner.services.recording import begin_operation

    with sm.begin() as s:  # written past validation, as an imported spreadsheet might
        begin_operation(s, OpKind.EVENT_UPDATE)  # tests refuse unnamed writes (planner.services.recording)
        s.execute(update(Event).where(Event.id == advent.id).values(title="Adventní\x00 koncert\r\nZRUŠENO\x0b"))
    releases.release(sm, ReleaseScope())
    cal = hlaska.month_calendar(sm, 2026, 12)
    assert hlaska_export.to_docx(cal).startswith(b"PK")
    assert "Adventní koncert ZRUŠENO" in hlaska_export.to_text(cal)
