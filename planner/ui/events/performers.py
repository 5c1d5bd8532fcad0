"""The performers of the edited event: the table model (name, role, fee editable in place),
the name editor that completes known performers, and the editor's Performers tab."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.errors import ValidationError
from planner.i18n import _
from planner.services.dto import PerformerLink
from planner.services import formatting
from planner.services.validation import money
from planner.ui.common.record_dialog import RecordDialog, error_label
from planner.ui.common.table_model import RIGHT, Column, ColumnTableModel

Index = QModelIndex | QPersistentModelIndex


def format_money(value: Decimal | None) -> str:
    """Return a CZK amount the Czech way without the unit: 12 500,00 (empty for None)."""
    return formatting.format_money(value, unit=False)


class PerformerColumn(IntEnum):
    NAME = 0
    ROLE = 1
    FEE = 2


@dataclass
class _PerformerItem:
    name: str
    role: str
    fee: str
    performer_id: int | None
    original_name: str


class PerformerTableModel(ColumnTableModel[_PerformerItem]):
    """The performers of the edited event: name, role and fee, edited in place (the shared table
    model base shows them; this model adds editing, adding and removing rows)."""

    def describe(self) -> Sequence[Column[_PerformerItem]]:
        return (
            Column(_("Performer"), lambda p: p.name),
            Column(_("Role"), lambda p: p.role),
            Column(_("Fee (CZK)"), lambda p: p.fee, align=RIGHT),
        )

    def set_links(self, links: Sequence[PerformerLink]) -> None:
        self.set_rows([_PerformerItem(p.name, p.role, format_money(p.fee), p.performer_id, p.name) for p in links])

    def add_row(self, name: str = "") -> QModelIndex:
        """Append an empty performer and return the index of its name cell."""
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(_PerformerItem(name, "", "", None, ""))
        self.endInsertRows()
        return self.index(row, PerformerColumn.NAME)

    def remove_rows(self, rows: Sequence[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._rows):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()

    def links(self) -> tuple[PerformerLink, ...]:
        """Return the performers as links; rows without a name are left out.

        Raises ValidationError("fee") for a fee that is not an amount.
        """
        out = []
        for item in self._rows:
            name = item.name.strip()
            if not name:
                continue
            pid = item.performer_id if name == item.original_name else None
            out.append(PerformerLink(name=name, performer_id=pid, role=item.role.strip(), fee=money(item.fee, "fee")))
        return tuple(out)

    def row_data(self, row: _PerformerItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole:
            return self.column(column).value(row)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        item = self._rows[index.row()]
        text = "" if value is None else str(value)
        col = PerformerColumn(index.column())
        if col is PerformerColumn.NAME:
            item.name = text
        elif col is PerformerColumn.ROLE:
            item.role = text
        else:
            try:
                item.fee = format_money(money(text, "fee"))
            except ValidationError:
                item.fee = text  # kept as typed; Save marks it
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True


class _NameDelegate(QStyledItemDelegate):
    """Edits a performer's name with completion from the performers already known."""

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = QStringListModel(names, self)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QLineEdit(parent)
        completer = QCompleter(self._names, editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        return editor


class PerformersTab(QWidget):
    """The Performers tab: the table, Add performer and Remove; fee errors show under the table."""

    def __init__(self, dialog: RecordDialog, tab: int, known_names: list[str]) -> None:
        super().__init__()
        v = QVBoxLayout(self)
        self.model = PerformerTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("performers")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(PerformerColumn.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PerformerColumn.ROLE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(PerformerColumn.ROLE, 160)
        header.setSectionResizeMode(PerformerColumn.FEE, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setItemDelegateForColumn(PerformerColumn.NAME, _NameDelegate(known_names, self.view))
        v.addWidget(self.view)
        error = error_label("error_fee")
        v.addWidget(error)
        dialog.register_error(("fee", "name", "performers"), error, [self.view], tab)
        row = QHBoxLayout()
        self.add_button = QPushButton(_("&Add performer"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(_("&Remove"))
        self.remove_button.clicked.connect(self.remove)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        v.addLayout(row)

    def add(self) -> None:
        index = self.model.add_row()
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def remove(self) -> None:
        rows = [ix.row() for ix in self.view.selectionModel().selectedRows()]
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        self.model.remove_rows(rows)


__all__ = ["PerformerColumn", "PerformerTableModel", "PerformersTab", "format_money"]
