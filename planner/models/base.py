"""Declarative base and column types shared by all entities."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import DateTime, MetaData, Numeric
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

UTC = dt.timezone.utc


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timestamp stored in UTC that refuses naive datetimes.

    SQLite keeps naive UTC text (which sorts correctly for range queries);
    PostgreSQL keeps ``timestamptz``. Values always come back UTC-aware.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if not isinstance(value, dt.datetime):
            raise TypeError(f"expected datetime, got {type(value).__name__}")
        if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
            raise ValueError(f"naive datetime {value!r} refused: store timezone-aware values")
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    def result_processor(self, dialect: Dialect, coltype: object) -> Any:
        if dialect.name != "sqlite":
            if self.impl_instance.dialect_impl(dialect).result_processor(dialect, coltype) is not None:
                return super().result_processor(dialect, coltype)

            # psycopg hands back aware values in the session's TimeZone, which db.py sets to UTC:
            # most need no conversion at all (issue 13: the PostgreSQL month step).
            def process_aware(value: dt.datetime | None) -> dt.datetime | None:
                if value is None or value.tzinfo is UTC:
                    return value
                return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)

            return process_aware

        # SQLite hands back the stored text; parse it straight to an aware UTC value
        # (one call per value instead of the generic parse + process_result_value;
        # calendar views read thousands of these per step).
        def process(value: str | None) -> dt.datetime | None:
            if value is None:
                return None
            # parsing the offset is several times cheaper than .replace(tzinfo=...)
            return dt.datetime.fromisoformat(value + "+00:00")

        return process


class Money(TypeDecorator[Decimal]):
    """CZK amount: Numeric(12, 2), always Decimal, never float."""

    impl = Numeric(12, 2, asdecimal=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("money must be Decimal, not float")
        return Decimal(value).quantize(Decimal("0.01"))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return Decimal(value).quantize(Decimal("0.01"))


def utcnow() -> dt.datetime:
    """Return the current time, UTC-aware."""
    return dt.datetime.now(UTC)


class Base(DeclarativeBase):
    """Base of every planner entity."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
