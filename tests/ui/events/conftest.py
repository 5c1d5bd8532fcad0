"""Fixtures for the event editing tests: an AppContext over a fresh or demo database."""

from __future__ import annotations

from collections.abc import Callable
import dataclasses
import datetime as dt

import pytest

from planner.db import Database
from planner.services.dto import EventRow
from planner.ui.context import AppContext


@pytest.fixture
def ctx(make_ctx: Callable[[Database], AppContext], db: Database) -> AppContext:
    """An AppContext over an empty migrated database (SQLite, and PostgreSQL when configured)."""
    return make_ctx(db)


def _comparable(row: EventRow) -> EventRow:
    epoch = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)
    return dataclasses.replace(row, version=0, sequence=0, updated_at=epoch)


@pytest.fixture
def comparable():
    """The row without the bookkeeping an undo legitimately changes (version, sequence, updated)."""
    return _comparable


@pytest.fixture
def colleague(ctx: AppContext):
    """A colleague's sessionmaker on the same database: another running app (client) and person."""
    from sqlalchemy.orm import sessionmaker

    return sessionmaker(bind=ctx.db.engine, expire_on_commit=False,
                        info={"planner_client_id": "pc-kolegyne", "planner_actor": "Jana Nováková"})
