"""VenueDetail: a venue's contact, equipment and its upcoming and past bookings."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from planner.i18n import _, pgettext
from planner.services.formatting import format_date_range
from planner.services import venues as venue_service
from planner.services._common import SM
from planner.services.dto import EventRow, VenueRow
from planner.services.timeutil import format_date, format_time, local_midnight
from planner.ui.labels import status_label, venue_kind_label
from planner.models import RecordKind
from planner.ui.lists.detail import RecordDetail, facts_html, mail_link, small_table
from planner.ui.lists.table import TextTableModel


def when_text(r: EventRow) -> str:
    """Return '26. 11. 2026 19:00' or a day range for all-day events."""
    if r.all_day:
        first, last = r.first_day, r.last_day
        return format_date_range(first, last)
    return f"{format_date(r.first_day)} {format_time(r.start)}"


class VenueDetail(RecordDetail):
    """Read-only details of the selected venue.

    Signals:
        edit_requested(int): the user wants to edit the venue.
        timeline_requested(int, object): show the calendar at this venue from this date.
    """

    edit_requested = Signal(int)
    timeline_requested = Signal(int, object)

    def __init__(self, sm: SM, parent: QWidget | None = None) -> None:
        super().__init__(sm, RecordKind.VENUE, _("Select one venue to see its details."), parent)
        self._row: VenueRow | None = None
        self._next_day: dt.date | None = None
        headers = [_("When"), _("Event"), _("Status")]
        self.upcoming_model = TextTableModel(headers, self)
        self.past_model = TextTableModel(headers, self)
        self.upcoming_label = QLabel()
        self.past_label = QLabel()
        self.upcoming_view = small_table(self.upcoming_model, stretch=1, wrap=True)
        self.past_view = small_table(self.past_model, stretch=1, wrap=True)
        self.edit_button = QPushButton(_("Edit…"))
        self.edit_button.clicked.connect(lambda: self._row and self.edit_requested.emit(self._row.id))
        self.timeline_button = QPushButton(_("Show in timeline"))
        self.timeline_button.setToolTip(_("Open the calendar at this venue's bookings"))
        self.timeline_button.clicked.connect(self.request_timeline)
        self.build([self.edit_button, self.timeline_button], [
            (self.upcoming_label, 0), (self.upcoming_view, 2), (self.past_label, 0), (self.past_view, 1),
        ])
        self.show_row(None)

    def today(self) -> dt.date:
        """Return today's date (a seam for tests and renders)."""
        return dt.date.today()

    def row(self) -> VenueRow | None:
        return self._row

    def show_row(self, row: VenueRow | None) -> None:
        """Show a venue (None = nothing selected); bookings are loaded from the service."""
        self._row = row
        self.show_frame(row)
        if row is None:
            self.upcoming_model.set_rows([])
            self.past_model.set_rows([])
            return
        capacity = "" if row.capacity is None else str(row.capacity)
        self.facts.setText(facts_html([
            (_("Kind"), escape(venue_kind_label(row.kind))),
            (_("Address"), escape(row.address)),
            (_("Capacity"), escape(capacity)),
            (_("Contact"), escape(row.contact)),
            (_("Phone"), escape(row.phone)),
            (_("E-mail"), mail_link(row.email)),
            (_("Equipment"), "<br>".join(escape(e) for e in row.equipment)),
            (pgettext("VenueDetail", "Notes"), escape(row.notes).replace("\n", "<br>")),
        ]))
        events = venue_service.venue_bookings(self._sm, row.id)
        now = local_midnight(self.today())
        upcoming = [e for e in events if e.end > now]
        past = [e for e in events if e.end <= now][::-1]
        self._next_day = upcoming[0].first_day if upcoming else None
        self.upcoming_model.set_rows([(e.id, (when_text(e), e.title, status_label(e.status))) for e in upcoming])
        self.past_model.set_rows([(e.id, (when_text(e), e.title, status_label(e.status))) for e in past])
        self.upcoming_label.setText(_("<b>Upcoming bookings</b> (%1)").replace("%1", str(len(upcoming))))
        self.past_label.setText(_("<b>Past bookings</b> (%1)").replace("%1", str(len(past))))

    def request_timeline(self) -> None:
        """Ask the window to show the calendar at this venue (from its next booking or today)."""
        if self._row is not None:
            self.timeline_requested.emit(self._row.id, self._next_day or self.today())
