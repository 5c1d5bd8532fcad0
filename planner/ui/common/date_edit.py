"""A date field that takes dates typed the Czech way, with a Monday-first popup showing weeks and holidays.

QDateEdit edits sections: Home then typing "24.12.2026" gave 21. 12. 2026, select-all then
typing was ignored, and it took three Tab stops. DateEdit is one line edit (one Tab stop)
that parses what was typed when the user is done (Enter, Tab, focus out) with
:func:`planner.services.timeutil.parse_date`; it offers the part of QDateEdit's API the
planner uses (date, setDate, dateChanged, setDisplayFormat, setCalendarPopup).
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFocusEvent, QIcon, QKeyEvent, QPainter, QPixmap, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QWidget

from planner.i18n import _
from planner.services import holidays
from planner.services.timeutil import format_date, parse_date

log = logging.getLogger(__name__)

_HOLIDAY_COLOUR = QColor("#c62828")


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _calendar_icon() -> QIcon:
    """A small drawn calendar sheet (no icon theme on Windows)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setPen(QColor("#555555"))
    p.setBrush(QColor("#ffffff"))
    p.drawRect(1, 2, 13, 12)
    p.fillRect(2, 3, 12, 3, QColor("#c62828"))
    for row in range(2):
        for col in range(3):
            p.fillRect(3 + col * 4, 8 + row * 3, 2, 2, QColor("#555555"))
    p.end()
    return QIcon(pixmap)


class DatePopup(QCalendarWidget):
    """Monday-first month with ISO week numbers and Czech public holidays in red (name as tooltip).

    Signals:
        picked(QDate): the user chose a day (click, Enter).
    """

    picked = Signal(QDate)

    def __init__(self, parent: QWidget | None = None, lang: str = "cs") -> None:
        super().__init__(parent)
        self._lang = lang
        self._marked: set[int] = set()
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.setGridVisible(True)
        self.currentPageChanged.connect(lambda year, _month: self.mark_holidays(year))
        self.activated.connect(self.picked)
        self.clicked.connect(self.picked)

    def mark_holidays(self, year: int) -> None:
        """Show the holidays of the year on the page and its neighbours (a page spans two years)."""
        for y in (year - 1, year, year + 1):
            if y in self._marked:
                continue
            self._marked.add(y)
            for day, name in holidays.holidays_in_year(y, self._lang).items():
                fmt = QTextCharFormat()
                fmt.setForeground(_HOLIDAY_COLOUR)
                fmt.setFontWeight(700)
                fmt.setToolTip(name)
                self.setDateTextFormat(to_qdate(day), fmt)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            event.accept()
            return
        super().keyPressEvent(event)


class DateEdit(QLineEdit):
    """One-line date field: "24.12.2026", "24.12.", "24. 12. 2026", "24.12.26" (Alt+Down or F4 opens a calendar).

    Signals:
        dateChanged(QDate): the committed date changed (Enter, leaving the field, the popup, setDate).
    """

    dateChanged = Signal(QDate)  # noqa: N815 - the QDateEdit name, so callers need not change

    def __init__(self, date: QDate | dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date = dt.date.today()
        self._fresh = True  # the text shows the committed date: the first key typed replaces it
        self._popup: DatePopup | None = None
        self._range: tuple[dt.date, dt.date] | None = None
        # its own mark of a text that is not a date, apart from a record dialog's "invalid" property:
        # the dialog clears that as soon as the text parses, which must not leave this red frame on
        self._not_a_date = False
        self.setPlaceholderText("d. m. rrrr")
        self.setToolTip(_("Type a date like 24.12.2026, 24.12. or 24.12.26 (Alt+Down opens a calendar)"))
        self.popup_action = QAction(_calendar_icon(), _("Choose a date"), self)
        self.popup_action.triggered.connect(self.show_popup)
        self.addAction(self.popup_action, QLineEdit.ActionPosition.TrailingPosition)
        self.editingFinished.connect(self.commit)
        self.textEdited.connect(self._on_edited)
        if date is not None:
            self.setDate(date)
        else:
            self._show()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("88. 88. 8888") + 44)

    # --- QDateEdit's API ---------------------------------------------------------

    def date(self) -> QDate:
        """Return the date typed (when it parses) or the last committed one."""
        return to_qdate(self.value())

    def setDate(self, date: QDate | dt.date) -> None:  # noqa: N802
        day = from_qdate(date) if isinstance(date, QDate) else date
        changed = day != self._date
        self._date = day
        self._show()
        if changed:
            self.dateChanged.emit(to_qdate(day))

    def setDisplayFormat(self, _fmt: str) -> None:  # noqa: N802 - always the Czech d. m. yyyy
        """Accepted for QDateEdit compatibility: the field always shows 24. 12. 2026."""

    def setCalendarPopup(self, _enabled: bool) -> None:  # noqa: N802
        """Accepted for QDateEdit compatibility: the popup is always offered."""

    def setDateRange(self, first: QDate, last: QDate) -> None:  # noqa: N802
        """Keep the date within the inclusive range (a date typed outside is moved to its edge)."""
        self._range = (from_qdate(first), from_qdate(last))
        self.setDate(self._clamped(self._date))

    def _clamped(self, day: dt.date) -> dt.date:
        if self._range is None:
            return day
        return min(max(day, self._range[0]), self._range[1])

    # --- our API -----------------------------------------------------------------

    def value(self) -> dt.date:
        """Return the date as a Python date (the typed one when it parses)."""
        parsed = self.parsed()
        return self._clamped(parsed) if parsed is not None else self._date

    def parsed(self) -> dt.date | None:
        """Return the date the text means now, or None when it is not a date."""
        try:
            return parse_date(self.text(), self._date)
        except ValueError:
            return None

    def is_valid(self) -> bool:
        return self.parsed() is not None

    def commit(self) -> None:
        """Take the typed text as the date (or mark it invalid, keeping the text)."""
        parsed = self.parsed()
        if parsed is None:
            self._not_a_date = True
            self.setStyleSheet("QLineEdit { border: 1px solid #c62828; }")
            self.setToolTip(_("Not a date: type it like 24.12.2026"))
            return
        self.setDate(self._clamped(parsed))

    def show_popup(self) -> None:
        """Open the month calendar under the field."""
        if self._popup is None:
            self._popup = DatePopup(self)
            self._popup.picked.connect(self._on_picked)
        popup = self._popup
        if self._range is not None:
            popup.setDateRange(to_qdate(self._range[0]), to_qdate(self._range[1]))
        popup.setSelectedDate(to_qdate(self.value()))
        popup.mark_holidays(self.value().year)
        popup.adjustSize()
        popup.move(self.mapToGlobal(QPoint(0, self.height())))
        popup.show()
        popup.setFocus()

    # --- behaviour ------------------------------------------------------------------

    def _show(self) -> None:
        self.setText(format_date(self._date))
        self._fresh = True
        if self._not_a_date:
            self._not_a_date = False
            self.setStyleSheet("")
            self.setToolTip(_("Type a date like 24.12.2026, 24.12. or 24.12.26 (Alt+Down opens a calendar)"))

    def _on_picked(self, qdate: QDate) -> None:
        if self._popup is not None:
            self._popup.close()
        self.setDate(qdate)
        self.setFocus()
        self.selectAll()

    def _on_edited(self, _text: str) -> None:
        self._fresh = False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
            self.show_popup()
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit()
            super().keyPressEvent(event)  # dialogs' default buttons still see Enter
            return
        if key == Qt.Key.Key_Escape and not self._fresh:
            self._show()  # back to the committed date; a second Esc goes to the dialog
            self.selectAll()
            event.accept()
            return
        text = event.text()
        if self._fresh and text and text.isprintable() and not self.hasSelectedText():
            # The field still shows the committed date: typing (after Home, End or a click at
            # either end) starts a new date instead of being mixed into the old one.
            if self.cursorPosition() in (0, len(self.text())):
                self.clear()
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                              Qt.FocusReason.ShortcutFocusReason):
            self.selectAll()


__all__ = ["DateEdit", "DatePopup", "from_qdate", "to_qdate"]
