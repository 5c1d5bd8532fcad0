"""The venue timeline's header: day (or hour) columns with holidays, and the venue column's edge that
drags wider or narrower (remembered by the page); split from timeline_view.py (one job per module)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPaintEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QWidget

from planner.i18n import pgettext
from planner.services.holidays import holidays_between
from planner.services.timeutil import format_date
from planner.ui.calendar import layout
from planner.ui.calendar.shading import shade_day, small_font
from planner.ui.calendar.common import weekday_names

if TYPE_CHECKING:
    from planner.ui.calendar.timeline_view import TimelineView


class TimelineHeader(QWidget):
    """Columns of days or hours over the bars, and the venue column's draggable edge."""

    def __init__(self, view: TimelineView) -> None:
        super().__init__(view)
        self.view = view
        fm = QFontMetrics(self.font())
        self.setFixedHeight(fm.height() * 2 + 10)
        self.setMouseTracking(True)
        self._dragging = False

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600, self.height())

    def _usable_width(self) -> int:
        bar = self.view.scroll_area.verticalScrollBar()
        return self.width() - (bar.width() if bar.isVisible() else 0)

    def _on_edge(self, x: float) -> bool:
        return abs(x - self.view.names_width(self._usable_width())) <= 4

    # The venue column's right edge in the header is a handle: drag it to widen the names.
    def mousePressEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        if e.button() == Qt.MouseButton.LeftButton and self._on_edge(e.position().x()):
            self._dragging = True
            e.accept()
            return
        super().mousePressEvent(e)

    def mouseMoveEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        x = e.position().x()
        if self._dragging:
            self.view.set_names_width(int(min(x, self._usable_width() * 0.6)))
        elif self._on_edge(x):
            self.setCursor(Qt.CursorShape.SplitHCursor)
        else:
            self.unsetCursor()
        super().mouseMoveEvent(e)

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        if self._dragging:
            self._dragging = False
            self.view.names_width_changed.emit(self.view.names_width(self._usable_width()))
            e.accept()
            return
        super().mouseReleaseEvent(e)

    def mouseDoubleClickEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        if self._on_edge(e.position().x()):  # back to the automatic width
            self.view.set_names_width(0)
            self.view.names_width_changed.emit(0)
            e.accept()
            return
        super().mouseDoubleClickEvent(e)

    def paintEvent(self, _e: QPaintEvent) -> None:  # noqa: N802
        v = self.view
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().base())
        bar = v.scroll_area.verticalScrollBar()
        width = self.width() - (bar.width() if bar.isVisible() else 0)
        fm = QFontMetrics(self.font())
        names = weekday_names()
        first, last = v.visible_range()
        holidays = holidays_between(first, last)
        dw = v.day_width(width)
        small = small_font(self.font())
        p.setPen(QColor("#6b7280"))
        names_w = v.names_width(width)
        p.drawText(QRectF(6, 0, names_w - 10, self.height()), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   pgettext("_TimelineHeader", "Venue"))
        for i in range(v.days_shown):
            day = first + dt.timedelta(days=i)
            rect = QRectF(names_w + i * dw, 0, dw, self.height())
            shade_day(p, rect, day, v.today(), holidays)
            p.setPen(QColor("#d0d4da"))
            p.drawLine(rect.topLeft(), rect.bottomLeft())
            p.setPen(QColor("#e65100") if day == v.today() else self.palette().text().color())
            label = f"{names[day.weekday()]} {format_date(day)}" if dw > fm.horizontalAdvance("Po 28. 12. 2026") + 8 else (
                f"{names[day.weekday()]} {day.day}. {day.month}."
            )
            p.drawText(QRectF(rect.left() + 4, 2, dw - 8, fm.height()), Qt.AlignmentFlag.AlignLeft,
                       fm.elidedText(label, Qt.TextElideMode.ElideRight, int(dw - 8)))
            p.setFont(small)
            if v.hour_columns():
                hours = layout.hour_marks(day)
                step = 1 if dw / len(hours) >= QFontMetrics(small).horizontalAdvance("00:00") + 4 else 3
                for h, text in hours[::step]:
                    x = names_w + i * dw + dw * h / len(hours)
                    p.setPen(QColor("#6b7280"))
                    p.drawText(QRectF(x + 2, fm.height() + 4, dw / len(hours) * step, fm.height()),
                               Qt.AlignmentFlag.AlignLeft, text)
            elif day in holidays:
                p.setPen(QColor("#b71c1c"))
                p.drawText(QRectF(rect.left() + 4, fm.height() + 4, dw - 8, fm.height()), Qt.AlignmentFlag.AlignLeft,
                           QFontMetrics(small).elidedText(holidays[day], Qt.TextElideMode.ElideRight, int(dw - 8)))
            p.setFont(self.font())
        p.setPen(QColor("#b0b6be"))
        p.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        p.end()

    def wheelEvent(self, e: QWheelEvent) -> None:  # noqa: N802
        self.view.body.wheelEvent(e)
