"""The change history, which is also the undo log: one Operation per committed transaction,
one HistoryEntry per row it created, changed or deleted (ORM only; the rules live in
planner.services.recording and planner.services.history)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from planner.models.base import Base, UTCDateTime, utcnow


class JSONText(TypeDecorator[Any]):
    """JSON kept as text with Czech letters as they are (ensure_ascii=False), on every backend.

    Text rather than the JSON type: the engine-wide serializer escapes non-ASCII, and the log is
    read (and grepped, e.g. to prove an anonymisation) as text.
    """

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        return json.loads(value)


class Operation(Base):
    """One user operation = one committed transaction (an undo op or a redo op is one too)."""

    __tablename__ = "operation"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    who: Mapped[str] = mapped_column(String(200), index=True)
    client_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(40))  # an OpKind value
    label: Mapped[str] = mapped_column(String(500), default="")
    undoes_id: Mapped[int | None] = mapped_column(ForeignKey("operation.id", ondelete="SET NULL"))
    redoes_id: Mapped[int | None] = mapped_column(ForeignKey("operation.id", ondelete="SET NULL"))


class HistoryEntry(Base):
    """What one operation did to one row: create / update (changes {field: [old, new]}) / delete.

    ``table_name`` + ``row_key`` (the JSON list of primary-key values) locate the row for undo;
    ``record_kind`` + ``record_id`` name the record it belongs to (an event's performer link
    belongs to the event), for filters, an editor's History tab and the change broadcast.
    """

    __tablename__ = "history_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    op_id: Mapped[int] = mapped_column(ForeignKey("operation.id", ondelete="CASCADE"), index=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_key: Mapped[str] = mapped_column(String(100))
    record_kind: Mapped[str] = mapped_column(String(24))
    record_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(8))  # create | update | delete
    changes: Mapped[dict[str, list[Any]] | None] = mapped_column(JSONText)
    row_values: Mapped[dict[str, Any] | None] = mapped_column(JSONText)
    version_after: Mapped[int | None] = mapped_column(Integer)
    series_id: Mapped[int | None] = mapped_column(Integer, index=True)
    record_label: Mapped[str] = mapped_column(String(300), default="")

    __table_args__ = (
        Index("ix_history_entry_record", "record_kind", "record_id", "id"),
        Index("ix_history_entry_row", "table_name", "row_key", "id"),
    )


HISTORY_TABLES = frozenset({Operation.__tablename__, HistoryEntry.__tablename__})
