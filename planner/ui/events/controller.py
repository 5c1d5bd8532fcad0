"""EventController: turns the calendar's intents into editor dialogs and operations (one undo step each)."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from planner.errors import NotFound, PlannerError, StaleEdit
from planner.i18n import _, ngettext
from planner.models.enums import EventCategory, OpKind, RecordKind
from planner.services import conflicts as conflict_service
from planner.services import events as event_service
from planner.services import markets as market_service
from planner.services.dto import EventDraft, EventRow, MarketRow
from planner.services.timeutil import UTC, from_local, local, next_full_hour
from planner.ui import messages
from planner.ui.context import AppContext
from planner.ui.events import texts
from planner.ui.events.clash_prompt import confirm_conflicts
from planner.ui.intents import KEEP_VENUE, VenueChoice

if TYPE_CHECKING:
    from planner.ui.events.dialog import EditorActions, EventDialog

log = logging.getLogger(__name__)


def _editor() -> tuple[type[EventDialog], type[EditorActions]]:
    """The event editor, imported on first use: the first paint does not need it (issue 13);
    MainWindow.finish_start imports it right after, so the first Ctrl+N does not wait either."""
    from planner.ui.events.dialog import EditorActions, EventDialog

    return EventDialog, EditorActions


def is_midnight(value: dt.datetime) -> bool:
    """Return True when the instant is a Prague midnight (a whole-day boundary)."""
    return local(value).time() == dt.time(0)


class EventController(QObject):
    """Creates, edits, moves, copies and deletes events through the operation runner.

    Each is one operation and one undo step on the calendar's stack; expected errors are shown by
    the runner (or, in the editor, next to the input, which stays); clashes are asked about first.

    Signals:
        event_saved(int): the user created, copied or edited this event (e.g. to show it).
    """

    event_saved = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._widget = parent

    def now(self) -> dt.datetime:
        """Return the current instant (a seam for tests)."""
        return dt.datetime.now(UTC)

    # --- intents ------------------------------------------------------------

    @Slot(object, object, object)
    def create(self, start: dt.datetime, end: dt.datetime, venue_id: int | None = None) -> int | None:
        """Open the editor for a new event over the range; return the new id or None.

        The editor saves from within (one undo step) and stays open when the save fails.
        """
        draft = self.draft_for_range(start, end, venue_id)

        def save(result: EventDraft) -> int:
            return self._ctx.ops.attempt(
                self._widget, lambda: self._create(result), undo_text=texts.create_text(result.title),
            )

        new_id = _editor()[0].ask(self._widget, self._ctx, draft, save=save)
        if new_id is not None:
            self.event_saved.emit(new_id)
        return new_id

    def _create(self, draft: EventDraft, market_from: MarketRow | None = None, *, copy: bool = False) -> int:
        """Create an event, or a market (with its settings) when its category is market."""
        sm = self._ctx.sm
        if draft.category is EventCategory.MARKET:
            if market_from is None:
                return market_service.create_market(sm, draft).event_id
            return market_service.create_market(
                sm, draft, default_open=market_from.default_open, default_close=market_from.default_close,
                fee_rule=market_from.fee_rule, copy_layout_from=market_from.event_id,
            ).event_id
        return event_service.create_event(sm, draft, op=OpKind.EVENT_COPY if copy else OpKind.EVENT_CREATE).id

    @Slot()
    def new_event(self, day: dt.date | None = None) -> int | None:
        """File > New event: one hour long, on ``day`` (the date being viewed) at 10:00,
        or at the next full hour when that day is today (or not given)."""
        now = self.now()
        if day is None or day == local(now).date():
            start = next_full_hour(now)
        else:
            start = from_local(day, dt.time(10))
        return self.create(start, start + dt.timedelta(hours=1), None)

    @Slot(int)
    def edit(self, event_id: int) -> bool:
        """Open the editor of an event; each successful save is one undo step, a failed one keeps the editor open."""
        row = self._get(event_id)
        if row is None:
            return False
        before = row.to_draft()
        changed = False

        def save(result: EventDraft) -> int:
            nonlocal changed
            if result == before:
                return event_id
            text = texts.edit_text(result.title)
            sm = self._ctx.sm
            try:
                self._ctx.ops.attempt(
                    self._widget, lambda: event_service.update_event(sm, event_id, result, version=row.version),
                    undo_text=text,
                )
            except StaleEdit:
                # Someone saved this event while the editor was open: never drop the user's input silently.
                if not messages.ask_yes_no(
                    self._widget,
                    _("Someone else changed “%1” while you were editing it. Save your version over theirs?").replace("%1", row.title),
                    _("Event changed meanwhile"),
                ):
                    self._refresh_views(event_id)
                    raise  # the editor stays open with the input
                self._ctx.ops.attempt(
                    self._widget, lambda: event_service.update_event(sm, event_id, result), undo_text=text,
                )
            changed = True
            return event_id

        def duplicate() -> None:
            self.duplicate(event_id)

        actions = _editor()[1](
            delete=lambda parent: self.delete(event_id, parent=parent),
            duplicate=duplicate,
            print_card=lambda parent: self.print_card(event_id, parent),
        )
        if _editor()[0].ask(self._widget, self._ctx, before, event_id=event_id, save=save, actions=actions) is None \
                or not changed:
            return False
        self.event_saved.emit(event_id)
        return True

    @Slot(int, object, object, object, bool)
    def move(
        self, event_id: int, start: dt.datetime, end: dt.datetime,
        venue_id: VenueChoice = KEEP_VENUE, copy: bool = False,
    ) -> int | None:
        """Move, resize or (copy=True) copy an event; venue_id is a venue id, None (no venue)
        or KEEP_VENUE (keep the event's venue).

        Return the id of the moved event or of the copy, None when nothing happened.
        """
        row = self._get(event_id)
        if row is None:
            return None
        new_venue = row.venue_id if venue_id is KEEP_VENUE else venue_id
        assert new_venue is None or isinstance(new_venue, int)
        if not copy and (start, end, new_venue) == (row.start, row.end, row.venue_id):
            return None
        draft = replace(row.to_draft(), start=start, end=end, venue_id=new_venue)
        if copy:
            draft = replace(draft, uid=None)
            clashes = conflict_service.new_conflicts_for_draft(self._ctx.sm, draft)
        else:
            clashes = conflict_service.new_conflicts_for_draft(
                self._ctx.sm, draft, event_id, before=row.to_draft()
            )
        question = _("Copy anyway?") if copy else _("Move anyway?")
        if clashes and not confirm_conflicts(self._widget, clashes, row.title, question):
            self._refresh_views(event_id)
            return None
        sm = self._ctx.sm
        if copy:
            market = self._market_of(row)
            new_id = self._ctx.ops.run(self._widget, lambda: self._create(draft, market, copy=True),
                                       undo_text=texts.copy_text(row.title))
            if new_id is None:
                self._refresh_views(event_id)
                return None
            self.event_saved.emit(new_id)
            return new_id
        same_length = (end - start) == (row.end - row.start)
        text = texts.move_text(row.title) if same_length else texts.resize_text(row.title)
        moved = self._ctx.ops.run(
            self._widget,
            lambda: event_service.move_event(sm, event_id, start, end, venue_id=new_venue, version=row.version),
            undo_text=text,
        )
        if moved is None:
            self._refresh_views(event_id)
            return None
        return event_id

    @Slot(int)
    def duplicate(self, event_id: int) -> int | None:
        """Open a new event's editor with a copy of the saved event; saving it is one undo step
        (a market copies its settings and stall layout). Return the copy's id or None."""
        row = self._get(event_id)
        if row is None:
            return None
        draft = replace(row.to_draft(), uid=None)
        market = self._market_of(row)

        def save(result: EventDraft) -> int:
            return self._ctx.ops.attempt(
                self._widget, lambda: self._create(result, market, copy=True), undo_text=texts.copy_text(result.title),
            )

        new_id = _editor()[0].ask(self._widget, self._ctx, draft, save=save)
        if new_id is not None:
            self.event_saved.emit(new_id)
        return new_id

    def print_card(self, event_id: int, parent: QWidget | None = None) -> None:
        """Open the print preview of one event's card (as saved)."""
        row = self._get(event_id)
        if row is None:
            return
        from planner.ui.common import print_dialog  # Qt's print support: when first used, not at start
        from planner.ui.common.print_render import PrintOptions

        options = PrintOptions(kind="event", first=row.first_day, last=row.last_day, event_id=event_id)
        print_dialog.show_preview(parent or self._widget, self._ctx.sm, options)

    @Slot(int)
    def delete(self, event_id: int, parent: QWidget | None = None) -> bool:
        """Delete an event (and its programme items) after the user confirms."""
        owner = parent or self._widget
        row = self._get(event_id)
        if row is None:
            return False
        kids = event_service.children_of(self._ctx.sm, event_id)
        if kids:
            text = ngettext(
                "Delete “%1” and its {n} programme item?",
                "Delete “%1” and its {n} programme items?",
                len(kids)
            ).format(n=len(kids)).replace("%1", row.title)
        else:
            text = _("Delete “%1”?").replace("%1", row.title)
        text += "\n" + _("You can take it back with Edit > Undo.")
        if not messages.ask_yes_no(owner, text, _("Delete event")):
            return False
        sm = self._ctx.sm
        done = self._ctx.ops.run(owner, lambda: event_service.delete_event_with_snapshot(sm, event_id),
                                 undo_text=texts.delete_text(row.title))
        return done is not None

    # --- helpers ------------------------------------------------------------

    def draft_for_range(self, start: dt.datetime, end: dt.datetime, venue_id: int | None) -> EventDraft:
        """Return a new event's draft for a range a view asked for (whole days = all-day)."""
        if end <= start:
            end = start + dt.timedelta(hours=1)
        all_day = is_midnight(start) and is_midnight(end)
        return EventDraft(title="", start=start.astimezone(UTC), end=end.astimezone(UTC),
                          all_day=all_day, venue_id=venue_id)

    def _market_of(self, row: EventRow) -> MarketRow | None:
        if row.category is not EventCategory.MARKET:
            return None
        try:
            return market_service.get_market(self._ctx.sm, row.id)
        except NotFound:
            return None  # an event of category market without market settings

    def _get(self, event_id: int) -> EventRow | None:
        try:
            return event_service.get_event(self._ctx.sm, event_id)
        except PlannerError as exc:
            messages.show_error(self._widget, exc.message)
            self._refresh_views(event_id)
            return None

    def _refresh_views(self, event_id: int) -> None:
        # A drag that was refused or failed: views redraw the event where the database has it.
        self._ctx.bus.emit_change(RecordKind.EVENT, [event_id])


__all__ = ["EventController", "is_midnight"]
