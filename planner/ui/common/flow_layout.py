"""FlowLayout: widgets in rows, left to right, a new row when the next one does not fit.

A tool row that fits one line at 1366 px wraps onto a second line at 1024 px and 150 % instead of
clipping a combo box or hiding it in a tool bar's » menu (where a widget does not appear). Every
item gets its full width, except a tool bar added with :meth:`FlowLayout.add_foldable`: it takes
the rest of its row when that holds at least its minimum, folding the actions that do not fit
into its » menu (actions do appear there). The minimum width is the widest item's, so the layout
never pushes the window wider; its height follows its width (heightForWidth), which the box
layouts around it honour.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget

_SPACING = 6


class FlowLayout(QLayout):
    """Items side by side in rows, each row as tall as its tallest item (the others centred in it)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = _SPACING) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._foldable: set[QWidget] = set()
        self._rows: list[list[QWidget]] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802
        self._items.append(item)

    def add_foldable(self, widget: QWidget) -> None:
        """Add a widget that may be narrower than it would like (a tool bar folding into its » menu)."""
        self.addWidget(widget)
        self._foldable.add(widget)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        """All the items on one row."""
        shown = self._shown()
        width = sum(i.sizeHint().width() for i in shown) + self.spacing() * max(len(shown) - 1, 0)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return self._with_margins(QSize(width, height))

    def minimumSize(self) -> QSize:  # noqa: N802
        """The widest item (each on its own row)."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return self._with_margins(size)

    def rows(self) -> list[list[QWidget]]:
        """Return the widgets of each row as last placed (for tests and a reader)."""
        return [list(row) for row in self._rows]

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _with_margins(self, size: QSize) -> QSize:
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        """Break the items into rows that fit ``rect``'s width; place them when asked; return the height."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        gap = self.spacing()
        rows: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = 0
        for item in self._shown():
            hint = item.sizeHint()
            least = item.minimumSize().width()
            # an item wider than the row gets the row (a tool bar then folds the rest into its » menu)
            width = max(min(hint.width(), area.width()), least)
            room = area.width() - x - (gap if rows[-1] else 0)
            if rows[-1] and width > room:
                if item.widget() in self._foldable and room >= least:
                    width = room
                else:
                    rows.append([])
                    x = 0
            x += (gap if rows[-1] else 0) + width
            rows[-1].append((item, QSize(width, hint.height())))
        y = area.top()
        if place:
            self._rows = []
        for row in (r for r in rows if r):
            height = max(size.height() for _item, size in row)
            x = area.left()
            if place:
                self._rows.append([w for item, _size in row if (w := item.widget()) is not None])
            for item, size in row:
                if place:
                    item.setGeometry(QRect(QPoint(x, y + (height - size.height()) // 2), size))
                x += size.width() + gap
            y += height + gap
        return max(y - gap - area.top(), 0) + m.top() + m.bottom()


__all__ = ["FlowLayout"]
