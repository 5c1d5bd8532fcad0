"""The event editor's Delete, Duplicate and Print: each an operation of the controller, one undo step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from planner.errors import NotFound
from planner.models.enums import EventCategory
from planner.services import events as event_service
from planner.services.dto import EventDraft, EventRow, PerformerLink
from planner.services.timeutil import prague
from planner.ui.common import print_dialog
from planner.ui.common.print_render import PrintOptions, event_document
from planner.ui.context import AppContext
from planner.ui.events.dialog import EventDialog


def _concert(ctx: AppContext) -> EventRow:
    return event_service.create_event(ctx.sm, EventDraft(
        title="Varhanní koncert", start=prague(2026, 10, 24, 19), end=prague(2026, 10, 24, 21),
        category=EventCategory.CLASSICAL_CONCERT, description="Bach a Janáček",
        performers=(PerformerLink(name="Jan Čapek", role="varhany", fee=Decimal("12000")),),
    ))


def _in_editor(*steps: Callable[[EventDialog], None]) -> list[EventDialog]:
    """Run each step in the next modal event editor that opens (the editor runs its own loop)."""
    seen: list[EventDialog] = []
    todo = list(steps)

    def poll() -> None:
        dlg = QApplication.activeModalWidget()
        if isinstance(dlg, EventDialog) and dlg not in seen:
            seen.append(dlg)
            todo.pop(0)(dlg)
        if todo:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return seen


def test_delete_in_the_editor_is_one_undo_step_and_closes_it(qtbot, ctx, controller, asked) -> None:
    row = _concert(ctx)
    seen = _in_editor(lambda dlg: dlg.delete_button.click())
    assert controller.edit(row.id) is False
    assert seen and seen[0].deleted and not seen[0].isVisible()
    assert asked and "Varhanní koncert" in asked[0]
    with pytest.raises(NotFound):
        event_service.get_event(ctx.sm, row.id)
    assert ctx.undo.active().count() == 1
    ctx.undo.undo()
    assert event_service.get_event(ctx.sm, row.id).title == "Varhanní koncert"


def test_a_new_event_has_no_delete_nor_duplicate(qtbot, ctx) -> None:
    dlg = EventDialog(ctx, EventDraft(title="", start=prague(2026, 12, 9, 19), end=prague(2026, 12, 9, 21)))
    qtbot.addWidget(dlg)
    assert not hasattr(dlg, "delete_button") and not hasattr(dlg, "duplicate_button")


def test_duplicate_opens_a_copy_that_saves_as_one_undo_step(qtbot, ctx, controller, asked) -> None:
    row = _concert(ctx)
    copies: list[int] = []
    controller.event_saved.connect(copies.append)

    def in_copy(dlg: EventDialog) -> None:
        assert dlg.windowTitle() != "" and dlg.title_edit.text() == "Varhanní koncert"
        assert dlg.performers.rowCount() == 1 and dlg.description.toPlainText() == "Bach a Janáček"
        dlg.start_date.setDate(dt.date(2026, 10, 31))  # the same concert a week later
        assert dlg.save()

    _in_editor(lambda dlg: dlg.duplicate_button.click(), in_copy)
    assert controller.edit(row.id) is False  # the original was not changed
    qtbot.waitUntil(lambda: len(copies) == 1, timeout=5000)
    copy = event_service.get_event(ctx.sm, copies[0])
    assert copy.id != row.id and copy.uid != row.uid
    assert (copy.title, copy.start, copy.performers) == (row.title, prague(2026, 10, 31, 19), row.performers)
    assert ctx.undo.active().count() == 1
    ctx.undo.undo()
    with pytest.raises(NotFound):
        event_service.get_event(ctx.sm, copy.id)
    assert event_service.get_event(ctx.sm, row.id) == row


def test_print_shows_the_event_card_in_the_preview(qtbot, ctx, controller, monkeypatch) -> None:
    row = _concert(ctx)
    previews: list[PrintOptions] = []
    monkeypatch.setattr(print_dialog, "show_preview", lambda parent, sm, options, footer="": previews.append(options))

    def press_print(dlg: EventDialog) -> None:
        dlg.print_button.click()
        dlg.reject()

    _in_editor(press_print)
    controller.edit(row.id)
    assert previews == [PrintOptions(kind="event", first=dt.date(2026, 10, 24), last=dt.date(2026, 10, 24), event_id=row.id)]
    text = event_document(ctx.sm, row.id).toPlainText()
    assert "24. 10. 2026 19:00–21:00" in text and "Jan Čapek" in text and "Bach a Janáček" in text


def test_the_event_card_prints_one_page(qtbot, ctx, tmp_path) -> None:
    row = _concert(ctx)
    path = tmp_path / "akce.pdf"
    pages = print_dialog.write_pdf(str(path), ctx.sm, PrintOptions(kind="event", event_id=row.id))
    assert pages == 1 and path.stat().st_size > 1000
