"""ListPage: the shared skeleton of the venue and vendor screens.

Search box, filters, "show archived", a multi-select table with context menu and
keys (Enter edits, Ins adds, Del archives; the table and its column chooser are
view.py's), and a detail panel beside the table. Subclasses say what to load and
how to edit, archive and delete; mutations go through services, then the page
broadcasts a change on the bus.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.i18n import _
from planner.settings import Option
from planner.ui import messages
from planner.models.enums import RecordKind
from planner.ui.changes import Change, PageRefresher
from planner.ui.context import AppContext
from planner.ui.lists.table import ListRow, RowFilterProxy, RowTableModel
from planner.ui.lists.view import ColumnChooser, ListTableView

log = logging.getLogger(__name__)

R = TypeVar("R", bound=ListRow)


class ListPage(QWidget, Generic[R]):
    """A searchable, filterable list of records with a detail panel.

    Subclasses set ``change_kind`` and ``columns_option`` and implement
    ``load_rows``, ``edit_row``, ``archive_rows``, ``delete_row`` and ``make_detail``.
    """

    change_kind: RecordKind
    refresh_on: frozenset[RecordKind] = frozenset()  # other record kinds that alter what is shown
    columns_option: Option
    split_sizes: tuple[int, int] = (760, 500)  # list and detail widths at 1280 px (in proportion when narrower)

    def __init__(
        self, ctx: AppContext, model: RowTableModel[R], proxy: RowFilterProxy, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = model
        self.proxy = proxy
        self._selecting = False
        proxy.setParent(self)
        model.setParent(self)
        proxy.setSourceModel(model)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(_("Search (name, address, contact…)"))
        self.search.textChanged.connect(self._on_search)
        self.archived_box = QCheckBox(_("Show archived"))
        self.archived_box.toggled.connect(self._on_show_archived)
        self.columns_button = QToolButton()
        self.columns_button.setText(_("Columns"))
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.count_label = QLabel()

        self.view = ListTableView()
        self.view.setObjectName("list")
        self.view.setModel(proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(lambda _ix: self.edit_current())
        self.view.edit_requested.connect(self.edit_current)
        self.view.add_requested.connect(self.add)
        self.view.archive_requested.connect(self.archive_selected)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.columns = ColumnChooser(self.view, model, ctx.settings, self.columns_option, self)
        header.customContextMenuRequested.connect(lambda pos: self.columns.menu().exec(header.mapToGlobal(pos)))

        self._build_actions()
        self.new_button = QPushButton(_("New…"))
        self.new_button.clicked.connect(self.add)

        self.filter_bar = QHBoxLayout()
        self.filter_bar.addWidget(self.search, 3)
        self.add_filters(self.filter_bar)
        self.filter_bar.addWidget(self.archived_box)
        self.filter_bar.addWidget(self.new_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.columns_button)

        self.detail = self.make_detail()
        # Scrolls rather than forcing the window wider than a laptop screen.
        self.detail_area = QScrollArea()
        self.detail_area.setWidget(self.detail)
        self.detail_area.setWidgetResizable(True)
        self.detail_area.setFrameShape(QFrame.Shape.NoFrame)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail_area)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes(list(self.split_sizes))
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        self.search_row = QHBoxLayout()  # the search field moves here when the filters need the row
        layout.addLayout(self.search_row)
        layout.addLayout(self.filter_bar)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        # Full width when there is room, but never forcing the window wider than a small screen.
        self.search.setMinimumWidth(100)
        for combo in self.findChildren(QComboBox):
            combo.setMinimumWidth(90)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        proxy.rowsInserted.connect(self._update_count)
        proxy.rowsRemoved.connect(self._update_count)
        proxy.modelReset.connect(self._update_count)
        proxy.layoutChanged.connect(self._update_count)
        self.refresher = PageRefresher(self, ctx.bus, {self.change_kind, *self.refresh_on}, self._on_change)

        self.columns.restore()
        self.columns_button.setMenu(self.columns.menu())
        self.refresh()
        self.columns.fit()

    # --- for subclasses ---------------------------------------------------

    def add_filters(self, bar: QHBoxLayout) -> None:
        """Add the screen's own filter widgets to the bar."""

    def make_detail(self) -> QWidget:
        raise NotImplementedError

    def show_detail(self, row: R | None) -> None:
        raise NotImplementedError

    def load_rows(self) -> Sequence[R]:
        """Return every record, archived ones too (the proxy hides them)."""
        raise NotImplementedError

    def edit_row(self, row: R | None) -> R | None:
        """Open the editor for a record (None = new); return the saved row or None."""
        raise NotImplementedError

    def archive_rows(self, ids: Sequence[int], archived: bool) -> None:
        raise NotImplementedError

    def delete_row(self, row_id: int) -> None:
        raise NotImplementedError

    def row_name(self, row: R) -> str:
        return row.name

    def count_text(self, shown: int, total: int) -> str:
        return _("%1 of %2 shown").replace("%1", str(shown)).replace("%2", str(total))

    # --- actions ----------------------------------------------------------

    def _build_actions(self) -> None:
        def action(text: str, slot: Callable[[], None], key: QKeySequence | None = None) -> QAction:
            act = QAction(text, self)
            act.triggered.connect(slot)
            if key is not None:
                # The table handles the keys itself; the menu only shows them.
                act.setShortcut(key)
                act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                act.setShortcutVisibleInContextMenu(True)
            return act

        self.act_new = action(_("New…"), self.add, QKeySequence(Qt.Key.Key_Insert))
        self.act_edit = action(_("Edit…"), self.edit_current, QKeySequence(Qt.Key.Key_Return))
        self.act_archive = action(_("Archive"), self.archive_selected, QKeySequence(Qt.Key.Key_Delete))
        self.act_restore = action(_("Restore from archive"), self.restore_selected)
        self.act_delete = action(_("Delete permanently…"), self.delete_selected)

    def _context_menu(self, pos: QPoint) -> None:
        self.context_menu().exec(self.view.viewport().mapToGlobal(pos))

    def context_menu(self) -> QMenu:
        """Return the menu for the current selection (a seam for tests)."""
        rows = self.selected_rows()
        menu = QMenu(self)
        menu.addAction(self.act_new)
        if rows:
            menu.addAction(self.act_edit)
            self.act_edit.setEnabled(len(rows) == 1)
            menu.addSeparator()
            if any(not r.archived for r in rows):
                menu.addAction(self.act_archive)
            if any(r.archived for r in rows):
                menu.addAction(self.act_restore)
            if len(rows) == 1:
                menu.addAction(self.act_delete)
        return menu

    # --- selection --------------------------------------------------------

    def selected_rows(self) -> list[R]:
        """Return the selected records in the order shown."""
        rows = sorted({ix.row() for ix in self.view.selectionModel().selectedRows()})
        return [self.model.row_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row()) for r in rows]

    def current_row(self) -> R | None:
        index = self.view.currentIndex()
        if not index.isValid():
            rows = self.selected_rows()
            return rows[0] if rows else None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def select_ids(self, ids: Sequence[int]) -> None:
        """Select the records with these ids (those shown); the first becomes current."""
        sel = self.view.selectionModel()
        self._selecting = True  # one detail load at the end, not one per selected row
        sel.clearSelection()
        first: QModelIndex | None = None
        for row_id in ids:
            source_row = self.model.row_of_id(row_id)
            if source_row is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(source_row, 0))
            if not index.isValid():
                continue
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            sel.select(index, flags)
            if first is None:
                first = index
        if first is not None:
            sel.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.view.scrollTo(first)
        self._selecting = False
        self._on_selection()

    def _on_selection(self, *_args: object) -> None:
        if self._selecting:
            return
        rows = self.selected_rows()
        self.show_detail(rows[0] if len(rows) == 1 else None)

    # --- behaviour --------------------------------------------------------

    def refresh(self) -> None:
        """Reload the records from the database, keeping the selection."""
        keep = [r.id for r in self.selected_rows()]
        self.model.set_rows(self.load_rows())
        self.select_ids(keep)
        self._update_count()
        if not self.columns.fitted_to_rows and self.model.rowCount():
            # The page may first be built over an empty database (before the demo or an import):
            # header-wide columns would then show "Kostel s…" for ever. Fit once real rows arrive.
            self.columns.fit()

    def _on_change(self, _change: Change) -> None:
        self.refresh()

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _on_show_archived(self, show: bool) -> None:
        self.proxy.set_show_archived(show)
        self._update_count()

    def _update_count(self, *_args: object) -> None:
        self.count_label.setText(self.count_text(self.proxy.rowCount(), self.model.rowCount()))

    def add(self) -> None:
        # edit_row broadcasts the change and the bus refreshes this page: no second reload here.
        saved = self.edit_row(None)
        if saved is not None:
            self.select_ids([saved.id])

    def edit_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.edit_row(row)

    def archive_selected(self) -> None:
        self._set_archived([r for r in self.selected_rows() if not r.archived], True)

    def restore_selected(self) -> None:
        self._set_archived([r for r in self.selected_rows() if r.archived], False)

    def _set_archived(self, rows: Sequence[R], archived: bool) -> None:
        if not rows:
            return
        ids = [r.id for r in rows]
        names = ", ".join(self.row_name(r) for r in rows[:3]) + ("…" if len(rows) > 3 else "")
        text = (_("Archive %1") if archived else _("Restore %1")).replace("%1", names)
        self.ctx.ops.run(self, lambda: self.archive_rows(ids, archived), undo_text=text)

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        row = rows[0]
        question = _("Delete “%1” permanently? Only records never used can be deleted; others are archived.").replace("%1", self.row_name(row))
        if not messages.ask_yes_no(self, question, _("Delete")):
            return
        row_id = row.id
        self.ctx.ops.run(self, lambda: self.delete_row(row_id))

    # --- columns (ui/lists/view.py) ------------------------------------------

    def hidden_columns(self) -> set[int]:
        return self.columns.hidden()

    def set_column_visible(self, column: int, visible: bool) -> None:
        """Show or hide a column and remember the choice for the next start."""
        self.columns.set_visible(column, visible)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """A narrow page (1024x700 at 150 %) puts the search, the archived box and Nový… on a row of
        their own above the filters, so no filter is cut ("Všechny ka…")."""
        super().resizeEvent(event)
        moving = (self.search, self.archived_box, self.new_button)
        narrow = self.search_row.indexOf(self.search) >= 0
        bar = self.filter_bar
        items = [item for item in (bar.itemAt(i) for i in range(bar.count())) if item is not None]
        filters = sum(item.sizeHint().width() for item in items if item.widget() not in moving)
        rest = sum(w.sizeHint().width() for w in moving[1:]) + self.search.minimumWidth()
        fits = self.width() >= filters + rest + 8 * bar.spacing() + 24
        if not narrow and not fits:
            for w in moving:
                bar.removeWidget(w)
            self.search_row.addWidget(self.search, 3)
            self.search_row.addWidget(self.archived_box)
            self.search_row.addWidget(self.new_button)
            bar.addStretch(1)
        elif narrow and fits:
            for w in moving:
                self.search_row.removeWidget(w)
            stretch = bar.itemAt(bar.count() - 1)
            if stretch is not None and stretch.spacerItem() is not None:
                bar.removeItem(stretch)
            bar.insertWidget(0, self.search, 3)
            bar.addWidget(self.archived_box)
            bar.addWidget(self.new_button)
