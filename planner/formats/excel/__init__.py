"""Formatted Excel (.xlsx) reports: programme, events, venues, vendors, market stall plan.

Reports are built from service DTOs into a :class:`Report` (title, selection,
typed columns, rows) and written by :func:`write_report` with openpyxl in
write-only mode, so 10,000+ rows stream to disk without holding a sheet in memory.

What a careful person would do in Excel is done here: title and selection on top,
a bold header row that is frozen, filtered and repeated on every printed page,
real date/time/number cells with Czech formats, totals as SUM formulas, A4 print
setup fitted to the page width, and page numbers in the footer. Text that a
spreadsheet could take for a formula (= + - @, tab, CR) is always written as text.

The package: ``writer`` (Report, Column, write_report and its cell styles), ``reports``
(the builders per report kind, ReportRequest, export_report). Callers import from here.
"""

from planner.formats.excel.writer import (
    Column,
    ExportCancelled,
    Progress,
    REPORTS,
    Report,
    is_formula_like,
    roles_text,
    write_report,
)
from planner.formats.excel.reports import (
    ReportRequest,
    build_report,
    default_market,
    events_report,
    export_report,
    market_report,
    programme_report,
    vendors_report,
    venues_report,
)

__all__ = [
    "Column",
    "ExportCancelled",
    "Progress",
    "REPORTS",
    "Report",
    "ReportRequest",
    "build_report",
    "default_market",
    "events_report",
    "export_report",
    "is_formula_like",
    "market_report",
    "programme_report",
    "roles_text",
    "vendors_report",
    "venues_report",
    "write_report",
]
