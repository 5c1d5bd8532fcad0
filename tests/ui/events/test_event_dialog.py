"""EventDialog: every field round-trips, bad input is marked in place and kept, clashes are asked."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDialog

from planner import settings
from planner.models.enums import EventCategory, EventStatus
from planner.services import events as event_service
from planner.services import series as series_service
from planner.services import staff as staff_service
from planner.services import venues as venue_service
from planner.services.dto import EventDraft, PerformerLink, SeriesDraft, StaffDraft, VenueDraft
from planner.services.timeutil import local_midnight, prague
from planner.ui import messages
from planner.ui.context import AppContext
from planner.ui.events.controller import EventController
from planner.ui.events.dialog import EventDialog, PerformerTableModel


def _dialog(qtbot, ctx: AppContext, draft: EventDraft, event_id: int | None = None) -> EventDialog:
    dlg = EventDialog(ctx, draft, event_id)
    qtbot.addWidget(dlg)
    return dlg


def _timed(**kw: object) -> EventDraft:
    return replace(EventDraft(title="Koncert", start=prague(2026, 6, 1, 19), end=prague(2026, 6, 1, 21)), **kw)


def test_every_field_round_trips_unchanged(qtbot, ctx: AppContext) -> None:
    venue = venue_service.create_venue(ctx.sm, VenueDraft(name="Kostel sv. Václava")).id
    series = series_service.create_series(ctx.sm, SeriesDraft(name="Bezručova Opava")).id
    staff = staff_service.create_staff(ctx.sm, StaffDraft(name="Petra Nováková")).id
    edition = event_service.create_event(
        ctx.sm, EventDraft.all_day_event("Bezručova Opava 2026", dt.date(2026, 5, 25), dt.date(2026, 6, 10),
                                         category=EventCategory.FESTIVAL),
    )
    row = event_service.create_event(ctx.sm, _timed(
        title="Zahajovací koncert", category=EventCategory.CLASSICAL_CONCERT, status=EventStatus.CONFIRMED,
        series_id=series, parent_id=edition.id, venue_id=venue, staff_id=staff, public=False,
        description="Program: Janáček, Martinů", internal_notes="Klíče od sakristie u p. Hrubého",
        expected_attendance=350, ticket_info="250 Kč", url="https://www.opava-city.cz",
        performers=(PerformerLink(name="Janáčkova filharmonie", role="orchestr", fee=Decimal("85000")),),
    ))
    dlg = _dialog(qtbot, ctx, row.to_draft(), row.id)
    assert dlg.parent_event.currentText().startswith("Bezručova Opava 2026 (25. 5. – 10. 6. 2026)")
    assert dlg.start_date.text() == "1. 6. 2026" and dlg.start_time.text() == "19:00"
    assert dlg.save()
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.result_draft() == row.to_draft()


def test_validation_marks_fields_and_keeps_the_input(qtbot, ctx: AppContext) -> None:
    dlg = _dialog(qtbot, ctx, _timed(title=""))
    dlg.description.setPlainText("Dlouhý popis, který se nesmí ztratit")
    dlg.url.setText("www.opava.cz")
    dlg.end_time.setTime(QTime(18, 0))  # before the start
    assert not dlg.save()
    assert dlg.result_draft() is None and dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.error_text("title") == "Pole je povinné." and dlg.is_marked("title")  # no "Název:" again
    assert "konec musí být po začátku" in dlg.error_text("end").lower() and dlg.is_marked("end")
    assert "http" in dlg.error_text("url") and dlg.is_marked("url")
    assert not dlg.is_marked("venue") and dlg.error_text("venue") == ""
    assert dlg.tabs.currentIndex() == EventDialog.TAB_EVENT
    assert dlg.description.toPlainText() == "Dlouhý popis, který se nesmí ztratit"
    assert dlg.url.text() == "www.opava.cz"

    dlg.title_edit.setText("Adventní koncert")
    dlg.end_time.setTime(QTime(21, 0))
    dlg.url.setText("https://www.opava-city.cz")
    assert dlg.save()
    assert not dlg.is_marked("title") and dlg.error_text("end") == ""
    result = dlg.result_draft()
    assert result is not None and result.title == "Adventní koncert"


def test_unreadable_attendance_and_fee_are_marked(qtbot, ctx: AppContext) -> None:
    dlg = _dialog(qtbot, ctx, _timed(title=""))
    dlg.attendance.setText("hodně")
    dlg.performers.add_row("Jan Čapek")
    fee = dlg.performers.index(0, 2)
    dlg.performers.setData(fee, "dvanáct tisíc")
    assert not dlg.save()
    assert dlg.error_text("title")  # every problem at once, not only the unreadable input
    assert dlg.tabs.currentIndex() == EventDialog.TAB_EVENT  # the first problem, in form order
    assert "hodně" in dlg.error_text("expected_attendance")
    assert "dvanáct tisíc" in dlg.error_text("fee") and dlg.is_marked("fee")
    assert dlg.attendance.text() == "hodně"
    assert dlg.performers.data(fee) == "dvanáct tisíc"

    dlg.title_edit.setText("Koncert")
    dlg.attendance.setText("1 200")
    dlg.performers.setData(fee, "12 000,50")
    assert dlg.performers.data(fee) == "12\u00a0000,50"
    assert dlg.save()
    result = dlg.result_draft()
    assert result is not None
    assert result.expected_attendance == 1200
    assert result.performers == (PerformerLink(name="Jan Čapek", fee=Decimal("12000.50")),)


def test_all_day_shows_inclusive_last_day(qtbot, ctx: AppContext) -> None:
    draft = EventDraft.all_day_event("Vánoční trhy", dt.date(2026, 11, 27), dt.date(2026, 12, 23))
    dlg = _dialog(qtbot, ctx, draft)
    assert dlg.all_day.isChecked() and not dlg.start_time.isVisibleTo(dlg)
    assert dlg.end_date.date() == QDate(2026, 12, 23)
    dlg.end_date.setDate(QDate(2026, 12, 24))
    assert dlg.save()
    result = dlg.result_draft()
    assert result is not None
    assert (result.start, result.end) == (local_midnight(dt.date(2026, 11, 27)), local_midnight(dt.date(2026, 12, 25)))


def test_moving_the_start_keeps_the_length(qtbot, ctx: AppContext) -> None:
    dlg = _dialog(qtbot, ctx, _timed())
    dlg.start_time.setTime(QTime(20, 30))
    assert dlg.end_time.time() == QTime(22, 30)
    dlg.start_date.setDate(QDate(2026, 6, 2))
    assert dlg.end_date.date() == QDate(2026, 6, 2)


def test_saving_a_clash_asks_and_no_keeps_the_dialog_open(qtbot, ctx: AppContext, monkeypatch) -> None:
    hall = venue_service.create_venue(ctx.sm, VenueDraft(name="Obecní dům – Sál purkmistrů")).id
    event_service.create_event(ctx.sm, _timed(title="Ples města Opavy", venue_id=hall))
    questions: list[str] = []
    answer = [False]
    monkeypatch.setattr(messages, "ask_yes_no", lambda parent, text, title=None, **kw: questions.append(text) or answer[0])
    dlg = _dialog(qtbot, ctx, _timed(title="Koncert ZUŠ", venue_id=hall))
    assert not dlg.save()
    assert "Ples města Opavy" in questions[0] and "Sál purkmistrů" in questions[0]
    assert dlg.result_draft() is None
    answer[0] = True
    assert dlg.save()
    result = dlg.result_draft()
    assert result is not None and result.venue_id == hall


def test_cancel_writes_nothing(qtbot, ctx: AppContext, monkeypatch) -> None:
    from PySide6.QtWidgets import QWidget

    monkeypatch.setattr(EventDialog, "exec", lambda self: (self.title_edit.setText("Nic"), self.reject(), 0)[2])
    host = QWidget()
    qtbot.addWidget(host)
    controller = EventController(ctx, host)
    assert controller.create(prague(2026, 6, 1, 19), prague(2026, 6, 1, 21), None) is None
    assert event_service.count_events(ctx.sm) == 0
    assert ctx.undo.active().count() == 0


def test_geometry_is_remembered(qtbot, ctx: AppContext) -> None:
    dlg = _dialog(qtbot, ctx, _timed())
    dlg.resize(730, 580)
    dlg.reject()
    assert ctx.settings.get(settings.EVENT_DIALOG_GEOMETRY)
    again = _dialog(qtbot, ctx, _timed())
    assert (again.width(), again.height()) == (730, 580)


def test_performer_model_is_a_valid_model(qtmodeltester) -> None:
    model = PerformerTableModel()
    model.set_links((PerformerLink(name="Jan Čapek", role="varhany", fee=Decimal("1500")), PerformerLink(name="Sbor")))
    qtmodeltester.check(model)
    model.add_row("Nový")
    model.remove_rows([0])
    qtmodeltester.check(model)
    assert [p.name for p in model.links()] == ["Sbor", "Nový"]


def test_choosing_an_edition_offers_its_series(qtbot, ctx: AppContext) -> None:
    series = series_service.create_series(ctx.sm, SeriesDraft(name="Bezručova Opava")).id
    edition = event_service.create_event(
        ctx.sm, EventDraft.all_day_event("Bezručova Opava 2026", dt.date(2026, 5, 25), dt.date(2026, 6, 10),
                                         category=EventCategory.FESTIVAL, series_id=series),
    )
    dlg = _dialog(qtbot, ctx, _timed())
    assert dlg.series.currentData() is None
    dlg.parent_event.setCurrentIndex(dlg.parent_event.findData(edition.id))
    assert dlg.series.currentData() == series
    assert dlg.save()
    result = dlg.result_draft()
    assert result is not None and (result.parent_id, result.series_id) == (edition.id, series)


def test_a_start_in_the_spring_forward_gap_is_marked_not_saved_as_3_30(qtbot, ctx: AppContext) -> None:
    dlg = _dialog(qtbot, ctx, EventDraft(title="Noční prohlídka", start=prague(2026, 3, 29, 1), end=prague(2026, 3, 29, 4)))
    dlg.start_time.setTime(QTime(2, 30))  # 29. 3. 2026 2:30 never happens in Prague
    dlg.end_time.setTime(QTime(4, 0))
    assert not dlg.save()
    assert dlg.result_draft() is None
    assert "neexistuje" in dlg.error_text("start") and not dlg.error_text("start").startswith("Začátek")
    assert dlg.is_marked("start") and not dlg.is_marked("end")

    dlg.end_time.setTime(QTime(2, 45))  # the end in the gap too
    dlg.start_time.setTime(QTime(1, 30))
    dlg.end_time.setTime(QTime(2, 45))
    assert not dlg.save()
    assert "neexistuje" in dlg.error_text("end") and dlg.error_text("start") == ""

    dlg.end_time.setTime(QTime(3, 30))
    assert dlg.save()
    result = dlg.result_draft()
    assert result is not None
    assert (result.start, result.end) == (prague(2026, 3, 29, 1, 30), prague(2026, 3, 29, 3, 30))


def test_performer_fee_is_shown_the_czech_way_without_the_unit() -> None:
    from planner.ui.events.dialog import format_money

    assert format_money(Decimal("1234567.5")) == "1\u00a0234\u00a0567,50"
    assert format_money(Decimal("-850")) == "-850,00"
    assert format_money(None) == ""


def _open_editor_then(qtbot, act) -> dict[str, object]:
    """While the modal editor runs, call ``act(dialog)`` and record what it shows; then cancel it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    seen: dict[str, object] = {}

    def step() -> None:
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, EventDialog):
            QTimer.singleShot(10, step)
            return
        try:
            act(dlg)
            seen.update(open=dlg.isVisible(), title=dlg.title_edit.text(), description=dlg.description.toPlainText(),
                        why=dlg.general_error.text() if not dlg.general_error.isHidden() else "")
        finally:
            dlg.reject()

    QTimer.singleShot(0, step)
    return seen


def test_an_edit_whose_save_fails_keeps_the_editor_open_with_the_text(qtbot, ctx: AppContext, monkeypatch) -> None:
    row = event_service.create_event(ctx.sm, _timed(title="Varhanní koncert"))
    host = QDialog()
    qtbot.addWidget(host)
    controller = EventController(ctx, host)
    monkeypatch.setattr(messages, "ask_yes_no", lambda *a, **k: False)  # "save over the colleague's?" No.

    def type_then_save(dlg: EventDialog) -> None:
        dlg.title_edit.setText("Varhanní koncert – změna programu")
        dlg.description.setPlainText("Bach, Janáček; přídavek")
        # a colleague saves the same event meanwhile: this save is stale
        event_service.update_event(ctx.sm, row.id, replace(row.to_draft(), internal_notes="od kolegyně"))
        dlg.save()

    seen = _open_editor_then(qtbot, type_then_save)
    assert not controller.edit(row.id)
    assert seen["open"] is True
    assert seen["title"] == "Varhanní koncert – změna programu"
    assert seen["description"] == "Bach, Janáček; přídavek"
    assert "změnil" in str(seen["why"])  # "Záznam mezitím změnil někdo jiný…"
    saved = event_service.get_event(ctx.sm, row.id)
    assert (saved.title, saved.internal_notes) == ("Varhanní koncert", "od kolegyně")  # nothing overwritten
    assert ctx.undo.active().count() == 0


def test_a_new_event_on_a_locked_database_keeps_the_editor_open(qtbot, make_ctx, sqlite_db) -> None:
    import sqlite3

    ctx = make_ctx(sqlite_db)
    host = QDialog()
    qtbot.addWidget(host)
    controller = EventController(ctx, host)
    other = sqlite3.connect(sqlite_db.engine.url.database, timeout=0)

    def type_then_save(dlg: EventDialog) -> None:
        dlg.title_edit.setText("Komorní koncert v Minoritském klášteře")
        other.execute("BEGIN IMMEDIATE")  # another program holds the file (past the busy timeout)
        try:
            dlg.save()
        finally:
            other.rollback()

    seen = _open_editor_then(qtbot, type_then_save)
    try:
        assert controller.create(prague(2026, 6, 2, 19), prague(2026, 6, 2, 21)) is None
    finally:
        other.close()
    assert seen["open"] is True and seen["title"] == "Komorní koncert v Minoritském klášteře"
    assert seen["why"], "the editor says why"
    assert event_service.count_events(ctx.sm) == 0 and ctx.undo.active().count() == 0
