"""Month, week/day and timeline views: layout, DST days and the intents their mouse gestures emit."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFont, QFontMetrics
from pytestqt.qtbot import QtBot

from planner.models.enums import EventCategory, EventStatus
from planner.services.dto import Conflict, EventRow, VenueRow
from planner.models.enums import VenueKind
from planner.services.timeutil import UTC, prague
from planner.ui.calendar import week_view as W
from planner.ui.calendar.month_view import MonthView
from planner.ui.calendar.agenda_view import COLUMNS as AGENDA_COLUMNS
from planner.ui.calendar.text_fit import wrap_elided
from planner.ui.calendar.timeline_view import ROW, NAMES, TimelineView
from planner.ui.calendar.week_view import WeekView
from planner.ui.intents import KEEP_VENUE

NOW = dt.datetime(2026, 1, 1, tzinfo=UTC)


def row(event_id: int, start: dt.datetime, end: dt.datetime, *, title: str = "", all_day: bool = False,
        venue_id: int | None = None, status: EventStatus = EventStatus.PLANNED) -> EventRow:
    return EventRow(
        id=event_id, uid=f"u{event_id}", title=title or f"Event {event_id}", category=EventCategory.OTHER,
        status=status, start=start, end=end, all_day=all_day, series_id=None, series_name=None,
        series_colour=None, parent_id=None, parent_title=None, venue_id=venue_id, venue_name=None,
        venue_address=None, staff_id=None, staff_name=None, staff_email=None, public=True, description="",
        internal_notes="", expected_attendance=None, ticket_info="", url="", sequence=0, version=1,
        created_at=NOW, updated_at=NOW,
    )


def venue(venue_id: int, name: str) -> VenueRow:
    return VenueRow(id=venue_id, name=name, kind=VenueKind.HALL, street="", city="Opava", postal_code="",
                    capacity=None, contact="", phone="", email="", equipment=(), colour="#888888", notes="",
                    archived=False, version=1)


# --- month ----------------------------------------------------------------------------


def test_month_overflowing_day_shows_more_and_opens_the_day(qtbot: QtBot) -> None:
    view = MonthView()
    qtbot.addWidget(view)
    view.resize(900, 640)
    view.show_range(dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    day = dt.date(2026, 12, 9)
    rows = [row(i, prague(2026, 12, 9, 8 + i), prague(2026, 12, 9, 9 + i)) for i in range(1, 11)]
    view.set_events(rows, [])
    view.show()
    qtbot.waitExposed(view)
    view.grab()
    drawn = [h.event_id for h in view._hits]
    assert 0 < len(drawn) < 10
    assert len(drawn) == view.max_lines()  # every line holds an event; "+N more" is in the day's header
    assert drawn == sorted(drawn)  # by start time
    rect, more_day = view._more[0]
    assert more_day == day
    assert view.cell_rect(day).contains(rect)
    with qtbot.waitSignal(view.day_requested) as blocker:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert blocker.args == [day]


def test_month_grid_is_six_weeks_from_monday_and_bars_span_days(qtbot: QtBot) -> None:
    view = MonthView()
    qtbot.addWidget(view)
    view.resize(900, 640)
    view.show_range(dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    assert view.visible_range() == (dt.date(2026, 11, 30), dt.date(2027, 1, 10))
    market = row(1, prague(2026, 11, 27), prague(2026, 12, 24), all_day=True, title="Vánoční trhy")
    view.set_events([market], [])
    view.show()
    qtbot.waitExposed(view)
    view.grab()
    bars = [h.rect for h in view._hits if h.event_id == 1]
    assert len(bars) == 4  # one bar per week row from 30 Nov to 23 Dec
    assert bars[0].width() > 6 * view._cell_size()[0]


def test_month_bar_continuation_is_marked_on_both_sides(qtbot: QtBot) -> None:
    view = MonthView()
    qtbot.addWidget(view)
    view.show_range(dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    market = row(1, prague(2026, 12, 2), prague(2026, 12, 17), all_day=True, title="Vánoční trhy")
    view.set_events([market], [])
    monday = dt.date(2026, 11, 30)
    assert view.continuation(1, monday, 2, 6) == (False, True)  # starts Wednesday, goes on: ▸
    assert view.continuation(1, monday + dt.timedelta(days=7), 0, 6) == (True, True)  # ◂ … ▸
    assert view.continuation(1, monday + dt.timedelta(days=14), 0, 3) == (True, False)  # ◂, ends Thursday


def test_month_at_150_percent_draws_whole_bars_or_counts_them(qtbot: QtBot) -> None:
    """A small cell (150 % on a laptop) has room for few lines: no bar breaks into fragments."""
    view = MonthView()
    qtbot.addWidget(view)
    view.resize(700, 420)
    view.show_range(dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    long_rows = [row(i, prague(2026, 12, 1), prague(2026, 12, 24), all_day=True) for i in range(1, 5)]
    singles = [row(10 + i, prague(2026, 12, 9, 10 + i), prague(2026, 12, 9, 11 + i)) for i in range(3)]
    view.set_events(long_rows + singles, [])
    view.show()
    qtbot.waitExposed(view)
    view.grab()
    for week in range(4):
        r, _monday = view.row_layout(week)
        per_key: dict[int, int] = {}
        for bar in r.bars:
            per_key[bar.key] = per_key.get(bar.key, 0) + 1
        assert all(n == 1 for n in per_key.values()), per_key  # one piece per event and week


def test_month_more_label_keeps_its_count_in_a_narrow_day(qtbot: QtBot) -> None:
    """At 150 % a day may lack room for "+2 more": it shows "+2", never a bare "+…"."""
    view = MonthView()
    qtbot.addWidget(view)
    wide = view.more_label(2, 500)
    assert wide == view.more_text(2) and wide.startswith("+2 ")
    assert view.more_label(2, view.fontMetrics().horizontalAdvance(wide) - 1) == "+2"


def test_month_too_narrow_for_plus_n_writes_it_smaller_not_an_ellipsis(qtbot: QtBot) -> None:
    # 1024 px at 150 %: a day's header had room for neither "+26 more" nor "+26", and showed a bare "…"
    view = MonthView()
    qtbot.addWidget(view)
    fits = view.fontMetrics().horizontalAdvance("+26")
    assert view.more_caption(26, fits + 40) == (view.more_label(26, fits + 40), False)
    text, small = view.more_caption(26, fits - 2)
    assert (text, small) == ("+26", True)


def test_month_double_click_and_delete_key_emit_intents(qtbot: QtBot) -> None:
    view = MonthView()
    qtbot.addWidget(view)
    view.resize(900, 640)
    view.show_range(dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    view.set_events([row(5, prague(2026, 12, 9, 19), prague(2026, 12, 9, 21))], [])
    view.show()
    qtbot.waitExposed(view)
    view.grab()
    centre = view._hits[0].rect.center().toPoint()
    with qtbot.waitSignal(view.edit_requested) as edit:
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=centre)
    assert edit.args == [5]
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre)
    with qtbot.waitSignal(view.delete_requested) as deleted:
        qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert deleted.args == [5]
    empty = view.cell_rect(dt.date(2026, 12, 10)).center().toPoint()
    with qtbot.waitSignal(view.create_requested) as created:
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=empty)
    assert created.args == [prague(2026, 12, 10), prague(2026, 12, 11), None]


def test_month_conflict_tooltip_names_what_clashes(qtbot: QtBot) -> None:
    view = MonthView()
    qtbot.addWidget(view)
    a = row(1, prague(2026, 12, 9, 19), prague(2026, 12, 9, 21))
    b = row(2, prague(2026, 12, 9, 20), prague(2026, 12, 9, 22))
    message = "Obecní dům: „A“ a „B“ se překrývají (9. 12. 2026 20:00–21:00)."
    view.set_events([a, b], [Conflict("venue", 1, 2, "A", "B", "Obecní dům", a.start, b.end, message)])
    assert message in view.tooltip_for(1) and message in view.tooltip_for(2)
    assert view.conflicts == {1: [message], 2: [message]}
    view.set_events([a], [])
    assert message not in view.tooltip_for(1)  # the conflict cleared


# --- week / day -----------------------------------------------------------------------


def _week(qtbot: QtBot, first: dt.date, days: int = 7) -> WeekView:
    view = WeekView(days=days, hour_height=40)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show_range(first, first + dt.timedelta(days=days - 1))
    view.show()
    qtbot.waitExposed(view)
    return view


def _grid_point(view: WeekView, day_index: int, hours: float) -> QPoint:
    w = view.grid.col_width()
    return QPointF(W.AXIS + day_index * w + w / 2, hours * view.hour_height).toPoint()


@pytest.mark.parametrize(
    ("day", "hours", "event_hours"),
    [
        (dt.date(2026, 3, 29), 23, 2),  # 1:00-4:00 wall clock is 2 real hours on the 23-hour day
        (dt.date(2026, 10, 25), 25, 4),  # and 4 real hours on the 25-hour day
        (dt.date(2026, 10, 26), 24, 3),
    ],
)
def test_dst_days_have_their_real_length_in_the_day_view(qtbot: QtBot, day: dt.date, hours: int, event_hours: int) -> None:
    view = _week(qtbot, day, days=1)
    e = row(1, prague(day.year, day.month, day.day, 1), prague(day.year, day.month, day.day, 4))
    after = row(2, prague(day.year, day.month, day.day, 20), prague(day.year, day.month, day.day, 21))
    view.set_events([e, after], [])
    assert view.rows_count() == hours
    assert view.grid.minimumHeight() == hours * view.hour_height + 1
    box = view.grid.box_of(1)
    assert box is not None
    assert box.top() == pytest.approx(1 * view.hour_height, abs=2)
    assert box.height() == pytest.approx(event_hours * view.hour_height, abs=3)
    # 20:00 wall clock sits 19, 20 or 21 real hours after midnight
    late = view.grid.box_of(2)
    assert late is not None
    assert late.top() == pytest.approx((20 + hours - 24) * view.hour_height, abs=2)


def test_week_of_the_autumn_change_has_25_rows_and_a_create_after_the_change_is_right(qtbot: QtBot) -> None:
    view = _week(qtbot, dt.date(2026, 10, 19))
    assert view.rows_count() == 25
    # on Sunday 25 Oct, 4 real hours after midnight is 3:00 CET
    with qtbot.waitSignal(view.create_requested) as created:
        qtbot.mousePress(view.grid, Qt.MouseButton.LeftButton, pos=_grid_point(view, 6, 4.0))
        qtbot.mouseMove(view.grid, _grid_point(view, 6, 6.0))
        qtbot.mouseRelease(view.grid, Qt.MouseButton.LeftButton, pos=_grid_point(view, 6, 6.0))
    assert created.args == [prague(2026, 10, 25, 3), prague(2026, 10, 25, 5), None]


def test_drag_across_time_creates_with_snapped_times(qtbot: QtBot) -> None:
    view = _week(qtbot, dt.date(2026, 12, 7))
    with qtbot.waitSignal(view.create_requested) as created:
        qtbot.mousePress(view.grid, Qt.MouseButton.LeftButton, pos=_grid_point(view, 2, 10 + 5 / 60))
        qtbot.mouseMove(view.grid, _grid_point(view, 2, 11.5))
        qtbot.mouseRelease(view.grid, Qt.MouseButton.LeftButton, pos=_grid_point(view, 2, 11 + 50 / 60))
    assert created.args == [prague(2026, 12, 9, 10, 0), prague(2026, 12, 9, 11, 45), None]


def test_double_click_on_empty_slot_creates_an_hour(qtbot: QtBot) -> None:
    view = _week(qtbot, dt.date(2026, 12, 7))
    with qtbot.waitSignal(view.create_requested) as created:
        qtbot.mouseDClick(view.grid, Qt.MouseButton.LeftButton, pos=_grid_point(view, 0, 14.6))
    assert created.args == [prague(2026, 12, 7, 14, 30), prague(2026, 12, 7, 15, 30), None]


def test_drag_event_moves_it_snapped_and_ctrl_drag_copies(qtbot: QtBot) -> None:
    view = _week(qtbot, dt.date(2026, 12, 7))
    view.set_events([row(7, prague(2026, 12, 8, 10), prague(2026, 12, 8, 11, 30))], [])
    grab = _grid_point(view, 1, 10.5)
    drop = _grid_point(view, 3, 12.5 + 10 / 60)  # two days later, two hours and 10 minutes later
    with qtbot.waitSignal(view.move_requested) as moved:
        qtbot.mousePress(view.grid, Qt.MouseButton.LeftButton, pos=grab)
        qtbot.mouseMove(view.grid, drop)
        qtbot.mouseRelease(view.grid, Qt.MouseButton.LeftButton, pos=drop)
    assert moved.args == [7, prague(2026, 12, 10, 12, 15), prague(2026, 12, 10, 13, 45), KEEP_VENUE, False]
    with qtbot.waitSignal(view.move_requested) as copied:
        qtbot.mousePress(view.grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, grab)
        qtbot.mouseMove(view.grid, drop)
        qtbot.mouseRelease(view.grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, drop)
    assert copied.args[-1] is True


def test_drag_bottom_edge_resizes(qtbot: QtBot) -> None:
    view = _week(qtbot, dt.date(2026, 12, 7))
    view.set_events([row(7, prague(2026, 12, 8, 10), prague(2026, 12, 8, 11))], [])
    box = view.grid.box_of(7)
    assert box is not None
    edge = QPointF(box.center().x(), box.bottom() - 2).toPoint()
    drop = QPointF(box.center().x(), 12.3 * view.hour_height).toPoint()
    with qtbot.waitSignal(view.move_requested) as resized:
        qtbot.mousePress(view.grid, Qt.MouseButton.LeftButton, pos=edge)
        qtbot.mouseMove(view.grid, drop)
        qtbot.mouseRelease(view.grid, Qt.MouseButton.LeftButton, pos=drop)
    assert resized.args == [7, prague(2026, 12, 8, 10), prague(2026, 12, 8, 12, 15), KEEP_VENUE, False]


def test_overlapping_events_sit_side_by_side(qtbot: QtBot) -> None:
    view = _week(qtbot, dt.date(2026, 12, 7))
    view.set_events([row(1, prague(2026, 12, 9, 18), prague(2026, 12, 9, 20)),
                     row(2, prague(2026, 12, 9, 19), prague(2026, 12, 9, 21))], [])
    a, b = view.grid.box_of(1), view.grid.box_of(2)
    assert a is not None and b is not None
    assert not a.intersects(b)
    assert a.width() == pytest.approx(b.width(), abs=1)
    assert a.right() <= b.left() + 1


def test_a_short_window_scrolls_to_the_evening_but_keeps_the_first_event_of_the_day(qtbot: QtBot) -> None:
    view = WeekView(days=7, hour_height=48)
    qtbot.addWidget(view)
    view.resize(700, 300)  # 1024×700 at 150 %: about four hours of grid
    view.show_range(dt.date(2026, 12, 7), dt.date(2026, 12, 13))
    view.set_current_day(dt.date(2026, 12, 9))
    view.set_events([row(1, prague(2026, 12, 9, 16), prague(2026, 12, 9, 18)),
                     row(2, prague(2026, 12, 9, 19), prague(2026, 12, 9, 22)),
                     row(3, prague(2026, 12, 11, 10), prague(2026, 12, 11, 11))], [])
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view._scrolled_once)
    top = view.scroll_area.verticalScrollBar().value()
    box = view.grid.box_of(1)
    assert box is not None
    assert top <= box.top() <= top + view.scroll_area.viewport().height()
    assert top > 8 * view.hour_height  # the morning is not what opens


def test_when_the_weeks_events_fit_the_window_they_are_all_in_view(qtbot: QtBot) -> None:
    view = WeekView(days=7, hour_height=40)
    qtbot.addWidget(view)
    view.show_range(dt.date(2026, 12, 7), dt.date(2026, 12, 13))
    view.set_current_day(dt.date(2026, 12, 9))
    view.set_events([row(1, prague(2026, 12, 13, 16), prague(2026, 12, 13, 17)),
                     row(2, prague(2026, 12, 9, 19), prague(2026, 12, 9, 20, 45))], [])
    view.resize(700, 300)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view._scrolled_once)
    height = view.scroll_area.viewport().height()
    assert height / view.hour_height >= 5, "the test needs a window of about five hours"
    assert height / view.hour_height < 7, "the test needs a window too short for 16:00–23:00"
    top = view.scroll_area.verticalScrollBar().value()
    for event_id in (1, 2):
        box = view.grid.box_of(event_id)
        assert box is not None and top <= box.top() and box.bottom() <= top + height


def test_a_short_event_zoomed_out_is_still_one_line_of_title_high(qtbot: QtBot) -> None:
    view = _week(qtbot, dt.date(2026, 12, 7))
    view.set_hour_height(W.MIN_HOUR_HEIGHT)
    view.set_events([row(1, prague(2026, 12, 9, 18), prague(2026, 12, 9, 18, 15)),
                     row(2, prague(2026, 12, 9, 19), prague(2026, 12, 9, 21))], [])
    bold = view.grid.font()
    bold.setBold(True)
    line = QFontMetrics(bold).height()
    short, concert = view.grid.box_of(1), view.grid.box_of(2)
    assert short is not None and concert is not None
    assert short.height() >= line + 2 and concert.height() >= line + 2


def test_a_cut_title_ends_in_an_ellipsis() -> None:
    fm = QFontMetrics(QFont())
    title = "Vánoční koncert Slezského divadla a pěveckého sboru Domino v kostele sv. Ducha"
    width = fm.horizontalAdvance("Vánoční koncert")
    lines = wrap_elided(fm, title, width, 2)
    assert len(lines) == 2 and lines[0] == "Vánoční koncert" and lines[-1].endswith("…")
    assert all(fm.horizontalAdvance(line) <= width for line in lines)
    assert wrap_elided(fm, "Koncert", 400, 2) == ["Koncert"]
    assert wrap_elided(fm, "Koncert", 400, 0) == []
    narrow = fm.horizontalAdvance("Advent")
    long_words = wrap_elided(fm, "Adventní koncert", narrow, 3)
    assert all(line.endswith("…") and fm.horizontalAdvance(line) <= narrow for line in long_words)


def test_all_day_and_multi_day_events_go_to_the_strip(qtbot: QtBot) -> None:
    view = _week(qtbot, dt.date(2026, 12, 7))
    market = row(1, prague(2026, 11, 27), prague(2026, 12, 24), all_day=True)
    view.set_events([market], [])
    assert view.grid.box_of(1) is None
    view.header.grab()
    assert [b.event_id for b in view.header._boxes] == [1]


def test_ctrl_wheel_zooms_and_reports_the_hour_height(qtbot: QtBot) -> None:
    view = _week(qtbot, dt.date(2026, 12, 7))
    with qtbot.waitSignal(view.zoom_changed) as zoomed:
        view.set_hour_height(60)
    assert zoomed.args == [60]
    assert view.grid.minimumHeight() == 24 * 60 + 1
    view.set_hour_height(1000)
    assert view.hour_height == W.MAX_HOUR_HEIGHT


# --- timeline -------------------------------------------------------------------------


def test_timeline_drag_to_another_venue_row_moves_there(qtbot: QtBot) -> None:
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1100, 500)
    view.set_venues([venue(1, "Obecní dům"), venue(2, "Kostel sv. Vojtěcha")])
    view.show_range(dt.date(2026, 10, 26), dt.date(2026, 11, 1))
    view.set_events([row(9, prague(2026, 10, 27, 9), prague(2026, 10, 27, 17), venue_id=1)], [])
    view.show()
    qtbot.waitExposed(view)
    bar = view.body.bar_rect(9)
    assert bar is not None
    assert 0 <= bar.top() < ROW
    assert bar.left() > NAMES
    grab = bar.center().toPoint()
    drop = QPoint(grab.x(), grab.y() + ROW)
    with qtbot.waitSignal(view.move_requested) as moved:
        qtbot.mousePress(view.body, Qt.MouseButton.LeftButton, pos=grab)
        qtbot.mouseMove(view.body, drop)
        qtbot.mouseRelease(view.body, Qt.MouseButton.LeftButton, pos=drop)
    assert moved.args == [9, prague(2026, 10, 27, 9), prague(2026, 10, 27, 17), 2, False]


def test_timeline_drag_to_the_no_venue_row_clears_the_venue(qtbot: QtBot) -> None:
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1100, 500)
    view.set_venues([venue(1, "Obecní dům")])
    view.show_range(dt.date(2026, 10, 26), dt.date(2026, 11, 1))
    view.set_events([row(9, prague(2026, 10, 27, 9), prague(2026, 10, 27, 17), venue_id=1),
                     row(10, prague(2026, 10, 28, 9), prague(2026, 10, 28, 17))], [])
    view.show()
    qtbot.waitExposed(view)
    assert view.row_ids() == [1, None]
    bar = view.body.bar_rect(9)
    assert bar is not None
    grab = bar.center().toPoint()
    drop = QPoint(grab.x(), grab.y() + ROW)  # the "No venue" row
    with qtbot.waitSignal(view.move_requested) as moved:
        qtbot.mousePress(view.body, Qt.MouseButton.LeftButton, pos=grab)
        qtbot.mouseMove(view.body, drop)
        qtbot.mouseRelease(view.body, Qt.MouseButton.LeftButton, pos=drop)
    assert moved.args == [9, prague(2026, 10, 27, 9), prague(2026, 10, 27, 17), None, False]
    # dropped below the rows, a day later: the venue stays
    below = QPoint(grab.x() + int(view.day_width(view.body.width())), 2 * ROW + 40)
    with qtbot.waitSignal(view.move_requested) as moved:
        qtbot.mousePress(view.body, Qt.MouseButton.LeftButton, pos=grab)
        qtbot.mouseMove(view.body, below)
        qtbot.mouseRelease(view.body, Qt.MouseButton.LeftButton, pos=below)
    assert moved.args == [9, prague(2026, 10, 28, 9), prague(2026, 10, 28, 17), KEEP_VENUE, False]


@pytest.mark.parametrize("days", [7, 3])
def test_timeline_bars_sit_in_their_day_column_in_a_dst_week(qtbot: QtBot, days: int) -> None:
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1100, 300)
    view.set_venues([venue(1, "Obecní dům")])
    first = dt.date(2026, 10, 19) if days == 7 else dt.date(2026, 10, 23)
    view.show_range(first, dt.date(2026, 10, 25))
    noon = prague(2026, 10, 25, 12)  # Sunday, the 25-hour day
    view.set_events([row(1, noon, prague(2026, 10, 25, 14), venue_id=1)], [])
    view.show()
    qtbot.waitExposed(view)
    width = view.body.width()
    dw = view.day_width(width)
    sunday_left = view.names_width(width) + (days - 1) * dw
    bar = view.body.bar_rect(1)
    assert bar is not None
    # noon is 13 of the day's 25 hours (2:00 comes twice): the bar starts 13/25 into Sunday's
    # column, on the header's "12:00" hour line
    from planner.ui.calendar import layout
    assert (13, "12:00") in layout.hour_marks(dt.date(2026, 10, 25))
    assert view.x_of(noon, width) == pytest.approx(sunday_left + dw * 13 / 25, abs=1)
    assert bar.left() - 1 == pytest.approx(sunday_left + dw * 13 / 25, abs=1)
    assert view.x_of(prague(2026, 10, 25, 0), width) == pytest.approx(sunday_left, abs=0.01)
    assert view.x_of(prague(2026, 10, 26, 0), width) == pytest.approx(sunday_left + dw, abs=0.01)
    assert view.instant_of(view.x_of(noon, width), width) == noon


def test_timeline_conflicting_bookings_are_marked(qtbot: QtBot) -> None:
    view = TimelineView()
    qtbot.addWidget(view)
    view.set_venues([venue(1, "Obecní dům")])
    view.show_range(dt.date(2026, 10, 26), dt.date(2026, 11, 1))
    a = row(1, prague(2026, 10, 27, 18), prague(2026, 10, 27, 20), venue_id=1)
    b = row(2, prague(2026, 10, 27, 19), prague(2026, 10, 27, 21), venue_id=1)
    c = row(3, prague(2026, 10, 28, 19), prague(2026, 10, 28, 21), venue_id=1, status=EventStatus.CANCELLED)
    view.set_events([a, b, c], [Conflict("venue", 1, 2, "A", "B", "Obecní dům", b.start, a.end, "clash")])
    assert set(view.conflicts) == {1, 2}
    ra, rb = view.body.bar_rect(1), view.body.bar_rect(2)
    assert ra is not None and rb is not None and not ra.intersects(rb)  # stacked in the row
    view.body.grab()  # paints: conflicting bars red, the cancelled one pale and struck through


# --- agenda ---------------------------------------------------------------------------


def test_agenda_groups_by_day_and_lists_a_multi_day_event_once(qtbot: QtBot) -> None:
    from planner.ui.calendar.agenda_view import AgendaView

    view = AgendaView()
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show_range(dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    market = row(1, prague(2026, 11, 27), prague(2026, 12, 24), all_day=True, title="Vánoční trhy")
    carols = row(2, prague(2026, 12, 16, 18), prague(2026, 12, 16, 19), title="Zpívání koled",
                 status=EventStatus.CANCELLED)
    view.set_events([market, carols], [])
    days = view.days()
    assert [(d, [r.id for r in rows]) for d, rows in days] == [(dt.date(2026, 12, 1), [1]), (dt.date(2026, 12, 16), [2])]
    assert view.time_text(market) == "27. 11. – 23. 12. 2026"
    assert view.time_text(carols) == "18:00–19:00"
    view.show()
    qtbot.waitExposed(view)
    line = next(ln for ln in view.lines if ln.row is not None and ln.row.id == 2)
    point = QPointF(view.body.width() / 2, line.top + line.height / 2).toPoint()
    with qtbot.waitSignal(view.edit_requested) as edit:
        qtbot.mouseDClick(view.body, Qt.MouseButton.LeftButton, pos=point)
    assert edit.args == [2]
    text = view.document().toPlainText()
    assert "Zpívání koled" in text and "Vánoční trhy" in text


def test_all_day_strip_stops_at_four_lines_with_more(qtbot: QtBot) -> None:
    view = _week(qtbot, dt.date(2026, 12, 7))
    many = [row(i, prague(2026, 12, 7), prague(2026, 12, 14), all_day=True) for i in range(1, 11)]
    view.set_events(many, [])
    height = view.header.height()
    view.header.grab()
    assert len({b.event_id for b in view.header._boxes}) == 3
    rect, day = view.header._more[0]
    assert len(view.header._more) == 7 and day == dt.date(2026, 12, 7)
    assert height < 200  # the hour grid keeps the room
    with qtbot.waitSignal(view.day_requested) as opened:
        qtbot.mouseClick(view.header, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert opened.args == [dt.date(2026, 12, 7)]


def test_time_text_is_one_format_for_tooltips_and_the_agenda(qtbot: QtBot) -> None:
    from planner.ui.calendar.agenda_view import AgendaView
    from planner.ui.calendar.common import time_text, tooltip_html

    market = row(1, prague(2026, 11, 27), prague(2026, 12, 24), all_day=True)
    night = row(2, prague(2026, 12, 31, 19), prague(2027, 1, 1, 2))
    concert = row(3, prague(2026, 12, 5, 19), prague(2026, 12, 5, 21))
    assert time_text(market) == "27. 11. – 23. 12. 2026"
    assert time_text(night) == "31. 12. 2026 – 1. 1. 2027"
    assert time_text(concert) == "19:00–21:00"
    assert "5. 12. 2026, 19:00–21:00" in tooltip_html(concert, [])
    assert "27. 11. – 23. 12. 2026" in tooltip_html(market, [])
    assert "31. 12. 2026 19:00 – 1. 1. 2027 2:00" in tooltip_html(night, [])
    view = AgendaView()
    qtbot.addWidget(view)
    view.show_range(dt.date(2026, 11, 1), dt.date(2027, 1, 31))
    view.set_events([market, night, concert], [])
    assert [view.time_text(r) for r in (market, night, concert)] == [time_text(r) for r in (market, night, concert)]


def test_month_lane_layout_is_not_recomputed_on_repaint(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from planner.ui.calendar import layout as L

    calls: list[int] = []
    real = L.layout_month_row
    monkeypatch.setattr(L, "layout_month_row", lambda *a, **kw: calls.append(1) or real(*a, **kw))
    view = MonthView()
    qtbot.addWidget(view)
    view.resize(900, 640)
    view.show_range(dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    view.set_events([row(1, prague(2026, 12, 9, 8), prague(2026, 12, 9, 9))], [])
    view.grab()
    assert len(calls) == 6  # one per week row
    view.grab()
    view.grab()
    assert len(calls) == 6  # repaints reuse it
    view.set_events([row(1, prague(2026, 12, 10, 8), prague(2026, 12, 10, 9))], [])
    view.grab()
    assert len(calls) == 12  # new events: laid out again
    assert [h.event_id for h in view._hits] == [1]
    view.resize(900, 300)  # fewer lines fit
    view.grab()
    assert len(calls) == 18


def test_week_hour_lines_are_computed_per_range_not_per_paint(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from planner.ui.calendar import layout as L

    view = _week(qtbot, dt.date(2026, 10, 19))
    calls: list[int] = []
    real_marks, real_hours = L.hour_marks, L.day_hours
    monkeypatch.setattr(L, "hour_marks", lambda *a: calls.append(1) or real_marks(*a))
    monkeypatch.setattr(L, "day_hours", lambda *a: calls.append(1) or real_hours(*a))
    view.grid.grab()
    view.grid.grab()
    assert calls == []
    assert view.rows_count() == 25  # the week of 25 Oct 2026
    assert view.axis_labels()[:4] == ["0:00", "1:00", "2:00", "3:00"] and len(view.axis_labels()) == 25
    view.show_range(dt.date(2026, 10, 26), dt.date(2026, 11, 1))
    assert view.rows_count() == 24
    assert len(view.axis_labels()) == 24


def test_timeline_names_its_rows(qtbot: QtBot) -> None:
    view = TimelineView()
    qtbot.addWidget(view)
    view.set_venues([venue(1, "Obecní dům"), venue(2, "Kostel sv. Vojtěcha")])
    assert [view.venue_name(v) for v in (2, 1, None, 99)] == ["Kostel sv. Vojtěcha", "Obecní dům", "Bez místa", "?"]
    view.set_venues([venue(2, "Kostel sv. Ducha")])
    assert view.venue_name(2) == "Kostel sv. Ducha" and view.venue_name(1) == "?"


@pytest.mark.parametrize("height", [420, 900])
def test_week_opens_with_the_evening_concert_in_view(qtbot: QtBot, height: int) -> None:
    view = WeekView(days=7, hour_height=48)
    qtbot.addWidget(view)
    view.resize(900, height)
    view.show_range(dt.date(2026, 12, 7), dt.date(2026, 12, 13))
    view.set_events([row(1, prague(2026, 12, 9, 19), prague(2026, 12, 9, 21), title="Adventní koncert")], [])
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view._scrolled_once)
    bar = view.scroll_area.verticalScrollBar()
    shown = bar.value() / 48, (bar.value() + view.scroll_area.viewport().height()) / 48
    assert shown[0] <= 19 and shown[1] >= 21, shown
    if height == 900:  # room for the working day too: 8–23 in view
        assert shown[0] <= 8 and shown[1] >= 23, shown


def _shown_page(qtbot: QtBot, ctx, view: str, width: int, height: int):
    """The calendar page on 9. 12. 2026 over ``ctx``, showing ``view`` at the size, exposed."""
    from planner.ui.calendar.page import CalendarPage

    page = CalendarPage(ctx, today=dt.date(2026, 12, 9))
    qtbot.addWidget(page)
    page.resize(width, height)
    page.set_view(view)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_timeline_venue_column_is_dragged_wider_and_remembered(qtbot: QtBot, demo_ctx) -> None:
    from planner import settings
    from planner.ui.calendar.page import CalendarPage

    page = _shown_page(qtbot, demo_ctx, "timeline", 1000, 600)
    view = page.timeline
    header = view.header
    width = header._usable_width()
    edge = view.names_width(width)
    y = header.height() // 2
    qtbot.mousePress(header, Qt.MouseButton.LeftButton, pos=QPoint(edge, y))
    qtbot.mouseMove(header, QPoint(edge + 120, y))
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    move = QMouseEvent(QEvent.Type.MouseMove, QPointF(edge + 120, y), QPointF(header.mapToGlobal(QPoint(edge + 120, y))),
                       Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(header, move)
    qtbot.mouseRelease(header, Qt.MouseButton.LeftButton, pos=QPoint(edge + 120, y))
    assert view.names_width(width) == edge + 120
    assert demo_ctx.settings.get(settings.CALENDAR_TIMELINE_NAMES) == edge + 120
    again = CalendarPage(demo_ctx, today=dt.date(2026, 12, 9))
    qtbot.addWidget(again)
    assert again.timeline.names_width(width) == edge + 120
    qtbot.mouseDClick(header, Qt.MouseButton.LeftButton, pos=QPoint(edge + 120, y))
    assert demo_ctx.settings.get(settings.CALENDAR_TIMELINE_NAMES) == 0


def test_agenda_time_column_is_never_cut_in_a_narrow_window(qtbot: QtBot, demo_ctx) -> None:
    """At 150 % on a laptop the time column's default share gave "14:00–…": it keeps the whole time."""
    from PySide6.QtGui import QFontMetrics


    page = _shown_page(qtbot, demo_ctx, "agenda", 560, 400)
    body = page.agenda.body
    columns = body._columns()
    assert columns[0][1] >= QFontMetrics(body.font()).horizontalAdvance("19:00–21:00")
    assert columns[-1][0] + columns[-1][1] <= body.width()  # the others gave way: nothing pushed off


def test_agenda_columns_widen_by_dragging_and_are_remembered(qtbot: QtBot, demo_ctx) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from planner import settings
    from planner.ui.calendar.page import CalendarPage

    page = _shown_page(qtbot, demo_ctx, "agenda", 1000, 600)
    body = page.agenda.body
    x, w = body._columns()[1]  # the Event column's right edge, in the column titles
    edge, y = int(x + w + 4), 6
    qtbot.mousePress(body, Qt.MouseButton.LeftButton, pos=QPoint(edge, y))
    move = QMouseEvent(QEvent.Type.MouseMove, QPointF(edge + 100, y), QPointF(body.mapToGlobal(QPoint(edge + 100, y))),
                       Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(body, move)
    qtbot.mouseRelease(body, Qt.MouseButton.LeftButton, pos=QPoint(edge + 100, y))
    assert body._columns()[1][1] == pytest.approx(w + 100, abs=2)
    stored = demo_ctx.settings.get(settings.CALENDAR_AGENDA_COLUMNS)
    assert stored and len(stored.split(",")) == 5
    again = CalendarPage(demo_ctx, today=dt.date(2026, 12, 9))
    qtbot.addWidget(again)
    assert again.agenda.shares == pytest.approx(page.agenda.shares, abs=1e-3)
    qtbot.mouseDClick(body, Qt.MouseButton.LeftButton, pos=QPoint(int(sum(body._columns()[1]) + 4), y))
    assert demo_ctx.settings.get(settings.CALENDAR_AGENDA_COLUMNS) == ""
    assert page.agenda.shares == pytest.approx(list(AGENDA_COLUMNS))
