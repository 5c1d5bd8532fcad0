"""Amounts typed or imported: never a traceback, never beyond what Numeric(12, 2) holds."""

from __future__ import annotations

from decimal import Decimal

import pytest

from planner.errors import ValidationError
from planner.services.validation import money


@pytest.mark.parametrize("text", ["nan", "NaN", "inf", "-inf", "Infinity", "sNaN", "1e30", "10000000000",
                                  "9999999999,999", "1e10", "12 345 678 901 Kč"])
def test_non_finite_and_too_large_amounts_are_field_messages(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        money(text, "fee")
    assert info.value.message.startswith("Poplatek:")


def test_the_largest_amount_passes() -> None:
    assert money("9 999 999 999,99 Kč") == Decimal("9999999999.99")
    assert money("1e3") == Decimal("1000.00")


def test_fee_settings_validate_as_you_type_without_raising(qtbot) -> None:
    """The market settings panel re-validates on every keystroke: 'nan' or '1e30' shows a message."""
    from planner.ui.markets.settings_panel import MarketSettingsPanel

    panel = MarketSettingsPanel()
    qtbot.addWidget(panel)
    for text in ("nan", "inf", "1e30", "99999999999"):
        panel.per_day.clear()
        qtbot.keyClicks(panel.per_day, text)
        assert panel.reason.text().startswith("Poplatek:")
        assert not panel.save.isEnabled()
