"""Every mutating service function writes history rows, and its undo/redo restore the tables exactly.

The test ENUMERATES the service layer: every public function taking a sessionmaker in
planner.services.* and planner.formats.* is either read-only (by name, below) or has a scenario
here. A new mutating service without a scenario fails ``test_every_service_function_is_classified``.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
from dataclasses import replace
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import planner.formats
import planner.services
from planner.models import BookingStatus, EventStatus, OpKind
from planner.services import demo, event_batch, events, history, markets, series, staff, suppliers, vendors, venues
from planner.services.dto import (
    BookingDraft,
    EventDraft,
    FeeRule,
    PerformerLink,
    SeriesDraft,
    StaffDraft,
    StallDraft,
    SupplyDraft,
    VendorDraft,
    VenueDraft,
)
from planner.services.ical_import import IncomingEvent, import_events, undo_import
from planner.services.timeutil import prague
from tests.services._dump import dump

READ_ONLY_PREFIXES = ("get_", "list_", "find_", "count_", "check_", "validate_", "conflicts_", "children_of",
                      "is_", "preview_", "build_", "export_", "publish_", "services_of_", "suppliers_of_",
                      "new_conflicts_", "stall_booking_conflicts", "market_", "default_market", "personal_data",
                      "venue_bookings", "last_change", "record_history", "operation_rows", "people",
                      "month_calendar", "attachment_of", "editions", "preview", "public_marks", "released_events",
                      "unreleased_count", "search_events")
# Functions that take a sessionmaker but are not service calls of their own.
NOT_SERVICES = {"planner.services.history.as_client",
                # GDPR erasure machinery (rely): rewrites the log, backups and free pages, not recorded rows
                "planner.services.erasure.overwrite_freed_pages", "planner.services.erasure.scrub_backups",
                "planner.services.erasure.scrub_history_labels"}
# Recorded as NOTICE_SEND, but never an undo step: a mail that left cannot be called back, and undoing
# the outbox's bookkeeping would send it twice (tests/services/test_notices.py covers it with a real server).
NEVER_UNDONE = {"planner.services.notices.send"}
# Covered by the undo and redo of every scenario below (and by test_history.py).
ENGINE = {"planner.services.undo.undo_operation", "planner.services.undo.redo_operation",
          "planner.services.history.undo_operation", "planner.services.history.redo_operation"}

# Undo is refused by design: the personal data left the log too (GDPR).
IRREVERSIBLE = {"planner.services.vendors.anonymise_vendor"}

W = dict[str, Any]
Scenario = Callable[[Any, W], Callable[[], object]]  # (sm, world) -> the mutation to run


def _sm_functions() -> dict[str, Callable[..., Any]]:
    out: dict[str, Callable[..., Any]] = {}
    for package in (planner.services, planner.formats):
        for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            if info.name.rsplit(".", 1)[1].startswith("_"):
                continue
            module = importlib.import_module(info.name)
            for name, fn in vars(module).items():
                if name.startswith("_") or not inspect.isfunction(fn) or fn.__module__ != module.__name__:
                    continue
                params = list(inspect.signature(fn).parameters)
                if params[:1] == ["sm"]:
                    out[f"{fn.__module__}.{fn.__name__}"] = fn
    return out


def _start(day: int = 9, hour: int = 19) -> dt.datetime:
    return prague(2026, 12, day, hour)


def _world(sm: Any) -> W:
    w: W = {}
    w["staff"] = staff.create_staff(sm, StaffDraft("Jana Nováková", email="jana@opava.example"))
    w["series"] = series.create_series(sm, SeriesDraft("Abonentní koncerty", owner_id=w["staff"].id))
    w["venue"] = venues.create_venue(sm, VenueDraft("Kostel sv. Václava", capacity=400))
    w["vendor"] = vendors.create_vendor(sm, VendorDraft("Medový vánek", contact_person="Jiří Šťastný",
                                                        phone="723000101", consent_date=dt.date(2026, 1, 5)))
    w["vendor2"] = vendors.create_vendor(sm, VendorDraft("Čech s.r.o."))
    w["event"] = events.create_event(sm, EventDraft(
        "Adventní koncert", _start(), _start(hour=21), series_id=w["series"].id, venue_id=w["venue"].id,
        staff_id=w["staff"].id, performers=(PerformerLink("Žesťové kvinteto", role="hudba", fee=Decimal("9000")),)))
    w["market"] = markets.create_market(sm, EventDraft.all_day_event("Vánoční trhy", dt.date(2026, 11, 27),
                                                                     dt.date(2026, 12, 23)),
                                        fee_rule=FeeRule(per_day=Decimal("300")))
    m = w["market"].event_id
    markets.set_day_hours(sm, m, dt.date(2026, 12, 23), dt.time(10), dt.time(14), "Poslední den")
    w["stall"] = markets.create_stall(sm, m, StallDraft("A01", power_kw=Decimal("3.5"), x_m=12.25))
    w["stall2"] = markets.create_stall(sm, m, StallDraft("A02"))
    w["booking"] = markets.create_booking(sm, BookingDraft(w["stall"].id, w["vendor"].id, dt.date(2026, 11, 27),
                                                           dt.date(2026, 12, 1)))
    w["supply"] = suppliers.add_supply(sm, SupplyDraft(w["event"].id, w["vendor"].id, "Ozvučení", Decimal("1500")))
    w["market2"] = markets.create_market(sm, EventDraft.all_day_event("Velikonoční trhy", dt.date(2027, 3, 20),
                                                                      dt.date(2027, 3, 28)))
    return w


def _incoming() -> list[IncomingEvent]:
    return [IncomingEvent(uid=f"imp{i}@outlook", title=f"Přednáška {i}", start=_start(10 + i, 17),
                          end=_start(10 + i, 19)) for i in range(3)]


def _deleted(sm: Any, w: W) -> Callable[[], object]:
    snap = events.delete_event_with_snapshot(sm, w["event"].id)
    return lambda: events.restore_deleted_events(sm, snap)


def _restore_state(sm: Any, w: W) -> Callable[[], object]:
    old = events.get_event(sm, w["event"].id)
    new = events.update_event(sm, old.id, replace(old.to_draft(), title="Jiný název"))
    return lambda: events.restore_event_state(sm, old, version=new.version)


def _undo_import(sm: Any, w: W) -> Callable[[], object]:
    report = import_events(sm, _incoming())
    return lambda: undo_import(sm, report)


def _vendor_sheet(tmp: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Název", "IČO", "Kontaktní osoba"])
    ws.append(["Pekárna U Mlýna", None, "Božena Dvořáková"])
    ws.append(["Medový vánek", None, "Jiří Šťastný ml."])
    path = tmp / "prodejci.xlsx"
    wb.save(path)
    return path


def _apply_import(sm: Any, w: W) -> Callable[[], object]:
    from planner.formats import xlsx_import

    path = _vendor_sheet(w["tmp"])
    preview = xlsx_import.preview_vendors(sm, xlsx_import.read_sheet(path, "vendors"))
    return lambda: xlsx_import.apply_import(sm, preview)


def _import_file(sm: Any, w: W) -> Callable[[], object]:
    from planner.formats import xlsx_import

    path = _vendor_sheet(w["tmp"])
    return lambda: xlsx_import.import_file(sm, "vendors", path)


def _recompute(sm: Any, w: W) -> Callable[[], object]:
    m = markets.get_market(sm, w["market"].event_id)
    markets.update_market_settings(sm, m.event_id, default_open=m.default_open, default_close=m.default_close,
                                   fee_rule=FeeRule(per_day=Decimal("450")))
    return lambda: markets.recompute_fees(sm, m.event_id)


def _delete_venue(sm: Any, w: W) -> Callable[[], object]:
    empty = venues.create_venue(sm, VenueDraft("Prázdný sál", equipment=("pódium",)))
    return lambda: venues.delete_venue(sm, empty.id)


def _draft_of(w: W) -> EventDraft:
    return events.EventDraft("Koncert", _start(12), _start(12, 21))


def _confirm(sm: Any, w: W) -> None:
    events.set_status(sm, w["event"].id, EventStatus.CONFIRMED)  # only confirmed public events are released


def _released(sm: Any, w: W) -> int:
    from planner.services import notices, releases

    _confirm(sm, w)
    releases.release(sm, releases.ReleaseScope(series_id=w["series"].id), comment="První vydání",
                     plan_notices=notices.plan_notices)
    return notices.list_notices(sm)[0].id


def _subscriber(sm: Any, w: W) -> int:
    from planner.services import notices

    return notices.create_subscriber(sm, notices.SubscriberDraft(w["series"].id, "odber@opava.example", "Věra")).id


def _release(sm: Any, w: W) -> Callable[[], object]:
    from planner.services import notices, releases

    _confirm(sm, w)
    return lambda: releases.release(sm, releases.ReleaseScope(series_id=w["series"].id), comment="Změna",
                                    plan_notices=notices.plan_notices)


def _sub_update(sm: Any, w: W) -> Callable[[], object]:
    from planner.services import notices

    sid = _subscriber(sm, w)
    return lambda: notices.update_subscriber(sm, sid, notices.SubscriberDraft(w["series"].id, "vera@opava.example",
                                                                              "Věra Šťastná", digest=True))


def _sub_delete(sm: Any, w: W) -> Callable[[], object]:
    from planner.services import notices

    sid = _subscriber(sm, w)
    return lambda: notices.delete_subscriber(sm, sid)


def _discard(sm: Any, w: W) -> Callable[[], object]:
    from planner.services import notices

    nid = _released(sm, w)
    return lambda: notices.discard(sm, nid)


def _requeue(sm: Any, w: W) -> Callable[[], object]:
    from planner.services import notices

    nid = _released(sm, w)
    notices.discard(sm, nid)
    return lambda: notices.requeue(sm, nid)


def _sub_create(sm: Any, w: W) -> Callable[[], object]:
    from planner.services import notices

    return lambda: notices.create_subscriber(sm, notices.SubscriberDraft(w["series"].id, "nový@opava.example"))


M = "planner.services.markets."
SCENARIOS: dict[str, Scenario] = {
    "planner.services.events.write.create_event": lambda sm, w: lambda: events.create_event(sm, _draft_of(w)),
    "planner.services.events.write.update_event": lambda sm, w: lambda: events.update_event(
        sm, w["event"].id, replace(w["event"].to_draft(), title="Vánoční koncert", performers=())),
    "planner.services.events.write.move_event": lambda sm, w: lambda: events.move_event(sm, w["event"].id, _start(10)),
    "planner.services.events.write.set_status": lambda sm, w: lambda: events.set_status(
        sm, w["event"].id, EventStatus.CANCELLED),
    "planner.services.events.deletion.delete_event_with_snapshot": lambda sm, w: lambda: events.delete_event_with_snapshot(
        sm, w["market"].event_id),
    "planner.services.events.deletion.restore_deleted_events": _deleted,
    # the calendar's multi-select: several events in one operation
    "planner.services.event_batch.move_events": lambda sm, w: lambda: event_batch.move_events(sm, [
        event_batch.Placement(w["event"].id, _start(10), _start(10, 21)),
        event_batch.Placement(w["market2"].event_id, prague(2027, 3, 21, 0), prague(2027, 3, 30, 0), None)]),
    "planner.services.event_batch.copy_events": lambda sm, w: lambda: event_batch.copy_events(sm, [
        event_batch.Placement(w["event"].id, _start(16), _start(16, 21)),
        event_batch.Placement(w["market"].event_id, prague(2027, 11, 26, 0), prague(2027, 12, 23, 0))]),
    "planner.services.event_batch.delete_events": lambda sm, w: lambda: event_batch.delete_events(
        sm, [w["event"].id, w["market"].event_id]),
    "planner.services.events.write.restore_event_state": _restore_state,
    "planner.services.events.write.import_programme": lambda sm, w: lambda: events.import_programme(
        sm, [(None, None, replace(_draft_of(w), parent_id=w["market"].event_id)),
             (w["event"].id, w["event"].version, replace(w["event"].to_draft(), title="Změněno importem"))]),
    "planner.services.ical_import.import_events": lambda sm, w: lambda: import_events(sm, _incoming()),
    "planner.services.ical_import.undo_import": _undo_import,
    "planner.services.demo.reset": lambda sm, w: lambda: demo.reset(sm),
    "planner.services.demo.load_demo": lambda sm, w: lambda: demo.load_demo(sm),
    M + "create_market": lambda sm, w: lambda: markets.create_market(
        sm, EventDraft.all_day_event("Jarmark", dt.date(2027, 5, 1), dt.date(2027, 5, 2)),
        copy_layout_from=w["market"].event_id),
    M + "update_market_settings": lambda sm, w: lambda: markets.update_market_settings(
        sm, w["market"].event_id, default_open=dt.time(9), default_close=dt.time(21),
        fee_rule=FeeRule(per_day=Decimal("350"), by_kind=(("tent", Decimal("120")),)), map_width_m=Decimal("80")),
    M + "set_day_hours": lambda sm, w: lambda: markets.set_day_hours(
        sm, w["market"].event_id, dt.date(2026, 12, 1), None, None, "Zavřeno"),
    M + "clear_day_hours": lambda sm, w: lambda: markets.clear_day_hours(
        sm, w["market"].event_id, dt.date(2026, 12, 23)),
    M + "create_stall": lambda sm, w: lambda: markets.create_stall(sm, w["market"].event_id, StallDraft("B01")),
    M + "update_stall": lambda sm, w: lambda: markets.update_stall(
        sm, w["stall"].id, StallDraft("A01", zone="Horní náměstí", width_m=Decimal("4.5"))),
    M + "move_stall": lambda sm, w: lambda: markets.move_stall(sm, w["stall"].id, 3.75, 8.5, 90),
    M + "move_stalls": lambda sm, w: lambda: markets.move_stalls(
        sm, [(w["stall"].id, 1.0, 2.0, None), (w["stall2"].id, 5.5, 6.25, 45.0)]),
    M + "delete_stall": lambda sm, w: lambda: markets.delete_stall(sm, w["stall2"].id),
    M + "copy_layout": lambda sm, w: lambda: markets.copy_layout(sm, w["market"].event_id, w["market2"].event_id),
    M + "create_booking": lambda sm, w: lambda: markets.create_booking(
        sm, BookingDraft(w["stall2"].id, w["vendor2"].id, dt.date(2026, 12, 5), dt.date(2026, 12, 6))),
    M + "update_booking": lambda sm, w: lambda: markets.update_booking(
        sm, w["booking"].id, BookingDraft(w["stall"].id, w["vendor"].id, dt.date(2026, 11, 28),
                                          dt.date(2026, 12, 2), notes="Přesunuto")),
    M + "set_booking_status": lambda sm, w: lambda: markets.set_booking_status(
        sm, w["booking"].id, BookingStatus.APPROVED),
    M + "mark_paid": lambda sm, w: lambda: markets.mark_paid(sm, w["booking"].id, dt.date(2026, 11, 20)),
    M + "set_bookings_status": lambda sm, w: lambda: markets.set_bookings_status(
        sm, [w["booking"].id], BookingStatus.REJECTED),
    M + "mark_bookings_paid": lambda sm, w: lambda: markets.mark_bookings_paid(
        sm, [w["booking"].id], dt.date(2026, 11, 21)),
    M + "delete_booking": lambda sm, w: lambda: markets.delete_booking(sm, w["booking"].id),
    M + "delete_bookings": lambda sm, w: lambda: markets.delete_bookings(sm, [w["booking"].id]),
    M + "book_stall": lambda sm, w: lambda: markets.book_stall(sm, w["stall2"].id, w["vendor2"].id),
    M + "recompute_fees": _recompute,
    "planner.services.series.create_series": lambda sm, w: lambda: series.create_series(sm, SeriesDraft("Další břehy")),
    "planner.services.series.update_series": lambda sm, w: lambda: series.update_series(
        sm, w["series"].id, SeriesDraft("Abonentní koncerty 2027", description="Sezóna")),
    "planner.services.series.delete_series": lambda sm, w: lambda: series.delete_series(sm, w["series"].id),
    "planner.services.staff.create_staff": lambda sm, w: lambda: staff.create_staff(sm, StaffDraft("Petr Svoboda")),
    "planner.services.staff.update_staff": lambda sm, w: lambda: staff.update_staff(
        sm, w["staff"].id, StaffDraft("Jana Nováková", email="jana.novakova@opava.example")),
    "planner.services.staff.delete_staff": lambda sm, w: lambda: staff.delete_staff(sm, w["staff"].id),
    "planner.services.suppliers.add_supply": lambda sm, w: lambda: suppliers.add_supply(
        sm, SupplyDraft(w["event"].id, w["vendor2"].id, "Pódium")),
    "planner.services.suppliers.update_supply": lambda sm, w: lambda: suppliers.update_supply(
        sm, w["supply"].id, SupplyDraft(w["event"].id, w["vendor"].id, "Ozvučení a světla", Decimal("2500"),
                                        dt.date(2026, 12, 10))),
    "planner.services.suppliers.remove_supply": lambda sm, w: lambda: suppliers.remove_supply(sm, w["supply"].id),
    "planner.services.vendors.create_vendor": lambda sm, w: lambda: vendors.create_vendor(
        sm, VendorDraft("Řezbářství Ondráš", power_kw=Decimal("2.5"))),
    "planner.services.vendors.update_vendor": lambda sm, w: lambda: vendors.update_vendor(
        sm, w["vendor"].id, VendorDraft("Medový vánek", goods="Med, medovina")),
    "planner.services.vendors.set_vendor_archived": lambda sm, w: lambda: vendors.set_vendor_archived(
        sm, w["vendor2"].id),
    "planner.services.vendors.set_vendors_archived": lambda sm, w: lambda: vendors.set_vendors_archived(
        sm, [w["vendor"].id, w["vendor2"].id]),
    "planner.services.vendors.anonymise_vendor": lambda sm, w: lambda: vendors.anonymise_vendor(sm, w["vendor"].id),
    "planner.services.vendors.delete_vendor": lambda sm, w: lambda: vendors.delete_vendor(sm, w["vendor2"].id),
    "planner.services.vendors.import_vendors": lambda sm, w: lambda: vendors.import_vendors(
        sm, [(None, None, VendorDraft("Nový prodejce")),
             (w["vendor2"].id, w["vendor2"].version, VendorDraft("Čech a syn s.r.o."))]),
    "planner.services.venues.create_venue": lambda sm, w: lambda: venues.create_venue(sm, VenueDraft("Kino Mír")),
    "planner.services.venues.update_venue": lambda sm, w: lambda: venues.update_venue(
        sm, w["venue"].id, VenueDraft("Kostel sv. Václava", capacity=450, equipment=("varhany", "klavír"))),
    "planner.services.venues.set_venue_archived": lambda sm, w: lambda: venues.set_venue_archived(sm, w["venue"].id),
    "planner.services.venues.set_venues_archived": lambda sm, w: lambda: venues.set_venues_archived(
        sm, [w["venue"].id]),
    "planner.services.venues.delete_venue": _delete_venue,
    "planner.formats.xlsx_import.write.apply_import": _apply_import,
    "planner.services.releases.release": _release,
    "planner.services.notices.create_subscriber": _sub_create,
    "planner.services.notices.update_subscriber": _sub_update,
    "planner.services.notices.delete_subscriber": _sub_delete,
    "planner.services.notices.discard": _discard,
    "planner.services.notices.requeue": _requeue,
    "planner.formats.xlsx_import.write.import_file": _import_file,
}


def _read_only(qualname: str) -> bool:
    name = qualname.rsplit(".", 1)[1]
    return name.startswith(READ_ONLY_PREFIXES) or qualname in NOT_SERVICES


def test_every_service_function_is_classified():
    found = _sm_functions()
    unknown = sorted(q for q in found if not _read_only(q) and q not in SCENARIOS and q not in ENGINE
                     and q not in NEVER_UNDONE)
    assert unknown == [], f"mutating service functions without a history scenario: {unknown}"
    stale = sorted(q for q in SCENARIOS if q not in found)
    assert stale == [], f"scenarios for functions that no longer exist: {stale}"


@pytest.mark.parametrize("qualname", sorted(SCENARIOS))
def test_mutation_is_recorded_and_undo_redo_restore_the_tables(qualname, sqlite_db, tmp_path):
    sm = sqlite_db.sm
    w = _world(sm)
    w["tmp"] = tmp_path
    mutate = SCENARIOS[qualname](sm, w)
    before = dump(sm)
    with history.recording() as ops:
        mutate()
    after = dump(sm)
    assert ops, f"{qualname} recorded no operation"
    assert after != before, f"{qualname}: the scenario changed nothing"
    for op in ops:
        assert op.kind is not OpKind.UNNAMED and op.label
        assert history.operation_rows(sm, op.op_id), f"{qualname}: no history rows"
    if qualname in IRREVERSIBLE:
        with pytest.raises(history.UndoRefused):
            history.undo_operation(sm, ops[-1].op_id)
        assert dump(sm) == after
        return
    for op in reversed(ops):
        history.undo_operation(sm, op.op_id)
    assert dump(sm) == before, f"{qualname}: undo did not restore the tables"
    for op in ops:
        history.redo_operation(sm, op.op_id)
    assert dump(sm) == after, f"{qualname}: redo did not re-apply the change"
