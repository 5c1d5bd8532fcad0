"""The event editor's date and time fields: a date field beside a time field, read as Prague time."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QHBoxLayout, QTimeEdit, QWidget

from planner.errors import ValidationError
from planner.services.timeutil import PRAGUE, UTC, from_local
from planner.ui.common.date_edit import DateEdit

DATE_FORMAT = "d. M. yyyy"
TIME_FORMAT = "H:mm"


def day_of(edit: DateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


def clock_of(edit: QTimeEdit) -> dt.time:
    t = edit.time()
    return dt.time(t.hour(), t.minute())


def local_of(date_edit: DateEdit, time_edit: QTimeEdit) -> dt.datetime:
    """Return the naive local date and time the pair shows."""
    return dt.datetime.combine(day_of(date_edit), clock_of(time_edit))


def set_pair(date_edit: DateEdit, time_edit: QTimeEdit, value: dt.datetime) -> None:
    date_edit.setDate(QDate(value.year, value.month, value.day))
    time_edit.setTime(QTime(value.hour, value.minute))


def date_time_pair(name: str) -> tuple[DateEdit, QTimeEdit, QWidget]:
    """Return a date field, a time field and the box holding both (object names ``name_date``/``name_time``)."""
    date = DateEdit()
    date.setObjectName(f"{name}_date")
    date.setDisplayFormat(DATE_FORMAT)
    date.setCalendarPopup(True)
    time = QTimeEdit()
    time.setObjectName(f"{name}_time")
    time.setDisplayFormat(TIME_FORMAT)
    box = QWidget()
    h = QHBoxLayout(box)
    h.setContentsMargins(0, 0, 0, 0)
    h.addWidget(date)
    h.addWidget(time)
    h.addStretch(1)
    return date, time, box


def aware(field: str, value: dt.datetime, errors: list[ValidationError]) -> dt.datetime:
    """Return the UTC instant of a local date and time; a time in the spring-forward gap is
    reported on the field (the draft then carries a stand-in, never saved)."""
    try:
        return from_local(value.date(), value.time())
    except ValueError:
        errors.append(ValidationError(field, "nonexistent_time"))
        return value.replace(tzinfo=PRAGUE).astimezone(UTC)


__all__ = ["DATE_FORMAT", "TIME_FORMAT", "aware", "clock_of", "date_time_pair", "day_of", "local_of", "set_pair"]
