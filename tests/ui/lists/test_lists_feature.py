"""The lists feature in the main window: two pages, and "show in timeline" jumps to the calendar."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QUndoStack

from planner.services import venues as venue_service
from planner.services.dto import VenueDraft
from planner.ui.changes import ChangeBus
from planner.ui.context import AppContext
from planner.ui.main_window import MainWindow
from planner.ui.settings_store import SettingsStore
from planner.ui.vendors.page import VendorsPage
from planner.ui.venues.page import VenuesPage


def test_window_has_venue_and_vendor_pages_and_timeline_jump(qtbot, sqlite_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    venue = venue_service.create_venue(sqlite_db.sm, VenueDraft("Obecní dům"))
    ctx = AppContext(db=sqlite_db, settings=SettingsStore(str(tmp_path / "s.ini")), bus=ChangeBus(), undo=QUndoStack())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    venues = window.page("venues")
    assert isinstance(venues, VenuesPage)
    assert isinstance(window.page("vendors"), VendorsPage)

    window.show_page("venues")
    calls: list[tuple[str, object]] = []
    calendar = window.page("calendar")
    calendar.go_to = lambda day: calls.append(("go_to", day))  # type: ignore[union-attr]
    calendar.set_filter = lambda **kw: calls.append(("set_filter", kw))  # type: ignore[union-attr]
    venues.select_ids([venue.id])
    venues.detail.timeline_button.click()

    assert window.current_page_key() == "calendar"
    assert ("set_filter", {"venue_ids": frozenset({venue.id})}) in calls
    assert calls[-1] == ("go_to", dt.date.today())
