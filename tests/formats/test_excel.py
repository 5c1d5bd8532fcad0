"""Excel reports: cells, types, formats, print setup, safety and Czech text."""

from __future__ import annotations

import datetime as dt
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from planner import errors, i18n
from planner.formats import excel
from planner.formats.excel import ExportCancelled, ReportRequest, export_report, write_report
from planner.models.enums import EventCategory, EventStatus
from planner.services import events, markets, series, venues
from planner.services.dto import EventDraft, EventQuery, PerformerLink, SeriesDraft, VenueDraft
from planner.services.timeutil import prague

INJECTIONS = ["=HYPERLINK(\"http://x.example\",\"klik\")", "+420 123", "-2+3", "@SUM(A1)", "\tTab", "\rCR"]


def _header_row(ws) -> int:
    """Return the row index of the frozen header (the row above the pane)."""
    return int(ws.freeze_panes[1:]) - 1


def _table(path: Path):
    wb = load_workbook(path)
    ws = wb.active
    h = _header_row(ws)
    headers = [c.value for c in ws[h]]
    return wb, ws, h, headers


@pytest.fixture
def festival(sm):
    """A small festival edition with timed, all-day and cancelled items."""
    ser = series.create_series(sm, SeriesDraft(name="Bezručova Opava"))
    hall = venues.create_venue(sm, VenueDraft(name="Kostel sv. Václava", street="Masarykova 1",
                                             postal_code="74601", capacity=400))
    edition = events.create_event(sm, EventDraft.all_day_event(
        "Bezručova Opava 2026", dt.date(2026, 9, 11), dt.date(2026, 10, 30),
        category=EventCategory.FESTIVAL, series_id=ser.id))
    common = dict(series_id=ser.id, parent_id=edition.id, venue_id=hall.id)
    events.create_event(sm, EventDraft(
        "Zahajovací koncert – Janáček a Martinů", prague(2026, 9, 12, 19), prague(2026, 9, 12, 20, 45),
        category=EventCategory.CLASSICAL_CONCERT, status=EventStatus.CONFIRMED, ticket_info="250 Kč",
        performers=(PerformerLink("Komorní orchestr Slezské jaro", role="orchestr"),
                    PerformerLink("Žaneta Čechová")), **common))
    events.create_event(sm, EventDraft.all_day_event(
        "Výstava Krajina pod Hláskou", dt.date(2026, 9, 14), dt.date(2026, 9, 20),
        category=EventCategory.EXHIBITION, **common))
    events.create_event(sm, EventDraft(
        "Koncert po změně času", prague(2026, 10, 25, 10), prague(2026, 10, 25, 11, 30), **common))
    events.create_event(sm, EventDraft(
        "Zrušené divadlo", prague(2026, 9, 24, 19), prague(2026, 9, 24, 21),
        status=EventStatus.CANCELLED, **common))
    return edition


def test_programme_has_title_header_and_typed_cells(sm, festival, tmp_path: Path) -> None:
    path, n = export_report(sm, ReportRequest("programme", edition_id=festival.id), tmp_path / "p.xlsx")
    assert n == 3  # the cancelled item is left out by default
    wb, ws, h, headers = _table(path)
    assert ws["A1"].value == "Program – Bezručova Opava 2026"
    assert ws["A1"].font.b
    assert headers == ["Den", "Do", "Začátek", "Konec", "Název", "Místo konání", "Účinkující",
                       "Kategorie", "Stav", "Vstupné"]
    assert all(c.font.b for c in ws[h])
    concert = ws[h + 1]
    assert concert[0].value == dt.datetime(2026, 9, 12)  # a real date cell
    assert concert[0].number_format == "d. m. yyyy"
    assert concert[2].value == dt.time(19, 0) and concert[2].number_format == "H:mm"
    assert concert[3].value == dt.time(20, 45)
    assert concert[4].value == "Zahajovací koncert – Janáček a Martinů"
    assert concert[6].value == "Komorní orchestr Slezské jaro (orchestr), Žaneta Čechová"
    assert concert[7].value == "vážná hudba" and concert[8].value == "potvrzeno"
    assert concert[4].alignment.wrap_text
    exhibition = ws[h + 2]
    assert exhibition[0].value == dt.datetime(2026, 9, 14)
    assert exhibition[1].value == dt.datetime(2026, 9, 20)  # inclusive last day
    assert exhibition[2].value is None and exhibition[3].value is None
    after_dst = ws[h + 3]
    assert after_dst[2].value == dt.time(10, 0)  # Prague wall clock on the DST change day
    assert "Zrušené divadlo" not in [c.value for c in ws["E"]]
    assert wb.properties.title == "Program – Bezručova Opava 2026"
    assert wb.properties.creator == "Plánovač akcí Opava"


def test_cancelled_items_on_request(sm, festival, tmp_path: Path) -> None:
    req = ReportRequest("programme", edition_id=festival.id, include_cancelled=True)
    path, n = export_report(sm, req, tmp_path / "p.xlsx")
    _, ws, h, _ = _table(path)
    assert n == 4
    titles = {r[4].value: r[8].value for r in ws.iter_rows(min_row=h + 1)}
    assert titles["Zrušené divadlo"] == "zrušeno"


def test_layout_frozen_filtered_printable(sm, festival, tmp_path: Path) -> None:
    path, _ = export_report(sm, ReportRequest("events"), tmp_path / "e.xlsx")
    wb, ws, h, headers = _table(path)
    last = ws.max_row
    assert ws.freeze_panes == f"A{h + 1}"
    assert ws.auto_filter.ref == f"A{h}:{ws.cell(h, len(headers)).column_letter}{last}"
    assert ws.print_title_rows == f"${h}:${h}"
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.page_setup.orientation == "landscape"
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text
    assert ws.column_dimensions["E"].width == pytest.approx(36, abs=1)
    # The selection is stated under the title.
    assert any("bez zrušených" in (ws.cell(r, 1).value or "").lower() for r in range(2, h))


def test_filters_reach_the_report(sm, festival, tmp_path: Path) -> None:
    other = venues.create_venue(sm, VenueDraft(name="Obecní dům"))
    events.create_event(sm, EventDraft("Jinde", prague(2026, 9, 13, 18), prague(2026, 9, 13, 19),
                                       venue_id=other.id))
    req = ReportRequest("events", first_day=dt.date(2026, 9, 12), last_day=dt.date(2026, 9, 13),
                        venue_id=other.id)
    path, n = export_report(sm, req, tmp_path / "e.xlsx")
    _, ws, h, _ = _table(path)
    assert n == 1
    assert ws.cell(h + 1, 5).value == "Jinde"
    assert any("Obecní dům" in (ws.cell(r, 1).value or "") for r in range(2, h))
    assert any("12.–13. 9. 2026" in (ws.cell(r, 1).value or "") for r in range(2, h))


@pytest.mark.parametrize("text", [t for t in INJECTIONS if t.strip() == t])
def test_formula_like_event_text_stays_text(sm, tmp_path: Path, text: str) -> None:
    events.create_event(sm, EventDraft("Koncert", prague(2026, 5, 1, 18), prague(2026, 5, 1, 19),
                                       ticket_info=text, description=text))
    path, _ = export_report(sm, ReportRequest("events"), tmp_path / "e.xlsx")
    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml  # no formula at all: only our own totals may be formulas
    _, ws, h, headers = _table(path)
    cell = ws.cell(h + 1, headers.index("Vstupné") + 1)
    assert cell.value == text and cell.data_type == "s"
    assert cell.quotePrefix


def test_every_formula_trigger_is_written_as_text(tmp_path: Path) -> None:
    rows = [(text, 1) for text in INJECTIONS]
    cols = (excel.Column("Text"), excel.Column("N", "int", total=True))
    path = write_report(excel.Report("events", "Test", cols, rows), tmp_path / "t.xlsx")
    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert xml.count("<f>") == 1  # only our own SUM
    _, ws, h, _ = _table(path)
    cells = [ws.cell(h + 1 + i, 1) for i in range(len(INJECTIONS))]
    # lxml escapes a bare CR, so even "\r..." comes back exactly, as text, not a formula.
    assert [c.value for c in cells] == list(INJECTIONS)
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)
    assert ws.cell(h + 1 + len(INJECTIONS), 2).value == f"=SUM(B{h + 1}:B{h + len(INJECTIONS)})"


def test_venues_count_bookings_in_range(sm, festival, tmp_path: Path) -> None:
    req = ReportRequest("venues", first_day=dt.date(2026, 9, 1), last_day=dt.date(2026, 9, 30))
    path, _ = export_report(sm, req, tmp_path / "v.xlsx")
    _, ws, h, headers = _table(path)
    assert headers[-1] == "Počet akcí"
    row = ws[h + 1]
    assert row[0].value == "Kostel sv. Václava"
    assert row[2].value == "Masarykova 1, 746 01 Opava"
    assert row[3].value == 400 and row[3].data_type == "n"
    assert row[-1].value == 2  # concert + exhibition in September; cancelled left out
    total = ws[h + 2]
    assert total[0].value == "Celkem" and total[-1].value == f"=SUM(I{h + 1}:I{h + 1})"


def test_vendors_report(demo_db, tmp_path: Path) -> None:
    path, n = export_report(demo_db.sm, ReportRequest("vendors"), tmp_path / "v.xlsx")
    _, ws, h, headers = _table(path)
    assert n == 16
    assert headers[:3] == ["Název", "IČO", "DIČ"] and "Kategorie" in headers and "Role" in headers
    names = [ws.cell(r, 1).value for r in range(h + 1, h + 1 + n)]
    from planner.services.text import czech_sort_key

    assert names == sorted(names, key=czech_sort_key)
    honey = next(r for r in ws.iter_rows(min_row=h + 1) if r[0].value == "Medový vánek s.r.o.")
    assert honey[1].value == "10401067" and honey[1].data_type == "s"  # IČO keeps leading zeros
    assert honey[headers.index("Kategorie")].value == "potraviny balené"
    assert honey[headers.index("Příkon (kW)")].value == pytest.approx(0.5)


def test_market_stall_plan_and_totals(demo_db, tmp_path: Path) -> None:
    sm = demo_db.sm
    market = excel.default_market(sm, today=dt.date(2026, 11, 1))
    path, n = export_report(sm, ReportRequest("market", market_id=market.event_id), tmp_path / "m.xlsx")
    _, ws, h, headers = _table(path)
    assert headers[0] == "Stánek" and headers[-3:] == ["Zaplaceno dne", "Zaplaceno", "Zbývá uhradit"]
    fee_col = headers.index("Poplatek") + 1
    fee_cell = ws.cell(h + 1, fee_col)
    assert fee_cell.number_format == '#,##0.00 "Kč"'
    total_row = h + n + 1
    assert ws.cell(total_row, 1).value == "Celkem"
    letter = fee_cell.column_letter
    assert ws.cell(total_row, fee_col).value == f"=SUM({letter}{h + 1}:{letter}{h + n})"
    fees = [ws.cell(r, fee_col).value or 0 for r in range(h + 1, h + n + 1)]
    paid = [ws.cell(r, fee_col + 2).value or 0 for r in range(h + 1, h + n + 1)]
    totals = markets.market_totals(sm, market.event_id)
    assert Decimal(str(sum(fees))) == totals.expected
    assert Decimal(str(sum(paid))) == totals.paid
    free = [ws.cell(r, 4).value for r in range(h + 1, h + n + 1)].count("(volný)")
    assert free == 5  # H08-H12 have no booking in the demo


def test_english_headers(sm, festival, tmp_path: Path) -> None:
    i18n.set_language("en")
    path, _ = export_report(sm, ReportRequest("programme", edition_id=festival.id), tmp_path / "p.xlsx")
    _, ws, _, headers = _table(path)
    assert headers[:5] == ["Day", "Until", "Start", "End", "Title"]
    assert ws["A1"].value == "Programme – Bezručova Opava 2026"


def test_progress_reports_and_cancel_leaves_file_untouched(tmp_path: Path) -> None:
    rows = [(f"Řádek {i}",) for i in range(1200)]
    report = excel.Report("events", "Test", (excel.Column("Název"),), rows)
    seen: list[tuple[int, int]] = []
    write_report(report, tmp_path / "ok.xlsx", lambda d, t: seen.append((d, t)) is None)
    assert seen[0] == (0, 1200) and seen[-1] == (1200, 1200) and (500, 1200) in seen
    target = tmp_path / "keep.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(ExportCancelled):
        write_report(report, target, lambda d, t: d < 500)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".~")] == []


def test_czech_text_survives(sm, tmp_path: Path) -> None:
    title = "Příliš žluťoučký kůň úpěl ďábelské ódy – „Chrám“"
    events.create_event(sm, EventDraft(title, prague(2026, 3, 29, 10), prague(2026, 3, 29, 12)))
    path, _ = export_report(sm, ReportRequest("events"), tmp_path / "e.xlsx")
    _, ws, h, _ = _table(path)
    assert ws.cell(h + 1, 5).value == title
    assert ws.cell(h + 1, 3).value == dt.time(10, 0)  # the morning DST starts


def test_programme_of_a_series_needs_a_series(sm, tmp_path: Path) -> None:
    with pytest.raises(errors.ValidationError) as exc:
        export_report(sm, ReportRequest("programme"), tmp_path / "p.xlsx")
    assert exc.value.field == "series"
    assert not (tmp_path / "p.xlsx").exists()


def test_programme_of_a_series_leaves_out_edition_umbrellas(sm, festival, tmp_path: Path) -> None:
    req = ReportRequest("programme", series_id=festival.series_id)
    path, n = export_report(sm, req, tmp_path / "p.xlsx")
    _, ws, h, _ = _table(path)
    assert n == 3
    assert "Bezručova Opava 2026" not in [ws.cell(r, 5).value for r in range(h + 1, h + 4)]
    assert events.list_events(sm, EventQuery(series_ids=frozenset({festival.series_id})))
