"""Validators for Czech identifiers and contact data; raise ValidationError with field names."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation


from planner.errors import ValidationError, ValidationErrors

_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>.]{2,}$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
# Numbers written without a country code are Czech (the office and most of its contacts are).
PHONE_REGION = "CZ"


def ico_check_digit(first7: str) -> int:
    """Return the mod-11 check digit of the first seven IČO digits."""
    s = sum(int(d) * w for d, w in zip(first7, (8, 7, 6, 5, 4, 3, 2), strict=True))
    return ((11 - s) % 11 or 1) % 10


def normalize_ico(value: str | None, field: str = "ico") -> str | None:
    """Return an 8-digit IČO (left-padded) or None when empty; validate the checksum."""
    if value is None:
        return None
    s = re.sub(r"\s", "", str(value))
    if not s:
        return None
    if not s.isdigit() or len(s) > 8:
        raise ValidationError(field, "ico_format", value=value)
    s = s.zfill(8)
    if ico_check_digit(s[:7]) != int(s[7]):
        raise ValidationError(field, "ico_checksum", value=s)
    return s


def normalize_dic(value: str | None, field: str = "dic") -> str:
    """Return a DIČ as CZ + digits ('' when empty); legal-entity DIČs are IČO-checked."""
    s = re.sub(r"\s", "", value or "").upper()
    if not s:
        return ""
    if not s.startswith("CZ"):
        s = "CZ" + s
    digits = s[2:]
    if not digits.isdigit() or not 8 <= len(digits) <= 10:
        raise ValidationError(field, "dic_format", value=value)
    if len(digits) == 8:
        if digits.startswith("9") or ico_check_digit(digits[:7]) != int(digits[7]):
            raise ValidationError(field, "dic_format", value=value)
    return s


def normalize_email(value: str | None, field: str = "email") -> str:
    """Return a trimmed e-mail address ('' when empty) or raise."""
    s = (value or "").strip()
    if not s:
        return ""
    if not _EMAIL.match(s):
        raise ValidationError(field, "email_format", value=s)
    return s


def normalize_phone(value: str | None, field: str = "phone") -> str:
    """Return a phone number in the readable international format ('' when empty) or raise.

    Parsed by ``phonenumbers`` (Google's libphonenumber data) with the Czech Republic as the
    default region: "553 000 111" is +420 553 000 111, and any valid foreign number is kept
    with its own country code (Opava borders Poland and Slovakia: +48 601 234 567, +421 …).
    """
    s = (value or "").strip()
    if not s:
        return ""
    import phonenumbers  # its metadata (~35 ms) is loaded when a number is first checked, not at start

    try:
        number = phonenumbers.parse(s, PHONE_REGION)
    except phonenumbers.NumberParseException as exc:
        raise ValidationError(field, "phone_format", value=s) from exc
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(field, "phone_format", value=s)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def normalize_psc(value: str | None, field: str = "postal_code") -> str:
    """Return a PSČ written 'XXX XX' ('' when empty) or raise."""
    s = re.sub(r"\s", "", value or "")
    if not s:
        return ""
    if not (s.isdigit() and len(s) == 5 and s[0] != "0"):
        raise ValidationError(field, "psc_format", value=value)
    return f"{s[:3]} {s[3:]}"


def normalize_colour(value: str | None, field: str = "colour", default: str = "#607d8b") -> str:
    """Return a #rrggbb colour or raise."""
    s = (value or "").strip()
    if not s:
        return default
    if not _COLOUR.match(s):
        raise ValidationError(field, "colour_format", value=s)
    return s.lower()


def normalize_url(value: str | None, field: str = "url") -> str:
    """Return an http(s) URL ('' when empty) or raise."""
    s = (value or "").strip()
    if not s:
        return ""
    if not re.match(r"^https?://\S+$", s, re.IGNORECASE):
        raise ValidationError(field, "url_format", value=s)
    return s


# Control characters no text field keeps (tab and line feed stay): NUL cannot even be stored in
# PostgreSQL, and the others only ever arrive from pasted or imported text.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(value: str | None) -> str:
    """Return text with CR LF / CR as LF and no control characters but tab and LF, stripped."""
    return _CONTROLS.sub("", (value or "").replace("\r\n", "\n").replace("\r", "\n")).strip()


def require_text(value: str | None, field: str, max_len: int = 200) -> str:
    """Return cleaned required text or raise."""
    s = clean_text(value)
    if not s:
        raise ValidationError(field, "required")
    if len(s) > max_len:
        raise ValidationError(field, "too_long", max=max_len)
    return s


def optional_text(value: str | None, field: str, max_len: int = 200) -> str:
    """Return cleaned text ('' when empty) limited to max_len."""
    s = clean_text(value)
    if len(s) > max_len:
        raise ValidationError(field, "too_long", max=max_len)
    return s


def non_negative_int(value: int | str | None, field: str) -> int | None:
    """Return a non-negative int, None when empty, or raise."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        n = int(str(value).strip().replace(" ", "").replace("\u00a0", ""))
    except ValueError as exc:
        raise ValidationError(field, "not_a_number", value=value) from exc
    if n < 0:
        raise ValidationError(field, "not_negative")
    return n


# Money columns are Numeric(12, 2): amounts must stay below 10^10 CZK.
MONEY_LIMIT = Decimal(10) ** 10


def money(value: Decimal | int | str | None, field: str = "fee") -> Decimal | None:
    """Return a non-negative CZK amount as Decimal (accepts '1 200,50'), None when empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, float):
        raise TypeError("money must not be float")
    text = str(value).strip().replace("\u00a0", "").replace(" ", "").replace("Kč", "")
    text = text.replace(",", ".")
    try:
        amount = Decimal(text)
    except InvalidOperation as exc:
        raise ValidationError(field, "not_a_number", value=value) from exc
    if not amount.is_finite():  # "nan", "inf", "sNaN" are Decimals, but not amounts
        raise ValidationError(field, "not_a_number", value=value)
    if amount < 0:
        raise ValidationError(field, "not_negative")
    if amount >= MONEY_LIMIT or amount.quantize(Decimal("0.01")) >= MONEY_LIMIT:  # Numeric(12, 2)
        raise ValidationError(field, "too_large", max="9 999 999 999,99 Kč")
    return amount.quantize(Decimal("0.01"))


def gather(checks: Mapping[str, Callable[[], object]], *, every: bool = False) -> dict[str, object]:
    """Run each field's check in order and return the normalised values.

    The first bad field raises its ValidationError (the CLI and the importers name one problem);
    with ``every`` all of them are checked and two or more raise ValidationErrors, so an editor
    can show each message under its own field at once.
    """
    values: dict[str, object] = {}
    errors: list[ValidationError] = []
    for name, check in checks.items():
        try:
            values[name] = check()
        except ValidationError as exc:
            if not every:
                raise
            errors.append(exc)
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise ValidationErrors(errors)
    return values
