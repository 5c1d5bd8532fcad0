"""Pure calendar geometry, no Qt: overlap columns, month lanes, snapping, DST-aware hours.

Kept free of Qt so the rules are tested quickly and without a display (like
KDE EventViews' ``CellItem::placeItem`` and its month item order tests).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, NamedTuple, TypeVar

from planner.services.dto import CalendarEvent
from planner.services.timeutil import PRAGUE, UTC, local_midnight

SNAP_MINUTES = 15

# The key callers give an item (an event id in the views); placements and bars hand it back typed.
K = TypeVar("K", bound=Hashable)


# --- week/day grid: overlapping events side by side -----------------------------------


@dataclass(frozen=True)
class Placement(Generic[K]):
    """Where an item goes in its cluster of overlapping items: column ``column`` of ``columns``."""

    key: K
    column: int
    columns: int


def place_overlapping(items: Sequence[tuple[K, float, float]]) -> list[Placement[K]]:
    """Place (key, start, end) items in side-by-side columns; return placements in input order.

    Items that touch (one ends when the next starts) do not overlap. Items of one
    cluster (transitively overlapping) share the column count, so widths line up.
    Zero-length items are treated as one minute long so they stay visible.
    """
    order = sorted(range(len(items)), key=lambda i: (items[i][1], -items[i][2], i))
    column_of: dict[int, int] = {}
    columns_of: dict[int, int] = {}
    cluster: list[int] = []
    column_ends: list[float] = []
    cluster_end = float("-inf")

    def close_cluster() -> None:
        for i in cluster:
            columns_of[i] = len(column_ends)

    for i in order:
        _key, start, end = items[i]
        end = max(end, start + 1e-6)
        if cluster and start >= cluster_end:
            close_cluster()
            cluster.clear()
            column_ends.clear()
        for col, col_end in enumerate(column_ends):
            if col_end <= start:
                column_ends[col] = end
                column_of[i] = col
                break
        else:
            column_of[i] = len(column_ends)
            column_ends.append(end)
        cluster.append(i)
        cluster_end = max(cluster_end, end) if len(cluster) > 1 else end
    close_cluster()
    return [Placement(items[i][0], column_of[i], columns_of[i]) for i in range(len(items))]


# --- month rows: multi-day bars in lanes, "+N more" -----------------------------------


@dataclass(frozen=True)
class Bar(Generic[K]):
    """A visible piece of an item in a month row: lane and inclusive columns."""

    key: K
    lane: int
    first: int
    last: int


@dataclass(frozen=True)
class RowLayout(Generic[K]):
    """Bars to draw in one week row and the number of hidden items per column."""

    bars: list[Bar[K]]
    more: dict[int, int]

    def keys_in(self, column: int) -> set[K]:
        return {b.key for b in self.bars if b.first <= column <= b.last}


def pack_lanes(items: Sequence[tuple[K, int, int]], limit: int | None = None) -> dict[K, int]:
    """Give each (key, first_column, last_column) item the lowest lane free on all its columns.

    By first column, longer items first (so festival and market bars sit on top),
    then in input order (callers pass items sorted by time). With a ``limit``,
    items finding no free lane below it all get lane ``limit`` (they are hidden
    anyway), which keeps a day of hundreds of events cheap.
    """
    order = sorted(items, key=lambda it: (it[1], it[1] - it[2]))  # stable: input order breaks ties
    busy: list[int] = []  # per lane, a bit per column taken
    full = 0  # with every lane open: the columns taken in all of them (an item on one fits nowhere)
    lanes: dict[K, int] = {}
    for key, first, last in order:
        mask = ((1 << (last - first + 1)) - 1) << first
        if limit is not None and len(busy) >= limit and (mask & full or all(taken & mask for taken in busy)):
            lanes[key] = limit
            continue
        for lane, taken in enumerate(busy):
            if not taken & mask:
                busy[lane] = taken | mask
                lanes[key] = lane
                break
        else:
            lanes[key] = len(busy)
            busy.append(mask)
        if limit is not None and len(busy) >= limit:
            full = busy[0]
            for taken in busy[1:]:
                full &= taken
    return lanes


def layout_month_row(
    items: Sequence[tuple[K, int, int]], max_lanes: int, columns: int = 7, *, more_on_last_line: bool = True,
) -> RowLayout[K]:
    """Lay out one week row of a month with room for ``max_lanes`` lines per day.

    An item that gets no line is counted in its days' "+N more". With ``more_on_last_line``
    (the week view's all-day strip) a day with such items gives its last line to "+N more";
    without it (the month, which writes "+N more" in the day's header line) every line holds
    events. Either way a bar is drawn whole or not at all: at 150 % a cell has room for two
    lines, and a bar broken into fragments around a "+N more" read as several events.
    """
    if max_lanes <= 0:
        counts = {c: sum(1 for _k, f, l in items if f <= c <= l) for c in range(columns)}
        return RowLayout([], {c: n for c, n in counts.items() if n})
    lanes = pack_lanes(items, max_lanes)
    hidden = {k for k, _f, _l in items if lanes[k] >= max_lanes}
    if more_on_last_line:
        last_lane = max_lanes - 1
        overflow = {c for k, f, l in items if k in hidden for c in range(f, l + 1)}
        changed = True
        while changed:  # hiding a bar gives its days a "+N more", which may push out another bar
            changed = False
            for key, first, last in items:
                if key not in hidden and lanes[key] == last_lane and any(c in overflow for c in range(first, last + 1)):
                    hidden.add(key)
                    overflow.update(range(first, last + 1))
                    changed = True
    bars = [Bar(k, lanes[k], f, l) for k, f, l in items if k not in hidden]
    more: dict[int, int] = {}
    for k, f, l in items:
        if k in hidden:
            for c in range(f, l + 1):
                more[c] = more.get(c, 0) + 1
    return RowLayout(sorted(bars, key=lambda b: (b.lane, b.first)), dict(sorted(more.items())))


def _runs(cols: list[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for c in cols:
        if out and out[-1][1] == c - 1:
            out[-1] = (out[-1][0], c)
        else:
            out.append((c, c))
    return out


class MonthLayouts(NamedTuple):
    """The lane layouts of a month grid's week rows (with each row's Monday), for one grid start and
    number of lines per day."""

    start: dt.date
    lines: int
    weeks: list[tuple[RowLayout[int], dt.date]]


def month_layouts(start: dt.date, rows: Iterable[CalendarEvent], *, lines: int, weeks: int = 6) -> MonthLayouts:
    """Lay out the week rows of a month grid starting on ``start``: each event is put in the rows it
    touches in one pass over the rows (pure Python: the loader runs it on its worker for a prefetched
    period)."""
    items: list[list[tuple[int, int, int]]] = [[] for _ in range(weeks)]
    end = 7 * weeks
    for r in rows:
        a, b = (r.first_day - start).days, (r.last_day - start).days
        if b < 0 or a >= end:
            continue
        a, b = (a if a > 0 else 0), (b if b < end else end - 1)  # days before or after the grid: its edges
        wa, wb = a // 7, b // 7
        if wa == wb:  # most events: one week row
            items[wa].append((r.id, a - 7 * wa, b - 7 * wa))
            continue
        items[wa].append((r.id, a - 7 * wa, 6))
        for week in range(wa + 1, wb):
            items[week].append((r.id, 0, 6))
        items[wb].append((r.id, 0, b - 7 * wb))
    return MonthLayouts(start, lines, [
        (layout_month_row(row, lines, more_on_last_line=False), start + dt.timedelta(days=7 * week))
        for week, row in enumerate(items)])


# --- months and weeks ------------------------------------------------------------------


def month_grid_start(day: dt.date) -> dt.date:
    """Return the Monday starting the 6-week grid of the month of ``day``."""
    first = day.replace(day=1)
    return first - dt.timedelta(days=first.weekday())


def week_start(day: dt.date) -> dt.date:
    """Return the Monday of the ISO week of ``day``."""
    return day - dt.timedelta(days=day.weekday())


def month_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """Return the first and last day of the month of ``day`` (the month view's range, the mini month's
    page: the loader keys their days by it)."""
    first = day.replace(day=1)
    return first, add_months(first, 1) - dt.timedelta(days=1)


def add_months(day: dt.date, months: int) -> dt.date:
    """Return the same day ``months`` later, clamped to the month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError(day)


# --- snapping and DST-aware hours ------------------------------------------------------


def snap(minutes: float, step: int = SNAP_MINUTES) -> int:
    """Round minutes to the nearest step (15 minutes by default; halves round up)."""
    return int(math.floor(minutes / step + 0.5)) * step


@lru_cache(maxsize=4096)
def day_hours(day: dt.date) -> int:
    """Return the length of the local (Prague) day in hours: 23, 24 or 25."""
    start = local_midnight(day)
    end = local_midnight(day + dt.timedelta(days=1))
    return round((end - start).total_seconds() / 3600)


def hours_into_day(instant: dt.datetime, day: dt.date) -> float:
    """Return real elapsed hours from the local midnight starting ``day`` to ``instant``."""
    return (instant.astimezone(UTC) - local_midnight(day)).total_seconds() / 3600


def instant_at(day: dt.date, hours: float) -> dt.datetime:
    """Return the UTC instant ``hours`` of real time after the local midnight of ``day``."""
    return local_midnight(day) + dt.timedelta(hours=hours)


def snapped_instant(day: dt.date, hours: float, step: int = SNAP_MINUTES) -> dt.datetime:
    """Return the instant at ``hours`` into the day, snapped to the step.

    Prague offsets are whole hours, so snapping elapsed minutes snaps wall-clock
    minutes too, also on the 23- and 25-hour days.
    """
    return instant_at(day, snap(hours * 60, step) / 60)


def hour_marks(day: dt.date) -> list[tuple[int, str]]:
    """Return (elapsed hour, wall-clock label) of every hour line of the local day.

    29 Mar 2026 goes 0:00, 1:00, 3:00, ...; 25 Oct 2026 has 2:00 twice.
    """
    out = []
    for h in range(day_hours(day)):
        wall = instant_at(day, h).astimezone(PRAGUE)
        out.append((h, f"{wall.hour}:{wall.minute:02d}"))
    return out


def visible_hours(
    instants: tuple[dt.datetime, dt.datetime],
    day: dt.date,
    bounds: tuple[dt.datetime, dt.datetime] | None = None,
) -> tuple[float, float] | None:
    """Clip an event's (start, end) to the local day; return elapsed hours or None if outside.

    ``bounds`` are the day's (start, end) instants when the caller already has them.
    """
    m0, m1 = bounds if bounds is not None else (local_midnight(day), local_midnight(day + dt.timedelta(days=1)))
    length = (m1 - m0).total_seconds() / 3600
    top = max(0.0, (instants[0] - m0).total_seconds() / 3600)
    bottom = min(length, (instants[1] - m0).total_seconds() / 3600)
    if bottom < top or (bottom == top and (instants[0] != instants[1] or top >= length)):
        return None
    return top, bottom
