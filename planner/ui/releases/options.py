"""Notice and SMTP options read from the application's settings (shared by the dialogs and pages)."""

from __future__ import annotations

from typing import Any

from planner import settings
from planner.formats.mail import SmtpSettings
from planner.services import notices
from planner.ui.settings_store import SettingsStore


def notice_options(store: SettingsStore) -> notices.NoticeOptions:
    """Return how notices are made: meeting updates for whom, the organiser, digests."""
    meeting = {e.strip().lower() for e in str(store.get(settings.NOTICE_MEETING_STAFF)).split(",") if e.strip()}
    return notices.NoticeOptions(frozenset(meeting), str(store.get(settings.MAIL_SENDER)),
                                 bool(store.get(settings.NOTICE_DIGEST)))


def notice_planner(store: SettingsStore) -> Any:
    """Return the plan_notices hook for releases.release, with the stored options."""
    return notices.planner_with(notice_options(store))


def smtp_settings(store: SettingsStore) -> SmtpSettings:
    """Return the SMTP server settings (the password is in the keyring, not here)."""
    return SmtpSettings(host=str(store.get(settings.SMTP_HOST)), port=int(store.get(settings.SMTP_PORT)),
                        security=str(store.get(settings.SMTP_SECURITY)),
                        username=str(store.get(settings.SMTP_USERNAME)), sender=str(store.get(settings.MAIL_SENDER)),
                        sender_name=str(store.get(settings.MAIL_SENDER_NAME)))
