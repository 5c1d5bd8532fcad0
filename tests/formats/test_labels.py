"""One table of enumeration labels for every screen and every file we write."""

from __future__ import annotations

from planner import i18n
from planner.formats import labels
from planner.models.enums import (
    BookingStatus,
    EventCategory,
    EventStatus,
    PerformerKind,
    SeriesKind,
    StaffRole,
    StallKind,
    VendorCategory,
    VenueKind,
)
from planner.ui import labels as ui_labels

ENUMS = (EventStatus, EventCategory, VenueKind, VendorCategory, StallKind, BookingStatus, StaffRole, SeriesKind,
         PerformerKind)


def test_every_member_has_a_czech_and_an_english_label() -> None:
    for enum in ENUMS:
        for member in enum:
            cs, en = labels.labels_of(member)
            assert cs.strip() and en.strip(), member
            assert cs != en or member.value in ("happening", "food_truck", "dj", "festival", "dramaturg"), member


def test_labels_follow_the_message_language() -> None:
    assert labels.label(EventCategory.CEREMONY) == "slavnost"
    assert labels.title_label(EventCategory.CLASSICAL_CONCERT) == "Vážná hudba"
    assert labels.label(PerformerKind.DJ) == "DJ"
    i18n.set_language("en")
    try:
        assert labels.title_label(EventCategory.CLASSICAL_CONCERT) == "Classical concert"
        assert labels.label(StallKind.HUT) == "wooden hut"
    finally:
        i18n.set_language("cs")


def test_the_screens_and_the_files_name_a_member_alike() -> None:
    """The UI's label functions read the same table: a stall kind is "Dřevěný stánek" on screen and in Excel."""
    assert ui_labels.stall_kind_label(StallKind.HUT) == labels.title_label(StallKind.HUT) == "Dřevěný stánek"
    assert labels.label(StallKind.HUT) == "dřevěný stánek"
    assert ui_labels.category_label(EventCategory.CEREMONY) == "Slavnost"
