"""Helpers shared by the command handlers."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal, TypeVar, overload

from planner.db import Database, open_database
from planner.errors import PlannerError, UsageError
from planner.i18n import N_, _
from planner.services import series, staff, venues
from planner.services._common import SM
from planner.services.dto import SeriesRow, StaffRow, VenueRow
from planner.services.text import fold
from planner.services.timeutil import parse_date

T = TypeVar("T")

def open_db(args: argparse.Namespace) -> Database:
    """Open the database named by --db / PLANNER_DB_URL / the default file."""
    return open_database(args.db)


def say(text: str) -> None:
    """Print a result line to stdout."""
    print(text)


class OptionError(PlannerError):
    """A command-line option names something that does not exist or cannot be read (exit 1)."""


def pick(option: str, message: str, wanted: str, items: Sequence[T], name: Callable[[T], str]) -> T:
    """Return the item named ``wanted`` (exactly, else ignoring case and accents) or raise.

    ``message`` is the N_() text saying it is not there, with {option}, {wanted} and {known}:
    "--venue: místo konání „X“ neexistuje. Známé: …"
    """
    wanted = wanted.strip()
    found = [i for i in items if name(i) == wanted]
    if not found:
        found = [i for i in items if fold(name(i)) == fold(wanted)]
    if len(found) == 1:
        return found[0]
    known = ", ".join(sorted({name(i) for i in items}))[:400] or "—"
    raise OptionError(_(message).format(option=option, wanted=wanted, known=known))


@overload
def date_option(option: str, text: str | None, *, required: Literal[True]) -> dt.date: ...
@overload
def date_option(option: str, text: str | None, *, required: bool = False) -> dt.date | None: ...
def date_option(option: str, text: str | None, *, required: bool = False) -> dt.date | None:
    """Return the date an option gives (ISO or Czech), None when not given, or raise naming the option.

    A missing or malformed date is wrong usage (UsageError, exit 2), in every command alike.
    """
    if not (text or "").strip():
        if required:
            raise UsageError(_("{option}: give a date (2026-11-26 or 26. 11. 2026).").format(option=option))
        return None
    assert text is not None
    try:
        return parse_date(text)
    except ValueError:
        raise UsageError(_(
            "{option}: “{text}” is not a date (2026-11-26 or 26. 11. 2026)."
        ).format(option=option, text=text)) from None


@dataclass(frozen=True)
class Filters:
    """The shared filter options (--series, --venue, --staff, --from, --to) resolved to records."""

    series: SeriesRow | None
    venue: VenueRow | None
    staff: StaffRow | None
    first_day: dt.date | None
    last_day: dt.date | None


def resolve_filters(sm: SM, args: argparse.Namespace) -> Filters:
    """Resolve the filter options; an unknown name or a bad date is an error naming the option."""
    first, last = date_option("--from", args.date_from), date_option("--to", args.date_to)
    if first and last and last < first:
        raise UsageError(_("--to: the last day is before the first one (--from)."))
    found_series = found_venue = found_staff = None
    if args.series:
        found_series = pick("--series", N_("{option}: no series named “{wanted}”. Known: {known}"), args.series, series.list_series(sm), lambda r: r.name)
    if args.venue:
        found_venue = pick("--venue", N_("{option}: no venue named “{wanted}”. Known: {known}"), args.venue,
                           venues.list_venues(sm, include_archived=True), lambda r: r.name)
    if args.staff:
        found_staff = pick("--staff", N_("{option}: no staff member with the e-mail “{wanted}”. Known: {known}"), args.staff,
                           [s for s in staff.list_staff(sm) if s.email], lambda r: r.email or "")
    return Filters(found_series, found_venue, found_staff, first, last)
