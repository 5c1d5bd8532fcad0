"""The typed change broadcast: hidden pages wait until shown; one edit queries only what is in view."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

from planner.db import Database
from planner.models.enums import RecordKind
from planner.services import events as event_service
from planner.services.dto import EventQuery
from planner.services.timeutil import range_bounds
from planner.ui.changes import Change


@contextmanager
def statements(db: Database) -> Iterator[list[str]]:
    """Collect the SQL statements the GUI thread runs on the database inside the block.

    What the user waits for: the calendar's prefetch of neighbour periods runs on a worker thread
    (issue 13) whenever the machine gets to it, so its statements are not counted here.
    """
    seen: list[str] = []
    gui = threading.get_ident()

    def record(_conn, _cursor, statement, *_args) -> None:
        if threading.get_ident() == gui:
            seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def _timed_event(db: Database):
    query = EventQuery(*range_bounds(dt.date(2026, 1, 1), dt.date(2027, 12, 31)))
    return next(r for r in event_service.list_view_events(db.sm, query) if not r.all_day and r.parent_id)


def test_change_kinds_are_typed() -> None:
    change = Change.merged({RecordKind.EVENT: [1, 2], RecordKind.VENUE: []})
    assert change.kinds == {RecordKind.EVENT, RecordKind.VENUE}
    assert change.touches(RecordKind.VENUE) and not change.touches(RecordKind.VENDOR)
    assert change.ids(RecordKind.EVENT) == {1, 2} and change.ids(RecordKind.VENDOR) == frozenset()
    assert Change.all().touches(RecordKind.VENDOR) and Change.all().kinds == set(RecordKind)


def test_one_event_move_with_the_calendar_in_view_queries_only_the_calendar(make_window, demo_db, qtbot) -> None:
    window = make_window(demo_db)
    window.show()
    window.show_page("calendar")
    row = _timed_event(demo_db)
    window.calendar.set_view("week")
    window.calendar.go_to(row.first_day)
    qtbot.wait(10)  # the prefetch of the neighbour weeks runs now, not inside the edit
    with statements(demo_db) as reload_alone:
        window.calendar.refresh(prefetch=False)
    assert reload_alone

    with statements(demo_db) as seen:
        window.events.controller.move(row.id, row.start + dt.timedelta(hours=1), row.end + dt.timedelta(hours=1))
        qtbot.wait(10)

    writes = [i for i, s in enumerate(seen) if s.lstrip().upper().startswith(("UPDATE", "INSERT", "DELETE"))]
    assert writes, seen
    after_write = seen[writes[-1] + 1:]
    print(f"statements of one move: {len(seen)}; after the write: {len(after_write)}; calendar reload: {len(reload_alone)}")
    # After the writes (the row and its history): the service's returned row, then the calendar's own reload (events, performers,
    # conflicts), the mini month's days with events (one SELECT); no hidden page (venues, vendors, markets)
    # reloads. Before typed changes: 35 in all.
    assert len(after_write) <= 12, after_write
    assert not any(f" FROM {table}" in s for s in after_write for table in ("vendor ", "venue ", "market ", "stall "))
    for key in ("venues", "markets"):  # never opened: not even built (issue 13), else only marked stale
        holder = window._pages[key]
        assert not holder.is_built() or holder.content().refresher.stale


def test_a_hidden_page_reloads_when_shown(make_window, demo_db, qtbot) -> None:
    window = make_window(demo_db)
    window.show()
    window.show_page("calendar")
    venues = window.venues_page
    before = venues.model.rowCount()
    from planner.services import venues as venue_service
    from planner.services.dto import VenueDraft

    created = venue_service.create_venue(demo_db.sm, VenueDraft(name="Slezské divadlo – zkušebna"))
    with statements(demo_db) as seen:
        window.ctx.bus.emit_change(RecordKind.VENUE, [created.id])
    assert not any(" FROM venue" in s and "archived" in s for s in seen[:0])  # nothing asked yet for the list
    assert venues.refresher.stale and venues.model.rowCount() == before
    window.show_page("venues")
    assert not venues.refresher.stale
    assert venues.model.rowCount() == before + 1
