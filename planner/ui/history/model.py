"""The Změny table: a model over HistoryRow tuples (texts computed for the rows shown) and its proxy."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import QWidget

from planner.formats.history_text import describe, record_text
from planner.i18n import _
from planner.services import history
from planner.services._common import SM
from planner.services.history import HistoryQuery, HistoryRow
from planner.services.text import fold
from planner.services.undo import format_when
from planner.ui.common.table_model import Column, ColumnSortProxy, ColumnTableModel, Index



class HistoryColumn(IntEnum):
    WHEN = 0
    WHO = 1
    OPERATION = 2
    RECORD = 3
    CHANGES = 4


class HistoryTableModel(ColumnTableModel[HistoryRow]):
    """Rows of the change history, newest first; display texts are built when a row is first shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._texts: dict[int, tuple[str, str, str]] = {}  # by entry id, until the rows are replaced
        super().__init__(parent)

    def describe(self) -> Sequence[Column[HistoryRow]]:
        return (
            Column(_("When"), lambda r: self._text(r)[0], sort=lambda r: r.entry_id, value_tooltip=True),
            Column(_("Who"), lambda r: r.who, value_tooltip=True),
            Column(_("Operation"), lambda r: r.op_label, value_tooltip=True),
            Column(_("Record"), lambda r: self._text(r)[1], value_tooltip=True),
            Column(_("What changed"), lambda r: self._text(r)[2], value_tooltip=True),
        )

    def rows_replaced(self) -> None:
        self._texts = {}

    def _text(self, r: HistoryRow) -> tuple[str, str, str]:
        found = self._texts.get(r.entry_id)
        if found is None:
            found = self._texts[r.entry_id] = (format_when(r.at), record_text(r), describe(r))
        return found


class HistoryFilterProxy(ColumnSortProxy):
    """Sorts the history (by time exactly, the rest by text) and filters it by a text (who, operation,
    record), ignoring case and accents."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = fold(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self._needle:
            return True
        r = self.source().row_at(source_row)
        return self._needle in fold(f"{r.who} {r.op_label} {r.record_label}")


def fill_benchmark(sm: SM, query: HistoryQuery) -> HistoryTableModel:
    """Query and fill the model as the page does, plus the texts of one screenful (bench/bench_history.py)."""
    model = HistoryTableModel()
    model.set_rows(history.list_history(sm, query))
    for row in range(min(40, model.rowCount())):
        for col in HistoryColumn:
            model.data(model.index(row, col))
    return model
