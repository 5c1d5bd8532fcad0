"""The list screens' table model and filter proxy (rows are frozen DTOs with id, name, archived).

Columns are described once per model (planner.ui.common.table_model.Column); this adds what the
list screens share: rows found by id, archived rows greyed and hidden unless asked, folded search.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from planner.services.text import fold
from planner.ui.common.table_model import RIGHT, ColumnSortProxy, ColumnTableModel

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's id (ROW_ROLE, UserRole + 1, is the row itself)


class ListRow(Protocol):
    """What the list screens need of a row: its id, a name to speak of it, and whether it is archived."""

    @property
    def id(self) -> int: ...

    @property
    def name(self) -> str: ...

    @property
    def archived(self) -> bool: ...


R = TypeVar("R", bound=ListRow)


class RowTableModel(ColumnTableModel[R]):
    """A read-only table over list rows; subclasses set ``columns`` (an IntEnum naming the columns,
    in the order ``describe()`` gives them: the names are remembered for hidden columns)."""

    columns: type[IntEnum]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert len(self.columns) == len(self.columns_described()), "one Column per columns member"
        self._haystacks: dict[int, str] = {}

    def rows_replaced(self) -> None:
        self._haystacks.clear()

    def haystack(self, row: int) -> str:
        """Return the row's searchable text, folded (no case, no accents), once per reload."""
        text = self._haystacks.get(row)
        if text is None:
            text = self._haystacks[row] = fold(" ".join(t for t in self.search_text(self._rows[row]) if t))
        return text

    def row_of_id(self, row_id: int) -> int | None:
        """Return the model row of the record with this id, or None."""
        for i, r in enumerate(self._rows):
            if r.id == row_id:
                return i
        return None

    def search_text(self, row: R) -> Sequence[str | None]:
        """Return the fields the search box looks in (by default every shown column)."""
        return [str(c.value(row)) for c in self.columns_described()]

    def row_data(self, row: R, column: int, role: int) -> Any:
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and row.archived:
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.FontRole and row.archived:
            font = QFont()
            font.setItalic(True)
            return font
        return None


class RowFilterProxy(ColumnSortProxy):
    """Sorts with Czech collation, searches folded text, hides archived rows unless asked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._show_archived = False

    def source(self) -> RowTableModel[Any]:
        model = self.sourceModel()
        assert isinstance(model, RowTableModel)
        return model

    def set_search(self, text: str) -> None:
        """Show only rows where every word of the text occurs (case and accents ignored)."""
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_archived(self, show: bool) -> None:
        self.beginFilterChange()
        self._show_archived = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def accepts(self, row: Any) -> bool:
        """Subclasses add their own filters (kind, category, role)."""
        return True

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.source()
        row = model.row_at(source_row)
        if row.archived and not self._show_archived:
            return False
        if not self.accepts(row):
            return False
        hay = model.haystack(source_row) if self._words else ""
        return all(w in hay for w in self._words)

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802
        model = self.source()
        a = model.cached_sort_key(left.row(), left.column())
        b = model.cached_sort_key(right.row(), left.column())
        if a == b:
            # Ties fall back to the name so the order is stable and predictable.
            a = model.cached_sort_key(left.row(), 0)
            b = model.cached_sort_key(right.row(), 0)
        return bool(a < b)


class TextTableModel(QAbstractTableModel):
    """A small read-only table of ready-made texts (the detail panels' lists)."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None, numeric: Sequence[int] = ()) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[tuple[str, ...]] = []
        self._ids: list[int] = []
        self._numeric = frozenset(numeric)

    def set_rows(self, rows: Sequence[tuple[int, Sequence[str]]]) -> None:
        """Replace the rows: (id, texts) pairs."""
        self.beginResetModel()
        self._ids = [i for i, _ in rows]
        self._rows = [tuple(texts) for _, texts in rows]
        self.endResetModel()

    def text(self, row: int, column: int) -> str:
        return self._rows[row][column]

    def row_id(self, row: int) -> int:
        """Return the id given with a row."""
        return self._ids[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self._headers):
                return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._numeric:
            return int(RIGHT)
        return None
