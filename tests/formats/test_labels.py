"""One table of enumeration labels for every file we write."""

from __future__ import annotations

from planner import errors
from planner.formats import labels
from planner.models.enums import BookingStatus, EventCategory, EventStatus, StallKind, VendorCategory, VenueKind


def test_every_member_has_a_czech_and_an_english_label() -> None:
    for enum in (EventStatus, EventCategory, VenueKind, VendorCategory, StallKind, BookingStatus):
        for member in enum:
            cs, en = labels.labels_of(member)
            assert cs.strip() and en.strip(), member


def test_labels_follow_the_message_language() -> None:
    assert labels.label(EventCategory.CEREMONY) == "slavnost"
    assert labels.title_label(EventCategory.CLASSICAL_CONCERT) == "Vážná hudba"
    errors.set_language("en")
    try:
        assert labels.title_label(EventCategory.CLASSICAL_CONCERT) == "Classical concert"
        assert errors.t("ano", "yes") == "yes"
    finally:
        errors.set_language("cs")
    assert errors.t("ano", "yes") == "ano"
