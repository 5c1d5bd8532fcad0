"""EventDialog: the editor of one event (every field), with inline validation messages.

The dialog edits an :class:`EventDraft` and returns a new one; it never writes to the
database itself. On Save it validates the draft with the same rules the service applies
(``services.events.check_event``), shows each problem next to its field and keeps all
input; then it lists the clashes the draft would cause and asks before returning.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    QTime,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner import settings
from planner.errors import PlannerError, ValidationError, ValidationErrors
from planner.models.enums import EventCategory, EventStatus, RecordKind
from planner.services import conflicts as conflict_service
from planner.services import events as event_service
from planner.services import series as series_service
from planner.services import staff as staff_service
from planner.services import venues as venue_service
from planner.services.dto import Conflict, EventDraft, EventQuery, PerformerLink
from planner.services import formatting
from planner.services.timeutil import PRAGUE, UTC, all_day_span, first_last_day, from_local, local
from planner.services.validation import money, non_negative_int
from planner.ui import messages
from planner.ui.context import AppContext
from planner.ui.history.panel import HistoryPanel
from planner.ui.labels import category_label, status_label
from planner.ui.common.date_edit import DateEdit
from planner.ui.common.guard import GuardedDialog

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex

DATE_FORMAT = "d. M. yyyy"
TIME_FORMAT = "H:mm"
_MAX_LISTED = 8
# Editions and markets hold programme items; offer those within this distance of the event.
_PARENT_WINDOW = dt.timedelta(days=400)


def confirm_conflicts(parent: QWidget | None, conflicts: Sequence[Conflict], title: str, question: str) -> bool:
    """Tell the user what the event would clash with and ask whether to go on."""
    lines = [QCoreApplication.translate("EventDialog", "“%1” would clash:").replace("%1", title or "?")]
    lines += [f"• {c.message}" for c in conflicts[:_MAX_LISTED]]
    rest = len(conflicts) - _MAX_LISTED
    if rest > 0:
        lines.append(QCoreApplication.translate("EventDialog", "… and %n more", "", rest))
    lines += ["", question]
    return messages.ask_yes_no(
        parent, "\n".join(lines), QCoreApplication.translate("EventDialog", "Conflict"),
        yes_text=QCoreApplication.translate("EventDialog", "Save anyway"),
        no_text=QCoreApplication.translate("EventDialog", "Back to editing"),
    )


def format_money(value: Decimal | None) -> str:
    """Return a CZK amount the Czech way without the unit: 12 500,00 (empty for None)."""
    return formatting.format_money(value, unit=False)


def _day(edit: DateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


def _clock(edit: QTimeEdit) -> dt.time:
    t = edit.time()
    return dt.time(t.hour(), t.minute())


# --- performers -------------------------------------------------------------


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


class PerformerTableModel(QAbstractTableModel):
    """The performers of the edited event: name, role and fee (editable in place)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[_PerformerItem] = []

    def set_links(self, links: Sequence[PerformerLink]) -> None:
        self.beginResetModel()
        self._items = [
            _PerformerItem(p.name, p.role, format_money(p.fee), p.performer_id, p.name) for p in links
        ]
        self.endResetModel()

    def add_row(self, name: str = "") -> QModelIndex:
        """Append an empty performer and return the index of its name cell."""
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append(_PerformerItem(name, "", "", None, ""))
        self.endInsertRows()
        return self.index(row, PerformerColumn.NAME)

    def remove_rows(self, rows: Sequence[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._items):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._items[row]
                self.endRemoveRows()

    def links(self) -> tuple[PerformerLink, ...]:
        """Return the performers as links; rows without a name are left out.

        Raises ValidationError("fee") for a fee that is not an amount.
        """
        out = []
        for item in self._items:
            name = item.name.strip()
            if not name:
                continue
            pid = item.performer_id if name == item.original_name else None
            out.append(PerformerLink(name=name, performer_id=pid, role=item.role.strip(), fee=money(item.fee, "fee")))
        return tuple(out)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(PerformerColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(PerformerColumn):
            return None
        return (self.tr("Performer"), self.tr("Role"), self.tr("Fee (CZK)"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        col = PerformerColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (item.name, item.role, item.fee)[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col is PerformerColumn.FEE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        item = self._items[index.row()]
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


# --- the dialog -------------------------------------------------------------


SaveEvent = Callable[[EventDraft], int]


class EventDialog(GuardedDialog):
    """Editor of one event; Save calls ``save(draft)`` and closes only when that succeeded.

    ``save`` (given by the event controller) writes the draft through the operation runner and
    returns the event's id; when it raises a PlannerError (invalid input, a colleague's change,
    a locked database) the dialog stays open with everything typed and says why. Without ``save``
    the dialog only edits a draft (``result_draft()``). Cancel writes nothing; with changes, Esc,
    Cancel or closing the window asks first (GuardedDialog).
    """

    TAB_EVENT, TAB_PERFORMERS, TAB_DETAILS = range(3)

    def __init__(
        self, ctx: AppContext, draft: EventDraft, event_id: int | None = None, parent: QWidget | None = None,
        *, save: SaveEvent | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("EventDialog")
        self._ctx = ctx
        self._original = draft
        self._event_id = event_id
        self._save = save
        self._result: EventDraft | None = None
        self.saved_id: int | None = None
        self._errors: dict[str, QLabel] = {}
        self._field_widgets: dict[str, list[QWidget]] = {}
        self._field_tabs: dict[str, int] = {}
        if event_id is None:
            self.setWindowTitle(self.tr("New event"))
        else:
            self.setWindowTitle(self.tr("Edit event – %1").replace("%1", draft.title))
        self._build()
        self._load(draft)
        self._restore_geometry()
        self.tabs.setCurrentIndex(self.TAB_EVENT)
        self.first_field = self.title_edit  # Název first, never the tab bar or Cancel

    @classmethod
    def ask(
        cls, parent: QWidget | None, ctx: AppContext, draft: EventDraft, event_id: int | None = None,
        *, save: SaveEvent,
    ) -> int | None:
        """Show the editor modally until ``save`` succeeded; return the saved event's id, or None when cancelled."""
        dlg = cls(ctx, draft, event_id, parent, save=save)
        try:
            if dlg.exec() == QDialog.DialogCode.Accepted:
                return dlg.saved_id
            return None
        finally:
            dlg.deleteLater()

    def result_draft(self) -> EventDraft | None:
        """Return the draft accepted with Save (None before that)."""
        return self._result

    # --- building -----------------------------------------------------------

    def _build(self) -> None:
        self.general_error = QLabel()
        self.general_error.setObjectName("general_error")
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet("color: #b00020;")
        self.general_error.hide()

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_event_tab(), self.tr("Event"))
        self.tabs.addTab(self._build_performers_tab(), self.tr("Performers"))
        self.tabs.addTab(self._build_details_tab(), self.tr("Details"))
        if self._event_id is not None:  # who changed this event, when (issue 9)
            self.history = HistoryPanel(self._ctx.sm)
            self.history.show_record(RecordKind.EVENT, self._event_id)
            self.tabs.addTab(self.history, QCoreApplication.translate("HistoryPanel", "History"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.setStyleSheet("QWidget[invalid=\"true\"] { border: 2px solid #c62828; }")

    def _field(
        self, form: QFormLayout, tab: int, name: str, label: str | QLabel, widget: QWidget,
        marked: Sequence[QWidget] = (),
    ) -> None:
        """Add a form row whose error message shows right under the field."""
        box = QWidget()
        box.setFocusProxy(marked[0] if marked else widget)
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        v.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setWordWrap(True)
        error.setStyleSheet("color: #b00020;")
        error.hide()
        v.addWidget(error)
        form.addRow(label, box)
        self._errors[name] = error
        self._field_widgets[name] = list(marked) or [widget]
        self._field_tabs[name] = tab

    def _build_event_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        tab = self.TAB_EVENT

        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title")
        self._field(form, tab, "title", self.tr("&Title:"), self.title_edit)

        self.all_day = QCheckBox(self.tr("&All-day (dates only)"))
        self.all_day.setObjectName("all_day")
        self.all_day.toggled.connect(self._on_all_day)
        form.addRow("", self.all_day)

        self.start_date, self.start_time, start_box = self._date_time_pair("start")
        self.start_label = QLabel(self.tr("&Start:"))
        self.start_label.setBuddy(self.start_date)
        self._field(form, tab, "start", self.start_label, start_box, [self.start_date])

        self.end_date, self.end_time, end_box = self._date_time_pair("end")
        self.end_label = QLabel(self.tr("&End:"))
        self.end_label.setBuddy(self.end_date)
        self._field(form, tab, "end", self.end_label, end_box, [self.end_date])
        self._last_start = self._start_local()
        self.start_date.dateChanged.connect(self._on_start_changed)
        self.start_time.timeChanged.connect(self._on_start_changed)

        self.category = QComboBox()
        self.category.setObjectName("category")
        for cat in EventCategory:
            self.category.addItem(category_label(cat), cat)
        self._field(form, tab, "category", self.tr("&Category:"), self.category)

        self.status = QComboBox()
        self.status.setObjectName("status")
        for st in EventStatus:
            self.status.addItem(status_label(st), st)
        self._field(form, tab, "status", self.tr("Stat&us:"), self.status)

        self.series = QComboBox()
        self.series.setObjectName("series")
        self._field(form, tab, "series", self.tr("Se&ries:"), self.series)

        self.parent_event = QComboBox()
        self.parent_event.setObjectName("parent")
        self.parent_event.setToolTip(self.tr("The festival edition or market this event is part of"))
        self._field(form, tab, "parent", self.tr("&Part of:"), self.parent_event)

        self.venue = QComboBox()
        self.venue.setObjectName("venue")
        self._field(form, tab, "venue", self.tr("&Venue:"), self.venue)

        self.staff = QComboBox()
        self.staff.setObjectName("staff")
        self._field(form, tab, "staff", self.tr("Res&ponsible:"), self.staff)

        self.public = QCheckBox(self.tr("P&ublic (published in the programme and feeds)"))
        self.public.setObjectName("public")
        form.addRow("", self.public)
        for combo in (self.series, self.parent_event, self.venue, self.staff):
            combo.setMaxVisibleItems(20)
            combo.setMinimumContentsLength(24)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return page

    def _date_time_pair(self, name: str) -> tuple[DateEdit, QTimeEdit, QWidget]:
        date = DateEdit()
        date.setObjectName(f"{name}_date")
        date.setDisplayFormat(DATE_FORMAT)
        date.setCalendarPopup(True)
        time = QTimeEdit()
        time.setObjectName(f"{name}_time")
        time.setDisplayFormat(TIME_FORMAT)
        box = QWidget()
        h = QHBoxLayout(box)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(date)
        h.addWidget(time)
        h.addStretch(1)
        return date, time, box

    def _build_performers_tab(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        self.performers = PerformerTableModel(self)
        self.performer_view = QTableView()
        self.performer_view.setObjectName("performers")
        self.performer_view.setModel(self.performers)
        self.performer_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.performer_view.verticalHeader().hide()
        header = self.performer_view.horizontalHeader()
        header.setSectionResizeMode(PerformerColumn.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PerformerColumn.ROLE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(PerformerColumn.ROLE, 160)
        header.setSectionResizeMode(PerformerColumn.FEE, QHeaderView.ResizeMode.ResizeToContents)
        names = [p.name for p in event_service.list_performers(self._ctx.sm)]
        self.performer_view.setItemDelegateForColumn(PerformerColumn.NAME, _NameDelegate(names, self.performer_view))
        v.addWidget(self.performer_view)
        error = QLabel()
        error.setObjectName("error_fee")
        error.setWordWrap(True)
        error.setStyleSheet("color: #b00020;")
        error.hide()
        v.addWidget(error)
        for name in ("fee", "name", "performers"):
            self._errors[name] = error
            self._field_widgets[name] = [self.performer_view]
            self._field_tabs[name] = self.TAB_PERFORMERS
        row = QHBoxLayout()
        self.add_performer = QPushButton(self.tr("&Add performer"))
        self.add_performer.clicked.connect(self._on_add_performer)
        self.remove_performer = QPushButton(self.tr("&Remove"))
        self.remove_performer.clicked.connect(self._on_remove_performer)
        row.addWidget(self.add_performer)
        row.addWidget(self.remove_performer)
        row.addStretch(1)
        v.addLayout(row)
        return page

    def _build_details_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        tab = self.TAB_DETAILS
        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self._field(form, tab, "description", self.tr("&Description:"), self.description)
        self.internal_notes = QPlainTextEdit()
        self.internal_notes.setObjectName("internal_notes")
        self.internal_notes.setTabChangesFocus(True)
        self.internal_notes.setPlaceholderText(self.tr("For the office only; never published"))
        self._field(form, tab, "internal_notes", self.tr("Internal &notes:"), self.internal_notes)
        self.attendance = QLineEdit()
        self.attendance.setObjectName("expected_attendance")
        self.attendance.setPlaceholderText(self.tr("number of visitors"))
        self._field(form, tab, "expected_attendance", self.tr("Expected &attendance:"), self.attendance)
        self.ticket_info = QLineEdit()
        self.ticket_info.setObjectName("ticket_info")
        self.ticket_info.setPlaceholderText(self.tr("e.g. 250 Kč, students 150 Kč, TIC Opava"))
        self._field(form, tab, "ticket_info", self.tr("&Tickets:"), self.ticket_info)
        self.url = QLineEdit()
        self.url.setObjectName("url")
        self.url.setPlaceholderText("https://")
        self._field(form, tab, "url", self.tr("&Web page:"), self.url)
        return page

    # --- loading ------------------------------------------------------------

    def _load(self, d: EventDraft) -> None:
        self.title_edit.setText(d.title)
        if d.all_day:
            first, last = first_last_day(d.start, d.end)
            self._set_pair(self.start_date, self.start_time, dt.datetime.combine(first, dt.time(9)))
            self._set_pair(self.end_date, self.end_time, dt.datetime.combine(last, dt.time(17)))
        else:
            self._set_pair(self.start_date, self.start_time, local(d.start).replace(tzinfo=None))
            self._set_pair(self.end_date, self.end_time, local(d.end).replace(tzinfo=None))
        self._last_start = self._start_local()
        self.all_day.setChecked(d.all_day)
        self._on_all_day(d.all_day)
        self._select(self.category, d.category)
        self._select(self.status, d.status)
        self._fill_series(d.series_id)
        self._fill_parents(d)
        self.parent_event.currentIndexChanged.connect(self._on_parent_changed)
        self._fill_venues(d.venue_id)
        self._fill_staff(d.staff_id)
        self.public.setChecked(d.public)
        self.performers.set_links(d.performers)
        self.description.setPlainText(d.description)
        self.internal_notes.setPlainText(d.internal_notes)
        self.attendance.setText("" if d.expected_attendance is None else str(d.expected_attendance))
        self.ticket_info.setText(d.ticket_info)
        self.url.setText(d.url)

    @staticmethod
    def _set_pair(date_edit: DateEdit, time_edit: QTimeEdit, value: dt.datetime) -> None:
        date_edit.setDate(QDate(value.year, value.month, value.day))
        time_edit.setTime(QTime(value.hour, value.minute))

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _none_item(self, combo: QComboBox) -> None:
        combo.clear()
        combo.addItem(self.tr("(none)"), None)

    def _fill_series(self, current: int | None) -> None:
        self._none_item(self.series)
        for row in series_service.list_series(self._ctx.sm):
            self.series.addItem(row.name, row.id)
        self._select(self.series, current)

    def _fill_venues(self, current: int | None) -> None:
        self._none_item(self.venue)
        for row in venue_service.list_venues(self._ctx.sm, include_archived=True):
            if row.archived and row.id != current:
                continue
            self.venue.addItem(row.name, row.id)
            self.venue.setItemData(self.venue.count() - 1, row.address, Qt.ItemDataRole.ToolTipRole)
        self._select(self.venue, current)

    def _fill_staff(self, current: int | None) -> None:
        self._none_item(self.staff)
        for row in staff_service.list_staff(self._ctx.sm):
            if not row.active and row.id != current:
                continue
            self.staff.addItem(row.name, row.id)
        self._select(self.staff, current)

    def _fill_parents(self, d: EventDraft) -> None:
        self._parent_series: dict[int, int | None] = {}
        self._none_item(self.parent_event)
        query = EventQuery(
            start=d.start - _PARENT_WINDOW, end=d.end + _PARENT_WINDOW,
            categories=frozenset({EventCategory.FESTIVAL, EventCategory.MARKET}),
        )
        rows = event_service.list_events(self._ctx.sm, query)
        ids = {r.id for r in rows}
        if d.parent_id is not None and d.parent_id not in ids:
            rows += event_service.get_events(self._ctx.sm, [d.parent_id])
        for r in rows:
            if r.id == self._event_id:
                continue
            first, last = r.first_day, r.last_day
            when = formatting.format_date_range(first, last)
            self.parent_event.addItem(f"{r.title} ({when})", r.id)
            self._parent_series[r.id] = r.series_id
        self._select(self.parent_event, d.parent_id)

    # --- behaviour ----------------------------------------------------------

    def _start_local(self) -> dt.datetime:
        return dt.datetime.combine(_day(self.start_date), _clock(self.start_time))

    def _end_local(self) -> dt.datetime:
        return dt.datetime.combine(_day(self.end_date), _clock(self.end_time))

    def _on_start_changed(self, *_args: object) -> None:
        # Keep the length: moving the start moves the end with it (like any calendar).
        new = self._start_local()
        delta = new - self._last_start
        self._last_start = new
        if delta:
            end = self._end_local() + delta
            for w in (self.end_date, self.end_time):
                w.blockSignals(True)
            self._set_pair(self.end_date, self.end_time, end)
            for w in (self.end_date, self.end_time):
                w.blockSignals(False)

    def _on_parent_changed(self, _index: int) -> None:
        # A programme item usually belongs to its edition's series: offer it when none is chosen.
        series = self._parent_series.get(self.parent_event.currentData())
        if series is not None and self.series.currentData() is None:
            self._select(self.series, series)

    def _on_all_day(self, checked: bool) -> None:
        self.start_time.setVisible(not checked)
        self.end_time.setVisible(not checked)
        self.start_label.setText(self.tr("First &day:") if checked else self.tr("&Start:"))
        self.end_label.setText(self.tr("&Last day:") if checked else self.tr("&End:"))

    def _on_add_performer(self) -> None:
        index = self.performers.add_row()
        self.performer_view.setCurrentIndex(index)
        self.performer_view.edit(index)

    def _on_remove_performer(self) -> None:
        rows = [ix.row() for ix in self.performer_view.selectionModel().selectedRows()]
        if not rows and self.performer_view.currentIndex().isValid():
            rows = [self.performer_view.currentIndex().row()]
        self.performers.remove_rows(rows)

    def _aware(self, field: str, value: dt.datetime, errors: list[ValidationError]) -> dt.datetime:
        """Return the UTC instant of the local date and time; a time in the spring-forward gap
        is reported on the field (the draft then carries a stand-in, never saved)."""
        try:
            return from_local(value.date(), value.time())
        except ValueError:
            errors.append(ValidationError(field, "nonexistent_time"))
            return value.replace(tzinfo=PRAGUE).astimezone(UTC)

    def draft(self) -> EventDraft:
        """Return the draft the fields describe; raise ValidationErrors for unreadable input."""
        draft, errors = self._collect()
        if errors:
            raise ValidationErrors(errors)
        return draft

    def _collect(self) -> tuple[EventDraft, list[ValidationError]]:
        """Return the draft the fields describe plus the input that could not be read.

        Unreadable values are left out of the draft (None/empty), so the service can still
        check everything else and the user sees every problem at once.
        """
        errors: list[ValidationError] = []
        attendance: int | None = None
        try:
            attendance = non_negative_int(self.attendance.text(), "expected_attendance")
        except ValidationError as exc:
            errors.append(exc)
        performers: tuple[PerformerLink, ...] = ()
        try:
            performers = self.performers.links()
        except ValidationError as exc:
            errors.append(exc)
        if self.all_day.isChecked():
            first = _day(self.start_date)
            last = max(first, _day(self.end_date))
            if _day(self.end_date) < first:
                errors.append(ValidationError("end", "end_before_start"))
            start, end = all_day_span(first, last)
        else:
            start = self._aware("start", self._start_local(), errors)
            end = self._aware("end", self._end_local(), errors)
        draft = replace(self._original,
            title=self.title_edit.text(),
            start=start,
            end=end,
            all_day=self.all_day.isChecked(),
            category=self.category.currentData(),
            status=self.status.currentData(),
            series_id=self.series.currentData(),
            parent_id=self.parent_event.currentData(),
            venue_id=self.venue.currentData(),
            staff_id=self.staff.currentData(),
            public=self.public.isChecked(),
            description=self.description.toPlainText(),
            internal_notes=self.internal_notes.toPlainText(),
            expected_attendance=attendance,
            ticket_info=self.ticket_info.text(),
            url=self.url.text().strip(),
            performers=performers,
        )
        return draft, errors

    def save(self) -> bool:
        """Validate, ask about clashes, and accept; on a problem keep the dialog and the input."""
        self.clear_errors()
        draft, errors = self._collect()
        try:
            event_service.check_event(self._ctx.sm, draft, self._event_id)
        except ValidationErrors as exc:
            errors += exc.errors
        if errors:
            self.show_errors(ValidationErrors(errors).fields)
            return False
        before = self._original if self._event_id is not None else None
        clashes = conflict_service.new_conflicts_for_draft(self._ctx.sm, draft, self._event_id, before=before)
        if clashes and not confirm_conflicts(self, clashes, draft.title, self.tr("Save anyway?")):
            return False
        if self._save is not None:
            try:
                self.saved_id = self._save(draft)
            except ValidationErrors as exc:
                self.show_errors(exc.fields)
                return False
            except ValidationError as exc:
                self.show_errors({exc.field: exc.message})
                return False
            except PlannerError as exc:
                # A colleague's change, a record gone, a locked database: keep the input, say why.
                self.show_errors({"": exc.message})
                return False
        self._result = draft
        self.accept()
        return True

    def clear_errors(self) -> None:
        self.general_error.hide()
        for label in set(self._errors.values()):
            label.clear()
            label.hide()
        for widgets in self._field_widgets.values():
            for widget in widgets:
                self._mark(widget, False)

    def show_errors(self, fields: dict[str, str]) -> None:
        """Show each message next to its field, mark the fields and focus the first one."""
        general: list[str] = []
        order = list(self._field_tabs)
        shown = sorted((n for n in fields if n in self._errors), key=order.index)
        for name in fields:
            if name not in self._errors:
                general.append(fields[name])
        for name in shown:
            label = self._errors[name]
            text = fields[name]
            label.setText(text if not label.text() else f"{label.text()}\n{text}")
            label.show()
            for widget in self._field_widgets[name]:
                self._mark(widget, True)
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.show()
        if shown:
            self.tabs.setCurrentIndex(self._field_tabs[shown[0]])
            self._field_widgets[shown[0]][0].setFocus()

    def error_text(self, field: str) -> str:
        """Return the message shown next to a field ('' when none)."""
        label = self._errors.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def is_marked(self, field: str) -> bool:
        """Return True when the field is marked invalid."""
        widgets = self._field_widgets.get(field, [])
        return any(bool(w.property("invalid")) for w in widgets)

    @staticmethod
    def _mark(widget: QWidget, invalid: bool) -> None:
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    # --- geometry -----------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self._ctx.settings.get(settings.EVENT_DIALOG_GEOMETRY)
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        else:
            self.resize(680, 600)

    def done(self, result: int) -> None:
        self._ctx.settings.set(settings.EVENT_DIALOG_GEOMETRY, bytes(self.saveGeometry().data()))
        super().done(result)


__all__ = ["EventDialog", "PerformerTableModel", "confirm_conflicts", "format_money"]
