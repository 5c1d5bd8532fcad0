"""Events on the system clipboard: a planner MIME type for pasting back, readable text for mail and Excel.

Ctrl+C puts the selected events' ids (and whether it was a cut) under :data:`MIME`, plus one
tab-separated line per event (title, date and time, venue) as plain text and an HTML table, so a
paste into Outlook or Excel gives rows that read. A paste in the calendar reads the ids back;
the events are read from the database then (a colleague's change in between is respected).
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QClipboard, QGuiApplication

from planner.services.dto import CalendarEvent
from planner.services.timeutil import format_date, format_time

MIME = "application/x-planner-events"


@dataclass(frozen=True)
class Copied:
    """What a paste finds on the clipboard: the event ids and whether they were cut (a paste moves them)."""

    ids: tuple[int, ...]
    cut: bool = False


def when_text(row: CalendarEvent) -> str:
    """Return '9. 12. 2026 19:00–21:00', '24. 12. 2026' or '27. 11. 2026 – 23. 12. 2026'."""
    if row.first_day != row.last_day:
        return f"{format_date(row.first_day)} – {format_date(row.last_day)}"
    if row.all_day:
        return format_date(row.first_day)
    return f"{format_date(row.first_day)} {format_time(row.start)}–{format_time(row.end)}"


def plain_text(rows: Sequence[CalendarEvent]) -> str:
    """Return one tab-separated line per event: title, when, venue (Excel puts them in columns)."""
    return "\n".join("\t".join((r.title, when_text(r), r.venue_name or "")) for r in rows)


def html_table(rows: Sequence[CalendarEvent]) -> str:
    """Return the events as an HTML table (a mail or a word processor keeps the columns)."""
    body = "".join(
        f"<tr><td>{html.escape(r.title)}</td><td>{html.escape(when_text(r))}</td>"
        f"<td>{html.escape(r.venue_name or '')}</td></tr>" for r in rows
    )
    return f"<table>{body}</table>"


def mime_of(rows: Sequence[CalendarEvent], *, cut: bool = False) -> QMimeData:
    """Return the clipboard contents for the events."""
    data = QMimeData()
    data.setData(MIME, json.dumps({"ids": [r.id for r in rows], "cut": cut}).encode("utf-8"))
    data.setText(plain_text(rows))
    data.setHtml(html_table(rows))
    return data


def put(rows: Sequence[CalendarEvent], *, cut: bool = False, clipboard: QClipboard | None = None) -> None:
    """Put the events on the clipboard (Ctrl+C, or Ctrl+X with ``cut``)."""
    (clipboard or QGuiApplication.clipboard()).setMimeData(mime_of(rows, cut=cut))


def read(clipboard: QClipboard | None = None) -> Copied | None:
    """Return the events on the clipboard, or None when it holds none of ours."""
    data = (clipboard or QGuiApplication.clipboard()).mimeData()
    if data is None or not data.hasFormat(MIME):
        return None
    try:
        payload = json.loads(bytes(data.data(MIME).data()).decode("utf-8"))
        ids = tuple(int(i) for i in payload["ids"])
    except (ValueError, KeyError, TypeError):
        return None
    return Copied(ids, bool(payload.get("cut"))) if ids else None


def mark_copied(clipboard: QClipboard | None = None) -> None:
    """After a cut was pasted (the events moved), a next paste copies them: keep the ids, drop the cut."""
    board = clipboard or QGuiApplication.clipboard()
    found = read(board)
    data = board.mimeData()
    if found is None or not found.cut or data is None:
        return
    fresh = QMimeData()
    fresh.setData(MIME, json.dumps({"ids": list(found.ids), "cut": False}).encode("utf-8"))
    fresh.setText(data.text())
    fresh.setHtml(data.html())
    board.setMimeData(fresh)


def release(clipboard: QClipboard | None = None) -> None:
    """At quit: leave only the readable text on the clipboard (our MIME data must not outlive the app)."""
    board = clipboard or QGuiApplication.clipboard()
    data = board.mimeData()
    if data is not None and data.hasFormat(MIME):
        board.setText(data.text())


__all__ = ["release", "MIME", "Copied", "html_table", "mark_copied", "mime_of", "plain_text", "put", "read", "when_text"]
