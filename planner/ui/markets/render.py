"""The market picture for `planner render --view market --date D`: the printable stall map."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from planner.errors import PlannerError
from planner.i18n import _
from planner.services import markets as market_service
from planner.services import vendors as vendor_service
from planner.services.dto import MarketRow
from planner.services.timeutil import format_date
from planner.ui.context import AppContext
from planner.services.market_map import power_warnings, stall_views
from planner.ui.markets.map_page import map_titles, paint_map_page
from planner.ui.markets.map_scene import StallMapScene
from planner.ui.markets.map_style import ColourBy, colour_by_label


class MarketMapPicture(QWidget):
    """A widget painting one market's stall map as printed: title, map of the day, legend."""

    def __init__(self, ctx: AppContext, market: MarketRow, day: dt.date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.market = market
        self.day = day
        stalls = market_service.list_stalls(ctx.sm, market.event_id)
        bookings = market_service.list_bookings(ctx.sm, market.event_id)
        vendors = {v.id: v for v in vendor_service.list_vendors(ctx.sm, include_archived=True)}
        self.scene = StallMapScene(self)
        self.scene.set_colour_by(ColourBy.STATUS)
        warnings = power_warnings(stalls, bookings, vendors)
        self.scene.set_map(market.map_width_m, market.map_depth_m, stall_views(stalls, bookings, day, warnings))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        margin = max(8, self.width() // 80)
        title, subtitle = map_titles(self.market, self.day, colour_by_label(ColourBy.STATUS), None)
        paint_map_page(painter, QRectF(self.rect()).adjusted(margin, margin, -margin, -margin), self.scene, title, subtitle)
        painter.end()


class NoMarketThatDay(PlannerError):
    """No market runs on the day asked for."""


def build_market_picture(ctx: AppContext, day: dt.date) -> QWidget:
    """Return the stall map of the market running on the day (the render command's builder)."""
    market = market_service.market_for_day(ctx.sm, day)
    if market is None:
        raise NoMarketThatDay(_("--date: no market runs on {day}.").format(day=format_date(day)))
    return MarketMapPicture(ctx, market, day)
