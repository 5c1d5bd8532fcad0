"""Telling people, in the GUI: Publish programme…, the Releases, Outbox and Subscribers pages,
the Hláska export, the web programme and the sending settings.

``install(window, ctx)`` adds the actions and pages (main_window.FEATURES lists this module).
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from planner import settings
from planner.errors import PlannerError
from planner.i18n import _, pgettext
from planner.services import hlaska
from planner.services.timeutil import format_date
from planner.ui import messages
from planner.ui.context import AppContext
from planner.ui.releases.dialogs import HlaskaDialog, MailSettingsDialog
from planner.ui.releases.pages import OutboxPage, ReleasesPage, SubscribersPage
from planner.ui.releases.release_dialog import ReleaseDialog

log = logging.getLogger(__name__)


class ReleasesFeature(QObject):
    """Owns the actions of releases, notices, Hláska and the web programme in one main window."""

    def __init__(self, window: Any, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.act_release = QAction(_("Publish programme…"), self)
        self.act_release.setObjectName("action_release")
        self.act_release.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.act_release.triggered.connect(self.release)
        self.act_hlaska = QAction(_("Culture calendar for Hláska…"), self)
        self.act_hlaska.setObjectName("action_export_hlaska")
        self.act_hlaska.triggered.connect(self.export_hlaska)
        self.act_web = QAction(_("Publish web programme…"), self)
        self.act_web.setObjectName("action_publish_web")
        self.act_web.triggered.connect(self.publish_web)
        self.act_mail = QAction(_("Sending e-mail…"), self)
        self.act_mail.setObjectName("action_mail_settings")
        self.act_mail.triggered.connect(lambda: MailSettingsDialog.ask(ctx.settings, window))

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10000)

    def release(self) -> None:
        result = ReleaseDialog.ask(self.ctx, self.window)
        if result is None or result.release is None:
            return
        self._status(_("Release no. %1 stored (%2 changes, %3 notices in the outbox).")
                     .replace("%1", str(result.release.number)).replace("%2", str(len(result.changes)))
                     .replace("%3", str(result.notices)))

    def export_hlaska(self) -> None:
        request = HlaskaDialog.ask(self.ctx.settings, self.window)
        if request is None:
            return
        from planner.formats import hlaska as hlaska_export  # python-docx loads on first use, not at start
        try:
            path, cal = hlaska_export.export_month(self.ctx.sm, request.year, request.month, request.path,
                                                   request.fmt, mark_changes=request.mark_changes)
        except PlannerError as exc:
            messages.show_error(self.window, exc.message)
            return
        lines = len(cal.all_lines())
        if not lines:
            messages.show_info(self.window, _(
                "Nothing is released in that month yet: the calendar is empty. Publish the programme first."
            ))
        self._status(_("Culture calendar written to %1 (lines: %2).").replace("%1", str(path))
                     .replace("%2", str(lines)))

    def publish_web(self) -> None:
        folder = self.ctx.settings.get(settings.WEB_DIR)
        chosen = messages.ask_directory(self.window, _("Folder of the web programme"), folder)
        if not chosen:
            return
        from planner.formats.web import publish_web  # Jinja2 loads on first use, not at start

        try:
            result = publish_web(self.ctx.sm, chosen)
        except PlannerError as exc:
            messages.show_error(self.window, exc.message)
            return
        self.ctx.settings.set(settings.WEB_DIR, chosen)
        self._status(_("Web programme written to %1 (pages: %2).").replace("%1", str(result.folder))
                     .replace("%2", str(result.pages)))

    def remind_hlaska(self, today: dt.date | None = None) -> str:
        """Say in the status bar when a month's Hláska calendar is due soon; return the text."""
        due = hlaska.due_month(today or dt.date.today(), int(self.ctx.settings.get(settings.HLASKA_DEADLINE_DAY)))
        if due is None:
            return ""
        year, month, deadline = due
        text = _("Hláska: the culture calendar for %1 is due on %2.").replace(
            "%1", hlaska.month_title(year, month)).replace("%2", format_date(deadline))
        self._status(text)
        return text


def install(window: Any, ctx: AppContext) -> ReleasesFeature:
    """Add the actions to the File menu and the Releases, Outbox and Subscribers pages."""
    feature = ReleasesFeature(window, ctx)
    actions = window.menu_file.actions()
    after_export = actions.index(window.menu_export.menuAction()) + 1
    before = actions[after_export] if after_export < len(actions) else None
    window.menu_file.insertAction(before, feature.act_release)
    window.menu_file.insertAction(before, feature.act_web)
    window.menu_file.insertAction(before, feature.act_mail)
    window.menu_export.addAction(feature.act_hlaska)
    releases_page = ReleasesPage(ctx)
    releases_page.setObjectName("releases_page")
    releases_page.release_requested.connect(feature.release)
    window.add_page("releases", pgettext("releases", "Releases"), releases_page)
    outbox = OutboxPage(ctx)
    outbox.setObjectName("outbox_page")
    window.add_page("outbox", _("Outbox"), outbox)
    subscribers = SubscribersPage(ctx)
    subscribers.setObjectName("subscribers_page")
    window.add_page("subscribers", _("Subscribers"), subscribers)
    feature.remind_hlaska()
    return feature
