"""One table-model base for every read-only table: each column described once.

A model lists its columns in ``describe()`` as ``Column`` descriptors (header through ``self.tr``,
value, sort key, alignment, tooltip, colour); the base answers Qt's ``data``/``headerData`` from
them, sorts itself in Python with one key per row (a QSortFilterProxyModel would call ``data()``
for every comparison), and ``ColumnSortProxy`` sorts by the same keys, computed once per reload,
when a table also filters. Row-wide roles (an id, an archived row's font) come from ``row_data``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from planner.services.text import czech_sort_key, person_sort_key

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object itself (a frozen DTO)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter  # numbers


def text_key(text: str | None) -> tuple[int, Any]:
    """Return a sort key putting empty values last and the rest in Czech order."""
    return (1, ()) if not text else (0, czech_sort_key(text))


def person_key(name: str | None) -> tuple[int, Any]:
    """Return a sort key for a person's name: by surname, academic titles ignored (the core's rule), empty last."""
    return (1, ()) if not name else (0, person_sort_key(name))


def number_key(value: object) -> tuple[int, Any]:
    """Return a sort key putting missing numbers last."""
    return (1, 0) if value is None else (0, value)


def default_key(value: object) -> tuple[int, Any]:
    """Sort texts in Czech order and anything else as itself, empty values last."""
    return text_key(value) if isinstance(value, str) or value is None else number_key(value)


@dataclass(frozen=True, slots=True)
class Column(Generic[R]):
    """One column: its (translated) header and what it shows and sorts by for a row.

    ``sort`` defaults to the value (Czech order for texts); ``tooltip`` is a function of the row,
    or ``value_tooltip`` shows the value itself (for texts cut off in narrow columns).
    """

    header: str
    value: Callable[[R], Any]
    sort: Callable[[R], Any] | None = None
    align: Qt.AlignmentFlag | None = None
    tooltip: Callable[[R], str | None] | None = None
    value_tooltip: bool = False
    foreground: Callable[[R], QColor | QBrush | None] | None = None

    def key(self, row: R) -> Any:
        return self.sort(row) if self.sort is not None else default_key(self.value(row))


class ColumnTableModel(QAbstractTableModel, Generic[R]):
    """A read-only table over a list of rows, its columns given by ``describe()``.

    Sorting a view straight on this model sorts the rows here, once, with one key per row
    (keys of the column's ``sort``); the order is kept when the rows are replaced.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._columns: tuple[Column[R], ...] = tuple(self.describe())
        # sort keys asked for by a proxy, once per (row, column) and reload: Czech keys cost ~10 us
        self._keys: dict[tuple[int, int], Any] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def describe(self) -> Sequence[Column[R]]:
        """Return the columns, in order (called once, from __init__: headers use self.tr)."""
        raise NotImplementedError

    # --- contents ---------------------------------------------------------

    def set_rows(self, rows: Sequence[R], *, keep_if_same: bool = False) -> bool:
        """Replace all rows (in the current sort order); return False if ``keep_if_same`` and nothing changed."""
        new = self._sorted(rows)
        if keep_if_same and new == self._rows:
            return False
        self.beginResetModel()
        self._rows = new
        self._keys.clear()
        self.rows_replaced()
        self.endResetModel()
        return True

    def rows_replaced(self) -> None:
        """Hook: drop what a subclass cached per row (called inside the reset)."""

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def rows(self) -> list[R]:
        return list(self._rows)

    def column(self, column: int) -> Column[R]:
        return self._columns[column]

    def columns_described(self) -> tuple[Column[R], ...]:
        return self._columns

    def cached_sort_key(self, row: int, column: int) -> Any:
        """Return the sort key of a model row in a column, computed once per reload."""
        slot = (row, int(column))
        key = self._keys.get(slot)
        if key is None:
            key = self._keys[slot] = self._columns[column].key(self._rows[row])
        return key

    def row_data(self, row: R, column: int, role: int) -> Any:
        """Hook for roles the columns do not describe (ids, fonts); None by default."""
        return None

    # --- sorting in the model ---------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._rows = self._sorted(self._rows)
        self._keys.clear()
        self.layoutChanged.emit()

    def _sorted(self, rows: Sequence[R]) -> list[R]:
        if self._sort is None:
            return list(rows)
        column, order = self._sort
        return sorted(rows, key=self._columns[column].key, reverse=order == Qt.SortOrder.DescendingOrder)

    # --- Qt model API -----------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self._columns):
                return self._columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.value(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.tooltip is not None:
                return column.tooltip(row)
            return column.value(row) if column.value_tooltip else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return None if column.align is None else int(column.align)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            return column.foreground(row)
        if role == ROW_ROLE:
            return row
        return self.row_data(row, index.column(), role)


class ColumnSortProxy(QSortFilterProxyModel):
    """Sorts a ColumnTableModel by its columns' keys (cached per reload); subclasses filter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(True)

    def source(self) -> ColumnTableModel[Any]:
        model = self.sourceModel()
        assert isinstance(model, ColumnTableModel)
        return model

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802
        model = self.source()
        a = model.cached_sort_key(left.row(), left.column())
        b = model.cached_sort_key(right.row(), left.column())
        return bool(a < b)
