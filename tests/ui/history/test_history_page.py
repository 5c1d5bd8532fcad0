"""The Změny page: filters, since I last looked, double-click intent, Excel export; the HistoryPanel."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from planner import settings
from planner.models import RecordKind
from planner.services import events, history, series, vendors, venues
from planner.services.dto import EventDraft, SeriesDraft, VendorDraft, VenueDraft
from planner.services.timeutil import prague
from planner.ui.history.model import HistoryColumn
from planner.ui.history.page import ALL, LAST_SEEN, HistoryPage
from planner.ui.history.panel import HistoryPanel


def _changes(ctx):
    s = series.create_series(ctx.sm, SeriesDraft("Bezručova Opava"))
    start = prague(2026, 12, 9, 19)
    history.set_actor("Jana Nováková")
    try:
        e = events.create_event(ctx.sm, EventDraft("Adventní koncert", start, start + dt.timedelta(hours=2),
                                                   series_id=s.id))
    finally:
        history.set_actor(None)
    events.move_event(ctx.sm, e.id, start + dt.timedelta(hours=1))
    v = venues.create_venue(ctx.sm, VenueDraft("Kino Mír"))
    return s, e, v


def _page(ctx, qtbot) -> HistoryPage:
    page = HistoryPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_page_lists_changes_newest_first_and_filters(ctx, qtbot, qtmodeltester):
    s, e, v = _changes(ctx)
    page = _page(ctx, qtbot)
    qtmodeltester.check(page.model)
    rows = page.shown_rows()
    assert rows[0].record_label == "Kino Mír" and rows[0].op_label == "Nové místo „Kino Mír“"
    top = [page.proxy.index(0, c).data() for c in HistoryColumn]
    assert top[1] and top[2] == "Nové místo „Kino Mír“" and top[3] == "místo „Kino Mír“" and top[4] == "vytvořeno"
    move = next(i for i, r in enumerate(rows) if r.op_label.startswith("Přesun akce"))
    assert page.proxy.index(move, HistoryColumn.CHANGES).data().startswith("Začátek: 9. 12. 2026 19:00 → ")
    page.kind.setCurrentIndex(page.kind.findData(RecordKind.VENUE))
    assert {r.record_kind for r in page.shown_rows()} == {RecordKind.VENUE}
    page.kind.setCurrentIndex(0)
    page.person.setCurrentIndex(page.person.findText("Jana Nováková", Qt.MatchFlag.MatchStartsWith))
    assert {r.op_label for r in page.shown_rows()} == {"Nová akce „Adventní koncert“"}
    page.person.setCurrentIndex(0)
    page.series.setCurrentIndex(page.series.findData(s.id))
    assert {r.record_id for r in page.shown_rows()} == {e.id}
    page.series.setCurrentIndex(0)
    page.search.setText("kino mir")
    assert [r.record_label for r in page.shown_rows()] == ["Kino Mír"]
    assert page.count.text() in ("1 změna", "1 change(s)")  # Czech when a window installed the translators


def test_since_i_last_looked_and_live_updates(ctx, qtbot):
    _changes(ctx)
    page = _page(ctx, qtbot)
    assert ctx.settings.get(settings.HISTORY_LAST_SEEN)  # the visit is remembered
    page.since.setCurrentIndex(LAST_SEEN)
    assert len(page.shown_rows()) > 0  # never looked before: everything
    page2 = HistoryPage(ctx)  # the next visit (e.g. tomorrow's start of the app)
    qtbot.addWidget(page2)
    page2.show()
    page2.since.setCurrentIndex(LAST_SEEN)
    assert page2.shown_rows() == []
    vendors.create_vendor(ctx.sm, VendorDraft("Medový vánek"))
    ctx.bus.emit_change("vendor")
    assert [r.record_label for r in page2.shown_rows()] == ["Medový vánek"]
    page2.since.setCurrentIndex(ALL)
    assert len(page2.shown_rows()) > 1


def test_double_click_asks_to_open_the_record(ctx, qtbot):
    _s, _e, v = _changes(ctx)
    page = _page(ctx, qtbot)
    rect = page.table.visualRect(page.proxy.index(0, HistoryColumn.RECORD))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.open_record_requested) as sig:
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert sig.args == [RecordKind.VENUE, v.id]


def test_export_writes_the_rows_shown_to_excel(ctx, qtbot, tmp_path):
    _changes(ctx)
    page = _page(ctx, qtbot)
    page.kind.setCurrentIndex(page.kind.findData(RecordKind.EVENT))
    path = page.export_to(tmp_path / "změny.xlsx")
    ws = load_workbook(path).active
    values = [[c for c in row] for row in ws.iter_rows(values_only=True) if any(row)]
    flat = " ".join(str(c) for row in values for c in row if c is not None)
    assert "Kdy" in flat and "Co se změnilo" in flat
    assert "Přesun akce „Adventní koncert“" in flat and "Jana Nováková" in flat and "Kino Mír" not in flat


def test_history_panel_shows_one_records_changes(ctx, qtbot, qtmodeltester):
    _s, e, _v = _changes(ctx)
    panel = HistoryPanel(ctx.sm)
    qtbot.addWidget(panel)
    panel.show_record(RecordKind.EVENT, e.id)
    qtmodeltester.check(panel.model)
    labels = [panel.model.index(i, HistoryColumn.OPERATION).data() for i in range(panel.model.rowCount())]
    assert labels == ["Přesun akce „Adventní koncert“", "Nová akce „Adventní koncert“"]
    panel.show_record(RecordKind.EVENT, None)
    assert panel.model.rowCount() == 0


def test_the_main_window_has_the_changes_page_in_czech(make_window, sqlite_db, qtbot):
    window = make_window(sqlite_db)
    page = window.page("history")
    assert isinstance(page, HistoryPage)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("history")
    assert page.isVisible() and window.current_page_key() == "history" and page.since.itemText(1) == "Od mé poslední návštěvy"
    assert page.model.headerData(HistoryColumn.CHANGES, Qt.Orientation.Horizontal) == "Co se změnilo"


def test_event_editor_and_venue_and_vendor_details_show_their_history(ctx, qtbot):
    from planner.ui.events.dialog import EventDialog
    from planner.ui.vendors.detail import VendorDetail
    from planner.ui.venues.detail import VenueDetail

    _s, e, v = _changes(ctx)
    venues.update_venue(ctx.sm, v.id, VenueDraft("Kino Mír", capacity=320))
    detail = VenueDetail(ctx.sm)
    qtbot.addWidget(detail)
    detail.show_row(venues.get_venue(ctx.sm, v.id))
    assert detail.history.model.rowCount() == 2
    assert detail.history.model.index(0, HistoryColumn.CHANGES).data() == "Kapacita: — → 320"
    vendor = vendors.create_vendor(ctx.sm, VendorDraft("Medový vánek"))
    vdetail = VendorDetail(ctx.sm)
    qtbot.addWidget(vdetail)
    vdetail.show_row(vendor)
    assert vdetail.history.model.index(0, HistoryColumn.OPERATION).data() == "Nový prodejce „Medový vánek“"
    row = events.get_event(ctx.sm, e.id)
    dialog = EventDialog(ctx, row.to_draft(), row.id)
    qtbot.addWidget(dialog)
    assert dialog.tabs.count() == 4 and dialog.history.model.rowCount() == 2
    new = EventDialog(ctx, row.to_draft())
    qtbot.addWidget(new)
    assert new.tabs.count() == 3  # nothing to show before the first save


def test_the_name_set_in_the_settings_is_who_the_history_records(qapp, qtbot, sqlite_db, tmp_path) -> None:
    from planner import settings
    from planner.app import build_window
    from planner.services import history as history_service
    from planner.services import venues as venue_service
    from planner.services.dto import VenueDraft
    from planner.services.history import HistoryQuery
    from planner.ui.settings_store import SettingsStore

    store = SettingsStore(str(tmp_path / "s.ini"))
    store.set(settings.HISTORY_ACTOR, "Jana Nováková")
    try:
        window = build_window(sqlite_db, store, "cs")
        qtbot.addWidget(window)
        venue_service.create_venue(sqlite_db.sm, VenueDraft("Obecní dům"))
        (row, *_rest) = history_service.list_history(sqlite_db.sm, HistoryQuery(limit=1))
        assert row.who.startswith("Jana Nováková")
    finally:
        history_service.set_actor(None)


def test_export_into_a_missing_folder_is_a_czech_message_naming_the_file(qtbot, ctx, tmp_path, monkeypatch) -> None:
    from planner.ui import messages
    from planner.ui.history.page import HistoryPage

    page = HistoryPage(ctx)
    qtbot.addWidget(page)
    target = tmp_path / "chybí" / "změny.xlsx"
    shown: list[str] = []
    monkeypatch.setattr(messages, "ask_save_file", lambda *a, **k: str(target))
    monkeypatch.setattr(messages, "show_error", lambda _parent, text, *a, **k: shown.append(text))
    page._export()
    assert len(shown) == 1 and str(target) in shown[0] and not target.exists()
