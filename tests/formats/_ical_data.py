"""Builders shared by the iCalendar tests: a small office with venues, series and staff."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from planner.models.enums import EventCategory, EventStatus, StaffRole
from planner.services._common import SM
from planner.services.dto import EventDraft, EventRow, PerformerLink, SeriesDraft, StaffDraft, VenueDraft
from planner.services.events import create_event
from planner.services.series import create_series
from planner.services.staff import create_staff
from planner.services.timeutil import prague
from planner.services.venues import create_venue


@dataclass
class Office:
    sm: SM
    venue_id: int
    other_venue_id: int
    series_id: int
    staff_id: int

    def event(self, title: str = "Varhanní koncert", start: dt.datetime | None = None,
              end: dt.datetime | None = None, **kw: object) -> EventRow:
        start = start or prague(2026, 11, 26, 19, 0)
        end = end or start + dt.timedelta(hours=2)
        values: dict[str, object] = dict(venue_id=self.venue_id, series_id=self.series_id,
                                         staff_id=self.staff_id, status=EventStatus.CONFIRMED,
                                         category=EventCategory.CLASSICAL_CONCERT)
        values.update(kw)
        return create_event(self.sm, EventDraft(title=title, start=start, end=end, **values))

    def all_day(self, title: str, first: dt.date, last: dt.date, **kw: object) -> EventRow:
        values: dict[str, object] = dict(venue_id=self.other_venue_id, status=EventStatus.CONFIRMED,
                                         category=EventCategory.EXHIBITION)
        values.update(kw)
        return create_event(self.sm, EventDraft.all_day_event(title, first, last, **values))


def make_office(sm: SM) -> Office:
    venue = create_venue(sm, VenueDraft(name="Kostel sv. Václava", street="Masarykova 1",
                                        postal_code="746 01", city="Opava"))
    other = create_venue(sm, VenueDraft(name="Dům umění", street="Pekařská 12",
                                        postal_code="746 01", city="Opava"))
    staff = create_staff(sm, StaffDraft(name="Klára Vojtíšková", role=StaffRole.DRAMATURG,
                                        email="klara.vojtiskova@opava.example"))
    series = create_series(sm, SeriesDraft(name="Bezručova Opava"))
    return Office(sm, venue.id, other.id, series.id, staff.id)


PERFORMERS = (PerformerLink(name="Petr Čech", role="varhany"), PerformerLink(name="Sbor Ostravica"))
