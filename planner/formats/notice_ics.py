"""The .ics attached to a change notice: a plain PUBLISH calendar, or an Outlook meeting update.

PUBLISH (the default) is what every client opens: Outlook shows the event and offers to add it to
the calendar; reopening a newer file with the same UID updates that copy. A meeting update
(METHOD:REQUEST, or METHOD:CANCEL for a cancellation) with the recipient as ATTENDEE and a higher
SEQUENCE updates or removes the item in place in the recipient's own calendar — see
docs/notices.md for which Outlook versions honour which. No Qt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from icalendar import vCalAddress, vText

from planner.formats.ical import ExportOptions, build_calendar, export_calendar
from planner.services.dto import EventRow


def notice_calendar(rows: Sequence[EventRow], *, now: dt.datetime | None = None) -> bytes:
    """Return the PUBLISH .ics of the events a notice is about (public fields only)."""
    options = ExportOptions("Opava – změny v programu", include_responsible=False)
    return export_calendar(rows, options, now=now)


def meeting_update(rows: Sequence[EventRow], *, organizer: str, attendee: str, attendee_name: str = "",
                   sequence: int, cancel: bool = False, now: dt.datetime | None = None) -> bytes:
    """Return a METHOD:REQUEST (or CANCEL) calendar that updates the attendee's own copy in place.

    ``sequence`` must exceed every SEQUENCE sent for these UIDs before (the caller passes the
    release number plus the event's own sequence, which only grow).
    """
    cal = build_calendar(rows, ExportOptions("Opava – změny v programu", include_responsible=False), now=now)
    cal.pop("method")
    cal.add("method", "CANCEL" if cancel else "REQUEST")
    for ev in cal.walk("VEVENT"):
        ev.pop("sequence")
        ev.add("sequence", sequence)
        org = vCalAddress(f"mailto:{organizer}")
        org.params["cn"] = vText("Statutární město Opava")
        ev.add("organizer", org)
        att = vCalAddress(f"mailto:{attendee}")
        if attendee_name:
            att.params["cn"] = vText(attendee_name)
        att.params["role"] = vText("REQ-PARTICIPANT")
        att.params["partstat"] = vText("ACCEPTED")
        att.params["rsvp"] = vText("FALSE")
        ev.add("attendee", att)
        if cancel:
            ev.pop("status")
            ev.add("status", "CANCELLED")
    data: bytes = cal.to_ical()
    return data


__all__ = ["meeting_update", "notice_calendar"]
