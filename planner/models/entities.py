"""The phase-1 entities (ARCHITECTURE.md, "Data"). ORM only: no rules, no Qt."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy import text
from sqlalchemy.orm import Mapped, declared_attr, mapped_column, relationship

from planner.models import keys
from planner.models.base import Base, Money, UTCDateTime, utcnow
from planner.models.enums import (
    BookingStatus,
    EventCategory,
    EventStatus,
    PerformerKind,
    SeriesKind,
    StaffRole,
    StallKind,
    VendorCategory,
    VenueKind,
    enum_column,
)

UID_DOMAIN = "planner.opava.example"


def new_uid() -> str:
    """Return a new stable iCalendar UID."""
    return f"{uuid.uuid4()}@{UID_DOMAIN}"


class Versioned:
    """Mixin: optimistic concurrency counter and audit timestamps."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(
        UTCDateTime, nullable=False, default=utcnow, onupdate=utcnow
    )

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]  # a mixin: the mapped class has the table


class Staff(Versioned, Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[StaffRole] = mapped_column(enum_column(StaffRole))
    email: Mapped[str | None] = mapped_column(String(254), unique=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)



class Venue(Versioned, Base):
    __tablename__ = "venue"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[VenueKind] = mapped_column(enum_column(VenueKind), default=VenueKind.HALL)
    street: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(100), default="Opava")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    capacity: Mapped[int | None] = mapped_column(Integer)
    contact: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    equipment: Mapped[list[str]] = mapped_column(JSON, default=list)
    colour: Mapped[str] = mapped_column(String(7), default="#607d8b")
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)



class Vendor(Versioned, Base):
    __tablename__ = "vendor"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    ico: Mapped[str | None] = mapped_column(String(8), unique=True)
    dic: Mapped[str] = mapped_column(String(14), default="")
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    category: Mapped[VendorCategory] = mapped_column(
        enum_column(VendorCategory), default=VendorCategory.OTHER
    )
    is_stallholder: Mapped[bool] = mapped_column(Boolean, default=True)
    is_supplier: Mapped[bool] = mapped_column(Boolean, default=False)
    power_kw: Mapped[Decimal | None] = mapped_column(Numeric(5, 1))
    goods: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    consent_date: Mapped[dt.date | None] = mapped_column(Date)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    # The natural key of a vendor without IČO (folded name | folded city), set by the vendors
    # service; unique among vendors without IČO so two simultaneous imports cannot both add one.
    match_key: Mapped[str] = mapped_column(String(320), default="")

    # Unique only among vendors without IČO. The PostgreSQL form of the condition is added by
    # add_postgresql_options() when a PostgreSQL engine is made: naming postgresql_where here
    # would import SQLAlchemy's PostgreSQL dialect at every start, ~0.15 s CPU, for SQLite users
    # too (issue 13). Migration 0004 creates the index with both conditions.
    __table_args__ = (
        Index("uq_vendor_match_key", "match_key", unique=True, sqlite_where=text("ico IS NULL")),
    )


def add_postgresql_options() -> None:
    """Give the model's partial indexes their PostgreSQL condition (idempotent; the dialect is loaded by then)."""
    table = Vendor.__table__
    assert isinstance(table, Table)
    for index in table.indexes:
        if index.name == "uq_vendor_match_key":
            index.dialect_options["postgresql"]["where"] = text("ico IS NULL")



class Series(Versioned, Base):
    __tablename__ = "series"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[SeriesKind] = mapped_column(enum_column(SeriesKind), default=SeriesKind.OTHER)
    colour: Mapped[str] = mapped_column(String(7), default="#3f51b5")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    description: Mapped[str] = mapped_column(Text, default="")

    owner: Mapped[Staff | None] = relationship()



class Performer(Versioned, Base):
    __tablename__ = "performer"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[PerformerKind] = mapped_column(
        enum_column(PerformerKind), default=PerformerKind.OTHER
    )
    contact: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    notes: Mapped[str] = mapped_column(Text, default="")



class Event(Versioned, Base):
    """A scheduled item. ``start``/``end`` are UTC instants for every event.

    All-day events span local (Europe/Prague) midnights: their dates are derived
    from the instants, so one indexed range query serves every kind of event.
    """

    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(255), unique=True, default=new_uid)
    title: Mapped[str] = mapped_column(String(300))
    category: Mapped[EventCategory] = mapped_column(
        enum_column(EventCategory), default=EventCategory.OTHER
    )
    status: Mapped[EventStatus] = mapped_column(
        enum_column(EventStatus), default=EventStatus.PLANNED, index=True
    )
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("series.id", ondelete="SET NULL"), index=True
    )
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    end: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venue.id", ondelete="SET NULL"))
    staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), index=True
    )
    public: Mapped[bool] = mapped_column(Boolean, default=True)
    description: Mapped[str] = mapped_column(Text, default="")
    internal_notes: Mapped[str] = mapped_column(Text, default="")
    expected_attendance: Mapped[int | None] = mapped_column(Integer)
    ticket_info: Mapped[str] = mapped_column(String(500), default="")
    url: Mapped[str] = mapped_column(String(500), default="")
    sequence: Mapped[int] = mapped_column(Integer, default=0)

    series: Mapped[Series | None] = relationship()
    venue: Mapped[Venue | None] = relationship()
    staff: Mapped[Staff | None] = relationship()
    parent: Mapped[Event | None] = relationship(remote_side=[id], back_populates="children")
    children: Mapped[list[Event]] = relationship(
        back_populates="parent", cascade="all, delete-orphan", passive_deletes=True
    )
    performer_links: Mapped[list[EventPerformer]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        Index("ix_event_start_end", "start", "end"),
        Index("ix_event_end", "end"),
        Index("ix_event_venue_start", "venue_id", "start"),
    )


class EventPerformer(Base):
    """A performer's engagement at an event, with role and fee."""

    __tablename__ = "event_performer"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), primary_key=True
    )
    performer_id: Mapped[int] = mapped_column(
        ForeignKey("performer.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    role: Mapped[str] = mapped_column(String(200), default="")
    fee: Mapped[Decimal | None] = mapped_column(Money)

    event: Mapped[Event] = relationship(back_populates="performer_links")
    performer: Mapped[Performer] = relationship()


class Market(Versioned, Base):
    """Market details of an Event of category market: default opening hours, fee rule."""

    __tablename__ = "market"

    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), primary_key=True)
    default_open: Mapped[dt.time] = mapped_column(Time, default=dt.time(10, 0))
    default_close: Mapped[dt.time] = mapped_column(Time, default=dt.time(20, 0))
    # Fee rule: per stall and day, by stall kind, plus per m2 per day and a power surcharge.
    fee_per_day: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    fee_per_m2_day: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    power_fee_per_day: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    fee_by_kind: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    map_width_m: Mapped[Decimal] = mapped_column(Numeric(6, 1), default=Decimal("60"))
    map_depth_m: Mapped[Decimal] = mapped_column(Numeric(6, 1), default=Decimal("40"))

    event: Mapped[Event] = relationship()
    hours: Mapped[list[MarketHours]] = relationship(
        back_populates="market", cascade="all, delete-orphan", order_by="MarketHours.day"
    )
    stalls: Mapped[list[Stall]] = relationship(
        back_populates="market", cascade="all, delete-orphan", order_by="Stall.code"
    )



class MarketHours(Base):
    """An exception to a market's default opening hours on one day (closed when both are None)."""

    __tablename__ = "market_hours"

    id: Mapped[int] = mapped_column(primary_key=True)
    market_id: Mapped[int] = mapped_column(ForeignKey("market.event_id", ondelete="CASCADE"))
    day: Mapped[dt.date] = mapped_column(Date)
    open: Mapped[dt.time | None] = mapped_column(Time)
    close: Mapped[dt.time | None] = mapped_column(Time)
    note: Mapped[str] = mapped_column(String(200), default="")

    market: Mapped[Market] = relationship(back_populates="hours")

    __table_args__ = (UniqueConstraint("market_id", "day"),)


class Stall(Versioned, Base):
    __tablename__ = "stall"

    id: Mapped[int] = mapped_column(primary_key=True)
    market_id: Mapped[int] = mapped_column(ForeignKey("market.event_id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(12))
    kind: Mapped[StallKind] = mapped_column(enum_column(StallKind), default=StallKind.HUT)
    zone: Mapped[str] = mapped_column(String(100), default="")
    width_m: Mapped[Decimal] = mapped_column(Numeric(4, 1), default=Decimal("3"))
    depth_m: Mapped[Decimal] = mapped_column(Numeric(4, 1), default=Decimal("2"))
    has_power: Mapped[bool] = mapped_column(Boolean, default=False)
    power_kw: Mapped[Decimal | None] = mapped_column(Numeric(5, 1))
    has_water: Mapped[bool] = mapped_column(Boolean, default=False)
    x_m: Mapped[float] = mapped_column(default=0.0)
    y_m: Mapped[float] = mapped_column(default=0.0)
    rotation: Mapped[float] = mapped_column(default=0.0)
    notes: Mapped[str] = mapped_column(Text, default="")

    market: Mapped[Market] = relationship(back_populates="stalls")
    bookings: Mapped[list[StallBooking]] = relationship(
        back_populates="stall", cascade="all, delete-orphan"
    )

    __table_args__ = (UniqueConstraint("market_id", "code"),)


class StallBooking(Versioned, Base):
    """A vendor's application for / booking of a stall for inclusive days."""

    __tablename__ = "stall_booking"

    id: Mapped[int] = mapped_column(primary_key=True)
    stall_id: Mapped[int] = mapped_column(ForeignKey("stall.id", ondelete="CASCADE"), index=True)
    vendor_id: Mapped[int] = mapped_column(ForeignKey("vendor.id", ondelete="RESTRICT"), index=True)
    first_day: Mapped[dt.date] = mapped_column(Date)
    last_day: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[BookingStatus] = mapped_column(
        enum_column(BookingStatus), default=BookingStatus.APPLIED
    )
    fee: Mapped[Decimal | None] = mapped_column(Money)
    needs_power: Mapped[bool] = mapped_column(Boolean, default=False)
    paid_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    stall: Mapped[Stall] = relationship(back_populates="bookings")
    vendor: Mapped[Vendor] = relationship()



class EventSupplier(Versioned, Base):
    """A vendor supplying a service to an event (sound, stage, catering), with fee and payment."""

    __tablename__ = "event_supplier"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    vendor_id: Mapped[int] = mapped_column(ForeignKey("vendor.id", ondelete="RESTRICT"), index=True)
    service: Mapped[str] = mapped_column(String(300))
    fee: Mapped[Decimal | None] = mapped_column(Money)
    paid_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    event: Mapped[Event] = relationship()
    vendor: Mapped[Vendor] = relationship()


keys.install(Vendor)
