"""Two processes import the same .ics at the same moment (issue 14, item 4): the loser gets a clear message."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from sqlalchemy import text

from planner.db import Database
from planner.services.events import list_events

FILE = "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Google Inc//Google Calendar 70.9054//EN"] + [
    line for i in range(20) for line in (
        "BEGIN:VEVENT", f"UID:race-{i}@google.com", f"SUMMARY:Koncert {i}",
        f"DTSTART:202605{10 + i:02d}T170000Z", f"DTEND:202605{10 + i:02d}T190000Z", "END:VEVENT")
] + ["END:VCALENDAR", ""])

# One importer: it waits for the start signal, reads the file, and holds its transaction open
# for a moment between looking for the UIDs and inserting them (the window two people share when
# they press Import at once). It prints what the user would see.
WORKER = textwrap.dedent("""
    import json, os, sys, time
    from planner import errors, i18n
    from planner.db import open_database
    from planner.formats.ical import parse_calendar
    from planner.services import ical_import

    i18n.set_language("cs")
    url, search_path, path, go = sys.argv[1:5]
    kwargs = {"connect_args": {"options": "-csearch_path=" + search_path}} if search_path else {}
    db = open_database(url, **kwargs)
    parsed = parse_calendar(open(path, "rb").read())
    real_now = ical_import.utcnow
    slept = []

    def slow_now():
        if not slept:
            slept.append(1)
            time.sleep(1.0)
        return real_now()

    ical_import.utcnow = slow_now
    open(go + "." + str(os.getpid()), "w").close()  # ready
    while not os.path.exists(go):
        time.sleep(0.01)
    try:
        report = ical_import.import_events(db.sm, parsed.events)
        print(json.dumps({"new": report.new, "unchanged": report.unchanged}))
    except errors.PlannerError as exc:
        print(json.dumps({"error": exc.message}))
    finally:
        db.dispose()
""")

COLLEAGUE = "Kolega ve stejné chvíli importoval tentýž soubor"
BUSY = "Databázi právě zapisuje jiný program nebo kolega"


def _race(db: Database, tmp_path: Path) -> list[dict[str, object]]:
    path = tmp_path / "race.ics"
    path.write_bytes(FILE.encode())
    search_path = ""
    if db.engine.dialect.name == "postgresql":
        with db.engine.connect() as conn:
            search_path = str(conn.execute(text("SHOW search_path")).scalar())
    go = tmp_path / "go"
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, db.url, search_path, str(path), str(go)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
             for _ in range(2)]
    deadline = time.monotonic() + 60
    while len(list(tmp_path.glob("go.*"))) < 2 and time.monotonic() < deadline:
        time.sleep(0.02)  # both have opened the database, parsed the file and wait
    go.write_text("go")
    results = []
    for p in procs:
        out, err = p.communicate(timeout=60)
        assert p.returncode == 0, err
        assert "Traceback" not in err, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    print(db.engine.dialect.name, results)
    return results


def test_two_simultaneous_imports_of_one_file_write_it_once(db: Database, tmp_path: Path) -> None:
    results = _race(db, tmp_path)
    winners = [r for r in results if r.get("new") == 20]
    assert len(winners) == 1, results
    (loser,) = [r for r in results if r is not winners[0]]
    if "error" in loser:
        message = str(loser["error"])
        assert "už existuje" not in message
        if db.engine.dialect.name == "postgresql":
            assert message.startswith(COLLEAGUE), message
            assert "nic nebylo zapsáno" in message
        else:  # SQLite without an immediate write lock reports the busy file instead, equally clean
            assert message.startswith((COLLEAGUE, BUSY)), message
    else:  # it waited for the winner and then found every event already there
        assert loser == {"new": 0, "unchanged": 20}, results
    assert len(list_events(db.sm)) == 20
