"""The table-model base: columns described once give headers, cells, roles and both ways of sorting."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from planner.ui.common.table_model import RIGHT, ROW_ROLE, Column, ColumnSortProxy, ColumnTableModel


@dataclass(frozen=True)
class Item:
    name: str
    size: int | None


class ItemModel(ColumnTableModel[Item]):
    def describe(self) -> Sequence[Column[Item]]:
        return (
            Column("Name", lambda r: r.name, value_tooltip=True, foreground=lambda r: QColor("red") if r.size is None else None),
            Column("Size", lambda r: "" if r.size is None else str(r.size), sort=lambda r: (r.size is None, r.size or 0),
                   align=RIGHT, tooltip=lambda r: f"{r.size} kB"),
        )


ITEMS = [Item("žába", 3), Item("Čáp", None), Item("auto", 10), Item("cesta", 1)]


def names(model: ColumnTableModel[Item] | ColumnSortProxy) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_headers_cells_and_roles_come_from_the_columns(qapp) -> None:
    model = ItemModel()
    model.set_rows(ITEMS)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == ["Name", "Size"]
    assert model.index(0, 1).data() == "3"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "žába"
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == "3 kB"
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == int(RIGHT)
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) == QColor("red")
    assert model.index(2, 0).data(ROW_ROLE) == Item("auto", 10)


def test_the_model_sorts_itself_in_czech_order_and_keeps_the_order_on_reload(qapp) -> None:
    model = ItemModel()
    model.set_rows(ITEMS)
    model.sort(0)
    assert names(model) == ["auto", "cesta", "Čáp", "žába"]
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["Čáp", "auto", "žába", "cesta"]
    model.set_rows([*ITEMS, Item("dub", 5)])
    assert names(model) == ["Čáp", "auto", "dub", "žába", "cesta"]


def test_the_same_rows_do_not_reset_when_asked(qapp, qtbot) -> None:
    model = ItemModel()
    model.set_rows(ITEMS)
    with qtbot.assertNotEmitted(model.modelReset):
        assert model.set_rows(list(ITEMS), keep_if_same=True) is False
    with qtbot.waitSignal(model.modelReset):
        assert model.set_rows(ITEMS[:2], keep_if_same=True) is True


def test_the_proxy_sorts_by_the_columns_keys(qapp, qtmodeltester) -> None:
    model = ItemModel()
    model.set_rows(ITEMS)
    proxy = ColumnSortProxy()
    proxy.setSourceModel(model)
    proxy.sort(1)
    assert names(proxy) == ["cesta", "žába", "auto", "Čáp"]
    proxy.sort(0)
    assert names(proxy) == ["auto", "cesta", "Čáp", "žába"]
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
