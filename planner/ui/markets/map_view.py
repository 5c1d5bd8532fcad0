"""The view of the stall map: the whole map fitted, zoom with Ctrl+wheel and +/-, keyboard selection.

Keys (the map works without the mouse): Tab / Shift+Tab select the next / previous stall
(by code; past the last one the focus moves on), Ctrl+arrows select the nearest stall
in that direction, arrows (Shift: by a metre) nudge the selected stalls, Enter opens the
selected stall, + / - zoom, 0 shows the whole map again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from planner.ui.markets.map_items import StallItem
from planner.ui.markets.map_scene import StallMapScene

_DIRECTIONS = {
    Qt.Key.Key_Left: QPointF(-1, 0), Qt.Key.Key_Right: QPointF(1, 0),
    Qt.Key.Key_Up: QPointF(0, -1), Qt.Key.Key_Down: QPointF(0, 1),
}


class StallMapView(QGraphicsView):
    """Shows the stall map fitted to the view until the user zooms.

    Signals:
        stall_activated(int): Enter or a double click on a stall (id): open it.
    """

    ZOOM_STEP = 1.15
    stall_activated = Signal(int)

    def __init__(self, scene: StallMapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.map_scene = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setAcceptDrops(True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setObjectName("stall_map")
        self._auto_fit = True

    # --- zoom -------------------------------------------------------------

    @property
    def fitted(self) -> bool:
        """True while the view shows the whole map (and refits when resized)."""
        return self._auto_fit

    def zoom_by(self, factor: float) -> None:
        self._auto_fit = False
        current = self.transform().m11()
        factor = min(max(factor, 0.1 / current), 8.0 / current)
        self.scale(factor, factor)

    def fit(self) -> None:
        """Show the whole map (and keep it whole when the window is resized)."""
        self._auto_fit = True
        self.fitInView(self.map_scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._auto_fit:
            self.fitInView(self.map_scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        """Ctrl+wheel zooms (as in Office); the wheel alone scrolls."""
        steps = event.angleDelta().y() / 120
        if steps and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(self.ZOOM_STEP**steps)
            event.accept()
        else:
            super().wheelEvent(event)

    # --- keyboard ---------------------------------------------------------

    def _ordered(self) -> list[StallItem]:
        return sorted(self.map_scene.stall_items(), key=lambda it: it.view.stall.code)

    def _selected(self) -> list[StallItem]:
        return [it for it in self._ordered() if it.isSelected()]

    def select_stall(self, item: StallItem) -> None:
        """Make one stall the selection and keep it in sight."""
        self.map_scene.clearSelection()
        item.setSelected(True)
        self.ensureVisible(item, 8, 8)

    def step_selection(self, forward: bool) -> bool:
        """Select the next (previous) stall by code; False past the last (first) one."""
        items = self._ordered()
        if not items:
            return False
        selected = self._selected()
        if not selected:
            index = 0 if forward else len(items) - 1
        else:
            index = items.index(selected[-1 if forward else 0]) + (1 if forward else -1)
            if not 0 <= index < len(items):
                return False
        self.select_stall(items[index])
        return True

    def select_towards(self, direction: QPointF) -> bool:
        """Select the nearest stall in a direction from the selected one (the first stall if none)."""
        items = self._ordered()
        selected = self._selected()
        if not selected:
            return self.step_selection(True)
        here = selected[0].sceneBoundingRect().center()
        best: tuple[float, StallItem] | None = None
        for it in items:
            d = it.sceneBoundingRect().center() - here
            along = d.x() * direction.x() + d.y() * direction.y()
            if it is selected[0] or along <= 0:
                continue
            across = abs(d.x() * direction.y() - d.y() * direction.x())
            score = along + 2 * across  # prefer the stall straight ahead
            if best is None or score < best[0]:
                best = (score, it)
        if best is None:
            return False
        self.select_stall(best[1])
        return True

    def event(self, event: QEvent) -> bool:
        # Tab walks through the stalls before the focus moves on (QWidget would take it first).
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            plain = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
            if plain and key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                forward = key == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                if self.step_selection(forward):
                    event.accept()
                    return True
                self.map_scene.clearSelection()
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = Qt.Key(event.key()), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        selected = self._selected()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(self.ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(1 / self.ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.fit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and len(selected) == 1:
            self.stall_activated.emit(selected[0].stall_id)
        elif key in _DIRECTIONS and (ctrl or not selected):
            self.select_towards(_DIRECTIONS[key])
        else:
            super().keyPressEvent(event)  # the scene nudges the selected stalls with the arrows
            return
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        item = self.map_scene.stall_at(self.mapToScene(event.position().toPoint()))
        if item is not None:
            self.stall_activated.emit(item.stall_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)
