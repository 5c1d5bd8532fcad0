"""Every setting key with its type and default, declared once (no Qt here).

The GUI stores values in QSettings (INI format); the CLI reads the same keys
through :mod:`planner.ui.settings_store` only when it needs them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Option:
    """One setting: key, Python type and default."""

    key: str
    type: type
    default: Any
    doc: str = ""


OPTIONS: dict[str, Option] = {}


def _opt(key: str, type_: type, default: Any, doc: str = "") -> Option:
    option = Option(key, type_, default, doc)
    OPTIONS[key] = option
    return option


LANGUAGE = _opt("ui/language", str, "cs", "UI language: cs or en")
MAIN_GEOMETRY = _opt("ui/main_window/geometry", bytes, b"", "main window geometry")
MAIN_STATE = _opt("ui/main_window/state", bytes, b"", "main window dock/toolbar state")
LAST_PAGE = _opt("ui/main_window/page", str, "calendar", "last sidebar page")
SIDE_PANELS_HIDDEN = _opt("ui/main_window/hidden_side_panels", str, "",
                          "pages whose side panel the user hid (comma list of page keys)")
CALENDAR_VIEW = _opt("calendar/view", str, "month", "month, week, day, agenda or timeline")
CALENDAR_DATE = _opt("calendar/date", str, "", "ISO date shown last")
CALENDAR_COLOUR_BY = _opt("calendar/colour_by", str, "series", "series or category")
CALENDAR_HOUR_HEIGHT = _opt("calendar/hour_height", int, 48, "week view zoom, px per hour")
LAST_FOLDER_IMPORT = _opt("files/last_folder/import", str, "", "folder of the last file opened for import")
LAST_FOLDER_EXPORT = _opt("files/last_folder/export", str, "", "folder of the last export (Excel, iCalendar)")
LAST_FOLDER_PDF = _opt("files/last_folder/pdf", str, "", "folder of the last print to PDF")
CALENDAR_TIMELINE_NAMES = _opt("calendar/timeline_names_width", int, 0,
                              "venue column width of the timeline, px (0: automatic)")
CALENDAR_AGENDA_COLUMNS = _opt("calendar/agenda_columns", str, "",
                               "agenda column widths: shares of time, event, venue, series, status (empty: default)")
EVENT_DIALOG_GEOMETRY = _opt("ui/event_dialog/geometry", bytes, b"", "event editor geometry")
DEMO_OFFERED = _opt("ui/demo_offered", bool, False, "first-start demo offer was shown")
PUBLISH_DIR = _opt("publish/dir", str, "", "folder for subscription feeds")
PUBLISH_AUTO = _opt("publish/auto", bool, False, "publish feeds after each change")
VENUE_COLUMNS = _opt("lists/venues/hidden_columns", str, "", "hidden venue columns")
HISTORY_ACTOR = _opt("history/actor_name", str, "", "name recorded in the change history (empty: the OS user)")
HISTORY_LAST_SEEN = _opt("history/last_seen", str, "", "ISO UTC time the Změny page was last looked at")
VENDOR_COLUMNS = _opt("lists/vendors/hidden_columns", str, "", "hidden vendor columns")
SMTP_HOST = _opt("mail/smtp_host", str, "", "SMTP server for change notices")
SMTP_PORT = _opt("mail/smtp_port", int, 587, "SMTP port (587 STARTTLS, 465 SSL)")
SMTP_SECURITY = _opt("mail/smtp_security", str, "starttls", "starttls, ssl or none")
SMTP_USERNAME = _opt("mail/smtp_username", str, "", "SMTP login; the password is in the OS keyring")
MAIL_SENDER = _opt("mail/sender", str, "", "sender (and meeting organiser) address of notices")
MAIL_SENDER_NAME = _opt("mail/sender_name", str, "Statutární město Opava – kultura", "sender's display name")
NOTICE_DIGEST = _opt("mail/digest", bool, False, "send notices as one daily digest per person")
NOTICE_MEETING_STAFF = _opt("mail/meeting_staff", str, "",
                            "staff e-mails (comma separated) who get meeting updates instead of plain .ics")
HLASKA_DEADLINE_DAY = _opt("hlaska/deadline_day", int, 10,
                           "the press office wants month M's calendar by this day of month M-1")
HLASKA_LAST_EXPORT = _opt("hlaska/last_export", str, "", "JSON of the last Hláska export, for change marks")
WEB_DIR = _opt("publish/web_dir", str, "", "folder of the static web programme")
