"""The view of the stall map: zoom to fit, zoom with Ctrl+wheel and +/-, keyboard selection."""

from __future__ import annotations


from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsView,
    QWidget,
)

from planner.ui.markets.map_legend import paint_legend
from planner.ui.markets.map_scene import StallMapScene


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
