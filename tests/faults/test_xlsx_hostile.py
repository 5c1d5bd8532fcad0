"""Hostile spreadsheets: limits checked before the work, and a seeded mutation fuzzer.

Every case must end in a clean message (a PlannerError) or a correct import — never a
traceback, never longer than a few seconds, never gigabytes of memory.
"""

from __future__ import annotations

import io
import random
import resource
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from planner.errors import ImportFileError, PlannerError
from planner.formats import xlsx_import as xi
from planner.formats import xlsx_limits

pytestmark = pytest.mark.allow_log_warnings


def _vendor_book(path: Path, rows: int = 20) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Seznam prodejců"])
    ws.append(["Název", "IČO", "Obec", "Telefon", "E-mail", "Příkon (kW)", "Poznámka"])
    for i in range(rows):
        ws.append([f"Prodejce {i} Žluťoučký", None, "Opava", "603 123 456", f"p{i}@example.cz", "2,5", "ok"])
    ws.merge_cells("G3:G5")
    wb.save(path)
    return path


def _rezip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def test_a_zip_bomb_is_refused_before_inflating(tmp_path: Path) -> None:
    members = _members(_vendor_book(tmp_path / "ok.xlsx"))
    sheet = members["xl/worksheets/sheet1.xml"]
    members["xl/worksheets/sheet1.xml"] = sheet.replace(b"<sheetData>", b"<sheetData>" + b" " * (60 * 1024 * 1024))
    path = _rezip(tmp_path / "bomb.xlsx", members)
    assert path.stat().st_size < 1024 * 1024
    started = time.monotonic()
    with pytest.raises(PlannerError, match="po rozbalení"):
        xi.read_sheet(path, "vendors")
    assert time.monotonic() - started < 2


def test_a_declared_huge_sheet_reads_only_its_cells(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Název"])
    ws.append(["Pekárna"])
    ws.cell(row=1_048_576, column=16_384, value="x")
    path = tmp_path / "huge.xlsx"
    wb.save(path)
    assert path.stat().st_size < 20_000
    started = time.monotonic()
    sheet = xi.read_sheet(path, "vendors")
    assert [r[1][0] for r in sheet.rows] == ["Pekárna"]
    assert time.monotonic() - started < 5


def test_a_merge_of_the_whole_sheet_is_refused_before_loading(tmp_path: Path) -> None:
    members = _members(_vendor_book(tmp_path / "ok.xlsx"))
    sheet = members["xl/worksheets/sheet1.xml"]
    members["xl/worksheets/sheet1.xml"] = sheet.replace(b'<mergeCell ref="G3:G5"/>', b'<mergeCell ref="B3:XFD1048575"/>')
    path = _rezip(tmp_path / "merge.xlsx", members)
    started = time.monotonic()
    with pytest.raises(PlannerError, match="sloučené buňky pokrývají"):
        xi.read_sheet(path, "vendors")
    assert time.monotonic() - started < 2


def test_a_member_of_a_newer_zip_version_is_a_message(tmp_path: Path) -> None:
    # the fuzzer once met it: zipfile raises NotImplementedError("zip file version 20.2") on opening
    path = _vendor_book(tmp_path / "v.xlsx")
    raw = bytearray(path.read_bytes())
    at = raw.index(b"PK\x01\x02")  # the first central-directory entry; "version needed" is at +6
    raw[at + 6:at + 8] = (202).to_bytes(2, "little")
    path.write_bytes(bytes(raw))
    with pytest.raises(ImportFileError, match="poškozený"):
        xi.read_sheet(path, "vendors")


def test_too_many_rows_is_a_message(tmp_path: Path) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(["Název"])
    for i in range(xlsx_limits.MAX_ROWS + xlsx_limits.HEADER_ROWS + 5):
        ws.append([f"P{i}"])
    path = tmp_path / "rows.xlsx"
    wb.save(path)
    with pytest.raises(PlannerError, match="víc než 20\u00a0000 řádků"):
        xi.read_sheet(path, "vendors")


def test_too_large_a_file_is_a_message(tmp_path: Path) -> None:
    path = tmp_path / "big.xlsx"
    members = _members(_vendor_book(tmp_path / "ok.xlsx"))
    members["xl/media/image1.png"] = random.Random(1).randbytes(xlsx_limits.MAX_FILE_BYTES + 10)
    _rezip(path, members)
    with pytest.raises(PlannerError, match="import přijme nejvýše"):
        xi.read_sheet(path, "vendors")


def test_reading_can_be_cancelled(tmp_path: Path) -> None:
    path = _vendor_book(tmp_path / "ok.xlsx", rows=2000)
    with pytest.raises(xlsx_limits.ImportCancelled):
        xi.read_sheet(path, "vendors", should_stop=lambda: True)


# --- the fuzzer ------------------------------------------------------------------

CASES = 300
BUDGET_S = 60.0
CASE_LIMIT_S = 5.0
XML_SNIPPETS = [b'<c r="XFD1048576"><v>1</v></c>', b'<dimension ref="A1:XFD1048576"/>', b"<row r=\"999999\">",
                b"\x00", b"&#0;", b"<v>1e308</v>", b"<v>nan</v>", b'<c t="s"><v>999999</v></c>', b"]]>", b"<!--",
                b'<mergeCell ref="A1:XFD1048576"/>', b'<c t="d"><v>99999-99-99</v></c>', b"<f>HYPERLINK()</f>",
                b"\r", b'<c r="A0"/>', b'<c t="b"><v>2</v></c>', b"<si><t>" + "Ř".encode() * 5000 + b"</t></si>"]


def _mutate(rng: random.Random, members: dict[str, bytes], raw: bytes) -> bytes:
    kind = rng.randrange(6)
    if kind == 0:  # flip bytes anywhere in the zip
        data = bytearray(raw)
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data)
    if kind == 1:  # truncate the zip
        return raw[: rng.randrange(len(raw))]
    out = dict(members)
    name = rng.choice([n for n in out if n.endswith(".xml") or n.endswith(".rels")])
    xml = bytearray(out[name])
    if kind == 2:  # flip bytes inside one XML part
        for _ in range(rng.randint(1, 6)):
            xml[rng.randrange(len(xml))] = rng.randrange(32, 127)
    elif kind == 3:  # insert a hostile snippet
        at = rng.randrange(len(xml))
        xml[at:at] = rng.choice(XML_SNIPPETS)
    elif kind == 4:  # cut the part short or drop it
        if rng.random() < 0.3:
            del out[name]
        else:
            xml = xml[: rng.randrange(len(xml))]
    else:  # duplicate a slice (rows, cells, styles)
        a = rng.randrange(len(xml))
        b = min(len(xml), a + rng.randrange(1, 400))
        xml[b:b] = xml[a:b] * rng.randint(2, 50)
    if name in out:
        out[name] = bytes(xml)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, data in out.items():
            zf.writestr(n, data)
    return buf.getvalue()


def test_mutated_workbooks_never_give_a_traceback(sqlite_db, tmp_path: Path) -> None:
    base = _vendor_book(tmp_path / "base.xlsx")
    raw = base.read_bytes()
    members = _members(base)
    rng = random.Random(20261201)
    started = time.monotonic()
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tally = {"imported": 0, "message": 0}
    done = 0
    for case in range(CASES):
        if time.monotonic() - started > BUDGET_S:
            break
        path = tmp_path / f"case-{case}.xlsx"
        path.write_bytes(_mutate(rng, members, raw))
        t0 = time.monotonic()
        try:
            sheet = xi.read_sheet(path, "vendors")
            preview = xi.preview_vendors(sqlite_db.sm, sheet)
            if preview.ok:
                xi.apply_import(sqlite_db.sm, preview, dry_run=True)
            tally["imported"] += 1
        except PlannerError as exc:
            assert exc.message and "Traceback" not in exc.message
            tally["message"] += 1
        except Exception as exc:  # noqa: BLE001 - this is the defect the fuzzer looks for
            raise AssertionError(f"case {case} (seed 20261201) raised {type(exc).__name__}: {exc}") from exc
        assert time.monotonic() - t0 < CASE_LIMIT_S, f"case {case} took too long"
        done += 1
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024
    assert done >= 100, f"only {done} cases within the budget"
    assert grown_mb < 400, f"memory grew by {grown_mb:.0f} MB"
    assert tally["imported"] and tally["message"], tally
    print(f"xlsx fuzzer: {done} cases, {tally}")
