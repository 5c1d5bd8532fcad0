"""`planner history`: who changed what and when, as Czech text or JSON; filters; last-seen."""

from __future__ import annotations

import datetime as dt
import json

from planner.cli import main
from planner.db import open_database
from planner.models import RecordKind
from planner.services import events, history, venues
from planner.services.dto import VenueDraft


def _db(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'cli.sqlite3'}"


def _changes(url: str) -> int:
    db = open_database(url)
    try:
        row = next(e for e in events.list_events(db.sm) if not e.all_day)
        history.set_actor("Jana Nováková")
        events.move_event(db.sm, row.id, row.start + dt.timedelta(hours=1))
        history.set_actor(None)
        venues.create_venue(db.sm, VenueDraft("Obecní dům Opava – malý sál"))
        return row.id
    finally:
        history.set_actor(None)
        db.dispose()


def test_history_lists_who_changed_what_in_czech(tmp_path, capsys):
    url = _db(tmp_path)
    assert main(["--db", url, "demo"]) == 0
    event_id = _changes(url)
    capsys.readouterr()
    assert main(["--db", url, "history", "--who", "nováková"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert "Jana Nováková" in lines[0] and "Přesun akce „" in lines[0]
    assert lines[1].strip().startswith("akce „") and "Začátek: " in lines[1] and " → " in lines[1]
    assert len(lines) == 2
    assert main(["--db", url, "history", "--kind", "venue", "--format", "json", "--limit", "1"]) == 0
    ops = json.loads(capsys.readouterr().out)
    assert ops[0]["label"] == "Nové místo „Obecní dům Opava – malý sál“"
    assert ops[0]["changes"][0]["record"] == "Obecní dům Opava – malý sál"
    assert main(["--db", url, "history", "--kind", "event", "--format", "json"]) == 0
    ops = json.loads(capsys.readouterr().out)
    assert ops[0]["kind"] == "event.move" and ops[0]["changes"][0]["record_id"] == event_id
    assert set(ops[0]["changes"][0]["fields"]) >= {"start", "end"}


def test_since_last_seen_shows_only_what_is_new(tmp_path, capsys):
    url = _db(tmp_path)
    assert main(["--db", url, "demo"]) == 0
    assert main(["--db", url, "history", "--since", "last-seen", "--limit", "5"]) == 0
    assert "Načtení ukázkových dat" in capsys.readouterr().out
    assert main(["--db", url, "history", "--since", "last-seen"]) == 0
    assert capsys.readouterr().out.strip() == "Žádné změny."
    _changes(url)
    assert main(["--db", url, "history", "--since", "last-seen"]) == 0
    out = capsys.readouterr().out
    assert "Přesun akce" in out and "Nové místo" in out and "Načtení" not in out


def test_since_a_date(tmp_path, capsys):
    url = _db(tmp_path)
    assert main(["--db", url, "demo"]) == 0
    capsys.readouterr()
    tomorrow = dt.date.today() + dt.timedelta(days=2)
    assert main(["--db", url, "history", "--since", f"{tomorrow.day}. {tomorrow.month}. {tomorrow.year}"]) == 0
    assert capsys.readouterr().out.strip() == "Žádné změny."
    assert main(["--db", url, "--lang", "en", "history", "--since", "2020-01-01", "--limit", "1"]) == 0
    assert "stall “H12" in capsys.readouterr().out  # labels are stored as written; the rest follows --lang


def test_bad_since_is_wrong_usage(tmp_path, capsys):
    assert main(["--db", _db(tmp_path), "history", "--since", "včera"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.startswith("planner: --since: „včera“ není datum")


def test_unknown_kind_is_wrong_usage(tmp_path, capsys):
    import pytest

    with pytest.raises(SystemExit) as info:
        main(["--db", _db(tmp_path), "history", "--kind", "nic"])
    assert info.value.code == 2
    assert RecordKind.EVENT.value in capsys.readouterr().err
