"""E-mail out: composing a notice as a MIME message and handing it to an SMTP server. No Qt.

The password is never stored in the settings: it lives in the operating system's keyring
(Windows Credential Manager) through the ``keyring`` package, under the service name
``planner-smtp`` and the login name.
"""

from __future__ import annotations

import email.policy
import logging
import smtplib
import socket
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid
from types import TracebackType
from typing import Any, Protocol

from planner.errors import PlannerError
from planner.formats.ical import one_line, safe_text
from planner.i18n import _

log = logging.getLogger(__name__)

KEYRING_SERVICE = "planner-smtp"
SECURITY = ("starttls", "ssl", "none")
TIMEOUT_S = 30


class MailError(PlannerError):
    """The server did not take a message (refused, unreachable, dropped the connection)."""

    def __init__(self, message: str, *, answer: str = "") -> None:
        super().__init__(message)
        self.answer = answer or message


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 587
    security: str = "starttls"  # starttls (port 587), ssl (port 465) or none (a local relay)
    username: str = ""
    sender: str = ""
    sender_name: str = "Statutární město Opava – kultura"

    def check(self) -> None:
        """Raise a PlannerError naming the setting that is missing or wrong."""
        if not self.host.strip():
            raise PlannerError(_("SMTP server: enter the server address in the sending settings."))
        if self.security not in SECURITY:
            raise PlannerError(_(
                "Security: “{security}” is not starttls, ssl or none."
            ).format(security=self.security))
        if "@" not in self.sender:
            raise PlannerError(_("Sender: enter the sender's e-mail address."))


class PasswordStore(Protocol):
    def get_password(self, service: str, username: str) -> str | None: ...
    def set_password(self, service: str, username: str, password: str) -> None: ...


def keyring_store() -> PasswordStore:
    """Return the OS keyring (imported late: it probes the platform's backends)."""
    import keyring

    return keyring


def get_password(settings: SmtpSettings, store: PasswordStore | None = None) -> str | None:
    """Return the SMTP password for the login from the keyring (None when none is stored)."""
    if not settings.username:
        return None
    try:
        return (store or keyring_store()).get_password(KEYRING_SERVICE, settings.username)
    except Exception as exc:  # keyring raises backend-specific errors (no D-Bus, locked vault)
        raise PlannerError(_("Cannot read the SMTP password from the system keyring ({exc}).").format(exc=exc)) from exc


def set_password(settings: SmtpSettings, password: str, store: PasswordStore | None = None) -> None:
    """Store the SMTP password for the login in the keyring."""
    try:
        (store or keyring_store()).set_password(KEYRING_SERVICE, settings.username, password)
    except Exception as exc:
        raise PlannerError(_("Cannot store the SMTP password in the system keyring ({exc}).").format(exc=exc)) from exc


@dataclass(frozen=True)
class Outgoing:
    """What one e-mail says (built from one notice, or from a recipient's digest)."""

    to_email: str
    to_name: str
    subject: str
    body: str
    attachments: tuple[tuple[str, bytes], ...] = ()
    message_id: str = ""


def new_message_id() -> str:
    return make_msgid(domain="planner.opava.example")


# Python's header folder drops the space between two RFC 2047 encoded words ("koncert –Janáček",
# CPython gh-100884 family); unfolded headers up to RFC 5322's 998-octet limit avoid it.
_POLICY = email.policy.SMTP.clone(max_line_length=998)


def compose(out: Outgoing, settings: SmtpSettings) -> EmailMessage:
    """Return the MIME message: UTF-8 text, the .ics attachments as text/calendar."""
    msg = EmailMessage(policy=_POLICY)
    msg["From"] = formataddr((settings.sender_name, settings.sender))
    # No line break may reach a header (header injection) nor a control character the body.
    msg["To"] = formataddr((one_line(out.to_name), one_line(out.to_email))) if out.to_name else one_line(out.to_email)
    msg["Subject"] = one_line(out.subject)
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = out.message_id or new_message_id()
    msg["Content-Language"] = "cs"
    msg.set_content(safe_text(out.body), charset="utf-8", cte="quoted-printable")
    for name, data in out.attachments:
        method = _method(data)
        if method != "PUBLISH" and len(out.attachments) == 1:
            # An iMIP meeting message (RFC 6047): the calendar as an alternative body part is what
            # Outlook and Exchange process as a meeting update or cancellation.
            msg.add_alternative(data, maintype="text", subtype="calendar", params={"method": method})
        else:
            msg.add_attachment(data, maintype="text", subtype="calendar", filename=name,
                               params={"method": method})
    return msg


def _method(data: bytes) -> str:
    for method in ("REQUEST", "CANCEL"):
        if f"\r\nMETHOD:{method}\r\n".encode() in data:
            return method
    return "PUBLISH"


class Mailer(Protocol):
    def send(self, msg: EmailMessage) -> str: ...


class SmtpMailer:
    """One SMTP connection for a batch of messages (use as a context manager)."""

    def __init__(self, settings: SmtpSettings, password: str | None = None) -> None:
        settings.check()
        self.settings = settings
        self.password = password
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> SmtpMailer:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def _connect(self) -> smtplib.SMTP:
        st = self.settings
        try:
            smtp: smtplib.SMTP
            if st.security == "ssl":
                smtp = smtplib.SMTP_SSL(st.host, st.port, timeout=TIMEOUT_S, context=ssl.create_default_context())
            else:
                smtp = smtplib.SMTP(st.host, st.port, timeout=TIMEOUT_S)
                if st.security == "starttls":
                    smtp.starttls(context=ssl.create_default_context())
            if st.username:
                smtp.login(st.username, self.password or "")
            return smtp
        except smtplib.SMTPAuthenticationError as exc:
            raise MailError(_(
                "The server {host} refused the login ({answer})."
            ).format(host=st.host, answer=_answer(exc)),
                            answer=_answer(exc)) from exc
        except (smtplib.SMTPException, OSError, socket.timeout) as exc:
            raise MailError(_(
                "Cannot connect to the server {host}:{port} ({answer})."
            ).format(host=st.host, port=st.port, answer=_answer(exc)),
                            answer=_answer(exc)) from exc

    def send(self, msg: EmailMessage) -> str:
        """Send one message; return the server's answer or raise MailError with it."""
        if self._smtp is None:
            self._smtp = self._connect()
        try:
            refused = self._smtp.send_message(msg)
        except (smtplib.SMTPException, OSError) as exc:
            self.close()
            raise MailError(_("The server did not take the message: {answer}").format(answer=_answer(exc)), answer=_answer(exc)) from exc
        if refused:
            raise MailError(_("The server refused the recipient: {refused}").format(refused=refused),
                            answer=str(refused))
        return "250 OK"

    def close(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (smtplib.SMTPException, OSError):
                self._smtp.close()
            self._smtp = None


def _answer(exc: BaseException) -> str:
    """Return what the server (or the network) said, as one line."""
    code: Any = getattr(exc, "smtp_code", None)
    text: Any = getattr(exc, "smtp_error", None)
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return "; ".join(f"{rcpt}: {c} {m.decode('utf-8', 'replace')}" for rcpt, (c, m) in exc.recipients.items())
    if code is not None and text is not None:
        body = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
        return f"{code} {body}"
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


__all__ = ["KEYRING_SERVICE", "MailError", "Mailer", "Outgoing", "PasswordStore", "SmtpMailer", "SmtpSettings",
           "compose", "get_password", "new_message_id", "set_password"]
