"""ViewSwitcher: the row of view buttons, or one "view" menu button when the window is narrow.

On a 1024-px screen at 150 % the six buttons (Měsíc … Místa) alone take half the width: the page
asks for the compact form then, and the switcher's minimum is always the compact one, so the
window can be made narrow enough to fit the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLayout, QMenu, QToolButton, QWidget
from planner.i18n import _


class ViewSwitcher(QWidget):
    """Buttons for the views (index = the view's number); ``set_compact`` folds them into a menu.

    Signals: view_picked(int): a view was chosen (its index) in either form.
    """

    view_picked = Signal(int)

    def __init__(self, entries: list[tuple[int, str, str, str]], parent: QWidget | None = None) -> None:
        """``entries``: (index, button text, full name for the menu, tooltip) in the order shown."""
        super().__init__(parent)
        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(True)
        self._names: dict[int, str] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.compact_button = QToolButton()
        self.compact_button.setObjectName("view_menu")
        self.compact_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.compact_button)
        self._actions = QActionGroup(self)
        self._menu_actions: dict[int, QAction] = {}
        for index, text, name, tip in entries:
            button = QToolButton()
            button.setText(text)
            button.setCheckable(True)
            button.setToolTip(tip)
            self.buttons.addButton(button, index)
            row.addWidget(button)
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setToolTip(tip)
            action.triggered.connect(lambda _checked=False, i=index: self.view_picked.emit(i))
            self._actions.addAction(action)
            self._menu_actions[index] = action
            self._names[index] = name
        self.compact_button.setMenu(menu)
        self.compact_button.setToolTip(_("Choose the view (Ctrl+1 … Ctrl+6)"))
        row.addWidget(self.compact_button)
        self.compact_button.hide()
        self.buttons.idClicked.connect(self.view_picked)
        self._compact = False

    def full_width(self) -> int:
        """Return the width of the row of buttons."""
        return sum(b.sizeHint().width() for b in self.buttons.buttons())

    def is_compact(self) -> bool:
        return self._compact

    def set_compact(self, compact: bool) -> None:
        """Show one menu button (True) or the row of buttons (False)."""
        if compact == self._compact:
            return
        self._compact = compact
        for button in self.buttons.buttons():
            button.setVisible(not compact)
        self.compact_button.setVisible(compact)
        self.updateGeometry()

    def set_current(self, index: int) -> None:
        """Mark the view shown."""
        self.buttons.button(index).setChecked(True)
        self._menu_actions[index].setChecked(True)
        self.compact_button.setText(self._names[index])
        # as wide as the longest name (plus the menu arrow): the row does not jump between views
        widest = max(self.compact_button.fontMetrics().horizontalAdvance(n) for n in self._names.values())
        self.compact_button.setMinimumWidth(widest + self.compact_button.sizeHint().width()
                                            - self.compact_button.fontMetrics().horizontalAdvance(self._names[index]))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """The compact form's size: the page switches to it rather than push the window wider."""
        return self.compact_button.sizeHint().expandedTo(self.compact_button.minimumSize())
