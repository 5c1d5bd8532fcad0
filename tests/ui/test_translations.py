"""Czech is the default UI language: the UI speaks through the one catalog, Qt's dialogs through Qt's own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from planner import i18n as catalog
from planner.ui import i18n
from tests._tools import load_tool

ROOT = Path(__file__).resolve().parents[2]


def test_the_ui_has_no_other_translation_mechanism() -> None:
    """No Qt .ts files, no tr()/translate() calls left: the converter finds nothing to do."""
    assert not list((ROOT / "planner" / "resources").rglob("*.ts"))
    texts = load_tool().run(check=True, ui=True)
    assert not texts.changed and not texts.left, (texts.changed, texts.left)


def _file_dialog_labels() -> list[str]:
    from PySide6.QtWidgets import QFileDialog, QLabel

    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # Qt's own dialog, as on Linux
    try:
        return sorted(label.text() for label in dialog.findChildren(QLabel) if label.text())
    finally:
        dialog.deleteLater()


def test_qt_own_dialogs_speak_czech(qapp) -> None:
    """QTranslator stays for Qt's own strings only: Qt's file dialog says "Hledat v:", not "Look in:".

    Its labels as Qt 6.11 shows them ("&Look in:", "Files of &type:") are missing from the qtbase
    catalog PySide6 ships; ui/i18n.py fills them from the planner's catalog.
    """
    i18n.install(qapp, "cs")
    try:
        assert catalog.language() == "cs"
        assert _file_dialog_labels() == ["&Hledat v:", "Název &souboru:", "Soubory &typu:"]
        assert catalog._("Title") == "Název"
    finally:
        i18n.install(qapp, "en")
    assert _file_dialog_labels() == ["&Look in:", "File &name:", "Files of &type:"]
    assert catalog._("Title") == "Title"
    i18n.install(qapp, "cs")


def test_ui_counts_follow_the_czech_rule(qapp) -> None:
    i18n.install(qapp, "cs")
    shown = [catalog.ngettext("{n} change", "{n} changes", n).format(n=n) for n in (1, 2, 5)]
    assert shown == ["1 změna", "2 změny", "5 změn"]


def test_no_english_text_is_visible_in_the_czech_window(make_window, demo_db):
    """Every text on screen in Czech (menus, buttons, labels, titles, tooltips) is not an English msgid of
    the catalog, unless Czech spells it the same (Role, iCalendar (.ics)…)."""
    from babel.messages.pofile import read_po
    from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu, QWidget

    with catalog.po_path("cs").open("rb") as f:
        po = read_po(f, locale="cs")
    english: set[str] = set()
    czech_same: set[str] = set()
    for m in po:
        if not m.id:
            continue
        ids = m.id if isinstance(m.id, tuple | list) else (m.id,)
        strings = m.string if isinstance(m.string, tuple | list) else (m.string,)
        english.update(ids)
        czech_same.update(s for s in strings if s in ids)
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
    window.calendar.go_to(dt.date(2031, 2, 1))  # an empty month
    seen.add(window.calendar.current_view().document().toPlainText().strip().splitlines()[-1])
    leaked = sorted(t for t in seen if t and t in english and t not in czech_same)
    assert leaked == [], leaked
