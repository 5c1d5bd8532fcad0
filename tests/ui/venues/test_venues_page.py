"""VenuesPage: keys, archive instead of delete, column chooser, refresh, detail, editor."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from planner.models.enums import RecordKind
from planner import settings
from planner.services import venues as venue_service
from planner.services.dto import EventDraft, VenueDraft
from planner.services.events import create_event
from planner.services.timeutil import prague
from planner.ui.venues import page as page_module
from planner.ui.venues.model import VenueColumn
from planner.ui.venues.page import VenuesPage


@pytest.fixture
def page(qtbot, ctx):
    for name in ("Chrudim", "Čech", "Cibulka"):
        venue_service.create_venue(ctx.sm, VenueDraft(name))
    widget = VenuesPage(ctx)
    qtbot.addWidget(widget)
    return widget


def shown(page: VenuesPage) -> list[str]:
    return [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]


def select(page: VenuesPage, *names: str) -> None:
    page.select_ids([r.id for r in page.model.rows() if r.name in names])


def test_the_list_opens_sorted_by_name_the_czech_way(page) -> None:
    assert shown(page) == ["Cibulka", "Čech", "Chrudim"]
    assert page.count_label.text()  # "3 of 3 venues shown" in the UI language


def test_delete_key_archives_the_selection_and_undo_restores(page, qtbot, ctx) -> None:
    select(page, "Čech", "Chrudim")
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)

    assert shown(page) == ["Cibulka"]
    assert {v.name for v in venue_service.list_venues(ctx.sm, include_archived=True) if v.archived} == {"Čech", "Chrudim"}
    page.archived_box.setChecked(True)
    assert shown(page) == ["Cibulka", "Čech", "Chrudim"]

    ctx.undo.undo()
    assert [v.name for v in venue_service.list_venues(ctx.sm)] == ["Cibulka", "Čech", "Chrudim"]
    ctx.undo.redo()
    assert [v.name for v in venue_service.list_venues(ctx.sm)] == ["Cibulka"]


def test_venue_in_use_is_not_deleted(page, ctx, shown_messages) -> None:
    cech = next(r for r in page.model.rows() if r.name == "Čech")
    create_event(ctx.sm, EventDraft("Koncert", prague(2026, 12, 1, 19), prague(2026, 12, 1, 21), venue_id=cech.id))
    select(page, "Čech")

    page.delete_selected()

    assert shown_messages[-1][0] == "error" and "archivujte" in shown_messages[-1][1]
    assert venue_service.get_venue(ctx.sm, cech.id).name == "Čech"


def test_unused_venue_can_be_deleted_after_confirmation(page, ctx, shown_messages) -> None:
    select(page, "Cibulka")
    page.delete_selected()
    assert shown_messages[0][0] == "question"
    assert shown(page) == ["Čech", "Chrudim"]


def test_enter_edits_the_current_venue_and_insert_adds(page, qtbot, monkeypatch) -> None:
    asked: list[object] = []
    monkeypatch.setattr(page_module.VenueDialog, "ask", classmethod(lambda _cls, _p, _sm, row=None, *, save: asked.append(row)))
    select(page, "Čech")

    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    qtbot.keyClick(page.view, Qt.Key.Key_Insert)

    assert [getattr(r, "name", None) for r in asked] == ["Čech", None]


def test_context_menu_offers_archive_or_restore(page) -> None:
    select(page, "Čech")
    texts = [a.text() for a in page.context_menu().actions() if a.text()]
    assert page.act_archive.text() in texts and page.act_restore.text() not in texts
    page.archive_selected()
    page.archived_box.setChecked(True)
    select(page, "Čech")
    texts = [a.text() for a in page.context_menu().actions() if a.text()]
    assert page.act_restore.text() in texts and page.act_archive.text() not in texts


def test_hidden_columns_are_remembered_between_starts(page, ctx, qtbot) -> None:
    page.set_column_visible(VenueColumn.EMAIL, False)
    page.set_column_visible(VenueColumn.PHONE, False)
    page.set_column_visible(VenueColumn.PHONE, True)

    again = VenuesPage(ctx)
    qtbot.addWidget(again)
    assert again.view.isColumnHidden(VenueColumn.EMAIL)
    assert not again.view.isColumnHidden(VenueColumn.PHONE)
    assert ctx.settings.get(settings.VENUE_COLUMNS) == "EMAIL"


def test_page_refreshes_when_another_screen_changes_venues(page, ctx) -> None:
    row = venue_service.create_venue(ctx.sm, VenueDraft("Dům umění"))
    ctx.bus.emit_change(RecordKind.VENUE, [row.id])
    assert "Dům umění" in shown(page)


def test_kind_filter_and_search_box(page, ctx) -> None:
    from planner.models.enums import VenueKind

    venue_service.create_venue(ctx.sm, VenueDraft("Kostel sv. Ducha", kind=VenueKind.CHURCH))
    page.refresh()
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(VenueKind.CHURCH))
    assert shown(page) == ["Kostel sv. Ducha"]
    page.kind_filter.setCurrentIndex(0)
    page.search.setText("cech")
    assert shown(page) == ["Čech"]


def test_detail_splits_upcoming_and_past_bookings_and_asks_for_the_timeline(page, ctx, qtbot) -> None:
    cech = next(r for r in page.model.rows() if r.name == "Čech")
    create_event(ctx.sm, EventDraft("Loni", prague(2025, 5, 1, 19), prague(2025, 5, 1, 21), venue_id=cech.id))
    create_event(ctx.sm, EventDraft("Brzy", prague(2026, 12, 3, 19), prague(2026, 12, 3, 21), venue_id=cech.id))
    page.detail.today = lambda: dt.date(2026, 11, 26)
    ctx.bus.emit_change(RecordKind.EVENT)
    select(page, "Čech")

    assert page.detail.upcoming_model.rowCount() == 1
    assert page.detail.upcoming_model.text(0, 1) == "Brzy"
    assert page.detail.upcoming_model.text(0, 0) == "3. 12. 2026 19:00"
    assert page.detail.past_model.text(0, 1) == "Loni"
    with qtbot.waitSignal(page.timeline_requested) as blocker:
        page.detail.timeline_button.click()
    assert blocker.args == [cech.id, dt.date(2026, 12, 3)]


def test_detail_is_empty_for_several_selected(page) -> None:
    select(page, "Čech", "Chrudim")
    assert page.detail.row() is None
    select(page, "Čech")
    assert page.detail.row() is not None and page.detail.row().name == "Čech"


def test_columns_fit_the_names_once_rows_arrive_in_an_empty_list(qtbot, ctx) -> None:
    widget = VenuesPage(ctx)  # built over an empty database, as before the first demo load
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    long_names = ("Kostel sv. Ducha", "Kostel sv. Vojtěcha", "Kostel sv. Hedviky", "Kostel Panny Marie")
    for name in long_names:
        venue_service.create_venue(ctx.sm, VenueDraft(name, contact="Mgr. Tereza Zedníková"))
    widget.refresh()
    header = widget.view.horizontalHeader()
    metrics = widget.view.fontMetrics()
    assert header.sectionSize(VenueColumn.NAME) >= max(metrics.horizontalAdvance(n) for n in long_names)
    assert header.sectionSize(VenueColumn.CONTACT) >= metrics.horizontalAdvance("Mgr. Tereza Zedníková")
    header.resizeSection(VenueColumn.NAME, 90)  # the user's own width stays on later refreshes
    widget.refresh()
    assert header.sectionSize(VenueColumn.NAME) == 90
