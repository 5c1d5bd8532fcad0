"""VenuesPage: the list of venues with search, filters, detail and editor."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from planner import settings
from planner.i18n import _
from planner.models.enums import RecordKind, VenueKind
from planner.services import venues as venue_service
from planner.services.dto import VenueDraft, VenueRow
from planner.ui.context import AppContext
from planner.ui.labels import venue_kind_label
from planner.ui.lists.page import ListPage
from planner.ui.venues.detail import VenueDetail
from planner.ui.venues.dialog import VenueDialog
from planner.ui.venues.model import VenueFilterProxy, VenueTableModel


class VenuesPage(ListPage[VenueRow]):
    """Halls, churches, squares: sortable, searchable, archived ones hidden by default.

    Signals:
        timeline_requested(int, object): show the calendar at a venue id from a date.
    """

    change_kind = RecordKind.VENUE
    refresh_on = frozenset({RecordKind.EVENT, RecordKind.MARKET})
    columns_option = settings.VENUE_COLUMNS
    timeline_requested = Signal(int, object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.model: VenueTableModel
        self.proxy: VenueFilterProxy
        self.detail: VenueDetail
        super().__init__(ctx, VenueTableModel(), VenueFilterProxy(), parent)
        self.detail.edit_requested.connect(lambda _id: self.edit_current())
        self.detail.timeline_requested.connect(self.timeline_requested)

    def add_filters(self, bar: QHBoxLayout) -> None:
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kind_filter")
        self.kind_filter.addItem(_("All kinds"), None)
        for kind in sorted(VenueKind, key=venue_kind_label):
            self.kind_filter.addItem(venue_kind_label(kind), kind)
        self.kind_filter.currentIndexChanged.connect(self._on_kind)
        bar.addWidget(self.kind_filter)

    def _on_kind(self, _index: int) -> None:
        kind = self.kind_filter.currentData()
        self.proxy.set_kinds(frozenset({kind}) if kind else frozenset())
        self._update_count()

    def make_detail(self) -> VenueDetail:
        return VenueDetail(self.ctx.sm)

    def show_detail(self, row: VenueRow | None) -> None:
        self.detail.show_row(row)

    def load_rows(self) -> Sequence[VenueRow]:
        return venue_service.list_venues(self.ctx.sm, include_archived=True)

    def edit_row(self, row: VenueRow | None) -> VenueRow | None:
        sm = self.ctx.sm

        def save(draft: VenueDraft) -> VenueRow:
            if row is None:
                return self.ctx.ops.attempt(self, lambda: venue_service.create_venue(sm, draft))
            return self.ctx.ops.attempt(
                self, lambda: venue_service.update_venue(sm, row.id, draft, version=row.version))

        return VenueDialog.ask(self, sm, row, save=save)

    def archive_rows(self, ids: Sequence[int], archived: bool) -> None:
        venue_service.set_venues_archived(self.ctx.sm, ids, archived)

    def delete_row(self, row_id: int) -> None:
        venue_service.delete_venue(self.ctx.sm, row_id)

    def count_text(self, shown: int, total: int) -> str:
        return _("%1 of %2 venues shown").replace("%1", str(shown)).replace("%2", str(total))
