"""VendorsPage: archive instead of delete, filters, detail with bookings and fees, personal data."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from planner.models.enums import RecordKind
from planner import settings
from planner.models.enums import BookingStatus, VendorCategory
from planner.services import markets
from planner.services import vendors as vendor_service
from planner.services.dto import BookingDraft, EventDraft, StallDraft, VendorDraft
from planner.services.timeutil import all_day_span
from planner.ui import messages
from planner.ui.vendors.model import VendorColumn, VendorRole
from planner.ui.vendors.page import VendorsPage


@pytest.fixture
def page(qtbot, ctx):
    vendor_service.create_vendor(ctx.sm, VendorDraft(
        "Punčovna Zimní hvězda s.r.o.", ico="35134623", contact_person="Lucie Hvězdová",
        phone="723 000 107", email="lucie@example.cz", street="Sadová 7", city="Opava",
        postal_code="74601", category=VendorCategory.DRINKS, consent_date=dt.date(2026, 1, 10),
    ))
    vendor_service.create_vendor(ctx.sm, VendorDraft("Čech", category=VendorCategory.CRAFTS))
    vendor_service.create_vendor(ctx.sm, VendorDraft("Chrudim", is_stallholder=False, is_supplier=True,
                                                     category=VendorCategory.SERVICES))
    widget = VendorsPage(ctx)
    qtbot.addWidget(widget)
    return widget


def book(ctx, vendor_id: int) -> None:
    start, end = all_day_span(dt.date(2026, 11, 27), dt.date(2026, 12, 23))
    market = markets.create_market(ctx.sm, EventDraft("Vánoční trhy 2026", start, end))
    stall = markets.create_stall(ctx.sm, market.event_id, StallDraft("D02", has_power=True))
    markets.create_booking(ctx.sm, BookingDraft(
        stall.id, vendor_id, dt.date(2026, 11, 27), dt.date(2026, 12, 23), BookingStatus.APPROVED,
        fee=Decimal("13500.00"), paid_on=dt.date(2026, 11, 15),
    ))
    other = markets.create_stall(ctx.sm, market.event_id, StallDraft("D03"))
    markets.create_booking(ctx.sm, BookingDraft(
        other.id, vendor_id, dt.date(2026, 12, 1), dt.date(2026, 12, 2), BookingStatus.APPROVED,
        fee=Decimal("1000.50"),
    ))
    ctx.bus.emit_change(RecordKind.MARKET, [market.event_id])


def shown(page: VendorsPage) -> list[str]:
    return [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]


def punc(page: VendorsPage):
    return next(r for r in page.model.rows() if r.name.startswith("Punčovna"))


def test_list_sorted_czech_and_filtered_by_role_and_category(page) -> None:
    assert shown(page) == ["Čech", "Chrudim", "Punčovna Zimní hvězda s.r.o."]
    page.role_filter.setCurrentIndex(page.role_filter.findData(VendorRole.SUPPLIER))
    assert shown(page) == ["Chrudim"]
    page.role_filter.setCurrentIndex(0)
    page.category_filter.setCurrentIndex(page.category_filter.findData(VendorCategory.DRINKS))
    assert shown(page) == ["Punčovna Zimní hvězda s.r.o."]


def test_vendor_with_bookings_is_archived_not_deleted(page, ctx, qtbot, shown_messages) -> None:
    book(ctx, punc(page).id)
    page.select_ids([punc(page).id])

    page.delete_selected()
    assert shown_messages[-1][0] == "error" and "archivujte" in shown_messages[-1][1]
    assert vendor_service.get_vendor(ctx.sm, punc(page).id)

    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert shown(page) == ["Čech", "Chrudim"]
    assert len(markets.list_bookings(ctx.sm, vendor_id=punc(page).id)) == 2


def test_detail_shows_stall_bookings_across_markets_and_fees(page, ctx) -> None:
    book(ctx, punc(page).id)
    page.select_ids([punc(page).id])

    detail = page.detail
    assert detail.bookings_model.rowCount() == 2
    texts = {detail.bookings_model.text(r, 1): detail.bookings_model.text(r, 4) for r in range(2)}
    assert texts == {"D02": "13\u00a0500,00\u00a0Kč", "D03": "1\u00a0000,50\u00a0Kč"}
    totals = detail.totals.text()
    assert "14\u00a0500,50\u00a0Kč" in totals and "1\u00a0000,50\u00a0Kč" in totals
    assert "Lucie Hvězdová" in detail.facts.text()


def test_anonymise_from_the_detail_clears_contact_data_and_keeps_bookings(page, ctx, shown_messages) -> None:
    vendor_id = punc(page).id
    book(ctx, vendor_id)
    page.select_ids([vendor_id])

    page.detail.anonymise_button.click()

    assert shown_messages[0][0] == "question"
    row = vendor_service.get_vendor(ctx.sm, vendor_id)
    assert (row.contact_person, row.phone, row.email, row.street, row.consent_date) == ("", "", "", "", None)
    assert row.ico == "35134623"
    assert len(markets.list_bookings(ctx.sm, vendor_id=vendor_id)) == 2
    assert "Hvězdová" not in page.detail.facts.text()  # the page refreshed
    assert page.detail.bookings_model.rowCount() == 2


def test_anonymise_is_not_done_without_confirmation(page, ctx, monkeypatch) -> None:
    monkeypatch.setattr(messages, "ask_yes_no", lambda *_a, **_k: False)
    page.select_ids([punc(page).id])
    page.detail.anonymise_button.click()
    assert vendor_service.get_vendor(ctx.sm, punc(page).id).contact_person == "Lucie Hvězdová"


def test_export_personal_data_writes_everything_held(page, ctx, tmp_path, monkeypatch, shown_messages) -> None:
    vendor_id = punc(page).id
    book(ctx, vendor_id)
    target = tmp_path / "export.json"
    suggested: list[str] = []

    def ask(_parent, _title, name, _filters):
        suggested.append(name)
        return str(target)

    monkeypatch.setattr(messages, "ask_save_file", ask)
    page.select_ids([vendor_id])
    page.detail.export_button.click()

    data = json.loads(target.read_text(encoding="utf-8"))
    assert suggested == ["puncovna-zimni-hvezda-s-r-o.json"]
    assert data["vendor"]["contact_person"] == "Lucie Hvězdová"
    assert data["vendor"]["email"] == "lucie@example.cz"
    assert data["vendor"]["consent_date"] == "2026-01-10"
    assert sorted(b["stall"] for b in data["stall_bookings"]) == ["D02", "D03"]
    assert shown_messages[-1][0] == "info"


def test_hidden_columns_are_remembered(page, ctx, qtbot) -> None:
    page.set_column_visible(VendorColumn.CONSENT, False)
    again = VendorsPage(ctx)
    qtbot.addWidget(again)
    assert again.view.isColumnHidden(VendorColumn.CONSENT)
    assert ctx.settings.get(settings.VENDOR_COLUMNS) == "CONSENT"


def test_detail_shows_services_supplied_to_events_apart_from_stall_fees(page, ctx) -> None:
    from planner.services import events, suppliers
    from planner.services.dto import SupplyDraft
    from planner.services.timeutil import prague

    chrudim = next(v for v in vendor_service.list_vendors(ctx.sm) if v.name == "Chrudim")
    concert = events.create_event(ctx.sm, EventDraft("Zahájení festivalu", prague(2026, 9, 11, 19), prague(2026, 9, 11, 21)))
    suppliers.add_supply(ctx.sm, SupplyDraft(concert.id, chrudim.id, "Ozvučení", fee=Decimal("18500"),
                                             paid_on=dt.date(2026, 9, 30)))
    suppliers.add_supply(ctx.sm, SupplyDraft(concert.id, chrudim.id, "Pódium", fee=Decimal("6000")))
    page.refresh()
    page.select_ids([chrudim.id])
    detail = page.detail
    assert detail.supplies_model.rowCount() == 2
    assert {detail.supplies_model.text(r, 2) for r in range(2)} == {"Ozvučení", "Pódium"}
    assert detail.supplies_model.text(0, 1) == "11. 9. 2026"
    owed = detail.supplies_totals.text()
    assert "24\u00a0500,00\u00a0Kč" in owed and "6\u00a0000,00\u00a0Kč" in owed
    # Stall fees (owed to the city) are not mixed with service fees (owed by the city).
    assert "24\u00a0500" not in detail.totals.text()


def test_supply_can_be_added_edited_and_removed_from_the_detail(page, ctx, qtbot, monkeypatch) -> None:
    from planner.services import events, suppliers
    from planner.services.timeutil import prague
    from planner.ui.vendors.supply_dialog import SupplyDialog

    chrudim = next(v for v in vendor_service.list_vendors(ctx.sm) if v.name == "Chrudim")
    concert = events.create_event(ctx.sm, EventDraft("Abonentní koncert", prague(2026, 12, 9, 19), prague(2026, 12, 9, 21)))
    events.create_event(ctx.sm, EventDraft("Novoroční koncert", prague(2027, 1, 1, 17), prague(2027, 1, 1, 19)))
    dialog = SupplyDialog(ctx.sm, chrudim.id, save=lambda d: suppliers.add_supply(ctx.sm, d), today=dt.date(2026, 11, 26))
    qtbot.addWidget(dialog)
    assert dialog.event_choice.currentData() == concert.id  # the next upcoming, not a past or later one
    assert not dialog.ok_button.isEnabled() and "Služba" in dialog.error_text()
    dialog.service.setText("Ladění klavíru")
    dialog.fee.setText("abc")
    assert not dialog.ok_button.isEnabled() and "Poplatek" in dialog.error_text()
    dialog.fee.setText("2 500,50")
    assert dialog.ok_button.isEnabled()
    dialog.accept()
    saved = suppliers.services_of_vendor(ctx.sm, chrudim.id)
    assert [(s.service, s.fee) for s in saved] == [("Ladění klavíru", Decimal("2500.50"))]

    page.refresh()
    page.select_ids([chrudim.id])
    page.detail.supplies_view.selectRow(0)
    monkeypatch.setattr(messages, "ask_yes_no", lambda *a, **k: True)
    page.detail.remove_supply_button.click()
    assert suppliers.services_of_vendor(ctx.sm, chrudim.id) == []
    assert page.detail.supplies_model.rowCount() == 0


def test_one_edit_reloads_the_list_once_and_the_detail_once(page, ctx, monkeypatch) -> None:
    from planner.services import suppliers
    from planner.ui.vendors import page as page_module

    target = punc(page)
    page.select_ids([target.id])
    lists: list[int] = []
    details: list[int] = []
    real_list, real_supplies = vendor_service.list_vendors, suppliers.services_of_vendor
    monkeypatch.setattr(vendor_service, "list_vendors", lambda *a, **k: lists.append(1) or real_list(*a, **k))
    monkeypatch.setattr(suppliers, "services_of_vendor", lambda *a, **k: details.append(1) or real_supplies(*a, **k))

    def save(_parent, sm, row, *, save):
        from dataclasses import fields

        draft = VendorDraft(**{f.name: getattr(row, f.name) for f in fields(VendorDraft)})
        return save(replace(draft, notes="Ověřeno"))  # the dialog's OK: the page's own save

    monkeypatch.setattr(page_module.VendorDialog, "ask", save)
    page.edit_current()
    assert (len(lists), len(details)) == (1, 1)
    assert "Ověřeno" in page.detail.facts.text()
