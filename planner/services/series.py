"""Event series: festivals, competitions, concert seasons, markets."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from planner.models import Series, Staff
from planner.models.enums import OpKind
from planner.services._common import SM, check_version, get_or_raise, run
from planner.services.dto import SeriesDraft, SeriesRow
from planner.services.palette import distinct_colour
from planner.services.text import czech_sort_key
from planner.services.validation import normalize_colour, optional_text, require_text


def _row(o: Series) -> SeriesRow:
    return SeriesRow(
        o.id, o.name, o.kind, o.colour, o.owner_id, o.owner.name if o.owner else None,
        o.description, o.version,
    )


def _apply(s: Session, o: Series, d: SeriesDraft, default_colour: str) -> None:
    o.name = require_text(d.name, "name")
    o.kind = d.kind
    o.colour = normalize_colour(d.colour, default=default_colour)
    if d.owner_id is not None:
        get_or_raise(s, Staff, d.owner_id, "Staff")
    o.owner_id = d.owner_id
    o.description = optional_text(d.description, "description", 5000)


def list_series(sm: SM) -> list[SeriesRow]:
    """Return all series sorted by name (Czech collation)."""
    with sm() as s:
        rows = [_row(o) for o in s.scalars(select(Series).options(joinedload(Series.owner)))]
    return sorted(rows, key=lambda r: czech_sort_key(r.name))


def get_series(sm: SM, series_id: int) -> SeriesRow:
    with sm() as s:
        return _row(get_or_raise(s, Series, series_id, "Series"))


def find_series(sm: SM, name: str) -> SeriesRow | None:
    """Return the series with exactly this name, or None."""
    with sm() as s:
        o = s.scalar(select(Series).where(Series.name == name))
        return _row(o) if o else None


def create_series(sm: SM, draft: SeriesDraft) -> SeriesRow:
    def work(s: Session) -> SeriesRow:
        o = Series()
        # no colour given: one clearly different from the other series' (services/palette.py)
        colour = "" if draft.colour.strip() else distinct_colour(s.scalars(select(Series.colour)))
        _apply(s, o, draft, colour)
        s.add(o)
        s.flush()
        return _row(o)

    return run(sm, work, op=OpKind.SERIES_CREATE, unique={"name": ("name", draft.name)})


def update_series(sm: SM, series_id: int, draft: SeriesDraft, *, version: int | None = None) -> SeriesRow:
    def work(s: Session) -> SeriesRow:
        o = get_or_raise(s, Series, series_id, "Series")
        check_version(o, version)
        _apply(s, o, draft, o.colour)
        s.flush()
        return _row(o)

    return run(sm, work, op=OpKind.SERIES_UPDATE, unique={"name": ("name", draft.name)})


def delete_series(sm: SM, series_id: int) -> None:
    """Delete a series; its events stay, without a series."""

    def work(s: Session) -> None:
        s.delete(get_or_raise(s, Series, series_id, "Series"))

    run(sm, work, op=OpKind.SERIES_DELETE)
