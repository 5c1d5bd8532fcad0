"""Qt Widgets user interface: a thin skin over planner.services."""

import sys

if sys.version_info < (3, 12):  # pragma: no cover - depends on the interpreter
    # PySide6 6.12 on Python 3.11 drops one reference to None on every call of a
    # method returning void (QPainter.setPen, QWidget.update, ...); None is immortal
    # only from Python 3.12, so a session died with "Fatal Python error:
    # none_dealloc" after a few thousand calls (a month view repaint makes
    # hundreds). Methods returning bool do the same to True and False. Give these
    # singletons reference counts that cannot reach zero.
    import ctypes

    for _singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_singleton)).value += 1 << 40
