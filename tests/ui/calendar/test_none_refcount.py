"""The installed PySide6 must not leak references to None/True/False (it crashed 6.12.0 on 3.11).

PySide6 6.12.0 on Python 3.11 drops one reference to None on every call of a method
returning void (QPainter.setPen, QWidget.update, ...) and to True/False on methods
returning bool; None is immortal only from Python 3.12, so the GUI died with
"Fatal Python error: none_dealloc" after a few thousand calls (one month repaint
makes hundreds). pyproject.toml keeps PySide6 below 6.12; this test fails if a
leaking build is installed anyway.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QImage, QPainter


def test_void_and_bool_calls_keep_reference_counts(qapp: object) -> None:
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2_000):  # well below None's natural count, so a leak shows without crashing
        painter.setPen(QColor("#000000"))
        painter.isActive()
    painter.end()
    assert abs(sys.getrefcount(None) - none_before) < 500
    assert abs(sys.getrefcount(True) - true_before) < 500
