"""RecordDialog: the one base of every record editor (event, venue, vendor, supply, market, stall, booking).

It gives each editor the same behaviour: the focus starts in the first field, Esc / Zrušit with
changes asks first (GuardedDialog), nothing is flagged before the user has done anything, and
each error is shown right under its own field without repeating the field's label (the label
is beside it). Errors that name no field of the form go to one line above the buttons.

:class:`FormRecordDialog` is the simple one-form variant (venues, vendors, supplies, the market editors): it
validates as the user types through the service and keeps OK disabled with the reason in its
tool tip. The event editor builds tabs itself and validates on Save, with the same machinery.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError, ValidationError, ValidationErrors, field_message
from planner.ui import messages
from planner.ui.common.date_edit import DateEdit
from planner.ui.common.guard import GuardedDialog
from planner.ui.common.screen import FRAME_ALLOWANCE, available_rect

log = logging.getLogger(__name__)

ERROR_COLOUR = "#b00020"
# A marked field: the dialog's style sheet draws the frame of any widget whose "invalid" is true.
_MARK_STYLE = 'QWidget[invalid="true"] { border: 2px solid #c62828; }'


def error_label(name: str) -> QLabel:
    """Return the hidden red label that shows a field's message."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def scrolled(widget: QWidget) -> QScrollArea:
    """Return the widget in a frameless vertical scroll area: a long form stays reachable on a
    1024×700 screen at 150 % (Tab scrolls the focused field into view)."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


def as_list(error: ValidationError | ValidationErrors) -> list[ValidationError]:
    """Return the single field errors of a ValidationError or a ValidationErrors."""
    return list(error.errors) if isinstance(error, ValidationErrors) else [error]


class RecordDialog(GuardedDialog):
    """A record editor: form rows with their error under the field, marks, the unsaved-changes guard.

    Subclasses add rows with :meth:`add_field` (or register a shared label with
    :meth:`register_error`), set ``first_field`` and put ``general_error`` in their layout.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QWidget] = {}
        self._error_labels: dict[str, QLabel] = {}
        self._marked: dict[str, list[QWidget]] = {}
        self._field_tabs: dict[str, int] = {}
        self.tab_widget: QTabWidget | None = None  # a tabbed editor sets it: a bad field's tab comes to the front
        self.general_error = error_label("general_error")
        self.setStyleSheet(_MARK_STYLE)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.fit_into_screen()

    def fit_into_screen(self) -> None:
        """Keep the whole dialog, its buttons too, on the screen it opens on."""
        available = available_rect(self)
        width = min(self.width(), available.width() - FRAME_ALLOWANCE.width())
        height = min(self.height(), available.height() - FRAME_ALLOWANCE.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        frame = self.frameGeometry()
        left = min(max(frame.left(), available.left()), available.right() - frame.width() + 1)
        top = min(max(frame.top(), available.top()), available.bottom() - frame.height() + 1)
        if (left, top) != (frame.left(), frame.top()):
            self.move(max(left, available.left()), max(top, available.top()))

    # --- building -----------------------------------------------------------

    def add_field(
        self, form: QFormLayout, name: str, label: str | QLabel, widget: QWidget,
        *, marked: Sequence[QWidget] = (), tab: int | None = None,
    ) -> QWidget:
        """Add a form row whose error message shows right under the field; return the row's box."""
        box = QWidget()
        box.setFocusProxy(marked[0] if marked else widget)
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        v.addWidget(widget)
        error = error_label(f"error_{name}")
        v.addWidget(error)
        form.addRow(label, box)
        self.register_error([name], error, list(marked) or [widget], tab)
        self.fields.setdefault(name, widget)
        if self.first_field is None:
            self.first_field = marked[0] if marked else widget
        return box

    def share_error(self, name: str, row_field: str, widgets: Sequence[QWidget]) -> None:
        """Show the errors of field ``name`` under the row of ``row_field`` (e.g. the last day in a "Days" row
        that holds both dates), marking ``widgets``."""
        self.register_error([name], self._error_labels[row_field], widgets, self._field_tabs.get(row_field))
        self.fields.setdefault(name, widgets[0])

    def register_error(self, names: Iterable[str], label: QLabel, widgets: Sequence[QWidget], tab: int | None = None) -> None:
        """Show the errors of these fields in ``label`` and mark ``widgets`` (e.g. one table for several columns)."""
        for name in names:
            self._error_labels[name] = label
            self._marked[name] = list(widgets)
            if tab is not None:
                self._field_tabs[name] = tab

    # --- showing ------------------------------------------------------------

    def clear_errors(self) -> None:
        self.general_error.clear()
        self.general_error.hide()
        for label in set(self._error_labels.values()):
            label.clear()
            label.hide()
        for widgets in self._marked.values():
            for widget in widgets:
                mark(widget, False)

    def show_errors(self, errors: Sequence[ValidationError], *, focus: bool = True) -> None:
        """Show each message under its field (errors of other fields above the buttons), mark the fields,
        and with ``focus`` bring the first bad field to the front."""
        self.clear_errors()
        order = list(self._error_labels)
        general: list[str] = []
        seen: set[str] = set()
        for error in errors:
            label = self._error_labels.get(error.field)
            if label is None:
                general.append(error.message)
                continue
            if error.field in seen:
                continue  # the first problem of a field is enough
            seen.add(error.field)
            text = field_message(error)
            label.setText(text if not label.text() else f"{label.text()}\n{text}")
            label.show()
            for widget in self._marked[error.field]:
                mark(widget, True)
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.show()
        shown = sorted(seen, key=order.index)
        if seen or general:
            self._grow_to_fit()
        if focus and shown:
            first = shown[0]
            if self.tab_widget is not None and first in self._field_tabs:
                self.tab_widget.setCurrentIndex(self._field_tabs[first])
            self._marked[first][0].setFocus()

    def _grow_to_fit(self) -> None:
        """Make room for messages that appeared under fields (never taller than the screen)."""
        need = self.sizeHint().height()
        if self.isVisible() and self.height() < need:
            screen = self.screen().availableGeometry() if self.screen() is not None else None
            limit = screen.height() - 40 if screen is not None else need
            self.resize(self.width(), min(need, limit))

    def show_message(self, text: str) -> None:
        """Show a problem that belongs to no field (a colleague's change, a locked database)."""
        self.general_error.setText(text)
        self.general_error.show()
        self._grow_to_fit()

    def field_error(self, field: str) -> str:
        """Return the message shown under a field ('' when none)."""
        label = self._error_labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def is_marked(self, field: str) -> bool:
        """Return True when the field is marked invalid."""
        return any(bool(w.property("invalid")) for w in self._marked.get(field, []))


def mark(widget: QWidget, invalid: bool) -> None:
    """Mark a widget invalid (a red frame) or clear the mark."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class FormRecordDialog(RecordDialog):
    """One form validated as the user types; OK stays disabled while something is wrong.

    Subclasses add fields with :meth:`line` / :meth:`text_box` (or :meth:`add_field`), implement
    :meth:`check` (the service's validation, raising every problem) and :meth:`save` (the page's
    operation). ``fields`` maps the service's field names to widgets. Nothing is written until
    OK; Cancel leaves the database as it was.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saved: Any = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Enter saves: while OK starts disabled Qt would make Cancel the default button, and
        # Enter in a field would then close the editor and drop what was typed (and a space typed
        # right after opening must never land on Cancel).
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.ok_button.setDefault(True)
        self._touched: set[str] = set()
        self._submitted = False
        self._problems: list[ValidationError] = []
        self.form_box = QWidget()
        self.form_box.setLayout(self.form)
        self.form_scroll = scrolled(self.form_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_scroll, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def sizeHint(self) -> QSize:  # noqa: N802
        """The whole form without scrolling, where the screen allows (the scroll area's own hint is small)."""
        hint = super().sizeHint()
        inner = self.form_box.sizeHint()
        extra = max(0, inner.height() - self.form_scroll.sizeHint().height())
        bar = self.form_scroll.verticalScrollBar().sizeHint().width()
        return QSize(max(hint.width(), inner.width() + bar + 24), hint.height() + extra)

    def size_to(self, width: int) -> None:
        """Open ``width`` wide, or wider when the form needs it (a long label or choice at 150 % must not
        push the fields out of the scroll area, as Qt's 2/3-of-the-screen first size would), and as
        tall as the form; showing keeps it on the screen."""
        hint = self.sizeHint()
        self.resize(max(width, hint.width()), hint.height())

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def line(self, field: str, label: str, text: str = "", placeholder: str = "") -> QLineEdit:
        """Add a one-line text field for a service field, its error under it."""
        edit = QLineEdit(text)
        edit.setObjectName(field)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self.revalidate)
        edit.textEdited.connect(lambda _t, name=field: self.touch(name))
        self.add_field(self.form, field, label, edit)
        return edit

    def text_box(self, field: str, label: str, text: str = "", rows: int = 3) -> QPlainTextEdit:
        """Add a multi-line text field (Tab moves on, it does not type a tab)."""
        edit = QPlainTextEdit(text)
        edit.setObjectName(field)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * rows + 12)
        edit.textChanged.connect(lambda name=field: self.touch(name))
        self.add_field(self.form, field, label, edit)
        return edit

    def watch(self, widget: QWidget, field: str) -> None:
        """Validate again when the user changes a widget that is not a :meth:`line` (a choice, a tick, a number,
        a date), and from then on show the field's problem."""
        if isinstance(widget, QLineEdit):  # a DateEdit too: its text while it is being typed
            widget.textChanged.connect(self.revalidate)
            widget.textEdited.connect(lambda _t: self.touch(field))
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _i: self.touch(field))
            if widget.isEditable():
                widget.editTextChanged.connect(lambda _t: self.touch(field))
        elif isinstance(widget, QAbstractButton):
            widget.toggled.connect(lambda _on: self.touch(field))
        elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
            widget.valueChanged.connect(lambda _v: self.touch(field))
        elif isinstance(widget, QDateTimeEdit):  # a QTimeEdit too
            widget.dateTimeChanged.connect(lambda _v: self.touch(field))
        else:
            raise TypeError(f"watch() does not know the change signal of {type(widget).__name__}")
        if isinstance(widget, DateEdit):
            widget.dateChanged.connect(lambda _d: self.touch(field))

    def touch(self, field: str) -> None:
        """Note that the user changed a field: its problem is shown from now on."""
        if field not in self._touched:
            self._touched.add(field)
        self.revalidate()

    # --- validation -------------------------------------------------------

    def check(self) -> None:
        """Raise ValidationError / ValidationErrors for the invalid fields (subclasses call the service)."""
        raise NotImplementedError

    def save(self) -> Any:
        """Create or update the record through the service; return the saved row."""
        raise NotImplementedError

    def revalidate(self, *_args: object) -> bool:
        """Validate the form now; show the problems of the fields touched and disable OK when invalid."""
        try:
            self.check()
        except (ValidationError, ValidationErrors) as exc:
            self.show_invalid(as_list(exc))
            return False
        self.show_invalid([])
        return True

    def show_invalid(self, problems: Sequence[ValidationError], *, focus: bool = False) -> None:
        """Show the problems the user should see now and enable OK accordingly.

        A problem is shown for a field the user has changed (or after OK), so a new record does
        not open with "Název: pole je povinné." on screen; OK's tool tip always says why it is off.
        """
        self._problems = list(problems)
        visible = [
            p for p in problems
            if self._submitted or p.field in self._touched or p.field not in self._error_labels
        ]
        self.show_errors(visible, focus=focus)
        reason = "\n".join(p.message for p in problems)
        self.ok_button.setEnabled(not problems)
        self.ok_button.setToolTip(reason)

    def error_text(self) -> str:
        """Return why OK is disabled, each problem with its field's label ('' when the form is valid)."""
        return "\n".join(p.message for p in self._problems)

    def accept(self) -> None:
        self._submitted = True
        if not self.revalidate():
            self.show_invalid(self._problems, focus=True)
            return
        try:
            self.saved = self.save()
        except (ValidationError, ValidationErrors) as exc:
            # e.g. a duplicate found at save time: keep the dialog and what was typed
            self.show_invalid(as_list(exc), focus=True)
            return
        except PlannerError as exc:
            self.save_failed(exc)
            return
        super().accept()

    def save_failed(self, exc: PlannerError) -> None:
        """Show a refused save that names no field of the form (a colleague's change, a rule about other
        records); the dialog stays open with what was typed. Here: a message box; an editor may show it inside."""
        messages.show_error(self, exc.message)


__all__ = ["FormRecordDialog", "RecordDialog", "as_list", "error_label", "mark", "scrolled"]
