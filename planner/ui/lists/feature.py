"""Installs the venue and vendor list screens into the main window."""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from planner.ui.context import AppContext
from planner.ui.vendors.page import VendorsPage
from planner.ui.venues.page import VenuesPage

if TYPE_CHECKING:
    from planner.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def show_venue_in_calendar(window: MainWindow, venue_id: int, day: dt.date) -> None:
    """Bring the calendar to the front at a venue: filtered to it and at the day, when it can."""
    window.show_page("calendar")
    page = window.page("calendar")
    set_filter = getattr(page, "set_filter", None)
    if callable(set_filter):
        set_filter(venue_ids=frozenset({venue_id}))
    go_to = getattr(page, "go_to", None)
    if callable(go_to):
        go_to(day)


def install(window: MainWindow, ctx: AppContext) -> None:
    """Add the Venues and Vendors pages to the window's navigation."""
    venues = VenuesPage(ctx)
    venues.setObjectName("venues_page")
    venues.timeline_requested.connect(lambda venue_id, day: show_venue_in_calendar(window, venue_id, day))
    window.add_page("venues", QCoreApplication.translate("lists", "Venues"), venues)
    vendors = VendorsPage(ctx)
    vendors.setObjectName("vendors_page")
    window.add_page("vendors", QCoreApplication.translate("lists", "Vendors"), vendors)
