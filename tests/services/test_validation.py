"""Validators for Czech identifiers and contact data, with Czech messages naming the field."""

from __future__ import annotations

from decimal import Decimal

import pytest

from planner import errors, i18n
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


@pytest.mark.parametrize(("raw", "out"), [
    ("553756111", "+420 553 756 111"),
    ("+420 723-000-101", "+420 723 000 101"),
    ("00420 604 123 456", "+420 604 123 456"),
    ("(553) 75 61 11", "+420 553 756 111"),
    ("+48 601 234 567", "+48 601 234 567"),  # Polish mobile: Opava borders Poland
    ("0048601234567", "+48 601 234 567"),
    ("+421 905 123 456", "+421 905 123 456"),  # Slovak mobile
    ("+421 2 5443 5678", "+421 2 544 356 78"),  # Bratislava landline, grouped the Slovak way
    ("+49 30 12345678", "+49 30 12345678"),
])
def test_phone_is_stored_in_the_international_format(raw, out):
    assert v.normalize_phone(raw) == out


def test_phone_without_a_country_code_is_czech():
    assert v.PHONE_REGION == "CZ"
    assert v.normalize_phone("723 000 101") == "+420 723 000 101"
    assert v.normalize_phone("") == "" and v.normalize_phone(None) == ""


@pytest.mark.parametrize("raw", ["12345", "+420 600 000 000", "153 123 456", "abc", "+48 12", "+999 123 456 789"])
def test_bad_phone_names_the_field_in_czech(raw):
    with pytest.raises(ValidationError) as info:
        v.normalize_phone(raw)
    assert info.value.field == "phone" and info.value.code == "phone_format"
    assert info.value.message.startswith("Telefon: „")
    assert "není platné telefonní číslo" in info.value.message


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
        v.money(1.5)


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


@pytest.mark.parametrize(("error", "under_field"), [
    (ValidationError("postal_code", "psc_format"), "Musí mít 5 číslic (např. 746 01)."),  # was "PSČ: PSČ musí…"
    (ValidationError("name", "required"), "Pole je povinné."),
    (ValidationError("ico", "ico_checksum", value="10401068"), "IČO 10401068 nemá platný kontrolní součet."),
    (ValidationError("dic", "dic_format"), "Musí mít tvar CZ a 8 až 10 číslic."),
])
def test_a_message_under_its_field_does_not_repeat_the_label(error, under_field):
    assert errors.field_message(error) == under_field
    assert error.message.startswith(errors.field_label(error.field) + ": ")  # the CLI keeps the label


def test_gather_reports_the_first_problem_or_every_one():
    checks = {"postal_code": lambda: v.normalize_psc("12"), "email": lambda: v.normalize_email("a@"),
              "phone": lambda: v.normalize_phone("553 000 111")}
    with pytest.raises(ValidationError) as first:
        v.gather(checks)
    assert first.value.field == "postal_code"
    with pytest.raises(errors.ValidationErrors) as every:
        v.gather(checks, every=True)
    assert [e.field for e in every.value.errors] == ["postal_code", "email"]
    assert v.gather({"phone": checks["phone"]}, every=True) == {"phone": "+420 553 000 111"}
