"""VendorDialog: IČO checksum and duplicates, DIČ, contact data; OK disabled with the reason."""

from __future__ import annotations

import datetime as dt

from planner.services import vendors as vendor_service
from planner.services.dto import VendorDraft
from planner.ui.vendors.dialog import VendorDialog


def dialog_for(qtbot, ctx, row=None) -> VendorDialog:
    if row is None:
        save = lambda draft: vendor_service.create_vendor(ctx.sm, draft)  # noqa: E731
    else:
        save = lambda draft: vendor_service.update_vendor(ctx.sm, row.id, draft, version=row.version)  # noqa: E731
    dialog = VendorDialog(ctx.sm, row, save=save)
    qtbot.addWidget(dialog)
    return dialog


def test_invalid_ico_checksum_disables_ok_with_the_reason(qtbot, ctx) -> None:
    dialog = dialog_for(qtbot, ctx)
    dialog.name.setText("Medový vánek s.r.o.")
    dialog.ico.setText("10401068")

    assert not dialog.ok_button.isEnabled()
    assert dialog.error_text() == "IČO: IČO 10401068 nemá platný kontrolní součet."
    dialog.ico.setText("10401067")
    assert dialog.ok_button.isEnabled()


def test_duplicate_ico_is_reported_before_saving(qtbot, ctx) -> None:
    vendor_service.create_vendor(ctx.sm, VendorDraft("Medový vánek s.r.o.", ico="10401067"))
    dialog = dialog_for(qtbot, ctx)
    dialog.name.setText("Jiný prodejce")
    dialog.ico.setText("104 010 67")

    assert not dialog.ok_button.isEnabled()
    assert dialog.error_text().startswith("IČO:") and "10401067" in dialog.error_text()
    assert "už existuje" in dialog.error_text()


def test_editing_a_vendor_keeps_its_own_ico(qtbot, ctx) -> None:
    row = vendor_service.create_vendor(ctx.sm, VendorDraft("Medový vánek s.r.o.", ico="10401067"))
    dialog = dialog_for(qtbot, ctx, row)
    assert dialog.ok_button.isEnabled(), dialog.error_text()
    dialog.phone.setText("723000101")
    dialog.accept()
    assert vendor_service.get_vendor(ctx.sm, row.id).phone == "+420 723 000 101"


def test_bad_dic_email_phone_psc_and_power_are_named(qtbot, ctx) -> None:
    dialog = dialog_for(qtbot, ctx)
    dialog.name.setText("Kapřík")
    for widget, bad, label in [
        (dialog.dic, "CZ123", "DIČ"),
        (dialog.phone, "123", "Telefon"),
        (dialog.email, "a@b", "E-mail"),
        (dialog.postal_code, "1234", "PSČ"),
        (dialog.power_kw, "moc", "Příkon"),
        (dialog.power_kw, "-1", "Příkon"),
    ]:
        widget.selectAll()
        qtbot.keyClicks(widget, bad)  # typed, as a user does: errors show for fields typed into
        assert not dialog.ok_button.isEnabled(), bad
        assert dialog.error_text().startswith(label), dialog.error_text()
        widget.setText("")
        assert dialog.ok_button.isEnabled()


def test_ok_creates_the_vendor_with_roles_power_and_consent(qtbot, ctx) -> None:
    dialog = dialog_for(qtbot, ctx)
    dialog.name.setText("Ozvučení Opava")
    dialog.is_stallholder.setChecked(False)
    dialog.is_supplier.setChecked(True)
    dialog.power_kw.setText("2,5")
    dialog.consent.setChecked(True)
    dialog.consent_date.setDate(dt.date(2026, 3, 1))
    dialog.ok_button.click()

    row = vendor_service.get_vendor(ctx.sm, dialog.saved.id)
    assert (row.is_stallholder, row.is_supplier) == (False, True)
    assert str(row.power_kw) == "2.5"
    assert row.consent_date == dt.date(2026, 3, 1)


def test_cancel_writes_nothing(qtbot, ctx) -> None:
    row = vendor_service.create_vendor(ctx.sm, VendorDraft("Kapřík", contact_person="Zdeněk Kapr"))
    dialog = dialog_for(qtbot, ctx, row)
    dialog.contact_person.setText("")
    dialog.reject()
    assert vendor_service.get_vendor(ctx.sm, row.id) == row


def test_enter_in_a_field_saves_and_never_cancels(qtbot, ctx) -> None:
    from PySide6.QtCore import Qt

    dialog = dialog_for(qtbot, ctx)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.name.setFocus()
    dialog.name.setText("Perníkárna Kopřivnice")  # (QTest cannot type "ř")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert [v.name for v in vendor_service.list_vendors(ctx.sm)] == ["Perníkárna Kopřivnice"]


def test_polish_and_slovak_numbers_are_accepted_and_stored_readably(qtbot, ctx) -> None:
    from planner.services.validation import normalize_phone

    dialog = dialog_for(qtbot, ctx)
    assert normalize_phone(dialog.phone.placeholderText()) == dialog.phone.placeholderText()
    dialog.name.setText("Stánek z Ratiboře")
    qtbot.keyClicks(dialog.phone, "0048601234567")
    assert dialog.ok_button.isEnabled(), dialog.error_text()
    dialog.ok_button.click()
    assert vendor_service.get_vendor(ctx.sm, dialog.saved.id).phone == "+48 601 234 567"

    other = dialog_for(qtbot, ctx)
    other.name.setText("Bryndza z Liptova")
    qtbot.keyClicks(other.phone, "+421 905 123 45")  # one digit short
    assert not other.ok_button.isEnabled()
    assert other.error_text().startswith("Telefon:") and "není platné telefonní číslo" in other.error_text()
    qtbot.keyClicks(other.phone, "6")
    assert other.ok_button.isEnabled()
