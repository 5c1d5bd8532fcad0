"""Market services: the stall booking rule, fees, hours, layout copy and totals."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from planner import errors, i18n
from planner.errors import ConflictError, ValidationError
from planner.models.enums import BookingStatus, StallKind
from planner.services import markets as ms
from planner.services.dto import BookingDraft, EventDraft, FeeRule, StallDraft, StallRow, VendorDraft
from planner.services.vendors import create_vendor

FIRST, LAST = dt.date(2026, 11, 27), dt.date(2026, 12, 23)
APPROVED, APPLIED = BookingStatus.APPROVED, BookingStatus.APPLIED


def _market(sm, title="Vánoční trhy 2026", first=FIRST, last=LAST, rule=None):
    return ms.create_market(sm, EventDraft.all_day_event(title, first, last), fee_rule=rule)


def _vendor(sm, name, power=None):
    return create_vendor(sm, VendorDraft(name=name, power_kw=power))


def _stall(code="A01", **kw):
    fields = dict(id=1, market_id=1, code=code, kind=StallKind.HUT, zone="", width_m=Decimal("3"),
                  depth_m=Decimal("2"), has_power=False, power_kw=None, has_water=False, x_m=0.0,
                  y_m=0.0, rotation=0.0, notes="", version=1)
    fields.update(kw)
    return StallRow(**fields)


@pytest.fixture
def setup(sm):
    m = _market(sm, rule=FeeRule(per_day=Decimal("300"), power_per_day=Decimal("50")))
    stall = ms.create_stall(sm, m.event_id, StallDraft("a01", has_power=True, power_kw=Decimal("4")))
    return m, stall, _vendor(sm, "Čech s.r.o."), _vendor(sm, "Chrudimská pekárna")


def test_create_market_is_all_day_event_with_default_hours(sm) -> None:
    m = _market(sm)
    assert (m.first_day, m.last_day) == (FIRST, LAST)
    assert ms.opening_hours(m, FIRST) == (dt.time(10), dt.time(20))
    assert ms.opening_hours(m, LAST + dt.timedelta(days=1)) is None
    assert [r.event_id for r in ms.list_markets(sm)] == [m.event_id]
    assert ms.market_for_day(sm, dt.date(2026, 12, 1)) == m
    assert ms.market_for_day(sm, dt.date(2026, 12, 24)) is None


def test_overlapping_approved_booking_refused(sm, setup) -> None:
    _m, stall, a, b = setup
    ms.create_booking(sm, BookingDraft(stall.id, a.id, FIRST, dt.date(2026, 12, 6), APPROVED))
    with pytest.raises(ConflictError) as exc:
        ms.create_booking(sm, BookingDraft(stall.id, b.id, dt.date(2026, 12, 6), LAST, APPROVED))
    assert "A01" in exc.value.message and "Čech s.r.o." in exc.value.message
    assert len(ms.list_bookings(sm, stall.market_id)) == 1


def test_applications_may_overlap_but_approving_one_via_status_is_refused(sm, setup) -> None:
    _m, stall, a, b = setup
    first = ms.create_booking(sm, BookingDraft(stall.id, a.id, FIRST, LAST, APPLIED))
    second = ms.create_booking(sm, BookingDraft(stall.id, b.id, FIRST, LAST, APPLIED))
    ms.set_booking_status(sm, first.id, APPROVED)
    with pytest.raises(ConflictError):
        ms.set_booking_status(sm, second.id, APPROVED)
    assert ms.get_booking(sm, second.id).status is APPLIED
    # Rejecting the first frees the stall for the second.
    ms.set_booking_status(sm, first.id, BookingStatus.REJECTED)
    assert ms.set_booking_status(sm, second.id, APPROVED).status is APPROVED


def test_touching_days_are_not_an_overlap(sm, setup) -> None:
    _m, stall, a, b = setup
    ms.create_booking(sm, BookingDraft(stall.id, a.id, FIRST, dt.date(2026, 12, 6), APPROVED))
    later = ms.create_booking(sm, BookingDraft(stall.id, b.id, dt.date(2026, 12, 7), LAST, APPROVED))
    assert later.status is APPROVED
    assert [r.vendor_name for r in ms.list_bookings(sm, stall.market_id)] == ["Čech s.r.o.", "Chrudimská pekárna"]


def test_booking_outside_market_days_refused(sm, setup) -> None:
    _m, stall, a, _b = setup
    with pytest.raises(ValidationError) as exc:
        ms.create_booking(sm, BookingDraft(stall.id, a.id, FIRST, dt.date(2026, 12, 24)))
    assert "27. 11. 2026" in exc.value.message and "23. 12. 2026" in exc.value.message


def test_fee_computed_from_rule_in_exact_decimals() -> None:
    rule = FeeRule(
        per_day=Decimal("300"), per_m2_day=Decimal("0.35"), power_per_day=Decimal("49.99"),
        by_kind=((StallKind.FOOD_TRUCK, Decimal("1200.50")),),
    )
    hut = _stall(width_m=Decimal("2.5"), depth_m=Decimal("2"))
    # 27 days x (300 + 0.35 x 5 m2 + 49.99) = 27 x 351.74 = 9496.98
    fee = ms.compute_fee(rule, hut, FIRST, LAST, True)
    assert fee == Decimal("9496.98") and isinstance(fee, Decimal)
    truck = _stall(kind=StallKind.FOOD_TRUCK, width_m=Decimal("6"), depth_m=Decimal("2.5"))
    # 3 days x (1200.50 + 0.35 x 15) = 3 x 1205.75
    assert ms.compute_fee(rule, truck, FIRST, FIRST + dt.timedelta(days=2), False) == Decimal("3617.25")
    # half a haléř rounds up, as a cashier would
    odd = FeeRule(per_m2_day=Decimal("0.005"))
    assert ms.compute_fee(odd, _stall(width_m=Decimal("1"), depth_m=Decimal("1")), FIRST, FIRST, False) == Decimal("0.01")


def test_booking_fee_defaults_to_rule_and_explicit_fee_wins(sm, setup) -> None:
    _m, stall, a, b = setup
    ruled = ms.create_booking(sm, BookingDraft(stall.id, a.id, FIRST, dt.date(2026, 11, 29), needs_power=True))
    assert ruled.fee == Decimal("1050.00")  # 3 x (300 + 50)
    agreed = ms.create_booking(sm, BookingDraft(stall.id, b.id, FIRST, LAST, fee=Decimal("1500.5")))
    assert agreed.fee == Decimal("1500.50")


def test_recompute_fees_touches_only_unpaid(sm, setup) -> None:
    m, stall, a, b = setup
    unpaid = ms.create_booking(sm, BookingDraft(stall.id, a.id, FIRST, FIRST, APPROVED))
    paid = ms.create_booking(sm, BookingDraft(stall.id, b.id, LAST, LAST, APPROVED, paid_on=FIRST))
    ms.update_market_settings(sm, m.event_id, default_open=dt.time(10), default_close=dt.time(20),
                              fee_rule=FeeRule(per_day=Decimal("400")))
    assert ms.recompute_fees(sm, m.event_id) == 1
    assert ms.get_booking(sm, unpaid.id).fee == Decimal("400.00")
    assert ms.get_booking(sm, paid.id).fee == Decimal("300.00")


def test_fee_rule_and_map_size_saved(sm) -> None:
    m = _market(sm)
    rule = FeeRule(Decimal("250"), Decimal("1.5"), Decimal("40"), ((StallKind.TENT, Decimal("180")),))
    saved = ms.update_market_settings(
        sm, m.event_id, default_open=dt.time(9), default_close=dt.time(19), fee_rule=rule,
        map_width_m=Decimal("80"), map_depth_m=Decimal("45"), version=m.version,
    )
    assert saved.fee_rule.per_day == Decimal("250.00")
    assert saved.fee_rule.by_kind == ((StallKind.TENT, Decimal("180.00")),)
    assert (saved.map_width_m, saved.map_depth_m) == (Decimal("80"), Decimal("45"))
    with pytest.raises(ValidationError) as exc:
        ms.update_market_settings(sm, m.event_id, default_open=dt.time(9), default_close=dt.time(19),
                                  fee_rule=FeeRule(by_kind=((StallKind.TENT, Decimal("-1")),)))
    assert exc.value.code == "not_negative"
    with pytest.raises(ValidationError):
        ms.update_market_settings(sm, m.event_id, default_open=dt.time(9), default_close=dt.time(19),
                                  fee_rule=rule, map_width_m=Decimal("0"))


def test_day_hours_exceptions(sm) -> None:
    m = _market(sm)
    m = ms.set_day_hours(sm, m.event_id, LAST, dt.time(10), dt.time(16), "Poslední den")
    m = ms.set_day_hours(sm, m.event_id, dt.date(2026, 12, 1), None, None)
    assert ms.opening_hours(m, LAST) == (dt.time(10), dt.time(16))
    assert ms.opening_hours(m, dt.date(2026, 12, 1)) is None
    with pytest.raises(ValidationError):
        ms.set_day_hours(sm, m.event_id, dt.date(2026, 12, 2), dt.time(10), None)
    with pytest.raises(ValidationError):
        ms.set_day_hours(sm, m.event_id, dt.date(2026, 12, 24), dt.time(10), dt.time(12))
    m = ms.clear_day_hours(sm, m.event_id, LAST)
    assert ms.opening_hours(m, LAST) == (dt.time(10), dt.time(20))


def test_copy_layout_creates_stalls_without_bookings(sm, setup) -> None:
    old, stall, a, _b = setup
    ms.create_stall(sm, old.event_id, StallDraft("B02", StallKind.TENT, x_m=12.5, y_m=7, rotation=90))
    ms.create_booking(sm, BookingDraft(stall.id, a.id, FIRST, LAST, APPROVED))
    ms.update_market_settings(sm, old.event_id, default_open=dt.time(10), default_close=dt.time(20),
                              fee_rule=FeeRule(), map_width_m=Decimal("70"), map_depth_m=Decimal("30"))
    new = _market(sm, "Vánoční trhy 2027", dt.date(2027, 11, 26), dt.date(2027, 12, 23))
    copied = ms.copy_layout(sm, old.event_id, new.event_id)
    assert [(c.code, c.kind, c.x_m, c.y_m, c.rotation, c.has_power) for c in copied] == [
        ("A01", StallKind.HUT, 0.0, 0.0, 0.0, True), ("B02", StallKind.TENT, 12.5, 7.0, 90.0, False),
    ]
    assert ms.list_bookings(sm, new.event_id) == []
    assert ms.get_market(sm, new.event_id).map_width_m == Decimal("70")
    # A second copy would duplicate codes: refused as a whole.
    with pytest.raises(ValidationError):
        ms.copy_layout(sm, old.event_id, new.event_id)
    assert len(ms.list_stalls(sm, new.event_id)) == 2
    with pytest.raises(ValidationError):
        ms.copy_layout(sm, new.event_id, new.event_id)


def test_move_stall_and_duplicate_code(sm, setup) -> None:
    m, stall, _a, _b = setup
    moved = ms.move_stall(sm, stall.id, 10.5, 4.25, 45)
    assert (moved.x_m, moved.y_m, moved.rotation) == (10.5, 4.25, 45.0)
    with pytest.raises(ValidationError) as exc:
        ms.create_stall(sm, m.event_id, StallDraft("A01"))
    assert exc.value.code == "duplicate"


def test_stall_with_bookings_is_not_deleted(sm, setup) -> None:
    m, stall, a, _b = setup
    ms.create_booking(sm, BookingDraft(stall.id, a.id, FIRST, LAST, APPLIED))
    with pytest.raises(ValidationError) as exc:
        ms.delete_stall(sm, stall.id)
    assert exc.value.code == "in_use"
    spare = ms.create_stall(sm, m.event_id, StallDraft("Z99"))
    ms.delete_stall(sm, spare.id)
    assert [s.code for s in ms.list_stalls(sm, m.event_id)] == ["A01"]


def test_totals_expected_paid_outstanding(sm, setup) -> None:
    m, stall, a, b = setup
    other = ms.create_stall(sm, m.event_id, StallDraft("A02"))
    one = ms.create_booking(sm, BookingDraft(stall.id, a.id, FIRST, LAST, APPROVED, fee=Decimal("8100.10")))
    ms.create_booking(sm, BookingDraft(other.id, b.id, FIRST, LAST, APPROVED, fee=Decimal("0.20")))
    ms.create_booking(sm, BookingDraft(other.id, a.id, FIRST, LAST, APPLIED, fee=Decimal("999")))
    totals = ms.market_totals(sm, m.event_id)
    assert (totals.expected, totals.paid, totals.outstanding) == (Decimal("8100.30"), Decimal("0"), Decimal("8100.30"))
    assert (totals.approved, totals.applied, totals.unpaid) == (2, 1, 2)
    ms.mark_paid(sm, one.id, dt.date(2026, 11, 20))
    totals = ms.market_totals(sm, m.event_id)
    assert (totals.paid, totals.outstanding, totals.unpaid) == (Decimal("8100.10"), Decimal("0.20"), 1)


def test_book_stall_uses_market_days_and_vendor_power(sm, setup) -> None:
    _m, stall, _a, _b = setup
    grill = _vendor(sm, "Cibulka grill", Decimal("6"))
    booking = ms.book_stall(sm, stall.id, grill.id, status=APPROVED)
    assert (booking.first_day, booking.last_day, booking.needs_power) == (FIRST, LAST, True)
    assert booking.fee == Decimal("9450.00")  # 27 x (300 + 50)


def test_power_warning() -> None:
    assert ms.power_warning(_stall(has_power=False), None, False) is None
    assert ms.power_warning(_stall(has_power=False), Decimal("3"), True) == "Stánek A01 nemá elektrickou přípojku."
    weak = _stall(has_power=True, power_kw=Decimal("3.6"))
    assert ms.power_warning(weak, Decimal("8"), True) == "Stánek A01 má jen 3,6 kW, prodejce potřebuje 8,0 kW."
    assert ms.power_warning(weak, Decimal("3.6"), True) is None
    i18n.set_language("en")
    assert ms.power_warning(weak, Decimal("8"), True) == "Stall A01 has only 3.6 kW; the vendor needs 8.0 kW."


def test_demo_christmas_market(demo_db) -> None:
    sm = demo_db.sm
    xmas = next(m for m in ms.list_markets(sm) if m.title.startswith("Vánoční"))
    stalls = ms.list_stalls(sm, xmas.event_id)
    bookings = ms.list_bookings(sm, xmas.event_id)
    assert len(stalls) == 20 and all(b.status is APPROVED for b in bookings)
    totals = ms.market_totals(sm, xmas.event_id)
    assert totals.unpaid == 2 and totals.outstanding > 0
    assert totals.expected == totals.paid + totals.outstanding


def test_move_stalls_is_one_transaction(sm, setup) -> None:
    m, stall, _a, _b = setup
    other = ms.create_stall(sm, m.event_id, StallDraft("A02", x_m=5))
    with pytest.raises(errors.NotFound):
        ms.move_stalls(sm, [(stall.id, 20, 20, None), (9999, 1, 1, None)])
    assert ms.list_stalls(sm, m.event_id)[0].x_m == 0.0  # nothing half-moved
    moved = ms.move_stalls(sm, [(stall.id, 20, 21, None), (other.id, 24.5, 21, 450)])
    assert [(r.code, r.x_m, r.y_m, r.rotation) for r in moved] == [("A01", 20.0, 21.0, 0.0), ("A02", 24.5, 21.0, 90.0)]


def test_approving_two_applications_for_one_stall_together_is_refused_as_a_whole(sm, setup) -> None:
    m, stall, a, b = setup
    free = ms.create_stall(sm, m.event_id, StallDraft("A02"))
    one = ms.create_booking(sm, BookingDraft(stall.id, a.id, FIRST, LAST))
    two = ms.create_booking(sm, BookingDraft(stall.id, b.id, dt.date(2026, 12, 1), dt.date(2026, 12, 2)))
    three = ms.create_booking(sm, BookingDraft(free.id, b.id, FIRST, LAST))
    with pytest.raises(ConflictError):
        ms.set_bookings_status(sm, [three.id, one.id, two.id], APPROVED)
    assert {r.status for r in ms.list_bookings(sm, m.event_id)} == {APPLIED}
    done = ms.set_bookings_status(sm, [one.id, three.id], APPROVED)
    assert [r.status for r in done] == [APPROVED, APPROVED]
    paid = ms.mark_bookings_paid(sm, [one.id, three.id], dt.date(2026, 11, 30))
    assert {r.paid_on for r in paid} == {dt.date(2026, 11, 30)}
    assert ms.market_totals(sm, m.event_id).outstanding == Decimal("0")


def test_status_given_as_plain_text_still_obeys_the_rule(sm, setup) -> None:
    _m, stall, a, b = setup
    ms.create_booking(sm, BookingDraft(stall.id, a.id, FIRST, LAST, "approved"))
    with pytest.raises(ConflictError):
        ms.create_booking(sm, BookingDraft(stall.id, b.id, FIRST, FIRST, "approved"))
    other = ms.create_booking(sm, BookingDraft(stall.id, b.id, FIRST, FIRST))
    with pytest.raises(ConflictError):
        ms.set_bookings_status(sm, [other.id], "approved")
    with pytest.raises(ValidationError):
        ms.create_booking(sm, BookingDraft(stall.id, b.id, FIRST, FIRST, "maybe"))


def test_create_market_with_layout_is_one_transaction(sm, setup) -> None:
    from planner.services.events import list_events

    old, _stall, _a, _b = setup
    events_before = len(list_events(sm))
    with pytest.raises(errors.NotFound):
        ms.create_market(
            sm, EventDraft.all_day_event("Jarmark", dt.date(2027, 3, 12), dt.date(2027, 3, 14)), copy_layout_from=9999)
    assert len(list_events(sm)) == events_before  # no event without its market
    with pytest.raises(ValidationError):
        ms.create_market(sm, EventDraft.all_day_event("Jarmark", dt.date(2027, 3, 12), dt.date(2027, 3, 14)),
                         fee_rule=FeeRule(per_day=Decimal("-1")))
    assert len(list_events(sm)) == events_before
    new = ms.create_market(sm, EventDraft.all_day_event("Jarmark", dt.date(2027, 3, 12), dt.date(2027, 3, 14)),
                           copy_layout_from=old.event_id)
    assert [s.code for s in ms.list_stalls(sm, new.event_id)] == ["A01"]


def test_concurrent_approvals_are_serialised_on_postgres(sm, setup) -> None:
    """Another session approving the same stall holds its row lock; our approval waits, then sees it."""
    import threading
    import time

    from planner.models import OpKind, Stall, StallBooking
    from planner.services.recording import begin_operation

    if sm.kw["bind"].dialect.name != "postgresql":
        pytest.skip("row locks (SELECT ... FOR UPDATE) are a PostgreSQL matter; SQLite locks the whole file")
    _m, stall, a, b = setup
    outcome: list[object] = []
    with sm.begin() as other:
        begin_operation(other, OpKind.BOOKING_CREATE)  # a colleague's application, written elsewhere
        other.get(Stall, stall.id, with_for_update=True)
        other.add(StallBooking(stall_id=stall.id, vendor_id=a.id, first_day=FIRST, last_day=LAST,
                               status=APPROVED, fee=Decimal("0")))
        other.flush()

        def approve() -> None:
            try:
                outcome.append(ms.create_booking(sm, BookingDraft(stall.id, b.id, FIRST, FIRST, APPROVED)))
            except ConflictError as exc:
                outcome.append(exc)

        worker = threading.Thread(target=approve)
        worker.start()
        time.sleep(0.5)
        assert worker.is_alive() and outcome == []  # waiting for the other transaction
    worker.join(10)
    assert len(outcome) == 1 and isinstance(outcome[0], ConflictError)
    assert [r.vendor_id for r in ms.list_bookings(sm, stall.market_id)] == [a.id]


class _Statements:
    """Count the SELECT statements an engine runs while the block runs."""

    def __init__(self, sm) -> None:
        self.engine = sm.kw["bind"]
        self.selects = 0

    def _count(self, *args) -> None:
        if args[2].lstrip().upper().startswith("SELECT"):
            self.selects += 1

    def __enter__(self) -> _Statements:
        from sqlalchemy import event

        event.listen(self.engine, "before_cursor_execute", self._count)
        return self

    def __exit__(self, *exc) -> None:
        from sqlalchemy import event

        event.remove(self.engine, "before_cursor_execute", self._count)


def test_bulk_booking_changes_cost_the_same_queries_for_many_bookings(sm, setup) -> None:
    m, _stall, a, _b = setup
    stalls = [ms.create_stall(sm, m.event_id, StallDraft(f"B{i:02d}")) for i in range(6)]
    ids = [ms.create_booking(sm, BookingDraft(s.id, a.id, FIRST, LAST)).id for s in stalls]

    def selects(call) -> int:
        with _Statements(sm) as counted:
            call()
        return counted.selects

    few, many = ids[:2], ids
    assert selects(lambda: ms.mark_bookings_paid(sm, many, FIRST)) == selects(lambda: ms.mark_bookings_paid(sm, few, LAST))
    approved = ms.set_bookings_status(sm, list(reversed(few)), APPROVED)
    assert [(r.id, r.status) for r in approved] == [(few[1], APPROVED), (few[0], APPROVED)]
    rows = ms.mark_bookings_paid(sm, list(reversed(ids)), None)
    assert [r.id for r in rows] == list(reversed(ids))  # in the order asked for
    with _Statements(sm) as one_market:
        ms.recompute_fees(sm, m.event_id)
    assert one_market.selects <= 2  # the market and its bookings with their stalls, not a query per stall


def test_delete_bookings_is_all_or_nothing(sm, setup) -> None:
    m, stall, a, b = setup
    one = ms.create_booking(sm, BookingDraft(stall.id, a.id, FIRST, FIRST))
    two = ms.create_booking(sm, BookingDraft(stall.id, b.id, LAST, LAST))
    with pytest.raises(errors.NotFound):
        ms.delete_bookings(sm, [one.id, 999_999])
    assert len(ms.list_bookings(sm, m.event_id)) == 2
    ms.delete_bookings(sm, [one.id, two.id])
    assert ms.list_bookings(sm, m.event_id) == []


def test_validate_stall_names_every_bad_field_without_a_database() -> None:
    with pytest.raises(errors.ValidationErrors) as caught:
        ms.validate_stall(StallDraft(" ", width_m=Decimal("0"), power_kw=Decimal("-1")), every=True)
    assert [e.field for e in caught.value.errors] == ["code", "width_m", "power_kw"]
    with pytest.raises(ValidationError) as one:  # without every: the first one (the CLI names one problem)
        ms.validate_stall(StallDraft(" ", width_m=Decimal("0")))
    assert one.value.field == "code"
    assert ms.validate_stall(StallDraft(" b02 ", zone=" Horní "))["code"] == "B02"


def test_validate_booking_parses_the_fee_as_typed_and_orders_the_days() -> None:
    draft = BookingDraft(1, 1, dt.date(2026, 12, 2), dt.date(2026, 12, 1), "approved", fee="-5")
    with pytest.raises(errors.ValidationErrors) as caught:
        ms.validate_booking(draft, every=True)
    assert [(e.field, e.code) for e in caught.value.errors] == [("last_day", "end_before_start"), ("fee", "not_negative")]
    good = ms.validate_booking(BookingDraft(1, 1, FIRST, LAST, "approved", fee="1 200,50", notes=" u kašny "))
    assert (good.status, good.fee, good.notes) == (APPROVED, Decimal("1200.50"), "u kašny")
    assert ms.validate_booking(BookingDraft(1, 1, FIRST, LAST, fee="")).fee is None  # empty: by the rule


def test_booking_row_and_stall_row_give_their_draft(sm, setup) -> None:
    _m, stall, vendor, _other = setup
    booking = ms.create_booking(sm, BookingDraft(stall.id, vendor.id, FIRST, FIRST, notes="x"))
    assert ms.update_booking(sm, booking.id, booking.draft(), version=booking.version).notes == "x"
    assert ms.validate_stall(stall.draft())["code"] == stall.code


def test_validate_new_market_and_hours() -> None:
    with pytest.raises(errors.ValidationErrors) as caught:
        ms.validate_new_market(" ", LAST, FIRST, dt.time(10), dt.time(10), every=True)
    assert [e.field for e in caught.value.errors] == ["title", "last_day", "close"]
    ms.validate_new_market("Jarmark", FIRST, FIRST, dt.time(9), dt.time(17))
    with pytest.raises(ValidationError) as late:
        ms.validate_hours(dt.time(20), dt.time(9))
    assert late.value.field == "close"
