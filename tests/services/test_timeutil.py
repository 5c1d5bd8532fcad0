"""Time helpers around the DST changes: next full hour, local date+time to UTC, whole-day shifts."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.services.timeutil import UTC, from_local, local, next_full_hour, prague, shift_days


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (prague(2026, 11, 26, 9, 40), prague(2026, 11, 26, 10)),
        (prague(2026, 11, 26, 23, 59), prague(2026, 11, 27, 0)),
        # autumn: at 2:30 CEST the next full hour is 2:00 CET (one real hour on), not 3:00 CET
        (dt.datetime(2026, 10, 25, 0, 30, tzinfo=UTC), dt.datetime(2026, 10, 25, 1, 0, tzinfo=UTC)),
        # spring: at 1:30 CET the next full hour is 3:00 CEST (2:00 never happens)
        (prague(2026, 3, 29, 1, 30), prague(2026, 3, 29, 3)),
    ],
)
def test_next_full_hour_is_one_real_hour_boundary_on(now: dt.datetime, expected: dt.datetime) -> None:
    got = next_full_hour(now)
    assert got == expected
    assert got.tzinfo == UTC
    assert dt.timedelta(0) < got - now <= dt.timedelta(hours=1)
    assert local(got).minute == 0


def test_next_full_hour_in_the_autumn_night_is_the_repeated_two_oclock() -> None:
    got = local(next_full_hour(dt.datetime(2026, 10, 25, 0, 30, tzinfo=UTC)))  # 2:30 CEST
    assert (got.hour, got.utcoffset()) == (2, dt.timedelta(hours=1))


def test_next_full_hour_refuses_naive() -> None:
    with pytest.raises(ValueError):
        next_full_hour(dt.datetime(2026, 11, 26, 9, 40))


def test_from_local_converts_prague_wall_clock() -> None:
    assert from_local(dt.date(2026, 11, 26), dt.time(9, 5)) == dt.datetime(2026, 11, 26, 8, 5, tzinfo=UTC)
    assert from_local(dt.date(2026, 7, 1), dt.time(20)) == dt.datetime(2026, 7, 1, 18, tzinfo=UTC)


def test_from_local_refuses_a_time_in_the_spring_gap() -> None:
    with pytest.raises(ValueError, match="29. 3. 2026 2:30"):
        from_local(dt.date(2026, 3, 29), dt.time(2, 30))
    assert from_local(dt.date(2026, 3, 29), dt.time(3)) == dt.datetime(2026, 3, 29, 1, tzinfo=UTC)
    assert from_local(dt.date(2026, 3, 29), dt.time(1, 59)) == dt.datetime(2026, 3, 29, 0, 59, tzinfo=UTC)


def test_from_local_picks_an_occurrence_of_the_repeated_autumn_hour() -> None:
    day = dt.date(2026, 10, 25)
    assert from_local(day, dt.time(2, 30)) == dt.datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    assert from_local(day, dt.time(2, 30), fold=1) == dt.datetime(2026, 10, 25, 1, 30, tzinfo=UTC)


def test_shift_days_keeps_the_wall_clock_time_across_dst() -> None:
    assert shift_days(prague(2026, 10, 24, 19), 1) == prague(2026, 10, 25, 19)
    assert shift_days(prague(2026, 3, 28, 19), 2) == prague(2026, 3, 30, 19)
    assert shift_days(prague(2026, 3, 30, 19), -2) == prague(2026, 3, 28, 19)


def test_shift_days_into_the_spring_gap_is_refused() -> None:
    with pytest.raises(ValueError):
        shift_days(prague(2026, 3, 28, 2, 30), 1)


def test_parse_date_takes_what_czech_office_workers_type():
    import datetime as dt

    import pytest

    from planner.services.timeutil import parse_date

    ref = dt.date(2026, 3, 22)
    for text in ("24.12.2026", "24. 12. 2026", "24.12.26", "24.12.", "24.12", "24122026", "241226", "2026-12-24"):
        assert parse_date(text, ref) == dt.date(2026, 12, 24), text
    assert parse_date("24", ref) == dt.date(2026, 3, 24)
    for bad in ("", "31.2.2026", "24.12.202", "x", ".12.2026", "1.2.3.4"):
        with pytest.raises(ValueError):
            parse_date(bad, ref)
    with pytest.raises(ValueError):
        parse_date("24.12.")  # no reference year
