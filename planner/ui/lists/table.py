"""Base table model and filter proxy for the list screens (rows are frozen DTOs)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from planner.services.text import czech_sort_key, fold, person_sort_key

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def text_key(text: str | None) -> tuple[int, Any]:
    """Return a sort key putting empty values last and the rest in Czech order."""
    return (1, ()) if not text else (0, czech_sort_key(text))


def person_key(name: str | None) -> tuple[int, Any]:
    """Return a sort key for a person's name: by surname, academic titles ignored, empty last."""
    return (1, ()) if not name else (0, person_sort_key(name))


def number_key(value: object) -> tuple[int, Any]:
    """Return a sort key putting missing numbers last."""
    return (1, 0) if value is None else (0, value)


class RowTableModel(QAbstractTableModel, Generic[R]):
    """A read-only table over frozen row DTOs that each carry ``id`` and ``archived``.

    Subclasses set ``columns`` (an IntEnum) and implement ``headers``, ``display``
    and ``sort_key``.
    """

    columns: type[IntEnum]
    numeric: frozenset[int] = frozenset()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        # Czech sort keys and folded search text cost ~10 us each; sorting asks for them
        # O(n log n) times, so they are computed once per row and reload.
        self._keys: dict[tuple[int, int], Any] = {}
        self._haystacks: dict[int, str] = {}

    # --- contents ---------------------------------------------------------

    def set_rows(self, rows: Sequence[R]) -> None:
        """Replace all rows (a reset: the list is reloaded after each change)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._keys.clear()
        self._haystacks.clear()
        self.endResetModel()

    def cached_sort_key(self, row: int, column: IntEnum) -> Any:
        """Return sort_key of a model row, computed once per reload."""
        slot = (row, int(column))
        key = self._keys.get(slot)
        if key is None:
            key = self._keys[slot] = self.sort_key(self._rows[row], column)
        return key

    def haystack(self, row: int) -> str:
        """Return the row's searchable text, folded (no case, no accents), once per reload."""
        text = self._haystacks.get(row)
        if text is None:
            text = self._haystacks[row] = fold(" ".join(t for t in self.search_text(self._rows[row]) if t))
        return text

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_of_id(self, row_id: int) -> int | None:
        """Return the model row of the record with this id, or None."""
        for i, r in enumerate(self._rows):
            if r.id == row_id:  # type: ignore[attr-defined]
                return i
        return None

    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def display(self, row: R, column: IntEnum) -> str:
        raise NotImplementedError

    def sort_key(self, row: R, column: IntEnum) -> Any:
        raise NotImplementedError

    def search_text(self, row: R) -> Sequence[str | None]:
        """Return the fields the search box looks in (by default every shown column)."""
        return [self.display(row, c) for c in self.columns]

    def tooltip(self, row: R, column: IntEnum) -> str | None:
        return None

    # --- Qt model API -----------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.columns):
                return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == ID_ROLE:
            return row.id  # type: ignore[attr-defined]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        archived = bool(getattr(row, "archived", False))
        if role == Qt.ItemDataRole.ForegroundRole and archived:
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.FontRole and archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        return None


class RowFilterProxy(QSortFilterProxyModel):
    """Sorts with Czech collation, searches folded text, hides archived rows unless asked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._show_archived = False
        self.setDynamicSortFilter(True)

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
        if getattr(row, "archived", False) and not self._show_archived:
            return False
        if not self.accepts(row):
            return False
        hay = model.haystack(source_row) if self._words else ""
        return all(w in hay for w in self._words)

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802
        model = self.source()
        column = model.columns(left.column())
        a = model.cached_sort_key(left.row(), column)
        b = model.cached_sort_key(right.row(), column)
        if a == b:
            # Ties fall back to the name so the order is stable and predictable.
            a = model.cached_sort_key(left.row(), model.columns(0))
            b = model.cached_sort_key(right.row(), model.columns(0))
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
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
