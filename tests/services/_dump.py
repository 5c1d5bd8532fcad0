"""Table dumps for undo/redo tests: every recorded table, without the columns undo renews."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from planner.services import recording

RENEWED = recording.BOOKKEEPING | recording.MONOTONIC


def dump(sm: Any) -> dict[str, list[dict[str, Any]]]:
    """Return every row of every recorded table (ordered by key), minus version/updated_at/sequence."""
    out: dict[str, list[dict[str, Any]]] = {}
    with sm() as s:
        for name, table in sorted(recording.tables().items()):
            q = select(table).order_by(*table.primary_key.columns)
            out[name] = [{k: v for k, v in dict(m).items() if k not in RENEWED} for m in s.execute(q).mappings()]
    return out
