"""The mini month navigator in the calendar's side panel: bold days, holidays, click and drag."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from planner.services import events as event_service
from planner.services.dto import EventDraft
from planner.services.timeutil import prague
from planner.ui.calendar.mini_month import MiniMonth
from planner.ui.calendar.page import CalendarPage
from planner.ui.context import AppContext

D = dt.date
TODAY = D(2026, 12, 9)


def _page(qtbot: QtBot, ctx: AppContext) -> CalendarPage:
    page = CalendarPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    page.set_view("month")
    page.go_to(TODAY)
    return page


def _qd(day: dt.date):
    from PySide6.QtCore import QDate

    return QDate(day.year, day.month, day.day)


def _shown(qtbot: QtBot, mini: MiniMonth) -> MiniMonth:
    mini.resize(300, 240)
    mini.show()
    qtbot.waitExposed(mini)
    qtbot.waitUntil(lambda: (rect := mini.cell_rect(D(mini.yearShown(), mini.monthShown(), 15))) is not None
                    and rect.width() > 0)
    return mini


def _centre(mini: MiniMonth, day: dt.date) -> QPoint:
    rect = mini.cell_rect(day)
    assert rect is not None, day
    return rect.center()


def test_days_with_events_are_bold_holidays_marked_monday_first(qtbot: QtBot, ctx: AppContext) -> None:
    event_service.create_event(ctx.sm, EventDraft("Adventní koncert", prague(2026, 12, 16, 19), prague(2026, 12, 16, 21)))
    page = _page(qtbot, ctx)
    mini = page.mini_month
    assert mini.firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert mini.verticalHeaderFormat() == mini.VerticalHeaderFormat.ISOWeekNumbers
    assert (mini.yearShown(), mini.monthShown()) == (2026, 12)
    assert mini.selectedDate() == _qd(TODAY)
    assert mini.event_days() == {D(2026, 12, 16)}
    assert mini.dateTextFormat(_qd(D(2026, 12, 16))).fontWeight() == QFont.Weight.Bold
    assert mini.dateTextFormat(_qd(D(2026, 12, 17))).fontWeight() != QFont.Weight.Bold
    assert mini.dateTextFormat(_qd(D(2026, 12, 24))).toolTip() == "Štědrý den"
    # a new event (a change broadcast) makes its day bold
    created = event_service.create_event(ctx.sm, EventDraft("Silvestr", prague(2026, 12, 31, 20), prague(2026, 12, 31, 23)))
    from planner.models.enums import RecordKind

    ctx.bus.emit_change(RecordKind.EVENT, [created.id])
    assert D(2026, 12, 31) in mini.event_days()


def test_a_step_shows_the_bold_days_of_the_month_it_turns_to(qtbot: QtBot, ctx: AppContext) -> None:
    """The page turns with the calendar, and its bold days are that month's, not the month before's."""
    event_service.create_event(ctx.sm, EventDraft("Adventní koncert", prague(2026, 12, 16, 19), prague(2026, 12, 16, 21)))
    event_service.create_event(ctx.sm, EventDraft("Novoroční koncert", prague(2027, 1, 6, 19), prague(2027, 1, 6, 21)))
    page = _page(qtbot, ctx)
    mini = page.mini_month
    page.step(1)
    assert (mini.yearShown(), mini.monthShown()) == (2027, 1)
    assert mini.event_days() == {D(2027, 1, 6)}
    assert mini.dateTextFormat(_qd(D(2027, 1, 6))).fontWeight() == QFont.Weight.Bold
    page.go_to(D(2026, 11, 20))
    assert mini.event_days() == set()
    page.step(1)
    assert mini.event_days() == {D(2026, 12, 16)}


def test_the_page_follows_the_calendar_and_a_click_jumps(qtbot: QtBot, ctx: AppContext) -> None:
    page = _page(qtbot, ctx)
    mini = _shown(qtbot, page.mini_month)
    page.step(1)
    assert (mini.yearShown(), mini.monthShown()) == (2027, 1)
    page.go_to(TODAY)
    qtbot.wait(20)
    qtbot.mouseClick(mini.grid.viewport(), Qt.MouseButton.LeftButton, pos=_centre(mini, D(2026, 12, 18)))
    assert page.current_date() == D(2026, 12, 18)
    assert page.current_key() == "month"


def test_drag_picks_a_span_the_agenda_shows(qtbot: QtBot, ctx: AppContext) -> None:
    page = _page(qtbot, ctx)
    mini = _shown(qtbot, page.mini_month)
    qtbot.wait(20)
    viewport = mini.grid.viewport()
    start, end = _centre(mini, D(2026, 12, 14)), _centre(mini, D(2026, 12, 20))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    middle = _centre(mini, D(2026, 12, 17))
    for pos in (middle, end):
        from PySide6.QtGui import QMouseEvent
        from PySide6.QtCore import QEvent, QPointF
        from PySide6.QtWidgets import QApplication

        move = QMouseEvent(QEvent.Type.MouseMove, QPointF(pos), QPointF(viewport.mapToGlobal(pos)),
                           Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, move)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    qtbot.waitUntil(lambda: page.current_key() == "agenda")
    assert page.visible_range() == (D(2026, 12, 14), D(2026, 12, 20))
    assert page.range_title() == "14. 12. – 20. 12. 2026"
    page.step(1)  # the next span of the same length
    assert page.visible_range() == (D(2026, 12, 21), D(2026, 12, 27))
    page.set_view("month")  # any view switch leaves the span
    page.set_view("agenda")
    assert page.visible_range() == (D(2026, 12, 1), D(2026, 12, 31))


def test_today_is_framed(qtbot: QtBot, ctx: AppContext) -> None:
    page = _page(qtbot, ctx)
    mini = _shown(qtbot, page.mini_month)
    image = mini.grab().toImage()
    rect = mini.cell_rect(TODAY)
    assert rect is not None
    origin = mini.grid.viewport().mapTo(mini, rect.topLeft())
    frame = image.pixelColor(origin.x() + 2, origin.y() + rect.height() // 2)
    assert frame.blue() > 180 and frame.red() < 100, frame.name()


def test_each_painted_cell_is_the_day_the_mouse_finds_there(qtbot: QtBot, ctx: AppContext) -> None:
    # cell_of follows QCalendarWidget's layout (a month starting on a Monday shows the week before it
    # first: June 2026, February 2027); the date under each cell's centre must be that cell's day
    mini = MiniMonth(lambda first, last: frozenset())
    qtbot.addWidget(mini)
    mini = _shown(qtbot, mini)
    for year, month in ((2026, 6), (2026, 11), (2026, 12), (2027, 2), (2027, 3)):
        mini.setCurrentPage(year, month)
        start = D(year, month, 1) - dt.timedelta(days=14)
        shown = [start + dt.timedelta(days=i) for i in range(60) if mini.cell_of(start + dt.timedelta(days=i))]
        assert len(shown) == 42 and D(year, month, 1) in shown, (year, month)
        for day in shown:
            rect = mini.cell_rect(day)
            assert rect is not None and mini.date_at(rect.center()) == day, (year, month, day)
            cell = mini.cell_of(day)
            assert cell is not None
            assert mini.grid.model().index(*cell).data() == day.day, (year, month, day)  # Qt's own cell
