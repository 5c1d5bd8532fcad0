"""A seeded mutation fuzzer over .ics files (issue 14): a clean message or a correct import, never a traceback.

Real-client files (Outlook, Exchange, Google, Thunderbird, a ticket portal, our own export)
are mutated line by line and byte by byte, with hostile values spliced in. Every case must
end in an ImportFileError with a message, or in events within the documented limits that
the import service then takes (or skips with reasons) without an exception. The run stops
at a time budget so it stays a few seconds on CI; the seed makes failures reproducible.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import time

from planner.errors import ImportFileError, PlannerError
from planner.formats.ical import parse_calendar
from planner.formats.ical_reader import (
    DESCRIPTION_MAX,
    MAX_EVENTS,
    MAX_OCCURRENCES,
    MAX_SEQUENCE,
)
from planner.services.ical_import import import_events
from tests.formats import test_ical_real_world as real

NOW = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.timezone.utc)
SEED = int(os.environ.get("PLANNER_FUZZ_SEED", "20261201"))
CASES = int(os.environ.get("PLANNER_FUZZ_CASES", "400"))
BUDGET_S = float(os.environ.get("PLANNER_FUZZ_BUDGET", "45"))

SEEDS = [real.OUTLOOK_MINUTELY, real.GOOGLE_OVERRIDES, real.THUNDERBIRD_SPACE, real.FESTIVAL,
         real.ics(real.event(extra="RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=20\nEXDATE:20260415T170000Z\n"
                                   "DESCRIPTION:<b>HTML</b> popis<br><a href=\"https://x.example\">odkaz</a>\n"
                                   "LOCATION:Obecní dům\\, Opava"))]

HOSTILE = [
    "RRULE:FREQ=SECONDLY", "RRULE:FREQ=MINUTELY;INTERVAL=0", "RRULE:FREQ=DAILY;INTERVAL=99999999",
    "RRULE:FREQ=HOURLY;COUNT=99999999999999999999", "RRULE:FREQ=YEARLY;BYSETPOS=366;BYDAY=MO",
    "RRULE:FREQ=DAILY;BYSETPOS=2", "RRULE:FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30", "RRULE:FREQ=WEEKLY;BYDAY=9MO",
    "RRULE:FREQ=MONTHLY;UNTIL=99991231T235959Z", "RRULE:FREQ=DAILY;UNTIL=garbage", "RRULE:", "RRULE:FREQ",
    "DURATION:P999999999999999999W", "DURATION:P3000000D", "DURATION:-PT5H", "DURATION:PT",
    "DTSTART:99991231T233000Z", "DTSTART;TZID=Europe/Prague:00010101T000000", "DTSTART;VALUE=DATE:99991231",
    "DTEND:00010101T000000Z", "DTSTART:20260231T100000", "DTSTART;TZID=\"(UTC+01:00) Praha\":20260101T100000",
    "DTSTART;TZID=Mars/Olympus:20260101T100000", "DTSTART;TZID=/../../etc/passwd:20260101T100000",
    "SEQUENCE:99999999999999999999999", "SEQUENCE:-5", "SEQUENCE:" + "9" * 5000,
    "RECURRENCE-ID:19000101T000000Z", "RECURRENCE-ID:garbage", "EXDATE:garbage,20260101",
    "RDATE;VALUE=PERIOD:20260101T000000Z/PT1H", "RDATE:20131210Z", "BEGIN:VEVENT", "END:VEVENT",
    "END:VCALENDAR", "BEGIN:VCALENDAR", "END:VTIMEZONE", "BEGIN:VALARM", "UID:", "UID:" + "x" * 5000,
    "SUMMARY:" + "Ž" * 5000, "DESCRIPTION:" + "a" * 25000, "LOCATION:" + "l" * 2000, "URL:javascript:alert(1)",
    "X-OPAVA-STATUS:confirmed", "X-OPAVA-CATEGORY:nonsense", "STATUS:CANCELLED", "X-WR-TIMEZONE:Nowhere/City",
    "no colon at all", ";;;:::", "DESCRIPTION:a\\nb\\,c\\;d\\\\", "SUMMARY:\x00\x1b[31m\x7f", "\ufeffBEGIN:VEVENT",
]


def _mutate(rng: random.Random, data: bytes) -> bytes:
    lines = data.split(b"\r\n")
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(9)
        i = rng.randrange(len(lines))
        if op == 0 and len(lines) > 1:
            del lines[i]
        elif op == 1:
            lines.insert(i, lines[rng.randrange(len(lines))])
        elif op == 2:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif op in (3, 4, 5):
            lines.insert(i, rng.choice(HOSTILE).encode("utf-8"))
        elif op == 6 and lines[i]:
            b = bytearray(lines[i])
            b[rng.randrange(len(b))] = rng.randrange(256)
            lines[i] = bytes(b)
        elif op == 7:
            lines[i] = lines[i].replace(b":", b";", 1) if rng.random() < 0.5 else lines[i][: rng.randrange(
                len(lines[i]) + 1)]
        else:
            lines.insert(i, b" " + rng.choice(HOSTILE).encode("utf-8"))  # a stray continuation
    out = b"\r\n".join(lines)
    roll = rng.random()
    if roll < 0.05:
        out = out[: rng.randrange(len(out) + 1)]
    elif roll < 0.08:
        out = out.decode("utf-8", "replace").encode("utf-16")
    elif roll < 0.10:
        out = out.decode("utf-8", "replace").encode("cp1250", "replace")
    return out


def _check_limits(parsed) -> None:
    assert len(parsed.events) <= MAX_EVENTS
    per_master: dict[str, int] = {}
    for e in parsed.events:
        assert e.start.tzinfo is not None and e.end.tzinfo is not None
        assert len(e.description) <= DESCRIPTION_MAX and len(e.title) <= 300
        assert 0 <= e.sequence <= MAX_SEQUENCE
        assert len(e.uid) <= 255
        if not e.problem:
            assert e.end > e.start
        base = e.uid.split("/", 1)[0]
        per_master[base] = per_master.get(base, 0) + 1
    assert max(per_master.values(), default=0) <= MAX_OCCURRENCES + 50  # + its overrides
    for note in parsed.notes:
        assert note.text


def test_mutated_calendars_give_a_message_or_a_correct_import(sm, capsys) -> None:
    rng = random.Random(SEED)
    began = time.perf_counter()
    done = refused = imported = slowest = 0.0
    worst = ""
    for case in range(CASES):
        if time.perf_counter() - began > BUDGET_S:
            break
        data = _mutate(rng, rng.choice(SEEDS))
        t0 = time.process_time()  # the reader's work, not the loaded machine's wall clock
        try:
            parsed = parse_calendar(data, now=NOW)
            took = time.process_time() - t0
        except ImportFileError as exc:
            took = time.process_time() - t0
            assert exc.message and "Traceback" not in exc.message, (case, data[:300])
            refused += 1
        else:
            _check_limits(parsed)
            if case % 8 == 0:  # the database step, on some of them (it is the slow part)
                try:  # every other one for real: the INSERT is where a huge value would fail
                    import_events(sm, parsed.events, dry_run=case % 16 == 0)
                    imported += 1
                except PlannerError as exc:
                    assert exc.message, (case, data[:300])
        if took > slowest:
            slowest, worst = took, f"case {case}"
        done += 1
    with capsys.disabled():
        print(f"\nfuzz seed {SEED}: {int(done)} cases in {time.perf_counter() - began:.1f} s, "
              f"{int(refused)} refused with a message, {int(imported)} taken by the database (half of them dry runs), "
              f"slowest reading {slowest:.3f} s CPU ({worst})")
    assert done >= min(CASES, 150), "the time budget allowed too few cases"
    assert slowest < 2.0, worst
