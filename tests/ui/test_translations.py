"""Czech is the default UI language: every string the UI shows must have a Czech translation."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from planner.ui import i18n

ROOT = Path(__file__).resolve().parents[2]


def test_every_ui_string_has_a_czech_translation():
    spec = importlib.util.spec_from_file_location("ts_tool", ROOT / "tools" / "ts.py")
    assert spec and spec.loader
    tool = importlib.util.module_from_spec(spec)
    sys.modules["ts_tool"] = tool
    spec.loader.exec_module(tool)
    missing = tool.missing()
    assert missing == [], "untranslated (context|source): " + "; ".join(f"{c}|{s}" for c, s in missing)


def test_translations_compile_to_a_loadable_qm(qapp):
    qm = i18n.compiled_qm("cs")
    assert qm is not None and qm.stat().st_size > 100
    assert i18n.compiled_qm("cs") == qm  # cached while the sources do not change


def test_no_english_text_is_visible_in_the_czech_window(make_window, demo_db):
    """Every text on screen in Czech (menus, buttons, labels, titles, headers) is not an English source
    string: catches tr() calls whose context differs from the one lupdate saw."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu, QWidget

    spec = importlib.util.spec_from_file_location("ts_tool", ROOT / "tools" / "ts.py")
    assert spec and spec.loader
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    import xml.etree.ElementTree as ET

    english = {src for _ctx, src in tool.translated_pairs()}
    czech_same = set()  # words Czech spells the same: Role, &Export, iCalendar (.ics)…
    for ts in tool.TS_DIR.glob("*_cs.ts"):
        for msg in ET.parse(ts).getroot().iter("message"):
            if (msg.findtext("translation") or "") == (msg.findtext("source") or ""):
                czech_same.add(msg.findtext("source"))
    window = make_window(demo_db)
    window.show()
    seen: set[str] = set()
    for menu in window.findChildren(QMenu):
        seen.add(menu.title())
        seen.update(a.text() for a in menu.actions())
    for w in window.findChildren(QWidget):
        if isinstance(w, (QAbstractButton, QLabel)):
            seen.add(w.text())
        seen.add(w.toolTip())
        seen.add(w.windowTitle())
    window.calendar.set_view("agenda")
    window.calendar.go_to(__import__("datetime").date(2031, 2, 1))  # an empty month
    seen.add(window.calendar.current_view().document().toPlainText().strip().splitlines()[-1])
    leaked = sorted(t for t in seen if t and t in english and t not in czech_same)
    assert leaked == [], leaked
