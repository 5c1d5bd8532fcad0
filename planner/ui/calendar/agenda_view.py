"""Agenda view: the range as a list grouped by day (time, title, venue, series, status), to read and print."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QUrl
from PySide6.QtGui import QMouseEvent, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from planner import errors
from planner.services.dto import EventRow
from planner.services.holidays import holidays_between
from planner.services.timeutil import format_date, format_time
from planner.ui.calendar.common import PaintedView, weekday_names
from planner.ui.labels import status_label


class AgendaView(PaintedView):
    """A day-by-day list of the events of the range (a rich-text document, printable as is)."""

    def __init__(self, parent: QWidget | None = None, *, colour_by: str = "series") -> None:
        super().__init__(parent, colour_by=colour_by)
        self._first = dt.date.today().replace(day=1)
        self._last = self._first + dt.timedelta(days=30)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setObjectName("agenda")
        self.browser.anchorClicked.connect(self._on_anchor)
        self.browser.viewport().installEventFilter(self)
        self.browser.setFocusProxy(self)
        self.browser.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.browser)

    def show_range(self, first: dt.date, last: dt.date) -> None:
        self._first, self._last = first, last
        self._render()

    def visible_range(self) -> tuple[dt.date, dt.date]:
        return self._first, self._last

    def events_changed(self) -> None:
        self._render()

    def select_event(self, event_id: int | None) -> None:
        super().select_event(event_id)
        self._render()
        if event_id is not None:
            self.browser.scrollToAnchor(f"e{event_id}")

    def set_colour_by(self, mode: str) -> None:
        super().set_colour_by(mode)
        self._render()

    def document(self) -> QTextDocument:
        """Return the document (for printing)."""
        return self.browser.document()

    def days(self) -> list[tuple[dt.date, list[EventRow]]]:
        """Return each day of the range that has events, with the events of that day by time.

        A multi-day event (market, exhibition, festival) is listed once, on its
        first day in the range, with its dates, so the list stays readable.
        """
        out: list[tuple[dt.date, list[EventRow]]] = []
        day = self._first
        while day <= self._last:
            todays = [r for r in self.rows if max(r.first_day, self._first) == day]
            if todays:
                todays.sort(key=lambda r: (not (r.all_day or r.first_day < day), r.start, r.title))
                out.append((day, todays))
            day += dt.timedelta(days=1)
        return out

    def _time(self, r: EventRow, day: dt.date) -> str:
        if r.first_day != r.last_day:
            first = f"{r.first_day.day}. {r.first_day.month}." if r.first_day.year == r.last_day.year else format_date(r.first_day)
            return f"{first} – {format_date(r.last_day)}"
        if r.all_day:
            return self.tr("all day")
        return f"{format_time(r.start)}–{format_time(r.end)}"

    def _render(self) -> None:
        bar = self.browser.verticalScrollBar().value()
        holidays = holidays_between(self._first, self._last, errors.language())
        names = weekday_names()
        esc = html.escape
        parts = [
            "<style>td{padding:3px 8px;vertical-align:top} .day{background:#eef1f5;font-weight:bold}"
            " .hol{color:#b71c1c;font-weight:normal} .today{background:#fff3e0}"
            " .muted{color:#6b7280} .x{text-decoration:line-through;color:#8a8f98}"
            " .conf{color:#d32f2f;font-weight:bold} .sel{background:#ffe9b3}</style>",
            "<table width='100%' cellspacing='0'>",
        ]
        days = self.days()
        if not days:
            empty = self.tr("No events in this period.")
            parts.append(f"<tr><td class='muted'>{esc(empty)}</td></tr>")
        header = (self.tr("Time"), self.tr("Event"), self.tr("Venue"), self.tr("Series"), self.tr("Status"))
        parts.append("<tr>" + "".join(f"<td class='muted'>{esc(h)}</td>" for h in header) + "</tr>")
        for day, rows in days:
            label = f"{names[day.weekday()]} {format_date(day)}"
            if day == self.today():
                label += " · " + self.tr("today")
            hol = holidays.get(day)
            hol_html = f" <span class='hol'>{esc(hol)}</span>" if hol else ""
            cls = "day today" if day == self.today() else "day"
            parts.append(f"<tr><td colspan='5' class='{cls}'>{esc(label)}{hol_html}</td></tr>")
            for r in rows:
                colour = self.colour(r).name()
                title_cls = "x" if r.cancelled else ""
                warn = ""
                if r.id in self.conflicts:
                    warn = " <span class='conf' title='{}'>⚠ {}</span>".format(
                        esc(" ".join(self.conflicts[r.id])), esc(self.tr("conflict"))
                    )
                row_cls = " class='sel'" if r.id == self.selected else ""
                parts.append(
                    f"<tr{row_cls}><td>{esc(self._time(r, day))}</td>"
                    f"<td><a name='e{r.id}'></a><span style='color:{colour}'>■</span> "
                    f"<a href='event:{r.id}' style='color:inherit;text-decoration:none' class='{title_cls}'>"
                    f"<span class='{title_cls}'>{esc(r.title)}</span></a>{warn}</td>"
                    f"<td>{esc(r.venue_name or '')}</td><td>{esc(r.series_name or '')}</td>"
                    f"<td>{esc(status_label(r.status))}</td></tr>"
                )
        parts.append("</table>")
        self.browser.setHtml("".join(parts))
        self.browser.verticalScrollBar().setValue(bar)

    def _event_id(self, url: QUrl | str) -> int | None:
        text = url.toString() if isinstance(url, QUrl) else url
        if text.startswith("event:"):
            try:
                return int(text.split(":", 1)[1])
            except ValueError:
                return None
        return None

    def _on_anchor(self, url: QUrl) -> None:
        event_id = self._event_id(url)
        if event_id is not None:
            super().select_event(event_id)
            self._render()

    def event_at(self, pos: QPoint) -> int | None:
        """Return the id of the event whose title is at a viewport point."""
        return self._event_id(self.browser.anchorAt(pos))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.browser.viewport() and event.type() == QEvent.Type.MouseButtonDblClick:
            assert isinstance(event, QMouseEvent)
            event_id = self.event_at(event.position().toPoint())
            if event_id is not None:
                self.edit_requested.emit(event_id)
                return True
        return super().eventFilter(watched, event)
