"""The mini month navigator in the calendar's side panel (as in Outlook and KOrganizer).

Monday first, ISO week numbers, Czech public holidays in red (name as tooltip), the days with
events in bold (from :func:`planner.services.event_days.list_event_days` through the page: one
query per month page, none in this widget), today framed and the selected date highlighted. A
click or Enter jumps to the day; dragging across days picks a span, which the page shows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QTableView, QWidget

from planner.services import holidays
from planner.ui.calendar import layout
from planner.ui.calendar.common import CURRENT_DAY, HOLIDAY_BG

_HOLIDAY_TEXT = QColor("#c62828")
_WEEKEND_TEXT = QColor("#6b7280")
_RANGE_FILL = QColor(30, 136, 229, 60)

DaysProvider = Callable[[dt.date, dt.date], frozenset[dt.date]]


def _date(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


class _Marks(QWidget):
    """Today's frame and the picked span, painted over the day grid in one pass.

    (Not in a paintCell override: Qt would call Python for each of the 42 cells on every step.)
    """

    def __init__(self, mini: MiniMonth, viewport: QWidget) -> None:
        super().__init__(viewport)
        self._mini = mini
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setGeometry(viewport.rect())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        mini = self._mini
        p = QPainter(self)
        span = mini._drag_span() or mini._span
        if span is not None:
            day = span[0]
            while day <= span[1]:
                rect = mini.cell_rect(day)
                if rect is not None:
                    p.fillRect(rect, _RANGE_FILL)
                day += dt.timedelta(days=1)
        rect = mini.cell_rect(mini._today)
        if rect is not None:
            p.setPen(QPen(CURRENT_DAY, 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect.adjusted(1, 1, -2, -2))
        p.end()


class MiniMonth(QCalendarWidget):
    """A month of days to jump to; ``days_with_events(first, last)`` says which days to make bold.

    Signals:
        day_picked(object): a date was clicked or chosen with Enter.
        span_picked(object, object): days were dragged across (first, last inclusive, first < last).
    """

    day_picked = Signal(object)
    span_picked = Signal(object, object)

    def __init__(self, days_with_events: DaysProvider, parent: QWidget | None = None, *,
                 opens_on: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mini_month")
        self._provider = days_with_events
        self._today = dt.date.today()
        self._event_days: frozenset[dt.date] = frozenset()
        self._loaded_page: tuple[int, int] | None = None  # the (year, month) whose days _event_days holds
        self._span: tuple[dt.date, dt.date] | None = None
        self._press: dt.date | None = None
        self._drag_end: dt.date | None = None
        self._dragged = False
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.setGridVisible(False)
        self.setNavigationBarVisible(True)
        weekend = QTextCharFormat()
        weekend.setForeground(_WEEKEND_TEXT)
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.setWeekdayTextFormat(day, weekend)
        if opens_on is not None:  # the page it opens on, not this month's first
            self.setSelectedDate(_qdate(opens_on))
            self.setCurrentPage(opens_on.year, opens_on.month)
        self.currentPageChanged.connect(lambda _y, _m: self.reload())
        self.clicked.connect(self._on_clicked)
        self.activated.connect(self._on_clicked)
        grid = self.findChild(QTableView, "qt_calendar_calendarview")
        assert grid is not None, "QCalendarWidget without its day grid"
        self.grid = grid
        grid.viewport().installEventFilter(self)
        self._marks = _Marks(self, grid.viewport())
        if opens_on is None:
            self.reload()
        # else its days with events are asked for by the first show_date (the page's first paint asks
        # for them on the loader's worker while it loads the month's rows itself)

    # --- what the page tells it ------------------------------------------------

    def set_today(self, day: dt.date) -> None:
        """Frame this day as today."""
        if day != self._today:
            self._today = day
            self._marks.update()

    def show_date(self, day: dt.date, span: tuple[dt.date, dt.date] | None = None) -> None:
        """Select the page's date (its month comes into view) and mark a picked span, if any."""
        self._span = span
        self.blockSignals(True)
        self.setSelectedDate(_qdate(day))  # turns the page too, silently
        self.setCurrentPage(day.year, day.month)
        self.blockSignals(False)
        if self._loaded_page != (day.year, day.month):
            self.reload()
        self._marks.update()  # the span (the grid repaints the selection itself)

    def month_shown(self) -> tuple[dt.date, dt.date]:
        """Return the first and last day of the month on the page."""
        return layout.month_of(dt.date(self.yearShown(), self.monthShown(), 1))

    def event_days(self) -> frozenset[dt.date]:
        """Return the days of the page's month shown in bold."""
        return self._event_days

    def reload(self) -> None:
        """Ask for the days with events of the month on the page; mark them and the holidays."""
        first, last = self.month_shown()
        self._event_days = self._provider(first, last)
        self._loaded_page = (first.year, first.month)
        self.setDateTextFormat(QDate(), QTextCharFormat())  # forget the previous page's marks
        names = holidays.holidays_between(first - dt.timedelta(days=14), last + dt.timedelta(days=14))
        for day, name in names.items():
            fmt = QTextCharFormat()
            fmt.setForeground(_HOLIDAY_TEXT)
            fmt.setBackground(QBrush(HOLIDAY_BG))
            fmt.setToolTip(name)
            if day in self._event_days:
                fmt.setFontWeight(700)
            self.setDateTextFormat(_qdate(day), fmt)
        for day in self._event_days - names.keys():
            fmt = QTextCharFormat()
            fmt.setFontWeight(700)
            self.setDateTextFormat(_qdate(day), fmt)
        self.updateCells()

    # --- the day grid's cells and the mouse ---------------------------------------

    def _first_column(self) -> tuple[dt.date, int]:
        first = dt.date(self.yearShown(), self.monthShown(), 1)
        return first, first.isoweekday()  # Monday first: the 1st's column, after the week numbers (1-7)

    def cell_of(self, day: dt.date) -> tuple[int, int] | None:
        """Return the (row, column) of the grid's model that shows a day, or None when it is not shown.

        As QCalendarWidget lays out its 6 x 7 days: row 0 holds the day names, column 0 the week
        numbers, and a month that starts on a Monday shows the week before it first.
        """
        first, column = self._first_column()
        row, col = divmod((day - first).days + column - 1, 7)
        if column == 1:
            row += 1
        return (row + 1, col + 1) if 0 <= row <= 5 and 0 <= col <= 6 else None

    def cell_rect(self, day: dt.date) -> QRect | None:
        """Return where a day is painted in the grid's viewport (None when it is not shown)."""
        cell = self.cell_of(day)
        return self.grid.visualRect(self.grid.model().index(*cell)) if cell is not None else None

    def date_at(self, pos: QPoint) -> dt.date | None:
        """Return the day painted at a point of the grid's viewport."""
        index = self.grid.indexAt(pos)
        if not index.isValid() or index.row() < 1 or index.column() < 1:
            return None
        first, column = self._first_column()
        row = index.row() - 1 - (1 if column == 1 else 0)
        return first + dt.timedelta(days=7 * row + index.column() - column)

    def _drag_span(self) -> tuple[dt.date, dt.date] | None:
        if not self._dragged or self._press is None or self._drag_end is None:
            return None
        return (min(self._press, self._drag_end), max(self._press, self._drag_end))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.Resize and watched is self.grid.viewport():
            self._marks.setGeometry(self.grid.viewport().rect())
        if isinstance(event, QMouseEvent) and event.button() in (Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton):
            pos = event.position().toPoint()
            if kind == QEvent.Type.MouseButtonPress:
                self._press, self._drag_end, self._dragged = self.date_at(pos), None, False
            elif kind == QEvent.Type.MouseMove and self._press is not None and event.buttons():
                here = self.date_at(pos)
                if here is not None and here != self._drag_end and (self._dragged or here != self._press):
                    self._dragged, self._drag_end = True, here
                    self._marks.update()
            elif kind == QEvent.Type.MouseButtonRelease and self._press is not None:
                here = self.date_at(pos)
                if self._dragged and here is not None and here != self._press:
                    first, last = min(self._press, here), max(self._press, here)
                    self._press = None
                    QTimer.singleShot(0, lambda: self._finish_drag(first, last))
                else:
                    self._press, self._dragged = None, False
        return super().eventFilter(watched, event)

    def _finish_drag(self, first: dt.date, last: dt.date) -> None:
        self._dragged = False
        self._span = (first, last)
        self._marks.update()
        self.span_picked.emit(first, last)

    def _on_clicked(self, qdate: QDate) -> None:
        if self._dragged:  # the release of a drag: the span is on its way
            return
        self._span = None
        self.day_picked.emit(_date(qdate))


__all__ = ["MiniMonth"]
