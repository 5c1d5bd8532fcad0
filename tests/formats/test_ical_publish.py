"""Subscription feeds and atomic writes."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
import vobject

from planner.formats import publish
from planner.formats.publish import PublishError, Selection, atomic_write, export_to_file, publish_feeds
from planner.models.enums import EventStatus
from planner.services.releases import ReleaseScope, release
from planner.services.series import create_series, delete_series
from planner.services.dto import SeriesDraft
from planner.services.timeutil import UTC, prague
from tests.formats._ical_data import make_office

NOW = dt.datetime(2026, 11, 26, 8, 0, tzinfo=UTC)


def _summaries(path: Path) -> list[str]:
    cal = vobject.readOne(path.read_text("utf-8"))
    return sorted(v.summary.value for v in getattr(cal, "vevent_list", []))


def test_atomic_write_replaces_whole_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "feed.ics"
    target.write_bytes(b"old")
    atomic_write(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["feed.ics"]
    assert (target.stat().st_mode & 0o777) == 0o644  # a web server can read it


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "feed.ics"
    target.write_bytes(b"old")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(publish.os, "replace", broken_replace)
    with pytest.raises(OSError):
        atomic_write(target, b"new")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["feed.ics"]


def test_feeds_separate_public_from_internal(sm, tmp_path: Path) -> None:
    office = make_office(sm)
    office.event("Veřejný koncert", internal_notes="tajné")
    office.event("Návrh", prague(2026, 12, 1, 18), status=EventStatus.DRAFT)
    office.event("Neveřejná zkouška", prague(2026, 12, 2, 18), public=False)
    office.event("Zrušený", prague(2026, 12, 3, 18), status=EventStatus.CANCELLED)
    office.event("Loni", prague(2025, 1, 3, 18))  # ended long ago: not in feeds
    release(sm, ReleaseScope(series_id=office.series_id))  # public feeds show the released programme
    result = publish_feeds(sm, tmp_path, now=NOW)
    public = tmp_path / "public" / "opava.ics"
    internal = tmp_path / "internal" / "all.ics"
    assert _summaries(public) == ["Veřejný koncert", "Zrušený"]
    assert _summaries(internal) == ["Neveřejná zkouška", "Návrh", "Veřejný koncert", "Zrušený"]
    assert "tajné" not in public.read_text("utf-8") and "Vojtíšková" not in public.read_text("utf-8")
    assert "Interní poznámky: tajné" in internal.read_bytes().decode().replace("\r\n ", "")
    text = public.read_bytes().decode()
    assert "REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n" in text and "X-PUBLISHED-TTL:PT1H\r\n" in text
    assert "STATUS:CANCELLED" in text
    assert _summaries(tmp_path / "public" / "bezrucova-opava.ics") == ["Veřejný koncert", "Zrušený"]
    assert _summaries(tmp_path / "internal" / "staff-klara-vojtiskova.ics") == _summaries(internal)
    assert result.events == 4 and len(result.files) == 7  # 5 calendars, the changelog as Atom and RSS


def test_feeds_of_removed_series_are_deleted_and_names_never_collide(sm, tmp_path: Path) -> None:
    office = make_office(sm)
    other = create_series(sm, SeriesDraft(name="Bezručova  Opava!"))  # same slug as "Bezručova Opava"
    office.event("A")
    office.event("B", prague(2026, 12, 1, 18), series_id=other.id)
    release(sm, ReleaseScope())
    publish_feeds(sm, tmp_path, now=NOW)
    assert _summaries(tmp_path / "public" / "bezrucova-opava.ics") == ["A"]
    assert _summaries(tmp_path / "public" / "bezrucova-opava-2.ics") == ["B"]
    # A colleague's file in the same folder is not ours: publish never touches it.
    theirs = tmp_path / "public" / "old-series.ics"
    theirs.write_text("x")
    (tmp_path / "public" / "readme.txt").write_text("keep me")
    delete_series(sm, other.id)  # its feeds were ours: they go
    result = publish_feeds(sm, tmp_path, now=NOW)
    stale = tmp_path / "public" / "bezrucova-opava-2.ics"
    assert stale in result.removed and not stale.exists()
    assert theirs.read_text() == "x" and (tmp_path / "public" / "readme.txt").exists()


def test_missing_folder_is_a_clear_error(sm, tmp_path: Path) -> None:
    with pytest.raises(PublishError) as info:
        publish_feeds(sm, tmp_path / "nowhere", now=NOW)
    assert "nowhere" in info.value.message and "neexistuje" in info.value.message


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root can write anywhere")
def test_read_only_folder_is_a_clear_error(sm, tmp_path: Path) -> None:
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(PublishError):
            publish_feeds(sm, tmp_path, now=NOW)
    finally:
        tmp_path.chmod(0o700)


def test_export_to_file_names_the_selection(sm, tmp_path: Path) -> None:
    office = make_office(sm)
    office.event()
    selection = Selection(series_id=office.series_id, series_name="Bezručova Opava", public_only=True,
                          first_day=dt.date(2026, 11, 1), last_day=dt.date(2026, 11, 30))
    out = tmp_path / "x.ics"
    assert export_to_file(sm, selection, out, now=NOW) == 1
    cal = vobject.readOne(out.read_text("utf-8"))
    assert cal.contents["x-wr-calname"][0].value == "Opava – Bezručova Opava, veřejné akce"
    assert cal.contents["x-wr-caldesc"][0].value.endswith("(1.–30. 11. 2026)")
