"""Building blocks of the detail panels beside the lists."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from planner.ui.lists.table import TextTableModel


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
