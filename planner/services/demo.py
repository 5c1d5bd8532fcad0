"""The Opava demo data set: load it idempotently, or reset and load.

Why this module is long (~400 lines): it has one job, turning one JSON file (resources/demo) into
rows, and reads top to bottom like the file: the tables that map the file's Czech vocabulary to our
enums, then one loader method per kind of record (staff, venues, series with their editions and
items, vendors, markets with their stalls and bookings), each idempotent by its natural key.
Split by record kind, the methods would hand each other the same session and lookup dicts.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from planner import paths
from planner.models import (
    Base,
    Event,
    EventPerformer,
    Market,
    MarketHours,
    Performer,
    Series,
    Staff,
    Stall,
    StallBooking,
    Vendor,
    Venue,
)
from planner.models.enums import (
    BookingStatus,
    EventCategory,
    EventStatus,
    OpKind,
    SeriesKind,
    StaffRole,
    StallKind,
    VendorCategory,
    VenueKind,
)
from planner.models.history import HISTORY_TABLES
from planner.services._common import SM, run
from planner.services.formatting import NBSP, format_integer
from planner.services.text import fold
from planner.services.timeutil import all_day_span
from planner.services.validation import normalize_phone, normalize_psc

log = logging.getLogger(__name__)

DEMO_UID = "demo.planner.opava.example"

_STAFF_ROLE = {
    "dramaturg": StaffRole.DRAMATURG, "referent_prezentace": StaffRole.REFERENT,
    "asistent": StaffRole.ASSISTANT, "tic": StaffRole.TIC, "redaktor_hlasky": StaffRole.PRESS,
}
_VENUE_KIND = {
    "divadlo": VenueKind.THEATRE, "odsvěcený kostel / koncertní prostor": VenueKind.CHURCH,
    "galerie": VenueKind.GALLERY, "veřejné prostranství": VenueKind.SQUARE,
    "park / open-air": VenueKind.OPEN_AIR, "kino / víceúčelový sál": VenueKind.CINEMA,
    "koncertní sál": VenueKind.HALL, "historický sál": VenueKind.HALL,
    "kulturní dům": VenueKind.HALL, "koncertní/společenský sál": VenueKind.HALL,
    "kostel": VenueKind.CHURCH, "muzeum": VenueKind.MUSEUM, "klub": VenueKind.CLUB,
}
_SERIES_KIND = {
    "festival": SeriesKind.FESTIVAL, "soutěž": SeriesKind.COMPETITION,
    "koncertní cyklus": SeriesKind.CONCERT_SEASON,
}
_SERIES_COLOUR = {
    "s-bezrucova-opava": "#c62828", "s-dalsi-brehy": "#6a1b9a",
    "s-varhanni-soutez": "#2e7d32", "s-abonentni-koncerty": "#1565c0",
}
_GENRE = {
    "divadlo": EventCategory.THEATRE, "soutěž": EventCategory.COMPETITION_ROUND,
    "literatura": EventCategory.LECTURE, "komorní hudba": EventCategory.CLASSICAL_CONCERT,
    "výtvarné umění": EventCategory.EXHIBITION, "výstava": EventCategory.EXHIBITION,
    "orchestrální hudba": EventCategory.CLASSICAL_CONCERT, "slavnost": EventCategory.CEREMONY,
    "hudba": EventCategory.POPULAR_CONCERT, "happening": EventCategory.HAPPENING,
    "film": EventCategory.FILM, "koncert": EventCategory.POPULAR_CONCERT,
    "varhanní hudba": EventCategory.CLASSICAL_CONCERT, "přednáška": EventCategory.LECTURE,
    "poezie": EventCategory.LECTURE,
}
_STATUS = {
    "potvrzeno": EventStatus.CONFIRMED, "zrušeno": EventStatus.CANCELLED,
    "proběhlo": EventStatus.CONFIRMED, "proběhlo – vyúčtování": EventStatus.CONFIRMED,
    "probíhá": EventStatus.CONFIRMED, "námět": EventStatus.DRAFT,
    "připraveno": EventStatus.CONFIRMED,
}
_VENDOR_CATEGORY = {
    "textil": VendorCategory.TEXTILES, "nápoje": VendorCategory.DRINKS,
    "potraviny balené": VendorCategory.FOOD_PACKAGED, "řemesla": VendorCategory.CRAFTS,
    "potraviny nebalené": VendorCategory.FOOD_UNPACKAGED, "teplá kuchyně": VendorCategory.HOT_FOOD,
}
# Distinct hues (services/palette.py): the markets were a second dark red beside Bezručova Opava.
_MARKET_SERIES = {"vánoční": ("Vánoční trhy", "#00838f"), "velikonoční": ("Velikonoční trhy", "#f9a825")}


@dataclass(frozen=True)
class DemoResult:
    """What a demo load added (zero everywhere when it was already loaded)."""

    staff: int = 0
    venues: int = 0
    series: int = 0
    events: int = 0
    vendors: int = 0
    markets: int = 0
    stalls: int = 0
    bookings: int = 0

    @property
    def total(self) -> int:
        return sum(self.__dict__.values())


def demo_path() -> Path:
    """Return the bundled demo data file."""
    return paths.resource_path("demo/opava_demo.json")


def _uid(demo_id: str) -> str:
    return f"{demo_id}@{DEMO_UID}"


def _dt(text: str) -> dt.datetime:
    value = dt.datetime.fromisoformat(text)
    if value.tzinfo is None:
        raise ValueError(f"demo time without offset: {text}")
    return value.astimezone(dt.timezone.utc)


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _ticket(price: int | None) -> str:
    if price is None:
        return ""
    if price == 0:
        return "Vstup volný"
    return f"Vstupné {price} Kč"


def is_empty(sm: SM) -> bool:
    """Return True when the database holds no events, venues or vendors."""
    with sm() as s:
        return not any(
            s.scalar(select(func.count()).select_from(m)) for m in (Event, Venue, Vendor, Staff)
        )


def reset(sm: SM) -> None:
    """Delete every row of every planner table in one transaction."""

    def work(s: Session) -> None:
        for table in reversed(Base.metadata.sorted_tables):
            if table.name not in HISTORY_TABLES:  # the log stays: the reset is itself an operation in it
                s.execute(delete(table))

    run(sm, work, op=OpKind.DEMO_RESET)


def load_demo(sm: SM, *, reset_first: bool = False, path: Path | None = None) -> DemoResult:
    """Load the demo data set in one transaction; loading twice adds nothing."""
    data = json.loads((path or demo_path()).read_text(encoding="utf-8"))
    if reset_first:
        reset(sm)
    return run(sm, lambda s: _Loader(s, data).load(), op=OpKind.DEMO_LOAD)


class _Loader:
    def __init__(self, s: Session, data: dict[str, Any]) -> None:
        self.s = s
        self.data = data
        self.staff: dict[str, Staff] = {}
        self.venues: dict[str, Venue] = {}
        self.vendors: dict[str, Vendor] = {}
        self.counts: dict[str, int] = {k: 0 for k in DemoResult.__dataclass_fields__}

    def _add(self, kind: str, obj: Any) -> None:
        self.s.add(obj)
        self.counts[kind] += 1

    def load(self) -> DemoResult:
        for p in self.data["staff"]:
            self._staff(p)
        for v in self.data["venues"]:
            self._venue(v)
        self.s.flush()
        for series in self.data["event_series"]:
            self._series(series)
        for e in self.data["single_events"]:
            self._event(e, None, None)
        for v in self.data["vendors"]:
            self._vendor(v)
        self.s.flush()
        for m in self.data["markets"]:
            self._market(m)
        self.s.flush()
        return DemoResult(**self.counts)

    def _staff(self, p: dict[str, Any]) -> None:
        o = self.s.scalar(select(Staff).where(Staff.email == p["email"]))
        if o is None:
            o = Staff(name=p["name"], role=_STAFF_ROLE.get(p["role"], StaffRole.ASSISTANT),
                      email=p["email"], phone=normalize_phone(p.get("phone")), active=True)
            self._add("staff", o)
        self.staff[p["id"]] = o

    def _venue(self, v: dict[str, Any]) -> None:
        o = self.s.scalar(select(Venue).where(Venue.name == v["name"]))
        if o is None:
            addr = v.get("address") or {}
            notes = v.get("notes") or ""
            if v.get("operator"):
                notes = f"Provozovatel: {v['operator']}\n{notes}".strip()
            o = Venue(
                name=v["name"], kind=_VENUE_KIND.get(v.get("kind", ""), VenueKind.OTHER),
                street=addr.get("street") or "", city=addr.get("city") or "Opava",
                postal_code=normalize_psc(addr.get("postal_code")), capacity=v.get("capacity"),
                equipment=list(v.get("equipment") or []), notes=notes,
                colour="#607d8b",
            )
            self._add("venues", o)
        self.venues[v["id"]] = o

    def _series_row(self, name: str, kind: SeriesKind, colour: str, owner: Staff | None, desc: str) -> Series:
        o = self.s.scalar(select(Series).where(Series.name == name))
        if o is None:
            o = Series(name=name, kind=kind, colour=colour, owner=owner, description=desc)
            self._add("series", o)
            self.s.flush()
        return o

    def _series(self, src: dict[str, Any]) -> None:
        series = self._series_row(
            src["name"], _SERIES_KIND.get(src["kind"], SeriesKind.OTHER),
            _SERIES_COLOUR.get(src["id"], "#3f51b5"), self.staff.get(src.get("owner_staff_id", "")),
            src.get("description") or "",
        )
        owner = self.staff.get(src.get("owner_staff_id", ""))
        for ed in src["editions"]:
            edition = self.s.scalar(select(Event).where(Event.uid == _uid(ed["id"])))
            if edition is None:
                start, end = all_day_span(_day(ed["start_date"]), _day(ed["end_date"]))
                desc = [f"Téma: {ed['theme']}"] if ed.get("theme") else []
                notes = []
                if ed.get("budget_czk"):
                    notes.append(f"Rozpočet: {format_integer(ed['budget_czk'])}{NBSP}Kč")
                if ed.get("hypothetical"):
                    notes.append("Hypotetický ročník (demo).")
                status = EventStatus.DRAFT if ed.get("hypothetical") else _STATUS.get(ed["status"], EventStatus.PLANNED)
                edition = Event(
                    uid=_uid(ed["id"]), title=ed["title"], category=EventCategory.FESTIVAL,
                    status=status, series=series, start=start, end=end, all_day=True,
                    staff=owner, public=True, description="\n".join(desc),
                    internal_notes="\n".join(notes),
                )
                self._add("events", edition)
                self.s.flush()
            for item in ed["items"]:
                self._event(item, series, edition, default_status=edition.status)

    def _event(self, e: dict[str, Any], series: Series | None, parent: Event | None,
               default_status: EventStatus | None = None) -> Event:
        o = self.s.scalar(select(Event).where(Event.uid == _uid(e["id"])))
        if o is not None:
            return o
        status = _STATUS.get(e.get("status", ""), default_status or EventStatus.PLANNED)
        if default_status is EventStatus.DRAFT and status is not EventStatus.CANCELLED:
            status = EventStatus.DRAFT
        o = Event(
            uid=_uid(e["id"]), title=e["title"],
            category=_GENRE.get(e.get("genre", ""), EventCategory.OTHER), status=status,
            series=series, parent=parent, start=_dt(e["start"]), end=_dt(e["end"]), all_day=False,
            venue=self.venues.get(e.get("venue_id", "")),
            staff=self.staff.get(e.get("owner_staff_id", "")) or (parent.staff if parent else None),
            public=True, ticket_info=_ticket(e.get("ticket_price_czk")),
            internal_notes=e.get("notes") or "",
        )
        self._add("events", o)
        self.s.flush()
        for name in e.get("performers") or []:
            p = self.s.scalar(select(Performer).where(Performer.name == name))
            if p is None:
                # Invented contact on the reserved .example domain, so that change notices to
                # performers can be tried out on the demo data.
                p = Performer(name=name, email=_demo_email(name))
                self.s.add(p)
                self.s.flush()
            self.s.add(EventPerformer(event_id=o.id, performer_id=p.id))
        return o

    def _vendor(self, v: dict[str, Any]) -> None:
        o = self.s.scalar(select(Vendor).where(Vendor.ico == v["ico"]))
        if o is None:
            addr = v.get("address") or {}
            contact = v.get("contact") or {}
            req = v.get("requirements") or {}
            comp = v.get("compliance") or {}
            notes = []
            if comp.get("trade_licence_checked"):
                notes.append("Živnostenské oprávnění ověřeno.")
            if comp.get("health_cards_checked"):
                notes.append("Zdravotní průkazy ověřeny.")
            if req.get("water_connection"):
                notes.append("Potřebuje přípojku vody.")
            if req.get("electricity_appliances_revision_valid_until"):
                notes.append(f"Revize spotřebičů platí do {req['electricity_appliances_revision_valid_until']}.")
            kw = req.get("electricity_kw")
            o = Vendor(
                name=v["name"], ico=v["ico"], dic=v.get("dic") or "",
                contact_person=contact.get("person") or "", phone=normalize_phone(contact.get("phone")),
                email=contact.get("email") or "", street=addr.get("street") or "",
                city=addr.get("city") or "", postal_code=normalize_psc(addr.get("postal_code")),
                category=_VENDOR_CATEGORY.get(v.get("category", ""), VendorCategory.OTHER),
                is_stallholder=True, is_supplier=False,
                power_kw=Decimal(str(kw)) if kw else None,
                goods=", ".join(v.get("goods") or []), notes=" ".join(notes),
            )
            self._add("vendors", o)
        self.vendors[v["id"]] = o

    def _market(self, m: dict[str, Any]) -> None:
        uid = _uid(m["id"])
        event = self.s.scalar(select(Event).where(Event.uid == uid))
        if event is not None:
            return
        name, colour = _MARKET_SERIES.get(m["kind"], (m["name"], "#ef6c00"))
        series = self._series_row(name, SeriesKind.MARKET, colour, self.staff.get(m.get("owner_staff_id", "")), "")
        first, last = _day(m["start_date"]), _day(m["end_date"])
        start, end = all_day_span(first, last)
        venues = [self.venues[v] for v in m.get("venue_ids", []) if v in self.venues]
        permit = m.get("public_space_permit") or {}
        notes = [f"Provozovatel: {m['operator']}"] if m.get("operator") else []
        if permit:
            notes.append(
                f"Zábor veřejného prostranství: {permit.get('status', '')}"
                + (f", č. j. {permit['reference']}" if permit.get("reference") else "")
            )
        hours = m.get("opening_hours") or []
        desc = "\n".join(f"{h['zone']}: {h['days']} {h['open']}–{h['close']}" for h in hours)
        event = Event(
            uid=uid, title=m["name"], category=EventCategory.MARKET,
            status=_STATUS.get(m.get("status", ""), EventStatus.PLANNED), series=series,
            start=start, end=end, all_day=True, venue=venues[0] if venues else None,
            staff=self.staff.get(m.get("owner_staff_id", "")), public=True,
            description=desc, internal_notes="\n".join(notes),
        )
        self._add("events", event)
        self.s.flush()
        open_, close = (dt.time.fromisoformat(hours[0]["open"]), dt.time.fromisoformat(hours[0]["close"])) if hours else (dt.time(10), dt.time(20))
        days = (last - first).days + 1
        market = Market(
            event_id=event.id, default_open=open_, default_close=close,
            fee_per_day=Decimal("300") if days > 5 else Decimal("500"),
            fee_per_m2_day=Decimal("0"), power_fee_per_day=Decimal("50"), fee_by_kind={},
            map_width_m=Decimal("64"), map_depth_m=Decimal("40"),
        )
        self._add("markets", market)
        self.s.flush()
        if m["kind"] == "vánoční":
            # Christmas Eve eve: the market closes early on its last day.
            self.s.add(MarketHours(market_id=event.id, day=last, open=open_, close=dt.time(16), note="Poslední den"))
        for i, p in enumerate(m.get("programme") or []):
            self._event({**p, "id": f"{m['id']}-p{i + 1}", "genre": "slavnost", "status": m.get("status", "")},
                        series, event)
        zones: dict[str, int] = {}
        for st in m["stalls"]:
            zone_index = zones.setdefault(st["zone"], len(zones))
            index_in_zone = sum(1 for other in m["stalls"][: m["stalls"].index(st)] if other["zone"] == st["zone"])
            el = st.get("electricity") or {}
            stall = Stall(
                market_id=event.id, code=st["number"], kind=StallKind.HUT, zone=st["zone"],
                width_m=Decimal(str(st["width_m"])), depth_m=Decimal(str(st["depth_m"])),
                has_power=bool(el.get("available")),
                power_kw=Decimal(str(el["max_kw"])) if el.get("available") else None,
                has_water=bool(st.get("water")),
                x_m=4.0 + (index_in_zone % 12) * 4.5, y_m=6.0 + zone_index * 16.0 + (index_in_zone // 12) * 5.0,
                notes=f"Zásuvka {el['socket']}" if el.get("available") and el.get("socket") else "",
            )
            self._add("stalls", stall)
            self.s.flush()
            assignments = st.get("assignments") or []
            for a in assignments:
                vendor = self.vendors[a["vendor_id"]]
                a_first, a_last = _day(a["from"]), _day(a["to"])
                share = Decimal(st["fee_czk"]) * ((a_last - a_first).days + 1) / days
                status = BookingStatus.APPROVED if st["status"] == "přiděleno" else BookingStatus.APPLIED
                self._add("bookings", StallBooking(
                    stall_id=stall.id, vendor_id=vendor.id, first_day=a_first, last_day=a_last,
                    status=status, fee=share.quantize(Decimal("1")),
                    needs_power=bool(vendor.power_kw and vendor.power_kw > 0),
                    paid_on=first - dt.timedelta(days=14) if a.get("fee_paid") else None,
                ))


def _demo_email(name: str) -> str:
    """Return an invented address for a demo performer: 'Sbor Hlas (demo)' -> 'sbor.hlas@demo.example'."""
    local_part = re.sub(r"[^a-z0-9]+", ".", fold(name.replace("(demo)", ""))).strip(".")
    return f"{local_part[:60] or 'ucinkujici'}@demo.example"
