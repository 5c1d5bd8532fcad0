"""The Trhy page in the main window on the users' screens: 1024×700 at 150 % (as logical pixels, and as
physical pixels with a 1.5× font) and 1366×768 at 100 %. On the map tab every control is on screen
(none folded into a tool bar's » menu), the day combo box shows its whole date, nothing sticks out
of the tab; the "Opening hours and fees" tab never scrolls sideways."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QToolBar,
    QToolButton,
    QWidget,
)

from planner.ui.main_window import MainWindow
from planner.ui.markets.page import MarketsPage
from tests.ui.markets.conftest import market_id

# The window on the screen less the taskbar and its frame, and the font's scale.
SCREENS = {
    "1024x700@150% logical": ((683, 467), 1.0),
    "1024x700@150% as a 1.5x font": ((1024, 660), 1.5),
    "1366x768@100%": ((1366, 728), 1.0),
}


@pytest.fixture(params=list(SCREENS))
def screen(request) -> tuple[str, tuple[int, int], float]:
    size, font = SCREENS[request.param]
    return request.param, size, font


@pytest.fixture
def markets(make_window, demo_db, qtbot, screen) -> MarketsPage:
    _name, size, scale = screen
    window: MainWindow = make_window(demo_db)
    if scale != 1.0:
        font = window.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        window.setFont(font)
    # not maximised: the test platform's screen is 800 px wide, the window the size of the user's screen
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("markets")
    page = window.markets_page
    page.select_market(market_id(page.ctx, "Vánoční"))
    QApplication.processEvents()
    assert window.width() <= size[0], "the page widened the window"
    return page


def _in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def _text_room(combo: QComboBox) -> int:
    """The width the combo box draws its text in (its frame and arrow left out)."""
    opt = QStyleOptionComboBox()
    combo.initStyleOption(opt)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    return field.width()


def _settle(qtbot, page: MarketsPage, tab: int) -> None:
    page.tabs.setCurrentIndex(tab)
    qtbot.wait(10)  # the splitter's first sizes and the wrapped rows are set after the show
    QApplication.processEvents()


def test_the_day_shows_its_whole_date(markets, qtbot) -> None:
    _settle(qtbot, markets, 0)
    tab = markets.map_tab
    combo = markets.day_combo
    assert combo.isVisible()
    room = _text_room(combo)
    fm = combo.fontMetrics()
    cut = [combo.itemText(i) for i in range(combo.count()) if fm.horizontalAdvance(combo.itemText(i)) > room]
    assert not cut, f"clipped in {room} px: {cut}"
    assert tab.rect().contains(_in(combo, tab)), "sticks out of the tab"
    assert combo.findText("30. 11. 2026") > 0  # the longest kind of date is among them


def _folded(bar: QToolBar) -> list[str]:
    """Return the actions the tool bar shows only in its » menu (none when its » button is hidden)."""
    ext = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    hidden = [a.text() for a in bar.actions()
              if not a.isSeparator() and not (bar.widgetForAction(a) and bar.widgetForAction(a).isVisible())]
    assert not hidden or (ext is not None and ext.isVisible()), f"{hidden} can be reached nowhere"
    return hidden


def test_every_map_tool_is_on_screen_or_in_the_overflow_menu(markets, qtbot, screen) -> None:
    _settle(qtbot, markets, 0)
    tab = markets.map_tab
    bar = tab.map_tools
    assert [a.text() for a in bar.actions() if a.text()] == ["Barvy", "Přidat stánek…", "−", "+", "Celý plánek"]
    folded = _folded(bar)
    for action in bar.actions():
        button = bar.widgetForAction(action)
        if action.text() not in folded and not action.isSeparator():
            assert bar.rect().contains(_in(button, bar)) and tab.rect().contains(_in(button, tab)), action.text()
    assert not {"Barvy", "Přidat stánek…"} & set(folded), "the colouring and adding a stall stay in view"
    if screen[0] == "1366x768@100%":
        assert not folded
    # one row above the map: the day and the tool bar side by side
    assert [len(row) for row in tab.tool_row.rows()] == [2]
    assert tab.rect().contains(_in(tab.tool_row.parentWidget(), tab))


def test_the_hours_and_fees_tab_does_not_scroll_sideways(markets, qtbot, screen) -> None:
    _settle(qtbot, markets, 2)
    scroll = markets.tabs.widget(2)
    assert isinstance(scroll, QScrollArea)
    assert scroll.horizontalScrollBar().maximum() == 0
    panel = markets.settings_panel
    assert panel.width() <= scroll.viewport().width()
    for button in (panel.save, panel.recompute, panel.change_day):
        assert button.isVisible() and panel.rect().contains(_in(button, panel)), button.text()
        assert button.width() >= button.sizeHint().width(), f"{button.text()!r} is squeezed"
    # side by side where there is room, the days under the form on the small screen
    assert panel.side_by_side() == (screen[0] == "1366x768@100%")
    days = panel.days
    assert days.horizontalScrollBar().maximum() == 0, "the days table scrolls sideways"


def test_the_colours_menu_recolours_the_map_and_names_it_in_the_printout(markets, qtbot) -> None:
    from planner.ui.markets.map_style import ColourBy

    _settle(qtbot, markets, 0)
    menu = markets.map_tab.act_colours.menu()
    assert [a.text() for a in menu.actions()] == ["Barvy podle stavu rezervace", "Barvy podle kategorie prodejce"]
    assert markets.map_tab.colour_by() is ColourBy.STATUS and "stavu rezervace" in markets.printing.map_title()[1]
    menu.actions()[1].trigger()
    assert markets.scene.colour_by is ColourBy.CATEGORY and menu.actions()[1].isChecked()
    assert "barva podle kategorie prodejce" in markets.printing.map_title()[1]


def test_the_market_chooser_ends_a_long_name_with_an_ellipsis(markets, screen) -> None:
    combo = markets.market_combo
    full = combo.currentText()
    assert full.startswith("Vánoční trhy Opava 2026") and combo.toolTip() == full
    shown = combo.shown_text()
    assert combo.fontMetrics().horizontalAdvance(shown) <= _text_room(combo)
    assert shown == full or (shown.endswith("…") and full.startswith(shown[:-1]))
    if screen[0] == "1366x768@100%":
        assert shown == full
