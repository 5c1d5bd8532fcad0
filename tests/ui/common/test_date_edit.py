"""Typing dates the Czech way into DateEdit: the date typed is the date kept, in one Tab stop."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QVBoxLayout, QWidget

from planner.ui.common.date_edit import DateEdit, DatePopup

START = QDate(2026, 3, 22)


@pytest.fixture
def edit(qtbot):
    box = QWidget()
    layout = QVBoxLayout(box)
    field = DateEdit(START)
    after = QLineEdit()
    layout.addWidget(field)
    layout.addWidget(after)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    field.setFocus()
    field.after = after
    yield field
    box.close()


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("24.12.2026", dt.date(2026, 12, 24)),
        ("24.12.", dt.date(2026, 12, 24)),
        ("24. 12. 2026", dt.date(2026, 12, 24)),
        ("24.12.26", dt.date(2026, 12, 24)),
        ("1.1.2027", dt.date(2027, 1, 1)),
    ],
)
def test_select_all_then_typing_gives_the_typed_date(edit, qtbot, typed, expected):
    edit.selectAll()
    qtbot.keyClicks(edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.value() == expected
    assert edit.text() == f"{expected.day}. {expected.month}. {expected.year}"


def test_home_then_typing_replaces_the_date(edit, qtbot):
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    qtbot.keyClicks(edit, "24.12.2026")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.date() == QDate(2026, 12, 24)


def test_date_is_committed_once_on_enter_not_per_keystroke(edit, qtbot):
    seen: list[QDate] = []
    edit.dateChanged.connect(seen.append)
    edit.selectAll()
    qtbot.keyClicks(edit, "24.12.")
    assert seen == []
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert seen == [QDate(2026, 12, 24)]


def test_focus_out_commits_and_one_tab_leaves_the_field(edit, qtbot):
    edit.selectAll()
    qtbot.keyClicks(edit, "5.4.")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.after.hasFocus()
    assert edit.date() == QDate(2026, 4, 5)


def test_invalid_text_is_kept_and_marked(edit, qtbot):
    edit.selectAll()
    qtbot.keyClicks(edit, "31.2.2026")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == "31.2.2026" and not edit.is_valid()
    assert edit.date() == START
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert edit.text() == "22. 3. 2026"


def test_the_red_frame_goes_when_the_date_is_corrected_even_if_a_dialog_unmarked_the_field(edit, qtbot):
    from planner.ui.common.record_dialog import mark

    edit.selectAll()
    qtbot.keyClicks(edit, "31.2.2026")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.styleSheet()  # the red frame
    mark(edit, True)  # a record dialog marks the field, then unmarks it as the text turns valid
    edit.selectAll()
    qtbot.keyClicks(edit, "28.2.2026")
    mark(edit, False)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.date() == QDate(2026, 2, 28) and edit.styleSheet() == ""


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # offscreen popups
def test_popup_is_monday_first_with_week_numbers_and_holidays(edit, qtbot):
    qtbot.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = edit.findChild(DatePopup)
    assert popup is not None and popup.isVisible()
    assert popup.firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert popup.verticalHeaderFormat() == QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers
    popup.setCurrentPage(2026, 12)
    christmas = popup.dateTextFormat(QDate(2026, 12, 24))
    assert christmas.toolTip() == "Štědrý den" and christmas.foreground().color().red() > 150
    popup.picked.emit(QDate(2026, 12, 24))
    assert not popup.isVisible() and edit.date() == QDate(2026, 12, 24)


def test_date_range_clamps_what_is_typed(edit, qtbot):
    edit.setDateRange(QDate(2026, 11, 27), QDate(2026, 12, 23))
    assert edit.date() == QDate(2026, 11, 27)
    edit.selectAll()
    qtbot.keyClicks(edit, "24.12.")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.date() == QDate(2026, 12, 23)
