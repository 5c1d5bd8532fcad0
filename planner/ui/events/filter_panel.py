"""Sidebar filters for the calendar: series, category, venue, staff, status and a search box."""

from __future__ import annotations

import logging
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QToolBox,
    QVBoxLayout,
    QWidget,
)

from planner.i18n import _, pgettext
from planner.models.enums import EventCategory, EventStatus, RecordKind
from planner.services import series as series_service
from planner.services import staff as staff_service
from planner.services import venues as venue_service
from planner.services.dto import EventQuery
from planner.ui.changes import Change
from planner.ui.context import AppContext
from planner.ui.labels import category_label, status_label

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_DELAY_MS = 300


@dataclass(frozen=True)
class Choice:
    """One checkable entry: the value it filters on, its label and an optional colour."""

    key: Hashable
    label: str
    colour: str | None = None
    tooltip: str = ""


_SWATCHES: dict[str, QIcon] = {}


def _swatch(colour: str) -> QIcon:
    """Return a small square of the colour (cached)."""
    icon = _SWATCHES.get(colour)
    if icon is None:
        pix = QPixmap(10, 10)
        pix.fill(QColor(colour))
        icon = _SWATCHES[colour] = QIcon(pix)
    return icon


class CheckListModel(QAbstractListModel):
    """A list of choices with check boxes; nothing checked means "any".

    Signals:
        checked_changed(): the set of checked keys changed.
    """

    checked_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: list[Choice] = []
        self._checked: set[Hashable] = set()

    def set_choices(self, choices: Sequence[Choice]) -> None:
        """Replace the choices, keeping the checks of keys that still exist."""
        self.beginResetModel()
        self._choices = list(choices)
        keys = {c.key for c in self._choices}
        before = set(self._checked)
        self._checked &= keys
        self.endResetModel()
        if self._checked != before:
            self.checked_changed.emit()

    def checked(self) -> frozenset[Any]:
        return frozenset(self._checked)

    def set_checked(self, keys: set[Hashable] | frozenset[Any]) -> None:
        valid = set(keys) & {c.key for c in self._choices}
        if valid == self._checked:
            return
        self._checked = valid
        if self._choices:
            self.dataChanged.emit(self.index(0), self.index(len(self._choices) - 1), [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._choices)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self._choices[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return c.label
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if c.key in self._checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole and c.colour:
            return _swatch(c.colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{c.label}\n{c.tooltip}" if c.tooltip and c.tooltip != c.label else c.label
        if role == KEY_ROLE:
            return c.key
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        key = self._choices[index.row()].key
        state = Qt.CheckState(value) if isinstance(value, int) else value
        if state == Qt.CheckState.Checked:
            self._checked.add(key)
        else:
            self._checked.discard(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()
        return True


class FilterPanel(QWidget):
    """Checkable lists and a debounced search box that filter every calendar view.

    Signals:
        filter_changed(object): the EventQuery the views should show (without a range).
    """

    filter_changed = Signal(object)

    SECTIONS = ("series", "category", "venue", "staff", "status")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filter_panel")
        self._ctx = ctx
        self._last: EventQuery = EventQuery()

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(_("Search events…"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._emit_now)

        self.models: dict[str, CheckListModel] = {}
        self.lists: dict[str, QListView] = {}
        self.toolbox = QToolBox()
        for key in self.SECTIONS:
            model = CheckListModel(self)
            model.checked_changed.connect(self._on_checked)
            view = QListView()
            view.setObjectName(f"filter_{key}")
            view.setModel(model)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setUniformItemSizes(True)
            view.setMinimumHeight(48)
            view.setIconSize(QSize(10, 10))
            # Long venue names are elided; the tooltip has the full name and address.
            view.setTextElideMode(Qt.TextElideMode.ElideRight)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.models[key] = model
            self.lists[key] = view
            self.toolbox.addItem(view, "")

        self.clear_button = QPushButton(_("Clear filters"))
        self.clear_button.setObjectName("clear_filters")
        self.clear_button.clicked.connect(self.clear)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.toolbox, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.clear_button)
        layout.addLayout(row)

        self.models["category"].set_choices(
            [Choice(c, category_label(c)) for c in EventCategory]
        )
        self.models["status"].set_choices([Choice(s, status_label(s)) for s in EventStatus])
        self.reload()
        ctx.bus.changed.connect(self._on_change)

    # --- data ---------------------------------------------------------------

    def reload(self) -> None:
        """Reload series, venues and staff from the database, keeping what is checked."""
        self.models["series"].set_choices(
            [Choice(r.id, r.name, r.colour, r.description) for r in series_service.list_series(self._ctx.sm)]
        )
        venues = venue_service.list_venues(self._ctx.sm)
        self.models["venue"].set_choices(
            [Choice(r.id, r.name, r.colour, r.address) for r in venues]
        )
        staff = staff_service.list_staff(self._ctx.sm, active_only=True)  # by surname, titles ignored
        self.models["staff"].set_choices([Choice(r.id, r.name, None, r.email or "") for r in staff])
        self._update_titles()

    def _on_change(self, change: Change) -> None:
        if change.touches(RecordKind.SERIES, RecordKind.VENUE, RecordKind.STAFF):
            self.reload()

    # --- state --------------------------------------------------------------

    def query(self) -> EventQuery:
        """Return the EventQuery the panel describes (no range: the page adds it)."""
        m = self.models
        return EventQuery(
            series_ids=frozenset(m["series"].checked()),
            categories=frozenset(m["category"].checked()),
            venue_ids=frozenset(m["venue"].checked()),
            staff_ids=frozenset(m["staff"].checked()),
            statuses=frozenset(m["status"].checked()),
            text=self.search.text().strip(),
        )

    def show_only_venue(self, venue_id: int) -> None:
        """Filter the calendar to one venue (Venues › Show on the timeline): its box alone is checked."""
        self.models["venue"].set_checked({venue_id})
        self.toolbox.setCurrentIndex(self.SECTIONS.index("venue"))

    def is_active(self) -> bool:
        return self.query() != EventQuery()

    def clear(self) -> None:
        """Show everything again."""
        self._debounce.stop()
        for model in self.models.values():
            model.blockSignals(True)
            model.set_checked(set())
            model.blockSignals(False)
            if model.rowCount():
                model.dataChanged.emit(model.index(0), model.index(model.rowCount() - 1))
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._emit()

    def _on_checked(self) -> None:
        self._update_titles()
        self._emit()

    def _update_titles(self) -> None:
        titles = {
            "series": pgettext("FilterPanel", "Series"),
            "category": pgettext("FilterPanel", "Category"),
            "venue": _("Venue"),
            "staff": _("Responsible"),
            "status": _("Status"),
        }
        for i, key in enumerate(self.SECTIONS):
            n = len(self.models[key].checked())
            self.toolbox.setItemText(i, f"{titles[key]} ({n})" if n else titles[key])
        self.clear_button.setEnabled(self.is_active())

    def _emit_now(self) -> None:
        self._debounce.stop()
        self._emit()

    def _emit(self) -> None:
        query = self.query()
        self.clear_button.setEnabled(query != EventQuery())
        if query == self._last:
            return
        self._last = query
        self.filter_changed.emit(query)


__all__ = ["FilterPanel", "CheckListModel", "Choice"]
