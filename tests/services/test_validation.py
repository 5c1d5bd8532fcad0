"""Validators for Czech identifiers and contact data, with Czech messages naming the field."""

from __future__ import annotations

from decimal import Decimal

import pytest

from planner import i18n
from planner.errors import ValidationError
from planner.services import validation as v


@pytest.mark.parametrize("ico", ["25123891", "12345679", "10000020", "10401067"])
def test_valid_ico(ico):
    assert v.normalize_ico(ico) == ico


def test_ico_is_left_padded_and_spaces_ignored():
    assert v.normalize_ico(" 1000 0020 ") == "10000020"
    assert v.normalize_ico("") is None


@pytest.mark.parametrize(("ico", "code"), [("25123890", "ico_checksum"), ("1234567A", "ico_format"), ("123456789", "ico_format")])
def test_invalid_ico(ico, code):
    with pytest.raises(ValidationError) as info:
        v.normalize_ico(ico)
    assert info.value.code == code and info.value.field == "ico"
    assert info.value.message.startswith("IČO:")


def test_dic():
    assert v.normalize_dic("cz 25123891") == "CZ25123891"
    assert v.normalize_dic("") == ""
    with pytest.raises(ValidationError):
        v.normalize_dic("CZ25123890")


@pytest.mark.parametrize(("raw", "out"), [("553756111", "+420 553 756 111"), ("+420 723-000-101", "+420 723 000 101"),
                                          ("00420 604 123 456", "+420 604 123 456")])
def test_phone(raw, out):
    assert v.normalize_phone(raw) == out


@pytest.mark.parametrize("raw", ["12345", "+421 905 123 456", "153 123 456", "abc"])
def test_bad_phone(raw):
    with pytest.raises(ValidationError) as info:
        v.normalize_phone(raw)
    assert "Telefon" in info.value.message


def test_psc_and_email():
    assert v.normalize_psc("74601") == "746 01"
    with pytest.raises(ValidationError, match="PSČ"):
        v.normalize_psc("7460")
    assert v.normalize_email(" prodejce01@vendor.example ") == "prodejce01@vendor.example"
    with pytest.raises(ValidationError, match="není platná e-mailová adresa"):
        v.normalize_email("jan.novak@")


def test_money_accepts_czech_notation_and_refuses_float():
    assert v.money("1 200,50 Kč") == Decimal("1200.50")
    with pytest.raises(ValidationError):
        v.money("-5")
    with pytest.raises(TypeError):
        v.money(1.5)  # type: ignore[arg-type]


def test_messages_switch_language():
    i18n.set_language("en")
    try:
        with pytest.raises(ValidationError, match="Postal code: the postal code must have 5 digits"):
            v.normalize_psc("1")
    finally:
        i18n.set_language("cs")


def test_text_fields_drop_control_characters_and_keep_czech():
    from planner.services.validation import optional_text, require_text

    assert require_text(" Kon\x00cert\x1b[31m\x07 Žluťoučký\r\nkůň\r", "title", 200) == "Koncert[31m Žluťoučký\nkůň"
    assert optional_text("a\tb\x7f", "notes") == "a\tb"
