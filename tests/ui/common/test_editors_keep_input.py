"""Editors never lose what was typed: focus in the first field, Esc with changes asks, no early errors."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from planner.services import vendors, venues
from planner.services.dto import EventDraft
from planner.services.timeutil import prague
from planner.services.validation import normalize_dic, normalize_ico
from planner.ui import messages
from planner.ui.events.dialog import EventDialog
from planner.ui.vendors.dialog import VendorDialog
from planner.ui.venues.dialog import VenueDialog


class _Asked(list):
    answer: dict[str, bool]


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> _Asked:
    seen = _Asked()
    answer = {"discard": False}

    def ask(_parent):
        seen.append("discard?")
        return answer["discard"]

    monkeypatch.setattr(messages, "ask_discard", ask)
    seen.answer = answer
    return seen


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_new_vendor_opens_in_the_name_field_without_an_error(qtbot, ctx, asked):
    asked.answer["discard"] = True  # closing at the end of the test discards
    dialog = _shown(qtbot, VendorDialog(ctx.sm, save=lambda d: vendors.create_vendor(ctx.sm, d)))
    assert dialog.focusWidget() is dialog.name
    assert dialog.general_error.isHidden() and dialog.field_error("name") == ""  # no "pole je povinné" yet
    assert not dialog.is_marked("name")
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Space)  # a space lands in Název, it does not press Zrušit
    assert dialog.isVisible() and dialog.name.text() == " "


def test_placeholders_pass_their_own_checks(qtbot, ctx):
    dialog = VendorDialog(ctx.sm, save=lambda d: vendors.create_vendor(ctx.sm, d))
    qtbot.addWidget(dialog)
    assert normalize_ico(dialog.ico.placeholderText()) == dialog.ico.placeholderText()
    assert normalize_dic(dialog.dic.placeholderText())


@pytest.mark.parametrize("make", ["venue", "vendor", "event"])
def test_escape_with_changes_asks_and_can_go_back(qtbot, ctx, asked, make):
    if make == "venue":
        dialog = VenueDialog(ctx.sm, save=lambda d: venues.create_venue(ctx.sm, d))
    elif make == "vendor":
        dialog = VendorDialog(ctx.sm, save=lambda d: vendors.create_vendor(ctx.sm, d))
    else:
        dialog = EventDialog(ctx, EventDraft(title="", start=prague(2026, 12, 9, 19), end=prague(2026, 12, 9, 21)))
    _shown(qtbot, dialog)
    field = dialog.focusWidget()
    assert isinstance(field, QLineEdit)  # Název / Title, not the tab bar nor a button
    qtbot.keyClick(field, Qt.Key.Key_Escape)  # nothing changed: closes without asking
    assert not dialog.isVisible() and asked == []
    dialog.show()
    qtbot.keyClicks(field, "Koncert")
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert dialog.isVisible() and asked == ["discard?"]  # kept open, the text is still there
    assert field.text().endswith("Koncert")
    asked.answer["discard"] = True
    dialog.reject()
    assert not dialog.isVisible()
