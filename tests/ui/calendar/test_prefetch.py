"""Prefetching neighbour periods: a step after idle time only repaints; changes are never stale."""

from __future__ import annotations

import datetime as dt
import threading

from planner.models.enums import RecordKind
from planner.services import event_days as event_day_service
from planner.services import events as event_service
from planner.services.dto import EventDraft
from planner.services.timeutil import prague
from planner.ui.calendar import layout
from planner.ui.calendar.cache import RangeCache
from planner.ui.calendar.page import CalendarPage


def test_range_cache_expires_and_evicts() -> None:
    now = [100.0]
    cache = RangeCache(30.0, size=2, clock=lambda: now[0])
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.put("c", 3) == [1]  # evicts the oldest, and hands it back to be freed after the paint
    assert "a" not in cache and "b" in cache
    now[0] += 31
    assert "c" not in cache and len(cache) == 0
    cache.put("d", 4)
    assert cache.pop("d") == 4 and cache.pop("d") is None  # used once
    cache.put("e", 5)  # a month's days with events: kept when asked for, but not made younger
    now[0] += 20
    assert cache.get("e") == 5 and cache.get("e") == 5
    now[0] += 11
    assert cache.get("e") is None


def _record_threads(monkeypatch, owner, name: str) -> list[str]:
    """Replace ``owner.name`` by a wrapper that records the name of the thread calling it, then calls it."""
    threads: list[str] = []
    real = getattr(owner, name)

    def recording(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, recording)
    return threads


def _count_queries(monkeypatch) -> list[str]:
    return _record_threads(monkeypatch, event_service, "list_view_events")


def _idle_page(qtbot, ctx, day: dt.date, view: str = "month") -> CalendarPage:
    """A calendar page showing ``day`` in ``view``, its neighbours prefetched."""
    page = CalendarPage(ctx)
    qtbot.addWidget(page)
    page.set_view(view)
    page.go_to(day)
    qtbot.waitUntil(lambda: not page.prefetching())  # idle: the neighbours are loaded now
    return page


def test_step_after_idle_uses_the_prefetched_period(qtbot, demo_ctx, monkeypatch) -> None:
    page = _idle_page(qtbot, demo_ctx, dt.date(2026, 11, 15))
    calls = _count_queries(monkeypatch)
    page.step(1)
    assert calls == []  # December came from the prefetch
    titles = [r.title for r in page.current_view().rows]
    assert any(t.startswith("Adventní koncert") for t in titles)


def test_a_change_is_never_hidden_by_the_prefetch(qtbot, demo_ctx) -> None:
    page = _idle_page(qtbot, demo_ctx, dt.date(2026, 11, 15))
    created = event_service.create_event(
        demo_ctx.sm, EventDraft("Nová akce v prosinci", prague(2026, 12, 17, 18), prague(2026, 12, 17, 20))
    )
    demo_ctx.bus.emit_change(RecordKind.EVENT, [created.id])
    page.step(1)
    assert created.id in {r.id for r in page.current_view().rows}


def test_the_prefetch_runs_off_the_gui_thread(qtbot, demo_ctx, monkeypatch) -> None:
    page = CalendarPage(demo_ctx)
    qtbot.addWidget(page)
    threads = _count_queries(monkeypatch)
    page.set_view("month")
    page.go_to(dt.date(2026, 11, 15))
    assert threads == [threading.main_thread().name]  # the shown month: at once, for the paint
    qtbot.waitUntil(lambda: not page.prefetching())
    assert len(threads) >= 2 and all(t.startswith("calendar-prefetch") for t in threads[1:])


def test_the_period_just_left_is_kept_for_the_step_back(qtbot, demo_ctx, monkeypatch) -> None:
    page = _idle_page(qtbot, demo_ctx, dt.date(2026, 11, 15))
    calls = _count_queries(monkeypatch)
    page.step(1)
    qtbot.waitUntil(lambda: not page.prefetching())
    assert len(calls) == 1  # only January: November, just left, is kept
    page.step(-1)
    assert len(calls) == 1
    assert page.current_date().month == 11


def test_the_mini_months_bold_days_of_the_next_month_are_prefetched(qtbot, demo_ctx, monkeypatch) -> None:
    """A step shows the next month's days with events in the mini month without a query of its own."""
    page = CalendarPage(demo_ctx)
    qtbot.addWidget(page)
    threads = _record_threads(monkeypatch, event_day_service, "list_event_days")
    page.set_view("week")
    page.go_to(dt.date(2026, 10, 28))  # the next week is in November: its month's days are prefetched
    qtbot.waitUntil(lambda: not page.prefetching())
    assert any(t.startswith("calendar-prefetch") for t in threads)
    page.set_view("month")
    qtbot.waitUntil(lambda: not page.prefetching())
    threads.clear()
    page.step(1)  # November
    page.step(-1)  # back to October: kept
    page.step(1)
    assert threading.main_thread().name not in threads
    november = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert page.mini_month.event_days() == event_day_service.list_event_days(demo_ctx.sm, *november)
    assert page.mini_month.event_days()  # the demo has events in November


def test_a_new_event_is_bold_in_the_mini_month_at_once(qtbot, demo_ctx) -> None:
    """A change drops the prefetched days with events: the new event's day is bold after the broadcast."""
    page = _idle_page(qtbot, demo_ctx, dt.date(2026, 11, 15))
    quiet = next(dt.date(2026, 12, d) for d in range(1, 32)
                 if dt.date(2026, 12, d) not in page.event_days(dt.date(2026, 12, 1), dt.date(2026, 12, 31)))
    created = event_service.create_event(
        demo_ctx.sm, EventDraft("Nová akce", prague(quiet.year, quiet.month, quiet.day, 18),
                                prague(quiet.year, quiet.month, quiet.day, 20))
    )
    demo_ctx.bus.emit_change(RecordKind.EVENT, [created.id])
    page.step(1)
    assert quiet in page.mini_month.event_days()


def test_the_next_months_layout_is_prepared_on_the_worker(qtbot, demo_ctx, monkeypatch) -> None:
    """The month's lane layout of a prefetched month is computed with it, off the GUI thread; a grid
    resized meanwhile (other lines per day) lays itself out again rather than draw the old one."""
    for month in (7, 8):
        for day in range(1, 29, 3):  # four a day: more than a short grid has lines for
            for hour in (10, 13, 16, 19):
                event_service.create_event(demo_ctx.sm, EventDraft(
                    f"Letní scéna {day}. {month}.", prague(2026, month, day, hour), prague(2026, month, day, hour + 2)))
    page = CalendarPage(demo_ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.set_view("month")
    page.go_to(dt.date(2026, 6, 15))  # far from today's December, kept from the first paint
    qtbot.waitUntil(lambda: not page.prefetching())
    real = layout.month_layouts
    threads = _record_threads(monkeypatch, layout, "month_layouts")
    page.step(1)  # July: laid out on the worker when it was prefetched, before this test recorded
    month = page.current_view()
    weeks = [month.row_layout(week) for week in range(6)]
    assert threads == []
    assert weeks == real(month.visible_range()[0], month.rows, lines=month.max_lines()).weeks
    assert any(row.bars for row, _monday in weeks)
    qtbot.waitUntil(lambda: not page.prefetching())  # August, laid out on the worker
    assert threads and all(t.startswith("calendar-prefetch") for t in threads)
    threads.clear()
    page.resize(1100, 420)  # fewer lines per day than August was prepared for
    qtbot.waitUntil(lambda: month.max_lines() < 4)
    page.step(1)
    lines = month.max_lines()
    assert all(b.lane < lines for week in range(6) for b in month.row_layout(week)[0].bars)
    assert threads == [threading.main_thread().name]  # August's prepared layout did not fit: laid out again
    assert any(month.row_layout(week)[0].more for week in range(6))  # what has no line is counted
