"""Pages other than the calendar are built when first opened, and then work as if built at start (issue 13)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from planner.app import build_window
from planner.db import Database
from planner.services import vendors as vendor_service
from planner.services.dto import VendorDraft
from planner.ui.lazy_page import LazyPage
from planner.ui.settings_store import SettingsStore
from planner.ui.vendors import page as vendors_page
from tests.ui._keys import open_page, press


def _lazy(window, key: str) -> LazyPage:
    holder = window._pages[key]
    assert isinstance(holder, LazyPage)
    return holder


def test_a_page_is_built_when_first_opened_and_ctrl_z_reaches_it(db: Database, qtbot, monkeypatch,
                                                                   tmp_path) -> None:
    window = build_window(db, SettingsStore(str(tmp_path / "s.ini")), "cs")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window._finished)  # the rest of the window comes right after the first paint
    assert not _lazy(window, "vendors").is_built() and not _lazy(window, "venues").is_built()
    keys = [window.nav_model.item(r).data(Qt.ItemDataRole.UserRole + 2) for r in range(window.nav_model.rowCount())]
    assert keys[:4] == ["calendar", "venues", "vendors", "markets"] and "history" in keys and "releases" in keys

    open_page(qtbot, window, "vendors")  # Prodejci in the navigation
    assert _lazy(window, "vendors").is_built() and window.current_page_key() == "vendors"
    page = window.vendors_page
    assert isinstance(page, vendors_page.VendorsPage) and page.isVisible() and window.page("vendors") is page
    assert not _lazy(window, "venues").is_built()  # the others still wait

    monkeypatch.setattr(vendors_page.VendorDialog, "ask", classmethod(
        lambda cls, parent, sm, row=None, *, save: save(VendorDraft(name="Perníkárna Kopřivnice"))))  # OK pressed
    page.add()
    assert [v.name for v in vendor_service.list_vendors(db.sm)] == ["Perníkárna Kopřivnice"]
    assert "Perníkárna" in window.act_undo.text()  # the step is on the lazily built page's stack
    press(qtbot, window, "Ctrl+Z")
    assert vendor_service.list_vendors(db.sm) == []


def test_asking_for_a_deferred_feature_builds_it(db: Database, qtbot, tmp_path) -> None:
    window = build_window(db, SettingsStore(str(tmp_path / "s.ini")), "cs")  # never shown: nothing deferred ran
    qtbot.addWidget(window)
    assert not window._finished and window.page("history") is not None  # asking builds the rest
    assert window.ical.act_export in window.menu_export.actions()
    assert window.page("markets") is window.markets_page


def test_the_last_page_used_is_shown_again(db: Database, qtbot, tmp_path) -> None:
    store = SettingsStore(str(tmp_path / "s.ini"))
    first = build_window(db, store, "cs")
    qtbot.addWidget(first)
    first.finish_start()
    for key in ("venues", "history"):
        first.show_page(key)
        first.save_state()
        again = build_window(db, store, "cs")
        qtbot.addWidget(again)
        again.finish_start()
        assert again.current_page_key() == key
