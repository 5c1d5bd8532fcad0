"""FilterPanel: checkable lists from the database and the enums, debounced search."""

from __future__ import annotations

from PySide6.QtCore import Qt

from planner.models.enums import RecordKind
from planner.models.enums import EventCategory
from planner.services import staff as staff_service
from planner.services.dto import EventQuery, StaffDraft
from planner.ui.context import AppContext
from planner.ui.events.filter_panel import CheckListModel, Choice, FilterPanel


def test_lists_come_from_demo_data_and_enums(qtbot, demo_ctx: AppContext) -> None:
    panel = FilterPanel(demo_ctx)
    qtbot.addWidget(panel)
    series = [panel.models["series"].index(r).data() for r in range(panel.models["series"].rowCount())]
    assert "Bezručova Opava" in series
    venues = [panel.models["venue"].index(r).data() for r in range(panel.models["venue"].rowCount())]
    assert "Kino Mír" in venues
    assert panel.models["category"].rowCount() == len(EventCategory)
    assert not panel.clear_button.isEnabled()


def test_checked_venue_and_category_make_the_query(qtbot, demo_ctx: AppContext) -> None:
    panel = FilterPanel(demo_ctx)
    qtbot.addWidget(panel)
    venues = panel.models["venue"]
    with qtbot.waitSignal(panel.filter_changed, timeout=1000) as blocker:
        venues.setData(venues.index(0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    venue_id = venues.index(0).data(Qt.ItemDataRole.UserRole + 1)
    assert blocker.args[0] == EventQuery(venue_ids=frozenset({venue_id}))
    cats = panel.models["category"]
    cats.setData(cats.index(1), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert panel.query().categories == frozenset({list(EventCategory)[1]})
    assert panel.toolbox.itemText(2).endswith("(1)")
    assert panel.clear_button.isEnabled()


def test_new_staff_appears_and_checks_survive_reload(qtbot, demo_ctx: AppContext) -> None:
    panel = FilterPanel(demo_ctx)
    qtbot.addWidget(panel)
    staff = panel.models["staff"]
    staff.setData(staff.index(0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    checked = staff.checked()
    new = staff_service.create_staff(demo_ctx.sm, StaffDraft(name="Žofie Zelená")).id
    demo_ctx.bus.emit_change(RecordKind.STAFF, [new])
    names = [staff.index(r).data() for r in range(staff.rowCount())]
    assert "Žofie Zelená" in names
    assert staff.checked() == checked


def test_check_list_model_is_valid(qtmodeltester) -> None:
    model = CheckListModel()
    model.set_choices([Choice(1, "Řada A", "#ff0000"), Choice(2, "Řada B")])
    model.set_checked({2})
    qtmodeltester.check(model)
    assert model.index(1).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    model.set_choices([Choice(1, "Řada A")])
    assert model.checked() == frozenset()
