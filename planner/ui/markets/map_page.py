"""The stall map as a page: title, subtitle, the map and its legend (printing, PDF, render)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
)

from planner.i18n import _
from planner.services.formatting import format_date_range
from planner.services.dto import MarketRow
from planner.services.timeutil import format_date
from planner.ui.markets.map_legend import paint_legend
from planner.ui.markets.map_scene import StallMapScene
from planner.ui.markets.map_style import font_of


def map_titles(market: MarketRow, day: dt.date | None, colour_by: str, printed: dt.date | None) -> tuple[str, str]:
    """Return the title and subtitle written above a printed or rendered map."""
    shown = format_date(day) if day else _("all days")
    subtitle = (
        _("%1 · shown: %2 · coloured by %3")
        .replace("%1", _days(market.first_day, market.last_day)).replace("%2", shown).replace("%3", colour_by)
    )
    if printed is not None:
        subtitle += " · " + _("printed %1").replace("%1", format_date(printed))
    return _("Stall map: %1").replace("%1", market.title), subtitle


def _days(first: dt.date, last: dt.date) -> str:
    return format_date_range(first, last)


def paint_map_page(painter: QPainter, page: QRectF, scene: StallMapScene, title: str, subtitle: str) -> None:
    """Paint a printable picture of the map into page: title, subtitle, map, legend."""
    unit = page.width() / 100  # layout in hundredths of the page width
    painter.save()
    painter.fillRect(page, QColor("#ffffff"))
    title_font = font_of(unit * 2.0, bold=True)
    painter.setFont(title_font)
    painter.setPen(QColor("#212121"))
    th = QFontMetricsF(title_font).height()
    painter.drawText(QRectF(page.left(), page.top(), page.width(), th), Qt.AlignmentFlag.AlignLeft, title)
    sub_font = font_of(unit * 1.25)
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
