"""SupplyDialog on the shared form parts: the payment row, a typed payment date checked like the market
editors' dates (its problem under the field), an edited supply keeping its date."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from planner.services import events, suppliers
from planner.services import vendors as vendor_service
from planner.services.dto import EventDraft, SupplyDraft, VendorDraft
from planner.services.timeutil import prague
from planner.ui.vendors.supply_dialog import SupplyDialog


@pytest.fixture
def hired(ctx):
    vendor = vendor_service.create_vendor(ctx.sm, VendorDraft("Chrudim", is_stallholder=False, is_supplier=True))
    concert = events.create_event(ctx.sm, EventDraft("Abonentní koncert", prague(2026, 12, 9, 19), prague(2026, 12, 9, 21)))
    return vendor, concert


def _dialog(qtbot, ctx, vendor_id: int, row=None) -> SupplyDialog:
    dialog = SupplyDialog(ctx.sm, vendor_id, row, save=lambda d: suppliers.add_supply(ctx.sm, d),
                          today=dt.date(2026, 11, 26))
    qtbot.addWidget(dialog)
    return dialog


def test_a_payment_date_that_is_not_a_date_is_refused_under_the_field(qtbot, ctx, hired) -> None:
    vendor, concert = hired
    dialog = _dialog(qtbot, ctx, vendor.id)
    dialog.service.setText("Ozvučení")
    dialog.fee.setText("18 500")
    assert dialog.ok_button.isEnabled() and not dialog.paid_on.isEnabled()
    assert dialog.paid_on.text() == "26. 11. 2026"  # today, offered once "Paid on" is ticked
    dialog.paid.setChecked(True)
    dialog.paid_on.setText("32. 13. 2026")
    dialog.paid_on.textEdited.emit(dialog.paid_on.text())
    assert not dialog.ok_button.isEnabled() and "Zaplaceno" in dialog.error_text()
    assert dialog.is_marked("paid_on") and dialog.field_error("paid_on")
    dialog.paid_on.setText("30.12.2026")
    assert dialog.ok_button.isEnabled() and not dialog.field_error("paid_on")
    dialog.accept()
    [saved] = suppliers.services_of_vendor(ctx.sm, vendor.id)
    assert (saved.event_id, saved.service, saved.fee, saved.paid_on) == (
        concert.id, "Ozvučení", Decimal("18500"), dt.date(2026, 12, 30))


def test_an_unticked_payment_ignores_the_date_field(qtbot, ctx, hired) -> None:
    vendor, _concert = hired
    dialog = _dialog(qtbot, ctx, vendor.id)
    dialog.service.setText("Pódium")
    dialog.paid.setChecked(True)
    dialog.paid_on.setText("nevím")
    assert not dialog.ok_button.isEnabled()
    dialog.paid.setChecked(False)
    assert dialog.ok_button.isEnabled() and dialog.draft().paid_on is None


def test_editing_a_paid_supply_keeps_its_date(qtbot, ctx, hired) -> None:
    vendor, concert = hired
    row = suppliers.add_supply(ctx.sm, SupplyDraft(concert.id, vendor.id, "Ozvučení", fee=Decimal("18500"),
                                                   paid_on=dt.date(2026, 12, 10)))
    dialog = _dialog(qtbot, ctx, vendor.id, row)
    assert dialog.paid.isChecked() and dialog.paid_on.isEnabled() and dialog.paid_on.text() == "10. 12. 2026"
    assert dialog.draft().paid_on == dt.date(2026, 12, 10) and dialog.ok_button.isEnabled()


def test_a_long_event_name_does_not_push_the_fields_out_of_the_dialog(qtbot, ctx, hired) -> None:
    vendor, _concert = hired
    events.create_event(ctx.sm, EventDraft("Mezinárodní varhanní soutěž Petra Ebena – závěrečný koncert laureátů",
                                           prague(2026, 12, 12, 19), prague(2026, 12, 12, 21)))
    dialog = _dialog(qtbot, ctx, vendor.id)
    dialog.show()
    qtbot.waitExposed(dialog)
    # Qt's first size would be 2/3 of the screen, narrower than the event choice: the fields' right
    # edges would be cut off (the form scrolls only up and down)
    assert dialog.form_scroll.viewport().width() >= dialog.form_box.sizeHint().width()
    assert dialog.event_choice.geometry().right() < dialog.form_scroll.viewport().width()
