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


def test_qt_tools_are_found_without_the_venv_on_path(monkeypatch):
    """The README's pip route runs .venv/bin/pytest without activating the venv: PATH has no Qt tools."""
    monkeypatch.setenv("PATH", "")
    for tool in ("lupdate", "lrelease"):
        found = i18n.qt_tool_path(tool)
        assert found is not None and Path(found).exists(), tool


def test_ui_numerus_forms_follow_the_same_czech_rule(qapp):
    """The UI counts with Qt's %n forms; Qt's Czech rule must pick the form the catalog's Plural-Forms picks."""
    import xml.etree.ElementTree as ET

    from PySide6.QtCore import QCoreApplication

    from planner import i18n as catalog

    def form(n: int, one: str, few: str, many: str) -> str:
        """The form the catalog picks for n (its three Czech forms start Zapsán / Zapsány / Zapsáno)."""
        shown = catalog.in_language("cs").ngettext("Wrote {n} calendar ({events}) to {folder}.",
                                                   "Wrote {n} calendars ({events}) to {folder}.", n)
        return (one, few, many)[("Zapsán", "Zapsány", "Zapsáno").index(shown.split()[0])]

    i18n.install(qapp, "cs")
    try:
        checked = 0
        for ts in i18n.ts_files("cs"):
            for ctx in ET.parse(ts).getroot().iter("context"):
                name = ctx.findtext("name") or ""
                for msg in ctx.iter("message"):
                    if msg.get("numerus") != "yes":
                        continue
                    forms = [n.text or "" for n in msg.iter("numerusform")]
                    assert len(forms) == 3, f"{name}|{msg.findtext('source')}: Czech needs 3 forms"
                    for n in (0, 1, 2, 4, 5, 12, 21):
                        shown = QCoreApplication.translate(name, msg.findtext("source") or "", None, n)
                        assert shown == form(n, *forms).replace("%n", str(n)), (name, n)
                    checked += 1
        assert checked >= 5
    finally:
        i18n.install(qapp, "en")
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
