"""The legend of the stall map: its entries for a colouring and the painting of its swatches."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtWidgets import QSizePolicy, QWidget
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)

from planner.i18n import _, pgettext
from planner.models.enums import VendorCategory
from planner.services.market_map import StallState, StallView
from planner.ui.labels import vendor_category_label
from planner.ui.markets.map_style import CATEGORY_COLOURS, STATE_COLOURS, ColourBy, bolt, font_of, state_label


@dataclass(frozen=True)
class LegendEntry:
    label: str
    brush: QBrush
    dashed: bool = False
    power: bool = False



def legend_entries(colour_by: ColourBy, views: Sequence[StallView]) -> list[LegendEntry]:
    """Return the legend entries of the current colouring."""
    entries: list[LegendEntry] = []
    if colour_by is ColourBy.STATUS:
        for state in StallState:
            entries.append(LegendEntry(state_label(state), QBrush(QColor(STATE_COLOURS[state])), state is StallState.FREE))
    else:
        present = [c for c in VendorCategory if any(v.category is c for v in views)]
        for cat in present:
            entries.append(LegendEntry(vendor_category_label(cat), QBrush(QColor(CATEGORY_COLOURS[cat]))))
        entries.append(LegendEntry(_("Free"), QBrush(QColor(STATE_COLOURS[StallState.FREE])), True))
        if any(v.state is StallState.APPLIED for v in views):
            entries.append(LegendEntry(_("Applications only"), QBrush(QColor("#757575"), Qt.BrushStyle.BDiagPattern)))
    entries.append(LegendEntry(pgettext("StallMap", "Power outlet"), QBrush(), power=True))
    return entries


@dataclass(frozen=True)
class _Layout:
    rows: list[list[int]]
    widths: list[float]
    width: float
    height: float
    swatch: float
    pad: float
    line_h: float


def _layout(entries: Sequence[LegendEntry], font_px: float, max_width: float) -> _Layout:
    fm = QFontMetricsF(font_of(font_px))
    sw = font_px * 1.3
    pad = font_px * 0.6
    line_h = max(sw, fm.height()) + pad * 0.6
    widths = [sw + pad / 2 + fm.horizontalAdvance(e.label) + pad * 1.5 for e in entries]
    rows: list[list[int]] = [[]]
    used = pad
    for i, w in enumerate(widths):
        if rows[-1] and used + w > max_width:
            rows.append([])
            used = pad
        rows[-1].append(i)
        used += w
    width = max(pad + sum(widths[i] for i in row) for row in rows)
    return _Layout(rows, widths, width, len(rows) * line_h + 1.4 * pad, sw, pad, line_h)


def legend_size(entries: Sequence[LegendEntry], font_px: float, max_width: float) -> tuple[float, float]:
    """Return the (width, height) the legend takes when wrapped to max_width."""
    layout = _layout(entries, font_px, max_width)
    return layout.width, layout.height


def paint_legend(
    painter: QPainter,
    origin: QPointF,
    entries: Sequence[LegendEntry],
    font_px: float,
    *,
    opaque: bool = True,
    max_width: float = float("inf"),
) -> QRectF:
    """Paint the legend's swatches from origin (top-left) in rows no wider than max_width; return the area."""
    font = font_of(font_px)
    fm = QFontMetricsF(font)
    lay = _layout(entries, font_px, max_width)
    rows, widths, sw, pad, line_h = lay.rows, lay.widths, lay.swatch, lay.pad, lay.line_h
    width, height = lay.width, lay.height
    area = QRectF(origin, origin + QPointF(width, height))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if opaque:
        painter.setPen(QPen(QColor("#b0bec5"), 1))
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.drawRoundedRect(area, 4, 4)
    painter.setFont(font)
    for r, row in enumerate(rows):
        x = area.left() + pad
        mid = area.top() + 0.7 * pad + (r + 0.5) * line_h
        for i in row:
            e = entries[i]
            swatch = QRectF(x, mid - sw / 2, sw, sw)
            if e.power:
                centre = swatch.center()
                painter.setPen(QPen(QColor("#5d4037"), 0.8))
                painter.setBrush(QColor("#ffd54f"))
                painter.drawEllipse(centre, sw / 2, sw / 2)
                painter.setBrush(QColor("#3e2723"))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawPolygon(bolt(centre, sw * 0.75))
            else:
                painter.setBrush(QColor("#ffffff"))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawRect(swatch)
                painter.setBrush(e.brush)
                painter.setPen(QPen(QColor("#546e7a"), 1, Qt.PenStyle.DashLine if e.dashed else Qt.PenStyle.SolidLine))
                painter.drawRect(swatch)
            painter.setPen(QColor("#212121"))
            text_x = swatch.right() + pad / 2
            text_w = fm.horizontalAdvance(e.label)
            painter.drawText(QRectF(text_x, mid - line_h / 2, text_w + 2, line_h), Qt.AlignmentFlag.AlignVCenter, e.label)
            x += widths[i]
    painter.restore()
    return area


class MapLegend(QWidget):
    """The legend shown below the map, in its own strip so it covers no stall (wraps to its width)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("map_legend")
        self._entries: list[LegendEntry] = []
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_entries(self, entries: Sequence[LegendEntry]) -> None:
        self._entries = list(entries)
        self.updateGeometry()
        self.update()

    def entries(self) -> list[LegendEntry]:
        return list(self._entries)

    def _font_px(self) -> float:
        return float(self.fontInfo().pixelSize())

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        if not self._entries:
            return 0
        return int(legend_size(self._entries, self._font_px(), max(width, 50))[1]) + 1

    def sizeHint(self) -> QSize:  # noqa: N802
        if not self._entries:
            return QSize(0, 0)
        w, h = legend_size(self._entries, self._font_px(), float("inf"))
        return QSize(int(w) + 1, int(h) + 1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(50, self.heightForWidth(max(self.width(), 50)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.setMinimumHeight(self.heightForWidth(self.width()))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if not self._entries:
            return
        painter = QPainter(self)
        paint_legend(painter, QPointF(0, 0), self._entries, self._font_px(), opaque=False, max_width=self.width())
        painter.end()
