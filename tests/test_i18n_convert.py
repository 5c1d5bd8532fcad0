"""tools/i18n_convert.py: the old ways of speaking Czech become catalog calls, deterministically and once."""

from __future__ import annotations

import io
import textwrap
from pathlib import Path
from types import ModuleType

import pytest
from babel.messages.pofile import read_po

from tests._tools import load_tool

ROOT = Path(__file__).resolve().parents[1]

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
<context><name>SaveDialog</name>
  <message><source>Save</source><translation>Uložit</translation></message>
  <message><source>Cannot write %1.</source><translation>Soubor %1 nelze zapsat.</translation></message>
  <message numerus="yes"><source>%n row(s) saved</source><translation>
    <numerusform>Uložen %n řádek</numerusform><numerusform>Uloženy %n řádky</numerusform>
    <numerusform>Uloženo %n řádků</numerusform></translation></message>
  <message><source>Old</source><translation type="vanished">Staré</translation></message>
</context>
<context><name>OtherPage</name>
  <message><source>Cannot write %1.</source><translation>Nelze zapsat %1.</translation></message>
  <message><source>&lt;b&gt;Total&lt;/b&gt;</source><translation>&lt;b&gt;Celkem&lt;/b&gt;</translation></message>
</context>
<context><name>Menu</name>
  <message><source>&amp;Export…</source><translation>&amp;Exportovat…</translation></message>
</context>
</TS>
"""

CORE = '''\
"""A core module."""

from __future__ import annotations

from planner.errors import PlannerError
from planner.errors import t as _t


def check(path, rows):
    kind, _, rest = path.partition(":")
    if not rows:
        raise PlannerError(_t(f"Soubor {path.name} je prázdný.", f"The file {path.name} is empty."))
    return _t("Hotovo", "Done") + kind


def refuse(want_cs, want_en):
    return _t(f"tohle není {want_cs}", f"this is not {want_en}")
'''

UI = '''\
"""A UI module."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("Menu", text)


class SaveDialog(QDialog):
    def setup(self, n, path):
        self.setWindowTitle(self.tr("Save"))
        self.status = self.tr("%n row(s) saved", "", n)
        return self.tr("Cannot write %1.").replace("%1", path)


class OtherPage(QDialog):
    def show_error(self, path):
        html = f"<p>{self.tr('<b>Total</b>')}</p>"
        return QCoreApplication.translate("OtherPage", "Cannot write %1.").replace("%1", path), html


def menu():
    return _tr("&Export…")
'''


@pytest.fixture
def tool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    module = load_tool(as_name="i18n_convert_under_test")
    pkg = tmp_path / "planner"
    (pkg / "ui").mkdir(parents=True)
    (pkg / "resources" / "translations").mkdir(parents=True)
    (pkg / "resources" / "translations" / "demo_cs.ts").write_text(TS, encoding="utf-8")
    (pkg / "core.py").write_text(CORE, encoding="utf-8")
    (pkg / "ui" / "dialog.py").write_text(UI, encoding="utf-8")
    monkeypatch.setattr(module, "ROOT", tmp_path)
    monkeypatch.setattr(module, "PKG", pkg)
    monkeypatch.setattr(module, "PO", pkg / "resources" / "locale" / "cs" / "LC_MESSAGES" / "planner.po")
    monkeypatch.setattr(module, "TS_DIR", pkg / "resources" / "translations")
    return module


def _po(tool: ModuleType):
    return read_po(io.BytesIO(tool.PO.read_bytes()), locale="cs")


def test_core_t_calls_become_msgids_with_named_placeholders(tool: ModuleType) -> None:
    texts = tool.run(ui=False)
    core = (tool.PKG / "core.py").read_text(encoding="utf-8")
    assert '_("The file {name} is empty.").format(name=path.name)' in core
    assert 'return _("Done") + kind' in core
    assert "kind, _skip, rest = path.partition" in core  # a throw-away _ would shadow the function
    assert "from planner.i18n import _" in core
    # Czech and English with different values cannot be one msgid: left for a hand conversion, import kept
    assert any("core.py:17" in item for item in texts.left)
    assert "from planner.errors import t as _t" in core
    po = _po(tool)
    assert po.get("The file {name} is empty.").string == "Soubor {name} je prázdný."
    assert 'Plural-Forms: nplurals=3; plural=(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2;' in tool.PO.read_text("utf-8")


def test_ui_tr_calls_take_their_czech_from_the_ts_files(tool: ModuleType) -> None:
    texts = tool.run(ui=True)
    ui = (tool.PKG / "ui" / "dialog.py").read_text(encoding="utf-8")
    assert 'self.setWindowTitle(_("Save"))' in ui
    assert 'ngettext("{n} row saved", "{n} rows saved", n).format(n=n)' in ui
    assert '_("Cannot write %1.").replace("%1", path)' in ui
    # the same English with another Czech elsewhere keeps its own translation through a context
    assert 'pgettext("OtherPage", "Cannot write %1.")' in ui
    assert "f\"<p>{_('<b>Total</b>')}</p>\"" in ui  # inside an f-string: the other quote (Python 3.11)
    assert 'return _("&Export…")' in ui and "def _tr" not in ui  # the wrapper goes with its last call
    assert "QCoreApplication" not in ui  # its import served translate() only
    compile(ui, "dialog.py", "exec")
    po = _po(tool)
    assert po.get("Save").string == "Uložit"
    assert tuple(po.get("{n} row saved").string) == ("Uložen {n} řádek", "Uloženy {n} řádky", "Uloženo {n} řádků")
    assert po.get("Cannot write %1.").string == "Soubor %1 nelze zapsat."
    assert po.get("Cannot write %1.", "OtherPage").string == "Nelze zapsat %1."
    assert po.get("Old") is None  # a vanished .ts entry is not carried over
    assert texts.left == [item for item in texts.left if "core.py" in item]  # only the core leftover
    assert list(tool.TS_DIR.glob("*.ts"))  # kept while something is left to convert by hand


def test_a_second_run_changes_nothing_and_the_ts_files_go_when_all_is_converted(tool: ModuleType) -> None:
    core = tool.PKG / "core.py"
    core.write_text(core.read_text(encoding="utf-8").replace(
        '    return _t(f"tohle není {want_cs}", f"this is not {want_en}")',
        '    return _t(f"tohle není {want_cs}", f"this is not {want_cs}")'), encoding="utf-8")
    first = tool.run(ui=True)
    assert not first.left
    assert not list(tool.TS_DIR.glob("*.ts"))
    snapshot = {p: p.read_bytes() for p in tool.ROOT.rglob("*") if p.is_file()}
    second = tool.run(ui=True)
    assert not second.changed and not second.left
    assert {p: p.read_bytes() for p in tool.ROOT.rglob("*") if p.is_file()} == snapshot
    assert "from planner.errors import t" not in core.read_text(encoding="utf-8")


def test_the_numerus_msgids_are_proper_english() -> None:
    module = load_tool(as_name="i18n_convert_ids")
    assert module._numerus_ids("%n change(s)") == ("{n} change", "{n} changes")
    assert module._numerus_ids("Delete %n application(s)?") == ("Delete {n} application?", "Delete {n} applications?")
    assert module._numerus_ids("+%n more") == ("+{n} more", "+{n} more")
    assert module._numerus_ids("Conflicts (%n)") == ("Conflicts ({n})", "Conflicts ({n})")


def test_the_source_stays_valid_python_after_wrapping() -> None:
    module = load_tool(as_name="i18n_convert_wrap")
    long = "word " * 60
    src = module.call_source("_", [module.str_lit(long)], {"a": "x.y"}, 8, 8, texts_at=(0,))
    assert "\n" in src
    ns = {"_": lambda s: s, "x": type("X", (), {"y": 1})}
    assert eval(textwrap.dedent(src), ns) == long.format(a=1)  # noqa: S307 - our own generated code
