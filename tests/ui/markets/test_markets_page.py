"""The markets page with the demo data: booking by drag, rearranging, reviewing, paying, printing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from planner.models.enums import RecordKind
from planner.models.enums import BookingStatus, StallKind
from planner.services import markets as ms
from planner.services.dto import BookingDraft, EventDraft, VendorDraft
from planner.services.vendors import create_vendor
from planner.ui import messages
from planner.ui.markets import dialogs, record_dialogs
from planner.ui.markets import page as page_module
from planner.ui.markets.hours_model import DayHoursModel
from planner.ui.markets.models import BookingColumn, BookingTableModel, VendorListModel
from planner.services.market_map import StallState
from planner.ui.markets.map_style import ColourBy
from tests.ui.markets.conftest import market_id

APPROVED, APPLIED, REJECTED = BookingStatus.APPROVED, BookingStatus.APPLIED, BookingStatus.REJECTED


@pytest.fixture
def errors_shown(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, text, title=None: shown.append(text))
    return shown


def stall_id(page, code: str) -> int:
    return next(s.id for s in page.stalls if s.code == code)


def vendor_id(page, prefix: str) -> int:
    return next(v.id for v in page.vendors.values() if v.name.startswith(prefix))


def stall_point(page, code: str) -> QPoint:
    item = page.scene.item_for(stall_id(page, code))
    return page.map_view.mapFromScene(item.mapToScene(item.body_rect().center()))


def drop_vendor(page, vendor: int, code: str) -> bool:
    """Drag a vendor from the stallholder list and drop it on a stall, through the map's viewport."""
    model = page.vendor_model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).id == vendor)
    mime = model.mimeData([model.index(row)])
    point = stall_point(page, code)
    viewport = page.map_view.viewport()
    buttons, mods, action = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, Qt.DropAction.CopyAction
    # Qt 6 takes QPoint for drag enter/move and QPointF for the drop.
    QApplication.sendEvent(viewport, QDragEnterEvent(point, action, mime, buttons, mods))
    move = QDragMoveEvent(point, action, mime, buttons, mods)
    QApplication.sendEvent(viewport, move)
    drop = QDropEvent(QPointF(point), action, mime, buttons, mods)
    QApplication.sendEvent(viewport, drop)
    return move.isAccepted() and drop.isAccepted()


def select_rows(page, predicate) -> None:
    page.table.clearSelection()
    selection = page.table.selectionModel()
    for r in range(page.booking_proxy.rowCount()):
        ix = page.booking_proxy.index(r, 0)
        if predicate(page.booking_model.row_at(page.booking_proxy.mapToSource(ix).row())):
            selection.select(ix, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def test_page_shows_demo_christmas_market(page) -> None:
    assert page.market.title == "Vánoční trhy Opava 2026 (demo)"
    assert len(page.scene.stall_items()) == 20
    states = {it.view.stall.code: it.view.state for it in page.scene.stall_items()}
    assert states["D01"] is StallState.PAID and states["D04"] is StallState.UNPAID
    assert states["H08"] is StallState.FREE
    assert "2 nezaplacené" in page.totals_label.text() or "(2 " in page.totals_label.text()


def test_drag_vendor_onto_free_stall_books_it_and_warns_about_power(page, ctx, qtbot, errors_shown) -> None:
    grill = vendor_id(page, "Uzenářství Krajíček")  # needs 6 kW; H08 has 1 kW
    assert drop_vendor(page, grill, "H08")
    qtbot.waitUntil(lambda: any(b.stall_code == "H08" for b in page.bookings))
    booking = next(b for b in ms.list_bookings(ctx.sm, page.market.event_id) if b.stall_code == "H08")
    assert (booking.vendor_id, booking.status) == (grill, APPROVED)
    assert (booking.first_day, booking.last_day) == (dt.date(2026, 11, 27), dt.date(2026, 12, 23))
    assert booking.fee == Decimal("9450.00")  # 27 days x (300 + 50 power)
    assert "H08" in page.banner.text() and "má jen 1,0 kW" in page.banner.text()
    assert page.scene.item_for(booking.stall_id).view.state is StallState.UNPAID
    assert page.scene.item_for(booking.stall_id).view.warning
    row = page.booking_model.row_of(booking.id)
    power = page.booking_model.index(row, BookingColumn.POWER)
    assert power.data() == "⚠ 6,0 kW" and "má jen 1,0 kW" in power.data(Qt.ItemDataRole.ToolTipRole)
    assert errors_shown == []


def test_drop_as_application(page, ctx, qtbot) -> None:
    page.book_as.setCurrentIndex(page.book_as.findData(APPLIED))
    assert drop_vendor(page, vendor_id(page, "Medový vánek"), "H09")
    qtbot.waitUntil(lambda: any(b.stall_code == "H09" for b in page.bookings))
    assert next(b for b in page.bookings if b.stall_code == "H09").status is APPLIED
    assert page.scene.item_for(stall_id(page, "H09")).view.state is StallState.APPLIED


def test_drop_on_taken_stall_is_refused_with_a_message(page, ctx, qtbot, errors_shown) -> None:
    before = len(ms.list_bookings(ctx.sm, page.market.event_id))
    assert drop_vendor(page, vendor_id(page, "Medový vánek"), "D01")
    qtbot.waitUntil(lambda: bool(errors_shown))
    assert "D01" in errors_shown[0] and "Uzenářství Krajíček" in errors_shown[0]
    assert len(ms.list_bookings(ctx.sm, page.market.event_id)) == before


def test_drag_stall_moves_it_in_the_database_and_undo_moves_it_back(page, ctx, qtbot) -> None:
    sid = stall_id(page, "H12")
    before = next(s for s in ms.list_stalls(ctx.sm, page.market.event_id) if s.id == sid)
    start = stall_point(page, "H12")
    viewport = page.map_view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 6):
        QTest.mouseMove(viewport, start + QPoint(0, 12 * step))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(0, 60))

    def moved():
        return next(s for s in ms.list_stalls(ctx.sm, page.market.event_id) if s.id == sid)

    qtbot.waitUntil(lambda: moved().y_m > before.y_m)
    after = moved()
    assert after.x_m == before.x_m and (after.y_m * 4) == int(after.y_m * 4)  # snapped to 0.25 m
    assert ctx.undo.active().count() == 1
    ctx.undo.undo()
    assert moved().y_m == before.y_m
    assert page.scene.item_for(sid).position_m() == (before.x_m, before.y_m)


def test_approve_and_reject_applications_in_the_table(page, ctx, qtbot) -> None:
    page.select_market(market_id(ctx, "Velikonoční"))
    page.tabs.setCurrentWidget(page.bookings_tab)
    assert {b.status for b in page.bookings} == {APPLIED}
    select_rows(page, lambda r: r.stall_code in ("H01", "H02"))
    page.act_approve.trigger()
    select_rows(page, lambda r: r.stall_code == "H03")
    page.act_reject.trigger()
    statuses = {b.stall_code: b.status for b in ms.list_bookings(ctx.sm, page.market.event_id)}
    assert statuses["H01"] is APPROVED and statuses["H02"] is APPROVED and statuses["H03"] is REJECTED
    assert statuses["H04"] is APPLIED
    assert "Schváleno: 2" in page.totals_label.text() or "Approved: 2" in page.totals_label.text()


def test_approving_an_overlapping_application_shows_the_rule(page, ctx, errors_shown) -> None:
    easter = market_id(ctx, "Velikonoční")
    page.select_market(easter)
    h01 = stall_id(page, "H01")
    first = next(b for b in page.bookings if b.stall_code == "H01")
    ms.set_booking_status(ctx.sm, first.id, APPROVED)
    ms.create_booking(ctx.sm, BookingDraft(h01, vendor_id(page, "Medový vánek"), dt.date(2027, 3, 13), dt.date(2027, 3, 13)))
    page.refresh()
    select_rows(page, lambda r: r.stall_code == "H01" and r.status is APPLIED)
    page.act_approve.trigger()
    assert len(errors_shown) == 1 and "H01" in errors_shown[0]
    assert [b.status for b in ms.list_bookings(ctx.sm, easter) if b.stall_code == "H01"] == [APPROVED, APPLIED]


def test_totals_update_after_marking_paid(page, ctx, monkeypatch) -> None:
    monkeypatch.setattr(dialogs.PaidDateDialog, "ask", classmethod(lambda cls, parent, what, default: dt.date(2026, 11, 30)))
    assert "26\u00a0167,00\u00a0Kč" in page.totals_label.text()
    select_rows(page, lambda r: r.stall_code == "D04")
    page.act_paid.trigger()
    d04 = next(b for b in ms.list_bookings(ctx.sm, page.market.event_id) if b.stall_code == "D04")
    assert d04.paid_on == dt.date(2026, 11, 30)
    assert "2\u00a0167,00\u00a0Kč" in page.totals_label.text() and "(1 " in page.totals_label.text()
    select_rows(page, lambda r: r.stall_code == "D04")
    page.act_unpaid.trigger()
    assert "26\u00a0167,00\u00a0Kč" in page.totals_label.text()


def test_new_market_with_copied_layout(page, ctx, monkeypatch) -> None:
    xmas = page.market.event_id
    answer = dialogs.NewMarket("Vánoční trhy Opava 2027", dt.date(2027, 11, 26), dt.date(2027, 12, 23), None,
                               dt.time(10), dt.time(19), xmas)
    monkeypatch.setattr(dialogs.NewMarketDialog, "ask", classmethod(lambda cls, parent, venues, markets, save: save(answer)))
    page.new_market()
    assert page.market.title == "Vánoční trhy Opava 2027"
    assert page.market.default_close == dt.time(19)
    assert [s.code for s in page.stalls] == [s.code for s in ms.list_stalls(ctx.sm, xmas)]
    assert page.bookings == [] and len(page.scene.stall_items()) == 20
    assert page.day_combo.count() == 1 + 28 and page.day_combo.itemText(1) == "26. 11. 2027"


def test_copy_layout_action(page, ctx, monkeypatch) -> None:
    easter = market_id(ctx, "Velikonoční")
    empty = ms.create_market(ctx.sm, EventDraft.all_day_event("Velikonoční jarmark 2028", dt.date(2028, 4, 7), dt.date(2028, 4, 9)))
    ctx.bus.emit_change(RecordKind.MARKET, [empty.event_id])
    page.select_market(empty.event_id)
    assert page.stalls == []
    monkeypatch.setattr(dialogs.ChooseMarketDialog, "ask", classmethod(lambda cls, parent, title, text, markets: easter))
    page.copy_layout()
    assert len(ms.list_stalls(ctx.sm, empty.event_id)) == 12
    assert len(page.scene.stall_items()) == 12 and "12" in page.banner.text()


def test_export_map_to_pdf(page, tmp_path) -> None:
    path = page.export_pdf(str(tmp_path / "mapa.pdf"))
    data = (tmp_path / "mapa.pdf").read_bytes()
    assert path and data.startswith(b"%PDF") and len(data) > 5000


def test_render_map_picture_has_the_stalls(page) -> None:
    from PySide6.QtCore import QSize

    image = page.render_map(QSize(1280, 800))
    assert image.width() == 1280
    colours = {image.pixelColor(x, y).name() for x in range(0, 1280, 7) for y in range(0, 800, 7)}
    assert "#a5d6a7" in colours and "#ffab91" in colours  # paid and unpaid stalls are drawn


def test_colour_by_category_changes_the_legend(page) -> None:
    assert [e.label for e in page.scene.legend()][:2] == ["Volný", "Jen přihlášky"]
    next(a for a in page.colour_actions.actions() if a.data() == ColourBy.CATEGORY.value).trigger()  # Barvy menu
    labels = [e.label for e in page.scene.legend()]
    assert "Teplá kuchyně" in labels and "Řemesla" in labels


def test_map_day_shows_the_vendor_of_that_day(page) -> None:
    h07 = stall_id(page, "H07")
    page.set_day(dt.date(2026, 12, 1))
    assert page.scene.item_for(h07).view.vendors == ("Josef Proutek – Proutěné výrobky Vrbina",)
    page.set_day(dt.date(2026, 12, 20))
    assert page.scene.item_for(h07).view.vendors == ("Lucie Barvířová – Kraslice Malovánka",)
    page.set_day(None)
    assert len(page.scene.item_for(h07).view.vendors) == 2


def test_settings_save_and_validation(page, ctx) -> None:
    panel = page.settings_panel
    panel.per_day.setText("-5")
    assert not panel.save.isEnabled() and "nesmí být záporná" in panel.reason.text()
    panel.per_day.setText("350,50")
    panel.by_kind[StallKind.FOOD_TRUCK].setText("1 200")
    assert panel.save.isEnabled()
    panel.save.click()
    rule = ms.get_market(ctx.sm, page.market.event_id).fee_rule
    assert rule.per_day == Decimal("350.50") and dict(rule.by_kind) == {StallKind.FOOD_TRUCK: Decimal("1200.00")}


def test_day_hours_exception(page, ctx, monkeypatch) -> None:
    monkeypatch.setattr(dialogs.DayHoursDialog, "ask", classmethod(
        lambda cls, parent, market, day, save: save(dialogs.DayHours(False, None, None, "Rozsvícení stromu"))))
    page.edit_day_hours(dt.date(2026, 11, 29))
    market = ms.get_market(ctx.sm, page.market.event_id)
    assert ms.opening_hours(market, dt.date(2026, 11, 29)) is None
    row = (dt.date(2026, 11, 29) - market.first_day).days
    model = page.settings_panel.days_model
    assert model.index(row, 1).data() == "zavřeno" and model.index(row, 2).data() == "Rozsvícení stromu"


def test_new_market_dialog_needs_title_and_order(qtbot) -> None:
    dialog = dialogs.NewMarketDialog([], [], save=lambda answer: answer)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.error_text()
    dialog.title.setText("Jarmark")
    assert ok.isEnabled()
    dialog.last.setDate(dialog.first.date().addDays(-1))
    assert not ok.isEnabled()


def test_bookings_sort_by_vendor_in_czech_order(page, ctx) -> None:
    page.select_market(market_id(ctx, "Velikonoční"))
    h11, h12 = stall_id(page, "H11"), stall_id(page, "H12")
    for name, stall in (("Chrudim", h11), ("Čech", h12), ("Cibulka", h11)):
        vendor = create_vendor(ctx.sm, VendorDraft(name=name))
        ms.create_booking(ctx.sm, BookingDraft(stall, vendor.id, dt.date(2027, 3, 12), dt.date(2027, 3, 12)))
    page.refresh()
    page.booking_search.setText("c")  # accent-insensitive: Čech matches too
    page.table.sortByColumn(BookingColumn.VENDOR, Qt.SortOrder.AscendingOrder)
    names = [page.booking_proxy.index(r, BookingColumn.VENDOR).data() for r in range(page.booking_proxy.rowCount())]
    assert [n for n in names if n in ("Chrudim", "Čech", "Cibulka")] == ["Cibulka", "Čech", "Chrudim"]


def test_models_pass_the_model_tester(page, ctx, qtmodeltester) -> None:
    qtmodeltester.check(page.booking_model)
    qtmodeltester.check(page.booking_proxy)
    qtmodeltester.check(page.vendor_model)
    qtmodeltester.check(page.vendor_proxy)
    qtmodeltester.check(page.settings_panel.days_model)
    assert isinstance(page.booking_model, BookingTableModel)
    assert isinstance(page.vendor_model, VendorListModel)
    assert isinstance(page.settings_panel.days_model, DayHoursModel)


def test_feature_installs_the_page_into_the_main_window(ctx, qtbot) -> None:
    from planner.ui.main_window import MainWindow
    from planner.ui.markets.page import MarketsPage

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert isinstance(window.page("markets"), MarketsPage)


def test_status_filter_shows_only_that_status(page, ctx) -> None:
    page.select_market(market_id(ctx, "Velikonoční"))
    ms.set_booking_status(ctx.sm, next(b.id for b in page.bookings if b.stall_code == "H01"), APPROVED)
    page.refresh()
    page.status_filter.setCurrentIndex(page.status_filter.findText("Schváleno"))
    shown = [page.booking_proxy.index(r, BookingColumn.STALL).data() for r in range(page.booking_proxy.rowCount())]
    assert shown == ["H01"]


def test_add_edit_and_delete_a_stall_from_the_map(page, ctx, monkeypatch) -> None:
    def fill_and_ok(cls, parent, draft, zones, save):
        dialog = cls(draft, zones, save, parent)
        dialog.kind.setCurrentIndex(dialog.kind.findData(StallKind.FOOD_TRUCK.value))
        dialog.width_m.setValue(6)
        dialog.has_power.setChecked(True)
        dialog.power_kw.setValue(16)
        dialog.ok_button.click()
        assert dialog.result() == dialog.DialogCode.Accepted
        return dialog.saved

    monkeypatch.setattr(record_dialogs.StallDialog, "ask", classmethod(fill_and_ok))
    monkeypatch.setattr(messages, "ask_yes_no", lambda *a, **k: True)
    assert "Horní náměstí – řemesla" in page.map_tab.zones()
    row = page.map_tab.add_stall(40, 12)
    assert row.code == "H13" and (row.x_m, row.y_m) == (40, 12)
    assert (row.kind, row.width_m, row.power_kw) == (StallKind.FOOD_TRUCK, Decimal("6.0"), Decimal("16.0"))
    assert page.scene.item_for(row.id) is not None
    page.map_tab.delete_stall(row.id)
    assert row.id not in {s.id for s in ms.list_stalls(ctx.sm, page.market.event_id)}


def test_stall_dialog_keeps_input_on_a_duplicate_code(page, qtbot) -> None:
    from planner.services.dto import StallDraft

    market = page.market.event_id
    dialog = record_dialogs.StallDialog(StallDraft("X1"), [], lambda d: ms.create_stall(page.ctx.sm, market, d))
    qtbot.addWidget(dialog)
    dialog.code.setText("d01")
    dialog.ok_button.click()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "D01" in dialog.field_error("code") and "už existuje" in dialog.field_error("code")
    assert dialog.code.text() == "d01" and dialog.isVisible() is False  # never accepted
    dialog.code.setText("")
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_edit_booking_days_for_a_rotating_stallholder(page, ctx, monkeypatch) -> None:
    """Split H08 between two vendors: the second is refused while days overlap, accepted when they touch."""
    h08 = stall_id(page, "H08")
    first = ms.book_stall(ctx.sm, h08, vendor_id(page, "Medový vánek"), status=APPROVED)
    second = ms.book_stall(ctx.sm, h08, vendor_id(page, "Trdlo"), status=APPLIED)
    page.refresh()
    seen: list[str] = []

    def shorten(cls, parent, market, stalls, vendors, draft, save):
        dialog = cls(market, stalls, vendors, draft, save, parent)
        if draft.vendor_id == first.vendor_id:
            dialog.last.setDate(dt.date(2026, 12, 10))
        else:
            dialog.status.setCurrentIndex(dialog.status.findData("approved"))
            dialog.first.setDate(dt.date(2026, 12, 10))
            dialog.ok_button.click()  # overlaps on 10 Dec
            assert dialog.result() != dialog.DialogCode.Accepted
            seen.append(dialog.general_error.text())
            dialog.first.setDate(dt.date(2026, 12, 11))
        dialog.fee.setText("")  # recompute by the rule for the new days
        dialog.ok_button.click()
        assert dialog.result() == dialog.DialogCode.Accepted
        return dialog.saved

    monkeypatch.setattr(record_dialogs.BookingDialog, "ask", classmethod(shorten))
    page.bookings_tab.edit_booking(first.id)
    page.bookings_tab.edit_booking(second.id)
    rows = {b.vendor_id: b for b in ms.list_bookings(ctx.sm, page.market.event_id) if b.stall_code == "H08"}
    assert (rows[first.vendor_id].last_day, rows[second.vendor_id].first_day) == (dt.date(2026, 12, 10), dt.date(2026, 12, 11))
    assert rows[second.vendor_id].status is APPROVED
    assert rows[first.vendor_id].fee == Decimal("4900.00")  # 14 days x (300 + 50 for power)
    assert seen and "H08" in seen[0]


def test_stallholder_list_shows_who_is_placed(page, ctx) -> None:
    newcomer = create_vendor(ctx.sm, VendorDraft(name="Čokoládovna Kakao"))
    ctx.bus.emit_change(RecordKind.VENDOR, [newcomer.id])
    model, proxy = page.vendor_model, page.vendor_proxy
    names = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert any(n.startswith("Uzenářství Krajíček") and n.endswith("→ D01") for n in names)
    page.unplaced_only.setChecked(True)
    unplaced = {model.row_at(proxy.mapToSource(proxy.index(r, 0)).row()).id for r in range(proxy.rowCount())}
    placed = {b.vendor_id for b in page.bookings}
    assert unplaced == {newcomer.id} and not unplaced & placed


def test_a_mistaken_drop_is_undone_with_ctrl_z(page, ctx, qtbot) -> None:
    assert drop_vendor(page, vendor_id(page, "Medový vánek"), "H10")
    qtbot.waitUntil(lambda: any(b.stall_code == "H10" for b in page.bookings))
    assert ctx.undo.active().undoText() == "Rezervace stánku H10"
    ctx.undo.undo()
    assert not any(b.stall_code == "H10" for b in ms.list_bookings(ctx.sm, page.market.event_id))
    assert page.scene.item_for(stall_id(page, "H10")).view.state is StallState.FREE
    ctx.undo.redo()
    assert [b.vendor_name for b in page.bookings if b.stall_code == "H10"] == ["Medový vánek s.r.o."]


def test_arrow_keys_nudge_the_selected_stall(page, ctx, qtbot) -> None:
    sid = stall_id(page, "H12")
    before = page.scene.item_for(sid).position_m()
    page.scene.item_for(sid).setSelected(True)
    page.map_view.setFocus()
    QTest.keyClick(page.map_view.viewport(), Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(page.map_view.viewport(), Qt.Key.Key_Up)

    def stored():
        s = next(s for s in ms.list_stalls(ctx.sm, page.market.event_id) if s.id == sid)
        return (s.x_m, s.y_m)

    qtbot.waitUntil(lambda: stored() == (before[0] - 1, before[1] - 0.25))
    assert ctx.undo.active().count() == 2


def test_undoing_a_drop_keeps_a_booking_changed_since(page, ctx, qtbot, errors_shown) -> None:
    assert drop_vendor(page, vendor_id(page, "Medový vánek"), "H11")
    qtbot.waitUntil(lambda: any(b.stall_code == "H11" for b in page.bookings))
    booking = next(b for b in page.bookings if b.stall_code == "H11")
    ms.mark_paid(ctx.sm, booking.id, dt.date(2026, 11, 28))
    ctx.undo.undo()
    assert errors_shown and "H11" in errors_shown[0]
    assert ms.get_booking(ctx.sm, booking.id).paid_on == dt.date(2026, 11, 28)


def test_plan_a_market_from_an_empty_database(qtbot, sqlite_db, tmp_path, czech, monkeypatch) -> None:

    from planner.services.dto import StallDraft
    from planner.ui.context import AppContext
    from planner.ui.settings_store import SettingsStore

    ctx = AppContext(db=sqlite_db, settings=SettingsStore(str(tmp_path / "s.ini")))
    empty = page_module.MarketsPage(ctx)
    qtbot.addWidget(empty)
    empty.resize(1000, 700)
    empty.show()
    assert empty.market is None and "Nový trh" in empty.totals_label.text()
    assert not empty.tabs.isEnabled() and not empty.act_pdf.isEnabled()
    answer = dialogs.NewMarket("Jarmark", dt.date(2027, 3, 12), dt.date(2027, 3, 14), None, dt.time(9), dt.time(17), None)
    monkeypatch.setattr(dialogs.NewMarketDialog, "ask", classmethod(lambda cls, parent, venues, markets, save: save(answer)))
    monkeypatch.setattr(record_dialogs.StallDialog, "ask", classmethod(
        lambda cls, parent, draft, zones, save: save(StallDraft("A01", x_m=draft.x_m, y_m=draft.y_m))))
    empty.new_market()
    assert empty.market.title == "Jarmark" and empty.tabs.isEnabled()
    stall = empty.map_tab.add_stall(5, 5)
    vendor = create_vendor(ctx.sm, VendorDraft(name="Čech – Perníčky"))
    ctx.bus.emit_change(RecordKind.VENDOR, [vendor.id])
    qtbot.waitExposed(empty)
    empty.map_view.fit()
    assert drop_vendor(empty, vendor.id, "A01")
    qtbot.waitUntil(lambda: len(empty.bookings) == 1)
    assert empty.bookings[0].stall_id == stall.id and empty.bookings[0].days == 3


def test_a_stall_move_does_not_reload_vendors_but_a_vendor_change_does(page, ctx, monkeypatch) -> None:
    from planner.services import vendors as vendor_service

    loads: list[int] = []
    real = vendor_service.list_vendors
    monkeypatch.setattr(vendor_service, "list_vendors", lambda *a, **k: loads.append(1) or real(*a, **k))
    stall = page.stalls[0]
    ms.move_stall(ctx.sm, stall.id, stall.x_m + 2, stall.y_m)
    ctx.bus.emit_change(RecordKind.MARKET, [page.market.event_id])
    assert loads == []
    assert next(s for s in page.stalls if s.id == stall.id).x_m == stall.x_m + 2
    ctx.bus.emit_change(RecordKind.VENDOR, [])
    assert loads == [1]


def test_deleting_several_applications_is_all_or_nothing(page, ctx, monkeypatch, errors_shown) -> None:
    monkeypatch.setattr(messages, "ask_yes_no", lambda *a, **k: True)
    chosen = [b for b in page.bookings if b.stall_code in ("H01", "H02")]
    assert len(chosen) == 2
    select_rows(page, lambda r: r.id in {b.id for b in chosen})
    ms.delete_booking(ctx.sm, chosen[0].id)  # a colleague deleted one meanwhile
    page.bookings_tab.delete_bookings()
    assert errors_shown  # told why nothing happened
    assert ms.get_booking(ctx.sm, chosen[1].id).id == chosen[1].id  # the other one is still there
