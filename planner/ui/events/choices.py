"""What the event editor's drop-downs offer: series, venues, responsible staff, parent editions and markets."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from planner.i18n import _
from planner.models.enums import EventCategory
from planner.services.formatting import format_date_range
from planner.services import events as event_service
from planner.services import series as series_service
from planner.services import staff as staff_service
from planner.services import venues as venue_service
from planner.services._common import SM
from planner.services.dto import EventDraft, EventQuery

# Editions and markets hold programme items; offer those within this distance of the event.
PARENT_WINDOW = dt.timedelta(days=400)


def select(combo: QComboBox, value: object) -> None:
    """Choose the item holding ``value`` (the first item when none does)."""
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def _none_item(combo: QComboBox) -> None:
    combo.clear()
    combo.addItem(_("(none)"), None)


def fill_series(combo: QComboBox, sm: SM, current: int | None) -> None:
    _none_item(combo)
    for row in series_service.list_series(sm):
        combo.addItem(row.name, row.id)
    select(combo, current)


def fill_venues(combo: QComboBox, sm: SM, current: int | None) -> None:
    """Offer the venues in use (an archived one only when the event has it), the address as tool tip."""
    _none_item(combo)
    for row in venue_service.list_venues(sm, include_archived=True):
        if row.archived and row.id != current:
            continue
        combo.addItem(row.name, row.id)
        combo.setItemData(combo.count() - 1, row.address, Qt.ItemDataRole.ToolTipRole)
    select(combo, current)


def fill_staff(combo: QComboBox, sm: SM, current: int | None) -> None:
    """Offer the active staff (an inactive person only when the event has them)."""
    _none_item(combo)
    for row in staff_service.list_staff(sm):
        if not row.active and row.id != current:
            continue
        combo.addItem(row.name, row.id)
    select(combo, current)


def fill_parents(combo: QComboBox, sm: SM, d: EventDraft, event_id: int | None) -> dict[int, int | None]:
    """Offer the festival editions and markets near the event; return each one's series."""
    parent_series: dict[int, int | None] = {}
    _none_item(combo)
    query = EventQuery(
        start=d.start - PARENT_WINDOW, end=d.end + PARENT_WINDOW,
        categories=frozenset({EventCategory.FESTIVAL, EventCategory.MARKET}),
    )
    rows = event_service.list_events(sm, query)
    ids = {r.id for r in rows}
    if d.parent_id is not None and d.parent_id not in ids:
        rows += event_service.get_events(sm, [d.parent_id])
    for r in rows:
        if r.id == event_id:
            continue
        first, last = r.first_day, r.last_day
        when = format_date_range(first, last)
        combo.addItem(f"{r.title} ({when})", r.id)
        parent_series[r.id] = r.series_id
    select(combo, d.parent_id)
    return parent_series


__all__ = ["PARENT_WINDOW", "fill_parents", "fill_series", "fill_staff", "fill_venues", "select"]
