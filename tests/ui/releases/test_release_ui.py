"""The Publish programme dialog, the Releases, Outbox and Subscribers pages, and the sending settings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner import settings
from planner.app import set_language
from planner.models.enums import NoticeState, RecordKind
from planner.services import notices, releases
from planner.services.events import list_events, move_event
from planner.services.releases import ChangeKind, ReleaseScope
from planner.services.series import find_series
from planner.services.timeutil import prague
from planner.ui.releases.dialogs import HlaskaDialog, MailSettingsDialog
from planner.ui.releases.pages import OutboxPage, ReleasesPage, SubscribersPage
from planner.ui.releases.release_dialog import ReleaseDialog
from tests.smtp_server import Server

CONCERT = "Zahajovací koncert – Janáček a Martinů"


@pytest.fixture(autouse=True)
def czech(qapp: QApplication) -> Iterator[None]:
    set_language(qapp, "cs")
    yield


def _moved(ctx) -> int:
    series = find_series(ctx.sm, "Bezručova Opava")
    assert series is not None
    releases.release(ctx.sm, ReleaseScope(series_id=series.id))
    concert = next(r for r in list_events(ctx.sm) if r.title == CONCERT)
    move_event(ctx.sm, concert.id, prague(2026, 9, 13, 18, 0))
    return series.id


def test_release_dialog_shows_the_move_and_releases_with_notices(qtbot, demo_ctx, qtmodeltester) -> None:
    series_id = _moved(demo_ctx)
    dialog = ReleaseDialog(demo_ctx, series_id=series_id)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1
    assert dialog.model.data(dialog.model.index(0, 0)) == "Přesunuto"
    assert "→ ne 13. 9. 2026 18:00" in dialog.model.data(dialog.model.index(0, 1))
    assert "zveřejnění č. 2" in dialog.summary.text()
    dialog.comment.setText("Zahájení se přesouvá na neděli")
    qtbot.mouseClick(dialog.release_button, Qt.MouseButton.LeftButton)
    assert dialog.result_ is not None and dialog.result_.release is not None
    assert dialog.result_.release.number == 2 and dialog.result_.notices == 2
    assert releases.list_releases(demo_ctx.sm)[0].comment == "Zahájení se přesouvá na neděli"
    # Nothing left to release: the button is disabled and the dialog says so.
    again = ReleaseDialog(demo_ctx, series_id=series_id)
    qtbot.addWidget(again)
    assert not again.release_button.isEnabled() and "nic nezměnilo" in again.summary.text()


def test_a_period_scope_in_the_dialog(qtbot, demo_ctx) -> None:
    dialog = ReleaseDialog(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.use_period.setChecked(True)
    dialog.first.setDate(dt.date(2026, 12, 1))
    dialog.last.setDate(dt.date(2026, 12, 31))
    changes = dialog.model.changes()
    assert {c.kind for c in changes} == {ChangeKind.NEW}
    assert "Adventní koncert – barokní kantáty" in {c.title for c in changes}


def test_outbox_sends_to_the_server_and_shows_failures(qtbot, demo_ctx, shown_messages, smtp_server: Server,
                                                        qtmodeltester) -> None:
    series_id = _moved(demo_ctx)
    releases.release(demo_ctx.sm, ReleaseScope(series_id=series_id), plan_notices=notices.plan_notices)
    page = OutboxPage(demo_ctx)
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 2
    assert "2" in page.summary.text()
    page.table.selectRow(0)
    assert "Dobrý den," in page.body.toPlainText()
    store = demo_ctx.settings
    store.set(settings.SMTP_HOST, smtp_server.host)
    store.set(settings.SMTP_PORT, smtp_server.port)
    store.set(settings.SMTP_SECURITY, "none")
    store.set(settings.MAIL_SENDER, "kultura@opava.example")
    smtp_server.handler.mode = "refuse"
    page.send(digests=False)
    assert shown_messages[-1][0] == "error" and "554" in shown_messages[-1][1]
    assert {n.state for n in notices.list_notices(demo_ctx.sm)} == {NoticeState.FAILED}
    assert "554 5.7.1" in page.model.data(page.model.index(0, 4))
    smtp_server.handler.mode = "ok"
    report = page.send(digests=False)
    assert report is not None and report.sent == 2
    assert shown_messages[-1] == ("info", "Odesláno: 2, neodesláno: 0.")
    assert page.model.data(page.model.index(0, 0)) == "odesláno"
    assert len(smtp_server.handler.messages) == 2


def test_releases_and_subscribers_pages(qtbot, demo_ctx, qtmodeltester) -> None:
    page = ReleasesPage(demo_ctx)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0 and "Zatím nebylo nic zveřejněno" in page.changelog.toPlainText()
    _moved(demo_ctx)
    releases.release(demo_ctx.sm, ReleaseScope(), comment="Celý program")
    demo_ctx.bus.emit_change("release")
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 2
    assert "Přesunuto: Zahajovací koncert" in page.changelog.toPlainText()
    subs = SubscribersPage(demo_ctx)
    qtbot.addWidget(subs)
    series = find_series(demo_ctx.sm, "Bezručova Opava")
    assert series is not None
    notices.create_subscriber(demo_ctx.sm, notices.SubscriberDraft(series.id, "tic@opava.example", "TIC", True))
    demo_ctx.bus.emit_change("subscriber")
    qtmodeltester.check(subs.model)
    assert subs.model.data(subs.model.index(0, 2)) == "tic@opava.example"
    assert subs.model.data(subs.model.index(0, 3)) == "ano"


def test_mail_settings_store_the_password_in_the_keyring(qtbot, ctx, memory_keyring) -> None:
    dialog = MailSettingsDialog(ctx.settings)
    qtbot.addWidget(dialog)
    dialog.host.setText("smtp.opava.example")
    dialog.username.setText("kultura")
    dialog.password.setText("tajné")
    dialog.sender_edit.setText("kultura@opava.example")
    dialog._accept()
    assert ctx.settings.get(settings.SMTP_HOST) == "smtp.opava.example"
    assert memory_keyring.store == {("planner-smtp", "kultura"): "tajné"}
    assert "tajné" not in open(ctx.settings._qs.fileName(), encoding="utf-8").read()
    bad = MailSettingsDialog(ctx.settings)
    qtbot.addWidget(bad)
    bad.sender_edit.setText("kultura")
    bad._accept()
    assert "Adresa odesílatele" in bad.error.text()


def test_hlaska_dialog_shows_the_deadline(qtbot, ctx) -> None:
    dialog = HlaskaDialog(ctx.settings, today=dt.date(2026, 12, 1))
    qtbot.addWidget(dialog)
    assert tuple(dialog.month.currentData()) == (2027, 1)
    assert dialog.deadline.text() == "10. 12. 2026 (za 9 dní)"


def test_main_window_has_the_pages_and_actions(make_window, demo_db) -> None:
    window = make_window(demo_db)
    assert window.page("releases") is not None and window.page("outbox") is not None
    names = {a.objectName() for a in window.menu_file.actions()}
    assert {"action_release", "action_publish_web", "action_mail_settings"} <= names
    assert "action_export_hlaska" in {a.objectName() for a in window.menu_export.actions()}


def test_a_release_is_one_undo_step_with_its_notices(qtbot, demo_ctx) -> None:
    """Releasing from the dialog is an operation: Ctrl+Z takes the release and its notices back, redo restores."""
    series_id = _moved(demo_ctx)
    before = len(releases.list_releases(demo_ctx.sm))
    dialog = ReleaseDialog(demo_ctx, series_id=series_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(demo_ctx.bus.changed) as blocker:
        qtbot.mouseClick(dialog.release_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].touches(RecordKind.RELEASE, RecordKind.NOTICE)
    assert len(releases.list_releases(demo_ctx.sm)) == before + 1 and len(notices.list_notices(demo_ctx.sm)) == 2
    stack = demo_ctx.undo.active()
    assert stack.undoText().startswith("Zveřejnění programu")
    demo_ctx.undo.undo()
    assert len(releases.list_releases(demo_ctx.sm)) == before and notices.list_notices(demo_ctx.sm) == []
    demo_ctx.undo.redo()
    assert len(releases.list_releases(demo_ctx.sm)) == before + 1 and len(notices.list_notices(demo_ctx.sm)) == 2


def test_removing_a_subscriber_goes_through_the_runner(qtbot, demo_ctx, monkeypatch) -> None:
    from planner.ui import messages

    series = find_series(demo_ctx.sm, "Bezručova Opava")
    assert series is not None
    notices.create_subscriber(demo_ctx.sm, notices.SubscriberDraft(series.id, "věra@opava.example", "Věra"))
    page = SubscribersPage(demo_ctx)
    qtbot.addWidget(page)
    page.table.setCurrentIndex(page.model.index(0, 0))
    monkeypatch.setattr(messages, "ask_yes_no", lambda *a, **k: True)
    page.remove()
    assert notices.list_subscribers(demo_ctx.sm) == [] and page.model.rowCount() == 0
    demo_ctx.undo.undo()
    assert [s.email for s in notices.list_subscribers(demo_ctx.sm)] == ["věra@opava.example"]
    assert page.model.rowCount() == 1
