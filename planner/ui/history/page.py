"""The Změny page: who changed what and when, filtered, exportable to Excel; double-click opens the record."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget

from planner import settings
from planner.errors import PlannerError
from planner.formats.history_text import history_report
from planner.i18n import _, ngettext, pgettext
from planner.models import RecordKind
from planner.services import history
from planner.services import series as series_service
from planner.services.history import HistoryQuery
from planner.services.timeutil import local_midnight
from planner.ui import messages
from planner.ui.changes import Change
from planner.ui.common.date_edit import DateEdit, from_qdate
from planner.ui.context import AppContext
from planner.ui.common.table_model import ROW_ROLE
from planner.ui.history.model import HistoryColumn, HistoryFilterProxy, HistoryTableModel

log = logging.getLogger(__name__)

ALL, LAST_SEEN, SINCE_DATE = 0, 1, 2


def kind_labels() -> dict[RecordKind, str]:
    """Return the plural names of record kinds, translated (for filters)."""
    return {
        RecordKind.EVENT: pgettext("HistoryPage", "Events"),
        RecordKind.VENUE: _("Venues"),
        RecordKind.VENDOR: _("Vendors"),
        RecordKind.MARKET: _("Markets"),
        RecordKind.STALL: _("Stalls"),
        RecordKind.BOOKING: _("Applications"),
        RecordKind.SERIES: pgettext("HistoryPage", "Series"),
        RecordKind.STAFF: _("Staff"),
        RecordKind.PERFORMER: _("Performers"),
        RecordKind.SUPPLY: _("Supplied services"),
        RecordKind.RELEASE: _("Releases"),
        RecordKind.NOTICE: _("Notices"),
        RecordKind.SUBSCRIBER: _("Subscribers"),
    }


class HistoryPage(QWidget):
    """Lists recorded changes newest first, with filters (since, person, kind, series) and Excel export.

    Signals:
        open_record_requested(RecordKind, int): the user double-clicked a change of that record.
    """

    open_record_requested = Signal(object, int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        self._last_seen: dt.datetime | None = None
        self._seen_read = False
        self.model = HistoryTableModel(self)
        self.proxy = HistoryFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.since = QComboBox()
        self.since.addItems([_("All changes"), _("Since I last looked"), _("Since a date")])
        self.since.setAccessibleName(_("Changes since"))
        self.since_date = DateEdit()
        self.since_date.setDate(dt.date.today() - dt.timedelta(days=7))
        self.since_date.setEnabled(False)
        self.person = QComboBox()
        self.person.setAccessibleName(_("Person"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(_("Kind of record"))
        self.kind.addItem(_("All records"), None)
        labels = kind_labels()
        for k in RecordKind:  # a kind added later still gets an entry, by its code until translated
            self.kind.addItem(labels.get(k, k.value), k)
        self.series = QComboBox()
        self.series.setAccessibleName(pgettext("HistoryPage", "Series"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(_("Search (person, operation, record…)"))
        self.search.setClearButtonEnabled(True)
        self.export_button = QPushButton(_("Export to Excel…"))
        self.count = QLabel()

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(HistoryColumn.WHEN, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col, width in ((HistoryColumn.WHEN, 120), (HistoryColumn.WHO, 150), (HistoryColumn.OPERATION, 260),
                           (HistoryColumn.RECORD, 240)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(HistoryColumn.CHANGES, QHeaderView.ResizeMode.Stretch)

        bar = QHBoxLayout()
        for combo in (self.since, self.person, self.kind, self.series):
            # Narrow windows (1366 px at 150 %): the combos shrink instead of widening the main window.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        for w in (self.since, self.since_date, self.person, self.kind, self.series):
            bar.addWidget(w, 1)
        second = QHBoxLayout()
        second.addWidget(self.search, 1)
        second.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(second)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        self.since.currentIndexChanged.connect(self._on_since)
        self.since_date.dateChanged.connect(lambda *_: self.reload())
        for combo in (self.person, self.kind, self.series):
            combo.currentIndexChanged.connect(lambda *_: self.reload())
        self.search.textChanged.connect(self._on_search)
        self.export_button.clicked.connect(self._export)
        self.table.doubleClicked.connect(self._on_double_click)
        ctx.bus.changed.connect(self._on_change)

    # --- data -------------------------------------------------------------

    def query(self) -> HistoryQuery:
        """Return the query the filters describe."""
        since: dt.datetime | None = None
        if self.since.currentIndex() == LAST_SEEN:
            since = self._last_seen or dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
        elif self.since.currentIndex() == SINCE_DATE:
            since = local_midnight(from_qdate(self.since_date.date()))
        return HistoryQuery(since=since, kind=self.kind.currentData(), who=self.person.currentData(),
                            series_id=self.series.currentData())

    def _fill_choices(self) -> None:
        for combo, first, items in (
            (self.person, _("Everyone"), [(p, p) for p in history.people(self.ctx.sm)]),
            (self.series, _("All series"), [(r.name, r.id) for r in series_service.list_series(self.ctx.sm)]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for text, data in items:
                combo.addItem(text, data)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def _remember_visit(self) -> None:
        """Read when this user last looked (for "since I last looked"), then record now."""
        if self._seen_read:
            return
        self._seen_read = True
        text = str(self.ctx.settings.get(settings.HISTORY_LAST_SEEN) or "")
        try:
            self._last_seen = dt.datetime.fromisoformat(text) if text else None
        except ValueError:
            self._last_seen = None
        self.ctx.settings.set(settings.HISTORY_LAST_SEEN, dt.datetime.now(dt.timezone.utc).isoformat())

    def reload(self) -> None:
        """Query the history again with the current filters."""
        self._stale = False
        try:
            rows = history.list_history(self.ctx.sm, self.query())
        except PlannerError as exc:
            messages.show_error(self, exc.message)
            return
        self.model.set_rows(rows)
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(ngettext(
            "{n} change",
            "{n} changes",
            self.proxy.rowCount()
        ).format(n=self.proxy.rowCount()))

    # --- events -----------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._remember_visit()
        if self._stale:
            self._fill_choices()
            self.reload()

    def _on_change(self, _change: Change) -> None:
        if self.isVisible():
            self._fill_choices()
            self.reload()
        else:
            self._stale = True

    def _on_since(self, index: int) -> None:
        self.since_date.setEnabled(index == SINCE_DATE)
        self.reload()

    def _on_search(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    def _on_double_click(self, index: QModelIndex) -> None:
        row = index.sibling(index.row(), 0).data(ROW_ROLE)
        if row is not None:
            self.open_record_requested.emit(row.record_kind, row.record_id)

    def shown_rows(self) -> list[history.HistoryRow]:
        """Return the rows in the order shown (after search and sorting)."""
        return [self.proxy.index(i, 0).data(ROW_ROLE) for i in range(self.proxy.rowCount())]

    def export_to(self, path: str | Path) -> Path:
        """Write the rows shown to an Excel file."""
        from planner.formats.excel import write_report  # openpyxl only when exporting (a fast start, issue 13)

        return write_report(history_report(self.shown_rows()), path)

    def _export(self) -> None:
        path = messages.ask_save_file(self, _("Export changes"), "zmeny.xlsx", _("Excel (*.xlsx)"))
        if not path:
            return
        try:
            self.export_to(path)
        except PlannerError as exc:
            messages.show_error(self, exc.message)
        except OSError as exc:  # a read-only or full folder: say which file, in the UI language
            messages.show_cannot_write(self, path, exc)
