"""row_table: the read-only table of whole rows every list dialog and page shows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def row_table(
    model: QAbstractItemModel, name: str = "", *, single: bool = False, wrap: bool = True,
    fit: Sequence[int] = (), sort_by: tuple[int, Qt.SortOrder] | None = None,
) -> QTableView:
    """Return a table view over ``model``: no row numbers, whole rows selected, nothing edited in place,
    the last column stretched; ``single`` selects one row at most, ``wrap=False`` keeps long texts on one line, ``fit``
    columns size to their contents, ``sort_by`` (column, order) lets the user sort by a header click."""
    view = QTableView()
    if name:
        view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(wrap)
    header = view.horizontalHeader()
    for column in fit:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    if sort_by is not None:
        view.setSortingEnabled(True)
        view.sortByColumn(*sort_by)
    return view
