"""What the painted calendar views share: colours, tooltips, conflict lookup, day shifts."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPolygonF
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from planner.i18n import _
from planner.models.enums import EventCategory
from planner.services.dto import CalendarEvent, Conflict, ConflictKind
from planner.services.text import czech_sort_key
from planner.services.timeutil import format_date, format_time
from planner.ui.labels import category_label, status_label

# Hues apart as the series palette's are (services/palette.py): the legend must tell them apart.
CATEGORY_COLOURS: dict[EventCategory, str] = {
    EventCategory.FESTIVAL: "#6a1b9a",
    EventCategory.CLASSICAL_CONCERT: "#1565c0",
    EventCategory.POPULAR_CONCERT: "#00838f",
    EventCategory.THEATRE: "#ad1457",
    EventCategory.FILM: "#4e342e",
    EventCategory.EXHIBITION: "#2e7d32",
    EventCategory.HAPPENING: "#ef6c00",
    EventCategory.LECTURE: "#9e9d24",
    EventCategory.MARKET: "#c62828",
    EventCategory.CEREMONY: "#4527a0",
    EventCategory.COMPETITION_ROUND: "#558b2f",
    EventCategory.OTHER: "#546e7a",
}
DEFAULT_COLOUR = "#546e7a"
CONFLICT_RED = QColor("#d32f2f")
SELECTION = QColor("#ffb300")
CURRENT_DAY = QColor("#1e88e5")
TODAY_BG = QColor("#fff8e1")
WEEKEND_BG = QColor("#f3f4f6")
HOLIDAY_BG = QColor("#fdecea")


def event_colour(row: CalendarEvent, colour_by: str) -> QColor:
    """Return the event's colour by series (default) or by category."""
    if colour_by == "category":
        return QColor(CATEGORY_COLOURS.get(row.category, DEFAULT_COLOUR))
    colour = QColor(row.series_colour or CATEGORY_COLOURS.get(row.category, DEFAULT_COLOUR))
    return colour if colour.isValid() else QColor(DEFAULT_COLOUR)


def legend_entries(rows: Iterable[CalendarEvent], colour_by: str) -> list[tuple[str, QColor]]:
    """Return the legend of the events shown: (label, colour) by the same rule as event_colour.

    By category: the categories shown, in their order. By series: the series shown (by name),
    then the categories of the events outside any series (they take their category's colour).
    """
    categories: set[EventCategory] = set()
    series: dict[str, QColor] = {}
    for row in rows:
        if colour_by != "category" and row.series_id is not None and row.series_name:
            if row.series_name not in series:  # one colour per series, not one QColor per event
                series[row.series_name] = event_colour(row, colour_by)
        else:
            categories.add(row.category)
    out = [(name, series[name]) for name in sorted(series, key=czech_sort_key)]
    out += [(category_label(c), QColor(CATEGORY_COLOURS.get(c, DEFAULT_COLOUR))) for c in EventCategory if c in categories]
    return out


def text_on(background: QColor) -> QColor:
    """Return black or white, whichever reads better on the background."""
    r, g, b = background.redF(), background.greenF(), background.blueF()
    return QColor("#000000") if 0.299 * r + 0.587 * g + 0.114 * b > 0.6 else QColor("#ffffff")


def muted(colour: QColor) -> QColor:
    """Return a pale version of a colour (cancelled events, drafts)."""
    out = QColor(colour)
    out.setHsvF(out.hsvHueF() if out.hsvHueF() >= 0 else 0, out.hsvSaturationF() * 0.25, 0.92)
    return out


class ConflictMessages(Mapping[int, list[str]]):
    """The conflict messages of each event id, each list built when first asked for.

    Views only test ``id in messages`` to draw a marker; the sentences are needed for
    a tooltip, and a stress-profile month holds 18,000 conflicts (issue 13).
    """

    def __init__(self, conflicts: Iterable[Conflict]) -> None:
        self._by_event: dict[int, list[Conflict]] = defaultdict(list)
        for c in conflicts:
            if c.kind != ConflictKind.STALL:
                self._by_event[c.a_id].append(c)
                self._by_event[c.b_id].append(c)
        self._built: dict[int, list[str]] = {}

    def __getitem__(self, event_id: int) -> list[str]:
        if event_id not in self._built:
            found = self._by_event.get(event_id)
            if found is None:
                raise KeyError(event_id)
            self._built[event_id] = list(dict.fromkeys(c.message for c in found))
        return self._built[event_id]

    def __contains__(self, event_id: object) -> bool:
        return event_id in self._by_event

    def __iter__(self) -> Iterator[int]:
        return iter(self._by_event)

    def __len__(self) -> int:
        return len(self._by_event)


def conflict_messages(conflicts: Iterable[Conflict]) -> ConflictMessages:
    """Return the conflict messages of each event id (built lazily)."""
    return ConflictMessages(conflicts)


def time_text(row: CalendarEvent, span: tuple[dt.date, dt.date] | None = None) -> str:
    """Return '19:00–21:00', 'all day', or the days of a multi-day event: '27. 11. – 23. 12. 2026'
    (the first date keeps its year only when the years differ).

    ``span`` is the event's (first, last) local day when the caller has it cached.
    """
    first, last = span if span is not None else (row.first_day, row.last_day)
    if first != last:
        start = f"{first.day}. {first.month}." if first.year == last.year else format_date(first)
        return f"{start} – {format_date(last)}"
    if row.all_day:
        return _("all day")
    return f"{format_time(row.start)}–{format_time(row.end)}"


def tooltip_html(row: CalendarEvent, messages: list[str]) -> str:
    """Return the tooltip of an event: title, time, venue, series, status and its conflicts."""
    if row.first_day == row.last_day:
        when = format_date(row.first_day) + ", " + time_text(row)
    elif row.all_day:
        when = time_text(row)
    else:  # a timed event over midnight: both ends in full
        when = f"{format_date(row.first_day)} {format_time(row.start)} – {format_date(row.last_day)} {format_time(row.end)}"
    lines = [f"<b>{_esc(row.title)}</b>", _esc(when)]
    if row.venue_name:
        lines.append(_esc(row.venue_name))
    if row.series_name:
        lines.append(_esc(row.series_name))
    lines.append(_esc(f"{category_label(row.category)} · {status_label(row.status)}"))
    for message in messages:
        lines.append(f"<span style='color:#d32f2f'>⚠ {_esc(message)}</span>")
    return "<br>".join(lines)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def draw_conflict_marker(painter: QPainter, right: float, top: float, size: float) -> None:
    """Draw the red warning triangle that marks an event with a conflict."""
    painter.save()
    painter.setPen(CONFLICT_RED.darker(130))
    painter.setBrush(CONFLICT_RED)
    tri = QPolygonF([QPointF(right - size, top + size), QPointF(right - size / 2, top), QPointF(right, top + size)])
    painter.drawPolygon(tri)
    painter.setPen(QColor("#ffffff"))
    painter.drawLine(QPointF(right - size / 2, top + size * 0.35), QPointF(right - size / 2, top + size * 0.7))
    painter.drawPoint(QPointF(right - size / 2, top + size * 0.85))
    painter.restore()


def weekday_names() -> list[str]:
    """Return translated short weekday names, Monday first."""
    return [
        _("Mon"), _("Tue"), _(
            "Wed"
        ),
        _("Thu"), _("Fri"), _(
            "Sat"
        ),
        _("Sun"),
    ]


def month_name(month: int) -> str:
    """Return the translated name of a month (nominative)."""
    return [
        _("January"), _("February"), _(
            "March"
        ),
        _("April"), _("May"), _(
            "June"
        ),
        _("July"), _("August"), _(
            "September"
        ),
        _("October"), _("November"), _(
            "December"
        ),
    ][month - 1]


def scrolled_body(view: QWidget, body: QWidget, header: QWidget | None = None,
                  *, horizontal: bool = False) -> QScrollArea:
    """Lay out a view as an optional fixed header over a frameless scroll area holding body."""
    area = QScrollArea()
    area.setWidget(body)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    if not horizontal:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusProxy(view)  # keys reach the view, whatever was clicked
    box = QVBoxLayout(view)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(0)
    if header is not None:
        box.addWidget(header)
    box.addWidget(area, 1)
    return area
