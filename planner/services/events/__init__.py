"""Events: listing by range and filters, and one-transaction create/update/move/delete.

The package's modules by job: ``query`` (reads), ``validation`` (the draft rules),
``write`` (create/update/move/status/programme import), ``deletion`` (delete and its undo).
Callers import from here; the names below are the package's public face.
"""

from planner.services.dto import EventDraft, EventQuery, EventRow
from planner.services.events.deletion import delete_event_with_snapshot, restore_deleted_events
from planner.services.events.query import (
    MAX_EVENT_DAYS,
    MAX_EVENT_SPAN,
    SHORT_SPAN,
    apply_query,
    children_of,
    count_by_venue,
    count_events,
    events_in_session,
    find_event_by_uid,
    get_event,
    get_events,
    list_events,
    list_performers,
    list_view_events,
)
from planner.services.events.validation import EventValues, check_event, outside_edition, validate_drafts, validate_event
from planner.services.events.write import (
    apply_event_values,
    create_event,
    import_programme,
    move_event,
    restore_event_state,
    set_status,
    update_event,
)

__all__ = [
    "MAX_EVENT_DAYS", "MAX_EVENT_SPAN", "SHORT_SPAN", "EventDraft", "EventQuery", "EventRow", "EventValues",
    "list_events", "list_view_events", "events_in_session", "get_event", "get_events", "find_event_by_uid",
    "children_of", "create_event", "update_event", "move_event", "set_status",
    "restore_event_state", "count_events", "count_by_venue", "validate_drafts", "import_programme", "validate_event",
    "apply_query", "check_event", "outside_edition", "list_performers", "apply_event_values", "delete_event_with_snapshot",
    "restore_deleted_events",
]
