"""Per-page side panels under the navigation: each page shows its own panel (or none) in the sidebar.

The calendar's panel (mini month, legend, filters) belongs to the calendar only; the venue,
vendor, market, history and release pages get their own panel or none, so their tables get the
width back. View › Side panel hides or shows the panel of the page in view; the choice is kept
per page in the settings. The navigation list above the panels stays, so every page is reachable.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from planner import settings
from planner.i18n import _
from planner.ui.settings_store import SettingsStore


def panel_of(*widgets: QWidget, stretch_last: bool = True) -> QWidget:
    """Return a panel stacking the widgets top to bottom (the last one takes the spare height)."""
    panel = QWidget()
    box = QVBoxLayout(panel)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(6)
    for i, w in enumerate(widgets):
        box.addWidget(w, 1 if stretch_last and i == len(widgets) - 1 else 0)
    if not stretch_last:
        box.addStretch(1)
    return panel


class SidePanels(QObject):
    """The sidebar's per-page panels and the View › Side panel action.

    ``stack`` goes into the sidebar under the navigation; the window calls :meth:`show_for` with
    the key of the page that came into view. ``dock`` is the sidebar dock: on a page without a
    panel it narrows to the navigation, and gets its width back on the page with one.
    """

    def __init__(self, window: QMainWindow, dock: QDockWidget, store: SettingsStore) -> None:
        super().__init__(window)
        self._window = window
        self._dock = dock
        self._store = store
        self._panels: dict[str, QWidget] = {}
        self._key = ""
        self._wide: int | None = None  # the sidebar's width while a page's panel shows
        self.stack = QStackedWidget()
        self.stack.setObjectName("side_panels")
        self._none = QWidget()
        self.stack.addWidget(self._none)
        self.action = QAction(_("Side &panel"), window)
        self.action.setObjectName("act_side_panel")
        self.action.setCheckable(True)
        self.action.setStatusTip(_("Show or hide the side panel of this page"))
        self.action.toggled.connect(self._on_toggled)
        self._sync_action()

    def set_panel(self, key: str, panel: QWidget) -> None:
        """Give a page its side panel."""
        self._panels[key] = panel
        self.stack.addWidget(panel)
        if key == self._key:
            self.show_for(key)

    def panel(self, key: str) -> QWidget | None:
        """Return a page's panel, or None when it has none."""
        return self._panels.get(key)

    def hidden_pages(self) -> set[str]:
        """Return the pages whose panel the user hid (from the settings)."""
        text = str(self._store.get(settings.SIDE_PANELS_HIDDEN) or "")
        return {k for k in text.split(",") if k}

    def is_shown(self, key: str) -> bool:
        """Return whether the page's panel shows when the page is in view."""
        return key in self._panels and key not in self.hidden_pages()

    def show_for(self, key: str) -> None:
        """The page in view changed: show its panel (unless hidden), else nothing."""
        had_panel = self._key in self._panels and self.stack.currentWidget() is not self._none
        if had_panel and self._dock.isVisible():
            self._wide = self._dock.width()
        self._key = key
        shown = self.is_shown(key)
        self.stack.setCurrentWidget(self._panels[key] if shown else self._none)
        self.stack.setVisible(shown)
        self._sync_action()
        self._fit_dock(shown)

    def _fit_dock(self, shown: bool) -> None:
        if not self._dock.isVisible():
            return
        if shown:
            # as wide as before the panel was left, and never narrower than the panel needs: a width
            # taken while the window was still being laid out (at start, on the way to the page
            # last used) squeezed the mini month to a few columns
            panel = self.stack.currentWidget()
            need = panel.sizeHint().width() if panel is not None else 0
            frame = self._dock.width() - self.stack.width() if self.stack.width() > 0 else 24
            target = max(self._wide or 0, need + frame)
            if self._wide is not None or target > self._dock.width():
                self._window.resizeDocks([self._dock], [target], Qt.Orientation.Horizontal)
            return
        nav = self._dock.widget()
        narrow = nav.minimumSizeHint().width() if nav is not None else 0
        self._window.resizeDocks([self._dock], [max(narrow, 120)], Qt.Orientation.Horizontal)

    def _sync_action(self) -> None:
        self.action.blockSignals(True)
        self.action.setEnabled(self._key in self._panels)
        self.action.setChecked(self.is_shown(self._key))
        self.action.blockSignals(False)

    def _on_toggled(self, checked: bool) -> None:
        if self._key not in self._panels:
            return
        hidden = self.hidden_pages()
        if checked:
            hidden.discard(self._key)
        else:
            hidden.add(self._key)
        self._store.set(settings.SIDE_PANELS_HIDDEN, ",".join(sorted(hidden)))
        self.show_for(self._key)


__all__ = ["SidePanels", "panel_of"]
