"""No line injection through iCal: control characters in any field never end a line (issue 14, item 6)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from xml.etree import ElementTree

import pytest
from icalendar import Calendar
from sqlalchemy import update

from planner.formats.ical import ExportOptions, export_calendar, parse_calendar, safe_text
from planner.formats.publish import Selection, export_to_file, publish_feeds
from planner.models import Event, OpKind, Series, Venue
from planner.models.enums import EventStatus
from planner.services.events import list_events
from planner.services.ical_import import import_events
from planner.services.releases import ReleaseScope, release
from planner.services.recording import begin_operation
from planner.services.timeutil import UTC
from tests.formats._ical_data import make_office

NOW = dt.datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
PAYLOAD = "END:VEVENT\r\nBEGIN:VEVENT\r\nUID:injected\r\nSUMMARY:Injected\r\nDTSTART:20261201T100000Z\r\nSTATUS:CONFIRMED"
HOSTILE = {
    "lone CR": "Koncert\r" + PAYLOAD.replace("\r\n", "\r"),
    "lone LF": "Koncert\n" + PAYLOAD.replace("\r\n", "\n"),
    "CRLF": "Koncert\r\n" + PAYLOAD,
    "unicode breaks": "Koncert\u2028" + PAYLOAD.replace("\r\n", "\u2029") + "\x85x\x0bx\x0cx",
    "controls": "Kon\x00cert\x1b[31m\x07\x7f\x9b",
}


def _hostile_office(sm, text: str):
    """An event, venue and series whose every text field holds ``text`` (written past validation, as a spreadsheet might)."""
    office = make_office(sm)
    row = office.event("Koncert", public=True)
    if sm.kw["bind"].dialect.name == "postgresql":
        text = text.replace("\x00", "")  # PostgreSQL text cannot hold NUL at all; validation drops it before

    with sm.begin() as s:
        begin_operation(s, OpKind.EVENT_UPDATE)
        s.execute(update(Event).where(Event.id == row.id).values(
            title=text, description=text, internal_notes=text, ticket_info=text[:400], url="https://x.example/\r" + PAYLOAD[:20]))
        s.execute(update(Venue).where(Venue.id == office.venue_id).values(name="Kostel" + text[:60], street=text[:100]))
        s.execute(update(Series).where(Series.id == office.series_id).values(name="Řada" + text[:60]))
    return office


def _assert_clean(data: bytes) -> None:
    text = data.decode("utf-8")
    lines = text.split("\r\n")
    assert lines[-1] == ""
    for line in lines[:-1]:
        assert "\r" not in line and "\n" not in line and not any(ch in line for ch in "\x00\x1b\x07\x7f\x85\u2028\u2029")
    assert "UID:injected" not in lines and "BEGIN:VEVENT" not in [ln for ln in lines if ln.startswith("BEGIN:VEVENT ")]
    assert sum(1 for ln in lines if ln == "BEGIN:VEVENT") == 1
    cal = Calendar.from_ical(text)  # another client's parser sees one event too
    assert len(cal.walk("VEVENT")) == 1


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_export_and_feeds_escape_every_line_break(sm, tmp_path: Path, name: str) -> None:
    _hostile_office(sm, HOSTILE[name])
    rows = list_events(sm)
    for internal in (False, True):
        _assert_clean(export_calendar(rows, ExportOptions(name="Řada" + HOSTILE[name], description=HOSTILE[name],
                                                          include_internal=internal), now=NOW))
    export_to_file(sm, Selection(), tmp_path / "out.ics", include_internal=True)
    _assert_clean((tmp_path / "out.ics").read_bytes())
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    release(sm, ReleaseScope())  # public feeds show the released programme
    publish_feeds(sm, feeds, now=NOW)
    written = sorted(feeds.rglob("*.ics"))
    assert written
    for path in written:
        _assert_clean(path.read_bytes())
    for name in ("zmeny-programu.atom", "zmeny-programu.rss"):  # the changelog stays well-formed XML
        ElementTree.parse(feeds / "public" / name)


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_reimporting_an_export_with_control_characters_injects_no_event(sm, tmp_path: Path, name: str) -> None:
    _hostile_office(sm, HOSTILE[name])
    data = export_calendar(list_events(sm), ExportOptions(name="x", include_internal=True), now=NOW)
    parsed = parse_calendar(data, now=NOW)
    assert [e.uid for e in parsed.events] == [list_events(sm)[0].uid]
    assert not any(e.title == "Injected" or e.uid == "injected" for e in parsed.events)
    report = import_events(sm, parsed.events)
    assert report.new == 0 and report.skipped == 0
    assert all(e.status is not EventStatus.CONFIRMED or e.title != "Injected" for e in list_events(sm))
    assert len(list_events(sm)) == 1


def test_safe_text_keeps_tabs_and_czech() -> None:
    assert safe_text("Žluťoučký\tkůň\r\núpěl\rďábelské\x00 ódy") == "Žluťoučký\tkůň\núpěl\nďábelské ódy"
