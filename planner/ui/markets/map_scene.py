"""The stall map scene: the square(s) of a market drawn to scale, stalls as items you can drag.

The scene only draws what it is given (StallView rows) and emits intents; the page
calls the services (booking a vendor dropped on a stall, saving moved stalls).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QMarginsF, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import (
    QGraphicsScene,
    QGraphicsSceneDragDropEvent,
    QGraphicsSceneMouseEvent,
    QWidget,
)

from planner.services.market_map import StallView
from planner.ui.markets.map_items import StallItem, ZoneCaption
from planner.ui.markets.map_legend import LegendEntry, legend_entries
from planner.ui.markets.map_style import GRID_M, SCALE, VENDOR_MIME, ColourBy, font_of


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
        return legend_entries(self.colour_by, self._views)

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
        painter.setFont(font_of(0.55 * SCALE))
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
