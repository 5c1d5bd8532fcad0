"""The Změny table: a model over HistoryRow tuples (texts computed for the rows shown) and its proxy."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from planner.formats.history_text import describe, record_text
from planner.services import history
from planner.services._common import SM
from planner.services.history import HistoryQuery, HistoryRow
from planner.services.text import fold
from planner.services.undo import format_when

_Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class HistoryColumn(IntEnum):
    WHEN = 0
    WHO = 1
    OPERATION = 2
    RECORD = 3
    CHANGES = 4


def _headers() -> dict[HistoryColumn, str]:
    return {
        HistoryColumn.WHEN: QCoreApplication.translate("HistoryTableModel", "When"),
        HistoryColumn.WHO: QCoreApplication.translate("HistoryTableModel", "Who"),
        HistoryColumn.OPERATION: QCoreApplication.translate("HistoryTableModel", "Operation"),
        HistoryColumn.RECORD: QCoreApplication.translate("HistoryTableModel", "Record"),
        HistoryColumn.CHANGES: QCoreApplication.translate("HistoryTableModel", "What changed"),
    }


class HistoryTableModel(QAbstractTableModel):
    """Rows of the change history, newest first; display texts are built when a row is first shown."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[HistoryRow] = []
        self._texts: dict[int, tuple[str, str, str]] = {}
        self._headers = _headers()

    def set_rows(self, rows: list[HistoryRow]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = rows
        self._texts = {}
        self.endResetModel()

    def row_at(self, row: int) -> HistoryRow:
        return self._rows[row]

    def rows(self) -> list[HistoryRow]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HistoryColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[HistoryColumn(section)]
        return None

    def _text(self, row: int) -> tuple[str, str, str]:
        found = self._texts.get(row)
        if found is None:
            r = self._rows[row]
            found = self._texts[row] = (format_when(r.at), record_text(r), describe(r))
        return found

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = HistoryColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col is HistoryColumn.WHEN:
                return self._text(index.row())[0]
            if col is HistoryColumn.WHO:
                return r.who
            if col is HistoryColumn.OPERATION:
                return r.op_label
            if col is HistoryColumn.RECORD:
                return self._text(index.row())[1]
            return self._text(index.row())[2]
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.UserRole and col is HistoryColumn.WHEN:
            return r.entry_id  # sorts by time, exactly
        return None


class HistoryFilterProxy(QSortFilterProxyModel):
    """Sorts the history and filters it by a text (who, operation, record), ignoring case and accents."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setSortRole(Qt.ItemDataRole.UserRole)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = fold(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802
        if not self._needle:
            return True
        model = self.sourceModel()
        assert isinstance(model, HistoryTableModel)
        r = model.row_at(source_row)
        return self._needle in fold(f"{r.who} {r.op_label} {r.record_label}")

    def lessThan(self, left: _Index, right: _Index) -> bool:  # noqa: N802
        if left.column() == HistoryColumn.WHEN:
            model = self.sourceModel()
            assert isinstance(model, HistoryTableModel)
            return model.row_at(left.row()).entry_id < model.row_at(right.row()).entry_id
        return str(left.data() or "") < str(right.data() or "")


def fill_benchmark(sm: SM, query: HistoryQuery) -> HistoryTableModel:
    """Query and fill the model as the page does, plus the texts of one screenful (bench/bench_history.py)."""
    model = HistoryTableModel()
    model.set_rows(history.list_history(sm, query))
    for row in range(min(40, model.rowCount())):
        for col in HistoryColumn:
            model.data(model.index(row, col))
    return model
