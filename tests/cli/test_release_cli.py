"""`planner release` and `planner outbox` on the demo data."""

from __future__ import annotations

from pathlib import Path

from planner.cli import main
from planner.db import open_database
from planner.services.events import list_events, move_event
from planner.services.timeutil import prague
from tests.smtp_server import Server


def test_release_dry_run_then_release_then_send(tmp_path: Path, capsys, smtp_server: Server) -> None:
    url = f"sqlite:///{tmp_path / 'rel.sqlite3'}"
    assert main(["--db", url, "demo"]) == 0
    assert main(["--db", url, "release", "--series", "bezrucova opava", "--comment", "Program"]) == 0
    out = capsys.readouterr().out
    assert "Zveřejnění č. 1 (Bezručova Opava) uloženo: 8 změn, 10 oznámení čeká" in out
    db = open_database(url)
    concert = next(r for r in list_events(db.sm) if r.title.startswith("Zahajovací koncert"))
    move_event(db.sm, concert.id, prague(2026, 9, 13, 18, 0))
    db.dispose()
    assert main(["--db", url, "release", "--series", "Bezručova Opava", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Přesunuto: Zahajovací koncert" in out and "nic nebylo uloženo" in out
    assert main(["--db", url, "release", "--series", "Bezručova Opava"]) == 0
    assert "Zveřejnění č. 2 (Bezručova Opava) uloženo: 1 změna, 2 oznámení čekají" in capsys.readouterr().out
    db = open_database(url)
    from planner.services import notices

    for n in notices.list_notices(db.sm):
        if n.release_id == 1:
            notices.discard(db.sm, n.id)  # the announcement of release 1 is not what this test sends
    db.dispose()
    assert main(["--db", url, "outbox", "--send", "--smtp-host", "127.0.0.1", "--smtp-port", str(smtp_server.port),
                 "--smtp-security", "none", "--sender", "kultura@opava.example"]) == 0
    out = capsys.readouterr().out
    assert "Odesláno: 2, neodesláno: 0." in out and out.count("  odesláno  ") == 2
    assert len(smtp_server.handler.messages) == 2
    assert main(["--db", url, "release", "--series", "Bezručova Opava"]) == 0
    assert "nic nezměnilo" in capsys.readouterr().out


def test_release_without_a_scope_is_usage_error(tmp_path: Path, capsys) -> None:
    assert main(["--db", f"sqlite:///{tmp_path / 'x.sqlite3'}", "release"]) == 2
    assert "--series" in capsys.readouterr().err
    assert main(["--db", f"sqlite:///{tmp_path / 'x.sqlite3'}", "release", "--series", "Nic"]) == 1
    assert "řada „Nic“ neexistuje" in capsys.readouterr().err
