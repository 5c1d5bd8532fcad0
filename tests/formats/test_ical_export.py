"""Export to iCalendar: the rules Outlook needs, checked on the bytes and by vobject."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
import vobject

from planner import i18n
from planner.formats.ical import ExportOptions, export_calendar
from planner.models.enums import EventStatus
from planner.services.dto import EventQuery
from planner.services.events import get_event, list_events, move_event, update_event
from planner.services.timeutil import UTC, prague
from tests.formats._ical_data import PERFORMERS, make_office

NOW = dt.datetime(2026, 11, 26, 8, 0, tzinfo=UTC)


def _export(sm, query=None, **options) -> bytes:
    rows = list_events(sm, query or EventQuery())
    return export_calendar(rows, ExportOptions("Opava – test", **options), now=NOW)


def _lines(data: bytes) -> list[str]:
    """Return unfolded content lines (RFC 5545 3.1)."""
    return data.decode("utf-8").replace("\r\n ", "").split("\r\n")


def _vevents(data: bytes) -> list:
    cal = vobject.readOne(data.decode("utf-8"))
    return list(cal.vevent_list)


def test_calendar_header_is_publish_with_name_and_one_prague_rrule_timezone(sm) -> None:
    office = make_office(sm)
    office.event()
    office.event("Koncert v létě", prague(2026, 7, 2, 20))
    data = _export(sm, description="Koncerty")
    lines = _lines(data)
    assert lines[0] == "BEGIN:VCALENDAR"
    assert "VERSION:2.0" in lines and any(line.startswith("PRODID:") for line in lines)
    assert "METHOD:PUBLISH" in lines and not any("REQUEST" in line for line in lines)
    assert "X-WR-CALNAME:Opava – test" in lines
    assert "X-WR-CALDESC:Koncerty" in lines
    assert lines.count("BEGIN:VTIMEZONE") == 1
    assert "TZID:Europe/Prague" in lines
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3" in lines
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10" in lines
    assert not any(line.startswith("RDATE") for line in lines)


def test_bytes_are_crlf_utf8_without_bom_and_folded_at_75_octets(sm) -> None:
    office = make_office(sm)
    long_text = "Žluťoučký kůň úpěl ďábelské ódy – Příliš žluťoučký kůň. " * 12
    office.event("Řeřicha, čočka; ďolíček – " * 6, description=long_text, performers=PERFORMERS)
    data = _export(sm)
    assert not data.startswith(b"\xef\xbb\xbf")
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert data.endswith(b"\r\n")
    for physical in data.split(b"\r\n"):
        assert len(physical) <= 75
        physical.decode("utf-8")  # a fold never splits a multi-byte character
    (vevent,) = _vevents(data)
    assert vevent.description.value.startswith(long_text.strip())
    assert vevent.summary.value == ("Řeřicha, čočka; ďolíček – " * 6).strip()


def test_text_escaping_of_commas_semicolons_backslashes_and_newlines(sm) -> None:
    office = make_office(sm)
    office.event("Bach, Händel; Mozart \\ varhany", description="První řádek\nDruhý; řádek, konec")
    data = _export(sm)
    lines = _lines(data)
    assert "SUMMARY:Bach\\, Händel\\; Mozart \\\\ varhany" in lines
    desc = next(line for line in lines if line.startswith("DESCRIPTION:"))
    assert desc.startswith("DESCRIPTION:První řádek\\nDruhý\\; řádek\\, konec\\n\\n")
    (vevent,) = _vevents(data)
    assert vevent.summary.value == "Bach, Händel; Mozart \\ varhany"
    assert vevent.description.value.startswith("První řádek\nDruhý; řádek, konec\n\n")


def test_timed_events_carry_tzid_and_keep_their_instants_across_dst(sm) -> None:
    office = make_office(sm)
    spring = office.event("Přes jarní změnu", prague(2026, 3, 29, 1, 30), prague(2026, 3, 29, 3, 30))
    # 02:30 CEST -> 02:30 CET: the repeated October hour cannot be written with TZID unambiguously.
    autumn_start = dt.datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    autumn = office.event("Přes podzimní změnu", autumn_start, autumn_start + dt.timedelta(hours=1))
    data = _export(sm)
    lines = _lines(data)
    assert "DTSTART;TZID=Europe/Prague:20260329T013000" in lines
    assert "DTEND;TZID=Europe/Prague:20260329T033000" in lines
    assert "DTSTART;TZID=Europe/Prague:20261025T023000" in lines
    assert "DTEND:20261025T013000Z" in lines
    starts = [line for line in lines if line.startswith(("DTSTART", "DTEND"))]
    assert all("TZID=" in line or line.endswith("Z") or "VALUE=DATE" in line for line in starts[2:])
    by_uid = {v.uid.value: v for v in _vevents(data)}
    for row in (spring, autumn):
        v = by_uid[row.uid]
        assert v.dtstart.value.astimezone(UTC) == row.start
        assert v.dtend.value.astimezone(UTC) == row.end
    assert spring.end - spring.start == dt.timedelta(hours=1)


def test_all_day_multi_day_event_is_date_valued_exclusive_free_time(sm) -> None:
    office = make_office(sm)
    row = office.all_day("Výstava Krajina pod Hláskou", dt.date(2026, 3, 20), dt.date(2026, 4, 10))
    data = _export(sm)
    lines = _lines(data)
    assert "DTSTART;VALUE=DATE:20260320" in lines
    assert "DTEND;VALUE=DATE:20260411" in lines
    assert "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE" in lines
    assert "TRANSP:TRANSPARENT" in lines
    assert "X-MICROSOFT-CDO-BUSYSTATUS:FREE" in lines
    (v,) = _vevents(data)
    assert v.dtstart.value == dt.date(2026, 3, 20) and v.dtend.value == dt.date(2026, 4, 11)
    assert row.last_day == dt.date(2026, 4, 10)


def test_event_properties_location_description_categories_url_status(sm) -> None:
    office = make_office(sm)
    office.event(performers=PERFORMERS, ticket_info="250 Kč, studenti 100 Kč", url="https://opava.example/koncert",
                 description="Program: Bach a Janáček")
    office.event("Návrh koncertu", prague(2026, 12, 1, 18), status=EventStatus.DRAFT)
    office.event("Zrušený koncert", prague(2026, 12, 2, 18), status=EventStatus.CANCELLED)
    data = _export(sm, EventQuery(include_cancelled=True))
    by_title = {v.summary.value: v for v in _vevents(data)}
    v = by_title["Varhanní koncert"]
    assert v.location.value == "Kostel sv. Václava, Masarykova 1, 746 01 Opava"
    desc = v.description.value
    assert desc.startswith("Program: Bach a Janáček\n\n")
    assert "Účinkují: Petr Čech (varhany), Sbor Ostravica" in desc
    assert "Řada: Bezručova Opava" in desc and "Vstupné: 250 Kč, studenti 100 Kč" in desc
    assert "Odpovídá: Klára Vojtíšková" in desc
    # the same wording as the spreadsheets (one table), capitalised as a calendar category
    assert v.categories.value == ["Bezručova Opava", "Vážná hudba"]
    assert v.url.value == "https://opava.example/koncert"
    assert v.status.value == "CONFIRMED"
    assert v.dtstamp.value == NOW
    assert v.sequence.value == "0"
    assert v.created.value.tzinfo is not None and v.last_modified.value.tzinfo is not None
    assert by_title["Návrh koncertu"].status.value == "TENTATIVE"
    assert by_title["Zrušený koncert"].status.value == "CANCELLED"
    assert by_title["Zrušený koncert"].transp.value == "TRANSPARENT"


def test_english_labels_follow_the_message_language(sm) -> None:
    office = make_office(sm)
    office.event(ticket_info="free")
    i18n.set_language("en")
    (v,) = _vevents(_export(sm))
    assert "Tickets: free" in v.description.value and "Responsible: Klára Vojtíšková" in v.description.value
    assert v.categories.value == ["Bezručova Opava", "Classical concert"]


def test_internal_notes_and_staff_email_only_with_the_explicit_option(sm) -> None:
    office = make_office(sm)
    office.event(internal_notes="Honorář 12 000 Kč, klíče u kostelníka")
    plain = _export(sm)
    assert "Honorář".encode() not in plain and b"klara.vojtiskova@" not in plain
    internal = _export(sm, include_internal=True)
    (v,) = _vevents(internal)
    assert "Interní poznámky: Honorář 12 000 Kč, klíče u kostelníka" in v.description.value
    assert "Klára Vojtíšková <klara.vojtiskova@opava.example>" in v.description.value
    public = _export(sm, include_responsible=False)
    assert "Vojtíšková".encode() not in public


def test_uid_is_stable_and_sequence_bumps_only_for_time_place_or_status(sm) -> None:
    office = make_office(sm)
    row = office.event()
    first = {v.uid.value: v for v in _vevents(_export(sm))}
    renamed = update_event(sm, row.id, replace(row.to_draft(), title="Varhanní koncert II"))
    second = {v.uid.value: v for v in _vevents(_export(sm))}
    assert set(first) == set(second) == {row.uid}
    assert second[row.uid].sequence.value == "0"
    moved = move_event(sm, row.id, prague(2026, 11, 27, 19))
    third = {v.uid.value: v for v in _vevents(_export(sm))}
    assert third[row.uid].sequence.value == "1"
    update_event(sm, row.id, replace(moved.to_draft(), venue_id=office.other_venue_id))
    update_event(sm, row.id, replace(get_event(sm, row.id).to_draft(), status=EventStatus.CANCELLED))
    fourth = {v.uid.value: v for v in _vevents(_export(sm, EventQuery(include_cancelled=True)))}
    assert fourth[row.uid].sequence.value == "3"
    assert renamed.uid == row.uid


def test_feed_options_write_refresh_interval_and_ttl(sm) -> None:
    make_office(sm).event()
    lines = _lines(_export(sm, refresh=dt.timedelta(hours=1)))
    assert "REFRESH-INTERVAL;VALUE=DURATION:PT1H" in lines
    assert "X-PUBLISHED-TTL:PT1H" in lines


@pytest.mark.parametrize("count", [0, 1])
def test_empty_or_single_calendar_is_valid_for_vobject(sm, count) -> None:
    office = make_office(sm)
    for _ in range(count):
        office.event()
    cal = vobject.readOne(_export(sm).decode())
    assert len(getattr(cal, "vevent_list", [])) == count


def test_serialising_events_one_by_one_gives_the_same_bytes_as_the_whole_tree(sm) -> None:
    from planner.formats.ical import build_calendar

    office = make_office(sm)
    office.event(performers=PERFORMERS, description="Dlouhý popis " * 20)
    office.all_day("Výstava", dt.date(2026, 3, 20), dt.date(2026, 4, 10))
    rows = list_events(sm)
    options = ExportOptions("Opava – test", include_internal=True)
    cache: dict = {}
    assert export_calendar(rows, options, now=NOW, cache=cache) == build_calendar(rows, options, now=NOW).to_ical()
    assert len(cache) == 2
    assert export_calendar(rows, options, now=NOW, cache=cache) == export_calendar(rows, options, now=NOW)


def test_location_does_not_repeat_a_square_s_name() -> None:
    from planner.formats.ical import location_text

    class _Row:  # only the fields location_text reads
        venue_name = "Dolní náměstí"
        venue_address = "Dolní náměstí, 746 01 Opava"

    assert location_text(_Row()) == "Dolní náměstí, 746 01 Opava"
    _Row.venue_name, _Row.venue_address = "Dům umění", "Pekařská 12, 746 01 Opava"
    assert location_text(_Row()) == "Dům umění, Pekařská 12, 746 01 Opava"
