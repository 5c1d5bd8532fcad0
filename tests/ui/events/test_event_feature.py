"""The editing feature in the main window: intents -> DB, conflicts dock, filters, printing."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from planner.models.enums import RecordKind
from planner.models.enums import EventStatus
from planner.services import events as event_service
from planner.services import series as series_service
from planner.services import venues as venue_service
from planner.services.dto import Conflict, EventDraft, EventQuery, SeriesDraft, VenueDraft
from planner.services.timeutil import format_date, prague
from planner.ui import messages
from planner.ui.changes import Change
from planner.ui.context import AppContext
from planner.ui.events import dialog as dialog_module
from planner.ui.common import printing
from planner.ui.events.conflicts_dock import ConflictsDock, ConflictTableModel
from planner.ui.intents import KEEP_VENUE
from planner.ui.events.feature import EventsFeature
from planner.ui.calendar.page import CalendarPage
from planner.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, ctx: AppContext) -> MainWindow:
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    return w


@pytest.fixture
def page(window: MainWindow, ctx: AppContext) -> CalendarPage:
    """The window's calendar, in the month view of November 2026 (26. 10. – 6. 12. shown)."""
    p = window.calendar
    p.set_view("month")
    p.go_to(dt.date(2026, 11, 14))
    window.show_page("calendar")
    return p


def feature_of(window: MainWindow) -> EventsFeature:
    feature = window.events
    assert isinstance(feature, EventsFeature)
    return feature


def _hall_events(ctx: AppContext) -> tuple[int, int]:
    hall = venue_service.create_venue(ctx.sm, VenueDraft(name="Obecní dům – Sál purkmistrů")).id
    a = event_service.create_event(ctx.sm, EventDraft(
        title="Ples města Opavy", start=prague(2026, 11, 14, 20), end=prague(2026, 11, 14, 23, 59), venue_id=hall,
    )).id
    b = event_service.create_event(ctx.sm, EventDraft(
        title="Koncert ZUŠ", start=prague(2026, 11, 15, 17), end=prague(2026, 11, 15, 19), venue_id=hall,
    )).id
    return a, b


def test_feature_is_installed_with_menu_actions(window: MainWindow) -> None:
    feature = feature_of(window)
    assert feature.act_new in window.menu_file.actions()
    assert feature.act_new.shortcut().toString() == "Ctrl+N"
    assert feature.act_print in window.menu_file.actions() and feature.act_pdf in window.menu_file.actions()
    assert feature.act_delete in window.menu_edit.actions()
    assert feature.dock in window.findChildren(ConflictsDock)
    assert feature.filters.isVisibleTo(window)


def test_feature_serves_the_calendar_page(window: MainWindow, page: CalendarPage) -> None:
    assert feature_of(window).page() is page


def test_intents_of_the_page_reach_the_database(
    window: MainWindow, page: CalendarPage, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialog_module.EventDialog, "ask", classmethod(
        lambda cls, parent, c, draft, event_id=None, *, save: save(replace(draft, title="Vernisáž"))
    ))
    page.create_requested.emit(prague(2026, 11, 20, 17), prague(2026, 11, 20, 19), None)
    (row,) = event_service.list_events(ctx.sm)
    assert row.title == "Vernisáž"
    page.move_requested.emit(row.id, prague(2026, 11, 21, 17), prague(2026, 11, 21, 19), KEEP_VENUE, False)
    assert event_service.get_event(ctx.sm, row.id).start == prague(2026, 11, 21, 17)
    monkeypatch.setattr(messages, "ask_yes_no", lambda *a, **kw: True)
    page.delete_requested.emit(row.id)
    assert event_service.count_events(ctx.sm) == 0
    assert ctx.undo.active().count() == 3
    ctx.undo.undo()
    assert event_service.get_event(ctx.sm, row.id).uid == row.uid


def test_conflict_appears_in_the_dock_and_clears_after_undo(
    window: MainWindow, page: CalendarPage, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = _hall_events(ctx)
    ctx.bus.emit_change(RecordKind.EVENT, [a, b])
    dock = feature_of(window).dock
    assert dock.conflicts() == []
    monkeypatch.setattr(messages, "ask_yes_no", lambda *a, **kw: True)
    page.move_requested.emit(b, prague(2026, 11, 14, 21), prague(2026, 11, 14, 23), KEEP_VENUE, False)
    (conflict,) = dock.conflicts()
    assert {conflict.a_title, conflict.b_title} == {"Ples města Opavy", "Koncert ZUŠ"}
    assert dock.windowTitle().startswith("Konflikty")  # Czech by default (the catalog)
    assert "1" in dock.windowTitle()

    page.go_to(dt.date(2026, 11, 30))
    dock.activate_row(0)
    assert (page.current_date(), page.selected_event()) == (dt.date(2026, 11, 14), conflict.a_id)

    ctx.undo.undo()
    assert dock.conflicts() == []
    ctx.undo.redo()
    assert len(dock.conflicts()) == 1


def test_filter_panel_filters_the_page(window: MainWindow, page: CalendarPage, ctx: AppContext, qtbot) -> None:
    series = series_service.create_series(ctx.sm, SeriesDraft(name="Další břehy")).id
    ctx.bus.emit_change(RecordKind.SERIES, [series])
    panel = feature_of(window).filters
    model = panel.models["series"]
    (row,) = [r for r in range(model.rowCount()) if model.index(r).data() == "Další břehy"]
    model.setData(model.index(row), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert page.filter() == EventQuery(series_ids=frozenset({series}))
    status = panel.models["status"]
    cancelled = [r for r in range(status.rowCount()) if status.index(r).data(Qt.ItemDataRole.UserRole + 1) == EventStatus.CANCELLED][0]
    status.setData(status.index(cancelled), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert page.filter().statuses == frozenset({EventStatus.CANCELLED})
    with qtbot.waitSignal(panel.filter_changed, timeout=2000) as blocker:
        panel.search.setText("varhany")
        assert page.filter().text == ""  # debounced: not yet
    assert blocker.args[0].text == "varhany"
    assert page.filter() == EventQuery(
        series_ids=frozenset({series}), statuses=frozenset({EventStatus.CANCELLED}), text="varhany"
    )
    panel.clear()
    assert page.filter() == EventQuery()


def test_edit_delete_removes_the_selected_event(
    window: MainWindow, page: CalendarPage, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, _b = _hall_events(ctx)
    questions: list[str] = []
    monkeypatch.setattr(messages, "ask_yes_no", lambda parent, text, title=None, **kw: questions.append(text) or True)
    feature = feature_of(window)
    feature.delete_selected()  # nothing selected: nothing happens
    assert questions == [] and event_service.count_events(ctx.sm) == 2
    page.select_event(a)
    feature.act_delete.setEnabled(True)
    feature.act_delete.trigger()
    assert "Ples města Opavy" in questions[0]
    assert event_service.count_events(ctx.sm) == 1


def test_export_pdf_writes_a_pdf(
    window: MainWindow, page: CalendarPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "kalendar"
    monkeypatch.setattr(messages, "ask_save_file", lambda *a: str(target))
    path = feature_of(window).export_pdf()
    assert path == str(target) + ".pdf"
    data = Path(path).read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 2000


def test_print_opens_the_preview_of_what_the_calendar_shows(window: MainWindow, page: CalendarPage) -> None:
    from planner.ui.common.print_dialog import PrintPreviewDialog

    assert feature_of(window).print_view()
    preview = feature_of(window).preview
    assert isinstance(preview, PrintPreviewDialog) and preview.isVisible()
    preview.close()


def test_page_layout_is_a4_landscape() -> None:
    layout = printing.page_layout()
    assert layout.orientation() == layout.Orientation.Landscape
    assert layout.pageSize().id() == layout.pageSize().PageSizeId.A4


def test_conflict_model_is_valid(qtmodeltester) -> None:
    model = ConflictTableModel()
    model.set_conflicts([
        Conflict("venue", 1, 2, "Ples", "Koncert", "Obecní dům", prague(2026, 11, 14, 21), prague(2026, 11, 14, 23), "x"),
        Conflict("stall", 3, 4, "Pekárna", "Trdelník", "A01", dt.date(2026, 12, 1), dt.date(2026, 12, 3), "y"),
    ])
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == f"{format_date(dt.date(2026, 11, 14))} 21:00"
    assert model.index(1, 0).data() == "1. 12. 2026"


def test_changes_are_broadcast_once_per_step(
    window: MainWindow, page: CalendarPage, ctx: AppContext
) -> None:
    a, _b = _hall_events(ctx)
    seen: list[Change] = []
    ctx.bus.changed.connect(seen.append)
    page.move_requested.emit(a, prague(2026, 11, 10, 20), prague(2026, 11, 10, 22), KEEP_VENUE, False)
    assert len(seen) == 1 and seen[0].touched == {RecordKind.EVENT: {a}} and seen[0].op_ids


def test_dock_opens_for_conflicts_unless_closed_by_hand(qtbot) -> None:
    from PySide6.QtWidgets import QMainWindow

    host = QMainWindow()
    qtbot.addWidget(host)
    dock = ConflictsDock(host)
    host.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.hide()
    host.show()
    clash = Conflict("venue", 1, 2, "Ples", "Koncert", "Obecní dům", prague(2026, 11, 14, 21), prague(2026, 11, 14, 23), "x")
    dock.set_conflicts([clash])
    assert dock.isVisible()
    dock.set_conflicts([])
    assert dock.isVisible()  # never closes by itself
    dock.close()
    dock.set_conflicts([clash])
    assert not dock.isVisible()
    dock.toggleViewAction().trigger()
    assert dock.isVisible()


def test_a_list_view_prints_as_paged_text(qtbot, tmp_path: Path) -> None:
    from PySide6.QtGui import QTextDocument

    class ListView(QWidget):
        def document(self) -> QTextDocument:
            doc = QTextDocument()
            rows = "".join(f"<tr><td>{i}. 12. 2026</td><td>Adventní koncert č. {i}</td></tr>" for i in range(1, 150))
            doc.setHtml(f"<table>{rows}</table>")
            return doc

    view = ListView()
    qtbot.addWidget(view)
    path = tmp_path / "prehled.pdf"
    printing.export_pdf(str(path), view, "Kalendář akcí – přehled", "prosinec 2026")
    data = path.read_bytes()
    pages = data.count(b"/Type /Page") - data.count(b"/Type /Pages")
    assert data.startswith(b"%PDF") and pages >= 3


def test_print_footer_shows_prague_time_whatever_the_machine_zone() -> None:
    import datetime as _dt

    # 23:30 UTC on 25 Oct 2026 (after the change to winter time) is 0:30 on 26 Oct in Prague.
    text = printing.printed_on(_dt.datetime(2026, 10, 25, 23, 30, tzinfo=_dt.timezone.utc))
    assert text.endswith("26. 10. 2026 0:30")


def test_a_date_only_conflict_sorts_at_the_prague_start_of_its_day(qtbot) -> None:
    from PySide6.QtWidgets import QMainWindow

    host = QMainWindow()
    qtbot.addWidget(host)
    dock = ConflictsDock(host)
    # 0:30 on 1 Dec in Prague is 23:30 UTC on 30 Nov: still after the start of 1 Dec in Prague
    night = Conflict("venue", 1, 2, "Silvestr", "Ohňostroj", "Dolní náměstí",
                     prague(2026, 12, 1, 0, 30), prague(2026, 12, 1, 1), "x")
    stalls = Conflict("stall", 3, 4, "Pekárna", "Trdelník", "A01", dt.date(2026, 12, 1), dt.date(2026, 12, 3), "y")
    dock.set_conflicts([night, stalls])
    assert [c.a_title for c in dock.conflicts()] == ["Pekárna", "Silvestr"]
