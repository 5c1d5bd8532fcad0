"""Paint the calendar and the lists for print: one fresh view per page, sized for paper, never a screen grab.

A week printed from the screen showed 5:00–17:30 with a scrollbar, so the 19:00 concerts were
missing. Here each page gets its own view laid out at the paper's proportions, with the hours
asked for (e.g. 8–23) and no scroll area: the view is recorded into a QPicture at screen
resolution and replayed scaled onto the printer, so text stays text in a PDF and fonts keep
their proportions on a 300-dpi device. The page, the printer dialog and the PDF writer are
printing.py's; the preview with options is print_dialog.py.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from dataclasses import dataclass, replace

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QFont, QPagedPaintDevice, QPainter, QPicture, QRegion, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QWidget

from planner.i18n import _, pgettext
from planner.services.formatting import format_date_range
from planner.services import events as event_service
from planner.services import vendors as vendor_service
from planner.services import venues as venue_service
from planner.services._common import SM
from planner.services.dto import CalendarEvent, EventQuery
from planner.services.formatting import format_money as format_czk
from planner.services.timeutil import format_date, format_time, local, range_bounds
from planner.ui.calendar import layout
from planner.ui.calendar.agenda_view import AgendaView
from planner.ui.calendar.common import month_name
from planner.ui.calendar.month_view import MonthView
from planner.ui.calendar.week_view import WeekView
from planner.ui.common.printing import page_painter
from planner.ui.labels import category_label, status_label, vendor_category_label, venue_kind_label

log = logging.getLogger(__name__)

KINDS = ("day", "week", "workweek", "month", "agenda", "venues", "vendors", "event")
# Logical width a page's view is laid out at (like a wide screen); the page scales it to the paper.
LAYOUT_WIDTH = 1400


@dataclass(frozen=True)
class PrintOptions:
    """What to print: kind (day, week, workweek, month, agenda, venues, vendors, event), the inclusive
    days, the hours of day/week pages, whether those hours are fitted onto one page, colours;
    ``event_id`` is the event whose card kind "event" prints."""

    kind: str = "week"
    first: dt.date = dt.date(2026, 1, 1)
    last: dt.date = dt.date(2026, 1, 7)
    hour_from: int = 8
    hour_to: int = 23
    fit_to_page: bool = True
    colour_by: str = "series"
    query: EventQuery = EventQuery()
    event_id: int | None = None

    def pages(self) -> list[tuple[dt.date, dt.date]]:
        """Return the inclusive days of each calendar page of the range."""
        out: list[tuple[dt.date, dt.date]] = []
        if self.kind == "day":
            day = self.first
            while day <= self.last:
                out.append((day, day))
                day += dt.timedelta(days=1)
        elif self.kind in ("week", "workweek"):
            monday = layout.week_start(self.first)
            while monday <= self.last:
                out.append((monday, monday + dt.timedelta(days=4 if self.kind == "workweek" else 6)))
                monday += dt.timedelta(days=7)
        elif self.kind == "month":
            month = self.first.replace(day=1)
            while month <= self.last:
                out.append((month, layout.add_months(month, 1) - dt.timedelta(days=1)))
                month = layout.add_months(month, 1)
        return out


def page_title(options: PrintOptions, first: dt.date, last: dt.date) -> str:
    """Return a page's heading: 'Týden 52: 21. 12. – 27. 12. 2026', 'Prosinec 2026', '24. 12. 2026'."""
    if options.kind == "month":
        return f"{month_name(first.month)} {first.year}"
    if options.kind == "day" or first == last:
        return format_date(first)
    if options.kind in ("week", "workweek"):
        week = _("Week %1").replace("%1", str(first.isocalendar().week))
        return f"{week}: {format_date_range(first, last)}"
    return format_date_range(first, last)


def load_events(sm: SM, options: PrintOptions, first: dt.date, last: dt.date) -> list[CalendarEvent]:
    """Query the events of a page's days (with the calendar's filter)."""
    start, end = range_bounds(first, last)
    return event_service.list_view_events(sm, replace(options.query, start=start, end=end, limit=None))


def _laid_out(widget: QWidget, width: int, height: int) -> None:
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    widget.resize(width, height)
    widget.show()
    QApplication.sendPostedEvents()
    layout_ = widget.layout()
    if layout_ is not None:
        layout_.activate()


def week_picture(options: PrintOptions, rows: list[CalendarEvent], first: dt.date, last: dt.date,
                 aspect: float) -> list[QPicture]:
    """Record a day/week page (several when the hours do not fit and fit_to_page is off)."""
    days = (last - first).days + 1
    view = WeekView(days=days, colour_by=options.colour_by)
    try:
        view.set_today(dt.date(1900, 1, 1))  # no "today" tint and no now-line on paper
        view.show_range(first, last)
        view.set_events(rows, [])
        view.set_current_day(None)
        width = LAYOUT_WIDTH
        header_h = view.header.sizeHint().height()
        hours = max(1, options.hour_to - options.hour_from)
        page_h = int(width * aspect)
        if options.fit_to_page:
            hour_h = max(12.0, (page_h - header_h) / hours)
            chunks = [(options.hour_from, options.hour_to)]
        else:
            hour_h = 48.0
            per_page = max(1, int((page_h - header_h) // hour_h))
            chunks = [(h, min(options.hour_to, h + per_page)) for h in range(options.hour_from, options.hour_to, per_page)]
        view.hour_height = hour_h  # type: ignore[assignment]  # fit to page: a fractional height, painted as float
        _laid_out(view, width, header_h + int(view.rows_count() * hour_h) + 10)
        view.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.header.setFixedWidth(width)
        view.header.relayout()
        view.grid.setFixedSize(width, int(view.rows_count() * hour_h) + 1)
        view.grid.relayout()
        pictures = []
        for top, bottom in chunks:
            picture = QPicture()
            painter = QPainter(picture)
            # render() draws the region's top-left at the target offset: the first hour under the header;
            # a picture does not keep render()'s clipping, so clip explicitly
            body_h = int((bottom - top) * hour_h) + 1
            painter.setClipRect(0, header_h, width, body_h)
            view.grid.render(painter, QPoint(0, header_h), QRegion(0, int(top * hour_h), width, body_h))
            painter.setClipRect(0, 0, width, header_h)
            view.header.render(painter, QPoint(0, 0), QRegion(0, 0, width, header_h))
            painter.setClipping(False)
            painter.end()
            pictures.append(picture)
        return pictures
    finally:
        view.close()
        view.deleteLater()


def month_picture(options: PrintOptions, rows: list[CalendarEvent], first: dt.date, aspect: float) -> QPicture:
    """Record a month page: the six-week grid laid out at the paper's proportions."""
    view = MonthView(colour_by=options.colour_by)
    try:
        view.set_today(dt.date(1900, 1, 1))
        view.show_range(*layout.month_of(first))
        view.set_events(rows, [])
        _laid_out(view, LAYOUT_WIDTH, int(LAYOUT_WIDTH * aspect))
        picture = QPicture()
        painter = QPainter(picture)
        view.render(painter, QPoint(0, 0), QRegion(view.rect()))
        painter.end()
        return picture
    finally:
        view.close()
        view.deleteLater()


def agenda_document(options: PrintOptions, rows: list[CalendarEvent]) -> QTextDocument:
    """The agenda (list of events by day) of the range as paged text."""
    view = AgendaView(colour_by=options.colour_by)
    try:
        view.show_range(options.first, options.last)
        view.set_events(rows, [])
        return view.document()
    finally:
        view.deleteLater()


def _table(headers: list[str], rows: list[list[str]]) -> QTextDocument:
    doc = QTextDocument()
    doc.setHtml(_table_html(headers, rows))
    return doc


def _table_html(headers: list[str], rows: list[list[str]]) -> str:
    esc = html.escape
    parts = ["<table width='100%' cellspacing='0' cellpadding='3' border='0.5'>",
             "<tr>" + "".join(f"<th align='left' bgcolor='#eef1f5'>{esc(h)}</th>" for h in headers) + "</tr>"]
    for row in rows:
        parts.append("<tr>" + "".join(f"<td>{esc(cell)}</td>" for cell in row) + "</tr>")
    parts.append("</table>")
    return "".join(parts)


def venues_document(sm: SM) -> QTextDocument:
    """The venue list: name, kind, address, capacity, contact, phone."""
    headers = [_("Venue"), _("Kind"), _(
        "Address"
    ), _(
        "Capacity"
    ), _(
        "Contact"
    ), _(
        "Phone"
    )]
    rows = [[v.name, venue_kind_label(v.kind), v.address, "" if v.capacity is None else str(v.capacity),
             v.contact, v.phone] for v in venue_service.list_venues(sm)]
    return _table(headers, rows)


def vendors_document(sm: SM) -> QTextDocument:
    """The vendor list: name, IČO, category, contact person, phone, e-mail."""
    headers = [_("Vendor"), _("Company ID"), _(
        "Category"
    ), _(
        "Contact person"
    ), _(
        "Phone"
    ), _(
        "E-mail"
    )]
    rows = [[v.name, v.ico or "", vendor_category_label(v.category), v.contact_person, v.phone, v.email]
            for v in vendor_service.list_vendors(sm)]
    return _table(headers, rows)


def event_document(sm: SM, event_id: int) -> QTextDocument:
    """One event's card: when, where, who, the programme details and the performers with their fees."""
    row = event_service.get_event(sm, event_id)
    if row.all_day:
        first, last = row.first_day, row.last_day
        when = format_date(first) if first == last else f"{format_date(first)} – {format_date(last)}"
    elif local(row.start).date() == local(row.end).date():
        when = f"{format_date(local(row.start).date())} {format_time(row.start)}–{format_time(row.end)}"
    else:
        when = (f"{format_date(local(row.start).date())} {format_time(row.start)} – "
                f"{format_date(local(row.end).date())} {format_time(row.end)}")
    facts = [
        (_("When"), when), (_("Venue"), row.venue_name or ""), (_(
            "Address"
        ), row.venue_address or ""),
        (_("Category"), category_label(row.category)), (_("Status"), status_label(row.status)),
        (_("Series"), row.series_name or ""), (pgettext("Printing", "Part of"), row.parent_title or ""),
        (pgettext("Printing", "Responsible"), row.staff_name or ""),
        (_("Public"), _("yes") if row.public else _(
            "no"
        )),
        (_("Expected attendance"), "" if row.expected_attendance is None else str(row.expected_attendance)),
        (pgettext("Printing", "Tickets"), row.ticket_info), (_("Web page"), row.url),
    ]
    esc = html.escape
    parts = ["<table cellspacing='0' cellpadding='3'>"]
    parts += [f"<tr><td><b>{esc(k)}</b></td><td>{esc(v)}</td></tr>" for k, v in facts if v]
    parts.append("</table>")
    if row.performers:
        rows = [[p.name, p.role, "" if p.fee is None else format_czk(p.fee)] for p in row.performers]
        performers = _("Performers")
        parts.append(f"<h3>{esc(performers)}</h3>")
        parts.append(_table_html([_("Performer"), _("Role"), pgettext(
            "Printing",
            "Fee"
        )], rows))
    for heading, text in ((_("Description"), row.description), (pgettext(
        "Printing",
        "Internal notes"
    ), row.internal_notes)):
        if text:
            parts.append(f"<h3>{esc(heading)}</h3><p>{esc(text).replace(chr(10), '<br>')}</p>")
    doc = QTextDocument()
    doc.setHtml("".join(parts))
    return doc


def _heading(painter: QPainter, area: QRectF, title: str, subtitle: str, base: QFont, *, draw: bool = True) -> float:
    """Draw the page heading (title left, footer text right under it); return its height in device pixels."""
    title_font = QFont(base)
    title_font.setPointSizeF(15)
    title_font.setBold(True)
    painter.setFont(title_font)
    h1 = painter.fontMetrics().height()
    if draw:
        painter.drawText(QRectF(0, 0, area.width(), h1), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    small = QFont(base)
    small.setPointSizeF(8)
    painter.setFont(small)
    h2 = painter.fontMetrics().height()
    if draw:
        painter.drawText(QRectF(0, h1, area.width(), h2), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         subtitle)
    return h1 + h2 + painter.device().logicalDpiY() * 0.05


def _print_document(device: QPagedPaintDevice, doc: QTextDocument, title: str, footer: str, font: QFont) -> int:
    doc.setDefaultFont(font)
    cursor = QTextCursor(doc)
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.insertHtml(f"<h2>{html.escape(title)}</h2><p><span style='font-size:small'>{html.escape(footer)}</span></p>")
    cursor.insertBlock()
    doc.print_(device)
    return max(1, doc.pageCount())


def print_calendar(device: QPagedPaintDevice, sm: SM, options: PrintOptions, footer: str = "",
                   base_font: QFont | None = None) -> int:
    """Print the options' pages onto a printer or PDF writer; return how many pages were printed."""
    font = base_font or QApplication.font()
    if options.kind == "agenda":
        doc = agenda_document(options, load_events(sm, options, options.first, options.last))
        title = _("Agenda %1").replace("%1", format_date_range(options.first, options.last))
        return _print_document(device, doc, title, footer, font)
    if options.kind == "venues":
        return _print_document(device, venues_document(sm), _("Venues"), footer, font)
    if options.kind == "vendors":
        return _print_document(device, vendors_document(sm), _("Vendors"), footer, font)
    if options.kind == "event" and options.event_id is not None:
        title = event_service.get_event(sm, options.event_id).title
        return _print_document(device, event_document(sm, options.event_id), title, footer, font)
    pages = 0
    with page_painter(device) as (painter, area):
        heading = _heading(painter, area, "", "", font, draw=False)
        target = QRectF(0, heading, area.width(), area.height() - heading)
        aspect = target.height() / target.width()
        for first, last in options.pages():
            rows = load_events(sm, options, first, last)
            title = page_title(options, first, last)
            if options.kind == "month":
                pictures = [month_picture(options, rows, first, aspect)]
            else:
                pictures = week_picture(options, rows, first, last, aspect)
            for picture in pictures:
                if pages:
                    device.newPage()
                _heading(painter, area, title, footer, font)
                painter.save()
                painter.translate(target.topLeft())
                # drawPicture already scales from the picture's to the device's resolution
                scale = target.width() / LAYOUT_WIDTH * picture.logicalDpiX() / device.logicalDpiX()
                painter.scale(scale, scale)
                painter.drawPicture(0, 0, picture)
                painter.restore()
                pages += 1
    return pages


__all__ = ["KINDS", "PrintOptions", "event_document", "page_title", "print_calendar", "venues_document",
           "vendors_document"]
