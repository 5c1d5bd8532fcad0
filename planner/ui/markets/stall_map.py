"""The stall map: the square(s) of a market drawn to scale, stalls as shapes you can drag.

The scene only draws what it is given (StallView rows) and emits intents; the page
calls the services (booking a vendor dropped on a stall, saving moved stalls).
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneDragDropEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from planner.models.enums import StallKind, VendorCategory
from planner.services.formatting import format_date_range, format_decimal
from planner.services.dto import MarketRow
from planner.services.market_map import StallState, StallView
from planner.services.timeutil import format_date
from planner.ui.labels import vendor_category_label

log = logging.getLogger(__name__)

SCALE = 20.0
"""Scene pixels per metre."""
GRID_M = 0.25
"""Moved stalls snap to this grid (metres)."""
VENDOR_MIME = "application/x-planner-vendor-id"
"""Mime type of a vendor dragged from the vendor list (payload: the vendor id as text)."""


class ColourBy(enum.Enum):
    CATEGORY = "category"
    STATUS = "status"


STATE_COLOURS = {
    StallState.FREE: "#eceff1",
    StallState.APPLIED: "#ffe082",
    StallState.UNPAID: "#ffab91",
    StallState.PAID: "#a5d6a7",
}

CATEGORY_COLOURS = {
    VendorCategory.FOOD_PACKAGED: "#ffcc80",
    VendorCategory.FOOD_UNPACKAGED: "#bcaaa4",
    VendorCategory.HOT_FOOD: "#ef9a9a",
    VendorCategory.DRINKS: "#90caf9",
    VendorCategory.CRAFTS: "#a5d6a7",
    VendorCategory.TEXTILES: "#ce93d8",
    VendorCategory.DECORATIONS: "#fff59d",
    VendorCategory.SERVICES: "#80cbc4",
    VendorCategory.OTHER: "#b0bec5",
}


def state_label(state: StallState) -> str:
    return {
        StallState.FREE: QCoreApplication.translate("StallMap", "Free"),
        StallState.APPLIED: QCoreApplication.translate("StallMap", "Applications only"),
        StallState.UNPAID: QCoreApplication.translate("StallMap", "Approved, unpaid"),
        StallState.PAID: QCoreApplication.translate("StallMap", "Approved, paid"),
    }[state]


def short_vendor_name(name: str) -> str:
    """Return the part of a vendor name worth printing on a small stall.

    'Petra Hliňáková – Keramika Hliněný kos' -> 'Keramika Hliněný kos';
    'Medový vánek s.r.o.' -> 'Medový vánek'.
    """
    text = name.split(" – ", 1)[1] if " – " in name else name
    for suffix in (" s.r.o.", ", s.r.o.", " a.s.", " z.s.", " spol. s r.o."):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text.strip().rstrip(",") or name


def map_titles(market: MarketRow, day: dt.date | None, colour_by: str, printed: dt.date | None) -> tuple[str, str]:
    """Return the title and subtitle written above a printed or rendered map."""
    shown = format_date(day) if day else QCoreApplication.translate("StallMap", "all days")
    subtitle = (
        QCoreApplication.translate("StallMap", "%1 · shown: %2 · coloured by %3")
        .replace("%1", _days(market.first_day, market.last_day)).replace("%2", shown).replace("%3", colour_by)
    )
    if printed is not None:
        subtitle += " · " + QCoreApplication.translate("StallMap", "printed %1").replace("%1", format_date(printed))
    return QCoreApplication.translate("StallMap", "Stall map: %1").replace("%1", market.title), subtitle


def _days(first: dt.date, last: dt.date) -> str:
    return format_date_range(first, last)


def wrap_lines(fm: QFontMetricsF, text: str, width: float, max_lines: int = 2) -> list[str]:
    """Word-wrap text into at most max_lines lines of the width, eliding the last one."""
    words = text.split()
    lines: list[str] = []
    current = ""
    for i, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if fm.horizontalAdvance(candidate) <= width or not current:
            current = candidate
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines - 1:
            current = " ".join(words[i:])
            break
    if current:
        lines.append(current)
    return [fm.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines[:max_lines]]


def _font(pixel_size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(pixel_size)))
    font.setBold(bold)
    return font


def _bolt(centre: QPointF, size: float) -> QPolygonF:
    """A lightning bolt (the power outlet marker) of the given height."""
    s = size / 10
    points = [(1, -5), (-3, 1), (0, 1), (-1, 5), (3, -1), (0, -1), (1, -5)]
    return QPolygonF([QPointF(centre.x() + x * s, centre.y() + y * s) for x, y in points])


class StallItem(QGraphicsItem):
    """One stall: a rotated rectangle with its code, the booked vendor below, power marker."""

    LABEL_LINES = 2

    def __init__(self, view: StallView, colour_by: ColourBy, map_rect: QRectF) -> None:
        super().__init__()
        self.view = view
        self.colour_by = colour_by
        self.map_rect = map_rect
        self.drop_target = False
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        # The geometry is fixed for the item's life (a change rebuilds the items): compute it once,
        # boundingRect() and shape() are called for every paint and hit test.
        self._transform = self._make_transform()
        self._polygon = self._transform.map(QPolygonF(self.body_rect()))
        self._label_rect = self._make_label_rect()
        self._bounds = self._polygon.boundingRect().united(self._label_rect).adjusted(-3, -3, 3, 3)
        self._shape = QPainterPath()
        self._shape.addPolygon(self._polygon)
        self.setPos(view.stall.x_m * SCALE, view.stall.y_m * SCALE)
        self.setToolTip(self._tooltip())
        self.setZValue(1)

    @property
    def stall_id(self) -> int:
        return self.view.stall.id

    # --- geometry ---------------------------------------------------------

    def body_rect(self) -> QRectF:
        s = self.view.stall
        return QRectF(0, 0, float(s.width_m) * SCALE, float(s.depth_m) * SCALE)

    def _make_transform(self) -> QTransform:
        centre = self.body_rect().center()
        t = QTransform().translate(centre.x(), centre.y()).rotate(self.view.stall.rotation)
        return t.translate(-centre.x(), -centre.y())

    def body_transform(self) -> QTransform:
        """Rotation of the body about its centre (the label below stays upright)."""
        return self._transform

    def body_polygon(self) -> QPolygonF:
        return self._polygon

    def _make_label_rect(self) -> QRectF:
        body = self._polygon.boundingRect()
        width = max(body.width(), 1.5 * SCALE) + 1.3 * SCALE
        height = self.LABEL_LINES * self._label_font_px() * 1.25
        return QRectF(body.center().x() - width / 2, body.bottom() + 2, width, height)

    def label_rect(self) -> QRectF:
        return self._label_rect

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def _label_font_px(self) -> float:
        return 0.5 * SCALE

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:  # noqa: N802
        if change is QGraphicsItem.GraphicsItemChange.ItemPositionChange and isinstance(value, QPointF):
            grid = GRID_M * SCALE
            body = self.body_rect()
            x = round(value.x() / grid) * grid
            y = round(value.y() / grid) * grid
            x = min(max(x, self.map_rect.left()), self.map_rect.right() - body.width())
            y = min(max(y, self.map_rect.top()), self.map_rect.bottom() - body.height())
            return QPointF(x, y)
        return super().itemChange(change, value)

    def position_m(self) -> tuple[float, float]:
        """Return the stall's top-left corner in metres."""
        return round(self.pos().x() / SCALE, 2), round(self.pos().y() / SCALE, 2)

    # --- painting ---------------------------------------------------------

    def fill(self) -> QBrush:
        v = self.view
        if self.colour_by is ColourBy.STATUS:
            return QBrush(QColor(STATE_COLOURS[v.state]))
        if v.category is None:
            return QBrush(QColor(STATE_COLOURS[StallState.FREE]))
        colour = QColor(CATEGORY_COLOURS[v.category])
        if v.state is StallState.APPLIED:
            return QBrush(colour.darker(130), Qt.BrushStyle.BDiagPattern)
        return QBrush(colour)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        v = self.view
        polygon = self.body_polygon()
        if self.isSelected():
            pen = QPen(QColor("#1565c0"), 3)
        elif self.drop_target:
            pen = QPen(QColor("#2e7d32"), 4)
        elif v.state is StallState.FREE:
            pen = QPen(QColor("#78909c"), 1.2, Qt.PenStyle.DashLine)
        else:
            pen = QPen(QColor("#37474f"), 1.2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.save()
        painter.setTransform(self.body_transform(), True)
        rect = self.body_rect()
        radius = 0.35 * SCALE if v.stall.kind is StallKind.FOOD_TRUCK else 0.0
        if v.state is StallState.APPLIED and self.colour_by is ColourBy.CATEGORY:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#ffffff"))
            painter.drawRoundedRect(rect, radius, radius)
        painter.setPen(pen)
        painter.setBrush(self.fill())
        painter.drawRoundedRect(rect, radius, radius)
        self._paint_kind(painter, rect)
        painter.restore()

        body = polygon.boundingRect()
        painter.setPen(QColor("#212121"))
        painter.setFont(_font(min(0.7 * SCALE, body.height() * 0.42), bold=True))
        painter.drawText(body, Qt.AlignmentFlag.AlignCenter, v.stall.code)

        if v.stall.has_power:
            r = 0.32 * SCALE
            centre = QPointF(body.right() - r - 1.5, body.top() + r + 1.5)
            painter.setPen(QPen(QColor("#5d4037"), 0.8))
            painter.setBrush(QColor("#ffd54f"))
            painter.drawEllipse(centre, r, r)
            painter.setBrush(QColor("#3e2723"))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawPolygon(_bolt(centre, r * 1.5))
        if v.warning:
            painter.setPen(QPen(QColor("#c62828"), 2.2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolygon(polygon)

        if v.vendors:
            font = _font(self._label_font_px())
            painter.setFont(font)
            painter.setPen(QColor("#212121"))
            fm = QFontMetricsF(font)
            rect = self.label_rect()
            text = " + ".join(short_vendor_name(n) for n in v.vendors)
            if v.state is StallState.APPLIED:
                text = f"({text})"
            y = rect.top()
            for line in wrap_lines(fm, text, rect.width(), self.LABEL_LINES):
                painter.drawText(QRectF(rect.left(), y, rect.width(), fm.height()), Qt.AlignmentFlag.AlignHCenter, line)
                y += fm.height()

    def _paint_kind(self, painter: QPainter, rect: QRectF) -> None:
        """Mark the kind of stall: hut roof ridge, tent diagonals, food truck wheels, own stand inset."""
        kind = self.view.stall.kind
        painter.setPen(QPen(QColor(0, 0, 0, 60), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if kind is StallKind.HUT:
            painter.drawLine(QPointF(rect.left() + 2, rect.top() + 4), QPointF(rect.right() - 2, rect.top() + 4))
        elif kind is StallKind.TENT:
            painter.drawLine(rect.topLeft(), rect.bottomRight())
            painter.drawLine(rect.topRight(), rect.bottomLeft())
        elif kind is StallKind.OWN_STAND:
            painter.setPen(QPen(QColor(0, 0, 0, 80), 1, Qt.PenStyle.DotLine))
            painter.drawRect(rect.adjusted(3, 3, -3, -3))
        else:
            painter.setBrush(QColor("#424242"))
            r = 0.22 * SCALE
            for x in (rect.left() + rect.width() * 0.22, rect.right() - rect.width() * 0.22):
                painter.drawEllipse(QPointF(x, rect.bottom()), r, r)

    def _tooltip(self) -> str:
        from planner.ui.labels import stall_kind_label

        s = self.view.stall
        lines = [
            f"<b>{s.code}</b> · {stall_kind_label(s.kind)} · {_metres(s.width_m)} × {_metres(s.depth_m)} m",
        ]
        if s.zone:
            lines.append(s.zone)
        if s.has_power:
            lines.append(QCoreApplication.translate("StallMap", "Power outlet") + (f" {_metres(s.power_kw)} kW" if s.power_kw else ""))
        if s.has_water:
            lines.append(QCoreApplication.translate("StallMap", "Water"))
        lines.append(state_label(self.view.state) + (": " + ", ".join(self.view.vendors) if self.view.vendors else ""))
        if self.view.warning:
            lines.append(f"<span style='color:#c62828'>{self.view.warning}</span>")
        return "<br>".join(lines)


def _metres(value: Decimal | None) -> str:
    return format_decimal(value, trim=True)


class ZoneCaption(QGraphicsItem):
    """The name of a zone (square) written above its stalls."""

    def __init__(self, text: str, pos: QPointF) -> None:
        super().__init__()
        self.text = text
        self.font = _font(0.65 * SCALE, bold=True)
        self.setPos(pos)
        self.setZValue(0)

    def boundingRect(self) -> QRectF:  # noqa: N802
        fm = QFontMetricsF(self.font)
        return QRectF(0, -fm.height(), fm.horizontalAdvance(self.text) + 4, fm.height() + 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setFont(self.font)
        painter.setPen(QColor("#455a64"))
        painter.drawText(self.boundingRect(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.text)


@dataclass(frozen=True)
class LegendEntry:
    label: str
    brush: QBrush
    dashed: bool = False
    power: bool = False


class StallMapScene(QGraphicsScene):
    """The square(s) with the stalls.

    Signals:
        vendor_dropped(int, int): a vendor (id) was dropped on a stall (id): book it.
        stalls_moved(object): stalls were dragged: list of (stall id, x m, y m).
        stall_selected(object): the selected stall id, or None.
    """

    vendor_dropped = Signal(int, int)
    stalls_moved = Signal(object)
    stall_selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour_by = ColourBy.STATUS
        self.map_rect = QRectF(0, 0, 60 * SCALE, 40 * SCALE)
        self._views: list[StallView] = []
        self._items: dict[int, StallItem] = {}
        self._press_positions: dict[int, QPointF] = {}
        self._drop_item: StallItem | None = None
        self.selectionChanged.connect(self._on_selection)

    # --- content ----------------------------------------------------------

    def set_map(self, width_m: Decimal | float, depth_m: Decimal | float, views: Sequence[StallView]) -> None:
        """Replace the map size and the stalls drawn (keeps the selection by stall id)."""
        selected = {it.stall_id for it in self.stall_items() if it.isSelected()}
        self.blockSignals(True)
        self.clear()
        self._items.clear()
        self.map_rect = QRectF(0, 0, float(width_m) * SCALE, float(depth_m) * SCALE)
        self.setSceneRect(self.map_rect.marginsAdded(QMarginsF(SCALE, SCALE, SCALE, SCALE)))
        self._views = list(views)
        zones: dict[str, QPointF] = {}
        for v in self._views:
            item = StallItem(v, self.colour_by, self.map_rect)
            self.addItem(item)
            self._items[v.stall.id] = item
            if v.stall.id in selected:
                item.setSelected(True)
            if v.stall.zone:
                corner = QPointF(v.stall.x_m * SCALE, v.stall.y_m * SCALE)
                old = zones.get(v.stall.zone)
                zones[v.stall.zone] = corner if old is None else QPointF(min(old.x(), corner.x()), min(old.y(), corner.y()))
        for zone, corner in zones.items():
            self.addItem(ZoneCaption(zone, corner - QPointF(0, 0.35 * SCALE)))
        self.blockSignals(False)

    def set_colour_by(self, mode: ColourBy) -> None:
        self.colour_by = mode
        for item in self._items.values():
            item.colour_by = mode
            item.update()

    def stall_items(self) -> list[StallItem]:
        return list(self._items.values())

    def item_for(self, stall_id: int) -> StallItem | None:
        return self._items.get(stall_id)

    def stall_at(self, pos: QPointF) -> StallItem | None:
        for item in self.items(pos):
            if isinstance(item, StallItem) and item.shape().contains(item.mapFromScene(pos)):
                return item
        return None

    def content_rect(self) -> QRectF:
        """Return the part of the map worth showing: the stalls and captions, with a margin."""
        rect = QRectF()
        for item in self.items():
            rect = rect.united(item.sceneBoundingRect())
        if rect.isEmpty():
            return self.map_rect
        return rect.adjusted(-SCALE, -SCALE, SCALE, SCALE).intersected(self.sceneRect())

    def legend(self) -> list[LegendEntry]:
        """Return the legend entries of the current colouring."""
        entries: list[LegendEntry] = []
        if self.colour_by is ColourBy.STATUS:
            for state in StallState:
                entries.append(LegendEntry(state_label(state), QBrush(QColor(STATE_COLOURS[state])), state is StallState.FREE))
        else:
            present = [c for c in VendorCategory if any(v.category is c for v in self._views)]
            for cat in present:
                entries.append(LegendEntry(vendor_category_label(cat), QBrush(QColor(CATEGORY_COLOURS[cat]))))
            entries.append(LegendEntry(QCoreApplication.translate("StallMap", "Free"), QBrush(QColor(STATE_COLOURS[StallState.FREE])), True))
            if any(v.state is StallState.APPLIED for v in self._views):
                entries.append(LegendEntry(QCoreApplication.translate("StallMap", "Applications only"), QBrush(QColor("#757575"), Qt.BrushStyle.BDiagPattern)))
        entries.append(LegendEntry(QCoreApplication.translate("StallMap", "Power outlet"), QBrush(), power=True))
        return entries

    # --- drawing ----------------------------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802
        painter.fillRect(rect, QColor("#dfe3e6"))
        painter.fillRect(self.map_rect, QColor("#f6f2ea"))
        painter.setPen(QPen(QColor("#e4ddd0"), 1))
        step = 5 * SCALE
        x = self.map_rect.left() + step
        while x < self.map_rect.right():
            painter.drawLine(QPointF(x, self.map_rect.top()), QPointF(x, self.map_rect.bottom()))
            x += step
        y = self.map_rect.top() + step
        while y < self.map_rect.bottom():
            painter.drawLine(QPointF(self.map_rect.left(), y), QPointF(self.map_rect.right(), y))
            y += step
        painter.setPen(QPen(QColor("#8d8d8d"), 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self.map_rect)
        # scale bar: 10 m in the bottom-right corner of the square
        bar = 10 * SCALE
        right = self.map_rect.right() - SCALE
        bottom = self.map_rect.bottom() - SCALE
        painter.setPen(QPen(QColor("#424242"), 2))
        painter.drawLine(QPointF(right - bar, bottom), QPointF(right, bottom))
        for x in (right - bar, right):
            painter.drawLine(QPointF(x, bottom - 4), QPointF(x, bottom + 4))
        painter.setFont(_font(0.55 * SCALE))
        painter.drawText(QRectF(right - bar, bottom - 0.9 * SCALE, bar, 0.8 * SCALE), Qt.AlignmentFlag.AlignCenter, "10 m")

    # --- interaction ------------------------------------------------------

    def _on_selection(self) -> None:
        selected = [it for it in self.stall_items() if it.isSelected()]
        self.stall_selected.emit(selected[0].stall_id if len(selected) == 1 else None)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        self._press_positions = {it.stall_id: it.pos() for it in self.stall_items()}
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        self.commit_moves()

    def commit_moves(self) -> None:
        """Emit stalls_moved for the stalls whose position changed since the mouse press."""
        moved = []
        for item in self.stall_items():
            before = self._press_positions.get(item.stall_id)
            if before is not None and before != item.pos():
                moved.append((item.stall_id, *item.position_m()))
        self._press_positions = {}
        if moved:
            self.stalls_moved.emit(moved)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Arrow keys nudge the selected stalls by the grid (Shift: by a metre)."""
        step = (1.0 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else GRID_M) * SCALE
        delta = {
            Qt.Key.Key_Left: QPointF(-step, 0), Qt.Key.Key_Right: QPointF(step, 0),
            Qt.Key.Key_Up: QPointF(0, -step), Qt.Key.Key_Down: QPointF(0, step),
        }.get(Qt.Key(event.key()))
        selected = [it for it in self.stall_items() if it.isSelected()]
        if delta is None or not selected:
            super().keyPressEvent(event)
            return
        self._press_positions = {it.stall_id: it.pos() for it in self.stall_items()}
        for item in selected:
            item.setPos(item.pos() + delta)
        self.commit_moves()
        event.accept()

    def _set_drop_item(self, item: StallItem | None) -> None:
        if self._drop_item is item:
            return
        if self._drop_item is not None:
            self._drop_item.drop_target = False
            self._drop_item.update()
        self._drop_item = item
        if item is not None:
            item.drop_target = True
            item.update()

    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802
        event.setAccepted(event.mimeData().hasFormat(VENDOR_MIME))

    def dragMoveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802
        item = self.stall_at(event.scenePos()) if event.mimeData().hasFormat(VENDOR_MIME) else None
        self._set_drop_item(item)
        if item is not None:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802
        self._set_drop_item(None)

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802
        self._set_drop_item(None)
        mime = event.mimeData()
        item = self.stall_at(event.scenePos())
        if item is None or not mime.hasFormat(VENDOR_MIME):
            event.ignore()
            return
        try:
            vendor_id = int(bytes(mime.data(VENDOR_MIME).data()).decode())
        except ValueError:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.vendor_dropped.emit(item.stall_id, vendor_id)


def paint_legend(
    painter: QPainter,
    origin: QPointF,
    entries: Sequence[LegendEntry],
    font_px: float,
    *,
    opaque: bool = True,
    max_width: float = float("inf"),
    from_bottom: bool = False,
) -> QRectF:
    """Paint the legend's swatches in rows no wider than max_width; return the area used.

    origin is the top-left corner, or the bottom-left one when from_bottom is set
    (the floating legend of the view grows upwards from the viewport's bottom).
    """
    font = _font(font_px)
    fm = QFontMetricsF(font)
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
    height = len(rows) * line_h + 1.4 * pad
    top_left = origin - QPointF(0, height) if from_bottom else origin
    area = QRectF(top_left, top_left + QPointF(width, height))
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
                painter.drawPolygon(_bolt(centre, sw * 0.75))
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


def paint_map_page(painter: QPainter, page: QRectF, scene: StallMapScene, title: str, subtitle: str) -> None:
    """Paint a printable picture of the map into page: title, subtitle, map, legend."""
    unit = page.width() / 100  # layout in hundredths of the page width
    painter.save()
    painter.fillRect(page, QColor("#ffffff"))
    title_font = _font(unit * 2.0, bold=True)
    painter.setFont(title_font)
    painter.setPen(QColor("#212121"))
    th = QFontMetricsF(title_font).height()
    painter.drawText(QRectF(page.left(), page.top(), page.width(), th), Qt.AlignmentFlag.AlignLeft, title)
    sub_font = _font(unit * 1.25)
    painter.setFont(sub_font)
    sh = QFontMetricsF(sub_font).height()
    painter.setPen(QColor("#455a64"))
    painter.drawText(QRectF(page.left(), page.top() + th, page.width(), sh), Qt.AlignmentFlag.AlignLeft, subtitle)
    legend_px = unit * 1.15
    legend_h = legend_px * 2.6
    top = page.top() + th + sh + unit * 0.6
    target = QRectF(page.left(), top, page.width(), page.bottom() - top - legend_h - unit * 0.6)
    source = scene.content_rect()
    # keep the aspect ratio and centre the map in the free area
    scale = min(target.width() / source.width(), target.height() / source.height())
    w, h = source.width() * scale, source.height() * scale
    drawn = QRectF(target.left() + (target.width() - w) / 2, target.top(), w, h)
    selected = [it for it in scene.stall_items() if it.isSelected()]
    for it in selected:
        it.setSelected(False)
    scene.render(painter, drawn, source)
    for it in selected:
        it.setSelected(True)
    paint_legend(painter, QPointF(drawn.left(), drawn.bottom() + unit * 0.6), scene.legend(), legend_px,
                 opaque=False, max_width=page.right() - drawn.left())
    painter.restore()


class StallMapView(QGraphicsView):
    """Shows the stall map: wheel zooms, the legend floats in the bottom-left corner."""

    ZOOM_STEP = 1.15

    def __init__(self, scene: StallMapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.map_scene = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setAcceptDrops(True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setObjectName("stall_map")
        self._auto_fit = True

    def zoom_by(self, factor: float) -> None:
        self._auto_fit = False
        current = self.transform().m11()
        factor = min(max(factor, 0.1 / current), 8.0 / current)
        self.scale(factor, factor)

    def fit(self) -> None:
        """Show all the stalls (and keep them all in view when the window is resized)."""
        self._auto_fit = True
        self.fitInView(self.map_scene.content_rect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._auto_fit:
            self.fitInView(self.map_scene.content_rect(), Qt.AspectRatioMode.KeepAspectRatio)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(self.ZOOM_STEP**steps)
            event.accept()
        else:
            super().wheelEvent(event)

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802
        painter.save()
        painter.resetTransform()
        entries = self.map_scene.legend()
        viewport = self.viewport()
        paint_legend(painter, QPointF(8, viewport.height() - 8), entries, 12.0,
                     max_width=viewport.width() - 16, from_bottom=True)
        painter.restore()
