"""The contact-person columns sort by surname with titles ignored (the rule is services.text.person_sort_key)."""

from __future__ import annotations

from planner.services import staff as staff_service
from planner.services import vendors as vendor_service
from planner.services.dto import VendorDraft
from planner.ui.vendors.model import VendorColumn, VendorTableModel


def test_vendor_contact_column_sorts_by_surname(qtbot, ctx) -> None:
    for name, person in [("A", "Mgr. Tereza Zedníková"), ("B", "Bc. Klára Vojtíšková"), ("C", "Ing. Jan Adámek")]:
        vendor_service.create_vendor(ctx.sm, VendorDraft(name, contact_person=person))
    model = VendorTableModel()
    model.set_rows(vendor_service.list_vendors(ctx.sm))
    model.sort(VendorColumn.CONTACT)
    ordered = [model.row_at(i) for i in range(model.rowCount())]
    assert [r.contact_person for r in ordered] == ["Ing. Jan Adámek", "Bc. Klára Vojtíšková", "Mgr. Tereza Zedníková"]


def test_staff_list_is_by_surname(ctx) -> None:
    from planner.services.dto import StaffDraft

    for name in ("Mgr. Tereza Zedníková", "Bc. Klára Vojtíšková", "Lenka Hořínková"):
        staff_service.create_staff(ctx.sm, StaffDraft(name=name, email=""))
    assert [r.name for r in staff_service.list_staff(ctx.sm)] == [
        "Lenka Hořínková", "Bc. Klára Vojtíšková", "Mgr. Tereza Zedníková"]


def test_a_narrow_vendor_page_puts_the_search_on_its_own_row_and_keeps_the_filters_whole(qtbot, ctx) -> None:
    from PySide6.QtWidgets import QComboBox

    from planner.ui.vendors.page import VendorsPage

    page = VendorsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 500)
    page.show()
    qtbot.waitExposed(page)
    assert page.filter_bar.indexOf(page.search) >= 0  # wide: one row
    page.resize(560, 500)  # 1024x700 at 150 % leaves about this much beside the navigation
    qtbot.waitUntil(lambda: page.search_row.indexOf(page.search) >= 0)
    assert page.search_row.indexOf(page.new_button) >= 0  # Nový… stays reachable
    qtbot.wait(50)
    for combo in page.findChildren(QComboBox):
        if combo.isVisible():
            assert combo.width() >= combo.sizeHint().width(), combo.currentText()  # no "Všechny ka"
    page.resize(1300, 500)
    qtbot.waitUntil(lambda: page.filter_bar.indexOf(page.search) >= 0)
