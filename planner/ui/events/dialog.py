"""EventDialog: the editor of one event (every field), with each problem shown under its field.

The dialog edits an :class:`EventDraft` and returns a new one; it never writes to the
database itself. On Save it validates the draft with the same rules the service applies
(``services.events.check_event``), shows each problem under its field and keeps all
input; then it lists the clashes the draft would cause and asks before returning.
An existing event's editor also offers Delete, Duplicate and Print (``EditorActions``,
given by the event controller: each change is one operation and one undo step).

The pieces live beside it: the Performers tab (performers.py), the Details tab
(details_tab.py), the drop-downs' choices (choices.py), the date/time fields (when.py),
the clash question (clash_prompt.py); the error and unsaved-changes machinery is the shared
record-dialog base (ui/common/record_dialog.py).

Why this module is long (~420 lines): what is left is the editor itself, chiefly the one mapping
between the Event tab's fields and an EventDraft, both ways (_build_event_tab, _load, _collect),
and the save that checks it; the three change together when a field is added, so they stay in one
place (beside them only the editor's buttons and its remembered size).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QByteArray, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner import settings
from planner.errors import PlannerError, ValidationError, ValidationErrors
from planner.i18n import _, pgettext
from planner.models.enums import EventCategory, EventStatus, RecordKind
from planner.services import conflicts as conflict_service
from planner.services import events as event_service
from planner.services.dto import EventDraft, PerformerLink
from planner.services.timeutil import all_day_span, first_last_day, local
from planner.ui.common.record_dialog import RecordDialog, scrolled
from planner.ui.context import AppContext
from planner.ui.events import choices
from planner.ui.events.clash_prompt import confirm_conflicts
from planner.ui.events.details_tab import DetailsTab
from planner.ui.events.performers import PerformersTab, PerformerTableModel, format_money
from planner.ui.events.when import aware, date_time_pair, day_of, local_of, set_pair
from planner.ui.history.panel import HistoryPanel
from planner.ui.labels import category_label, status_label

log = logging.getLogger(__name__)

SaveEvent = Callable[[EventDraft], int]


@dataclass(frozen=True)
class EditorActions:
    """What an existing event's editor can do besides Save, given by the event controller.

    ``delete(parent)`` asks and deletes the saved event through the operation runner (True when
    deleted); ``duplicate()`` opens a new event's editor with a copy of the saved event (called
    after this editor closed); ``print_card(parent)`` opens the print preview of the event's card.
    """

    delete: Callable[[QWidget], bool]
    duplicate: Callable[[], None]
    print_card: Callable[[QWidget], None]


class EventDialog(RecordDialog):
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
        *, save: SaveEvent | None = None, actions: EditorActions | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("EventDialog")
        self._ctx = ctx
        self._original = draft
        self._event_id = event_id
        self._save = save
        self._actions = actions if event_id is not None else None
        self._result: EventDraft | None = None
        self.saved_id: int | None = None
        self.deleted = False
        if event_id is None:
            self.setWindowTitle(_("New event"))
        else:
            self.setWindowTitle(_("Edit event – %1").replace("%1", draft.title))
        self._build()
        self._load(draft)
        self._restore_geometry()
        self.tabs.setCurrentIndex(self.TAB_EVENT)
        self.first_field = self.title_edit  # Název first, never the tab bar or Cancel

    @classmethod
    def ask(
        cls, parent: QWidget | None, ctx: AppContext, draft: EventDraft, event_id: int | None = None,
        *, save: SaveEvent, actions: EditorActions | None = None,
    ) -> int | None:
        """Show the editor modally until ``save`` succeeded; return the saved event's id, or None when cancelled."""
        dlg = cls(ctx, draft, event_id, parent, save=save, actions=actions)
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
        self.tabs = QTabWidget()
        self.tab_widget = self.tabs
        self.tabs.addTab(scrolled(self._build_event_tab()), _("Event"))
        names = [p.name for p in event_service.list_performers(self._ctx.sm)]
        self.performer_tab = PerformersTab(self, self.TAB_PERFORMERS, names)
        self.performers: PerformerTableModel = self.performer_tab.model
        self.performer_view = self.performer_tab.view
        self.tabs.addTab(self.performer_tab, _("Performers"))
        self.details = DetailsTab(self, self.TAB_DETAILS)
        self.description, self.internal_notes = self.details.description, self.details.internal_notes
        self.attendance, self.ticket_info, self.url = self.details.attendance, self.details.ticket_info, self.details.url
        self.tabs.addTab(scrolled(self.details), _("Details"))
        if self._event_id is not None:  # who changed this event, when (issue 9)
            self.history = HistoryPanel(self._ctx.sm)
            self.history.show_record(RecordKind.EVENT, self._event_id)
            self.tabs.addTab(self.history, _("History"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        if self._actions is not None:
            self._add_actions()

        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)

    def _add_actions(self) -> None:
        """Delete, Duplicate and Print of the saved event, left of Save / Cancel."""
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.delete_button = QPushButton(_("&Delete event…"))
        self.delete_button.setObjectName("delete_event")
        self.delete_button.clicked.connect(self.delete_event)
        self.duplicate_button = QPushButton(pgettext("EventDialog", "D&uplicate"))
        self.duplicate_button.setObjectName("duplicate_event")
        self.duplicate_button.setToolTip(_("Open a new event with a copy of the saved one"))
        self.duplicate_button.clicked.connect(self.duplicate_event)
        self.print_button = QPushButton(_("&Print…"))
        self.print_button.setObjectName("print_event")
        self.print_button.setToolTip(_("Print the saved event's card (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_event)
        for button in (self.delete_button, self.duplicate_button, self.print_button):
            button.setAutoDefault(False)
            self.buttons.addButton(button, role)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_event)

    def _build_event_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        tab = self.TAB_EVENT

        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title")
        self.add_field(form, "title", _("&Title:"), self.title_edit, tab=tab)

        self.all_day = QCheckBox(_("&All-day (dates only)"))
        self.all_day.setObjectName("all_day")
        self.all_day.toggled.connect(self._on_all_day)
        form.addRow("", self.all_day)

        self.start_date, self.start_time, start_box = date_time_pair("start")
        self.start_label = QLabel(_("&Start:"))
        self.start_label.setBuddy(self.start_date)
        self.add_field(form, "start", self.start_label, start_box, marked=[self.start_date], tab=tab)

        self.end_date, self.end_time, end_box = date_time_pair("end")
        self.end_label = QLabel(_("&End:"))
        self.end_label.setBuddy(self.end_date)
        self.add_field(form, "end", self.end_label, end_box, marked=[self.end_date], tab=tab)
        self._last_start = self._start_local()
        self.start_date.dateChanged.connect(self._on_start_changed)
        self.start_time.timeChanged.connect(self._on_start_changed)

        self.category = self._combo(form, "category", _("&Category:"))
        for cat in EventCategory:
            self.category.addItem(category_label(cat), cat)
        self.status = self._combo(form, "status", _("Stat&us:"))
        for st in EventStatus:
            self.status.addItem(status_label(st), st)
        self.series = self._combo(form, "series", _("Se&ries:"))
        self.parent_event = self._combo(form, "parent", _("&Part of:"))
        self.parent_event.setToolTip(_("The festival edition or market this event is part of"))
        self.venue = self._combo(form, "venue", _("&Venue:"))
        self.staff = self._combo(form, "staff", _("Res&ponsible:"))

        self.public = QCheckBox(_("P&ublic (published in the programme and feeds)"))
        self.public.setObjectName("public")
        form.addRow("", self.public)
        for combo in (self.series, self.parent_event, self.venue, self.staff):
            combo.setMaxVisibleItems(20)
            combo.setMinimumContentsLength(24)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return page

    def _combo(self, form: QFormLayout, name: str, label: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        self.add_field(form, name, label, combo, tab=self.TAB_EVENT)
        return combo

    # --- loading ------------------------------------------------------------

    def _load(self, d: EventDraft) -> None:
        self.title_edit.setText(d.title)
        if d.all_day:
            first, last = first_last_day(d.start, d.end)
            set_pair(self.start_date, self.start_time, dt.datetime.combine(first, dt.time(9)))
            set_pair(self.end_date, self.end_time, dt.datetime.combine(last, dt.time(17)))
        else:
            set_pair(self.start_date, self.start_time, local(d.start).replace(tzinfo=None))
            set_pair(self.end_date, self.end_time, local(d.end).replace(tzinfo=None))
        self._last_start = self._start_local()
        self.all_day.setChecked(d.all_day)
        self._on_all_day(d.all_day)
        choices.select(self.category, d.category)
        choices.select(self.status, d.status)
        sm = self._ctx.sm
        choices.fill_series(self.series, sm, d.series_id)
        self._parent_series = choices.fill_parents(self.parent_event, sm, d, self._event_id)
        self.parent_event.currentIndexChanged.connect(self._on_parent_changed)
        choices.fill_venues(self.venue, sm, d.venue_id)
        choices.fill_staff(self.staff, sm, d.staff_id)
        self.public.setChecked(d.public)
        self.performers.set_links(d.performers)
        self.details.load(d)

    # --- behaviour ----------------------------------------------------------

    def _start_local(self) -> dt.datetime:
        return local_of(self.start_date, self.start_time)

    def _end_local(self) -> dt.datetime:
        return local_of(self.end_date, self.end_time)

    def _on_start_changed(self, *_args: object) -> None:
        # Keep the length: moving the start moves the end with it (like any calendar).
        new = self._start_local()
        delta = new - self._last_start
        self._last_start = new
        if delta:
            end = self._end_local() + delta
            for w in (self.end_date, self.end_time):
                w.blockSignals(True)
            set_pair(self.end_date, self.end_time, end)
            for w in (self.end_date, self.end_time):
                w.blockSignals(False)

    def _on_parent_changed(self, _index: int) -> None:
        # A programme item usually belongs to its edition's series: offer it when none is chosen.
        series = self._parent_series.get(self.parent_event.currentData())
        if series is not None and self.series.currentData() is None:
            choices.select(self.series, series)

    def _on_all_day(self, checked: bool) -> None:
        self.start_time.setVisible(not checked)
        self.end_time.setVisible(not checked)
        self.start_label.setText(_("First &day:") if checked else _("&Start:"))
        self.end_label.setText(_("&Last day:") if checked else _("&End:"))

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
        attendance = self.details.attendance_value(errors)
        performers: tuple[PerformerLink, ...] = ()
        try:
            performers = self.performers.links()
        except ValidationError as exc:
            errors.append(exc)
        if self.all_day.isChecked():
            first = day_of(self.start_date)
            last = max(first, day_of(self.end_date))
            if day_of(self.end_date) < first:
                errors.append(ValidationError("end", "end_before_start"))
            start, end = all_day_span(first, last)
        else:
            start = aware("start", self._start_local(), errors)
            end = aware("end", self._end_local(), errors)
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
            self.show_errors(errors)
            return False
        before = self._original if self._event_id is not None else None
        clashes = conflict_service.new_conflicts_for_draft(self._ctx.sm, draft, self._event_id, before=before)
        if clashes and not confirm_conflicts(self, clashes, draft.title, _("Save anyway?")):
            return False
        if self._save is not None:
            try:
                self.saved_id = self._save(draft)
            except ValidationErrors as exc:
                self.show_errors(exc.errors)
                return False
            except ValidationError as exc:
                self.show_errors([exc])
                return False
            except PlannerError as exc:
                # A colleague's change, a record gone, a locked database: keep the input, say why.
                self.show_message(exc.message)
                return False
        self._result = draft
        self.accept()
        return True

    def error_text(self, field: str) -> str:
        """Return the message shown under a field ('' when none)."""
        return self.field_error(field)

    # --- Delete, Duplicate, Print -------------------------------------------

    def delete_event(self) -> bool:
        """Delete the saved event (the controller asks first); close the editor when it is gone."""
        if self._actions is None or not self._actions.delete(self):
            return False
        self.deleted = True
        self.done(QDialog.DialogCode.Rejected)  # nothing left to keep: no unsaved-changes question
        return True

    def duplicate_event(self) -> bool:
        """Close this editor (asking about unsaved changes) and open a new event copied from the saved one."""
        if self._actions is None:
            return False
        self.reject()
        if self.isVisible():
            return False  # the user went back to editing
        QTimer.singleShot(0, self._actions.duplicate)
        return True

    def print_event(self) -> None:
        """Open the print preview of the saved event's card."""
        if self._actions is not None:
            self._actions.print_card(self)

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


__all__ = ["EditorActions", "EventDialog", "PerformerTableModel", "confirm_conflicts", "format_money"]
