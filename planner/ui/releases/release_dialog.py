"""The "Publish programme" dialog: choose a scope, see what changed since the last release, release."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.i18n import _, pgettext
from planner.services import releases
from planner.services.releases import ChangeKind, ReleaseChange, ReleaseResult, ReleaseScope
from planner.services.series import list_series
from planner.ui.common.date_edit import DateEdit
from planner.ui.common.table_model import Column, ColumnTableModel
from planner.ui.common.table_view import row_table
from planner.ui.context import AppContext
from planner.ui.releases.options import notice_planner

KIND_COLOURS = {ChangeKind.NEW: "#1b5e20", ChangeKind.MOVED: "#8a4b00", ChangeKind.CHANGED: "#0d47a1",
                ChangeKind.CANCELLED: "#b71c1c", ChangeKind.REMOVED: "#4a148c"}


def kind_label(kind: ChangeKind) -> str:
    labels = {
        ChangeKind.NEW: pgettext("releases", "New"),
        ChangeKind.MOVED: _("Moved"),
        ChangeKind.CHANGED: _("Changed"),
        ChangeKind.CANCELLED: _("Cancelled"),
        ChangeKind.REMOVED: _("Withdrawn"),
    }
    return labels[kind]


class ChangeColumn(IntEnum):
    KIND = 0
    TEXT = 1


class ChangesTableModel(ColumnTableModel[ReleaseChange]):
    """The changes of a release (or of a preview), one a row; the full sentence is the tooltip."""

    def describe(self) -> Sequence[Column[ReleaseChange]]:
        return (
            Column(_("Change"), lambda c: kind_label(c.kind), tooltip=lambda c: c.text,
                   foreground=lambda c: QColor(KIND_COLOURS[c.kind])),
            Column(_("What"), lambda c: c.text.split(": ", 1)[-1], tooltip=lambda c: c.text),
        )

    def set_changes(self, changes: tuple[ReleaseChange, ...]) -> None:
        self.set_rows(changes)

    def changes(self) -> tuple[ReleaseChange, ...]:
        """Return the changes shown."""
        return tuple(self._rows)


class ReleaseDialog(QDialog):
    """Scope (series / edition / period), the preview of changes, a comment, and Release."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, series_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_: ReleaseResult | None = None
        self.setWindowTitle(_("Publish programme"))
        self.setObjectName("ReleaseDialog")
        self.series = QComboBox()
        self.series.setObjectName("release_series")
        self.series.addItem(_("(all series and single events)"), None)
        for s in list_series(ctx.sm):
            self.series.addItem(s.name, s.id)
        if series_id is not None:
            self.series.setCurrentIndex(max(0, self.series.findData(series_id)))
        self.edition = QComboBox()
        self.edition.setObjectName("release_edition")
        self.use_period = QCheckBox(_("Only the period"))
        today = dt.date.today()
        self.first = DateEdit(today.replace(day=1))
        self.last = DateEdit(today.replace(day=28) + dt.timedelta(days=4))
        period = QHBoxLayout()
        period.addWidget(self.use_period)
        period.addWidget(self.first)
        period.addWidget(QLabel("–"))
        period.addWidget(self.last)
        period.addStretch(1)
        self.model = ChangesTableModel(self)
        self.table = row_table(self.model, "release_changes", fit=(ChangeColumn.KIND,))
        self.summary = QLabel()
        self.summary.setObjectName("release_summary")
        self.summary.setWordWrap(True)
        self.comment = QLineEdit()
        self.comment.setObjectName("release_comment")
        self.comment.setPlaceholderText(_("e.g. The opening concert moves to Sunday"))
        self.notify = QCheckBox(_("Put change notices into the outbox"))
        self.notify.setChecked(True)
        form = QFormLayout()
        form.addRow(_("Series:"), self.series)
        form.addRow(_("Edition:"), self.edition)
        form.addRow(_("Period:"), period)
        self.buttons = QDialogButtonBox()
        self.release_button = self.buttons.addButton(_("Release"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.release_button.setObjectName("release_button")
        self.buttons.addButton(_("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._release)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        comment_form = QFormLayout()
        comment_form.addRow(_("Comment:"), self.comment)
        layout.addLayout(comment_form)
        layout.addWidget(self.notify)
        layout.addWidget(self.buttons)
        self.resize(820, 560)
        self._fill_editions()
        self.series.currentIndexChanged.connect(self._fill_editions)
        self.edition.currentIndexChanged.connect(self.refresh)
        self.use_period.toggled.connect(self.refresh)
        self.first.dateChanged.connect(self.refresh)
        self.last.dateChanged.connect(self.refresh)
        self.refresh()

    def _fill_editions(self) -> None:
        self.edition.blockSignals(True)
        self.edition.clear()
        self.edition.addItem(_("(every edition)"), None)
        for e in releases.editions(self.ctx.sm, series_id=self.series.currentData()):
            self.edition.addItem(e.title, e.uid)
        self.edition.blockSignals(False)
        self.refresh()

    def scope(self) -> ReleaseScope:
        """Return the scope the dialog shows."""
        first = last = None
        if self.use_period.isChecked():
            first, last = self.first.value(), self.last.value()
        return ReleaseScope(self.series.currentData(), self.edition.currentData(), first, last)

    def refresh(self) -> None:
        """Show what releasing the chosen scope would change."""
        try:
            preview = releases.preview(self.ctx.sm, self.scope())
        except PlannerError as exc:
            self.summary.setText(exc.message)
            self.release_button.setEnabled(False)
            return
        self.model.set_changes(preview.changes)
        self.table.resizeRowsToContents()
        counts = {k: sum(1 for c in preview.changes if c.kind is k) for k in ChangeKind}
        if preview.release is None:
            self.summary.setText(_("%1: nothing changed since the last release.").replace(
                "%1", preview.scope_label))
        else:
            parts = [f"{kind_label(k)}: {n}" for k, n in counts.items() if n]
            self.summary.setText(_("%1 – release no. %2. %3").replace("%1", preview.scope_label)
                                 .replace("%2", str(preview.release.number)).replace("%3", ", ".join(parts)))
        self.release_button.setEnabled(preview.release is not None)

    def _release(self) -> None:
        plan = notice_planner(self.ctx.settings) if self.notify.isChecked() else None
        scope, comment = self.scope(), self.comment.text()
        # One operation: the numbered release and its notices, one undo step on the page in view.
        result = self.ctx.ops.run(self, lambda: releases.release(self.ctx.sm, scope, comment=comment,
                                                                 who=_user(), plan_notices=plan))
        if result is None:
            return
        self.result_ = result
        self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> ReleaseResult | None:
        """Show the dialog; return what was released, or None when cancelled."""
        dialog = cls(ctx, parent)
        try:
            return dialog.result_ if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


def _user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (a service account): leave it empty
        return ""
