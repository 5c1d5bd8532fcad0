"""Excel imports act on what the preview showed: moved records and simultaneous imports write nothing."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from planner.errors import StaleEdit
from planner.formats import xlsx_import as xi
from planner.models.enums import EventCategory, EventStatus
from planner.services import events, vendors
from planner.services.dto import EventDraft, VendorDraft
from planner.services.timeutil import PRAGUE, local

from ._race import connect_args_of, race, url_of
from tests._workbooks import write_sheet


@pytest.fixture
def edition(sm):
    return events.create_event(sm, EventDraft.all_day_event(
        "Bezručova Opava 2026", dt.date(2026, 9, 11), dt.date(2026, 10, 30), category=EventCategory.FESTIVAL))


def test_vendor_import_refuses_a_vendor_edited_since_the_preview(sm, tmp_path: Path) -> None:
    kept = vendors.create_vendor(sm, VendorDraft(name="Pekárna Novák", city="Opava", phone="603 111 222"))
    path = write_sheet(tmp_path / "v.xlsx", [["Název", "Obec", "Telefon"], ["Pekárna Novák", "Opava", "603 999 888"],
                                       ["Nový prodejce", "Opava", None]])
    preview = xi.preview_vendors(sm, xi.read_sheet(path, "vendors"))
    assert [r.action for r in preview.rows] == ["updated", "new"]
    # A colleague edits the vendor between the preview and the click on Import.
    vendors.update_vendor(sm, kept.id, VendorDraft(name="Pekárna Novák", city="Opava", phone="603 111 222",
                                                   notes="volat jen ráno"), version=kept.version)
    with pytest.raises(xi.ImportStale, match="kolega mezitím změnil"):
        xi.apply_import(sm, preview)
    after = vendors.list_vendors(sm)
    assert [(v.name, v.notes) for v in after] == [("Pekárna Novák", "volat jen ráno")]
    assert after[0].phone == vendors.get_vendor(sm, kept.id).phone != "+420 603 999 888"


def test_vendor_import_refuses_when_an_unchanged_row_moved(sm, tmp_path: Path) -> None:
    kept = vendors.create_vendor(sm, VendorDraft(name="Pekárna Novák", city="Opava"))
    path = write_sheet(tmp_path / "v.xlsx", [["Název", "Obec"], ["Pekárna Novák", "Opava"], ["Nový", "Opava"]])
    preview = xi.preview_vendors(sm, xi.read_sheet(path, "vendors"))
    assert [r.action for r in preview.rows] == ["unchanged", "new"]
    vendors.update_vendor(sm, kept.id, VendorDraft(name="Pekárna Novák", city="Ostrava"), version=kept.version)
    with pytest.raises(xi.ImportStale):
        xi.apply_import(sm, preview)
    assert len(vendors.list_vendors(sm)) == 1


def test_programme_import_refuses_an_item_moved_since_the_preview(sm, edition, tmp_path: Path) -> None:
    item = events.create_event(sm, EventDraft(
        title="Zahajovací koncert", start=dt.datetime(2026, 9, 12, 19, tzinfo=PRAGUE),
        end=dt.datetime(2026, 9, 12, 21, tzinfo=PRAGUE), parent_id=edition.id))
    path = write_sheet(tmp_path / "p.xlsx", [["Den", "Začátek", "Název"], ["12. 9. 2026", "18:00", "Zahajovací koncert"]])
    preview = xi.preview_programme(sm, xi.read_sheet(path, "programme"), edition.id)
    assert [r.action for r in preview.rows] == ["updated"]
    events.move_event(sm, item.id, dt.datetime(2026, 9, 12, 20, tzinfo=PRAGUE), version=item.version)
    with pytest.raises(xi.ImportStale):
        xi.apply_import(sm, preview)
    assert local(events.get_event(sm, item.id).start).hour == 20


def test_set_status_is_version_checked(sm) -> None:
    row = events.create_event(sm, EventDraft(title="Koncert", start=dt.datetime(2026, 9, 12, 19, tzinfo=PRAGUE),
                                             end=dt.datetime(2026, 9, 12, 21, tzinfo=PRAGUE)))
    events.update_event(sm, row.id, replace(row.to_draft(), title="Koncert pro Opavu"), version=row.version)
    with pytest.raises(StaleEdit):
        events.set_status(sm, row.id, EventStatus.CANCELLED, version=row.version)
    assert events.get_event(sm, row.id).title == "Koncert pro Opavu"


def test_programme_reimport_without_end_column_keeps_real_end_times(sm, edition, tmp_path: Path) -> None:
    item = events.create_event(sm, EventDraft(
        title="Varhanní noc", start=dt.datetime(2026, 10, 24, 20, tzinfo=PRAGUE),
        end=dt.datetime(2026, 10, 24, 23, 30, tzinfo=PRAGUE), parent_id=edition.id))
    path = write_sheet(tmp_path / "p.xlsx", [["Den", "Začátek", "Název", "Vstupné"],
                                       ["24. 10. 2026", "20:00", "Varhanní noc", "150 Kč"],
                                       ["25. 10. 2026", "19:00", "Nová položka", None]])
    preview, counts = xi.import_file(sm, "programme", path, edition_id=edition.id)
    assert (counts.created, counts.updated) == (1, 1)
    again = events.get_event(sm, item.id)
    assert (local(again.start).hour, local(again.end).hour, local(again.end).minute) == (20, 23, 30)
    new = next(e for e in events.children_of(sm, edition.id) if e.title == "Nová položka")
    assert local(new.end) - local(new.start) == dt.timedelta(hours=2)


def test_vendor_natural_key_is_unique_without_ico(sm) -> None:
    from planner.errors import ValidationError

    vendors.create_vendor(sm, VendorDraft(name="Pekárna Novák", city="Opava"))
    with pytest.raises(ValidationError, match="už existuje"):
        vendors.create_vendor(sm, VendorDraft(name="pekarna  novák", city="OPAVA"))
    vendors.create_vendor(sm, VendorDraft(name="Pekárna Novák", city="Ostrava"))  # another municipality
    assert len(vendors.list_vendors(sm)) == 2


ROUNDS = 4
SHEET_ROWS = 60


def test_two_simultaneous_vendor_imports_without_ico_never_duplicate(db, tmp_path: Path) -> None:
    sheets = [write_sheet(tmp_path / f"v{r}.xlsx", [["Název", "Obec", "Telefon"]] + [
        [f"Prodejce {r}-{i}", "Opava", f"603 {r:03d} {i:03d}"] for i in range(SHEET_ROWS)]) for r in range(ROUNDS)]

    def preview(sm, _worker: int, rnd: int):
        return xi.preview_vendors(sm, xi.read_sheet(sheets[rnd], "vendors"))

    def apply(sm, _worker: int, pv) -> object:
        return xi.apply_import(sm, pv)

    outcomes = race(url_of(db), apply, prepare=preview, rounds=ROUNDS, connect_args=connect_args_of(db))
    assert not [o.text for o in outcomes if o.kind == "traceback"]
    assert {o.kind for o in outcomes} <= {"ok", "ImportCollision", "DatabaseBusy"}
    collided = [o.text for o in outcomes if o.kind == "ImportCollision"]
    assert all("Kolega importoval stejný seznam ve stejnou chvíli" in t for t in collided)
    names = [v.name for v in vendors.list_vendors(db.sm)]
    assert len(names) == len(set(names)) == ROUNDS * SHEET_ROWS


def test_two_simultaneous_programme_imports_never_duplicate(db, tmp_path: Path) -> None:
    eds = [events.create_event(db.sm, EventDraft.all_day_event(
        f"Ročník {r}", dt.date(2026, 9, 1), dt.date(2026, 9, 30), category=EventCategory.FESTIVAL)).id
        for r in range(ROUNDS)]
    path = write_sheet(tmp_path / "p.xlsx", [["Den", "Začátek", "Název"]] + [
        [f"{d}. 9. 2026", "19:00", f"Koncert {d}"] for d in range(1, 31)])

    def preview(sm, _worker: int, rnd: int):
        return xi.preview_programme(sm, xi.read_sheet(path, "programme"), eds[rnd])

    def apply(sm, _worker: int, pv) -> object:
        return xi.apply_import(sm, pv)

    outcomes = race(url_of(db), apply, prepare=preview, rounds=ROUNDS, connect_args=connect_args_of(db))
    assert not [o.text for o in outcomes if o.kind == "traceback"]
    assert {o.kind for o in outcomes} <= {"ok", "ImportCollision", "DatabaseBusy"}
    for ed in eds:
        titles = [e.title for e in events.children_of(db.sm, ed)]
        assert sorted(titles) == sorted(f"Koncert {d}" for d in range(1, 31))
