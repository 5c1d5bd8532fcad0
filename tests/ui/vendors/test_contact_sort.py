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
