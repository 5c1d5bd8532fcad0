"""Import of vendors and programme items from spreadsheets: mapping, validation, all or nothing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from planner import i18n
from planner.errors import ImportFileError
from planner.formats import xlsx_import as xi
from planner.formats.excel import ReportRequest, export_report
from planner.models.enums import EventCategory, VendorCategory
from planner.services import events, vendors, venues
from planner.services.dto import EventDraft, EventQuery, PerformerLink, VendorDraft, VenueDraft
from planner.services.timeutil import local, prague
from tests._workbooks import write_sheet

VALID_ICO = "10401067"  # valid mod-11 check digit
OTHER_ICO = "25596641"


def _vendor_count(sm) -> int:
    return len(vendors.list_vendors(sm, include_archived=True))


# --- reading and mapping ---------------------------------------------------------


def test_guess_mapping_czech_and_english_headers() -> None:
    cs = xi.guess_mapping(["Název", "IČO", "E-mail", "Telefon", "Kategorie", "Poznámka"], "vendors")
    assert cs == {"name": 0, "ico": 1, "phone": 3, "email": 2, "category": 4, "notes": 5}
    en = xi.guess_mapping(["Company", "Company ID", "Email", "Phone", "Category"], "vendors")
    assert en == {"name": 0, "ico": 1, "phone": 3, "email": 2, "category": 4}
    prog = xi.guess_mapping(["Den", "Do", "Začátek", "Konec", "Název", "Místo konání"], "programme")
    assert prog["end"] == 3 and prog["start"] == 2 and prog["date"] == 0 and prog["venue"] == 5


def test_header_row_found_below_a_title(tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "v.xlsx", [["Seznam prodejců 2026"], [], ["Název", "IČO"], ["Pekárna Ráj", None]])
    sheet = xi.read_sheet(path, "vendors")
    assert sheet.header_row == 3
    assert sheet.rows == ((4, ("Pekárna Ráj", None)),)


def test_not_an_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "prodejci.xlsx"
    path.write_text("Název;IČO\nPekárna;123\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="není to sešit Excelu"):
        xi.read_sheet(path, "vendors")


def test_password_protected_file(tmp_path: Path) -> None:
    # An encrypted .xlsx is an OLE compound file with an EncryptionInfo stream.
    path = tmp_path / "tajne.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512 + "EncryptionInfo".encode("utf-16-le"))
    with pytest.raises(ImportFileError, match="chráněný heslem"):
        xi.read_sheet(path, "vendors")


def test_old_xls_file(tmp_path: Path) -> None:
    path = tmp_path / "stare.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    with pytest.raises(ImportFileError, match=r"\.xls"):
        xi.read_sheet(path, "vendors")


def test_empty_workbook(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="prázdný"):
        xi.read_sheet(write_sheet(tmp_path / "e.xlsx", []), "vendors")


def test_header_without_data(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="řádku 1 nejsou žádná data"):
        xi.read_sheet(write_sheet(tmp_path / "e.xlsx", [["Název", "IČO"]]), "vendors")


def test_no_header_row(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="„Název“"):
        xi.read_sheet(write_sheet(tmp_path / "e.xlsx", [["a", "b"], [1, 2]]), "vendors")


def test_merged_header_cells_are_named(tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "m.xlsx", [["Název", "Kontakt", None], ["Pekárna", "a@b.cz", "1"]], merge="B1:C1")
    with pytest.raises(ImportFileError, match="řádek 1: buňky záhlaví B1:C1 jsou sloučené"):
        xi.read_sheet(path, "vendors")


def test_file_not_found(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="neexistuje"):
        xi.read_sheet(tmp_path / "missing.xlsx", "vendors")


# --- vendors ---------------------------------------------------------------------


def test_vendor_preview_new_updated_unchanged_rejected(sm, tmp_path: Path) -> None:
    vendors.create_vendor(sm, VendorDraft(name="Medový vánek s.r.o.", ico=VALID_ICO, phone="723000101"))
    vendors.create_vendor(sm, VendorDraft(name="Trdlo a spol.", email="trdlo@example.cz"))
    path = write_sheet(tmp_path / "v.xlsx", [
        ["Název", "IČO", "E-mail", "Telefon", "Kategorie"],
        ["Medový vánek s.r.o.", int(VALID_ICO), None, 723000101, None],         # unchanged (by IČO)
        ["Trdlo a spol.", None, "info@trdlo.cz", None, "Teplá kuchyně"],        # updated (by name)
        ["Čokoládovna Žofie", OTHER_ICO, None, "+420 602 123 456", "nápoje"],   # new
        ["Špatný mail", None, "neni-mail", None, None],                         # rejected
        ["Špatné IČO", "12345678", None, None, None],                           # rejected
    ])
    preview = xi.preview_vendors(sm, xi.read_sheet(path, "vendors"))
    actions = [r.action for r in preview.rows]
    assert actions == ["unchanged", "updated", "new", "rejected", "rejected"]
    assert preview.rows[1].changes == ("E-mail", "Kategorie")
    assert preview.rows[3].reason == "Řádek 5, sloupec C (E-mail): E-mail: „neni-mail“ není platná e-mailová adresa."
    assert preview.rows[4].reason.startswith("Řádek 6, sloupec B (IČO): IČO: IČO 12345678")
    assert preview.summary() == "nových 1, změněných 1, beze změny 1, odmítnutých 2"


def test_rejected_rows_mean_nothing_is_written(sm, tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "v.xlsx", [["Název", "E-mail"], ["Dobrý", "a@b.cz"], ["Zlý", "x"]])
    preview = xi.preview_vendors(sm, xi.read_sheet(path, "vendors"))
    with pytest.raises(xi.ImportRejected, match="Nic nebylo importováno"):
        xi.apply_import(sm, preview)
    assert _vendor_count(sm) == 0
    out = xi.write_rejected(preview, tmp_path / "odmitnute.xlsx")
    ws = load_workbook(out).active
    header = int(ws.freeze_panes[1:]) - 1
    assert [c.value for c in ws[header]] == ["Řádek", "Název", "E-mail", "Důvod"]
    assert [c.value for c in ws[header + 1]][:3] == [3, "Zlý", "x"]
    assert "sloupec B (E-mail)" in ws.cell(header + 1, 4).value


def test_write_is_one_transaction(sm, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_sheet(tmp_path / "v.xlsx", [["Název", "IČO"], ["První", VALID_ICO], ["Druhý", OTHER_ICO]])
    preview = xi.preview_vendors(sm, xi.read_sheet(path, "vendors"))
    # Someone else takes the second IČO between preview and write: the first row must not stay.
    vendors.create_vendor(sm, VendorDraft(name="Cizí", ico=OTHER_ICO))
    with pytest.raises(ImportFileError, match="už existuje"):
        xi.apply_import(sm, preview)
    assert [v.name for v in vendors.list_vendors(sm)] == ["Cizí"]


def test_dry_run_writes_nothing(sm, tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "v.xlsx", [["Název"], ["A"], ["B"]])
    preview, counts = xi.import_file(sm, "vendors", path, dry_run=True)
    assert (counts.created, counts.updated) == (2, 0)
    assert _vendor_count(sm) == 0
    _, counts = xi.import_file(sm, "vendors", path)
    assert _vendor_count(sm) == 2


def test_duplicate_rows_in_the_file(sm, tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "v.xlsx", [["Název", "IČO"], ["A", VALID_ICO], ["B", VALID_ICO], ["C", None], ["C", None]])
    preview = xi.preview_vendors(sm, xi.read_sheet(path, "vendors"))
    assert [r.action for r in preview.rows] == ["new", "rejected", "new", "rejected"]
    assert "řádku 2" in preview.rows[1].reason and "řádku 4" in preview.rows[3].reason


def test_name_match_with_other_ico_is_rejected(sm, tmp_path: Path) -> None:
    vendors.create_vendor(sm, VendorDraft(name="Pekárna", ico=VALID_ICO))
    path = write_sheet(tmp_path / "v.xlsx", [["Název", "IČO"], ["Pekárna", OTHER_ICO]])
    row = xi.preview_vendors(sm, xi.read_sheet(path, "vendors")).rows[0]
    assert row.action == "rejected" and VALID_ICO in row.reason


def test_unmapped_and_empty_cells_keep_values(sm, tmp_path: Path) -> None:
    v = vendors.create_vendor(sm, VendorDraft(name="Pekárna", ico=VALID_ICO, email="a@b.cz",
                                              category=VendorCategory.CRAFTS, power_kw=Decimal("2.5")))
    path = write_sheet(tmp_path / "v.xlsx", [["IČO", "Název", "E-mail"], [VALID_ICO, "Pekárna U Lípy", None]])
    xi.import_file(sm, "vendors", path)
    after = vendors.get_vendor(sm, v.id)
    assert after.name == "Pekárna U Lípy" and after.email == "a@b.cz"
    assert after.category is VendorCategory.CRAFTS and after.power_kw == Decimal("2.5")


def test_czech_values_understood(sm, tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "v.xlsx", [
        ["Název", "Příkon (kW)", "Souhlas GDPR", "Role", "PSČ"],
        ["Kovárna Ďábel", "1,5", "26. 11. 2026", "prodejce na trhu, dodavatel služeb", 74601],
    ])
    xi.import_file(sm, "vendors", path)
    v = vendors.list_vendors(sm)[0]
    assert v.name == "Kovárna Ďábel" and v.power_kw == Decimal("1.5")
    assert v.consent_date == dt.date(2026, 11, 26)
    assert v.is_stallholder and v.is_supplier and v.postal_code == "746 01"


def test_round_trip_vendors_export_import_changes_nothing(demo_db, tmp_path: Path) -> None:
    sm = demo_db.sm
    before = vendors.list_vendors(sm, include_archived=True)
    path, _ = export_report(sm, ReportRequest("vendors"), tmp_path / "prodejci.xlsx")
    preview, counts = xi.import_file(sm, "vendors", path)
    assert preview.count("unchanged") == len(vendors.list_vendors(sm)), [r.changes for r in preview.rows]
    assert (counts.created, counts.updated) == (0, 0)
    assert vendors.list_vendors(sm, include_archived=True) == before


def test_round_trip_in_english(demo_db, tmp_path: Path) -> None:
    i18n.set_language("en")
    path, _ = export_report(demo_db.sm, ReportRequest("vendors"), tmp_path / "vendors.xlsx")
    preview = xi.preview_vendors(demo_db.sm, xi.read_sheet(path, "vendors"))
    assert {r.action for r in preview.rows} == {"unchanged"}


# --- programme -----------------------------------------------------------------


@pytest.fixture
def edition(sm):
    venues.create_venue(sm, VenueDraft(name="Kostel sv. Václava (Dům umění)"))
    venues.create_venue(sm, VenueDraft(name="Obecní dům"))
    return events.create_event(sm, EventDraft.all_day_event(
        "Bezručova Opava 2026", dt.date(2026, 9, 11), dt.date(2026, 10, 30), category=EventCategory.FESTIVAL))


def test_programme_import_understands_czech_dates_times_and_merged_days(sm, edition, tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "p.xlsx", [
        ["Program festivalu"],
        ["Datum", "Čas", "Název", "Místo", "Účinkující", "Žánr", "Vstupné"],
        ["12. 9. 2026", "19:00–20:45", "Zahajovací koncert", "Kostel sv. Václava", "Orchestr; Žaneta Čechová",
         "vážná hudba", "250 Kč"],
        [None, dt.time(21, 30), "Noční varhany", "Kostel sv. Václava", None, None, None],
        [dt.datetime(2026, 10, 25), "10.00", "Po změně času", "Obecní dům", None, None, None],
        ["14. 9. 2026", None, "Celodenní výstava", None, None, "výstava", None],
    ], merge="A3:A4")
    preview, counts = xi.import_file(sm, "programme", path, edition_id=edition.id)
    assert [r.action for r in preview.rows] == ["new"] * 4
    assert counts.created == 4
    items = {e.title: e for e in events.children_of(sm, edition.id)}
    concert = items["Zahajovací koncert"]
    assert (local(concert.start).hour, local(concert.end).hour, local(concert.end).minute) == (19, 20, 45)
    assert concert.venue_name == "Kostel sv. Václava (Dům umění)"
    assert [p.name for p in concert.performers] == ["Orchestr", "Žaneta Čechová"]
    assert concert.category is EventCategory.CLASSICAL_CONCERT and concert.ticket_info == "250 Kč"
    organ = items["Noční varhany"]
    assert organ.first_day == dt.date(2026, 9, 12)  # merged date cell understood
    assert local(organ.end) - local(organ.start) == dt.timedelta(hours=2)
    assert local(items["Po změně času"].start).hour == 10
    assert items["Celodenní výstava"].all_day and items["Celodenní výstava"].first_day == dt.date(2026, 9, 14)
    assert all(e.parent_id == edition.id for e in items.values())


def test_programme_rejects_unknown_venue_and_dates_outside(sm, edition, tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "p.xlsx", [
        ["Den", "Začátek", "Název", "Místo konání"],
        ["12. 9. 2026", "19:00", "Dobrý", "Obecní dům"],
        ["12. 9. 2026", "19:00", "Neznámé místo", "Hrad Sovinec"],
        ["1. 1. 2027", "19:00", "Mimo", None],
        ["31. 2. 2026", "19:00", "Nedatum", None],
        ["13. 9. 2026", "25:00", "Nečas", None],
        ["13. 9. 2026", "19:00", None, None],
    ])
    preview = xi.preview_programme(sm, xi.read_sheet(path, "programme"), edition.id)
    reasons = [r.reason for r in preview.rows]
    assert [r.action for r in preview.rows] == ["new"] + ["rejected"] * 5
    assert reasons[1].startswith("Řádek 3, sloupec D (Místo konání): místo konání „Hrad Sovinec“ neznáme")
    assert reasons[2].startswith("Řádek 4, sloupec A (Den): 1. 1. 2027 je mimo termín ročníku")
    assert "Řádek 5, sloupec A (Den): „31. 2. 2026“ není datum" in reasons[3]
    assert "Řádek 6, sloupec B (Začátek): „25:00“ není čas" in reasons[4]
    assert reasons[5] == "Řádek 7, sloupec C (Název): Název: pole je povinné."
    with pytest.raises(xi.ImportRejected):
        xi.apply_import(sm, preview)
    assert events.children_of(sm, edition.id) == []


def test_programme_reimport_updates_matching_items(sm, edition, tmp_path: Path) -> None:
    events.create_event(sm, EventDraft("Koncert", prague(2026, 9, 12, 19), prague(2026, 9, 12, 21),
                                       parent_id=edition.id, performers=(PerformerLink("Duo"),)))
    path = write_sheet(tmp_path / "p.xlsx", [["Den", "Začátek", "Konec", "Název"],
                                       ["12. 9. 2026", "19:00", "21:00", "Koncert"],
                                       ["12. 9. 2026", "19:00", "21:00", "Koncert B"]])
    preview = xi.preview_programme(sm, xi.read_sheet(path, "programme"), edition.id)
    assert [r.action for r in preview.rows] == ["unchanged", "new"]
    path = write_sheet(tmp_path / "p2.xlsx", [["Den", "Začátek", "Název"], ["12. 9. 2026", "18:00", "Koncert"]])
    preview, counts = xi.import_file(sm, "programme", path, edition_id=edition.id)
    assert preview.rows[0].action == "updated" and counts.updated == 1
    item = events.children_of(sm, edition.id)[0]
    assert local(item.start).hour == 18 and item.sequence == 1
    assert [p.name for p in item.performers] == ["Duo"]  # not mapped: kept


def test_programme_round_trip_from_export(sm, edition, tmp_path: Path) -> None:
    v = venues.find_venue(sm, "Obecní dům")
    events.create_event(sm, EventDraft("Koncert", prague(2026, 9, 12, 19), prague(2026, 9, 12, 21),
                                       parent_id=edition.id, venue_id=v.id, ticket_info="100 Kč",
                                       category=EventCategory.THEATRE, performers=(PerformerLink("Duo"),)))
    path, _ = export_report(sm, ReportRequest("programme", edition_id=edition.id), tmp_path / "p.xlsx")
    preview = xi.preview_programme(sm, xi.read_sheet(path, "programme"), edition.id)
    assert [r.action for r in preview.rows] == ["unchanged"], preview.rows
    assert events.list_events(sm, EventQuery(parent_id=edition.id))[0].sequence == 0


def test_programme_item_without_end_lasts_two_hours_across_dst(sm, tmp_path: Path) -> None:
    night = events.create_event(sm, EventDraft.all_day_event("Noc divadel", dt.date(2026, 10, 24), dt.date(2026, 10, 25)))
    path = write_sheet(tmp_path / "p.xlsx", [["Den", "Začátek", "Název"], ["25. 10. 2026", "1:30", "Noční představení"]])
    xi.import_file(sm, "programme", path, edition_id=night.id)
    item = events.children_of(sm, night.id)[0]
    assert item.end - item.start == xi.DEFAULT_DURATION  # 1:30 CEST to 2:30 CET: the clock goes back
    assert local(item.end).hour == 2 and local(item.end).minute == 30
