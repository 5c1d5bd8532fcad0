"""Calendar geometry rules (pure; this module must not import Qt)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.services.timeutil import prague
from planner.ui.calendar import layout as L


def test_layout_module_imports_no_qt() -> None:
    code = "import sys, planner.ui.calendar.layout; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_overlapping_items_share_columns_and_touching_ones_do_not() -> None:
    placements = L.place_overlapping([("a", 9, 11), ("b", 10, 12), ("c", 11, 13), ("d", 14, 15)])
    by = {p.key: p for p in placements}
    assert [p.key for p in placements] == ["a", "b", "c", "d"]
    assert (by["a"].column, by["b"].column, by["c"].column) == (0, 1, 0)
    assert by["a"].columns == by["b"].columns == by["c"].columns == 2
    assert (by["d"].column, by["d"].columns) == (0, 1)


def test_three_way_overlap_needs_three_columns() -> None:
    placements = L.place_overlapping([("x", 0, 10), ("y", 1, 3), ("z", 2, 4), ("w", 3.5, 5)])
    by = {p.key: p for p in placements}
    assert by["x"].columns == 3
    assert len({by["x"].column, by["y"].column, by["z"].column}) == 3
    assert by["w"].column == by["y"].column  # y ended before w started: its column is reused


def test_month_row_overflowing_day_counts_the_rest_and_keeps_bars_whole() -> None:
    # a market bar Mon..Sun, and five single events on Wednesday (column 2), room for 3 lines
    items = [("market", 0, 6)] + [(f"e{i}", 2, 2) for i in range(5)]
    row = L.layout_month_row(items, max_lanes=3, more_on_last_line=False)
    assert row.more == {2: 3}  # three lines shown (market, e0, e1), "+3 more" in the day's header
    market = [b for b in row.bars if b.key == "market"]
    assert market == [L.Bar("market", 0, 0, 6)]
    assert row.keys_in(2) == {"market", "e0", "e1"}
    assert all(b.lane < 3 for b in row.bars)


def test_month_row_bars_are_never_cut_into_pieces() -> None:
    """At 150 % a month cell has room for two lines: a bar crossing a "+N more" was drawn in
    fragments around it; now every bar is drawn whole or counted on each of its days."""
    items = [("a", 0, 6), ("b", 0, 6), ("long", 0, 6)] + [(f"e{i}", 3, 3) for i in range(2)]
    for on_last_line, lanes in ((False, 2), (True, 3)):
        row = L.layout_month_row(items, max_lanes=lanes, more_on_last_line=on_last_line)
        assert [b.key for b in row.bars] == ["a", "b"]
        assert all((b.first, b.last) == (0, 6) for b in row.bars)
        assert row.more == {0: 1, 1: 1, 2: 1, 3: 3, 4: 1, 5: 1, 6: 1}
        for col in range(7):  # every item of a day is drawn or counted, once
            assert len(row.keys_in(col)) + row.more.get(col, 0) == sum(1 for _k, f, l in items if f <= col <= l)


def test_month_row_without_overflow_has_no_more() -> None:
    row = L.layout_month_row([("a", 1, 2), ("b", 3, 4)], max_lanes=2)
    assert row.more == {}
    assert {b.lane for b in row.bars} == {0}


def test_snap_to_quarter_hours() -> None:
    assert [L.snap(m) for m in (0, 7, 8, 22, 23, 59)] == [0, 0, 15, 15, 30, 60]


def test_dst_day_lengths_and_hour_labels() -> None:
    assert L.day_hours(dt.date(2026, 3, 29)) == 23
    assert L.day_hours(dt.date(2026, 10, 25)) == 25
    assert L.day_hours(dt.date(2026, 10, 26)) == 24
    spring = [label for _h, label in L.hour_marks(dt.date(2026, 3, 29))]
    assert spring[:4] == ["0:00", "1:00", "3:00", "4:00"]
    autumn = [label for _h, label in L.hour_marks(dt.date(2026, 10, 25))]
    assert autumn[:5] == ["0:00", "1:00", "2:00", "2:00", "3:00"]


def test_hours_into_dst_day_are_real_hours() -> None:
    day = dt.date(2026, 3, 29)
    assert L.hours_into_day(prague(2026, 3, 29, 4), day) == 3.0
    assert L.instant_at(day, 3.0) == prague(2026, 3, 29, 4)
    autumn = dt.date(2026, 10, 25)
    assert L.hours_into_day(prague(2026, 10, 25, 4), autumn) == 5.0
    assert L.snapped_instant(autumn, 5.1) == prague(2026, 10, 25, 4, 0)


def test_visible_hours_clips_to_day_and_drops_events_ending_at_midnight() -> None:
    day = dt.date(2026, 11, 26)
    assert L.visible_hours((prague(2026, 11, 25, 22), prague(2026, 11, 26, 2)), day) == (0.0, 2.0)
    assert L.visible_hours((prague(2026, 11, 25, 22), prague(2026, 11, 26, 0)), day) is None
    assert L.visible_hours((prague(2026, 11, 26, 9), prague(2026, 11, 26, 9)), day) == (9.0, 9.0)


def test_month_grid_starts_on_monday_and_months_clamp() -> None:
    assert L.month_grid_start(dt.date(2026, 12, 9)) == dt.date(2026, 11, 30)
    assert L.add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert L.add_months(dt.date(2026, 12, 15), 1) == dt.date(2027, 1, 15)
    assert L.add_months(dt.date(2026, 1, 15), -1) == dt.date(2025, 12, 15)


def test_pack_lanes_with_a_limit_puts_the_rest_in_one_overflow_lane() -> None:
    items = [(i, 0, 0) for i in range(100)] + [("long", 0, 6)]
    lanes = L.pack_lanes(items, limit=3)
    assert sorted(lanes.values()).count(3) == 98
    assert lanes["long"] == 0  # longest first
    assert L.pack_lanes(items)[99] == 100


def _first_free_lane(items: list[tuple[int, int, int]], limit: int | None) -> dict[int, int]:
    """The rule pack_lanes implements, without its shortcuts: by first column, longer first, then input order;
    each item the lowest lane free on all its columns; with a limit, those finding none below it get ``limit``."""
    order = sorted(range(len(items)), key=lambda i: (items[i][1], items[i][1] - items[i][2], i))
    taken: list[set[int]] = []
    out: dict[int, int] = {}
    for i in order:
        key, first, last = items[i]
        columns = set(range(first, last + 1))
        lane = next((n for n, cols in enumerate(taken) if not cols & columns), len(taken))
        if limit is not None and lane >= limit:
            out[key] = limit
            continue
        if lane == len(taken):
            taken.append(set())
        taken[lane] |= columns
        out[key] = lane
    return out


_spans = st.tuples(st.integers(0, 6), st.integers(0, 6)).map(lambda t: (min(t), max(t)))


@settings(max_examples=300, deadline=None)
@given(st.lists(_spans, max_size=60), st.one_of(st.none(), st.integers(1, 6)))
def test_pack_lanes_gives_each_item_the_lowest_free_lane(spans: list[tuple[int, int]], limit: int | None) -> None:
    # the month's busy days are laid out with shortcuts (a mask of columns full in every lane);
    # they must not change which lane an event gets, nor which events are hidden
    items = [(i, first, last) for i, (first, last) in enumerate(spans)]
    assert L.pack_lanes(items, limit) == _first_free_lane(items, limit)
