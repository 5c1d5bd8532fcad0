"""EventController + undo commands: every edit changes the DB row, undo/redo restore it exactly."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import replace
from collections.abc import Callable
from decimal import Decimal

import pytest

from planner.models.enums import RecordKind
from planner.errors import NotFound, PlannerError
from planner.models.enums import EventCategory, EventStatus
from planner.services import events as event_service
from planner.services import venues as venue_service
from planner.services.dto import EventDraft, EventRow, PerformerLink, VenueDraft
from planner.services.timeutil import local_midnight, prague
from planner.ui import messages
from planner.ui.changes import Change
from planner.ui.context import AppContext
from planner.ui.events import dialog as dialog_module
from planner.ui.intents import KEEP_VENUE
from planner.ui.events.controller import EventController


Comparable = Callable[[EventRow], EventRow]


@pytest.fixture
def errors_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, text, title=None: shown.append(text))
    return shown


@pytest.fixture
def changes(ctx: AppContext) -> list[Change]:
    seen: list[Change] = []
    ctx.bus.changed.connect(seen.append)
    return seen


def _venue(ctx: AppContext, name: str) -> int:
    return venue_service.create_venue(ctx.sm, VenueDraft(name=name)).id


def _concert(ctx: AppContext, venue_id: int | None = None, **kw: object) -> EventRow:
    draft = EventDraft(
        title="Varhanní koncert", start=prague(2026, 10, 24, 19), end=prague(2026, 10, 24, 21),
        category=EventCategory.CLASSICAL_CONCERT, venue_id=venue_id,
        performers=(PerformerLink(name="Jan Čapek", role="varhany", fee=Decimal("12000")),),
    )
    return event_service.create_event(ctx.sm, replace(draft, **kw))


def _answer_dialog(monkeypatch: pytest.MonkeyPatch, result: EventDraft | None, calls: list[tuple] | None = None) -> None:
    """The editor, answered: Save with ``result`` (None = Cancel); a failed save is then cancelled."""

    def ask(cls: object, parent: object, ctx: object, draft: EventDraft, event_id: int | None = None,
            *, save: Callable[[EventDraft], int], actions: object = None) -> int | None:
        if calls is not None:
            calls.append((draft, event_id))
        if result is None:
            return None
        try:
            return save(result)
        except PlannerError:
            return None

    monkeypatch.setattr(dialog_module.EventDialog, "ask", classmethod(ask))


def test_create_writes_row_and_undo_redo_keep_id_and_uid(
    controller: EventController, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, changes: list[Change],
    comparable: Comparable,
) -> None:
    start, end = prague(2026, 5, 9, 19), prague(2026, 5, 9, 21)
    calls: list[tuple] = []
    _answer_dialog(monkeypatch, EventDraft(title="Bezručova Opava – zahájení", start=start, end=end), calls)
    new_id = controller.create(start, end, None)
    assert new_id is not None
    assert calls[0][0].start == start and calls[0][0].all_day is False
    row = event_service.get_event(ctx.sm, new_id)
    assert row.title == "Bezručova Opava – zahájení"
    assert changes[-1].touched == {RecordKind.EVENT: {new_id}}
    assert ctx.undo.active().count() == 1

    ctx.undo.undo()
    with pytest.raises(NotFound):
        event_service.get_event(ctx.sm, new_id)
    ctx.undo.redo()
    again = event_service.get_event(ctx.sm, new_id)
    assert (again.id, again.uid) == (row.id, row.uid)
    assert comparable(again) == comparable(row)


def test_create_from_whole_days_opens_all_day_draft(
    controller: EventController, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple] = []
    _answer_dialog(monkeypatch, None, calls)
    assert controller.create(local_midnight(dt.date(2026, 12, 1)), local_midnight(dt.date(2026, 12, 3)), 7) is None
    draft = calls[0][0]
    assert draft.all_day and draft.venue_id == 7
    assert ctx.undo.active().count() == 0  # cancelled: nothing written, nothing to undo
    assert event_service.count_events(ctx.sm) == 0


def test_new_event_defaults_to_next_full_hour_today(
    controller: EventController, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple] = []
    _answer_dialog(monkeypatch, None, calls)
    monkeypatch.setattr(controller, "now", lambda: prague(2026, 11, 26, 9, 40))
    controller.new_event()
    draft = calls[0][0]
    assert (draft.start, draft.end) == (prague(2026, 11, 26, 10), prague(2026, 11, 26, 11))


@pytest.mark.parametrize(
    ("now", "start"),
    [
        # 2:30 CEST in the autumn night: the next full hour is 2:00 CET, not 3:00 CET
        (dt.datetime(2026, 10, 25, 0, 30, tzinfo=dt.timezone.utc), dt.datetime(2026, 10, 25, 1, tzinfo=dt.timezone.utc)),
        # 1:30 CET in the spring night: the next full hour is 3:00 CEST
        (prague(2026, 3, 29, 1, 30), prague(2026, 3, 29, 3)),
    ],
)
def test_new_event_in_the_dst_nights_starts_one_real_hour_boundary_later(
    controller: EventController, monkeypatch: pytest.MonkeyPatch, now: dt.datetime, start: dt.datetime
) -> None:
    calls: list[tuple] = []
    _answer_dialog(monkeypatch, None, calls)
    monkeypatch.setattr(controller, "now", lambda: now)
    controller.new_event()
    draft = calls[0][0]
    assert (draft.start, draft.end) == (start, start + dt.timedelta(hours=1))


def test_edit_saves_one_step_and_undo_restores_every_field(
    controller: EventController, ctx: AppContext, monkeypatch: pytest.MonkeyPatch,
    comparable: Comparable,
) -> None:
    hall = _venue(ctx, "Obecní dům – Sál purkmistrů")
    before = _concert(ctx, hall)
    edited = replace(before.to_draft(),
        title="Varhanní koncert – změna", status=EventStatus.CONFIRMED, description="Nový popis",
        performers=(PerformerLink(name="Kateřina Chroboková", role="varhany"),),
    )
    _answer_dialog(monkeypatch, edited)
    assert controller.edit(before.id)
    after = event_service.get_event(ctx.sm, before.id)
    assert after.title == "Varhanní koncert – změna"
    assert [p.name for p in after.performers] == ["Kateřina Chroboková"]
    assert ctx.undo.active().undoText().startswith("Upravit")  # Czech: the catalog speaks Czech without any translator

    ctx.undo.undo()
    assert comparable(event_service.get_event(ctx.sm, before.id)) == comparable(before)
    ctx.undo.redo()
    assert comparable(event_service.get_event(ctx.sm, before.id)) == comparable(after)


def test_edit_without_changes_pushes_nothing(
    controller: EventController, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = _concert(ctx)
    _answer_dialog(monkeypatch, row.to_draft())
    assert not controller.edit(row.id)
    assert ctx.undo.active().count() == 0


def test_move_changes_row_and_undo_restores_it(controller: EventController, ctx: AppContext, comparable: Comparable) -> None:
    before = _concert(ctx)
    new_start, new_end = prague(2026, 10, 25, 18), prague(2026, 10, 25, 20)  # across the DST change
    assert controller.move(before.id, new_start, new_end, KEEP_VENUE, False) == before.id
    moved = event_service.get_event(ctx.sm, before.id)
    assert (moved.start, moved.end) == (new_start, new_end)
    assert moved.sequence == before.sequence + 1  # subscribers see the new time
    ctx.undo.undo()
    assert comparable(event_service.get_event(ctx.sm, before.id)) == comparable(before)
    ctx.undo.redo()
    assert event_service.get_event(ctx.sm, before.id).start == new_start


def test_resize_changes_only_the_end(controller: EventController, ctx: AppContext) -> None:
    before = _concert(ctx)
    controller.move(before.id, before.start, before.end + dt.timedelta(minutes=45), KEEP_VENUE, False)
    row = event_service.get_event(ctx.sm, before.id)
    assert (row.start, row.end) == (before.start, before.end + dt.timedelta(minutes=45))
    assert ctx.undo.active().undoText().startswith("Změnit čas")
    ctx.undo.undo()
    assert event_service.get_event(ctx.sm, before.id).end == before.end


def test_move_to_another_venue_row(controller: EventController, ctx: AppContext) -> None:
    a, b = _venue(ctx, "Kostel sv. Václava"), _venue(ctx, "Minoritský klášter – Sněmovní sál")
    before = _concert(ctx, a)
    controller.move(before.id, before.start, before.end, b, False)
    assert event_service.get_event(ctx.sm, before.id).venue_id == b
    ctx.undo.undo()
    assert event_service.get_event(ctx.sm, before.id).venue_id == a


def test_copy_creates_a_new_event_and_undo_removes_it(controller: EventController, ctx: AppContext, comparable: Comparable) -> None:
    original = _concert(ctx)
    start = original.start + dt.timedelta(days=7)
    copy_id = controller.move(original.id, start, start + dt.timedelta(hours=2), KEEP_VENUE, True)
    assert copy_id is not None and copy_id != original.id
    copy = event_service.get_event(ctx.sm, copy_id)
    assert copy.uid != original.uid
    assert (copy.title, copy.start, [p.name for p in copy.performers]) == (
        original.title, start, ["Jan Čapek"]
    )
    assert comparable(event_service.get_event(ctx.sm, original.id)) == comparable(original)
    ctx.undo.undo()
    with pytest.raises(NotFound):
        event_service.get_event(ctx.sm, copy_id)


def test_move_into_a_clash_asks_and_no_keeps_the_row(
    controller: EventController, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, changes: list[Change]
) -> None:
    hall = _venue(ctx, "Obecní dům – Sál purkmistrů")
    other = _concert(ctx, hall, title="Komorní večer", performers=())
    mine = _concert(ctx, hall, start=prague(2026, 10, 23, 19), end=prague(2026, 10, 23, 21), performers=())
    questions: list[str] = []
    monkeypatch.setattr(messages, "ask_yes_no", lambda parent, text, title=None, **kw: questions.append(text) or False)
    assert controller.move(mine.id, other.start, other.end, KEEP_VENUE, False) is None
    assert "Komorní večer" in questions[0]
    assert event_service.get_event(ctx.sm, mine.id).start == mine.start
    assert ctx.undo.active().count() == 0
    assert changes[-1].touched == {RecordKind.EVENT: {mine.id}}  # views snap the dragged event back

    monkeypatch.setattr(messages, "ask_yes_no", lambda parent, text, title=None, **kw: True)
    controller.move(mine.id, other.start, other.end, KEEP_VENUE, False)
    assert event_service.get_event(ctx.sm, mine.id).start == other.start


def test_move_within_an_existing_clash_does_not_ask_again(
    controller: EventController, ctx: AppContext, asked: list[str]
) -> None:
    hall = _venue(ctx, "Kino Mír")
    _concert(ctx, hall, title="Film", performers=())
    mine = _concert(ctx, hall, performers=())
    controller.move(mine.id, mine.start + dt.timedelta(minutes=15), mine.end + dt.timedelta(minutes=15), KEEP_VENUE, False)
    assert asked == []
    assert event_service.get_event(ctx.sm, mine.id).start == mine.start + dt.timedelta(minutes=15)


def test_invalid_move_shows_the_error_and_pushes_nothing(
    controller: EventController, ctx: AppContext, errors_shown: list[str]
) -> None:
    row = _concert(ctx)
    controller.move(row.id, row.end, row.start, KEEP_VENUE, False)
    assert errors_shown and "Konec" in errors_shown[0]
    assert ctx.undo.active().count() == 0
    assert event_service.get_event(ctx.sm, row.id).start == row.start


def test_delete_asks_and_undo_restores_same_id_uid_and_children(
    controller: EventController, ctx: AppContext, asked: list[str], changes: list[Change],
    comparable: Comparable,
) -> None:
    edition = event_service.create_event(
        ctx.sm, EventDraft.all_day_event("Bezručova Opava 2026", dt.date(2026, 9, 1), dt.date(2026, 9, 12),
                                         category=EventCategory.FESTIVAL),
    )
    item = _concert(ctx, parent_id=edition.id, start=prague(2026, 9, 3, 19), end=prague(2026, 9, 3, 21))
    assert controller.delete(edition.id)
    assert "Bezručova Opava 2026" in asked[0] and "1" in asked[0]
    assert event_service.count_events(ctx.sm) == 0
    assert changes[-1].touched == {RecordKind.EVENT: {edition.id, item.id}}

    ctx.undo.undo()
    back = event_service.get_event(ctx.sm, edition.id)
    assert (back.id, back.uid) == (edition.id, edition.uid)
    assert comparable(back) == comparable(edition)
    back_item = event_service.get_event(ctx.sm, item.id)
    assert comparable(back_item) == comparable(item)
    assert back_item.performers == item.performers

    ctx.undo.redo()
    assert event_service.count_events(ctx.sm) == 0


def test_delete_refused_keeps_the_row(
    controller: EventController, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = _concert(ctx)
    monkeypatch.setattr(messages, "ask_yes_no", lambda *a, **kw: False)
    assert not controller.delete(row.id)
    assert event_service.get_event(ctx.sm, row.id).id == row.id
    assert ctx.undo.active().count() == 0


def test_undo_of_an_event_a_colleague_deleted_meanwhile_is_refused_and_the_step_stays(
    controller: EventController, ctx: AppContext, colleague, errors_shown: list[str]
) -> None:
    row = _concert(ctx)
    controller.move(row.id, row.start + dt.timedelta(hours=1), row.end + dt.timedelta(hours=1), KEEP_VENUE, False)
    event_service.delete_event_with_snapshot(colleague, row.id)  # a colleague on the shared database
    ctx.undo.undo()
    assert errors_shown and "Varhanní koncert" in errors_shown[0]
    assert event_service.count_events(ctx.sm) == 0  # nothing brought back over the deletion
    assert ctx.undo.active().count() == 1 and ctx.undo.active().index() == 1  # the step stays where it is


def test_edit_of_missing_event_shows_error(controller: EventController, errors_shown: list[str]) -> None:
    assert not controller.edit(999)
    assert errors_shown


def test_edit_over_a_concurrent_change_asks_before_overwriting(
    controller: EventController, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = _concert(ctx)

    def ask(cls: object, parent: object, c: object, draft: EventDraft, event_id: int | None = None,
            *, save: Callable[[EventDraft], int], actions: object = None) -> int | None:
        # a colleague saves the same event while the editor is open
        event_service.update_event(ctx.sm, row.id, replace(row.to_draft(), description="od kolegy"))
        try:
            return save(replace(draft, title="Můj název"))
        except PlannerError:
            return None  # the editor said why and kept the input; the user cancels

    monkeypatch.setattr(dialog_module.EventDialog, "ask", classmethod(ask))
    answers = [False, True]
    questions: list[str] = []
    monkeypatch.setattr(messages, "ask_yes_no", lambda parent, text, title=None, **kw: questions.append(text) or answers.pop(0))
    assert not controller.edit(row.id)
    assert "Varhanní koncert" in questions[0]
    assert event_service.get_event(ctx.sm, row.id).title == "Varhanní koncert"
    assert ctx.undo.active().count() == 0
    assert controller.edit(row.id)
    assert event_service.get_event(ctx.sm, row.id).title == "Můj název"
    assert ctx.undo.active().count() == 1


def test_undo_of_deleting_a_market_brings_back_its_stalls_and_bookings(
    controller: EventController, ctx: AppContext, asked: list[str]
) -> None:
    from planner.models.enums import BookingStatus
    from planner.services import markets, vendors
    from planner.services.dto import BookingDraft, StallDraft, VendorDraft

    market = markets.create_market(
        ctx.sm, EventDraft.all_day_event("Velikonoční trhy 2027", dt.date(2027, 3, 20), dt.date(2027, 3, 28)),
    )
    stall = markets.create_stall(ctx.sm, market.event_id, StallDraft(code="B07"))
    vendor = vendors.create_vendor(ctx.sm, VendorDraft(name="Perníkárna Opava"))
    markets.create_booking(ctx.sm, BookingDraft(
        stall_id=stall.id, vendor_id=vendor.id, first_day=dt.date(2027, 3, 20), last_day=dt.date(2027, 3, 28),
        status=BookingStatus.APPROVED,
    ))
    stalls, bookings = markets.list_stalls(ctx.sm, market.event_id), markets.list_bookings(ctx.sm, market.event_id)
    assert controller.delete(market.event_id)
    assert markets.list_bookings(ctx.sm) == []
    ctx.undo.undo()

    def unversioned(rows):
        return [dataclasses.replace(r, version=0) for r in rows]  # an undo writes version + 1

    assert unversioned(markets.list_stalls(ctx.sm, market.event_id)) == unversioned(stalls)
    assert unversioned(markets.list_bookings(ctx.sm, market.event_id)) == unversioned(bookings)
    ctx.undo.redo()
    assert markets.list_bookings(ctx.sm) == []


def test_an_event_of_category_market_becomes_a_market(
    controller: EventController, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.services import markets

    draft = EventDraft.all_day_event("Jarmark na Dolním náměstí", dt.date(2027, 5, 1), dt.date(2027, 5, 2),
                                     category=EventCategory.MARKET)
    _answer_dialog(monkeypatch, draft)
    new_id = controller.create(draft.start, draft.end, None)
    assert [m.event_id for m in markets.list_markets(ctx.sm)] == [new_id]
    ctx.undo.undo()
    assert markets.list_markets(ctx.sm) == []
    ctx.undo.redo()
    assert [m.title for m in markets.list_markets(ctx.sm)] == ["Jarmark na Dolním náměstí"]


def test_ctrl_drag_copy_of_a_market_takes_its_layout(controller: EventController, ctx: AppContext) -> None:
    from planner.services import markets
    from planner.services.dto import StallDraft

    source = markets.create_market(
        ctx.sm, EventDraft.all_day_event("Vánoční trhy 2026", dt.date(2026, 11, 27), dt.date(2026, 12, 23)),
        default_open=dt.time(9), default_close=dt.time(19),
    )
    for code in ("A01", "A02", "B01"):
        markets.create_stall(ctx.sm, source.event_id, StallDraft(code=code))
    row = event_service.get_event(ctx.sm, source.event_id)
    year = dt.timedelta(days=364)
    copy_id = controller.move(row.id, row.start + year, row.end + year, KEEP_VENUE, True)
    assert copy_id is not None and copy_id != row.id
    copy = markets.get_market(ctx.sm, copy_id)
    assert (copy.default_open, copy.default_close) == (dt.time(9), dt.time(19))
    assert [s.code for s in markets.list_stalls(ctx.sm, copy_id)] == ["A01", "A02", "B01"]
    ctx.undo.undo()
    assert [m.event_id for m in markets.list_markets(ctx.sm)] == [source.event_id]


def test_undo_of_a_move_over_a_colleagues_rename_reports_and_keeps_the_rename(
    controller: EventController, ctx: AppContext, colleague, errors_shown: list[str]
) -> None:
    row = _concert(ctx)
    controller.move(row.id, row.start + dt.timedelta(hours=1), row.end + dt.timedelta(hours=1), KEEP_VENUE, False)
    moved = event_service.get_event(ctx.sm, row.id)
    # a colleague on the shared database renames it meanwhile
    event_service.update_event(colleague, row.id, replace(moved.to_draft(), title="Varhanní nokturno"),
                               version=moved.version)
    ctx.undo.undo()
    assert errors_shown and "Jana Nováková" in errors_shown[0]  # reported, naming who; not overwritten
    after = event_service.get_event(ctx.sm, row.id)
    assert after.title == "Varhanní nokturno"
    assert after.start == moved.start
    assert ctx.undo.active().index() == 1  # the step stays where it is


def test_redo_of_an_edit_over_a_colleagues_change_reports_and_keeps_it(
    controller: EventController, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, errors_shown: list[str],
    colleague,
) -> None:
    row = _concert(ctx)
    _answer_dialog(monkeypatch, replace(row.to_draft(), title="Varhany v kostele"))
    assert controller.edit(row.id)
    ctx.undo.undo()
    assert event_service.get_event(ctx.sm, row.id).title == row.title
    ctx.undo.redo()  # undo/redo chain without interference works
    ctx.undo.undo()
    undone = event_service.get_event(ctx.sm, row.id)
    event_service.update_event(colleague, row.id, replace(undone.to_draft(), description="Vstup volný"),
                               version=undone.version)
    ctx.undo.redo()
    assert errors_shown and "Jana Nováková" in errors_shown[0]
    assert event_service.get_event(ctx.sm, row.id).description == "Vstup volný"
    assert event_service.get_event(ctx.sm, row.id).title == row.title


def test_move_with_venue_none_clears_the_venue(controller: EventController, ctx: AppContext) -> None:
    hall = _venue(ctx, "Obecní dům")
    before = _concert(ctx, hall)
    controller.move(before.id, before.start, before.end, None, False)
    assert event_service.get_event(ctx.sm, before.id).venue_id is None
    ctx.undo.undo()
    assert event_service.get_event(ctx.sm, before.id).venue_id == hall
    controller.move(before.id, before.start + dt.timedelta(hours=1), before.end + dt.timedelta(hours=1))
    assert event_service.get_event(ctx.sm, before.id).venue_id == hall  # default keeps it
