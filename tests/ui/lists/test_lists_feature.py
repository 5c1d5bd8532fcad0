"""The venue and vendor pages in the main window; Venues › "Show on the timeline" filters the calendar."""

from __future__ import annotations

import datetime as dt

from planner.services import events as event_service
from planner.services import venues as venue_service
from planner.services.dto import EventDraft, VenueDraft
from planner.services.timeutil import prague
from planner.ui.calendar.timeline_view import TimelineView
from planner.ui.vendors.page import VendorsPage
from planner.ui.venues.page import VenuesPage


def test_window_has_venue_and_vendor_pages(make_window, sqlite_db) -> None:
    window = make_window(sqlite_db)
    assert isinstance(window.page("venues"), VenuesPage) and window.page("venues") is window.venues_page
    assert isinstance(window.page("vendors"), VendorsPage) and window.page("vendors") is window.vendors_page


def test_show_on_the_timeline_filters_the_timeline_to_the_venue(make_window, sqlite_db, qtbot) -> None:
    sm = sqlite_db.sm
    hall = venue_service.create_venue(sm, VenueDraft("Obecní dům"))
    church = venue_service.create_venue(sm, VenueDraft("Kostel sv. Ducha"))
    today = dt.date.today()
    at = prague(today.year, today.month, today.day, 19)
    concert = event_service.create_event(sm, EventDraft(
        title="Koncert v Obecním domě", start=at, end=at + dt.timedelta(hours=2), venue_id=hall.id))
    organ = event_service.create_event(sm, EventDraft(
        title="Varhanní nešpory", start=at, end=at + dt.timedelta(hours=1), venue_id=church.id))
    window = make_window(sqlite_db)
    window.show()
    window.show_page("venues")
    venues = window.venues_page
    venues.refresh()
    venues.select_ids([hall.id])

    venues.detail.timeline_button.click()

    calendar = window.calendar
    assert window.current_page_key() == "calendar"
    assert calendar.current_key() == "timeline"
    assert calendar.filter().venue_ids == {hall.id}
    first, last = calendar.visible_range()
    assert first <= today <= last
    timeline = calendar.current_view()
    assert isinstance(timeline, TimelineView)
    shown = {r.id for r in timeline.rows}
    assert concert.id in shown and organ.id not in shown
    # The sidebar says why the church's event is not shown, and clearing it shows it again.
    assert window.events.filters.models["venue"].checked() == {hall.id}
    window.events.filters.clear()
    assert organ.id in {r.id for r in timeline.rows}
