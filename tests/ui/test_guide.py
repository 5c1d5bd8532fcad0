"""F1 opens the Czech user guide (docs/guide_cs.md) in a searchable window; the frozen build ships it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from planner.ui.help import guide
from planner.ui.help.guide import GuideWindow, guide_path

ROOT = Path(__file__).resolve().parents[2]


def test_the_guide_covers_the_day_to_day_topics() -> None:
    path = guide_path()
    assert path is not None and path.name == "guide_cs.md"
    text = path.read_text(encoding="utf-8")
    for heading in ("## Zobrazení kalendáře", "## Nová akce a úpravy", "## Přesun, kopie a mazání akcí",
                    "## Klávesové zkratky", "## Tisk a PDF", "## Import a export", "## Trhy", "## Zpět a historie"):
        assert heading in text
    assert "guide_cs.md" in (ROOT / "packaging" / "planner.spec").read_text(encoding="utf-8")


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen has no window stacking
def test_f1_opens_the_guide_and_the_search_finds_text(qtbot, make_window, demo_db) -> None:
    window = make_window(demo_db)
    window.resize(1366, 768)
    with qtbot.waitActive(window):  # window shortcuts fire only in the active window
        window.show()
        window.activateWindow()
    assert window.act_guide.shortcut().toString() == "F1"
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_F1)  # from the sidebar: a window-wide shortcut
    shown = [w for w in window.findChildren(GuideWindow) if w.isVisible()]
    assert len(shown) == 1
    help_window = shown[0]
    assert "Klávesové zkratky" in help_window.browser.toPlainText()
    qtbot.keyClicks(help_window.search, "Ctrl+G")
    assert help_window.browser.textCursor().selectedText() == "Ctrl+G"
    assert help_window.find_next()  # Enter / F3 goes on to the next match (wrapping round)
    help_window.search.setText("kvrdlm")
    assert not help_window.find_next() and help_window.status.text()
    window.show_guide()  # a second F1 brings the same window to the front
    assert [w for w in window.findChildren(GuideWindow) if w.isVisible()] == [help_window]
    help_window.close()


def test_a_missing_guide_says_so(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(guide, "guide_path", lambda: None)
    window = GuideWindow()
    qtbot.addWidget(window)
    assert window.browser.toPlainText()  # a sentence, not an empty window
