"""Agenda view: the range as a list grouped by day (time, title, venue, series, status), to read and print.

Painted row by row (only the rows in view), so a month of a thousand events
pages as fast as the grids; ``document()`` gives the same list as a rich-text
document for printing.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QContextMenuEvent, QFont, QFontMetrics, QHelpEvent, QMouseEvent, QPaintEvent, QPainter, QTextDocument
from PySide6.QtWidgets import QToolTip, QWidget

from planner.i18n import _, pgettext
from planner.services.dto import CalendarEvent
from planner.services.holidays import holidays_between
from planner.services.timeutil import format_date
from planner.ui.calendar.painted import PaintedView
from planner.ui.calendar.selection import MenuTarget, Slot
from planner.ui.calendar.common import (
    CONFLICT_RED,
    SELECTION,
    TODAY_BG,
    draw_conflict_marker,
    time_text,
    tooltip_html,
    weekday_names,
    scrolled_body,
)
from planner.ui.labels import status_label

COLUMNS = (0.15, 0.33, 0.22, 0.20, 0.10)  # time, event, venue, series, status
LEAST_SHARE = 0.05  # a dragged column keeps at least this share of the width


@dataclass
class _Line:
    top: float
    height: float
    day: dt.date
    row: CalendarEvent | None  # None: the day's heading


class AgendaView(PaintedView):
    """A day-by-day list of the events of the range.

    Signals: columns_changed(list): the user dragged a column edge in the column titles; the shares
        of the width of the five columns (empty: back to the default, by a double-click on an edge).
    """

    columns_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None, *, colour_by: str = "series") -> None:
        super().__init__(parent, colour_by=colour_by)
        self.shares: list[float] = list(COLUMNS)
        self._first = dt.date.today().replace(day=1)
        self._last = self._first + dt.timedelta(days=30)
        self.lines: list[_Line] = []
        self.body = _AgendaBody(self)
        self.scroll_area = scrolled_body(self, self.body)

    def show_range(self, first: dt.date, last: dt.date) -> None:
        self._first, self._last = first, last
        self.events_changed()
        self.scroll_area.verticalScrollBar().setValue(0)

    def visible_range(self) -> tuple[dt.date, dt.date]:
        return self._first, self._last

    def set_column_shares(self, shares: list[float]) -> None:
        """Set the shares of the width of the five columns; anything else (e.g. []) is the default."""
        if len(shares) != len(COLUMNS) or any(not share >= LEAST_SHARE for share in shares):
            shares = list(COLUMNS)
        total = sum(shares)
        self.shares = [share / total for share in shares]
        self.body.update()

    def events_changed(self) -> None:
        fm = QFontMetrics(self.font())
        line_h, head_h = fm.height() + 8, fm.height() + 12
        self.lines = []
        y = float(line_h)  # the column titles
        for day, rows in self.days():
            self.lines.append(_Line(y, head_h, day, None))
            y += head_h
            for r in rows:
                self.lines.append(_Line(y, line_h, day, r))
                y += line_h
        self.body.setMinimumHeight(int(y) + 4)
        self.body.update()

    def update(self) -> None:  # type: ignore[override]  # repaints the parts too; the rect overloads are unused
        super().update()
        self.body.update()

    def target_at(self, global_pos: QPoint) -> MenuTarget:
        """The event of the line under the mouse, or the day of its title."""
        line = self.body.line_at(self.body.mapFromGlobal(global_pos).y())
        if line is None:
            return MenuTarget(None, self.paste_slot())
        return MenuTarget(line.row.id if line.row is not None else None, Slot(line.day))

    def anchor_point(self) -> QPoint:
        line = next((ln for ln in self.lines if ln.row is not None and ln.row.id == self.selected), None)
        if line is None:
            return super().anchor_point()
        return self.body.mapToGlobal(QPoint(40, int(line.top + line.height / 2)))

    def select_event(self, event_id: int | None) -> None:
        super().select_event(event_id)
        for line in self.lines:
            if line.row is not None and line.row.id == event_id:
                self.scroll_area.ensureVisible(10, int(line.top + line.height / 2), 10, int(line.height * 2))
                break

    def days(self) -> list[tuple[dt.date, list[CalendarEvent]]]:
        """Return each day of the range that has events, with the events of that day by time.

        A multi-day event (market, exhibition, festival) is listed once, on its
        first day in the range, with its dates, so the list stays readable.
        """
        by_day: dict[dt.date, list[CalendarEvent]] = {}
        for r in self.rows:
            day = max(self.span[r.id][0], self._first)
            if day <= self._last:
                by_day.setdefault(day, []).append(r)
        out = []
        for day in sorted(by_day):
            rows = by_day[day]
            rows.sort(key=lambda r: (not (r.all_day or self.span[r.id][0] != self.span[r.id][1]), r.start, r.title))
            out.append((day, rows))
        return out

    def time_text(self, r: CalendarEvent) -> str:
        return time_text(r, self.span.get(r.id))

    def day_title(self, day: dt.date) -> str:
        label = f"{weekday_names()[day.weekday()]} {format_date(day)}"
        if day == self.today():
            label += " · " + _("today")
        return label

    def headers(self) -> tuple[str, ...]:
        return (_("Time"), _("Event"), pgettext("AgendaView", "Venue"), _("Series"), _("Status"))

    def document(self) -> QTextDocument:
        """Return the list as a rich-text document (for printing on A4)."""
        esc = html.escape
        holidays = holidays_between(self._first, self._last)
        parts = ["<table width='100%' cellspacing='0' cellpadding='3'>",
                 "<tr>" + "".join(f"<th align='left'>{esc(h)}</th>" for h in self.headers()) + "</tr>"]
        for day, rows in self.days():
            hol = f" – {esc(holidays[day])}" if day in holidays else ""
            parts.append(f"<tr><td colspan='5' bgcolor='#eef1f5'><b>{esc(self.day_title(day))}</b>{hol}</td></tr>")
            for r in rows:
                title = f"<s>{esc(r.title)}</s>" if r.cancelled else esc(r.title)
                if r.id in self.conflicts:
                    title += " ⚠"
                parts.append(f"<tr><td>{esc(self.time_text(r))}</td><td>{title}</td><td>{esc(r.venue_name or '')}</td>"
                             f"<td>{esc(r.series_name or '')}</td><td>{esc(status_label(r.status))}</td></tr>")
        if len(parts) == 2:
            parts.append(f"<tr><td colspan='5'>{esc(_('No events in this period.'))}</td></tr>")
        parts.append("</table>")
        doc = QTextDocument()
        doc.setHtml("".join(parts))
        return doc


class _AgendaBody(QWidget):
    def __init__(self, view: AgendaView) -> None:
        super().__init__(view)
        self.view = view
        self.setMouseTracking(True)
        self.setFocusProxy(view)
        self._dragging: int | None = None  # the column whose right edge is being dragged

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600, self.minimumHeight())

    def _columns(self) -> list[tuple[float, float]]:
        """Return (x, width) of the five columns by their shares; the time column is never narrower
        than "00:00–00:00" (at 150 % its default share cut it to "14:00–…"), the others give way."""
        usable = self.width() - 16
        widths = [usable * share for share in self.view.shares]
        need = QFontMetrics(self.font()).horizontalAdvance("00:00–00:00") + 16
        if widths[0] < need < usable / 2:
            others = sum(widths[1:])
            widths = [float(need)] + [w * (usable - need) / others for w in widths[1:]]
        x, out = 8.0, []
        for width in widths:
            out.append((x, width - 8))
            x += width
        return out

    # The edges between the column titles are handles: drag one to move it, double-click it for the default.
    def _edge_at(self, pos: QPointF) -> int | None:
        """Return the column whose right edge is at pos in the column titles (not the last one)."""
        if pos.y() > QFontMetrics(self.font()).height() + 8:
            return None
        cols = self._columns()
        for i, (x, w) in enumerate(cols[:-1]):
            if abs(pos.x() - (x + w + 4)) <= 4:
                return i
        return None

    def _drag_edge(self, x: float) -> None:
        i = self._dragging
        assert i is not None
        usable = self.width() - 16
        shares = list(self.view.shares)
        left = sum(shares[:i])
        pair = shares[i] + shares[i + 1]
        new = min(max((x + 4 - 8) / usable - left, LEAST_SHARE), pair - LEAST_SHARE)  # the edge is 4 px before the next column
        shares[i], shares[i + 1] = new, pair - new
        self.view.set_column_shares(shares)

    def line_at(self, y: float) -> _Line | None:
        for line in self.view.lines:
            if line.top <= y < line.top + line.height:
                return line
        return None

    def paintEvent(self, e: QPaintEvent) -> None:  # noqa: N802
        v = self.view
        p = QPainter(self)
        exposed = QRectF(e.rect())
        p.fillRect(exposed, self.palette().base())
        fm = QFontMetrics(self.font())
        cols = self._columns()
        text = self.palette().text().color()
        muted = QColor("#6b7280")
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        p.setPen(muted)
        for (x, w), title in zip(cols, v.headers()):
            p.drawText(QRectF(x, 0, w, fm.height() + 8), align, fm.elidedText(title, Qt.TextElideMode.ElideRight, int(w)))
        if not v.lines:
            p.drawText(QRectF(8, fm.height() + 12, self.width() - 16, fm.height() + 8), align, _(
                "No events in this period."
            ))
        holidays = holidays_between(*v.visible_range())
        bold = QFont(self.font())
        bold.setBold(True)
        for line in v.lines:
            if line.top + line.height < exposed.top() or line.top > exposed.bottom():
                continue
            rect = QRectF(0, line.top, self.width(), line.height)
            if line.row is None:
                p.fillRect(rect.adjusted(0, 2, 0, 0), TODAY_BG if line.day == v.today() else QColor("#eef1f5"))
                p.setFont(bold)
                p.setPen(text)
                title = v.day_title(line.day)
                p.drawText(rect.adjusted(8, 2, 0, 0), align, title)
                if line.day in holidays:
                    p.setFont(self.font())
                    p.setPen(QColor("#b71c1c"))
                    x = 8 + QFontMetrics(bold).horizontalAdvance(title) + 12
                    p.drawText(QRectF(x, line.top + 2, self.width() - x - 8, line.height - 2), align,
                               fm.elidedText(holidays[line.day], Qt.TextElideMode.ElideRight, int(self.width() - x - 8)))
                p.setFont(self.font())
                continue
            r = line.row
            if v.is_selected(r.id):
                p.fillRect(rect, QColor(SELECTION.red(), SELECTION.green(), SELECTION.blue(), 70))
            font = QFont(self.font())
            font.setStrikeOut(r.cancelled)
            p.setFont(font)
            p.setPen(muted if r.cancelled else text)
            values = (v.time_text(r), r.title, r.venue_name or "", r.series_name or "", status_label(r.status))
            for i, ((x, w), value) in enumerate(zip(cols, values)):
                if i == 1:
                    p.fillRect(QRectF(x, line.top + line.height / 2 - 5, 10, 10), v.colour(r))
                    x, w = x + 16, w - 16
                    if r.id in v.conflicts:
                        w -= 16
                        draw_conflict_marker(p, x + w + 14, line.top + line.height / 2 - 6, 12)
                        p.setPen(CONFLICT_RED if not r.cancelled else muted)
                p.drawText(QRectF(x, line.top, w, line.height), align,
                           QFontMetrics(font).elidedText(value, Qt.TextElideMode.ElideRight, int(w)))
                p.setPen(muted if r.cancelled else text)
            p.setPen(QColor("#eceef1"))
            p.drawLine(QPointF(8, line.top + line.height - 0.5), QPointF(self.width() - 8, line.top + line.height - 0.5))
        p.end()

    def mousePressEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        edge = self._edge_at(e.position()) if e.button() == Qt.MouseButton.LeftButton else None
        if edge is not None:
            self._dragging = edge
            e.accept()
            return
        line = self.line_at(e.position().y())
        self.view.setFocus()
        self.view.press_select(line.row.id if line is not None and line.row is not None else None, e.modifiers())
        if line is not None and line.row is None:  # a day's title: where a paste goes
            self.view.slot = Slot(line.day)

    def mouseMoveEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        if self._dragging is not None:
            self._drag_edge(e.position().x())
        elif self._edge_at(e.position()) is not None:
            self.setCursor(Qt.CursorShape.SplitHCursor)
        else:
            self.unsetCursor()
        super().mouseMoveEvent(e)

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        if self._dragging is not None:
            self._dragging = None
            self.view.columns_changed.emit(list(self.view.shares))
            e.accept()
            return
        self.view.release_select(False)

    def contextMenuEvent(self, e: QContextMenuEvent) -> None:  # noqa: N802
        """Right-click (or the Menu key): the view shows the menu; the scroll area would swallow it."""
        self.view.contextMenuEvent(e)

    def mouseDoubleClickEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        if self._edge_at(e.position()) is not None:  # back to the default widths
            self.view.set_column_shares([])
            self.view.columns_changed.emit([])
            e.accept()
            return
        line = self.line_at(e.position().y())
        if line is not None and line.row is not None:
            self.view.edit_requested.emit(line.row.id)
        elif line is not None:
            self.view.day_requested.emit(line.day)

    def event(self, e: QEvent) -> bool:
        if isinstance(e, QHelpEvent):
            line = self.line_at(e.pos().y())
            if line is not None and line.row is not None:
                v = self.view
                QToolTip.showText(e.globalPos(), tooltip_html(line.row, v.conflicts.get(line.row.id, [])), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(e)
