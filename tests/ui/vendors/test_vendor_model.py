"""VendorTableModel and VendorFilterProxy: Czech sorting, search, category, role and archived filters."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from planner.models.enums import VendorCategory
from planner.services.dto import VendorRow
from planner.ui.vendors.model import VendorColumn, VendorFilterProxy, VendorRole, VendorTableModel


def vendor(id_: int, name: str, category: VendorCategory = VendorCategory.CRAFTS, *, stall: bool = True,
           supplier: bool = False, archived: bool = False, power: str | None = None, person: str = "") -> VendorRow:
    return VendorRow(id_, name, None, "", person, "", "", "", "Opava", "", category, stall, supplier,
                     Decimal(power) if power else None, "svíčky", "", None, archived, 1)


def make(rows: list[VendorRow]) -> VendorFilterProxy:
    # The proxy owns the model (Qt parent), never the other way round: a child proxy
    # would be deleted by Qt under its live Python wrapper when the model is collected.
    proxy = VendorFilterProxy()
    model = VendorTableModel(proxy)
    model.set_rows(rows)
    proxy.setSourceModel(model)
    proxy.sort(VendorColumn.NAME)
    return proxy


def names(proxy: VendorFilterProxy) -> list[str]:
    return [proxy.index(r, VendorColumn.NAME).data() for r in range(proxy.rowCount())]


def test_models_pass_the_model_tester(qtmodeltester) -> None:
    proxy = make([vendor(1, "Trdlo a spol."), vendor(2, "Čech", power="2.5")])
    qtmodeltester.check(proxy.sourceModel())
    qtmodeltester.check(proxy)


def test_names_sort_the_czech_way() -> None:
    proxy = make([vendor(1, "Chrudim"), vendor(2, "Čech"), vendor(3, "Cibulka")])
    assert names(proxy) == ["Cibulka", "Čech", "Chrudim"]


def test_power_sorts_as_a_number_and_shows_a_decimal_comma() -> None:
    proxy = make([vendor(1, "A", power="10"), vendor(2, "B", power="2.5"), vendor(3, "C")])
    proxy.sort(VendorColumn.POWER, Qt.SortOrder.AscendingOrder)
    assert names(proxy) == ["B", "A", "C"]
    assert proxy.index(0, VendorColumn.POWER).data() == "2,5 kW"


def test_search_finds_folded_text_in_contact_person_and_goods() -> None:
    proxy = make([vendor(1, "Plamínek", person="Jana Kovalová"), vendor(2, "Kapřík", person="Zdeněk Kapr")])
    proxy.set_search("zdenek")
    assert names(proxy) == ["Kapřík"]
    proxy.set_search("SVICKY plam")
    assert names(proxy) == ["Plamínek"]


def test_category_role_and_archived_filters() -> None:
    proxy = make([
        vendor(1, "Punčovna", VendorCategory.DRINKS),
        vendor(2, "Ozvučení Opava", VendorCategory.SERVICES, stall=False, supplier=True),
        vendor(3, "Kávovar", VendorCategory.DRINKS, supplier=True),
        vendor(4, "Stará pálenice", VendorCategory.DRINKS, archived=True),
    ])
    assert names(proxy) == ["Kávovar", "Ozvučení Opava", "Punčovna"]
    proxy.set_role(VendorRole.SUPPLIER)
    assert names(proxy) == ["Kávovar", "Ozvučení Opava"]
    proxy.set_role(VendorRole.STALLHOLDER)
    assert names(proxy) == ["Kávovar", "Punčovna"]
    proxy.set_role(None)
    proxy.set_categories(frozenset({VendorCategory.DRINKS}))
    proxy.set_show_archived(True)
    assert names(proxy) == ["Kávovar", "Punčovna", "Stará pálenice"]
