"""Building blocks of the detail panels beside the lists, and their common frame (RecordDetail)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.models.enums import RecordKind
from planner.services._common import SM
from planner.ui.history.panel import HistoryPanel
from planner.i18n import _
from planner.ui.lists.table import ListRow, TextTableModel


def heading(parent: QWidget | None = None) -> QLabel:
    """Return the bold, larger title label of a detail panel."""
    label = QLabel(parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def facts_label(parent: QWidget | None = None) -> QLabel:
    """Return a rich-text label for 'label: value' lines (links open in the mail client)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setOpenExternalLinks(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


def facts_html(pairs: Sequence[tuple[str, str]]) -> str:
    """Return a two-column HTML table of the non-empty (label, value) pairs; values are escaped."""
    rows = "".join(
        f"<tr><td style='padding-right:12px; color:#666666'>{escape(k)}</td><td>{v}</td></tr>"
        for k, v in pairs
        if v
    )
    return f"<table cellspacing='0' cellpadding='1'>{rows}</table>"


def mail_link(address: str) -> str:
    return f"<a href='mailto:{escape(address)}'>{escape(address)}</a>" if address else ""


def small_table(model: TextTableModel, stretch: int = 0, wrap: bool = False) -> QTableView:
    """Return a compact read-only table for a detail panel (the stretch column wraps if asked)."""
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.setWordWrap(wrap)
    view.setAlternatingRowColors(True)
    if wrap:
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMinimumSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class RecordDetail(QWidget):
    """The frame of a record's detail panel: a "select one …" hint while no single record is selected;
    else the body: the record's title and facts, a row of buttons, the panel's own sections, and who
    changed the record when (the history panel, issue 9). Subclasses make their widgets, call
    :meth:`build`, and start :meth:`show_row` with :meth:`show_frame`."""

    def __init__(self, sm: SM, kind: RecordKind, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sm = sm
        self._kind = kind
        self.title = heading()
        self.facts = facts_label()
        self.empty = QLabel(empty_text)
        self.empty.setWordWrap(True)
        self.history = HistoryPanel(sm, titled=True)
        self.body = QWidget()

    def build(self, buttons: Sequence[QPushButton], sections: Sequence[tuple[QWidget, int]]) -> None:
        """Lay the panel out: title, facts, the buttons in a row, each (widget, stretch) section, the history."""
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.title)
        body.addWidget(self.facts)
        body.addLayout(row)
        for widget, stretch in sections:
            body.addWidget(widget, stretch)
        body.addWidget(self.history, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.body, 1)

    def show_frame(self, row: ListRow | None) -> None:
        """Show the hint (``row`` None) or the body titled with the record's name, and its history."""
        self.history.show_record(self._kind, row.id if row is not None else None)
        self.empty.setVisible(row is None)
        self.body.setVisible(row is not None)
        if row is not None:
            self.title.setText(row.name + (_(" (archived)") if row.archived else ""))
