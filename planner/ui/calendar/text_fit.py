"""Text that fits a box: word-wrapped into so many lines, the last one ending in "…" when cut."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics


def wrap_elided(fm: QFontMetrics, text: str, width: int, max_lines: int) -> list[str]:
    """Return at most ``max_lines`` lines of ``text`` no wider than ``width``; a cut text ends in "…".

    Words wrap at spaces; a word longer than the line is elided on its own line.
    """
    if max_lines <= 0 or width <= 0:
        return []
    lines: list[str] = []
    words = text.split()
    current = ""
    i = 0
    while i < len(words):
        candidate = f"{current} {words[i]}" if current else words[i]
        if fm.horizontalAdvance(candidate) <= width:
            current = candidate
            i += 1
            continue
        if not current:  # one word wider than the line
            current = words[i]
            i += 1
        lines.append(current)
        current = ""
        if len(lines) == max_lines:
            break
    if current and len(lines) < max_lines:
        lines.append(current)
    # a single word wider than the line is elided on its own line
    lines = [fm.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]
    if i < len(words) and lines:
        # the last line with the words that did not fit: wider than the line, so it is elided
        lines[-1] = fm.elidedText(" ".join([lines[-1], *words[i:]]), Qt.TextElideMode.ElideRight, width)
    return lines
