"""VendorsPage: stallholders and suppliers with search, filters, detail and personal data."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from planner import settings
from planner.errors import PlannerError
from planner.i18n import _
from planner.models.enums import RecordKind, VendorCategory
from planner.services import suppliers as supplier_service
from planner.services import vendors as vendor_service
from planner.services.dto import SupplyDraft, SupplyRow, VendorDraft, VendorRow
from planner.services.text import fold
from planner.ui import messages
from planner.ui.context import AppContext
from planner.ui.labels import vendor_category_label
from planner.ui.lists.page import ListPage
from planner.ui.vendors.detail import VendorDetail
from planner.ui.vendors.dialog import VendorDialog
from planner.ui.vendors.supply_dialog import SupplyDialog
from planner.ui.vendors.model import VendorFilterProxy, VendorRole, VendorTableModel


class VendorsPage(ListPage[VendorRow]):
    """Market stallholders and suppliers; archived ones hidden by default."""

    change_kind = RecordKind.VENDOR
    refresh_on = frozenset({RecordKind.MARKET, RecordKind.BOOKING, RecordKind.SUPPLY})
    columns_option = settings.VENDOR_COLUMNS
    split_sizes = (700, 580)  # the detail's bookings table needs room, the list more (350 px at 1024x700 @150 %)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.model: VendorTableModel
        self.proxy: VendorFilterProxy
        self.detail: VendorDetail
        super().__init__(ctx, VendorTableModel(), VendorFilterProxy(), parent)
        self.detail.edit_requested.connect(lambda _id: self.edit_current())
        self.detail.export_requested.connect(self.export_personal_data)
        self.detail.anonymise_requested.connect(self.anonymise)
        self.detail.supply_add_requested.connect(self.add_supply)
        self.detail.supply_edit_requested.connect(self.edit_supply)
        self.detail.supply_remove_requested.connect(self.remove_supply)

    def add_filters(self, bar: QHBoxLayout) -> None:
        self.category_filter = QComboBox()
        self.category_filter.setObjectName("category_filter")
        self.category_filter.addItem(_("All categories"), None)
        for category in sorted(VendorCategory, key=vendor_category_label):
            self.category_filter.addItem(vendor_category_label(category), category)
        self.category_filter.currentIndexChanged.connect(self._on_filters)
        self.role_filter = QComboBox()
        self.role_filter.setObjectName("role_filter")
        self.role_filter.addItem(_("Stallholders and suppliers"), None)
        self.role_filter.addItem(_("Stallholders"), VendorRole.STALLHOLDER)
        self.role_filter.addItem(_("Suppliers"), VendorRole.SUPPLIER)
        self.role_filter.currentIndexChanged.connect(self._on_filters)
        bar.addWidget(self.category_filter)
        bar.addWidget(self.role_filter)

    def _on_filters(self, _index: int) -> None:
        category = self.category_filter.currentData()
        self.proxy.set_categories(frozenset({category}) if category else frozenset())
        self.proxy.set_role(self.role_filter.currentData())
        self._update_count()

    def make_detail(self) -> VendorDetail:
        return VendorDetail(self.ctx.sm)

    def show_detail(self, row: VendorRow | None) -> None:
        self.detail.show_row(row)

    def load_rows(self) -> Sequence[VendorRow]:
        return vendor_service.list_vendors(self.ctx.sm, include_archived=True)

    def edit_row(self, row: VendorRow | None) -> VendorRow | None:
        sm = self.ctx.sm

        def save(draft: VendorDraft) -> VendorRow:
            if row is None:
                return self.ctx.ops.attempt(self, lambda: vendor_service.create_vendor(sm, draft))
            return self.ctx.ops.attempt(
                self, lambda: vendor_service.update_vendor(sm, row.id, draft, version=row.version))

        return VendorDialog.ask(self, sm, row, save=save)

    def archive_rows(self, ids: Sequence[int], archived: bool) -> None:
        vendor_service.set_vendors_archived(self.ctx.sm, ids, archived)

    def delete_row(self, row_id: int) -> None:
        vendor_service.delete_vendor(self.ctx.sm, row_id)

    def count_text(self, shown: int, total: int) -> str:
        return _("%1 of %2 vendors shown").replace("%1", str(shown)).replace("%2", str(total))

    # --- personal data ----------------------------------------------------

    def export_personal_data(self, vendor_id: int) -> None:
        """Save everything held about a vendor to a JSON file the user picks."""
        try:
            data = vendor_service.personal_data(self.ctx.sm, vendor_id)
        except PlannerError as exc:
            messages.show_error(self, exc.message)
            return
        slug = re.sub(r"[^a-z0-9]+", "-", fold(str(data["vendor"]["name"]))).strip("-") or "vendor"
        path = messages.ask_save_file(
            self, _("Export personal data"), f"{slug}.json", _("JSON files (*.json)")
        )
        if not path:
            return
        if not Path(path).suffix:
            path += ".json"
        try:
            Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        except OSError as exc:
            messages.show_cannot_write(self, path, exc)
            return
        messages.show_info(self, _("Personal data saved to %1.").replace("%1", path))

    def add_supply(self, vendor_id: int) -> None:
        """Record a service the vendor supplies to an event."""
        sm = self.ctx.sm

        def save(draft: SupplyDraft) -> SupplyRow:
            return self.ctx.ops.attempt(self, lambda: supplier_service.add_supply(sm, draft))

        SupplyDialog.ask(self, sm, vendor_id, save=save)

    def edit_supply(self, supply_id: int) -> None:
        """Edit a recorded service (fee, payment)."""
        try:
            row = supplier_service.get_supply(self.ctx.sm, supply_id)
        except PlannerError as exc:
            messages.show_error(self, exc.message)
            return
        sm = self.ctx.sm

        def save(draft: SupplyDraft) -> SupplyRow:
            return self.ctx.ops.attempt(
                self, lambda: supplier_service.update_supply(sm, row.id, draft, version=row.version))

        SupplyDialog.ask(self, sm, row.vendor_id, row, save=save)

    def remove_supply(self, supply_id: int) -> None:
        """After confirmation, remove a recorded service."""
        try:
            row = supplier_service.get_supply(self.ctx.sm, supply_id)
            question = _("Remove “%1” for “%2”?").replace("%1", row.service).replace("%2", row.event_title)
        except PlannerError as exc:
            messages.show_error(self, exc.message)
            return
        if messages.ask_yes_no(self, question, _("Remove service")):
            self.ctx.ops.run(self, lambda: supplier_service.remove_supply(self.ctx.sm, supply_id))

    def anonymise(self, vendor_id: int) -> None:
        """After confirmation, clear the vendor's personal contact data (bookings stay)."""
        row = next((r for r in self.model.rows() if r.id == vendor_id), None)
        name = row.name if row else str(vendor_id)
        question = _(
            "Anonymise “%1”? The contact person, phone, e-mail, street and consent date are cleared for good; "
            "bookings and fees stay. This cannot be undone."
        ).replace("%1", name)
        if not messages.ask_yes_no(self, question, _("Anonymise vendor")):
            return
        # No undo step: the cleared personal data must not come back (the log is scrubbed too).
        self.ctx.ops.run(self, lambda: vendor_service.anonymise_vendor(self.ctx.sm, vendor_id), undoable=False)
