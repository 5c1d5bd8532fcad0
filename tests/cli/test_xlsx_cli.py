"""`planner export xlsx` and `planner import xlsx` from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from planner.cli import main
from planner.services import events, vendors
from planner.services.dto import EventQuery
from tests._workbooks import write_sheet

EDITION = "Bezručova Opava 2026 (demo)"


def _run(db, *argv: str) -> int:
    return main(["--db", db.url, *argv])


@pytest.mark.parametrize("report,extra", [
    ("programme", ["--edition", EDITION]),
    ("programme", ["--series", "Bezručova Opava"]),
    ("events", ["--from", "2026-09-01", "--to", "30. 9. 2026"]),
    ("venues", []),
    ("vendors", []),
    ("market", ["--market", "Vánoční trhy Opava 2026 (demo)"]),
])
def test_export_each_report(demo_db, tmp_path: Path, capsys, report: str, extra: list[str]) -> None:
    out = tmp_path / f"{report}.xlsx"
    assert _run(demo_db, "export", "xlsx", "--report", report, "-o", str(out), *extra) == 0
    assert f"Zapsáno: {out}" in capsys.readouterr().out
    ws = load_workbook(out).active
    assert ws["A1"].font.b and ws.freeze_panes


def test_export_english(demo_db, tmp_path: Path) -> None:
    out = tmp_path / "v.xlsx"
    assert main(["--db", demo_db.url, "--lang", "en", "export", "xlsx", "--report", "vendors", "-o", str(out)]) == 0
    ws = load_workbook(out).active
    assert ws["A1"].value == "Vendors and suppliers"


# 1: the command is well formed but names something that does not exist; 2: the command line is wrong.
@pytest.mark.parametrize("argv,message,code", [
    (["--report", "events", "--series", "Neexistuje"], "--series: řada „Neexistuje“ neexistuje", 1),
    (["--report", "events", "--venue", "Hrad"], "--venue: místo konání „Hrad“ neexistuje", 1),
    (["--report", "events", "--staff", "nikdo@opava.example"], "--staff: pracovník s e-mailem", 1),
    (["--report", "events", "--from", "zítra"], "--from: „zítra“ není datum", 2),
    (["--report", "events", "--from", "2026-09-02", "--to", "2026-09-01"], "--to: poslední den je před prvním", 2),
    (["--report", "programme"], "--report programme: zadejte --edition", 2),
    (["--report", "programme", "--edition", "Bezruč"], "--edition: ročník festivalu „Bezruč“ neexistuje", 1),
    (["--report", "market", "--market", "Letní trh"], "--market: trh „Letní trh“ neexistuje", 1),
])
def test_export_errors_name_the_option(demo_db, tmp_path: Path, capsys, argv: list[str], message: str,
                                       code: int) -> None:
    out = tmp_path / "x.xlsx"
    assert _run(demo_db, "export", "xlsx", "-o", str(out), *argv) == code
    err = capsys.readouterr().err
    assert err.startswith("planner: ") and message in err
    assert not out.exists()


def test_export_names_are_forgiving_about_case_and_accents(demo_db, tmp_path: Path) -> None:
    out = tmp_path / "e.xlsx"
    assert _run(demo_db, "export", "xlsx", "--report", "events", "--venue", "kino mir", "-o", str(out)) == 0


def test_export_unwritable_target(demo_db, tmp_path: Path, capsys) -> None:
    target = tmp_path / "file"
    target.write_text("x")
    assert _run(demo_db, "export", "xlsx", "--report", "vendors", "-o", str(target / "v.xlsx")) == 1
    assert "-o:" in capsys.readouterr().err


def test_vendor_round_trip_and_dry_run(demo_db, tmp_path: Path, capsys) -> None:
    out = tmp_path / "v.xlsx"
    _run(demo_db, "export", "xlsx", "--report", "vendors", "-o", str(out))
    capsys.readouterr()
    assert _run(demo_db, "import", "xlsx", "vendors", str(out), "--dry-run") == 0
    text = capsys.readouterr().out
    assert "Nových 0, změněných 0, beze změny 16, odmítnutých 0." in text
    assert "nic nebylo zapsáno" in text


def test_import_with_rejected_rows_writes_nothing_and_saves_report(demo_db, tmp_path: Path, capsys) -> None:
    before = len(vendors.list_vendors(demo_db.sm))
    src = write_sheet(tmp_path / "novi.xlsx", [["Název", "E-mail"], ["Nový stánek", "a@b.cz"], ["Chybný", "bez zavináče"]])
    rejected = tmp_path / "odmitnute.xlsx"
    assert _run(demo_db, "import", "xlsx", "vendors", str(src), "--rejected", str(rejected)) == 1
    captured = capsys.readouterr()
    assert "Řádek 3, sloupec B (E-mail)" in captured.err
    assert "planner: Nic nebylo importováno" in captured.err
    assert len(vendors.list_vendors(demo_db.sm)) == before
    assert load_workbook(rejected).active["A1"].value == "Odmítnuté řádky – novi.xlsx"


def test_import_vendors_writes(demo_db, tmp_path: Path, capsys) -> None:
    src = write_sheet(tmp_path / "novi.xlsx", [["Název", "IČO"], ["Nový stánek", "25596641"]])
    assert _run(demo_db, "import", "xlsx", "vendors", str(src)) == 0
    assert "Zapsáno: 1 nový, 0 změněných." in capsys.readouterr().out
    assert vendors.find_vendor(demo_db.sm, ico="25596641") is not None


def test_import_programme_needs_edition(demo_db, tmp_path: Path, capsys) -> None:
    src = write_sheet(tmp_path / "p.xlsx", [["Den", "Název"], ["12. 9. 2026", "Nové"]])
    assert _run(demo_db, "import", "xlsx", "programme", str(src)) == 2
    assert "--edition" in capsys.readouterr().err
    assert _run(demo_db, "import", "xlsx", "programme", str(src), "--edition", EDITION) == 0
    titles = [e.title for e in events.list_events(demo_db.sm, EventQuery(text="Nové"))]
    assert titles == ["Nové"]


def test_import_bad_file(demo_db, tmp_path: Path, capsys) -> None:
    src = tmp_path / "x.xlsx"
    src.write_text("nope")
    assert _run(demo_db, "import", "xlsx", "vendors", str(src)) == 1
    assert "není to sešit Excelu" in capsys.readouterr().err


def test_export_into_a_missing_folder_is_an_error_not_a_new_folder(tmp_path, capsys) -> None:
    from planner.cli import main

    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    assert main(["--db", url, "demo"]) == 0
    target = tmp_path / "preklep" / "prehled.xlsx"
    assert main(["--db", url, "export", "xlsx", "--report", "venues", "-o", str(target)]) == 1
    assert "nelze zapsat" in capsys.readouterr().err
    assert not target.parent.exists()
