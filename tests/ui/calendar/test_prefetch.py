"""Prefetching neighbour periods: a step after idle time only repaints; changes are never stale."""

from __future__ import annotations

import datetime as dt
import threading

from planner.models.enums import RecordKind
from planner.services import events as event_service
from planner.services.dto import EventDraft
from planner.services.timeutil import prague
from planner.ui.calendar.cache import RangeCache
from planner.ui.calendar.page import CalendarPage


def test_range_cache_expires_and_evicts() -> None:
    now = [100.0]
    cache = RangeCache(30.0, size=2, clock=lambda: now[0])
    cache.put("a", 1)
    cache.put("b", 2)
    cache.put("c", 3)  # evicts the oldest
    assert "a" not in cache and "b" in cache
    now[0] += 31
    assert "c" not in cache and len(cache) == 0
    cache.put("d", 4)
    assert cache.pop("d") == 4 and cache.pop("d") is None  # used once


def _count_queries(monkeypatch) -> list[int]:
    calls: list[int] = []
    real = event_service.list_view_events

    def counting(sm, query):
        calls.append(1)
        return real(sm, query)

    monkeypatch.setattr(event_service, "list_view_events", counting)
    return calls


def test_step_after_idle_uses_the_prefetched_period(qtbot, demo_ctx, monkeypatch) -> None:
    page = CalendarPage(demo_ctx)
    qtbot.addWidget(page)
    page.set_view("month")
    page.go_to(dt.date(2026, 11, 15))
    qtbot.waitUntil(lambda: not page.prefetching())  # idle: the neighbours are loaded now
    calls = _count_queries(monkeypatch)
    page.step(1)
    assert calls == []  # December came from the prefetch
    titles = [r.title for r in page.current_view().rows]
    assert any(t.startswith("Adventní koncert") for t in titles)


def test_a_change_is_never_hidden_by_the_prefetch(qtbot, demo_ctx) -> None:
    page = CalendarPage(demo_ctx)
    qtbot.addWidget(page)
    page.set_view("month")
    page.go_to(dt.date(2026, 11, 15))
    qtbot.waitUntil(lambda: not page.prefetching())
    created = event_service.create_event(
        demo_ctx.sm, EventDraft("Nová akce v prosinci", prague(2026, 12, 17, 18), prague(2026, 12, 17, 20))
    )
    demo_ctx.bus.emit_change(RecordKind.EVENT, [created.id])
    page.step(1)
    assert created.id in {r.id for r in page.current_view().rows}


def test_the_prefetch_runs_off_the_gui_thread(qtbot, demo_ctx, monkeypatch) -> None:
    page = CalendarPage(demo_ctx)
    qtbot.addWidget(page)
    threads: list[str] = []
    real = event_service.list_view_events

    def recording(sm, query):
        threads.append(threading.current_thread().name)
        return real(sm, query)

    monkeypatch.setattr(event_service, "list_view_events", recording)
    page.set_view("month")
    page.go_to(dt.date(2026, 11, 15))
    assert threads == [threading.main_thread().name]  # the shown month: at once, for the paint
    qtbot.waitUntil(lambda: not page.prefetching())
    assert len(threads) >= 2 and all(t.startswith("calendar-prefetch") for t in threads[1:])


def test_the_period_just_left_is_kept_for_the_step_back(qtbot, demo_ctx, monkeypatch) -> None:
    page = CalendarPage(demo_ctx)
    qtbot.addWidget(page)
    page.set_view("month")
    page.go_to(dt.date(2026, 11, 15))
    qtbot.waitUntil(lambda: not page.prefetching())
    calls = _count_queries(monkeypatch)
    page.step(1)
    qtbot.waitUntil(lambda: not page.prefetching())
    assert len(calls) == 1  # only January: November, just left, is kept
    page.step(-1)
    assert len(calls) == 1
    assert page.current_date().month == 11
