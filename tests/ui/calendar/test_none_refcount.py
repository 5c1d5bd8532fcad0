"""Painting must not be able to exhaust None's reference count (PySide6 6.12 on Python 3.11)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QImage, QPainter

import planner.ui  # noqa: F401  (installs the guard)


def test_many_void_calls_do_not_kill_the_interpreter(qapp: object) -> None:
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    for _ in range(50_000):  # more than None's natural reference count
        painter.setPen(QColor("#000000"))
        painter.isActive()
    painter.end()
    assert sys.getrefcount(None) > 1_000_000
    assert sys.getrefcount(True) > 1_000_000
