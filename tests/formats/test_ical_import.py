"""Import of iCalendar files as Outlook, Exchange, Google and Thunderbird write them."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.errors import ImportFileError
from planner.formats.ical import ExportOptions, export_calendar, parse_calendar
from planner.models.enums import EventStatus
from planner.services import ical_import
from planner.services.dto import EventQuery
from planner.services.events import count_events, find_event_by_uid, list_events, move_event
from planner.services.ical_import import Action, import_events
from planner.services.timeutil import UTC, prague
from tests.formats._ical_data import PERFORMERS, make_office

NOW = dt.datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


def ics(text: str) -> bytes:
    """Return file bytes with CRLF line ends, as clients write them."""
    return text.strip("\n").replace("\n", "\r\n").encode("utf-8") + b"\r\n"


def parse(text: str | bytes):
    return parse_calendar(ics(text) if isinstance(text, str) else text, now=NOW).events


OUTLOOK = """
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
BEGIN:VTIMEZONE
TZID:Central Europe Standard Time
BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20260210T101500Z
DESCRIPTION:Zkouška sboru před koncertem\\, prosíme o přesnost.\\n
DTEND;TZID="Central Europe Standard Time":20260305T210000
DTSTAMP:20260215T090000Z
DTSTART;TZID="Central Europe Standard Time":20260305T190000
EXDATE;TZID="Central Europe Standard Time":20260319T190000
LAST-MODIFIED:20260210T101500Z
LOCATION:Kostel sv. Václava
PRIORITY:5
RRULE:FREQ=WEEKLY;UNTIL=20260409T170000Z;BYDAY=TH
SEQUENCE:0
SUMMARY;LANGUAGE=cs:Zkouška sboru
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000D0A1B2C3D4E5D201000000000000000
 010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
BEGIN:VEVENT
DTEND;TZID="Central Europe Standard Time":20260402T200000
DTSTAMP:20260215T090000Z
DTSTART;TZID="Central Europe Standard Time":20260402T180000
RECURRENCE-ID;TZID="Central Europe Standard Time":20260402T190000
SEQUENCE:1
SUMMARY:Zkouška sboru (dřív kvůli Velikonocům)
UID:040000008200E00074C5B7101A82E00800000000D0A1B2C3D4E5D201000000000000000
 010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
END:VEVENT
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260320
DTEND;VALUE=DATE:20260323
SUMMARY:Varhanní soutěž – přípravy
UID:outlook-allday-1
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=W. Europe Standard Time:20260401T000000
DTEND;TZID=W. Europe Standard Time:20260402T000000
SUMMARY:Celodenní podle starého Outlooku
UID:outlook-allday-2
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
BEGIN:VTODO
UID:todo-1
SUMMARY:Objednat květiny
END:VTODO
END:VCALENDAR
"""

EXCHANGE_NO_VTIMEZONE = """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:Microsoft Exchange Server 2010
BEGIN:VEVENT
UID:exchange-1
SUMMARY:Porada s Domem umění
DTSTART;TZID=W. Europe Standard Time:20260710T100000
DTEND;TZID=W. Europe Standard Time:20260710T113000
X-UNKNOWN-PROPERTY;X-PARAM=1:whatever
END:VEVENT
END:VCALENDAR
"""

GOOGLE = """
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Agentura Koncerty
X-WR-TIMEZONE:Europe/Prague
BEGIN:VEVENT
DTSTART:20260328T180000Z
DTEND:20260328T200000Z
DTSTAMP:20260301T120000Z
UID:abc123xyz@google.com
CREATED:20260201T100000Z
LAST-MODIFIED:20260215T100000Z
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:Koncert: Ostravské trio
DESCRIPTION:Technická zkouška od 16:00.
LOCATION:Dům umění, Pekařská 12, 746 01 Opava, Česko
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260605
DTEND;VALUE=DATE:20260608
DTSTAMP:20260301T120000Z
UID:festival-weekend@google.com
SEQUENCE:0
STATUS:TENTATIVE
SUMMARY:Festivalový víkend
END:VEVENT
BEGIN:VEVENT
DTSTART:20260303T170000Z
DTEND:20260303T180000Z
RRULE:FREQ=WEEKLY;WKST=MO;UNTIL=20260324T170000Z;BYDAY=TU
DTSTAMP:20260301T120000Z
UID:weekly@google.com
SUMMARY:Úterní zkouška
END:VEVENT
BEGIN:VEVENT
DTSTART:20260401T080000
DTEND:20260401T090000
UID:floating@google.com
SUMMARY:Plovoucí čas
END:VEVENT
END:VCALENDAR
"""

THUNDERBIRD = """
BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Středoevropský čas
X-LIC-LOCATION:Europe/Prague
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
CREATED:20260220T090000Z
LAST-MODIFIED:20260220T091500Z
DTSTAMP:20260220T091500Z
UID:6a1b7c2e-4a0b-4d44-9d43-6e0c1a2b3c4d
SUMMARY:Přednáška o Petru Bezručovi
DTSTART;TZID=Středoevropský čas:20261025T010000
DTEND;TZID=Středoevropský čas:20261025T040000
CATEGORIES:Přednáška
X-MOZ-GENERATION:3
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT1H
END:VALARM
END:VEVENT
BEGIN:VEVENT
UID:tb-mozilla-tzid
SUMMARY:Starý Thunderbird
DTSTART;TZID=/mozilla.org/20050126_1/Europe/Prague:20260501T100000
DTEND;TZID=/mozilla.org/20050126_1/Europe/Prague:20260501T120000
END:VEVENT
END:VCALENDAR
"""


def test_outlook_file_with_windows_zone_recurrence_exdate_and_override() -> None:
    events = parse(OUTLOOK)
    uid = ("040000008200E00074C5B7101A82E00800000000D0A1B2C3D4E5D201000000000000000"
           "010000000A1B2C3D4E5F60718293A4B5C6D7E8F90")
    series = sorted((e for e in events if e.uid.startswith(uid + "/")), key=lambda e: e.start)
    assert [e.start for e in series] == [
        prague(2026, 3, 5, 19), prague(2026, 3, 12, 19), prague(2026, 3, 19, 19),
        prague(2026, 3, 26, 19), prague(2026, 4, 2, 18), prague(2026, 4, 9, 19),
    ]
    # 19:00 stays 19:00 across the change to summer time on 29 March.
    assert series[3].start == dt.datetime(2026, 3, 26, 18, tzinfo=UTC)
    assert series[5].start == dt.datetime(2026, 4, 9, 17, tzinfo=UTC)
    assert series[2].status is EventStatus.CANCELLED  # the EXDATE, so an earlier import is cancelled
    assert series[4].title == "Zkouška sboru (dřív kvůli Velikonocům)"
    assert series[4].uid == f"{uid}/20260402T170000Z"  # keyed by RECURRENCE-ID, not the new start
    assert series[4].sequence == 1
    assert series[0].description == "Zkouška sboru před koncertem, prosíme o přesnost."
    assert series[0].location == "Kostel sv. Václava"
    allday = {e.uid: e for e in events if e.uid.startswith("outlook-allday")}
    assert allday["outlook-allday-1"].all_day
    assert (allday["outlook-allday-1"].start, allday["outlook-allday-1"].end) == (
        prague(2026, 3, 20), prague(2026, 3, 23))
    assert allday["outlook-allday-2"].all_day
    assert allday["outlook-allday-2"].start == prague(2026, 4, 1)
    assert not any(e.uid == "todo-1" for e in events)


def test_exchange_windows_zone_without_vtimezone_and_unknown_properties() -> None:
    (event,) = parse(EXCHANGE_NO_VTIMEZONE)
    assert event.start == dt.datetime(2026, 7, 10, 8, 0, tzinfo=UTC)  # Berlin = Prague offset in July
    assert event.end - event.start == dt.timedelta(minutes=90)


def test_google_file_with_utc_times_dates_weekly_rule_and_floating_time() -> None:
    events = {e.uid: e for e in parse(GOOGLE)}
    trio = events["abc123xyz@google.com"]
    assert trio.start == dt.datetime(2026, 3, 28, 18, tzinfo=UTC) and trio.sequence == 2
    assert trio.status is EventStatus.CONFIRMED
    assert trio.last_modified == dt.datetime(2026, 2, 15, 10, tzinfo=UTC)
    weekend = events["festival-weekend@google.com"]
    assert weekend.all_day and weekend.status is EventStatus.PLANNED
    assert (weekend.start, weekend.end) == (prague(2026, 6, 5), prague(2026, 6, 8))
    weekly = sorted(e.start for uid, e in events.items() if uid.startswith("weekly@google.com/"))
    assert weekly == [dt.datetime(2026, 3, d, 17, tzinfo=UTC) for d in (3, 10, 17, 24)]
    assert events["floating@google.com"].start == prague(2026, 4, 1, 8)


def test_thunderbird_custom_tzid_with_x_lic_location_and_mozilla_prefix() -> None:
    events = {e.uid: e for e in parse(THUNDERBIRD)}
    lecture = events["6a1b7c2e-4a0b-4d44-9d43-6e0c1a2b3c4d"]
    # 01:00 CEST to 04:00 CET on the night the clocks go back is four hours.
    assert lecture.start == dt.datetime(2026, 10, 24, 23, tzinfo=UTC)
    assert lecture.end - lecture.start == dt.timedelta(hours=4)
    assert events["tb-mozilla-tzid"].start == prague(2026, 5, 1, 10)


def test_import_of_client_files_creates_events_and_matches_the_venue_by_name(sm) -> None:
    office = make_office(sm)
    report = import_events(sm, parse(OUTLOOK) + parse(GOOGLE))
    assert report.skipped == 1  # the cancelled (EXDATE) occurrence that was never imported
    assert report.new == report.count(Action.NEW) == len(report.items) - 1
    rehearsal = next(r for r in list_events(sm) if r.title == "Zkouška sboru")
    assert rehearsal.venue_id == office.venue_id  # LOCATION "Kostel sv. Václava" is a known venue
    assert rehearsal.public is False and rehearsal.status is EventStatus.PLANNED
    trio = find_event_by_uid(sm, "abc123xyz@google.com")
    assert trio is not None and trio.venue_id == office.other_venue_id  # "Dům umění, Pekařská 12, ..."
    assert trio.status is EventStatus.CONFIRMED and trio.sequence == 2


def test_unknown_location_is_kept_in_the_description_not_created(sm) -> None:
    make_office(sm)
    events = parse(GOOGLE.replace("LOCATION:Dům umění, Pekařská 12, 746 01 Opava, Česko",
                                  "LOCATION:Obecní dům\\, Ostrava"))
    import_events(sm, events)
    trio = find_event_by_uid(sm, "abc123xyz@google.com")
    assert trio is not None and trio.venue_id is None
    assert trio.description == "Místo konání: Obecní dům, Ostrava\n\nTechnická zkouška od 16:00."


def test_reimport_changes_nothing_and_newer_sequence_updates(sm) -> None:
    make_office(sm)
    import_events(sm, parse(GOOGLE))
    before = list_events(sm)
    again = import_events(sm, parse(GOOGLE))
    assert again.new == again.updated == 0 and again.unchanged == len(before)
    assert list_events(sm) == before
    moved = GOOGLE.replace("DTSTART:20260328T180000Z", "DTSTART:20260328T170000Z").replace(
        "SEQUENCE:2", "SEQUENCE:3")
    report = import_events(sm, parse(moved))
    assert report.updated == 1
    trio = find_event_by_uid(sm, "abc123xyz@google.com")
    assert trio is not None and trio.start == dt.datetime(2026, 3, 28, 17, tzinfo=UTC) and trio.sequence == 3
    older = import_events(sm, parse(GOOGLE))
    skipped = [i for i in older.items if i.action is Action.SKIPPED]
    assert [i.uid for i in skipped] == ["abc123xyz@google.com"]
    assert "SEQUENCE 2 < 3" in skipped[0].reason


def test_reimporting_our_own_export_changes_nothing(sm) -> None:
    office = make_office(sm)
    office.event(performers=PERFORMERS, description="Popis", ticket_info="100 Kč", internal_notes="interní")
    office.all_day("Výstava", dt.date(2026, 3, 20), dt.date(2026, 4, 10))
    office.event("Zrušeno", prague(2026, 12, 1, 18), status=EventStatus.CANCELLED)
    before = list_events(sm)
    data = export_calendar(before, ExportOptions("x", include_internal=True))
    report = import_events(sm, parse(data))
    assert (report.new, report.updated, report.skipped, report.unchanged) == (0, 0, 0, 3)
    assert list_events(sm) == before


def test_own_export_with_a_newer_sequence_updates_our_fields(sm) -> None:
    office = make_office(sm)
    row = office.event(description="Popis")
    data = export_calendar([move_event(sm, row.id, prague(2026, 11, 27, 19))], ExportOptions("x"))
    move_event(sm, row.id, prague(2026, 11, 26, 19))  # someone moved it back here: SEQUENCE 2
    text = data.decode().replace("SEQUENCE:1", "SEQUENCE:5").encode()
    report = import_events(sm, parse(text))
    assert report.updated == 1
    after = find_event_by_uid(sm, row.uid)
    assert after is not None and after.start == prague(2026, 11, 27, 19) and after.sequence == 5
    assert after.description == "Popis" and after.venue_id == office.venue_id
    assert after.series_id == office.series_id and after.staff_id == office.staff_id


def test_cancelled_event_cancels_an_imported_one_and_is_skipped_when_unknown(sm) -> None:
    import_events(sm, parse(GOOGLE))
    cancelled = GOOGLE.replace("STATUS:CONFIRMED", "STATUS:CANCELLED").replace("SEQUENCE:2", "SEQUENCE:3")
    report = import_events(sm, parse(cancelled))
    assert report.updated == 1
    trio = find_event_by_uid(sm, "abc123xyz@google.com")
    assert trio is not None and trio.status is EventStatus.CANCELLED


def test_events_without_title_or_start_are_skipped_with_reasons(sm) -> None:
    text = """
BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
UID:no-title
DTSTART:20260301T100000Z
END:VEVENT
BEGIN:VEVENT
UID:no-start
SUMMARY:Bez začátku
END:VEVENT
BEGIN:VEVENT
UID:twice
SUMMARY:Dvakrát
DTSTART:20260301T100000Z
END:VEVENT
BEGIN:VEVENT
UID:twice
SUMMARY:Dvakrát, novější
SEQUENCE:1
DTSTART:20260301T100000Z
END:VEVENT
BEGIN:VEVENT
UID:twice
SUMMARY:Dvakrát, stejně stará
SEQUENCE:1
DTSTART:20260301T100000Z
END:VEVENT
END:VCALENDAR
"""
    report = import_events(sm, parse(text))
    reasons = {i.uid: i.reason for i in report.items if i.action is Action.SKIPPED}
    assert reasons["no-title"] == "chybí název (SUMMARY)"
    assert reasons["no-start"] == "chybí začátek (DTSTART)"
    twice = [(i.title, i.action) for i in report.items if i.uid == "twice"]
    assert twice == [("Dvakrát", Action.SKIPPED), ("Dvakrát, novější", Action.NEW),
                     ("Dvakrát, stejně stará", Action.SKIPPED)]
    assert reasons["twice"] == "UID se v souboru opakuje, platí jiná verze"
    assert next(i for i in report.items if i.uid == "no-start").start is None  # no made-up time
    assert report.new == 1
    one = find_event_by_uid(sm, "twice")
    assert one is not None and one.end - one.start == dt.timedelta(hours=1)


def test_dry_run_reports_the_same_and_writes_nothing(sm) -> None:
    make_office(sm)
    dry = import_events(sm, parse(GOOGLE), dry_run=True)
    assert dry.dry_run and count_events(sm) == 0
    real = import_events(sm, parse(GOOGLE))
    assert [(i.action, i.uid) for i in dry.items] == [(i.action, i.uid) for i in real.items]
    assert count_events(sm) == real.new


def test_a_failure_midway_leaves_the_database_untouched(sm, monkeypatch) -> None:
    make_office(sm)
    calls = {"n": 0}
    real_validate = ical_import.validate_event

    def failing(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("disk full")
        return real_validate(*args, **kwargs)

    monkeypatch.setattr(ical_import, "validate_event", failing)
    with pytest.raises(RuntimeError):
        import_events(sm, parse(GOOGLE))
    assert count_events(sm, EventQuery()) == 0


# ------------------------------------------------------------------ malformed files

MALFORMED = {
    "not_ical": (b"Dear colleague,\r\nhere is the programme.\r\n", "Řádek 1"),
    "html": (b"<!DOCTYPE html>\n<html><body>Not found</body></html>\n", "Řádek 1"),
    "binary": (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)), "binární"),
    "truncated": (ics(GOOGLE)[: len(ics(GOOGLE)) // 2], "neúplný"),
    # bytes that are neither UTF-8 nor windows-1250 (0x81 and 0x98 are unassigned there)
    "bad_encoding": (ics(GOOGLE).replace("Koncert".encode(), b"Koncert \x81\x98"), "UTF-8 ani windows-1250"),
    "empty": (b"", "prázdný"),
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_file_names_the_problem_and_leaves_the_database_unchanged(sm, name) -> None:
    import_events(sm, parse(GOOGLE))
    before = list_events(sm)
    data, expected = MALFORMED[name]
    with pytest.raises(ImportFileError) as info:
        import_events(sm, parse_calendar(data, now=NOW).events)
    assert expected in info.value.message
    assert list_events(sm) == before


DAMAGED = {
    # (file, the skipped reason of the damaged event or the note, how many events still import)
    "invalid_date": (ics(GOOGLE.replace("DTSTART:20260328T180000Z", "DTSTART:20261328T180000Z")),
                     "DTSTART „20261328T180000Z“ není platné datum"),
    "unknown_tzid": (ics(EXCHANGE_NO_VTIMEZONE.replace("W. Europe Standard Time", "Mars Standard Time")),
                     "TZID=Mars Standard Time a soubor neobsahuje jeho VTIMEZONE"),
    "end_mismatch": (ics(GOOGLE.replace("END:VEVENT", "END:VTODO", 1)), "END:VTODO neukončuje"),
}


@pytest.mark.parametrize("name", sorted(DAMAGED))
def test_damage_skips_the_bad_part_with_its_line_and_imports_the_rest(name) -> None:
    data, expected = DAMAGED[name]
    parsed = parse_calendar(data, now=NOW)
    reasons = [e.problem for e in parsed.events if e.problem] + [n.text for n in parsed.notes]
    assert any(expected in r for r in reasons), reasons


def test_too_large_file_is_refused_before_reading(tmp_path) -> None:
    from planner.formats.ical import read_ics_file

    big = tmp_path / "huge.ics"
    with big.open("wb") as fh:
        fh.truncate(100 * 1024 * 1024)  # sparse: instant, no disk use
    with pytest.raises(ImportFileError) as info:
        read_ics_file(big)
    assert "huge.ics" in info.value.message and "příliš velký" in info.value.message


def test_recurrence_is_bounded_by_the_horizon() -> None:
    text = """
BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
UID:daily-forever
SUMMARY:Každý den
DTSTART;TZID=Europe/Prague:20200101T090000
DTEND;TZID=Europe/Prague:20200101T100000
RRULE:FREQ=DAILY
END:VEVENT
END:VCALENDAR
"""
    events = parse(text)
    assert 0 < len(events) <= 1000
    assert min(e.start for e in events) >= NOW - dt.timedelta(days=367)
    assert max(e.start for e in events) <= NOW + dt.timedelta(days=2 * 366)
    assert len({e.uid for e in events}) == len(events)
    assert parse(text) == events  # derived UIDs are stable between imports


def test_custom_tzid_defined_only_by_its_vtimezone_and_quoted_parameters() -> None:
    text = """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lotus Development Corporation//NONSGML Notes 9.0//EN
BEGIN:VTIMEZONE
TZID:Opava; místní čas
BEGIN:STANDARD
DTSTART:19501029T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19500326T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:notes-1
SUMMARY;LANGUAGE=cs;ALTREP="cid:part1.0001@opava.example":Koncert v létě
DTSTART;TZID="Opava; místní čas":20260715T200000
DURATION:PT1H30M
END:VEVENT
BEGIN:VEVENT
UID:notes-2
SUMMARY:Výročí
DTSTART;VALUE=DATE:20250918
RRULE:FREQ=YEARLY;COUNT=5
END:VEVENT
END:VCALENDAR
"""
    events = {e.uid: e for e in parse(text)}
    concert = events["notes-1"]
    assert concert.title == "Koncert v létě"
    assert concert.start == dt.datetime(2026, 7, 15, 18, tzinfo=UTC)  # +02:00 from the definition
    assert concert.end - concert.start == dt.timedelta(minutes=90)
    yearly = sorted((uid, e.start) for uid, e in events.items() if uid.startswith("notes-2/"))
    # COUNT=5 runs to 2029, but the horizon ends two years after NOW (March 2028).
    assert [uid for uid, _ in yearly] == ["notes-2/20250918", "notes-2/20260918", "notes-2/20270918"]
    assert all(events[uid].all_day for uid, _ in yearly)


def test_line_numbers_count_physical_lines_of_folded_properties() -> None:
    folded = GOOGLE.replace("SUMMARY:Koncert: Ostravské trio",
                            "SUMMARY:Koncert: Ostravské trio a velmi dlouhý název, kter\n ý je zalomený")
    bad = folded.replace("DTEND:20260328T200000Z", "DTEND:20260328T250000Z")
    skipped = {e.uid: e for e in parse(bad)}["abc123xyz@google.com"]
    assert skipped.line == 10 and skipped.problem.startswith("DTEND „20260328T250000Z“")
    assert {e.uid: e for e in parse(folded)}["abc123xyz@google.com"].title.endswith("který je zalomený")


def test_undo_import_deletes_new_and_restores_updated_events(sm) -> None:
    from planner.services.ical_import import undo_import

    make_office(sm)
    import_events(sm, parse(GOOGLE))
    before = {r.uid: r for r in list_events(sm)}
    moved = GOOGLE.replace("DTSTART:20260328T180000Z", "DTSTART:20260328T170000Z").replace(
        "SEQUENCE:2", "SEQUENCE:3").replace("UID:floating@google.com", "UID:floating-2@google.com")
    report = import_events(sm, parse(moved))
    assert (report.new, report.updated) == (1, 1)
    undo_import(sm, report)
    after = {r.uid: r for r in list_events(sm)}
    assert set(after) == set(before)
    trio = after["abc123xyz@google.com"]
    assert trio.start == before["abc123xyz@google.com"].start
    assert trio.sequence == 4  # moved back: subscribers must see a newer version again


def test_rdate_adds_occurrences_in_the_zone_of_dtstart() -> None:
    text = """
BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
UID:rdate-1
SUMMARY:Prohlídka
DTSTART;TZID=Europe/Prague:20260401T100000
DTEND;TZID=Europe/Prague:20260401T110000
RDATE;TZID=Europe/Prague:20260403T100000,20260410T150000
RDATE:20260501T080000Z
END:VEVENT
END:VCALENDAR
"""
    starts = sorted(e.start for e in parse(text))
    assert starts == [prague(2026, 4, 1, 10), prague(2026, 4, 3, 10), prague(2026, 4, 10, 15),
                      prague(2026, 5, 1, 10)]


DST_CASES = """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
BEGIN:VEVENT
UID:spring-hours
SUMMARY:Noční provoz
DTSTART;TZID=Europe/Prague:20260329T010000
DURATION:PT2H
END:VEVENT
BEGIN:VEVENT
UID:autumn-day
SUMMARY:Celý den
DTSTART;TZID=Europe/Prague:20261024T200000
DURATION:P1D
END:VEVENT
BEGIN:VEVENT
UID:spring-daily
SUMMARY:Ranní směna
DTSTART;TZID=Europe/Prague:20260327T010000
DTEND;TZID=Europe/Prague:20260327T040000
RRULE:FREQ=DAILY;COUNT=3
END:VEVENT
BEGIN:VEVENT
UID:autumn-daily
SUMMARY:Ranní směna
DTSTART;TZID=Europe/Prague:20261023T020000
DURATION:PT2H
RRULE:FREQ=DAILY;COUNT=3
END:VEVENT
END:VCALENDAR
"""


def test_durations_across_dst_hours_are_elapsed_days_are_on_the_clock() -> None:
    events = {e.uid: e for e in parse(DST_CASES)}
    spring = events["spring-hours"]  # 1:00 CET + 2 h = 4:00 CEST (the clock skips 2:00-3:00)
    assert spring.start == prague(2026, 3, 29, 1) and spring.end - spring.start == dt.timedelta(hours=2)
    assert spring.end == prague(2026, 3, 29, 4)
    autumn = events["autumn-day"]  # one day later on the clock is 25 hours when the clock goes back
    assert autumn.end == prague(2026, 10, 25, 20) and autumn.end - autumn.start == dt.timedelta(hours=25)
    for prefix, hours in (("spring-daily/", 3), ("autumn-daily/", 2)):
        instances = sorted((e for uid, e in events.items() if uid.startswith(prefix)), key=lambda e: e.start)
        assert len(instances) == 3
        assert [e.end - e.start for e in instances] == [dt.timedelta(hours=hours)] * 3
