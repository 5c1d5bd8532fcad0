"""ColourButton: a swatch that opens the colour picker (QColorDialog) instead of a raw #rrggbb field."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QColorDialog, QPushButton, QWidget

from planner.i18n import _
from planner.ui.common.guard import FORM_VALUE


def pick_colour(parent: QWidget, current: QColor, title: str) -> QColor | None:
    """Show the colour dialog; return the chosen colour or None when cancelled (tests patch this)."""
    colour = QColorDialog.getColor(current, parent, title)
    return colour if colour.isValid() else None


class ColourButton(QPushButton):
    """Shows the colour as a swatch and its #rrggbb; a click (or Space) opens the colour picker.

    ``colour()`` is the lower-case "#rrggbb" text the services store; ``colourChanged`` fires when
    the user picked another one.
    """

    colourChanged = Signal(str)  # noqa: N815  (Qt naming)

    def __init__(self, colour: str = "#607d8b", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour = ""
        self.set_colour(colour)
        self.clicked.connect(self.choose)

    def colour(self) -> str:
        return self._colour

    def set_colour(self, colour: str) -> None:
        """Show a colour ("#rrggbb"; an unreadable one shows as grey but is kept for the validation)."""
        self._colour = colour
        self.setProperty(FORM_VALUE, colour)  # the unsaved-changes guard sees a new colour
        shown = QColor(colour) if QColor.isValidColorName(colour) else QColor("#9e9e9e")
        size = self.fontMetrics().height()
        pixmap = QPixmap(size * 2, size)
        pixmap.fill(shown)
        self.setIcon(QIcon(pixmap))
        self.setIconSize(QSize(size * 2, size))
        self.setText(colour)

    def choose(self) -> None:
        current = QColor(self._colour) if QColor.isValidColorName(self._colour) else QColor("#607d8b")
        picked = pick_colour(self, current, _("Choose a colour"))
        if picked is None:
            return
        name = picked.name().lower()
        if name != self._colour:
            self.set_colour(name)
            self.colourChanged.emit(name)


__all__ = ["ColourButton", "pick_colour"]
