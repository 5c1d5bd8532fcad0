"""Several events moved, copied or deleted at once: one operation, one history record, all or nothing."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from planner.errors import StaleEdit
from planner.services import event_batch, events, history
from planner.services.dto import EventDraft
from planner.services.event_batch import Placement
from planner.services.timeutil import prague


def _three(sm):
    return [events.create_event(sm, EventDraft(f"Koncert č. {i} – Čtvrtek", prague(2026, 12, 7 + i, 19),
                                               prague(2026, 12, 7 + i, 21))) for i in range(3)]


def test_move_of_three_is_one_operation_and_one_undo(sqlite_db):
    sm = sqlite_db.sm
    rows = _three(sm)
    with history.recording() as ops:
        moved = event_batch.move_events(sm, [Placement(r.id, r.start + dt.timedelta(days=7),
                                                       r.end + dt.timedelta(days=7)) for r in rows])
    assert len(ops) == 1
    assert ops[0].label == "Přesun akce: 3 akce"
    assert [m.start for m in moved] == [r.start + dt.timedelta(days=7) for r in rows]
    history.undo_operation(sm, ops[0].op_id)
    assert [events.get_event(sm, r.id).start for r in rows] == [r.start for r in rows]


def test_a_stale_one_refuses_the_whole_move(sqlite_db):
    sm = sqlite_db.sm
    rows = _three(sm)
    events.update_event(sm, rows[1].id, replace(rows[1].to_draft(), title="Změněno kolegou"))
    with pytest.raises(StaleEdit):
        event_batch.move_events(sm, [Placement(r.id, r.start + dt.timedelta(hours=1), r.end + dt.timedelta(hours=1),
                                               version=r.version) for r in rows])
    assert events.get_event(sm, rows[0].id).start == rows[0].start


def test_copy_keeps_title_and_length_and_delete_takes_all(sqlite_db):
    sm = sqlite_db.sm
    rows = _three(sm)
    new_ids = event_batch.copy_events(sm, [Placement(r.id, r.start + dt.timedelta(days=1), r.end + dt.timedelta(days=1))
                                           for r in rows])
    copies = events.get_events(sm, new_ids)
    assert [c.title for c in copies] == [r.title for r in rows]
    assert all(c.end - c.start == dt.timedelta(hours=2) for c in copies)
    assert len({c.uid for c in copies} | {r.uid for r in rows}) == 6
    with history.recording() as ops:
        gone = event_batch.delete_events(sm, new_ids)
    assert len(ops) == 1 and sorted(gone.ids) == sorted(new_ids)
    assert events.get_events(sm, new_ids) == []


def test_events_moved_together_clash_with_others_but_not_with_each_other(sqlite_db):
    from planner.services import venues
    from planner.services.dto import VenueDraft

    sm = sqlite_db.sm
    hall = venues.create_venue(sm, VenueDraft("Obecní dům – Sál purkmistrů"))
    a, b, other = (events.create_event(sm, EventDraft(title, prague(2026, 12, day, 19), prague(2026, 12, day, 21),
                                                       venue_id=hall.id))
                   for title, day in (("Adventní koncert", 8), ("Vánoční koncert", 9), ("Zpívání koled", 10)))
    rows = {r.id: r for r in (a, b)}
    # a and b swap days: each lands where the other was, which is no clash, since both move
    swap = [Placement(a.id, b.start, b.end), Placement(b.id, a.start, a.end)]
    assert event_batch.new_conflicts_of_placements(sm, swap, rows, copy=False) == []
    # a copied onto b's evening clashes with b, which stays
    found = event_batch.new_conflicts_of_placements(sm, [Placement(a.id, b.start, b.end)], rows, copy=True)
    assert {frozenset((c.a_id, c.b_id)) for c in found} and all(b.id in (c.a_id, c.b_id) for c in found)
    # a moved onto the third evening clashes with it
    found = event_batch.new_conflicts_of_placements(sm, [Placement(a.id, other.start, other.end)], rows, copy=False)
    assert any(other.id in (c.a_id, c.b_id) for c in found)
