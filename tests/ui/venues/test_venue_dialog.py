"""VenueDialog: inline validation by the service, OK disabled with the reason, Cancel writes nothing."""

from __future__ import annotations

from planner.services import venues as venue_service
from planner.services.dto import VenueDraft
from planner.ui.venues.dialog import VenueDialog


def _saver(ctx, row=None):
    """What the Venues page passes as the dialog's save: create, or update the version shown."""
    if row is None:
        return lambda draft: venue_service.create_venue(ctx.sm, draft)
    return lambda draft: venue_service.update_venue(ctx.sm, row.id, draft, version=row.version)


def test_new_venue_needs_a_name_before_ok_is_enabled(qtbot, ctx) -> None:
    dialog = VenueDialog(ctx.sm, save=_saver(ctx))
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    assert "Název" in dialog.error_text() and "povinné" in dialog.error_text()

    dialog.name.setText("Kino Mír")
    assert dialog.ok_button.isEnabled() and dialog.error_text() == ""


def test_bad_psc_phone_email_and_capacity_are_named(qtbot, ctx) -> None:
    dialog = VenueDialog(ctx.sm, save=_saver(ctx))
    qtbot.addWidget(dialog)
    dialog.name.setText("Kino Mír")
    cases = [
        (dialog.postal_code, "7460", "PSČ", "Musí mít 5 číslic"),
        (dialog.phone, "12345", "Telefon", "není platné telefonní číslo"),
        (dialog.email, "kino@", "E-mail", "není platná e-mailová adresa"),
        (dialog.capacity, "-5", "Kapacita", "nesmí být záporná"),
        (dialog.capacity, "moc", "Kapacita", "není číslo"),
    ]
    for widget, bad, label, under in cases:
        good = widget.text()
        widget.selectAll()
        qtbot.keyClicks(widget, bad)  # typed, as a user does: errors show for fields typed into
        assert not dialog.ok_button.isEnabled(), bad
        assert dialog.error_text().startswith(label), dialog.error_text()
        assert dialog.ok_button.toolTip() == dialog.error_text()
        field = widget.objectName()
        assert dialog.is_marked(field), "the bad field is marked"
        # under the field, without its label again ("PSČ: PSČ musí…" was the old text)
        assert under in dialog.field_error(field) and not dialog.field_error(field).startswith(label)
        widget.setText(good)
        assert dialog.ok_button.isEnabled()
        assert not dialog.is_marked(field) and dialog.field_error(field) == ""


def test_every_bad_field_shows_its_own_message_at_once(qtbot, ctx) -> None:
    dialog = VenueDialog(ctx.sm, save=_saver(ctx))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.postal_code, "12")
    qtbot.keyClicks(dialog.email, "kino@")
    assert dialog.field_error("postal_code") == "Musí mít 5 číslic (např. 746 01)."
    assert "není platná e-mailová adresa" in dialog.field_error("email")
    assert dialog.field_error("name") == ""  # not typed into yet: no "pole je povinné" so far
    assert "Název" in dialog.error_text()  # but OK's tool tip says why it is off
    dialog.accept()  # Enter with problems: every message now
    assert dialog.field_error("name") == "Pole je povinné."
    assert dialog.saved is None and dialog.result() != dialog.DialogCode.Accepted


def test_ok_saves_normalised_values(qtbot, ctx) -> None:
    dialog = VenueDialog(ctx.sm, save=_saver(ctx))
    qtbot.addWidget(dialog)
    dialog.name.setText("Obecní dům")
    dialog.postal_code.setText("74601")
    dialog.phone.setText("553 000 111")
    dialog.capacity.setText("100")
    dialog.equipment.setPlainText("klavír\n\nozvučení")
    dialog.ok_button.click()

    saved = dialog.saved
    assert saved is not None and dialog.result() == dialog.DialogCode.Accepted
    row = venue_service.get_venue(ctx.sm, saved.id)
    assert (row.postal_code, row.phone, row.capacity, row.equipment) == ("746 01", "+420 553 000 111", 100, ("klavír", "ozvučení"))


def test_duplicate_name_keeps_the_dialog_open_with_the_text(qtbot, ctx) -> None:
    venue_service.create_venue(ctx.sm, VenueDraft("Kino Mír"))
    dialog = VenueDialog(ctx.sm, save=_saver(ctx))
    qtbot.addWidget(dialog)
    dialog.name.setText("Kino Mír")
    dialog.ok_button.click()

    assert dialog.saved is None
    assert "už existuje" in dialog.error_text()
    assert dialog.name.text() == "Kino Mír"


def test_cancel_leaves_the_saved_venue_as_it_was(qtbot, ctx) -> None:
    row = venue_service.create_venue(ctx.sm, VenueDraft("Kino Mír", capacity=500))
    dialog = VenueDialog(ctx.sm, row, save=_saver(ctx, row))
    qtbot.addWidget(dialog)
    assert dialog.capacity.text() == "500"
    dialog.capacity.setText("20")
    dialog.name.setText("Kino")
    dialog.reject()
    assert venue_service.get_venue(ctx.sm, row.id) == row


def test_editing_saves_over_the_same_venue(qtbot, ctx) -> None:
    row = venue_service.create_venue(ctx.sm, VenueDraft("Kino Mír", capacity=500))
    dialog = VenueDialog(ctx.sm, row, save=_saver(ctx, row))
    qtbot.addWidget(dialog)
    dialog.capacity.setText("480")
    dialog.accept()
    assert venue_service.get_venue(ctx.sm, row.id).capacity == 480
    assert len(venue_service.list_venues(ctx.sm)) == 1


def test_colour_is_picked_from_a_swatch_and_saved(qtbot, ctx, monkeypatch) -> None:
    from PySide6.QtGui import QColor

    from planner.ui.common import colour_button
    from planner.ui.common.colour_button import ColourButton

    row = venue_service.create_venue(ctx.sm, VenueDraft("Kino Mír"))
    dialog = VenueDialog(ctx.sm, row, save=_saver(ctx, row))
    qtbot.addWidget(dialog)
    assert isinstance(dialog.colour, ColourButton) and dialog.colour.colour() == row.colour
    dialog.mark_clean()
    monkeypatch.setattr(colour_button, "pick_colour", lambda parent, current, title: None)  # cancelled
    dialog.colour.click()
    assert dialog.colour.colour() == row.colour and not dialog.has_changes()
    monkeypatch.setattr(colour_button, "pick_colour", lambda parent, current, title: QColor("#C62828"))
    dialog.colour.click()
    assert dialog.colour.text() == "#c62828"
    assert dialog.has_changes()  # Esc would now ask before dropping the new colour
    dialog.ok_button.click()
    assert venue_service.get_venue(ctx.sm, row.id).colour == "#c62828"
