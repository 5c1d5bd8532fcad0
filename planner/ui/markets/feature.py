"""Installs the markets page into the main window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from planner.ui.context import AppContext
from planner.ui.markets.page import MarketsPage


def install(window: Any, ctx: AppContext) -> MarketsPage:
    """Add the Markets page (sidebar entry) to the main window."""
    page = MarketsPage(ctx)
    window.add_page("markets", QCoreApplication.translate("MarketsPage", "Markets"), page)
    return page
