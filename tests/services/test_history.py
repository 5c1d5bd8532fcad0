"""Change history and generic undo/redo: recording, own sequences, colleagues' changes, exact restores."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from planner.errors import StaleEdit
from planner.models import EventStatus, OpKind, RecordKind
from planner.services import events, history, markets, recording, suppliers, vendors
from planner.services.dto import (
    BookingDraft,
    EventDraft,
    FeeRule,
    PerformerLink,
    StallDraft,
    SupplyDraft,
    VendorDraft,
)
from planner.services.ical_import import IncomingEvent, import_events
from planner.services.timeutil import prague
from tests.services._dump import dump


def _draft(title="Adventní koncert", hours=2, **kw):
    start = prague(2026, 12, 9, 19)
    return EventDraft(title=title, start=start, end=start + dt.timedelta(hours=hours), **kw)


def test_a_service_call_is_one_recorded_operation_with_czech_text(sm):
    with history.recording() as ops:
        row = events.create_event(sm, _draft(performers=(PerformerLink("Žesťové kvinteto", fee=Decimal("12500.50")),)))
        events.update_event(sm, row.id, replace(row.to_draft(), title="Čtvrteční koncert – příliš žluťoučký"))
    assert [o.kind for o in ops] == [OpKind.EVENT_CREATE, OpKind.EVENT_UPDATE]
    assert ops[0].label == "Nová akce „Adventní koncert“"
    assert ops[0].touched[RecordKind.EVENT] == frozenset({row.id})
    assert RecordKind.PERFORMER in ops[0].touched
    last = history.last_change(sm, RecordKind.EVENT, row.id)
    assert last is not None and last.op_id == ops[1].op_id and last.action == "update"
    assert last.changes["title"] == ("Adventní koncert", "Čtvrteční koncert – příliš žluťoučký")
    assert last.who == history.actor() or last.who.startswith(history.actor() + " (")
    assert last.client_id == history.client_id()
    with sm() as s:  # the stored JSON keeps the letters as they are, on SQLite and PostgreSQL
        raw = s.execute(text("SELECT changes FROM history_entry WHERE op_id = :op"), {"op": ops[1].op_id}).scalar()
        created = s.execute(text("SELECT row_values FROM history_entry WHERE op_id = :op AND table_name = "
                                 "'event_performer'"), {"op": ops[0].op_id}).scalar()
    assert "Čtvrteční koncert – příliš žluťoučký" in raw and "\\u" not in raw
    assert '"fee":"12500.50"' in created
    assert [r.op_kind for r in history.record_history(sm, RecordKind.EVENT, row.id)] == [
        OpKind.EVENT_UPDATE, OpKind.EVENT_CREATE, OpKind.EVENT_CREATE]


def test_own_sequence_create_move_resize_undo_undo_redo_redo(sm):
    with history.recording() as ops:
        row = events.create_event(sm, _draft())
        moved = events.move_event(sm, row.id, row.start + dt.timedelta(hours=1))
        resized = events.move_event(sm, row.id, moved.start, moved.end + dt.timedelta(minutes=30))
    create, move, resize = ops
    assert (move.kind, resize.kind) == (OpKind.EVENT_MOVE, OpKind.EVENT_RESIZE)
    assert move.label == "Přesun akce „Adventní koncert“"
    states = [dump(sm)]
    u1 = history.undo_operation(sm, resize.op_id)
    assert u1.kind is OpKind.UNDO and u1.label == "Zpět: Změna délky akce „Adventní koncert“"
    assert events.get_event(sm, row.id).end == moved.end
    history.undo_operation(sm, move.op_id)
    back = events.get_event(sm, row.id)
    assert (back.start, back.end) == (row.start, row.end)
    assert back.sequence > resized.sequence  # subscribers see the correction as newer
    history.redo_operation(sm, move.op_id)
    history.redo_operation(sm, resize.op_id)
    again = events.get_event(sm, row.id)
    assert (again.start, again.end) == (resized.start, resized.end)
    assert dump(sm) == states[0]
    # and undo all the way, including the creation
    history.undo_operation(sm, resize.op_id)
    history.undo_operation(sm, move.op_id)
    history.undo_operation(sm, create.op_id)
    assert events.list_events(sm) == []
    history.redo_operation(sm, create.op_id)
    assert events.get_event(sm, row.id).uid == row.uid


def test_undo_twice_or_redo_an_applied_step_is_refused(sm):
    with history.recording() as ops:
        events.create_event(sm, _draft())
    history.undo_operation(sm, ops[0].op_id)
    with pytest.raises(history.UndoRefused, match="už byl vrácen"):
        history.undo_operation(sm, ops[0].op_id)
    history.redo_operation(sm, ops[0].op_id)
    with pytest.raises(history.UndoRefused, match="není vrácen"):
        history.redo_operation(sm, ops[0].op_id)


def test_undo_bumps_the_version_so_an_editor_opened_before_it_is_stale(sm):
    with history.recording() as ops:
        row = events.create_event(sm, _draft())
        moved = events.move_event(sm, row.id, row.start + dt.timedelta(hours=1))
    history.undo_operation(sm, ops[1].op_id)
    with pytest.raises(StaleEdit):
        events.update_event(sm, row.id, replace(moved.to_draft(), title="X"), version=moved.version)


def _market_with_everything(sm):
    m = markets.create_market(sm, EventDraft.all_day_event("Vánoční trhy", dt.date(2026, 11, 27),
                                                           dt.date(2026, 12, 23)),
                              fee_rule=FeeRule(per_day=Decimal("300")))
    markets.set_day_hours(sm, m.event_id, dt.date(2026, 12, 24 - 1), dt.time(10), dt.time(14), "Štědrý den")
    stall = markets.create_stall(sm, m.event_id, StallDraft("A01", power_kw=Decimal("3.5"), x_m=12.25))
    v = vendors.create_vendor(sm, VendorDraft(name="Medový vánek", consent_date=dt.date(2026, 1, 5)))
    markets.create_booking(sm, BookingDraft(stall.id, v.id, dt.date(2026, 11, 27), dt.date(2026, 12, 1),
                                            paid_on=dt.date(2026, 11, 20)))
    item = events.create_event(sm, _draft("Jarmark – zahájení", parent_id=m.event_id,
                                          performers=(PerformerLink("Dětský sbor Domino", role="sbor", fee=Decimal("800")),)))
    suppliers.add_supply(sm, SupplyDraft(item.id, v.id, "Ozvučení", Decimal("1500")))
    return m


def test_undo_of_a_delete_restores_the_same_ids_uids_and_dependents(sm):
    m = _market_with_everything(sm)
    before = dump(sm)
    with history.recording() as ops:
        events.delete_event_with_snapshot(sm, m.event_id)
    after = dump(sm)
    assert after["stall_booking"] == [] and after["event_supplier"] == [] and after["market_hours"] == []
    tables = {r.table_name for r in history.operation_rows(sm, ops[0].op_id)}
    assert tables >= {"event", "market", "market_hours", "stall", "stall_booking", "event_performer", "event_supplier"}
    history.undo_operation(sm, ops[0].op_id)
    assert dump(sm) == before
    history.redo_operation(sm, ops[0].op_id)
    assert dump(sm) == after
    history.undo_operation(sm, ops[0].op_id)
    assert dump(sm) == before
    restored = events.get_event(sm, m.event_id)
    assert restored.status is EventStatus.PLANNED and restored.uid == events.get_event(sm, m.event_id).uid
    assert markets.get_market(sm, m.event_id).hours[0].note == "Štědrý den"


def _incoming(uid, title, day):
    start = prague(2026, 12, day, 18)
    return IncomingEvent(uid=uid, title=title, start=start, end=start + dt.timedelta(hours=2))


def _colleague(sm):
    return history.as_client(sm, client="colleague-client", who="Jana Nováková")


def test_undo_of_an_import_after_a_colleague_edited_one_of_its_events_is_refused(sm):
    with history.recording() as ops:
        report = import_events(sm, [_incoming("a@x", "Koncert A", 1), _incoming("b@x", "Koncert B", 2)],
                               source="outlook.ics")
    assert ops[0].label == "Import 2 akcí z outlook.ics"
    other = _colleague(sm)
    b_id = next(i.event_id for i in report.items if i.uid == "b@x")
    b = events.get_event(other, b_id)
    events.update_event(other, b_id, replace(b.to_draft(), description="Přidala Jana"), version=b.version)
    before = dump(sm)
    with pytest.raises(history.UndoRefused) as exc:
        history.undo_operation(sm, ops[0].op_id)
    assert exc.value.who == "Jana Nováková" or exc.value.who.startswith("Jana Nováková (")
    assert exc.value.record_label == "Koncert B"
    assert exc.value.message.startswith("Akci „Koncert B“ mezitím změnil(a) Jana Nováková")
    assert exc.value.message.endswith("krok nelze vrátit, nic nebylo přepsáno.")
    assert dump(sm) == before  # nothing written, no operation recorded
    assert len(history.list_history(sm, history.HistoryQuery(kind=RecordKind.EVENT))) == 3


def test_a_colleagues_change_they_undid_themselves_does_not_block(sm):
    with history.recording() as ops:
        report = import_events(sm, [_incoming("a@x", "Koncert A", 1)])
    other = _colleague(sm)
    a_id = report.items[0].event_id
    a = events.get_event(other, a_id)
    with history.recording() as theirs:
        events.update_event(other, a_id, replace(a.to_draft(), title="Koncert Á"), version=a.version)
    history.undo_operation(other, theirs[0].op_id)
    history.undo_operation(sm, ops[0].op_id)
    assert events.list_events(sm) == []


def test_own_edit_of_other_fields_from_another_page_does_not_block_undo(sm):
    with history.recording() as ops:
        row = events.create_event(sm, _draft())
        moved = events.move_event(sm, row.id, row.start + dt.timedelta(days=1))
        events.update_event(sm, row.id, replace(moved.to_draft(), description="Poznámka"))
    history.undo_operation(sm, ops[1].op_id)  # the move, not the last step
    got = events.get_event(sm, row.id)
    assert got.start == row.start and got.description == "Poznámka"
    with pytest.raises(history.UndoRefused):
        history.undo_operation(sm, ops[0].op_id)  # creating it again would drop the description


def test_undo_of_a_create_refuses_to_cascade_to_a_colleagues_rows(sm):
    with history.recording() as ops:
        report = import_events(sm, [_incoming("a@x", "Koncert A", 1)])
    a_id = report.items[0].event_id
    other = _colleague(sm)
    v = vendors.create_vendor(other, VendorDraft(name="Zvuk s.r.o."))
    suppliers.add_supply(other, SupplyDraft(a_id, v.id, "Ozvučení"))
    with pytest.raises(history.UndoRefused, match="Jana Nováková"):
        history.undo_operation(sm, ops[0].op_id)
    assert len(events.list_events(sm)) == 1


def test_a_write_that_names_no_operation_fails_in_strict_mode(sm):
    from planner.models import Venue

    assert recording.STRICT
    with pytest.raises(recording.UnnamedOperation):
        with sm.begin() as s:
            s.add(Venue(name="Kino Mír"))
    with sm() as s:
        assert s.scalars(select(Venue)).all() == []


def test_actor_name_from_the_settings_is_recorded(sm):
    history.set_actor("Petr Svoboda")
    try:
        with history.recording() as ops:
            vendors.create_vendor(sm, VendorDraft(name="Pekárna"))
    finally:
        history.set_actor(None)
    row = history.list_history(sm, history.HistoryQuery(op_id=ops[0].op_id))[0]
    assert row.who == "Petr Svoboda" or row.who.startswith("Petr Svoboda (")
    if sm.kw["bind"].dialect.name == "postgresql":
        assert row.who.endswith(")")  # the database role


def test_list_history_filters_newest_first(sm):
    from planner.services import series as series_service
    from planner.services.dto import SeriesDraft

    s1 = series_service.create_series(sm, SeriesDraft("Bezručova Opava"))
    history.set_actor("Jana Nováková")
    try:
        in_series = events.create_event(sm, _draft("Zahájení festivalu", series_id=s1.id))
    finally:
        history.set_actor(None)
    cut = dt.datetime.now(dt.timezone.utc)
    other = events.create_event(sm, _draft("Koncert mimo řadu"))
    vendors.create_vendor(sm, VendorDraft(name="Pekárna"))
    everything = history.list_history(sm, history.HistoryQuery())
    assert [r.entry_id for r in everything] == sorted((r.entry_id for r in everything), reverse=True)
    assert {r.record_label for r in history.list_history(sm, history.HistoryQuery(series_id=s1.id))} == {
        "Zahájení festivalu"}
    assert {r.record_id for r in history.list_history(sm, history.HistoryQuery(who="nováková"))} == {in_series.id}
    since = history.list_history(sm, history.HistoryQuery(since=cut))
    assert {(r.record_kind, r.record_label) for r in since} == {(RecordKind.EVENT, "Koncert mimo řadu"),
                                                               (RecordKind.VENDOR, "Pekárna")}
    assert {r.record_id for r in history.list_history(sm, history.HistoryQuery(kind=RecordKind.EVENT))} == {
        in_series.id, other.id}
    assert len(history.list_history(sm, history.HistoryQuery(limit=2))) == 2
    assert "Jana Nováková" in " ".join(history.people(sm))


def test_anonymising_a_vendor_scrubs_their_old_values_from_the_log(sm):
    from planner.models import HistoryEntry

    v = vendors.create_vendor(sm, VendorDraft(name="Medový vánek", contact_person="Jiří Šťastný",
                                              phone="723000101", email="jiri@medovy.example"))
    vendors.update_vendor(sm, v.id, VendorDraft(name="Medový vánek", contact_person="Jiří Šťastný",
                                                phone="604111222", email="jiri@medovy.example"))
    held = vendors.personal_data(sm, v.id)["history"]
    assert {h["action"] for h in held} == {"create", "update"}
    assert any(h["values"].get("phone") == "+420 723 000 101" for h in held)  # the export lists what the log holds
    with history.recording() as ops:
        vendors.anonymise_vendor(sm, v.id)
    with sm() as s:
        raw = " ".join(f"{c} {r}" for c, r in s.execute(text(
            "SELECT changes, row_values FROM history_entry WHERE table_name = 'vendor'")).all())
        count = s.execute(select(HistoryEntry.id).where(HistoryEntry.table_name == "vendor")).all()
    for personal in ("Jiří Šťastný", "723 000 101", "604 111 222", "jiri@medovy.example"):
        assert personal not in raw
    assert len(count) == 3  # the entries stay, without the personal values
    assert vendors.personal_data(sm, v.id)["history"] == [] or all(
        set(h["values"].values()) <= {recording.SCRUBBED, "", None} for h in vendors.personal_data(sm, v.id)["history"])
    with pytest.raises(history.UndoRefused, match="anonymizovány"):
        history.undo_operation(sm, ops[0].op_id)
