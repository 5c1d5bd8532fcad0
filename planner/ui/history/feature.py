"""The change history in the UI: the Změny page and the HistoryPanel of editors and details."""

from __future__ import annotations

from typing import Any


from planner.i18n import _
from planner.ui.context import AppContext
from planner.ui.history.page import HistoryPage


def install(window: Any, ctx: AppContext) -> HistoryPage:
    """Add the Změny page (sidebar entry) to the main window; its open_record_requested is the window's to wire."""
    page = HistoryPage(ctx)
    window.add_page("history", _("Changes"), page)
    return page
