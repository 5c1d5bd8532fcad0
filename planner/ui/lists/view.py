"""The table of a list screen: Enter, Ins and Del as intents (ListTableView), and which columns it
shows (ColumnChooser): chosen from a menu, remembered in a setting by column name, fitted to contents."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMenu, QTableView, QWidget

from planner.settings import Option
from planner.ui.lists.table import RowTableModel
from planner.ui.settings_store import SettingsStore


class ListTableView(QTableView):
    """A table that turns Enter, Ins and Del into intents.

    Signals:
        edit_requested(): Enter/Return on the current row.
        add_requested(): Insert.
        archive_requested(): Delete.
    """

    edit_requested = Signal()
    add_requested = Signal()
    archive_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_requested.emit()
        elif plain and key == Qt.Key.Key_Insert:
            self.add_requested.emit()
        elif plain and key == Qt.Key.Key_Delete:
            self.archive_requested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class ColumnChooser:
    """The columns a list table shows: the first (the name) always, the others as the user chose
    (remembered in ``option`` by column name, so a new column does not shift the choice)."""

    def __init__(self, view: QTableView, model: RowTableModel[Any], settings: SettingsStore, option: Option,
                 parent: QWidget) -> None:
        self.view = view
        self.model = model
        self.settings = settings
        self.option = option
        self.parent = parent
        self.fitted_to_rows = False

    def hidden(self) -> set[int]:
        return {c for c in range(self.model.columnCount()) if self.view.isColumnHidden(c)}

    def set_visible(self, column: int, visible: bool) -> None:
        """Show or hide a column and remember the choice for the next start."""
        if not visible and len(self.hidden() | {column}) >= self.model.columnCount():
            return  # keep at least one column
        self.view.setColumnHidden(column, not visible)
        names = ",".join(self.model.columns(c).name for c in sorted(self.hidden()))
        self.settings.set(self.option, names)

    def restore(self) -> None:
        stored = str(self.settings.get(self.option) or "")
        names = {n.strip() for n in stored.split(",") if n.strip()}
        for column in self.model.columns:
            self.view.setColumnHidden(column.value, column.name in names and column.value != 0)

    def menu(self) -> QMenu:
        """Return a menu of the columns with their check marks (refilled each time it opens)."""
        menu = QMenu(self.parent)
        menu.aboutToShow.connect(lambda: self._fill(menu))
        self._fill(menu)
        return menu

    def _fill(self, menu: QMenu) -> None:
        menu.clear()
        for column in self.model.columns:
            title = self.model.headerData(column.value, Qt.Orientation.Horizontal)
            act = menu.addAction(str(title))
            act.setCheckable(True)
            act.setChecked(not self.view.isColumnHidden(column.value))
            act.setEnabled(column.value != 0)  # the name always stays
            act.toggled.connect(lambda on, c=column.value: self.set_visible(c, on))

    def fit(self) -> None:
        """Size the columns to their contents: the name up to 300 px, the others up to 220 px."""
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for c in range(self.model.columnCount()):
            header.resizeSection(c, min(max(header.sectionSize(c), 60), 300 if c == 0 else 220))
        self.fitted_to_rows = self.model.rowCount() > 0


__all__ = ["ColumnChooser", "ListTableView"]
