"""Fit a top-level window into the screen it opens on (first start, 1366x768 laptops, 150 % scaling)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

# Room for a window manager's title bar and borders, which are unknown until the window is shown.
FRAME_ALLOWANCE = QSize(16, 40)


def available_rect(widget: QWidget) -> QRect:
    """Return the available geometry (without taskbars) of the screen the widget is on."""
    screen: QScreen | None = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 700)


def fitted_geometry(preferred: QSize, available: QRect, frame: QSize = FRAME_ALLOWANCE) -> QRect:
    """Return a client rectangle of at most ``preferred`` whose frame fits ``available``, centred."""
    width = max(200, min(preferred.width(), available.width() - frame.width()))
    height = max(200, min(preferred.height(), available.height() - frame.height()))
    left = available.left() + (available.width() - width - frame.width()) // 2 + frame.width() // 2
    top = available.top() + (available.height() - height - frame.height()) // 2 + frame.height() - frame.width() // 2
    return QRect(max(available.left(), left), max(available.top(), top), width, height)


def is_small(available: QRect, preferred: QSize) -> bool:
    """True when the preferred size with a frame does not fit: such a screen opens the window maximised."""
    return (
        available.width() < preferred.width() + FRAME_ALLOWANCE.width()
        or available.height() < preferred.height() + FRAME_ALLOWANCE.height()
    )


def fit_to_screen(window: QWidget, preferred: QSize) -> None:
    """Size and place a window that has no remembered geometry so that all of it is visible."""
    available = available_rect(window)
    window.setGeometry(fitted_geometry(preferred, available))
    if is_small(available, preferred):
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


__all__ = ["available_rect", "fit_to_screen", "fitted_geometry", "is_small"]
