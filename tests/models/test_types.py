"""Column types and entity basics: UTC-aware times, Decimal money, versions, UIDs."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.exc import StatementError

from planner.models import Event, Vendor, Venue
from planner.services import recording
from planner.services.timeutil import PRAGUE, UTC


@pytest.fixture(autouse=True)
def _direct_writes():
    """These tests write entities directly, as no service does: record them as unnamed operations."""
    was = recording.STRICT
    recording.set_strict(False)
    yield
    recording.set_strict(was)


def test_naive_datetime_is_refused(sm):
    with pytest.raises(StatementError, match="naive datetime"):
        with sm.begin() as s:
            s.add(Event(title="X", start=dt.datetime(2026, 1, 1, 10), end=dt.datetime(2026, 1, 1, 11)))


def test_times_come_back_utc_aware_and_equal(sm):
    start = dt.datetime(2026, 10, 25, 2, 30, tzinfo=PRAGUE)  # the repeated hour, first pass (CEST)
    with sm.begin() as s:
        # Arithmetic in UTC: adding 2 h to local wall-clock time would span 3 real hours tonight.
        s.add(Event(title="Noc", start=start, end=start.astimezone(UTC) + dt.timedelta(hours=2)))
    with sm() as s:
        e = s.scalar(select(Event))
        assert e.start.tzinfo is not None
        assert e.start.utcoffset() == dt.timedelta(0)
        # PEP 495: a time in the repeated hour never equals another zone's; compare in UTC.
        assert e.start == start.astimezone(UTC)
        assert e.start.astimezone(PRAGUE).hour == 2 and e.start.astimezone(PRAGUE).utcoffset() == dt.timedelta(hours=2)
        assert e.end - e.start == dt.timedelta(hours=2)


def test_money_is_decimal_and_refuses_float(sm):
    from planner.models import EventPerformer, Performer

    with sm.begin() as s:
        e = Event(title="K", start=dt.datetime(2026, 1, 1, tzinfo=UTC), end=dt.datetime(2026, 1, 1, 1, tzinfo=UTC))
        p = Performer(name="Kvarteto")
        s.add_all([e, p])
        s.flush()
        s.add(EventPerformer(event_id=e.id, performer_id=p.id, fee=Decimal("12500.5")))
    with sm() as s:
        fee = s.scalar(select(EventPerformer.fee))
        assert fee == Decimal("12500.50") and isinstance(fee, Decimal)
    with pytest.raises(StatementError, match="float"):
        with sm.begin() as s:
            link = s.scalar(select(EventPerformer))
            link.fee = 1.5


def test_version_counter_increments_on_update(sm):
    with sm.begin() as s:
        v = Venue(name="Kino Mír")
        s.add(v)
    with sm.begin() as s:
        v = s.scalar(select(Venue))
        assert v.version == 1
        v.capacity = 500
    with sm() as s:
        assert s.scalar(select(Venue.version)) == 2


def test_concurrent_edit_is_detected_not_overwritten(sm):
    from sqlalchemy.orm.exc import StaleDataError

    with sm.begin() as s:
        s.add(Vendor(name="Medový vánek"))
    s1, s2 = sm(), sm()
    a = s1.scalar(select(Vendor))
    b = s2.scalar(select(Vendor))
    a.notes = "first"
    s1.commit()
    b.notes = "second"
    # Detected either by the version counter, or (SQLite, s2 still reading its older snapshot
    # in a deferred transaction) by SQLite itself as SQLITE_BUSY_SNAPSHOT.
    from sqlalchemy.exc import OperationalError

    with pytest.raises((StaleDataError, OperationalError)):
        s2.commit()
    s2.rollback()
    s1.close()
    s2.close()
    with sm() as s:
        assert s.scalar(select(Vendor.notes)) == "first"


def test_each_event_gets_a_distinct_stable_uid(sm):
    with sm.begin() as s:
        for i in range(3):
            s.add(Event(title=f"E{i}", start=dt.datetime(2026, 1, 1, tzinfo=UTC), end=dt.datetime(2026, 1, 2, tzinfo=UTC)))
    with sm() as s:
        uids = list(s.scalars(select(Event.uid).order_by(Event.id)))
    assert len(set(uids)) == 3 and all("@" in u for u in uids)
    with sm.begin() as s:
        s.scalar(select(Event).where(Event.title == "E0")).title = "Renamed"
    with sm() as s:
        assert s.scalar(select(Event.uid).where(Event.title == "Renamed")) == uids[0]
