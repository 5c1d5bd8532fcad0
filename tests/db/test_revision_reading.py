"""Opening an up-to-date database reads the revisions itself: Alembic loads only to migrate."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from planner import db


def test_the_simple_revision_reading_agrees_with_alembic() -> None:
    assert db._revision_graph() == db._alembic_revision_graph()


def test_opening_an_up_to_date_database_does_not_import_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'p.sqlite3'}"
    db.open_database(url).dispose()  # created and migrated: Alembic runs here
    code = (
        "import sys; from planner.db import open_database; "
        f"open_database({url!r}).dispose(); print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
