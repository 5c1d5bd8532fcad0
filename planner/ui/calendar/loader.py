"""PeriodLoader: the calendar's periods of events and conflicts, the neighbours prefetched on a worker.

The page asks for the period it shows (``take``) and, after the paint, for its neighbours
(``prefetch``); a step then only repaints. The worker also runs what the view derives from a
period's rows alone (``prepare``: the month's lane layout), and loads the mini month's days with
events (``days``) per month. Loaded periods are kept for PREFETCH_SECONDS (others may edit a
shared database), the period just left is kept for a step back, and ``forget`` drops everything
(a change broadcast, a new filter): a generation number discards what the worker was still
loading. The worker runs services and pure functions only, never Qt (issue 13: never on the GUI
thread).
"""

from __future__ import annotations

import datetime as dt
import logging
import time
import weakref
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from functools import partial
from typing import Any, NamedTuple

from PySide6.QtCore import QObject, QTimer, Signal

from planner.errors import PlannerError
from planner.services import conflicts as conflict_service
from planner.services import event_days as event_day_service
from planner.services import events as event_service
from planner.services._common import SM
from planner.services.dto import CalendarEvent, Conflict, EventQuery
from planner.services.timeutil import range_bounds
from planner.ui.calendar.base import Prepare
from planner.ui.calendar.cache import RangeCache

log = logging.getLogger(__name__)

# How long a prefetched neighbour period may be shown without asking the database again.
PREFETCH_SECONDS = 30.0


class Loaded(NamedTuple):
    """A period's rows and conflicts, and what the view prepared from the rows on the worker (or None)."""

    rows: list[CalendarEvent]
    conflicts: list[Conflict]
    prepared: object = None


Period = tuple[dt.date, dt.date]
_DAYS = "days"  # the first item of a month's days-with-events key (a period's key starts with a date)
_WORKERS: weakref.WeakSet[ThreadPoolExecutor] = weakref.WeakSet()


def drain_prefetches(timeout: float = 30.0) -> None:
    """Wait until no calendar's worker is loading (before closing or dropping a database)."""
    for worker in list(_WORKERS):
        try:
            worker.submit(lambda: None).result(timeout=timeout)  # one thread: runs after what is queued
        except RuntimeError:  # shut down already
            pass


def load_period(sm: SM, first: dt.date, last: dt.date, query: EventQuery, prepare: Prepare | None = None) -> Loaded:
    """Query the events and conflicts of an inclusive range of days, and prepare the view's part
    (any thread: services and pure functions only)."""
    start, end = range_bounds(first, last)
    rows = event_service.list_view_events(sm, replace(query, start=start, end=end))
    filtered = query != EventQuery()
    conflicts = conflict_service.conflicts_for_range(sm, first, last, rows, filtered=filtered)
    return Loaded(rows, conflicts, prepare(first, last, rows) if prepare is not None else None)


class PeriodLoader(QObject):
    """Loads the period shown and prefetches its neighbours; see the module docstring."""

    _prefetched = Signal(object, int, object)  # cache key, generation, loaded period (from the worker)

    def __init__(self, sm: SM, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sm = sm
        self._cache = RangeCache(PREFETCH_SECONDS)
        self._days = RangeCache(PREFETCH_SECONDS)  # (_DAYS, first, last, query) of a month -> its days with events
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="calendar-prefetch")
        _WORKERS.add(self._worker)
        self._generation = 0
        self._dropped: list[Any] = []  # evicted periods, freed after the paint
        self._in_flight: dict[tuple[object, ...], Future[Any]] = {}
        self._shown: tuple[tuple[object, ...], float, Loaded] | None = None
        self._prefetched.connect(self._on_prefetched)
        worker = self._worker
        self.destroyed.connect(lambda: worker.shutdown(wait=False, cancel_futures=True))

    def take(self, first: dt.date, last: dt.date, query: EventQuery) -> Loaded:
        """Return the period to show now: prefetched if fresh, else awaited from the worker, else loaded."""
        key = (first, last, query)
        if self._shown is not None and self._shown[0] != key:  # keep the period just left for a step back
            self._drop_later(self._cache.put(self._shown[0], self._shown[2], stamp=self._shown[1]))
        loaded: Loaded | None = self._cache.pop(key, None)
        stamp = self._cache.stamp_of_last_pop
        if loaded is None and key in self._in_flight:  # the worker is loading it: wait, do not load twice
            loaded, stamp = self._wait_for(self._in_flight[key]), time.monotonic()
        if loaded is None:
            loaded, stamp = load_period(self._sm, first, last, query), time.monotonic()
        self._shown = (key, stamp, loaded)
        return loaded

    def days(self, first: dt.date, last: dt.date, query: EventQuery) -> frozenset[dt.date]:
        """Return the days of first..last with events: prefetched if fresh, else awaited, else loaded."""
        key = (_DAYS, first, last, query)
        found: frozenset[dt.date] | None = self._days.get(key)
        if found is not None:
            return found  # kept with the time it was loaded: it still expires PREFETCH_SECONDS after
        if key in self._in_flight:
            found = self._wait_for(self._in_flight[key])
        if found is None:
            found = event_day_service.list_event_days(self._sm, first, last, query)
        self._drop_later(self._days.put(key, found))
        return found

    def _drop_later(self, evicted: list[Any]) -> None:
        """Free evicted periods after the paint: a 100k month's rows take ~0.5 ms to free (issue 13)."""
        if evicted:
            if not self._dropped:
                QTimer.singleShot(0, self, self._dropped.clear)
            self._dropped.extend(evicted)

    def forget(self) -> None:
        """Drop every loaded period, and whatever the worker is still loading."""
        self._cache.clear()
        self._days.clear()
        self._shown = None
        self._generation += 1
        self._in_flight.clear()

    def prefetch(self, periods: Sequence[Period], query: EventQuery, months: Sequence[Period] = (),
                 prepare: Prepare | None = None) -> None:
        """Load these periods (and ``prepare`` the view's part of each), and the days with events of
        these months, on the worker. What is kept, loading or shown is skipped.
        """
        self._cache.expire()
        for first, last in periods:
            key: tuple[object, ...] = (first, last, query)
            if key in self._cache or key in self._in_flight or (self._shown and self._shown[0] == key):
                continue
            self._submit(key, partial(load_period, self._sm, first, last, query, prepare))
        for first, last in months:
            key = (_DAYS, first, last, query)
            if key not in self._days and key not in self._in_flight:
                self._submit(key, partial(event_day_service.list_event_days, self._sm, first, last, query))

    def _submit(self, key: tuple[object, ...], job: Any) -> None:
        future = self._worker.submit(job)
        self._in_flight[key] = future
        future.add_done_callback(partial(self._deliver, key, self._generation))

    def busy(self) -> bool:
        """Return whether the worker is still loading a period."""
        return bool(self._in_flight)

    def _deliver(self, key: tuple[object, ...], generation: int, future: Future[Any]) -> None:
        """Hand a prefetched period to the GUI thread (runs on the worker)."""
        if future.cancelled():
            return
        error = future.exception()
        if error is not None:  # e.g. a busy database: the step will simply query again
            log.info("prefetch of %s failed: %s", key, error, exc_info=not isinstance(error, PlannerError))
            value: object = None
        else:
            value = future.result()
        try:
            self._prefetched.emit(key, generation, value)
        except RuntimeError:  # the loader is gone
            pass

    def _on_prefetched(self, key: tuple[object, ...], generation: int, value: Any) -> None:
        self._in_flight.pop(key, None)
        if value is not None and generation == self._generation:
            self._drop_later((self._days if key[0] == _DAYS else self._cache).put(key, value))

    @staticmethod
    def _wait_for(future: Future[Any]) -> Any:
        try:
            return future.result(timeout=30)
        except Exception:  # noqa: BLE001  # logged by _deliver; the caller loads itself
            return None
