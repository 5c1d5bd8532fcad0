"""Every report converts headless with LibreOffice (CSV computes our SUM formulas, PDF prints)."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from planner.formats.excel import REPORTS, ReportRequest, default_market, export_report
from planner.models.enums import EventCategory
from planner.services import events, markets
from planner.services.dto import EventQuery

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed"),
]


def _convert(src: Path, fmt: str, out: Path) -> Path:
    profile = out / "lo-profile"
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", fmt,
         "--outdir", str(out), str(src)],
        check=True, capture_output=True, timeout=120,
    )
    return out / (src.stem + "." + fmt.split(":")[0])


@pytest.fixture(scope="module")
def demo_reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from planner import i18n
    from planner.db import open_database
    from planner.services.demo import load_demo

    i18n.set_language("cs")
    base = tmp_path_factory.mktemp("lo")
    db = open_database(f"sqlite:///{base / 'db.sqlite3'}")
    load_demo(db.sm)
    edition = events.list_events(db.sm, EventQuery(categories=frozenset({EventCategory.FESTIVAL})))[0]
    market = default_market(db.sm, today=dt.date(2026, 11, 1))
    out = {}
    for name in REPORTS:
        req = ReportRequest(name, edition_id=edition.id if name == "programme" else None,
                            market_id=market.event_id if name == "market" else None)
        out[name] = export_report(db.sm, req, base / f"{name}.xlsx")[0]
    out["_totals"] = markets.market_totals(db.sm, market.event_id)
    db.dispose()
    return out


@pytest.mark.parametrize("name", REPORTS)
def test_report_converts_to_pdf(demo_reports: dict[str, Path], name: str, tmp_path: Path) -> None:
    pdf = _convert(demo_reports[name], "pdf", tmp_path)
    assert pdf.read_bytes()[:5] == b"%PDF-"


@pytest.mark.parametrize("name", REPORTS)
def test_report_converts_to_csv_with_czech_text(demo_reports: dict[str, Path], name: str, tmp_path: Path) -> None:
    # 44 = comma, 34 = quote, 76 = UTF-8
    out = _convert(demo_reports[name], 'csv:Text - txt - csv (StarCalc):44,34,76', tmp_path)
    rows = list(csv.reader(out.read_text(encoding="utf-8").splitlines()))
    text = "\n".join(",".join(r) for r in rows)
    assert any(ch in text for ch in "ěščřžýáíéůú")
    assert len(rows) > 5


def test_market_totals_evaluate_in_libreoffice(demo_reports: dict[str, Path], tmp_path: Path) -> None:
    out = _convert(demo_reports["market"], 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,false,false',
                   tmp_path)
    rows = list(csv.reader(out.read_text(encoding="utf-8").splitlines()))
    total = next(r for r in rows if r and r[0] == "Celkem")
    totals = demo_reports["_totals"]

    def money(text: str) -> Decimal:
        return Decimal("".join(ch for ch in text if ch.isdigit() or ch == "."))

    # Column order: ... Poplatek (J), Zaplaceno dne (K), Zaplaceno (L), Zbývá uhradit (M)
    assert money(total[9]) == totals.expected
    assert money(total[11]) == totals.paid
    assert money(total[12]) == totals.outstanding
