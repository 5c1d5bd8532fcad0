"""Writing the Hláska culture calendar: DOCX for the editor, plain text and CSV for the layout program.

The DOCX uses Word's own heading and paragraph styles (Heading 1/2/3, Normal), so the press office's
template restyles it in one click; change marks (against the previous export) are bold capitals at the
start of a line: "NOVĚ", "ZMĚNA", "ZRUŠENO". Every file is written atomically. No Qt.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from pathlib import Path

from docx import Document
from docx.shared import Mm, Pt

from planner import paths
from planner.formats.publish import PublishError, atomic_write
from planner.i18n import _
from planner.services._common import SM
from planner.services.hlaska import MARKS, Day, HlaskaCalendar, Line, month_calendar

log = logging.getLogger(__name__)

FORMATS = ("docx", "txt", "csv")
CSV_COLUMNS = ("blok", "datum", "den", "cas", "misto", "nazev", "zanr", "radek", "zmena", "uid")


def _mark(line: Line) -> str:
    return f"{MARKS[line.mark]} " if line.mark else ""


def to_text(cal: HlaskaCalendar) -> str:
    """Return the calendar as plain text (UTF-8), blank lines between days and blocks."""
    out = [cal.title.upper(), ""]

    def days(ds: tuple[Day, ...]) -> None:
        for d in ds:
            out.append(d.heading)
            out.extend(_mark(ln) + ln.text for ln in d.lines)
            out.append("")

    days(cal.days)
    if cal.exhibitions:
        out += ["VÝSTAVY"] + [_mark(ln) + ln.text for ln in cal.exhibitions] + [""]
    for b in cal.blocks:
        out.append(f"{b.title.upper()} ({b.dates})")
        days(b.days)
    if cal.removed:
        out += ["ZRUŠENO OD MINULÉHO VYDÁNÍ"] + [ln.title for ln in cal.removed] + [""]
    return "\n".join(out).rstrip() + "\n"


def to_csv(cal: HlaskaCalendar) -> bytes:
    """Return the lines as CSV (semicolons, UTF-8 with BOM: Czech Excel and layout programs read it)."""
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    for block, ln in cal.all_lines():
        w.writerow([block, ln.day.isoformat(), ln.day.strftime("%d.%m.%Y"), ln.time, ln.venue, ln.title, ln.genre,
                    ln.text, MARKS.get(ln.mark, ""), ln.uid])
    for ln in cal.removed:
        w.writerow(["", ln.day.isoformat(), "", "", "", ln.title, "", ln.title, MARKS["cancelled"], ln.uid])
    return buf.getvalue().encode("utf-8-sig")


def to_docx(cal: HlaskaCalendar) -> bytes:
    """Return the calendar as a Word document."""
    doc = Document()
    doc.core_properties.title = cal.title
    doc.core_properties.language = "cs-CZ"
    doc.styles["Normal"].font.size = Pt(10)
    for section in doc.sections:  # python-docx's template is US Letter; the newsletter is A4
        section.page_width, section.page_height = Mm(210), Mm(297)
    doc.add_heading(cal.title, level=1)

    def line(ln: Line) -> None:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        if ln.mark:
            p.add_run(MARKS[ln.mark] + " ").bold = True
        if ln.time:
            p.add_run(ln.time + " ").bold = True
        p.add_run(ln.text[len(ln.time) + 1:] if ln.time else ln.text)

    def days(ds: tuple[Day, ...], level: int) -> None:
        for d in ds:
            doc.add_heading(d.heading, level=level)
            for ln in d.lines:
                line(ln)

    days(cal.days, 2)
    if cal.exhibitions:
        doc.add_heading("Výstavy", level=2)
        for ln in cal.exhibitions:
            line(ln)
    for b in cal.blocks:
        doc.add_heading(f"{b.title} ({b.dates})", level=2)
        days(b.days, 3)
    if cal.removed:
        doc.add_heading("Zrušeno od minulého vydání", level=2)
        for ln in cal.removed:
            doc.add_paragraph(ln.title)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def state_path(year: int, month: int) -> Path:
    """Return where the last export of a month is remembered (for the change marks of the next one)."""
    return paths.data_dir() / f"hlaska-{year:04d}-{month:02d}.json"


def previous_state(year: int, month: int) -> dict[str, str] | None:
    """Return what the last export of the month printed, or None when it was never exported."""
    path = state_path(year, month)
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def export_month(sm: SM, year: int, month: int, path: str | Path, fmt: str | None = None, *,
                 mark_changes: bool = False) -> tuple[Path, HlaskaCalendar]:
    """Build the month's calendar, write it, and remember what it printed."""
    cal = month_calendar(sm, year, month, previous=previous_state(year, month) if mark_changes else None)
    written = write(cal, path, fmt)
    memory = state_path(year, month)
    try:
        memory.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(memory, json.dumps(cal.state(), ensure_ascii=False).encode("utf-8"))
    except OSError:
        log.info("cannot remember the Hláska export in %s", memory, exc_info=True)
    return written, cal


def write(cal: HlaskaCalendar, path: str | Path, fmt: str | None = None) -> Path:
    """Write the calendar in a format (by default from the file's extension) atomically."""
    target = Path(path)
    kind = fmt or target.suffix.lstrip(".").lower() or "docx"
    if kind not in FORMATS:
        raise PublishError(_("--format: “{kind}” is not docx, txt or csv.").format(kind=kind))
    data = to_docx(cal) if kind == "docx" else to_csv(cal) if kind == "csv" else to_text(cal).encode("utf-8")
    if not target.parent.is_dir():
        raise PublishError(_(
            "{target}: the folder {parent} does not exist."
        ).format(target=target, parent=target.parent))
    try:
        return atomic_write(target, data)
    except OSError as exc:
        raise PublishError(_(
            "{target}: cannot write the file ({strerror})."
        ).format(target=target, strerror=exc.strerror)) from exc


__all__ = ["CSV_COLUMNS", "FORMATS", "export_month", "previous_state", "state_path", "to_csv", "to_docx", "to_text", "write"]
