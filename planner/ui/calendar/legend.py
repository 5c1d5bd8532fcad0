"""The colour legend in the calendar's side panel: what each colour means, in either colour mode."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget
from planner.i18n import _


class _Swatches(QWidget):
    """Rows of a colour swatch and its label (elided to the width, the full text as tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[tuple[str, QColor]] = []
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def line_height(self) -> int:
        return self.fontMetrics().height() + 4

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(160, max(1, len(self.entries)) * self.line_height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(60, self.sizeHint().height())

    def set_entries(self, entries: list[tuple[str, QColor]]) -> None:
        if entries == self.entries:
            return  # the next month shows the same series: no relayout, no repaint
        self.entries = list(entries)
        self.setToolTip("\n".join(label for label, _ in self.entries))
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        h = self.line_height()
        box = fm.height() - 4
        for i, (label, colour) in enumerate(self.entries):
            y = i * h
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawRoundedRect(QRectF(2, y + (h - box) / 2, box * 1.6, box), 2, 2)
            p.setPen(self.palette().text().color())
            x = int(box * 1.6 + 8)
            text = fm.elidedText(label, Qt.TextElideMode.ElideRight, max(0, self.width() - x - 2))
            p.drawText(x, y, self.width() - x, h, int(Qt.AlignmentFlag.AlignVCenter), text)
        p.end()


class ColourLegend(QWidget):
    """A titled legend: "Colours by series" or "Colours by category", and the entries shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("colour_legend")
        self.title = QLabel()
        self.swatches = _Swatches()
        self.empty = QLabel(_("No events shown."))
        self.empty.setEnabled(False)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.title)
        box.addWidget(self.swatches)
        box.addWidget(self.empty)
        self.set_entries("series", [])

    def set_entries(self, colour_by: str, entries: list[tuple[str, QColor]]) -> None:
        """Show the legend of a colour mode ("series" or "category")."""
        title = _("Colours by category") if colour_by == "category" else _("Colours by series")
        self.title.setText(f"<b>{title}</b>")
        self.swatches.set_entries(entries)
        self.swatches.setVisible(bool(entries))
        self.empty.setVisible(not entries)

    def entries(self) -> list[tuple[str, QColor]]:
        """Return the (label, colour) pairs shown."""
        return list(self.swatches.entries)


__all__ = ["ColourLegend"]
