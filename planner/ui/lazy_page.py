"""A page of the main window that is built the first time it is needed (issue 13: a fast start).

The window's stack and navigation hold a :class:`LazyPage` from the start; its content (and the
feature module it comes from) is created when the page is first shown or asked for. The undo
stack is the placeholder's: steps started inside the content find it through the widget parents.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    """Holds the place of a page whose widget ``factory`` builds on first use."""

    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory: Callable[[], QWidget] | None = factory
        self._content: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def is_built(self) -> bool:
        """Return whether the content exists yet."""
        return self._content is not None

    def content(self) -> QWidget:
        """Return the page's widget, building it now if it was not yet."""
        if self._content is None:
            assert self._factory is not None
            factory, self._factory = self._factory, None
            self._content = factory()
            self._layout.addWidget(self._content)
            self._content.show()  # added while the holder is being shown: Qt shows only the children it had
        return self._content

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self.content()
        super().showEvent(event)
