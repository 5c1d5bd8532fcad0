"""Fixtures of the markets page tests: the demo database behind a page."""

from __future__ import annotations

import pytest

from planner.services import markets as market_service
from planner.ui import i18n
from planner.ui.context import AppContext
from planner.ui.markets.page import MarketsPage


@pytest.fixture
def czech(qapp):
    """Czech UI, the default for users (translators installed, removed afterwards)."""
    i18n.install(qapp, "cs")
    yield
    i18n.install(qapp, "en")


@pytest.fixture
def ctx(make_ctx, demo_db, czech):
    return make_ctx(demo_db)


def market_id(ctx: AppContext, prefix: str) -> int:
    return next(m.event_id for m in market_service.list_markets(ctx.sm) if m.title.startswith(prefix))


@pytest.fixture
def page(qtbot, ctx):
    widget = MarketsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.select_market(market_id(ctx, "Vánoční"))
    return widget
