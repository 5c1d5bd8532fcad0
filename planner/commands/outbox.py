"""`planner outbox [--send] [--digest] [--retry ID]`: list the change notices and send them."""

from __future__ import annotations

import argparse
from typing import Any

from planner import settings
from planner.commands._common import open_db, say
from planner.formats.mail import SmtpMailer, SmtpSettings, get_password
from planner.i18n import _, N_
from planner.services import notices

STATE_LABELS = {"pending": N_("pending"), "sending": N_("sending?"), "sent": N_("sent"),
                "failed": N_("failed"), "discarded": N_("discarded")}


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--send", action="store_true", help="send the pending notices (not the digest ones)")
    p.add_argument("--digest", action="store_true", help="send the daily digest: one mail per person")
    p.add_argument("--requeue", type=int, metavar="ID", help="put a failed or interrupted notice back as pending")
    p.add_argument("--smtp-host", metavar="HOST", help="SMTP server (default: from the settings)")
    p.add_argument("--smtp-port", type=int, metavar="PORT")
    p.add_argument("--smtp-security", choices=("starttls", "ssl", "none"))
    p.add_argument("--smtp-user", metavar="LOGIN", help="login; the password is read from the OS keyring")
    p.add_argument("--sender", metavar="EMAIL", help="sender address")


def smtp_settings(args: argparse.Namespace) -> SmtpSettings:
    """Return the SMTP settings: the options, else the application's settings."""
    from planner.ui.settings_store import SettingsStore  # QtCore only; no display needed

    store = SettingsStore()

    def get(option: settings.Option, override: Any) -> Any:
        return override if override is not None else store.get(option)

    return SmtpSettings(host=get(settings.SMTP_HOST, args.smtp_host), port=get(settings.SMTP_PORT, args.smtp_port),
                        security=get(settings.SMTP_SECURITY, args.smtp_security),
                        username=get(settings.SMTP_USERNAME, args.smtp_user),
                        sender=get(settings.MAIL_SENDER, args.sender),
                        sender_name=store.get(settings.MAIL_SENDER_NAME))


def run(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        if args.requeue is not None:
            notices.requeue(db.sm, args.requeue)
        if args.send or args.digest:
            st = smtp_settings(args)
            with SmtpMailer(st, get_password(st)) as mailer:
                report = notices.send(db.sm, mailer, st, digests=args.digest)
            say(_("Sent: {sent}, not sent: {failed}.").format(sent=report.sent, failed=report.failed))
            for answer in report.answers:
                say("  " + answer)
        for n in notices.list_notices(db.sm):
            state = _(STATE_LABELS[n.state.value])
            say(f"{n.id:5d}  {state:12s}  {n.recipient_email}  {n.subject}")
    finally:
        db.dispose()
    return 0
