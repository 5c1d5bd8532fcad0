"""The market editors behave like the venue and vendor editors: each problem under its field, the input
kept when a save is refused, Esc with changes asks, and a save is one undo step."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from planner.models.enums import BookingStatus
from planner.services import markets as ms
from planner.services.dto import EventDraft, StallDraft
from planner.ui import messages
from planner.ui.markets import dialogs, record_dialogs
from planner.ui.markets.record_dialogs import BookingDialog, StallDialog


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _stall_dialog(page, draft: StallDraft) -> StallDialog:
    market = page.market.event_id
    return StallDialog(draft, page.map_tab.zones(), lambda d: page.ctx.ops.attempt(
        page, lambda: ms.create_stall(page.ctx.sm, market, d)), page)


def _booking_dialog(page, code: str) -> BookingDialog:
    booking = next(b for b in page.bookings if b.stall_code == code)
    return BookingDialog(page.market, page.stalls, list(page.vendors.values()), booking.draft(),
                         lambda d: page.ctx.ops.attempt(page, lambda: ms.update_booking(
                             page.ctx.sm, booking.id, d, version=booking.version)), page)


@pytest.fixture
def discard(monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask_discard", lambda _parent: asked.append("discard?") or True)
    return asked


def test_a_stall_code_that_exists_is_shown_at_the_code_and_kept(page, qtbot, discard) -> None:
    dialog = _shown(qtbot, _stall_dialog(page, StallDraft("X1")))
    assert dialog.focusWidget() is dialog.code and dialog.field_error("code") == ""
    dialog.code.setText("h01")
    dialog.width_m.setValue(4)
    dialog.ok_button.click()
    assert dialog.isVisible()  # refused: the editor stays open
    assert dialog.field_error("code") == "„H01“ už existuje."  # under the field, without the label
    assert dialog.is_marked("code") and dialog.focusWidget() is dialog.code
    assert dialog.general_error.isHidden()
    assert (dialog.code.text(), dialog.width_m.value()) == ("h01", 4)  # what was typed is still there
    assert ms.list_stalls(page.ctx.sm, page.market.event_id) == page.stalls  # nothing written


def test_an_empty_stall_code_disables_ok_and_says_why(page, qtbot, discard) -> None:
    dialog = _shown(qtbot, _stall_dialog(page, StallDraft("X1")))
    qtbot.keyClick(dialog.code, Qt.Key.Key_Backspace)  # the code is selected on opening
    assert dialog.code.text() == ""
    assert not dialog.ok_button.isEnabled() and dialog.field_error("code") == "Pole je povinné."
    assert dialog.ok_button.toolTip() == "Označení: pole je povinné."


def test_a_negative_fee_is_shown_at_the_fee_and_kept(page, qtbot, discard) -> None:
    dialog = _shown(qtbot, _booking_dialog(page, "D04"))
    dialog.fee.setFocus()
    dialog.fee.selectAll()
    qtbot.keyClicks(dialog.fee, "-500")
    assert dialog.field_error("fee") == "Hodnota nesmí být záporná."
    assert dialog.is_marked("fee") and not dialog.ok_button.isEnabled()
    dialog.notes.setFocus()
    dialog.accept()  # Enter in another field: the focus goes to the bad one
    assert dialog.isVisible() and dialog.focusWidget() is dialog.fee and dialog.fee.text() == "-500"


def test_a_date_that_is_not_a_date_is_shown_at_the_days(page, qtbot, discard) -> None:
    dialog = _shown(qtbot, _booking_dialog(page, "D04"))
    dialog.last.setFocus()
    dialog.last.selectAll()
    qtbot.keyClicks(dialog.last, "32.13.")
    assert dialog.field_error("first_day") == "Toto není datum: napište jej např. 24.12.2026"
    assert dialog.is_marked("last_day") and not dialog.is_marked("first_day")
    assert not dialog.ok_button.isEnabled() and dialog.last.text() == "32.13."


def test_an_overlap_is_shown_in_the_editor_and_the_input_kept(page, ctx, qtbot, discard) -> None:
    h08 = next(s.id for s in page.stalls if s.code == "H08")
    vendors = list(page.vendors.values())
    ms.book_stall(ctx.sm, h08, vendors[0].id, status=BookingStatus.APPROVED)
    second = ms.book_stall(ctx.sm, h08, vendors[1].id)
    page.refresh()
    dialog = _shown(qtbot, BookingDialog(page.market, page.stalls, vendors, second.draft(), lambda d: ctx.ops.attempt(
        page, lambda: ms.update_booking(ctx.sm, second.id, d, version=second.version)), page))
    dialog.status.setCurrentIndex(dialog.status.findData(BookingStatus.APPROVED.value))
    dialog.fee.setText("999")
    dialog.ok_button.click()
    assert dialog.isVisible() and "H08" in dialog.general_error.text() and dialog.general_error.isVisible()
    assert dialog.fee.text() == "999" and ms.get_booking(ctx.sm, second.id).status is BookingStatus.APPLIED


def test_escape_with_changes_asks_first(page, qtbot, discard) -> None:
    dialog = _shown(qtbot, _booking_dialog(page, "D04"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing changed: closes without asking
    assert not dialog.isVisible() and discard == []
    dialog = _shown(qtbot, _stall_dialog(page, StallDraft("X1")))
    dialog.has_water.setChecked(True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert discard == ["discard?"]


def test_a_good_stall_save_is_one_undo_step(page, ctx, qtbot, monkeypatch) -> None:
    def fill_and_ok(cls, parent, draft, zones, save):
        dialog = cls(draft, zones, save, parent)
        qtbot.addWidget(dialog)
        dialog.code.setText("Z09")
        dialog.has_power.setChecked(True)
        dialog.power_kw.setValue(3.5)
        dialog.ok_button.click()
        return dialog.saved

    monkeypatch.setattr(record_dialogs.StallDialog, "ask", classmethod(fill_and_ok))
    stack = ctx.undo.active()
    before = stack.count()
    row = page.map_tab.add_stall(10, 10)
    assert row.code == "Z09" and stack.count() == before + 1
    assert "Z09" in stack.undoText()
    ctx.undo.undo()
    assert "Z09" not in {s.code for s in ms.list_stalls(ctx.sm, page.market.event_id)}


def test_a_good_booking_save_is_one_undo_step(page, ctx, qtbot, monkeypatch) -> None:
    booking = next(b for b in page.bookings if b.stall_code == "D04")

    def change_fee(cls, parent, market, stalls, vendors, draft, save):
        dialog = cls(market, stalls, vendors, draft, save, parent)
        qtbot.addWidget(dialog)
        dialog.fee.setText("1 234,50")
        dialog.ok_button.click()
        return dialog.saved

    monkeypatch.setattr(record_dialogs.BookingDialog, "ask", classmethod(change_fee))
    stack = ctx.undo.active()
    before = stack.count()
    page.bookings_tab.edit_booking(booking.id)
    assert str(ms.get_booking(ctx.sm, booking.id).fee) == "1234.50" and stack.count() == before + 1
    ctx.undo.undo()
    assert ms.get_booking(ctx.sm, booking.id).fee == booking.fee


def test_new_market_shows_the_events_rule_at_the_last_day(page, ctx, qtbot, discard) -> None:
    def save(answer):
        return ctx.ops.attempt(page, lambda: ms.create_market(ctx.sm, EventDraft.all_day_event(
            answer.title, answer.first_day, answer.last_day)))

    dialog = _shown(qtbot, dialogs.NewMarketDialog([], [], page, save=save))
    assert dialog.focusWidget() is dialog.title and not dialog.ok_button.isEnabled()
    dialog.title.setText("Jarmark")
    dialog.first.setDate(dt.date(2027, 1, 1))
    dialog.last.setDate(dt.date(2028, 6, 1))  # longer than an event may last
    dialog.ok_button.click()
    assert dialog.isVisible() and "366" in dialog.field_error("last_day") and dialog.focusWidget() is dialog.last
    assert dialog.title.text() == "Jarmark"
    dialog.opens.setTime(dialog.closes.time())
    assert dialog.field_error("close") and not dialog.ok_button.isEnabled()


def test_day_hours_closing_before_opening_is_shown_at_the_hours(page, qtbot, discard) -> None:
    saved: list[object] = []
    dialog = _shown(qtbot, dialogs.DayHoursDialog(page.market, page.market.first_day, page,
                                                  save=lambda answer: saved.append(answer) or page.market))
    assert dialog.default.isChecked() and not dialog.opens.isEnabled()
    dialog.special.setChecked(True)
    dialog.closes.setTime(dialog.opens.time().addSecs(-3600))
    assert dialog.field_error("close") and not dialog.ok_button.isEnabled()
    dialog.closes.setTime(dialog.opens.time().addSecs(3600))
    dialog.ok_button.click()
    assert saved and saved[0].open < saved[0].close and not dialog.isVisible()


@pytest.fixture
def large_font(qapp):
    """Letters as wide as at 150 % (the offscreen platform does not scale)."""
    font = qapp.font()
    large = QFont(font)
    large.setPointSizeF(font.pointSizeF() * 1.5)
    qapp.setFont(large)
    yield
    qapp.setFont(font)


def test_the_editors_open_wide_enough_for_their_labels(page, qtbot, discard, large_font) -> None:
    editors = [dialogs.NewMarketDialog([], [], page, save=lambda answer: None),
               dialogs.DayHoursDialog(page.market, page.market.first_day, page, save=lambda answer: None),
               _stall_dialog(page, StallDraft("X1")), _booking_dialog(page, "D04")]
    for dialog in editors:
        _shown(qtbot, dialog)
        # nothing to scroll sideways: a long label ("Převzít rozmístění stánků z:") does not push the fields out
        assert dialog.form_scroll.horizontalScrollBar().maximum() == 0, dialog.windowTitle()
        dialog.reject()
