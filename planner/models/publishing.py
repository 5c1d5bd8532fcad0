"""Telling people: programme releases, series subscribers and the notice outbox. ORM only."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.models.base import Base, UTCDateTime, utcnow
from planner.models.entities import Series, Versioned
from planner.models.enums import NoticeState, enum_column


class Release(Base):
    """A numbered, immutable release of the public programme of a scope (series, edition or period).

    ``snapshot`` holds the released state of every public event in the scope (the fields the
    public feeds, the web programme and Hláska print); ``changes`` is the changelog against the
    state released before. A release is never edited, so it has no version counter.
    """

    __tablename__ = "release"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    # Plain values, no foreign keys: deleting a series or an edition must not widen the scope of
    # a past release (SET NULL would turn "Bezručova Opava" into "everything").
    series_id: Mapped[int | None] = mapped_column(Integer, index=True)
    edition_uid: Mapped[str | None] = mapped_column(String(255))
    first_day: Mapped[dt.date | None] = mapped_column(Date)
    last_day: Mapped[dt.date | None] = mapped_column(Date)
    scope_label: Mapped[str] = mapped_column(String(400), default="")
    comment: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    snapshot: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    changes: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)


class Subscriber(Versioned, Base):
    """Somebody outside the office who wants to hear about changes in a series."""

    __tablename__ = "subscriber"

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int] = mapped_column(ForeignKey("series.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(254))
    digest: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    series: Mapped[Series] = relationship()


class Notice(Versioned, Base):
    """One e-mail in the outbox: to one person, about the changes of a release that concern them."""

    __tablename__ = "notice"

    id: Mapped[int] = mapped_column(primary_key=True)
    release_id: Mapped[int | None] = mapped_column(ForeignKey("release.id", ondelete="SET NULL"), index=True)
    recipient_email: Mapped[str] = mapped_column(String(254))
    recipient_name: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(String(40), default="")  # responsible, performer, venue, subscriber
    subject: Mapped[str] = mapped_column(String(400))
    body: Mapped[str] = mapped_column(Text)
    attachment_name: Mapped[str] = mapped_column(String(200), default="")
    attachment: Mapped[bytes | None] = mapped_column(LargeBinary)
    digest: Mapped[bool] = mapped_column(Boolean, default=False)
    state: Mapped[NoticeState] = mapped_column(enum_column(NoticeState), default=NoticeState.PENDING, index=True)
    message_id: Mapped[str] = mapped_column(String(300), default="")
    server_answer: Mapped[str] = mapped_column(Text, default="")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
