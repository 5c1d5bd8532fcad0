"""Run one action in several processes at the same moment, many rounds, and collect what each saw.

A real second process (not a thread) with its own engine and connection pool is what a
colleague's planner is; a barrier releases all workers of a round together. Outcomes are
"ok", the PlannerError's class name (a clean message), or "traceback" (a defect).
"""

from __future__ import annotations

import multiprocessing as mp
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from planner.db import open_database
from planner.errors import PlannerError
from planner.services._common import SM

Action = Callable[[SM, int, int], object]
# Work done before the barrier (e.g. a preview); its result is passed to the action instead of the round.
Prepare = Callable[[SM, int, int], Any]


@dataclass(frozen=True)
class Outcome:
    worker: int
    round: int
    kind: str  # "ok", a PlannerError class name, or "traceback"
    text: str


def _worker(url: str, connect_args: dict[str, Any], action: Action, idx: int, rounds: int,
            barrier: Any, out: Any, prepare: Prepare | None) -> None:
    db = open_database(url, migrate=False, connect_args=connect_args)
    try:
        for r in range(rounds):
            prepared = prepare(db.sm, idx, r) if prepare is not None else None
            barrier.wait(timeout=60)
            try:
                result = action(db.sm, idx, r) if prepare is None else action(db.sm, idx, prepared)
                out.put((idx, r, "ok", repr(result)))
            except PlannerError as exc:
                out.put((idx, r, type(exc).__name__, exc.message))
            except BaseException:  # noqa: BLE001 - the test reports it as a defect
                out.put((idx, r, "traceback", traceback.format_exc()))
    finally:
        db.dispose()


def race(url: str, action: Action, *, rounds: int, workers: int = 2,
         connect_args: dict[str, Any] | None = None, timeout: float = 120,
         prepare: Prepare | None = None) -> list[Outcome]:
    """Run ``action(sm, worker, round)`` in ``workers`` processes at once, ``rounds`` times.

    With ``prepare``, each worker first runs ``prepare(sm, worker, round)`` and the action
    gets its result in place of the round number, so both act on what they saw before.
    """
    ctx = mp.get_context("fork")
    barrier = ctx.Barrier(workers)
    out = ctx.Queue()
    procs = [ctx.Process(target=_worker, args=(url, connect_args or {}, action, i, rounds, barrier, out, prepare))
             for i in range(workers)]
    for p in procs:
        p.start()
    results = [Outcome(*out.get(timeout=timeout)) for _ in range(workers * rounds)]
    for p in procs:
        p.join(timeout)
        assert p.exitcode == 0, f"worker exited with {p.exitcode}"
    return sorted(results, key=lambda o: (o.round, o.worker))


def connect_args_of(db: Any) -> dict[str, Any]:
    """Return the connect_args a worker needs to reach the same database (PostgreSQL's schema)."""
    if db.engine.dialect.name != "postgresql":
        return {}
    with db.engine.connect() as conn:
        path = conn.exec_driver_sql("SHOW search_path").scalar()
    return {"options": f"-csearch_path={path}"}


def url_of(db: Any) -> str:
    return str(db.engine.url.render_as_string(hide_password=False))
