"""VenueTableModel and VenueFilterProxy: Czech sorting, search, kind and archived filters."""

from __future__ import annotations

from PySide6.QtCore import Qt

from planner.models.enums import VenueKind
from planner.services.dto import VenueRow
from planner.ui.venues.model import VenueColumn, VenueFilterProxy, VenueTableModel


def venue(id_: int, name: str, kind: VenueKind = VenueKind.HALL, capacity: int | None = None,
          archived: bool = False, street: str = "") -> VenueRow:
    return VenueRow(id_, name, kind, street, "Opava", "746 01", capacity, "", "", "", ("varhany",),
                    "#607d8b", "", archived, 1)


def make(rows: list[VenueRow]) -> tuple[VenueTableModel, VenueFilterProxy]:
    model = VenueTableModel()
    model.set_rows(rows)
    proxy = VenueFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def names(proxy: VenueFilterProxy) -> list[str]:
    return [proxy.index(r, VenueColumn.NAME).data() for r in range(proxy.rowCount())]


def test_models_pass_the_model_tester(qtmodeltester) -> None:
    model, proxy = make([venue(1, "Kino Mír", VenueKind.CINEMA, 500), venue(2, "Horní náměstí", VenueKind.SQUARE)])
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)


def test_names_sort_the_czech_way() -> None:
    _, proxy = make([venue(1, "Chrudim"), venue(2, "Čech"), venue(3, "Cibulka"), venue(4, "Hlučín")])

    proxy.sort(VenueColumn.NAME, Qt.SortOrder.AscendingOrder)
    assert names(proxy) == ["Cibulka", "Čech", "Hlučín", "Chrudim"]
    proxy.sort(VenueColumn.NAME, Qt.SortOrder.DescendingOrder)
    assert names(proxy) == ["Chrudim", "Hlučín", "Čech", "Cibulka"]


def test_capacity_sorts_as_a_number_with_unknown_last() -> None:
    _, proxy = make([venue(1, "A", capacity=1000), venue(2, "B"), venue(3, "C", capacity=90)])
    proxy.sort(VenueColumn.CAPACITY, Qt.SortOrder.AscendingOrder)
    assert names(proxy) == ["C", "A", "B"]


def test_search_ignores_case_and_accents_and_looks_in_the_address() -> None:
    _, proxy = make([venue(1, "Čech"), venue(2, "Cibulka", street="Ostrožná 46"), venue(3, "Chrudim")])

    proxy.set_search("cech")
    assert names(proxy) == ["Čech"]
    proxy.set_search("OSTROZNA")
    assert names(proxy) == ["Cibulka"]
    proxy.set_search("")
    assert proxy.rowCount() == 3


def test_kind_filter_and_archived_hidden_by_default() -> None:
    _, proxy = make([
        venue(1, "Kostel sv. Ducha", VenueKind.CHURCH),
        venue(2, "Kino Mír", VenueKind.CINEMA),
        venue(3, "Starý kostel", VenueKind.CHURCH, archived=True),
    ])
    proxy.sort(VenueColumn.NAME)
    assert names(proxy) == ["Kino Mír", "Kostel sv. Ducha"]
    proxy.set_show_archived(True)
    assert names(proxy) == ["Kino Mír", "Kostel sv. Ducha", "Starý kostel"]
    proxy.set_kinds(frozenset({VenueKind.CHURCH}))
    assert names(proxy) == ["Kostel sv. Ducha", "Starý kostel"]


def test_archived_rows_are_shown_in_italics() -> None:
    model, _ = make([venue(1, "Starý kostel", archived=True), venue(2, "Kino")])
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).italic()
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole) is None
