"""Issue 11 on the markets page: the whole map fitted, a legend that covers nothing, zoom, a header
and map tools that fit at 1024 px, the map without the mouse, the bookings table after a demo load."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton

from planner.services import demo
from planner.ui.context import AppContext
from planner.ui.markets import record_dialogs
from planner.ui.markets.models import BookingColumn
from planner.ui.markets.page import MarketsPage
from tests.ui.markets.conftest import market_id


def _in_tab(page, widget) -> QRect:
    return QRect(widget.mapTo(page.map_tab, QPoint(0, 0)), widget.size())


def _wheel(view, dy: int, mods: Qt.KeyboardModifier) -> None:
    centre = QPointF(view.viewport().rect().center())
    event = QWheelEvent(centre, QPointF(view.viewport().mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, dy),
                        Qt.MouseButton.NoButton, mods, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)


def test_the_whole_map_is_shown_and_the_legend_covers_no_stall(page, qtbot) -> None:
    page.resize(760, 560)  # the page on a 1024 x 700 screen beside the side panel
    qtbot.waitUntil(lambda: page.map_view.viewport().width() < 600)
    view = page.map_view
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.adjusted(-1, -1, 1, 1).contains(page.scene.sceneRect())  # every row, every stall, the scale bar
    assert view.fitted
    legend = page.map_tab.legend
    assert legend.isVisible() and [e.label for e in legend.entries()] == [e.label for e in page.scene.legend()]
    assert not _in_tab(page, legend).intersects(_in_tab(page, view))
    assert legend.height() >= legend.heightForWidth(legend.width()) > 0  # wrapped, not clipped


def test_ctrl_wheel_and_plus_minus_zoom_and_zero_fits_again(page) -> None:
    view = page.map_view
    fitted = view.transform().m11()
    _wheel(view, 120, Qt.KeyboardModifier.NoModifier)
    assert view.transform().m11() == fitted and view.fitted  # the wheel alone scrolls
    _wheel(view, 120, Qt.KeyboardModifier.ControlModifier)
    assert view.transform().m11() > fitted and not view.fitted
    view.setFocus()
    zoomed = view.transform().m11()
    QTest.keyClick(view.viewport(), Qt.Key.Key_Plus)
    assert view.transform().m11() > zoomed
    QTest.keyClick(view.viewport(), Qt.Key.Key_Minus)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Minus)
    assert view.transform().m11() < zoomed
    QTest.keyClick(view.viewport(), Qt.Key.Key_0)
    assert view.fitted and abs(view.transform().m11() - fitted) < 1e-6


def _folded(bar: QToolBar) -> bool:
    ext = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    return ext is not None and ext.isVisible()


def _page_of_width(qtbot, ctx, width: int, height: int) -> MarketsPage:
    page = MarketsPage(ctx)
    qtbot.addWidget(page)
    page.resize(width, height)
    page.show()
    qtbot.waitExposed(page)
    page.select_market(market_id(ctx, "Vánoční"))
    QApplication.processEvents()
    return page


def test_header_and_map_tools_fit_at_1024_px(qtbot, ctx) -> None:
    page = _page_of_width(qtbot, ctx, 880, 560)  # 1024 px less the navigation panel
    bars = page.findChildren(QToolBar)
    assert bars and not [b for b in bars if b.isVisible() and _folded(b)]
    assert page.more_button.isVisible() and page.more_button.geometry().right() <= page.width()
    menu = [a.text() for a in page.more_button.menu().actions() if a.text()]
    assert menu == ["Plánek do PDF…", "Tisk plánku…", "Převzít rozmístění z dřívějšího trhu…"]


def test_at_150_percent_the_header_still_fits_and_the_page_never_widens_the_window(qtbot, ctx) -> None:
    page = _page_of_width(qtbot, ctx, 600, 440)  # 1024 x 700 at 150 % is ~680 logical px for the window
    header_bar = page.more_button.parentWidget()
    assert isinstance(header_bar, QToolBar) and not _folded(header_bar)
    assert page.more_button.geometry().right() <= header_bar.width()
    assert page.minimumSizeHint().width() <= 600


def test_tab_selects_stalls_in_code_order_and_enter_opens_one(page, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(record_dialogs.StallDialog, "ask", classmethod(
        lambda cls, parent, draft, zones, save: opened.append(draft.code)))
    view = page.map_view
    view.setFocus()
    page.scene.clearSelection()

    def selected() -> list[str]:
        return [it.view.stall.code for it in page.scene.stall_items() if it.isSelected()]

    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert selected() == ["D01"] and view.hasFocus()
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert selected() == ["D02"]
    QTest.keyClick(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert selected() == ["D01"]
    QTest.keyClick(view.viewport(), Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert selected() == ["D02"]
    QTest.keyClick(view.viewport(), Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert selected() == ["H02"]  # the row below, straight down
    assert "H02" in page.stall_info.text()
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert opened == ["H02"]


def test_arrows_select_the_first_stall_when_none_is_selected(page) -> None:
    page.scene.clearSelection()
    page.map_view.setFocus()
    QTest.keyClick(page.map_view.viewport(), Qt.Key.Key_Right)
    assert [it.view.stall.code for it in page.scene.stall_items() if it.isSelected()] == ["D01"]


def test_tab_past_the_last_stall_leaves_the_map(page) -> None:
    view = page.map_view
    items = sorted(page.scene.stall_items(), key=lambda it: it.view.stall.code)
    view.select_stall(items[-1])
    assert not view.step_selection(True)
    assert view.step_selection(False) and items[-2].isSelected()


def test_booking_columns_fit_their_text_after_the_first_demo_load(qtbot, sqlite_db, czech, make_ctx) -> None:
    ctx: AppContext = make_ctx(sqlite_db)
    page = MarketsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    demo.load_demo(ctx.sm)
    page.reload_markets()
    page.select_market(market_id(ctx, "Vánoční"), dt.date(2026, 12, 9))
    page.tabs.setCurrentWidget(page.bookings_tab)
    QApplication.processEvents()
    table, header = page.table, page.table.horizontalHeader()
    for col in BookingColumn:
        if col is BookingColumn.VENDOR:
            continue
        assert header.sectionSize(col) >= table.sizeHintForColumn(col), col.name
    fm = table.fontMetrics()
    longest = max(fm.horizontalAdvance(b.vendor_name) for b in page.bookings)
    assert header.sectionSize(BookingColumn.VENDOR) >= min(longest, page.bookings_tab.VENDOR_MAX_PX)


def test_vendor_names_are_readable_in_a_narrow_bookings_table(qtbot, ctx) -> None:
    page = _page_of_width(qtbot, ctx, 600, 440)  # 150 % on a small screen: the table scrolls sideways
    page.tabs.setCurrentWidget(page.bookings_tab)
    QApplication.processEvents()
    fm = page.table.fontMetrics()
    longest = max(fm.horizontalAdvance(b.vendor_name) for b in page.bookings)
    assert page.table.horizontalHeader().sectionSize(BookingColumn.VENDOR) >= min(longest, 300)
