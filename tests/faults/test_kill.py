"""kill -9 during an Excel import and an Excel export: all or nothing, old or new, no leftovers."""

from __future__ import annotations

import multiprocessing as mp
import os
import random
import shutil
import signal
import sqlite3
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook, load_workbook

from planner.db import open_database
from planner.formats import excel
from planner.formats import xlsx_import as xi
from planner.services import vendors as vs
from planner.services.dto import VendorDraft

ROWS = 600
TRIALS = 4


def _sheet(path: Path) -> Path:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(["Název", "Obec", "Telefon", "Poznámka"])
    for i in range(ROWS):
        ws.append([f"Prodejce {i}", "Opava", "603 123 456", "poznámka " * 10])
    wb.save(path)
    return path


def _import_child(url: str, sheet: str) -> None:
    db = open_database(url, migrate=False)
    xi.import_file(db.sm, "vendors", sheet)
    os._exit(0)


def _kill_at(target, args, delay: float) -> None:
    child = mp.get_context("fork").Process(target=target, args=args)
    child.start()
    time.sleep(delay)
    assert child.pid is not None
    os.kill(child.pid, signal.SIGKILL)
    child.join(10)


def test_kill_9_during_an_excel_import_is_all_or_nothing(sqlite_db, tmp_path: Path) -> None:
    template = Path(str(sqlite_db.engine.url.database))
    sqlite_db.dispose()
    sheet = _sheet(tmp_path / "v.xlsx")
    started = time.monotonic()
    db = open_database(f"sqlite:///{template}")
    xi.import_file(db.sm, "vendors", sheet, dry_run=True)
    db.dispose()
    took = time.monotonic() - started
    rng = random.Random(9)
    seen: set[int] = set()
    for k in range(TRIALS):
        path = tmp_path / f"trial-{k}.sqlite3"
        shutil.copyfile(template, path)
        _kill_at(_import_child, (f"sqlite:///{path}", str(sheet)), rng.uniform(0.2, 0.4 + 1.5 * took))
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        conn.close()
        db = open_database(f"sqlite:///{path}")
        count = len(vs.list_vendors(db.sm))
        assert count in (0, ROWS), count
        seen.add(count)
        db.dispose()
    assert seen  # which outcomes occurred depends on timing; both are correct


def _export_child(url: str, target: str) -> None:
    db = open_database(url, migrate=False)
    report = excel.vendors_report(vs.list_vendors(db.sm))
    excel.write_report(report, target)
    os._exit(0)


def test_kill_9_during_an_excel_export_leaves_old_or_new_and_cleans_up(sqlite_db, tmp_path: Path) -> None:
    sm = sqlite_db.sm
    vs.import_vendors(sm, [(None, None, VendorDraft(name=f"Prodejce {i}", city="Opava", notes="x" * 200))
                           for i in range(1200)])
    url = sqlite_db.engine.url.render_as_string(hide_password=False)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "prodejci.xlsx"
    target.write_bytes(b"old report")
    temp_before = set(Path(tempfile.gettempdir()).glob("openpyxl.*"))
    rng = random.Random(7)
    for _ in range(TRIALS):
        _kill_at(_export_child, (url, str(target)), rng.uniform(0.3, 2.5))
        data = target.read_bytes()
        if data != b"old report":  # the new one, complete
            wb = load_workbook(target, read_only=True)
            assert wb.active is not None
            wb.close()
            target.write_bytes(b"old report")
    # What the killed runs left, made old enough to be a dead run's, is gone after the next export.
    leftovers = [p for p in out.iterdir() if p.name.startswith(".~")]
    leftovers += [p for p in Path(tempfile.gettempdir()).glob("openpyxl.*") if p not in temp_before]
    for p in leftovers:
        os.utime(p, (time.time() - 7200, time.time() - 7200))
    excel.write_report(excel.vendors_report(vs.list_vendors(sm)), target)
    assert [p.name for p in out.iterdir()] == ["prodejci.xlsx"]
    assert not [p for p in leftovers if p.exists()]
