"""The Opava demo data set: content, idempotence, reset, and its deliberate edge cases."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from planner.models.enums import EventStatus
from planner.services import demo, events, markets
from planner.services.dto import EventQuery
from planner.services.holidays import holiday_name
from planner.services.series import list_series
from planner.services.venues import list_venues


def test_demo_loads_everything_once(sm):
    first = demo.load_demo(sm)
    assert (first.staff, first.venues, first.vendors, first.markets, first.stalls) == (5, 17, 16, 2, 32)
    assert first.events == len(events.list_events(sm))
    second = demo.load_demo(sm)
    assert second.total == 0
    assert len(events.list_events(sm)) == first.events
    assert len(list_venues(sm)) == 17


def test_reset_clears_and_reloads(sm):
    demo.load_demo(sm)
    events.create_event(sm, replace(events.get_event(sm, events.list_events(sm)[0].id).to_draft(), uid=None, title="Navíc"))
    result = demo.load_demo(sm, reset_first=True)
    titles = [r.title for r in events.list_events(sm)]
    assert "Navíc" not in titles and len(titles) == result.events


def test_demo_content_is_czech_and_structured(sm):
    demo.load_demo(sm)
    names = [s.name for s in list_series(sm)]
    assert "Bezručova Opava" in names and "Vánoční trhy" in names
    bo = next(r for r in events.list_events(sm) if r.title.startswith("Bezručova Opava 2026"))
    items = events.children_of(sm, bo.id)
    assert len(items) == 8
    assert sum(1 for i in items if i.status is EventStatus.CANCELLED) == 1
    # The competition has a day on a public holiday (28 Oct 2026), as DOMAIN.md says.
    oct28 = events.list_events(sm, EventQuery(start=dt.datetime(2026, 10, 27, 23, tzinfo=dt.timezone.utc),
                                              end=dt.datetime(2026, 10, 28, 23, tzinfo=dt.timezone.utc)))
    assert any("soutěž" in (r.series_name or "").lower() for r in oct28)
    assert holiday_name(dt.date(2026, 10, 28))


def test_demo_market_money_and_power_edge_cases(sm):
    demo.load_demo(sm)
    xmas = next(m for m in markets.list_markets(sm) if m.title.startswith("Vánoční"))
    totals = markets.market_totals(sm, xmas.event_id)
    assert totals.outstanding > Decimal("0") and totals.paid + totals.outstanding == totals.expected
    unpaid = {b.stall_code for b in markets.list_bookings(sm, xmas.event_id) if b.paid_on is None}
    assert unpaid == {"D04", "H07"}
    easter = next(m for m in markets.list_markets(sm) if m.title.startswith("Velikonoční"))
    stalls = {s.code: s for s in markets.list_stalls(sm, easter.event_id)}
    h10 = next(b for b in markets.list_bookings(sm, easter.event_id) if b.stall_code == "H10")
    from planner.services.vendors import get_vendor

    warning = markets.power_warning(stalls["H10"], get_vendor(sm, h10.vendor_id).power_kw, h10.needs_power)
    assert warning and "3,0 kW" in warning  # Czech decimal comma
