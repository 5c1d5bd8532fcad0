"""Every path that finds conflicts applies the same rule: a property test over random event sets.

The paths: the SQL self-joins over a range (find_conflicts), the sweep over loaded
rows (conflicts_for_range with full and with calendar rows), one saved event
(conflicts_for_event) and a draft before saving (conflicts_for_draft). The oracle is
the pure predicate ``clash`` applied to every pair sharing a venue or a performer.
"""

from __future__ import annotations

import datetime as dt
import shutil
import uuid
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.db import open_database
from planner.models.enums import EventStatus
from planner.services import conflicts, events
from planner.services.conflicts import Slot, clash
from planner.services.dto import ConflictKind, EventDraft, EventQuery, PerformerLink, VenueDraft
from planner.services.timeutil import prague, range_bounds
from planner.services.venues import create_venue

PERFORMERS = ("Jan Novák", "Žaneta Čechová", "Duo Šeptem")
FIRST, LAST = dt.date(2026, 10, 24), dt.date(2026, 10, 26)  # over the change to winter time

event_spec = st.fixed_dictionaries({
    "day": st.integers(0, 2),
    "quarter": st.integers(0, 95),
    "quarters": st.integers(1, 24),
    "venue": st.sampled_from((None, 0, 1)),
    "performers": st.sets(st.sampled_from(PERFORMERS), max_size=2),
    "cancelled": st.booleans(),
    "parent": st.one_of(st.none(), st.integers(0, 10)),
})


def _fresh(template: Path, folder: Path):
    path = folder / f"{uuid.uuid4().hex}.sqlite3"
    shutil.copyfile(template, path)
    return open_database(f"sqlite:///{path}")


def _oracle(rows) -> set[tuple[str, int, int, str]]:
    out = set()
    for i, a in enumerate(rows):
        for b in rows[i + 1:]:
            x = Slot(a.id, a.start, a.end, a.parent_id, a.status is not EventStatus.CANCELLED)
            y = Slot(b.id, b.start, b.end, b.parent_id, b.status is not EventStatus.CANCELLED)
            if not clash(x, y):
                continue
            lo, hi = sorted((a.id, b.id))
            if a.venue_id is not None and a.venue_id == b.venue_id:
                out.add((ConflictKind.VENUE, lo, hi, a.venue_name))
            shared = {p.name for p in a.performers} & {p.name for p in b.performers}
            out |= {(ConflictKind.PERFORMER, lo, hi, name) for name in shared}
    return out


def _keys(found) -> set[tuple[str, int, int, str]]:
    return {(c.kind, c.a_id, c.b_id, c.where) for c in found}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(specs=st.lists(event_spec, min_size=2, max_size=9))
def test_every_conflict_path_agrees_with_the_rule(specs, _templates, tmp_path) -> None:
    db = _fresh(_templates["empty"], tmp_path)
    try:
        sm = db.sm
        venues = [create_venue(sm, VenueDraft(name=n)).id for n in ("Obecní dům", "Kostel sv. Ducha")]
        ids: list[int] = []
        days: list[dt.date] = []
        for n, spec in enumerate(specs):
            day = FIRST + dt.timedelta(days=spec["day"])
            parent = ids[spec["parent"]] if spec["parent"] is not None and spec["parent"] < len(ids) else None
            if parent is not None:  # a programme item starts on its edition's first day (lies within it)
                day = days[spec["parent"]]
            days.append(day)
            start = prague(day.year, day.month, day.day) + dt.timedelta(minutes=15 * spec["quarter"])
            created = events.create_event(sm, EventDraft(
                f"Akce {n}", start, start + dt.timedelta(minutes=15 * spec["quarters"]),
                status=EventStatus.CANCELLED if spec["cancelled"] else EventStatus.PLANNED,
                venue_id=None if spec["venue"] is None else venues[spec["venue"]], parent_id=parent,
                performers=tuple(PerformerLink(p) for p in sorted(spec["performers"])),
            ))
            ids.append(created.id)
        start, end = range_bounds(FIRST - dt.timedelta(days=1), LAST + dt.timedelta(days=1))
        rows = events.list_events(sm, EventQuery(start=start, end=end, include_cancelled=True))
        expected = _oracle(rows)

        by_sql = conflicts.find_conflicts(sm, start, end)
        assert _keys(by_sql) == expected
        first, last = FIRST - dt.timedelta(days=1), LAST + dt.timedelta(days=1)
        assert _keys(conflicts.conflicts_for_range(sm, first, last, rows)) == expected
        view_rows = events.list_view_events(sm, EventQuery(start=start, end=end, include_cancelled=True))
        assert _keys(conflicts.conflicts_for_range(sm, first, last, view_rows)) == expected
        assert [c for c in by_sql] == sorted(by_sql, key=lambda c: (conflicts.instant(c), c.a_id, c.b_id))

        for row in rows:
            mine = {k for k in expected if row.id in (k[1], k[2])}
            assert _keys(conflicts.conflicts_for_event(sm, row.id)) == mine
            as_draft = conflicts.conflicts_for_draft(sm, row.to_draft(), exclude_id=row.id)
            others = {(kind, a if b == row.id else b, where) for kind, a, b, where in mine}
            assert {(c.kind, c.b_id, c.where) for c in as_draft} == others
    finally:
        db.dispose()


def test_the_rule() -> None:
    t = prague(2026, 12, 9, 18)
    hour = dt.timedelta(hours=1)
    assert clash(Slot(1, t, t + 2 * hour), Slot(2, t + hour, t + 3 * hour))
    assert not clash(Slot(1, t, t + hour), Slot(2, t + hour, t + 2 * hour))  # touching
    assert not clash(Slot(1, t, t + 2 * hour), Slot(2, t, t + hour, parent_id=1))  # its own edition
    assert not clash(Slot(1, t, t + 2 * hour, parent_id=2), Slot(2, t, t + hour))
    assert not clash(Slot(1, t, t + 2 * hour), Slot(2, t, t + hour, live=False))  # cancelled
    assert not clash(Slot(1, t, t + 2 * hour), Slot(1, t, t + 2 * hour))  # itself
    day = dt.date(2026, 12, 1)
    assert clash(Slot(1, day, day + dt.timedelta(days=1)), Slot(2, day, day + dt.timedelta(days=3)))
