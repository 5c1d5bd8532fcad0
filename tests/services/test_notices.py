"""Change notices: recipients, Czech texts, the .ics attachment, and sending through a real SMTP server."""

from __future__ import annotations

import pytest
import vobject

from planner.db import Database
from planner.formats.ical_reader import parse_calendar
from planner.formats.mail import SmtpMailer, SmtpSettings, get_password, set_password
from planner.models import Notice
from planner.models.enums import EventStatus, NoticeState
from planner.services import notices, releases
from planner.services.events import list_events, move_event, set_status
from planner.services.notices import NoticeOptions, SubscriberDraft
from planner.services.releases import ReleaseScope
from planner.services.series import find_series
from planner.services.timeutil import prague
from tests.smtp_server import Server

CONCERT = "Zahajovací koncert – Janáček a Martinů"


def _scope(db: Database) -> ReleaseScope:
    series = find_series(db.sm, "Bezručova Opava")
    assert series is not None
    return ReleaseScope(series_id=series.id)


def _move_concert_and_release(db: Database, options: NoticeOptions | None = None) -> releases.ReleaseResult:
    sm = db.sm
    releases.release(sm, _scope(db))  # the first release announces the programme: no one is notified
    concert = next(r for r in list_events(sm) if r.title == CONCERT)
    move_event(sm, concert.id, prague(2026, 9, 13, 18, 0))
    return releases.release(sm, _scope(db), comment="Změna termínu kvůli zkoušce orchestru",
                            plan_notices=notices.planner_with(options or NoticeOptions()))


def _settings(server: Server) -> SmtpSettings:
    return SmtpSettings(host=server.host, port=server.port, security="none", sender="kultura@opava.example")


def test_a_move_notifies_the_responsible_person_and_the_performer_only(demo_db: Database) -> None:
    sm = demo_db.sm
    series = find_series(sm, "Bezručova Opava")
    assert series is not None
    notices.create_subscriber(sm, SubscriberDraft(series.id, "Novinky@Noviny.example", "Opavské noviny"))
    result = _move_concert_and_release(demo_db)
    assert result.notices == 3
    outbox = {n.recipient_email: n for n in notices.list_notices(sm)}
    assert set(outbox) == {"ondrej.kalab@opava.example", "komorni.orchestr.slezske.jaro@demo.example",
                           "Novinky@Noviny.example"}
    staff = outbox["ondrej.kalab@opava.example"]
    assert staff.state is NoticeState.PENDING and staff.reason == "responsible"
    assert staff.subject == f"Opava – přesun: {CONCERT}"
    assert "so 12. 9. 2026 19:00, Kostel sv. Václava (Dům umění) → ne 13. 9. 2026 18:00" in staff.body
    assert "Změna termínu kvůli zkoušce orchestru" in staff.body
    assert "protože za akci odpovídáte." in staff.body
    assert "odebíráte zprávy o změnách v řadě Bezručova Opava" in outbox["Novinky@Noviny.example"].body
    # Other performers of the festival are not concerned by this move.
    assert not any("radost" in e for e in outbox)


def test_notices_are_sent_to_a_real_smtp_server_once(demo_db: Database, smtp_server: Server) -> None:
    sm = demo_db.sm
    _move_concert_and_release(demo_db)
    st = _settings(smtp_server)
    with SmtpMailer(st) as mailer:
        report = notices.send(sm, mailer, st)
    assert (report.sent, report.failed) == (2, 0)
    got = {m["To"].addresses[0].addr_spec: m for m in smtp_server.handler.messages}
    msg = got["ondrej.kalab@opava.example"]
    assert str(msg["Subject"]) == f"Opava – přesun: {CONCERT}"
    assert msg["To"].addresses[0].display_name == "Mgr. Ondřej Kaláb"
    assert "Statutární město Opava" in str(msg["From"])
    body = msg.get_body(("plain",))
    assert body is not None and "Dobrý den," in body.get_content() and "přesunuto" in body.get_content().lower()
    parts = [p for p in msg.iter_attachments()]
    assert [p.get_filename() for p in parts] == ["zmena-programu.ics"]
    ics = parts[0].get_payload(decode=True)
    assert parts[0].get_content_type() == "text/calendar"
    # The iCal export's own checks: UTF-8 without BOM, CRLF, folded at 75 octets, readable back.
    assert not ics.startswith(b"\xef\xbb\xbf") and b"\n" not in ics.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in ics.split(b"\r\n"))
    assert b"METHOD:PUBLISH" in ics
    cal = vobject.readOne(ics.decode("utf-8"))
    assert cal.vevent.summary.value == CONCERT
    parsed = parse_calendar(ics)
    assert [e.title for e in parsed.events] == [CONCERT]
    assert parsed.events[0].start == prague(2026, 9, 13, 18, 0)
    assert all(n.state is NoticeState.SENT and n.attempts == 1 for n in notices.list_notices(sm))
    # Sending again sends nothing: each notice went exactly once.
    with SmtpMailer(st) as mailer:
        assert notices.send(sm, mailer, st).sent == 0
    assert len(smtp_server.handler.messages) == 2


@pytest.mark.parametrize("mode", ["refuse", "drop"])
def test_a_refusing_or_hanging_up_server_leaves_the_notice_in_the_outbox(
        demo_db: Database, smtp_server: Server, mode: str) -> None:
    sm = demo_db.sm
    _move_concert_and_release(demo_db)
    smtp_server.handler.mode = mode
    st = _settings(smtp_server)
    with SmtpMailer(st) as mailer:
        report = notices.send(sm, mailer, st)
    assert (report.sent, report.failed) == (0, 2)
    failed = notices.list_notices(sm)
    assert all(n.state is NoticeState.FAILED and n.attempts == 1 for n in failed)
    if mode == "refuse":
        assert all("554 5.7.1 Zpráva odmítnuta" in n.server_answer for n in failed)
    else:
        assert all(n.server_answer for n in failed)
    smtp_server.handler.mode = "ok"
    with SmtpMailer(st) as mailer:
        assert notices.send(sm, mailer, st).sent == 2  # retried by the user, now accepted
    assert len(smtp_server.handler.messages) == 2
    assert all(n.state is NoticeState.SENT and n.attempts == 2 for n in notices.list_notices(sm))


def test_a_crash_after_the_server_took_the_mail_never_sends_it_twice(demo_db: Database,
                                                                     smtp_server: Server) -> None:
    sm = demo_db.sm
    _move_concert_and_release(demo_db)
    st = _settings(smtp_server)

    class CrashAfterSending(SmtpMailer):
        def send(self, msg):
            super().send(msg)
            raise SystemExit("power cut")  # the program dies before it records SENT

    with pytest.raises(SystemExit):
        with CrashAfterSending(st) as mailer:
            notices.send(sm, mailer, st)
    assert len(smtp_server.handler.messages) == 1
    states = sorted(n.state.value for n in notices.list_notices(sm))
    assert states == ["pending", "sending"]  # the interrupted one is not pending again
    with SmtpMailer(st) as mailer:
        assert notices.send(sm, mailer, st).sent == 1  # only the one never handed over
    assert len(smtp_server.handler.messages) == 2
    interrupted = next(n for n in notices.list_notices(sm) if n.state is NoticeState.SENDING)
    assert notices.requeue(sm, interrupted.id).state is NoticeState.PENDING  # a person's decision


def test_unreachable_server_is_a_clear_error_and_nothing_changes(demo_db: Database) -> None:
    sm = demo_db.sm
    _move_concert_and_release(demo_db)
    from tests.smtp_server import free_port

    st = SmtpSettings(host="127.0.0.1", port=free_port(), security="none", sender="kultura@opava.example")
    with SmtpMailer(st) as mailer:
        report = notices.send(sm, mailer, st)
    assert report.failed == 2 and "Connection refused" in report.answers[0]
    assert all(n.state is NoticeState.FAILED for n in notices.list_notices(sm))


def test_meeting_updates_and_cancellations_for_staff_who_want_them(demo_db: Database,
                                                                  smtp_server: Server) -> None:
    sm = demo_db.sm
    opts = NoticeOptions(meeting_for=frozenset({"ondrej.kalab@opava.example"}), organizer="kultura@opava.example")
    result = _move_concert_and_release(demo_db, opts)
    assert result.release is not None
    with sm() as s:
        staff = s.query(Notice).filter_by(recipient_email="ondrej.kalab@opava.example").one()
        perf = s.query(Notice).filter_by(recipient_email="komorni.orchestr.slezske.jaro@demo.example").one()
        request, publish = staff.attachment, perf.attachment
    assert request is not None and publish is not None
    cal = vobject.readOne(request.decode("utf-8"))
    assert cal.method.value == "REQUEST"
    assert cal.vevent.attendee.value == "mailto:ondrej.kalab@opava.example"
    assert cal.vevent.organizer.value == "mailto:kultura@opava.example"
    first_sequence = int(cal.vevent.sequence.value)
    assert first_sequence > 0
    assert b"METHOD:PUBLISH" in publish and b"ATTENDEE" not in publish
    concert = next(r for r in list_events(sm) if r.title == CONCERT)
    set_status(sm, concert.id, EventStatus.CANCELLED)
    releases.release(sm, _scope(demo_db), plan_notices=notices.planner_with(opts))
    with sm() as s:
        latest = s.query(Notice).filter_by(recipient_email="ondrej.kalab@opava.example").order_by(
            Notice.id.desc()).first()
        assert latest is not None and latest.attachment is not None
        cancel = vobject.readOne(latest.attachment.decode("utf-8"))
    assert cancel.method.value == "CANCEL" and cancel.vevent.status.value == "CANCELLED"
    assert int(cancel.vevent.sequence.value) > first_sequence
    assert latest.subject == f"Opava – zrušení: {CONCERT}"
    st = _settings(smtp_server)
    with SmtpMailer(st) as mailer:
        notices.send(sm, mailer, st)
    to_staff = [m for m in smtp_server.handler.messages
                if m["To"].addresses[0].addr_spec == "ondrej.kalab@opava.example"]
    methods = [p.get_param("method") for m in to_staff for p in m.walk() if p.get_content_type() == "text/calendar"]
    assert methods == ["REQUEST", "CANCEL"]  # iMIP parts Outlook processes as meeting update / cancellation
    assert all(m.get_content_type() == "multipart/alternative" for m in to_staff)


def test_digest_sends_one_mail_per_person(demo_db: Database, smtp_server: Server) -> None:
    sm = demo_db.sm
    series = find_series(sm, "Bezručova Opava")
    assert series is not None
    notices.create_subscriber(sm, SubscriberDraft(series.id, "tic@opava.example", "TIC", digest=True))
    _move_concert_and_release(demo_db)
    film = next(r for r in list_events(sm) if r.title.startswith("Filmový večer"))
    move_event(sm, film.id, prague(2026, 9, 19, 19, 0))
    releases.release(sm, _scope(demo_db), plan_notices=notices.plan_notices)
    st = _settings(smtp_server)
    with SmtpMailer(st) as mailer:
        notices.send(sm, mailer, st)  # one by one: not the digest ones
    assert "tic@opava.example" not in {m["To"].addresses[0].addr_spec for m in smtp_server.handler.messages}
    with SmtpMailer(st) as mailer:
        report = notices.send(sm, mailer, st, digests=True)
    assert report.sent == 2
    digest = [m for m in smtp_server.handler.messages if m["To"].addresses[0].addr_spec == "tic@opava.example"]
    assert len(digest) == 1 and str(digest[0]["Subject"]) == "Opava – přehled změn v programu (2 zprávy)"
    assert len(list(digest[0].iter_attachments())) == 2


def test_the_password_lives_in_the_keyring(memory_keyring) -> None:
    st = SmtpSettings(host="smtp.opava.example", username="kultura", sender="kultura@opava.example")
    assert get_password(st) is None
    set_password(st, "tajné heslo")
    assert get_password(st) == "tajné heslo"
    assert memory_keyring.store == {("planner-smtp", "kultura"): "tajné heslo"}


def test_missing_settings_name_the_field() -> None:
    with pytest.raises(Exception) as info:
        SmtpMailer(SmtpSettings(host="", sender="x@y.example"))
    assert "SMTP server" in str(info.value)
