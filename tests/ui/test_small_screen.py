"""The main window fits a 1024×700 screen at 150 % scaling (683×467 logical px), calendar title with its year."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from planner.ui.main_window import MainWindow

# 1024×700 physical px at QT_SCALE_FACTOR 1.5, less the taskbar and the window frame.
SMALL = (683, 467)


def _widths(window: MainWindow) -> str:
    """Name the widgets whose minimum widths add up to the window's, for the failure message."""
    parts = [f"window {window.minimumSizeHint()}"]
    for child in window.findChildren(QWidget):
        if child.isVisible() and child.minimumSizeHint().width() > 120:
            parts.append(f"{type(child).__name__}:{child.objectName()} {child.minimumSizeHint().width()}")
    return "\n".join(parts)


@pytest.mark.parametrize("view", ["month", "week", "day", "agenda", "timeline", "workweek"])
def test_window_fits_a_small_screen_with_the_year_in_the_title(make_window, demo_db, qtbot, view: str) -> None:
    window = make_window(demo_db)
    page = window.findChild(QLabel, "calendar_title").parentWidget()
    page.go_to(dt.date(2026, 12, 7))
    page.set_view(view)
    window.resize(*SMALL)
    window.show()
    qtbot.waitExposed(window)
    hint = window.minimumSizeHint()
    assert hint.width() <= SMALL[0] and hint.height() <= SMALL[1], _widths(window)
    assert window.width() <= SMALL[0]
    title = window.findChild(QLabel, "calendar_title")
    qtbot.waitUntil(lambda: "2026" in title.text())
    assert title.isVisible() and title.width() >= title.fontMetrics().horizontalAdvance(title.text())


def test_the_compact_view_menu_switches_the_view(make_window, demo_db, qtbot) -> None:
    window = make_window(demo_db)
    window.resize(*SMALL)
    window.show()
    qtbot.waitExposed(window)
    page = window.findChild(QLabel, "calendar_title").parentWidget()
    qtbot.waitUntil(page.switcher.is_compact)
    menu = page.switcher.compact_button.menu()
    agenda = next(a for a in menu.actions() if a.text() == "Přehled")
    agenda.trigger()
    assert page.current_key() == "agenda" and page.switcher.compact_button.text() == "Přehled"
