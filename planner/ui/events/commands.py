"""Undo commands for events: one user action = one service call = one transaction = one undo step.

A command performs its first step in :meth:`EventCommand.execute` *before* it is pushed,
so an expected error (bad input, a record gone, a stale edit) reaches the caller as an
exception and nothing lands on the stack. Later undo/redo steps run inside Qt's
QUndoStack; if one fails (someone else deleted or changed the row meanwhile) the error
is reported through ``on_error`` and the command is made obsolete, so the stack drops it
instead of pretending the step happened.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from planner.errors import PlannerError
from planner.models.enums import EventCategory, RecordKind
from planner.services import events as event_service
from planner.services import markets as market_service
from planner.services.dto import DeletedEvents, EventDraft, EventRow, MarketRow
from planner.ui.context import AppContext
from planner.ui.intents import KEEP_VENUE

log = logging.getLogger(__name__)

ErrorHandler = Callable[[str], None]


def _short(title: str, limit: int = 32) -> str:
    """Shorten a long title at a word boundary (tool buttons drop the "…", so cut between words)."""
    if len(title) <= limit:
        return title
    cut = title[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,–-")
    return (cut or title[: limit - 1]) + "…"


def _text(template: str, title: str) -> str:
    """Return the undo text (shown in Edit > Undo …) with the event's (shortened) title."""
    return template.replace("%1", _short(title))


def create_text(title: str) -> str:
    return _text(QCoreApplication.translate("EventCommand", "Create “%1”"), title)


def copy_text(title: str) -> str:
    return _text(QCoreApplication.translate("EventCommand", "Copy “%1”"), title)


def edit_text(title: str) -> str:
    return _text(QCoreApplication.translate("EventCommand", "Edit “%1”"), title)


def move_text(title: str) -> str:
    return _text(QCoreApplication.translate("EventCommand", "Move “%1”"), title)


def resize_text(title: str) -> str:
    return _text(QCoreApplication.translate("EventCommand", "Change the time of “%1”"), title)


def delete_text(title: str) -> str:
    return _text(QCoreApplication.translate("EventCommand", "Delete “%1”"), title)


class EventCommand(QUndoCommand):
    """Base of the event commands: first run outside the stack, then undo/redo with checks."""

    def __init__(self, ctx: AppContext, text: str, on_error: ErrorHandler | None = None) -> None:
        super().__init__(text)
        self._ctx = ctx
        self._on_error = on_error
        self._executed = False
        self._skip_redo = False

    def execute(self) -> None:
        """Do the action the first time; raise PlannerError (nothing is written) when it fails."""
        self._do()
        self._executed = True
        self._skip_redo = True
        self._emit()

    def redo(self) -> None:
        if self._skip_redo:
            # QUndoStack.push() calls redo(); the action already ran in execute().
            self._skip_redo = False
            return
        if not self._executed:
            self.execute()
            self._skip_redo = False
            return
        self._guard(self._redo)

    def undo(self) -> None:
        self._guard(self._undo)

    def _guard(self, step: Callable[[], None]) -> None:
        try:
            step()
        except PlannerError as exc:
            log.info("undo step %r failed: %s", self.text(), exc.message)
            self.setObsolete(True)
            self._emit()  # views show what the database holds now
            if self._on_error is not None:
                self._on_error(exc.message)
            return
        self._emit()

    def _emit(self) -> None:
        self._ctx.bus.emit_change(RecordKind.EVENT, self.affected_ids())

    # subclasses
    def affected_ids(self) -> Iterable[int]:
        """Return the ids of the events the last step touched."""
        raise NotImplementedError

    def _do(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError

    def _redo(self) -> None:
        raise NotImplementedError


class CreateEventCommand(EventCommand):
    """Create an event (also used for Ctrl-drag copies); undo deletes it, redo restores the same row.

    An event of category market is created as a market (with its settings, so the Markets
    page shows it); a copy of a market takes over its hours, fees and stall layout.
    """

    def __init__(
        self,
        ctx: AppContext,
        draft: EventDraft,
        text: str = "",
        on_error: ErrorHandler | None = None,
        market_from: MarketRow | None = None,
    ) -> None:
        super().__init__(ctx, text or create_text(draft.title), on_error)
        self._draft = draft
        self._market_from = market_from
        self._snapshot: DeletedEvents | None = None
        self.event_id: int | None = None

    def affected_ids(self) -> Iterable[int]:
        return [self.event_id] if self.event_id is not None else []

    def _do(self) -> None:
        if self._draft.category is EventCategory.MARKET:
            source = self._market_from
            if source is None:
                market = market_service.create_market(self._ctx.sm, self._draft)
            else:
                market = market_service.create_market(
                    self._ctx.sm, self._draft, default_open=source.default_open,
                    default_close=source.default_close, fee_rule=source.fee_rule,
                    copy_layout_from=source.event_id,
                )
            self.event_id = market.event_id
        else:
            self.event_id = event_service.create_event(self._ctx.sm, self._draft).id

    def _undo(self) -> None:
        # Whatever was added to the new event since (programme items, stalls) goes with it
        # and comes back on redo.
        assert self.event_id is not None
        self._snapshot = event_service.delete_event_with_snapshot(self._ctx.sm, self.event_id)

    def _redo(self) -> None:
        assert self._snapshot is not None
        event_service.restore_deleted_events(self._ctx.sm, self._snapshot)


class EditEventCommand(EventCommand):
    """Save an edited draft over an event; undo puts every field back."""

    def __init__(
        self,
        ctx: AppContext,
        event_id: int,
        draft: EventDraft,
        version: int | None = None,
        text: str = "",
        on_error: ErrorHandler | None = None,
    ) -> None:
        super().__init__(ctx, text or edit_text(draft.title), on_error)
        self.event_id = event_id
        self._draft = draft
        self._version = version
        self._before: EventRow | None = None
        self._after: EventRow | None = None
        self._undone: EventRow | None = None  # the row as the last undo left it

    def affected_ids(self) -> Iterable[int]:
        return [self.event_id]

    def _do(self) -> None:
        before = event_service.get_event(self._ctx.sm, self.event_id)
        self._after = event_service.update_event(self._ctx.sm, self.event_id, self._draft, version=self._version)
        self._before = before

    def _undo(self) -> None:
        assert self._before is not None and self._after is not None
        # Expect the version our last step produced: a colleague's change since makes this StaleEdit.
        self._undone = event_service.restore_event_state(self._ctx.sm, self._before, version=self._after.version)

    def _redo(self) -> None:
        assert self._after is not None and self._undone is not None
        self._after = event_service.restore_event_state(self._ctx.sm, self._after, version=self._undone.version)


_KEEP = KEEP_VENUE


class MoveEventCommand(EventCommand):
    """Move or resize an event (optionally to another venue); undo puts it back."""

    def __init__(
        self,
        ctx: AppContext,
        event_id: int,
        start: dt.datetime,
        end: dt.datetime,
        venue_id: int | None | object = _KEEP,
        version: int | None = None,
        text: str = "",
        on_error: ErrorHandler | None = None,
    ) -> None:
        super().__init__(ctx, text or QCoreApplication.translate("EventCommand", "Move event"), on_error)
        self.event_id = event_id
        self._start = start
        self._end = end
        self._venue_id = venue_id
        self._version = version
        self._before: EventRow | None = None
        self._after: EventRow | None = None
        self._undone: EventRow | None = None  # the row as the last undo left it

    def affected_ids(self) -> Iterable[int]:
        return [self.event_id]

    def _do(self) -> None:
        before = event_service.get_event(self._ctx.sm, self.event_id)
        if self._venue_id is _KEEP:
            self._after = event_service.move_event(
                self._ctx.sm, self.event_id, self._start, self._end, version=self._version
            )
        else:
            venue_id = self._venue_id
            assert venue_id is None or isinstance(venue_id, int)
            self._after = event_service.move_event(
                self._ctx.sm, self.event_id, self._start, self._end,
                venue_id=venue_id, version=self._version,
            )
        self._before = before

    def _undo(self) -> None:
        assert self._before is not None and self._after is not None
        # Expect the version our last step produced: a colleague's change since makes this StaleEdit.
        self._undone = event_service.restore_event_state(self._ctx.sm, self._before, version=self._after.version)

    def _redo(self) -> None:
        assert self._after is not None and self._undone is not None
        self._after = event_service.restore_event_state(self._ctx.sm, self._after, version=self._undone.version)


class DeleteEventCommand(EventCommand):
    """Delete an event with its programme items and everything hanging on them (a market's
    stalls and bookings, suppliers); undo re-inserts it all with the same ids and UIDs."""

    def __init__(self, ctx: AppContext, event_id: int, text: str = "", on_error: ErrorHandler | None = None) -> None:
        super().__init__(ctx, text or QCoreApplication.translate("EventCommand", "Delete event"), on_error)
        self.event_id = event_id
        self._snapshot: DeletedEvents | None = None

    def affected_ids(self) -> Iterable[int]:
        return self._snapshot.ids if self._snapshot is not None else [self.event_id]

    def _do(self) -> None:
        self._snapshot = event_service.delete_event_with_snapshot(self._ctx.sm, self.event_id)

    def _undo(self) -> None:
        assert self._snapshot is not None
        event_service.restore_deleted_events(self._ctx.sm, self._snapshot)

    def _redo(self) -> None:
        self._do()


__all__ = [
    "EventCommand", "CreateEventCommand", "EditEventCommand", "MoveEventCommand", "DeleteEventCommand",
]
