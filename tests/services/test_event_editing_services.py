"""Services the event editor needs: validation without writing, performers, new clashes only."""

from __future__ import annotations

import pytest

from planner.errors import ValidationErrors
from planner.services import conflicts, events
from planner.services import venues as venue_service
from planner.services.dto import EventDraft, PerformerLink, VenueDraft
from planner.services.timeutil import prague


def _draft(**kw: object) -> EventDraft:
    base = EventDraft(title="Koncert", start=prague(2026, 6, 1, 19), end=prague(2026, 6, 1, 21))
    return base.with_changes(**kw)


def test_check_event_names_every_bad_field_and_writes_nothing(sm) -> None:  # type: ignore[no-untyped-def]
    bad = _draft(title=" ", end=prague(2026, 6, 1, 18), url="www.opava.cz", venue_id=999)
    with pytest.raises(ValidationErrors) as info:
        events.check_event(sm, bad)
    assert set(info.value.fields) == {"title", "end", "url", "venue"}
    assert events.count_events(sm) == 0


def test_check_event_accepts_a_valid_draft(sm) -> None:  # type: ignore[no-untyped-def]
    events.check_event(sm, _draft())
    assert events.count_events(sm) == 0


def test_check_event_refuses_own_child_as_parent(sm) -> None:  # type: ignore[no-untyped-def]
    parent = events.create_event(sm, _draft(title="Festival"))
    child = events.create_event(sm, _draft(title="Program", parent_id=parent.id))
    with pytest.raises(ValidationErrors) as info:
        events.check_event(sm, parent.to_draft().with_changes(parent_id=child.id), parent.id)
    assert "parent" in info.value.fields


def test_list_performers_in_czech_order(sm) -> None:  # type: ignore[no-untyped-def]
    names = ["Chrámový sbor", "Hradecký", "Čapek", "Cyril"]
    events.create_event(sm, _draft(performers=tuple(PerformerLink(name=n) for n in names)))
    assert [p.name for p in events.list_performers(sm)] == ["Cyril", "Čapek", "Hradecký", "Chrámový sbor"]


def test_new_conflicts_only_lists_clashes_the_change_adds(sm) -> None:  # type: ignore[no-untyped-def]
    hall = venue_service.create_venue(sm, VenueDraft(name="Sněmovní sál")).id
    church = venue_service.create_venue(sm, VenueDraft(name="Kostel sv. Ducha")).id
    events.create_event(sm, _draft(title="Přednáška", venue_id=hall))
    events.create_event(sm, _draft(title="Mše", venue_id=church))
    mine = events.create_event(sm, _draft(title="Zkouška", venue_id=hall))
    before = mine.to_draft()

    same_place = before.with_changes(description="jiný popis")
    assert conflicts.new_conflicts_for_draft(sm, same_place, mine.id, before=before) == []
    assert len(conflicts.conflicts_for_draft(sm, same_place, exclude_id=mine.id)) == 1

    moved = before.with_changes(venue_id=church)
    found = conflicts.new_conflicts_for_draft(sm, moved, mine.id, before=before)
    assert [(c.kind, c.b_title) for c in found] == [("venue", "Mše")]
    assert "Mše" in found[0].message

    fresh = _draft(title="Nová akce", venue_id=hall)
    assert sorted(c.b_title for c in conflicts.new_conflicts_for_draft(sm, fresh)) == ["Přednáška", "Zkouška"]
