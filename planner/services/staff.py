"""Staff: the office's people (dramaturg, referent, ...)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.models import Staff
from planner.models.enums import OpKind
from planner.services._common import SM, check_version, get_or_raise, run
from planner.services.dto import StaffDraft, StaffRow
from planner.services.text import person_sort_key
from planner.services.validation import normalize_email, normalize_phone, require_text


def _row(o: Staff) -> StaffRow:
    return StaffRow(o.id, o.name, o.role, o.email, o.phone, o.active, o.version)


def _apply(o: Staff, d: StaffDraft) -> None:
    o.name = require_text(d.name, "name")
    o.role = d.role
    o.email = normalize_email(d.email) or None
    o.phone = normalize_phone(d.phone)
    o.active = d.active


def list_staff(sm: SM, *, active_only: bool = False) -> list[StaffRow]:
    """Return staff sorted by surname, ignoring academic titles (Czech collation)."""
    with sm() as s:
        q = select(Staff)
        if active_only:
            q = q.where(Staff.active.is_(True))
        rows = [_row(o) for o in s.scalars(q)]
    return sorted(rows, key=lambda r: person_sort_key(r.name))


def get_staff(sm: SM, staff_id: int) -> StaffRow:
    with sm() as s:
        return _row(get_or_raise(s, Staff, staff_id, "Staff"))


def create_staff(sm: SM, draft: StaffDraft) -> StaffRow:
    def work(s: Session) -> StaffRow:
        o = Staff()
        _apply(o, draft)
        s.add(o)
        s.flush()
        return _row(o)

    return run(sm, work, op=OpKind.STAFF_CREATE, unique={"email": ("email", draft.email)})


def update_staff(sm: SM, staff_id: int, draft: StaffDraft, *, version: int | None = None) -> StaffRow:
    def work(s: Session) -> StaffRow:
        o = get_or_raise(s, Staff, staff_id, "Staff")
        check_version(o, version)
        _apply(o, draft)
        s.flush()
        return _row(o)

    return run(sm, work, op=OpKind.STAFF_UPDATE, unique={"email": ("email", draft.email)})


def delete_staff(sm: SM, staff_id: int) -> None:
    """Delete a person; their events keep existing without a responsible person."""

    def work(s: Session) -> None:
        s.delete(get_or_raise(s, Staff, staff_id, "Staff"))

    run(sm, work, op=OpKind.STAFF_DELETE)


def find_staff_by_email(sm: SM, email: str) -> StaffRow | None:
    """Return the person with this e-mail address (case-insensitive), or None."""
    wanted = email.strip().casefold()
    if not wanted:
        return None
    with sm() as s:
        for o in s.scalars(select(Staff).where(Staff.email.is_not(None))):
            if (o.email or "").casefold() == wanted:
                return _row(o)
    return None
