"""Publishing feeds: owns only its files, never a reserved or stolen name, old-or-new under kill -9."""

from __future__ import annotations

import datetime as dt
import hashlib
import multiprocessing as mp
import os
import random
import signal
import time
from dataclasses import replace
from pathlib import Path

from planner.db import open_database
from planner.formats import feedset
from planner.formats.publish import publish_feeds
from planner.services.dto import EventDraft, SeriesDraft, StaffDraft
from planner.services.events import create_event, list_events, update_event
from planner.services.series import create_series
from planner.services.staff import create_staff
from planner.services.timeutil import PRAGUE, UTC

NOW = dt.datetime(2026, 11, 26, 8, 0, tzinfo=UTC)


def _ics_set(root: Path) -> dict[str, str]:
    """Return relative path -> digest of every .ics under the served folders."""
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for sub in ("public", "internal") for p in sorted((root / sub).glob("*.ics"))}


def test_reserved_windows_names_are_never_generated(sm, tmp_path: Path) -> None:
    for name in ("CON", "nul", "Aux", "PRN", "COM1", "lpt9", "con.txt"):
        create_series(sm, SeriesDraft(name=name))
    result = publish_feeds(sm, tmp_path, now=NOW)
    stems = {p.stem for p in result.files}
    assert not any(feedset.is_reserved(s) for s in stems)
    assert {"con-kalendar", "nul-kalendar", "aux-kalendar", "com1-kalendar"} <= stems


def test_a_series_named_like_a_person_never_takes_their_feed(sm, tmp_path: Path) -> None:
    jana = create_staff(sm, StaffDraft(name="Jana Nováková", email="jana@opava.cz"))
    create_event(sm, EventDraft(title="Janina akce", start=dt.datetime(2026, 12, 1, 18, tzinfo=PRAGUE),
                                end=dt.datetime(2026, 12, 1, 20, tzinfo=PRAGUE), staff_id=jana.id))
    publish_feeds(sm, tmp_path, now=NOW)
    before = (tmp_path / "internal" / "staff-jana-novakova.ics").read_bytes()
    create_series(sm, SeriesDraft(name="Staff Jana Nováková"))
    create_series(sm, SeriesDraft(name="staff-jana-novakova"))
    publish_feeds(sm, tmp_path, now=NOW)
    assert (tmp_path / "internal" / "staff-jana-novakova.ics").read_bytes() == before
    assert b"Janina akce" in before


def test_other_files_are_never_touched_and_temp_files_are_cleaned(sm, tmp_path: Path) -> None:
    (tmp_path / "public").mkdir()
    theirs = tmp_path / "public" / "kino.ics"
    theirs.write_bytes(b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    # What a kill -9 of an earlier run left behind before its commit point.
    stage = tmp_path / feedset.STATE_DIR / "stage-dead"
    stage.mkdir(parents=True)
    (stage / "big.ics").write_bytes(b"x" * 100_000)
    publish_feeds(sm, tmp_path, now=NOW)
    publish_feeds(sm, tmp_path, now=NOW)
    assert theirs.read_bytes() == b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
    assert [p.name for p in (tmp_path / feedset.STATE_DIR).iterdir()] == [feedset.MANIFEST]


def _populate(sm, n: int) -> None:
    series = [create_series(sm, SeriesDraft(name=f"Řada {i}")) for i in range(n)]
    staff = [create_staff(sm, StaffDraft(name=f"Osoba {i}", email=f"o{i}@opava.cz")) for i in range(n // 2)]
    for i in range(n * 6):
        start = dt.datetime(2026, 12, 1 + i % 28, 10 + i % 10, tzinfo=PRAGUE)
        create_event(sm, EventDraft(title=f"Akce {i} " + "popis " * 30, start=start,
                                    end=start + dt.timedelta(hours=2), series_id=series[i % n].id,
                                    staff_id=staff[i % len(staff)].id, public=True, description="x" * 400))


def _publish_child(url: str, folder: str) -> None:
    db = open_database(url, migrate=False)
    publish_feeds(db.sm, folder, now=NOW)
    db.dispose()
    os._exit(0)


KILLS = 8


def test_kill_9_during_publish_leaves_old_or_new_feeds(sqlite_db, tmp_path: Path) -> None:
    sm = sqlite_db.sm
    url = sqlite_db.engine.url.render_as_string(hide_password=False)
    _populate(sm, 12)
    out = tmp_path / "feeds"
    out.mkdir()
    started = time.monotonic()
    publish_feeds(sm, out, now=NOW)
    took = time.monotonic() - started
    ctx = mp.get_context("fork")
    rng = random.Random(14)
    outcomes = {"old": 0, "new": 0}
    for k in range(KILLS):
        old = _ics_set(out)
        for e in list_events(sm)[:12]:
            update_event(sm, e.id, replace(e.to_draft(), title=f"{e.title.split(' #')[0]} #{k}"), version=e.version)
        reference = tmp_path / f"reference-{k}"
        reference.mkdir()
        publish_feeds(sm, reference, now=NOW)
        new = _ics_set(reference)
        assert new != old
        child = ctx.Process(target=_publish_child, args=(url, str(out)))
        child.start()
        # Kill times spread from before the child writes anything to after it finished (a quiet machine publishes in well
        # under the 0.3 s a loaded one needs to start the child), with some jitter.
        time.sleep(max(0.0, k / (KILLS - 1) * (0.3 + 2 * took) + rng.uniform(-0.02, 0.02)))
        assert child.pid is not None
        os.kill(child.pid, signal.SIGKILL)
        child.join(10)
        # Right after the kill every feed is a whole file of the old or the new set.
        for rel, digest in _ics_set(out).items():
            assert digest in (old.get(rel), new.get(rel)), rel
        feedset.recover(out)  # what the next run does first
        now_set = _ics_set(out)
        assert now_set in (old, new), k
        outcomes["old" if now_set == old else "new"] += 1
        assert not [p for p in (out / feedset.STATE_DIR).iterdir() if p.name != feedset.MANIFEST]
    # Kills landed both before and after the commit point.
    assert outcomes["old"] and outcomes["new"], outcomes
