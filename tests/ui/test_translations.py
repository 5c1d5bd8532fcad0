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
    """The UI counts with Qt's %n forms; Qt's Czech rule must pick the form planner.plural picks."""
    import xml.etree.ElementTree as ET

    from PySide6.QtCore import QCoreApplication

    from planner.plural import form

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
