"""EventBatch: the calendar's multi-select and clipboard intents as operations (one undo step each).

Delete, move, copy, duplicate, paste and "move to venue" of several events each run ONE service
call of planner.services.event_batch through the operation runner, so Ctrl+Z takes the whole
group back. Clashes are asked about once for the group; the confirmations name the events.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QWidget

from planner.errors import PlannerError
from planner.i18n import _, ngettext
from planner.models.enums import RecordKind
from planner.services import event_batch
from planner.services import events as event_service
from planner.services import venues as venue_service
from planner.services.dto import EventRow
from planner.services.event_batch import KEEP, Placement
from planner.ui import messages
from planner.ui.context import AppContext
from planner.ui.events import texts
from planner.ui.events.clash_prompt import confirm_conflicts
from planner.ui.intents import KEEP_VENUE

_LISTED = 8  # titles named in a confirmation before "… and N more"


class EventBatch(QObject):
    """Carries out the calendar's group intents.

    Signals:
        events_done(list): the ids of the events a paste, copy or move left selected.
    """

    events_done = Signal(list)

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._widget = parent

    # --- intents ------------------------------------------------------------

    def delete_many(self, event_ids: Sequence[int]) -> bool:
        """Delete the events (and their programme items) after one confirmation: one undo step."""
        rows = self._rows(event_ids)
        if not rows:
            return False
        if len(rows) == 1:
            question = _("Delete “%1”?").replace("%1", rows[0].title)
        else:
            question = ngettext(
                "Delete these {n} events?",
                "Delete these {n} events?",
                len(rows)
            ).format(n=len(rows)) + "\n" + self._titles(rows)
        question += "\n" + _("You can take it back with Edit > Undo.")
        if not messages.ask_yes_no(self._widget, question, _("Delete events")):
            return False
        sm, ids = self._ctx.sm, [r.id for r in rows]
        done = self._ctx.ops.run(self._widget, lambda: event_batch.delete_events(sm, ids),
                                 undo_text=texts.delete_many_text([r.title for r in rows]))
        return done is not None

    def move_many(self, items: Sequence[tuple[int, dt.datetime, dt.datetime, object]], copy: bool = False) -> bool:
        """Move (or copy) several events to new times (a joint drag or Shift+arrows): one undo step."""
        placements = [Placement(i, start, end, KEEP if venue is KEEP_VENUE else venue)
                      for i, start, end, venue in items]
        return self._place(placements, copy=copy)

    def paste(self, event_ids: Sequence[int], cut: bool, day: dt.date, start: dt.datetime | None,
              venue: object = KEEP_VENUE) -> bool:
        """Paste copied (or cut) events at a day / time slot (and venue row), keeping their lengths."""
        rows = self._rows(event_ids, quiet=True)
        if not rows:
            messages.show_info(self._widget, _("The copied events no longer exist."), _("Paste"))
            return False
        target = KEEP if venue is KEEP_VENUE else venue
        return self._place(event_batch.paste_placements(rows, day, start, target), copy=not cut, rows=rows)

    def duplicate(self, event_ids: Sequence[int]) -> bool:
        """Copies of the events at the same times and places (one undo step)."""
        rows = self._rows(event_ids)
        return bool(rows) and self._place([Placement(r.id, r.start, r.end) for r in rows], copy=True, rows=rows,
                                          ask=False)

    def move_to_venue(self, event_ids: Sequence[int]) -> bool:
        """Ask for a venue and move the events there (same times): one undo step."""
        rows = self._rows(event_ids)
        if not rows:
            return False
        venues = venue_service.list_venues(self._ctx.sm)
        names = [_("(no venue)")] + [v.name for v in venues]
        current = next((i + 1 for i, v in enumerate(venues) if v.id == rows[0].venue_id), 0)
        label = (_("Move “%1” to:").replace("%1", rows[0].title) if len(rows) == 1
                 else ngettext("Move {n} events to:", "Move {n} events to:", len(rows)).format(n=len(rows)))
        name, ok = QInputDialog.getItem(self._widget, _("Move to venue"), label, names, current, False)
        if not ok:
            return False
        index = names.index(name)
        venue_id = venues[index - 1].id if index > 0 else None
        return self._place([Placement(r.id, r.start, r.end, venue_id) for r in rows], copy=False, rows=rows)

    # --- helpers ------------------------------------------------------------

    def _place(self, placements: list[Placement], *, copy: bool, rows: list[EventRow] | None = None,
               ask: bool = True) -> bool:
        if not placements:
            return False
        rows = rows if rows is not None else self._rows([p.event_id for p in placements])
        by_id = {r.id: r for r in rows}
        placements = [p for p in placements if p.event_id in by_id]
        if not copy:
            placements = [p for p in placements
                          if (p.start, p.end) != (by_id[p.event_id].start, by_id[p.event_id].end)
                          or (p.venue_id is not KEEP and p.venue_id != by_id[p.event_id].venue_id)]
        if not placements:
            return False
        if ask and not self._confirm_clashes(placements, by_id, copy):
            self._ctx.bus.emit_change(RecordKind.EVENT, [p.event_id for p in placements])  # undo the drag
            return False
        sm = self._ctx.sm
        moved_rows = [by_id[p.event_id] for p in placements]
        if copy:
            new_ids = self._ctx.ops.run(self._widget, lambda: event_batch.copy_events(sm, placements),
                                        undo_text=texts.copy_many_text([r.title for r in moved_rows]))
            if new_ids is None:
                return False
            self.events_done.emit(list(new_ids))
            return True
        done = self._ctx.ops.run(self._widget, lambda: event_batch.move_events(sm, placements),
                                 undo_text=texts.move_many_text([r.title for r in moved_rows]))
        if done is None:
            return False
        self.events_done.emit([p.event_id for p in placements])
        return True

    def _confirm_clashes(self, placements: Sequence[Placement], by_id: dict[int, EventRow], copy: bool) -> bool:
        clashes = event_batch.new_conflicts_of_placements(self._ctx.sm, placements, by_id, copy=copy)
        if not clashes:
            return True
        title = by_id[placements[0].event_id].title if len(placements) == 1 else ngettext(
            "{n} events",
            "{n} events",
            len(placements)
        ).format(n=len(placements))
        question = _("Copy anyway?") if copy else _("Move anyway?")
        return confirm_conflicts(self._widget, clashes, title, question)

    def _rows(self, event_ids: Sequence[int], *, quiet: bool = False) -> list[EventRow]:
        try:
            rows = event_service.get_events(self._ctx.sm, list(dict.fromkeys(event_ids)))
        except PlannerError as exc:
            if not quiet:
                messages.show_error(self._widget, exc.message)
            return []
        return sorted(rows, key=lambda r: (r.start, r.title))

    def _titles(self, rows: Sequence[EventRow]) -> str:
        lines = [f"• {r.title}" for r in rows[:_LISTED]]
        if len(rows) > _LISTED:
            lines.append(ngettext(
                "… and {n} more",
                "… and {n} more",
                len(rows) - _LISTED
            ).format(n=len(rows) - _LISTED))
        return "\n".join(lines)


__all__ = ["EventBatch"]
