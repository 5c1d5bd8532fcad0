"""Fixtures for the event editing tests: an AppContext over a fresh or demo database, the event
controller on a host widget, and yes-answered questions."""

from __future__ import annotations

from collections.abc import Callable
import dataclasses
import datetime as dt

import pytest

from planner.db import Database
from planner.services.dto import EventRow
from planner.ui import messages
from planner.ui.context import AppContext
from planner.ui.events.controller import EventController


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


@pytest.fixture
def controller(ctx: AppContext, qtbot) -> EventController:
    """The event controller, on a host widget of its own."""
    from PySide6.QtWidgets import QWidget

    host = QWidget()
    qtbot.addWidget(host)
    return EventController(ctx, host)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer every yes/no question with yes and record the questions."""
    questions: list[str] = []

    def ask(parent: object, text: str, title: str | None = None, **kw: object) -> bool:
        questions.append(text)
        return True

    monkeypatch.setattr(messages, "ask_yes_no", ask)
    return questions
