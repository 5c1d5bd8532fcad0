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
