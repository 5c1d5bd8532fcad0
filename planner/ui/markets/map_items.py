"""The items drawn on the stall map: a stall (body, code, vendor label, power marker) and a zone caption."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from planner.i18n import _, pgettext
from planner.models.enums import StallKind
from planner.services.formatting import format_decimal
from planner.services.market_map import StallState, StallView
from planner.ui.markets.map_style import CATEGORY_COLOURS, GRID_M, SCALE, STATE_COLOURS, ColourBy, bolt, font_of, short_vendor_name, state_label, wrap_lines


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
        painter.setFont(font_of(min(0.7 * SCALE, body.height() * 0.42), bold=True))
        painter.drawText(body, Qt.AlignmentFlag.AlignCenter, v.stall.code)

        if v.stall.has_power:
            r = 0.32 * SCALE
            centre = QPointF(body.right() - r - 1.5, body.top() + r + 1.5)
            painter.setPen(QPen(QColor("#5d4037"), 0.8))
            painter.setBrush(QColor("#ffd54f"))
            painter.drawEllipse(centre, r, r)
            painter.setBrush(QColor("#3e2723"))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawPolygon(bolt(centre, r * 1.5))
        if v.warning:
            painter.setPen(QPen(QColor("#c62828"), 2.2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolygon(polygon)

        if v.vendors:
            font = font_of(self._label_font_px())
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
            lines.append(pgettext("StallMap", "Power outlet") + (f" {_metres(s.power_kw)} kW" if s.power_kw else ""))
        if s.has_water:
            lines.append(_("Water"))
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
        self.font = font_of(0.65 * SCALE, bold=True)
        self.setPos(pos)
        self.setZValue(0)

    def boundingRect(self) -> QRectF:  # noqa: N802
        fm = QFontMetricsF(self.font)
        return QRectF(0, -fm.height(), fm.horizontalAdvance(self.text) + 4, fm.height() + 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setFont(self.font)
        painter.setPen(QColor("#455a64"))
        painter.drawText(self.boundingRect(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.text)
