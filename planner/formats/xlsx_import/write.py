"""Writing a previewed import in one transaction (all or nothing), saving the rejected rows, the one-call import."""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path


from planner.dberrors import is_duplicate
from planner.errors import (
    DatabaseFault,
    ImportFileError,
    PlannerError,
    StaleEdit,
    ValidationError,
    ValidationErrors,
)
from planner.formats.excel import Column, Report, write_report
from planner.i18n import _, ngettext, pgettext
from planner.services import events as event_service
from planner.services import vendors as vendor_service
from planner.services._common import SM
from planner.services.dto import ImportCounts
from planner.services.timeutil import format_date
from planner.formats.xlsx_import.programme import preview_programme
from planner.formats.xlsx_import.rows import ImportPreview, NEW, UNCHANGED, UPDATED
from planner.formats.xlsx_import.sheet import read_sheet
from planner.formats.xlsx_import.vendors import preview_vendors

log = logging.getLogger(__name__)


# --- writing -------------------------------------------------------------------


class ImportRejected(PlannerError):
    """Some rows were rejected, so nothing was written (all or nothing)."""

    def __init__(self, preview: ImportPreview) -> None:
        self.preview = preview
        n = len(preview.rejected)
        super().__init__(ngettext("Nothing was imported: {n} row rejected. Fix it and import again.",
                                  "Nothing was imported: {n} rows rejected. Fix them and import again.", n).format(n=n))


def apply_import(sm: SM, preview: ImportPreview, *, dry_run: bool = False) -> ImportCounts:
    """Write the new and updated rows in one transaction; refuse when any row was rejected."""
    if not preview.ok:
        raise ImportRejected(preview)
    # Unchanged rows go along with their versions too: the user saw them as they were.
    items = [(r.target_id, r.target_version, r.draft) for r in preview.rows if r.action in (NEW, UPDATED)]
    seen = [(r.target_id, r.target_version) for r in preview.rows if r.action == UNCHANGED]
    try:
        if preview.kind == "vendors":
            _check_unchanged(sm, "vendors", seen)
            return vendor_service.import_vendors(sm, items, dry_run=dry_run)
        _check_unchanged(sm, "programme", seen)
        return event_service.import_programme(sm, items, dry_run=dry_run)
    except StaleEdit as exc:
        raise ImportStale() from exc
    except (ValidationError, DatabaseFault) as exc:
        if is_duplicate(exc):
            # A unique key the preview saw free is taken now: a colleague's import won the race.
            raise ImportCollision(exc.message) from exc
        raise ImportFileError(_("Nothing was imported: {message}").format(message=exc.message)) from exc
    except ValidationErrors as exc:
        # Someone changed the data between preview and write; the transaction rolled back.
        raise ImportFileError(_("Nothing was imported: {message}").format(message=exc.message)) from exc


def _check_unchanged(sm: SM, kind: str, seen: Sequence[tuple[int | None, int | None]]) -> None:
    """Refuse when a record the preview showed as unchanged was edited since (its version moved)."""
    ids = [i for i, _v in seen if i is not None]
    if not ids:
        return
    if kind == "vendors":
        now = {v.id: v.version for v in vendor_service.list_vendors(sm, include_archived=True)}
    else:
        now = {e.id: e.version for e in event_service.get_events(sm, ids)}
    if any(now.get(i) != v for i, v in seen if i is not None):
        raise StaleEdit()


class ImportStale(PlannerError):
    """A record the preview showed was changed by a colleague before the write; nothing was written."""

    def __init__(self) -> None:
        super().__init__(_(
            "Nothing was imported: a colleague changed a record shown in the preview meanwhile. Load the preview "
            "again and repeat the import."
        ))


class ImportCollision(ImportFileError):
    """Another import created the same records at the same moment; nothing was written."""

    def __init__(self, detail: str) -> None:
        super().__init__(_(
            "A colleague imported the same list at the same moment — nothing was written ({detail}). Load the "
            "preview again: the records that exist now are only updated."
        ).format(detail=detail))


def _plain(value: object) -> object:
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return format_date(value.date())
        return f"{format_date(value.date())} {value.hour}:{value.minute:02d}"
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, dt.time):
        return f"{value.hour}:{value.minute:02d}"
    return value


def write_rejected(preview: ImportPreview, path: str | os.PathLike[str]) -> Path:
    """Save the rejected rows with their original cells and the reason, as .xlsx."""
    sheet = preview.sheet
    used = [i for i, h in enumerate(sheet.headers) if h]
    cols = (Column(_("Row"), "int", 7),
            *(Column(sheet.headers[i], width=18, wrap=True) for i in used),
            Column(_("Reason"), width=60, wrap=True))
    by_line = dict(sheet.rows)
    rows = [
        (r.line, *(_plain(by_line[r.line][i]) if i < len(by_line[r.line]) else None for i in used), r.reason)
        for r in preview.rejected
    ]
    title = _("Rejected rows – {name}").format(name=sheet.path.name)
    return write_report(Report("rejected", title, cols, rows, (preview.summary(),),
                               sheet=pgettext("formats.xlsx_import.write", "Rejected")), path)


def import_file(
    sm: SM, kind: str, path: str | os.PathLike[str], *, edition_id: int | None = None,
    mapping: dict[str, int] | None = None, dry_run: bool = False,
    on_preview: Callable[[ImportPreview], None] | None = None,
) -> tuple[ImportPreview, ImportCounts]:
    """Read, preview and (when nothing is rejected) write a spreadsheet in one call."""
    sheet = read_sheet(path, kind)
    if kind == "vendors":
        preview = preview_vendors(sm, sheet, mapping)
    else:
        if edition_id is None:
            raise ValidationError("parent", "required")
        preview = preview_programme(sm, sheet, edition_id, mapping)
    if on_preview is not None:
        on_preview(preview)
    return preview, apply_import(sm, preview, dry_run=dry_run)
