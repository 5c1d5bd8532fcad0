"""Anonymisation leaves no trace of the person: not in the database file, its WAL, the backups,
the log or the feeds (a raw byte grep), and database errors never log their data."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from planner import db as dbmod
from planner import paths
from planner.errors import PlannerError
from planner.formats.publish import publish_feeds
from planner.models.enums import BookingStatus
from planner.services import markets as ms
from planner.services import vendors as vs
from planner.services.dto import BookingDraft, EventDraft, StallDraft, VendorDraft

FIRST, LAST = dt.date(2026, 12, 4), dt.date(2026, 12, 6)
PERSON = VendorDraft(
    name="Jarmila Křepelková Medovina", ico="10401067", dic="CZ7103192745", contact_person="Jarmila Křepelková",
    phone="603 417 982", email="jarmila.krepelkova@example.cz", street="Ztracená 17", city="Opava",
    postal_code="746 01", notes="dluží za loňský rok, volat po 18. hodině",
)
BOOKING_NOTE = "alergie na včelí bodnutí – Křepelková"


def _secrets(row) -> list[bytes]:
    values = [row.name, row.dic, row.contact_person, row.phone, row.email, row.street, row.notes, BOOKING_NOTE,
              "Křepelková", "krepelkova", "417 982", "7103192745"]
    return sorted({v.encode("utf-8") for v in values if v})


def _hits(path: Path, secrets: list[bytes]) -> list[str]:
    if not path.exists() or not path.is_file():
        return []
    data = path.read_bytes()
    return [s.decode() for s in secrets if s in data]


def test_anonymised_vendor_leaves_no_bytes_behind(tmp_path: Path) -> None:
    path = tmp_path / "planner.sqlite3"
    database = dbmod.open_database(f"sqlite:///{path}")
    sm = database.sm
    log_file = tmp_path / "planner.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    root = logging.getLogger()
    old_level = root.level
    root.setLevel(logging.DEBUG)
    root.addHandler(handler)
    try:
        row = vs.create_vendor(sm, PERSON)
        market = ms.create_market(sm, EventDraft.all_day_event("Vánoční trhy", FIRST, LAST))
        stall = ms.create_stall(sm, market.event_id, StallDraft(code="A01"))
        ms.create_booking(sm, BookingDraft(stall.id, row.id, FIRST, LAST, BookingStatus.APPROVED, notes=BOOKING_NOTE))
        # A database error about the same person (a duplicate IČO) must not log their data.
        with pytest.raises(PlannerError):
            vs.create_vendor(sm, PERSON)
        with pytest.raises(PlannerError):
            ms.create_booking(sm, BookingDraft(stall.id, row.id, FIRST, LAST, BookingStatus.APPROVED,
                                               notes=BOOKING_NOTE))
        backup = dbmod._backup_sqlite(database.engine, "test")  # what a migration leaves in backups/
        assert backup is not None and _hits(backup, _secrets(row))
        feeds = tmp_path / "feeds"
        feeds.mkdir()
        publish_feeds(sm, feeds)
        anon = vs.anonymise_vendor(sm, row.id)
        publish_feeds(sm, feeds)
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        handler.close()
    secrets = _secrets(row)
    assert anon.name == "Anonymizovaný prodejce %d" % row.id and anon.ico is None and not anon.dic
    assert [b.notes for b in ms.list_bookings(sm, market.event_id)] == [""]
    with database.engine.connect() as conn:
        history_rows = conn.execute(text(
            "SELECT count(*) FROM history_entry WHERE changes LIKE '%krepelkova%' "
            "OR row_values LIKE '%krepelkova%'")).scalar()
    database.dispose()
    backups = sorted((paths.data_dir() / "backups").glob("*.sqlite3"))
    for b in backups:  # the backup's own rows are scrubbed
        with sqlite3.connect(b) as conn:
            assert conn.execute("SELECT name, phone, email, dic, notes FROM vendor WHERE id = ?", (row.id,)
                                ).fetchone() == (anon.name, "", "", "", "")
            assert conn.execute("SELECT notes FROM stall_booking").fetchall() == [("",)]
        conn.close()
    assert history_rows == 0  # the change history is scrubbed too (services.recording.scrub_history)
    found = {p.name: _hits(p, secrets)
             for p in [path, Path(f"{path}-wal"), log_file, *feeds.rglob("*"), *backups]}
    assert {k: v for k, v in found.items() if v} == {}
