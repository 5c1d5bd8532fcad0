"""Programme releases: diffs against the last release, and what the public outputs read."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
import vobject

from planner.db import Database
from planner.formats.publish import publish_feeds
from planner.models.enums import EventStatus
from planner.services import releases
from planner.services.dto import PerformerLink
from planner.services.events import get_event, list_events, move_event, set_status, update_event
from planner.services.releases import ChangeKind, ReleaseScope
from planner.services.series import find_series
from planner.services.timeutil import UTC, prague

NOW = dt.datetime(2026, 8, 1, 8, 0, tzinfo=UTC)


def _bo(db: Database) -> ReleaseScope:
    series = find_series(db.sm, "Bezručova Opava")
    assert series is not None
    return ReleaseScope(series_id=series.id)


def _event(db: Database, title: str):
    return next(r for r in list_events(db.sm) if r.title == title)


def test_first_release_publishes_the_public_programme_and_a_second_one_finds_nothing(demo_db: Database) -> None:
    scope = _bo(demo_db)
    first = releases.release(demo_db.sm, scope, comment="Program festivalu", who="test")
    assert first.release is not None and first.release.number == 1
    kinds = {c.kind for c in first.changes}
    assert kinds == {ChangeKind.NEW}  # the cancelled theatre was never public news
    assert len(first.changes) == 8  # the umbrella and 7 items; the cancelled one is in the snapshot only
    assert first.release.events == 9
    again = releases.release(demo_db.sm, scope)
    assert again.release is None and again.changes == ()
    assert [r.number for r in releases.list_releases(demo_db.sm)] == [1]


def test_release_diff_names_new_moved_retitled_cancelled_and_performer_changes(demo_db: Database) -> None:
    sm = demo_db.sm
    scope = _bo(demo_db)
    releases.release(sm, scope)
    concert = _event(demo_db, "Zahajovací koncert – Janáček a Martinů")
    move_event(sm, concert.id, prague(2026, 9, 13, 18, 0))
    film = _event(demo_db, "Filmový večer: slezské dokumenty")
    update_event(sm, film.id, replace(film.to_draft(), title="Filmový večer: slezští dokumentaristé"))
    set_status(sm, _event(demo_db, "Přednáška: Opava na starých pohlednicích").id, EventStatus.CANCELLED)
    final = get_event(sm, _event(demo_db, "Závěrečný koncert festivalu").id)
    update_event(sm, final.id, replace(final.to_draft(),
        performers=(*final.performers, PerformerLink(name="Kvarteto Čtyři čápi (demo)"))))
    poetry = get_event(sm, _event(demo_db, "Večer poezie se zhudebněnými texty").id)
    set_status(sm, poetry.id, EventStatus.PLANNED)  # back to planning: withdrawn from the public programme
    preview = releases.preview(sm, scope)
    by_title = {c.title: c for c in preview.changes}
    moved = by_title["Zahajovací koncert – Janáček a Martinů"]
    assert moved.kind is ChangeKind.MOVED
    assert moved.text == ("Přesunuto: Zahajovací koncert – Janáček a Martinů – so 12. 9. 2026 19:00, "
                          "Kostel sv. Václava (Dům umění) → ne 13. 9. 2026 18:00, Kostel sv. Václava (Dům umění)")
    retitled = by_title["Filmový večer: slezští dokumentaristé"]
    assert retitled.kind is ChangeKind.CHANGED
    assert "název: „Filmový večer: slezské dokumenty“ → „Filmový večer: slezští dokumentaristé“" in retitled.text
    assert by_title["Přednáška: Opava na starých pohlednicích"].kind is ChangeKind.CANCELLED
    perf = by_title["Závěrečný koncert festivalu"]
    assert perf.kind is ChangeKind.CHANGED and "Kvarteto Čtyři čápi (demo)" in perf.text
    assert by_title["Večer poezie se zhudebněnými texty"].kind is ChangeKind.REMOVED
    assert len(preview.changes) == 5
    assert releases.list_releases(sm)[0].number == 1  # a preview stores nothing
    done = releases.release(sm, scope, comment="Přesun zahájení")
    assert done.release is not None and done.release.number == 2
    assert done.release.changelog().splitlines()[0].startswith("Přesunuto: Zahajovací koncert")
    assert releases.preview(sm, scope).changes == ()


def _public(folder: Path) -> dict[str, str]:
    cal = vobject.readOne((folder / "public" / "bezrucova-opava.ics").read_text("utf-8"))
    return {v.summary.value: v.dtstart.value.isoformat() for v in cal.vevent_list}


def test_public_feeds_are_unchanged_by_unreleased_edits(demo_db: Database, tmp_path: Path) -> None:
    sm = demo_db.sm
    assert publish_feeds(sm, tmp_path, now=NOW).events > 0
    assert not (tmp_path / "public" / "bezrucova-opava.ics").read_text("utf-8").count("BEGIN:VEVENT")
    releases.release(sm, _bo(demo_db))
    publish_feeds(sm, tmp_path, now=NOW)
    released = _public(tmp_path)
    concert = _event(demo_db, "Zahajovací koncert – Janáček a Martinů")
    move_event(sm, concert.id, prague(2026, 9, 13, 18, 0))
    film = _event(demo_db, "Filmový večer: slezské dokumenty")
    update_event(sm, film.id, replace(film.to_draft(), title="Tajný pracovní název"))
    publish_feeds(sm, tmp_path, now=NOW)
    assert _public(tmp_path) == released  # work in progress never leaks
    internal = (tmp_path / "internal" / "bezrucova-opava.ics").read_text("utf-8")
    assert "Tajný pracovní název" in internal  # internal feeds stay live
    releases.release(sm, _bo(demo_db), comment="Nový termín zahájení")
    publish_feeds(sm, tmp_path, now=NOW)
    after = _public(tmp_path)
    assert after["Zahajovací koncert – Janáček a Martinů"].startswith("2026-09-13T18:00")
    assert "Tajný pracovní název" in after
    atom = (tmp_path / "public" / "zmeny-programu.atom").read_text("utf-8")
    assert "Zveřejnění č. 2: Bezručova Opava" in atom and "Nový termín zahájení" in atom
    assert "Přesunuto: Zahajovací koncert" in (tmp_path / "public" / "zmeny-programu.rss").read_text("utf-8")


def test_a_period_release_covers_only_its_days(demo_db: Database) -> None:
    sm = demo_db.sm
    december = ReleaseScope(first_day=dt.date(2026, 12, 1), last_day=dt.date(2026, 12, 31))
    result = releases.release(sm, december)
    titles = {c.title for c in result.changes}
    assert "Adventní koncert – barokní kantáty" in titles and "Živý betlém" in titles
    assert "Zahajovací koncert – Janáček a Martinů" not in titles
    released = {r.title for r in releases.released_events(sm)}
    assert "Zahajovací koncert – Janáček a Martinů" not in released
    assert "Vánoční trhy Opava 2026 (demo)" in released  # 27 Nov – 23 Dec overlaps December


def test_an_edition_release_covers_the_umbrella_and_its_items(demo_db: Database) -> None:
    sm = demo_db.sm
    umbrella = _event(demo_db, "XXIII. ročník – Opava 2026 (demo termíny)")
    result = releases.release(sm, ReleaseScope(edition_uid=umbrella.uid))
    assert len(result.changes) == 8 and result.scope_label == umbrella.title
    with pytest.raises(Exception):
        releases.release(sm, ReleaseScope(series_id=99999))
