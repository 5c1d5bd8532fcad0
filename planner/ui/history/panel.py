"""HistoryPanel: one record's history, for the event editor and the venue and vendor details."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from planner.i18n import _
from planner.models import RecordKind
from planner.services import history
from planner.services._common import SM
from planner.ui.history.model import HistoryColumn, HistoryTableModel


class HistoryPanel(QWidget):
    """Shows the changes of one record, newest first (When, Who, Operation, What changed)."""

    def __init__(self, sm: SM, parent: QWidget | None = None, *, titled: bool = False) -> None:
        super().__init__(parent)
        self._sm = sm
        self.title = QLabel(_("<b>History</b>"))
        self.title.setVisible(titled)
        self.model = HistoryTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setColumnHidden(HistoryColumn.RECORD, True)
        self.table.horizontalHeader().setSectionResizeMode(HistoryColumn.CHANGES, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(_("History"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)

    def show_record(self, kind: RecordKind, record_id: int | None) -> None:
        """Show the history of a record (None: nothing, e.g. a record not saved yet)."""
        rows = [] if record_id is None else history.record_history(self._sm, kind, record_id)
        self.model.set_rows(rows)
