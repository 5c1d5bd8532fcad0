"""Change notices: who a release concerns, the outbox, and sending without ever sending twice.

On release (services.releases.release with ``plan_notices``), each person a change concerns gets
one notice listing only their changes: the responsible staff member, the performers and venue
contacts with an e-mail, and the series' subscribers. Notices wait in the outbox until the user
sends them.

Sending is ordered so that a crash never duplicates a mail: the notice is first marked SENDING
and *committed*, then handed to the server, then marked SENT (or FAILED with the server's answer).
If the program dies after the server took the message, the notice stays SENDING and is never
picked up again automatically; the outbox shows it for a person to check (:func:`requeue`).
Two colleagues pressing "send" at once cannot both send: the SENDING update is version-checked.

Why this module is long: recipients, texts, the outbox state machine and the digest are one
feature whose rules must agree; splitting them would scatter the "never twice" ordering.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from planner.errors import PlannerError, StaleEdit
from planner.formats.mail import MailError, Mailer, Outgoing, SmtpSettings, compose, new_message_id
from planner.formats.notice_ics import meeting_update, notice_calendar
from planner.i18n import _, N_, in_language
from planner.models import Notice, Performer, Release, Series, Staff, Subscriber, Venue
from planner.models.enums import EventStatus, NoticeState, OpKind
from planner.services._common import SM, check_version, get_or_raise, run
from planner.services.releases import ChangeKind, change_text, entry_row
from planner.services.timeutil import UTC, format_date, local
from planner.services.validation import normalize_email, optional_text

log = logging.getLogger(__name__)

REASONS = {
    "responsible": N_("you are responsible for the event"),
    "performer": N_("you perform in the programme"),
    "venue": N_("the event takes place at your venue"),
    "subscriber": N_("you subscribed to changes in {series}"),
}
SIGNATURE = "S pozdravem\nOdbor kancelář primátora, Statutární město Opava"


# --------------------------------------------------------------------------- subscribers


@dataclass(frozen=True)
class SubscriberRow:
    id: int
    series_id: int
    series_name: str
    name: str
    email: str
    digest: bool
    active: bool
    version: int


@dataclass(frozen=True)
class SubscriberDraft:
    series_id: int
    email: str
    name: str = ""
    digest: bool = False
    active: bool = True


def _sub_row(o: Subscriber) -> SubscriberRow:
    return SubscriberRow(o.id, o.series_id, o.series.name, o.name, o.email, o.digest, o.active, o.version)


def list_subscribers(sm: SM, *, series_id: int | None = None) -> list[SubscriberRow]:
    with sm() as s:
        q = select(Subscriber).join(Series).order_by(Series.name, Subscriber.email)
        if series_id is not None:
            q = q.where(Subscriber.series_id == series_id)
        return [_sub_row(o) for o in s.scalars(q)]


def _apply_sub(s: Session, o: Subscriber, d: SubscriberDraft) -> None:
    get_or_raise(s, Series, d.series_id, "series")
    email = normalize_email(d.email)
    if not email:
        from planner.errors import ValidationError

        raise ValidationError("email", "required")
    o.series_id, o.email = d.series_id, email
    o.name = optional_text(d.name, "name")
    o.digest, o.active = d.digest, d.active


def create_subscriber(sm: SM, draft: SubscriberDraft) -> SubscriberRow:
    def work(s: Session) -> SubscriberRow:
        o = Subscriber()
        _apply_sub(s, o, draft)
        s.add(o)
        s.flush()
        return _sub_row(o)

    return run(sm, work, op=OpKind.SUBSCRIBER_CREATE)


def update_subscriber(sm: SM, subscriber_id: int, draft: SubscriberDraft, *, version: int | None = None
                      ) -> SubscriberRow:
    def work(s: Session) -> SubscriberRow:
        o = get_or_raise(s, Subscriber, subscriber_id, "subscriber")
        check_version(o, version)
        _apply_sub(s, o, draft)
        s.flush()
        return _sub_row(o)

    return run(sm, work, op=OpKind.SUBSCRIBER_UPDATE)


def delete_subscriber(sm: SM, subscriber_id: int) -> None:
    def work(s: Session) -> None:
        s.delete(get_or_raise(s, Subscriber, subscriber_id, "subscriber"))

    run(sm, work, op=OpKind.SUBSCRIBER_DELETE)


# --------------------------------------------------------------------------- planning notices


@dataclass(frozen=True)
class NoticeOptions:
    """How notices are made: staff who want meeting updates, the organiser address, digests."""

    meeting_for: frozenset[str] = frozenset()  # staff e-mails (lower case)
    organizer: str = ""
    digest_all: bool = False


@dataclass
class _Recipient:
    email: str
    name: str
    reasons: set[str]
    changes: list[dict[str, Any]]
    digest: bool = False
    staff: bool = False


def _recipients(s: Session, changes: Sequence[dict[str, Any]]) -> dict[str, _Recipient]:
    staff = {o.id: o for o in s.scalars(select(Staff)) if o.email and o.active}
    performers = {o.name: o for o in s.scalars(select(Performer)) if o.email}
    venues = {o.id: o for o in s.scalars(select(Venue)) if o.email}
    subs: dict[int, list[Subscriber]] = defaultdict(list)
    for o in s.scalars(select(Subscriber).where(Subscriber.active.is_(True))):
        subs[o.series_id].append(o)
    series_names = {o.id: o.name for o in s.scalars(select(Series))}
    out: dict[str, _Recipient] = {}

    def add(email: str, name: str, reason: str, change: dict[str, Any], *, digest: bool = False,
            is_staff: bool = False) -> None:
        key = email.lower()
        r = out.setdefault(key, _Recipient(email, name, set(), [], digest, is_staff))
        r.reasons.add(reason)
        r.staff = r.staff or is_staff
        r.digest = r.digest and digest
        if change not in r.changes:
            r.changes.append(change)

    for c in changes:
        st = staff.get(c.get("staff_id") or -1)
        if st is not None and st.email:
            add(st.email, st.name, "responsible", c, is_staff=True)
        for name in dict.fromkeys([*c.get("performers", ()), *c.get("old_performers", ())]):
            p = performers.get(name)
            if p is not None:
                add(p.email, p.name, "performer", c)
        for vid in dict.fromkeys([c.get("venue_id"), c.get("old_venue_id")]):
            v = venues.get(vid or -1)
            if v is not None:
                add(v.email, v.contact or v.name, "venue", c)
        for sub in subs.get(c.get("series_id") or -1, ()):
            add(sub.email, sub.name, f"subscriber:{series_names.get(sub.series_id, '')}", c, digest=sub.digest)
    return out


def _reason_text(reason: str) -> str:
    kind, _skip, series = reason.partition(":")
    return _(REASONS[kind]).format(series=series)


def _subject(changes: Sequence[dict[str, Any]]) -> str:
    if len(changes) == 1:
        c = changes[0]
        label = {"new": "nová akce", "moved": "přesun", "changed": "změna", "cancelled": "zrušení",
                 "removed": "stažení z programu"}[c["kind"]]
        return f"Opava – {label}: {c['title']}"
    n = len(changes)
    count = in_language("cs").ngettext("{n} event", "{n} events", n).format(n=n)  # mails are Czech
    return f"Opava – změny v programu ({count})"


def _body(r: Release, rec: _Recipient) -> str:
    lines = ["Dobrý den,", "",
             f"v programu „{r.scope_label}“ (zveřejnění č. {r.number} ze dne "
             f"{format_date(local(r.created_at).date())}) se změnilo, co se vás týká:", ""]
    lines += [f"• {change_text(c)}" for c in rec.changes]
    if r.comment:
        lines += ["", f"Poznámka: {r.comment}"]
    lines += ["", "V příloze je akce jako kalendářový soubor (.ics): otevřením ji přidáte do Outlooku "
                  "nebo aktualizujete dříve uloženou.", "",
              "Tuto zprávu dostáváte, protože " + ", ".join(sorted(_reason_text(x) for x in rec.reasons)) + ".",
              "", SIGNATURE]
    return "\n".join(lines)


def _rows_for(r: Release, changes: Sequence[dict[str, Any]]) -> list[Any]:
    by_uid = {e["uid"]: e for e in r.snapshot}
    rows = []
    for c in changes:
        if c["kind"] == ChangeKind.REMOVED.value:
            rows.append(replace(entry_row(c["entry"]), status=EventStatus.CANCELLED))
        elif c["uid"] in by_uid:
            rows.append(entry_row(by_uid[c["uid"]]))
    return rows


def plan_notices(s: Session, r: Release, changes: Sequence[dict[str, Any]],
                 options: NoticeOptions | None = None) -> int:
    """Put one notice per concerned person into the outbox (in the release's transaction)."""
    opts = options or NoticeOptions()
    count = 0
    for rec in _recipients(s, changes).values():
        rows = _rows_for(r, rec.changes)
        meeting = rec.staff and rec.email.lower() in opts.meeting_for and bool(opts.organizer)
        attachment: bytes | None = None
        if rows and meeting:
            cancel = all(c["kind"] in (ChangeKind.CANCELLED.value, ChangeKind.REMOVED.value) for c in rec.changes)
            attachment = meeting_update(rows, organizer=opts.organizer, attendee=rec.email, attendee_name=rec.name,
                                        sequence=r.number + max(x.sequence for x in rows), cancel=cancel,
                                        now=r.created_at)
        elif rows:
            attachment = notice_calendar(rows, now=r.created_at)
        s.add(Notice(release_id=r.id, recipient_email=rec.email, recipient_name=rec.name,
                     reason=",".join(sorted(x.partition(":")[0] for x in rec.reasons)),
                     subject=_subject(rec.changes), body=_body(r, rec),
                     attachment_name="zmena-programu.ics" if attachment else "", attachment=attachment,
                     digest=rec.digest or opts.digest_all, state=NoticeState.PENDING,
                     message_id=new_message_id()))
        count += 1
    s.flush()
    return count


def planner_with(options: NoticeOptions) -> Any:
    """Return plan_notices bound to options, for releases.release(plan_notices=...)."""
    def plan(s: Session, r: Release, changes: Sequence[dict[str, Any]]) -> int:
        return plan_notices(s, r, changes, options)

    return plan


# --------------------------------------------------------------------------- outbox


@dataclass(frozen=True)
class NoticeRow:
    id: int
    release_id: int | None
    recipient_email: str
    recipient_name: str
    reason: str
    subject: str
    body: str
    attachment_name: str
    has_attachment: bool
    digest: bool
    state: NoticeState
    server_answer: str
    attempts: int
    created_at: dt.datetime
    sent_at: dt.datetime | None
    version: int


def _row(o: Notice) -> NoticeRow:
    return NoticeRow(o.id, o.release_id, o.recipient_email, o.recipient_name, o.reason, o.subject, o.body,
                     o.attachment_name, o.attachment is not None, o.digest, o.state, o.server_answer, o.attempts,
                     o.created_at, o.sent_at, o.version)


def list_notices(sm: SM, *, states: Iterable[NoticeState] = ()) -> list[NoticeRow]:
    """Return the outbox, newest first (all states unless some are given)."""
    wanted = list(states)
    with sm() as s:
        q = select(Notice).order_by(Notice.id.desc())
        if wanted:
            q = q.where(Notice.state.in_(wanted))
        return [_row(o) for o in s.scalars(q)]


def attachment_of(sm: SM, notice_id: int) -> bytes | None:
    with sm() as s:
        return get_or_raise(s, Notice, notice_id, "notice").attachment


def discard(sm: SM, notice_id: int, *, version: int | None = None) -> NoticeRow:
    """Take a notice out of the outbox without sending it (kept, marked discarded)."""
    return _set_state(sm, notice_id, version, NoticeState.DISCARDED, op=OpKind.NOTICE_DISCARD,
                      refusal=_("A sent notice cannot be discarded."))


def requeue(sm: SM, notice_id: int, *, version: int | None = None) -> NoticeRow:
    """Put a failed, discarded or interrupted (SENDING) notice back as pending, by a person's decision."""
    return _set_state(sm, notice_id, version, NoticeState.PENDING, op=OpKind.NOTICE_REQUEUE,
                      refusal=_("The notice was already sent."))


def _set_state(sm: SM, notice_id: int, version: int | None, state: NoticeState, *, op: OpKind,
               refusal: str) -> NoticeRow:
    """A person's change of a notice's state; a sent notice keeps its state (``refusal`` says why)."""
    def work(s: Session) -> NoticeRow:
        o = get_or_raise(s, Notice, notice_id, "notice")
        check_version(o, version)
        if o.state is NoticeState.SENT:
            raise PlannerError(refusal)
        o.state = state
        s.flush()
        return _row(o)

    return run(sm, work, op=op)


@dataclass(frozen=True)
class SendReport:
    sent: int
    failed: int
    answers: tuple[str, ...] = ()


def _claim(sm: SM, ids: Sequence[int], retry_failed: bool) -> list[Notice]:
    """Mark notices SENDING and commit; return detached copies of those this caller claimed."""
    allowed = (NoticeState.PENDING, NoticeState.FAILED) if retry_failed else (NoticeState.PENDING,)
    claimed: list[Notice] = []
    for nid in ids:
        def work(s: Session) -> Notice | None:
            o = s.get(Notice, nid)
            if o is None or o.state not in allowed:
                return None
            o.state = NoticeState.SENDING
            o.attempts += 1
            s.flush()
            s.expunge(o)
            return o

        try:
            got = run(sm, work, op=OpKind.NOTICE_SEND)
        except (StaleEdit, StaleDataError):
            got = None  # a colleague claimed it first: theirs to send
        if got is not None:
            claimed.append(got)
    return claimed


def _finish(sm: SM, ids: Sequence[int], ok: bool, answer: str, now: dt.datetime) -> None:
    def work(s: Session) -> None:
        for nid in ids:
            o = get_or_raise(s, Notice, nid, "notice")
            o.state = NoticeState.SENT if ok else NoticeState.FAILED
            o.server_answer = answer[:2000]
            if ok:
                o.sent_at = now
    run(sm, work, op=OpKind.NOTICE_SEND)


def send(sm: SM, mailer: Mailer, settings: SmtpSettings, *, ids: Sequence[int] | None = None,
         retry_failed: bool = True, digests: bool = False, now: dt.datetime | None = None) -> SendReport:
    """Send pending notices (the given ones, or all that are not digest notices).

    With ``digests`` the digest notices are sent instead: one mail per recipient holding all
    their pending digest notices (the daily digest).
    """
    when = now or dt.datetime.now(UTC)
    with sm() as s:
        q = select(Notice.id, Notice.digest, Notice.recipient_email).where(
            Notice.state.in_((NoticeState.PENDING, NoticeState.FAILED)))
        candidates = list(s.execute(q.order_by(Notice.id)))
    if ids is not None:
        wanted = set(ids)
        batches = [[nid] for nid, _, _ in candidates if nid in wanted]
    elif digests:
        grouped: dict[str, list[int]] = defaultdict(list)
        for nid, dg, email in candidates:
            if dg:
                grouped[email.lower()].append(nid)
        batches = list(grouped.values())
    else:
        batches = [[nid] for nid, dg, _ in candidates if not dg]
    sent = failed = 0
    answers: list[str] = []
    # Claim, send, record — one batch at a time, so a crash leaves at most one batch SENDING.
    for batch_ids in batches:
        batch = _claim(sm, batch_ids, retry_failed)
        if not batch:
            continue
        out = _outgoing(batch)
        try:
            answer = mailer.send(compose(out, settings))
        except MailError as exc:
            _finish(sm, [o.id for o in batch], False, exc.answer, when)
            failed += len(batch)
            answers.append(f"{out.to_email}: {exc.answer}")
            log.info("notice to %s failed: %s", out.to_email, exc.answer)
            continue
        _finish(sm, [o.id for o in batch], True, answer, when)
        sent += len(batch)
    return SendReport(sent, failed, tuple(answers))


def _outgoing(batch: Sequence[Notice]) -> Outgoing:
    first = batch[0]
    attachments = tuple((o.attachment_name or f"zmena-{i}.ics", o.attachment)
                        for i, o in enumerate(batch, 1) if o.attachment is not None)
    if len(batch) == 1:
        return Outgoing(first.recipient_email, first.recipient_name, first.subject, first.body, attachments,
                        first.message_id)
    n = len(batch)
    count = in_language("cs").ngettext("{n} message", "{n} messages", n).format(n=n)  # mails are Czech
    subject = f"Opava – přehled změn v programu ({count})"
    body = "\n\n".join(f"— {o.subject} —\n\n{o.body}" for o in batch)
    return Outgoing(first.recipient_email, first.recipient_name, subject, body, attachments, first.message_id)


__all__ = [
    "NoticeOptions", "NoticeRow", "SendReport", "SubscriberDraft", "SubscriberRow", "attachment_of",
    "create_subscriber", "delete_subscriber", "discard", "list_notices", "list_subscribers", "plan_notices",
    "planner_with", "requeue", "send", "update_subscriber",
]
