"""The static web programme: month pages, a page per event and per series, schema.org and OFN JSON-LD.

Built from the *released* programme (services.releases) with Jinja2 templates shipped in the
package (planner/formats/web_templates). Pages are Czech, work without JavaScript, use headings and
landmarks (header, nav, main, footer) and colours with at least 4.5:1 contrast. Each event page
carries schema.org Event JSON-LD (eventStatus EventCancelled / EventRescheduled, superEvent /
subEvent); ``udalosti.jsonld`` is the open-data set in the Czech OFN "Události" (2020-07-01).

The site is written into a new folder next to the target and swapped in with two renames, so a
web server never serves a half-written programme; the previous version is then deleted. A folder
not written by us (no marker file) is never replaced. No Qt.

Why this module is long: the page model, both JSON-LD vocabularies and the atomic swap are one
output; the templates hold the markup.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from planner.formats.labels import label
from planner.formats.publish import PublishError, slug
from planner.i18n import _
from planner.models.enums import EventCategory
from planner.services._common import SM
from planner.services.dto import EventRow
from planner.services.hlaska import MONTHS, day_heading, hlaska_time, month_title
from planner.services.releases import ChangeKind, public_marks, released_events
from planner.services.series import list_series
from planner.services.timeutil import UTC, format_date, local

log = logging.getLogger(__name__)

MARKER = ".planner-web"
OFN_CONTEXT = "https://ofn.gov.cz/události/2020-07-01/kontexty/událost.jsonld"
OFN_FILE = "udalosti.jsonld"
ORGANIZER = {"@type": "GovernmentOrganization", "name": "Statutární město Opava", "url": "https://www.opava-city.cz/"}
# schema.org's Event subtypes by our categories (search engines show them as such).
SCHEMA_TYPES = {
    EventCategory.FESTIVAL: "Festival", EventCategory.CLASSICAL_CONCERT: "MusicEvent",
    EventCategory.POPULAR_CONCERT: "MusicEvent", EventCategory.THEATRE: "TheaterEvent",
    EventCategory.FILM: "ScreeningEvent", EventCategory.EXHIBITION: "ExhibitionEvent",
    EventCategory.LECTURE: "EducationEvent", EventCategory.MARKET: "SaleEvent",
    EventCategory.CEREMONY: "SocialEvent", EventCategory.COMPETITION_ROUND: "MusicEvent",
}
_GROUP_WORDS = re.compile(r"orchestr|sbor|kvartet|trio|soubor|ensemble|collegium|muzika|divadlo|kapela|band",
                          re.IGNORECASE)


@dataclass
class Page:
    """One event as the templates see it."""

    row: EventRow
    path: str
    mark: str = ""  # '', 'moved', 'cancelled'
    old: str = ""
    old_start: str = ""
    parent: Page | None = None
    children: list[Page] = field(default_factory=list)
    series_path: str = ""

    @property
    def when(self) -> str:
        r = self.row
        if r.all_day:
            return format_date(r.first_day) if r.first_day == r.last_day else \
                f"{format_date(r.first_day)} – {format_date(r.last_day)}"
        start = local(r.start)
        return f"{day_heading(start.date())} {start.year}, {hlaska_time(r.start)}–{hlaska_time(r.end)}"

    @property
    def day(self) -> str:
        """Return the short Czech date of the first day: 'so 12. 9.'."""
        d = self.row.first_day
        return f"{('po', 'út', 'st', 'čt', 'pá', 'so', 'ne')[d.weekday()]} {d.day}. {d.month}."

    @property
    def span(self) -> str:
        """Return the dates of a multi-day item ('27. 11. – 23. 12. 2026'), '' for one day."""
        r = self.row
        if r.first_day == r.last_day:
            return ""
        return f"{r.first_day.day}. {r.first_day.month}. – {format_date(r.last_day)}"

    @property
    def time(self) -> str:
        return "" if self.row.all_day else hlaska_time(self.row.start)

    @property
    def genre(self) -> str:
        return label(self.row.category)


def _iso(row: EventRow, value: dt.datetime, *, end: bool = False) -> str:
    if row.all_day:
        return (row.last_day if end else row.first_day).isoformat()
    return local(value).isoformat()


def _performer(name: str) -> dict[str, str]:
    return {"@type": "PerformingGroup" if _GROUP_WORDS.search(name) else "Person", "name": name}


def _offers(row: EventRow) -> dict[str, Any] | None:
    if not row.ticket_info:
        return None
    offer: dict[str, Any] = {"@type": "Offer", "description": row.ticket_info, "priceCurrency": "CZK"}
    if "zdarma" in row.ticket_info.lower() or "volný vstup" in row.ticket_info.lower():
        offer["price"] = 0
    else:
        m = re.search(r"(\d[\d ]*)\s*(Kč|CZK)", row.ticket_info)
        if m:
            offer["price"] = int(m.group(1).replace(" ", ""))
    return offer


def schema_event(p: Page, base: str) -> dict[str, Any]:
    """Return the schema.org Event JSON-LD of a page."""
    r = p.row
    status = {"moved": "EventRescheduled", "cancelled": "EventCancelled"}.get(p.mark, "EventScheduled")
    data: dict[str, Any] = {
        "@context": "https://schema.org", "@type": SCHEMA_TYPES.get(r.category, "Event"), "@id": base + p.path,
        "url": base + p.path, "name": r.title, "startDate": _iso(r, r.start), "endDate": _iso(r, r.end, end=True),
        "eventStatus": f"https://schema.org/{status}",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode", "inLanguage": "cs",
        "organizer": ORGANIZER,
    }
    if p.mark == "moved" and p.old_start:
        data["previousStartDate"] = local(dt.datetime.fromisoformat(p.old_start)).isoformat()
    if r.venue_name:
        data["location"] = {"@type": "Place", "name": r.venue_name,
                            "address": {"@type": "PostalAddress", "streetAddress": r.venue_address or r.venue_name,
                                        "addressLocality": "Opava", "addressCountry": "CZ"}}
    if r.description:
        data["description"] = r.description
    if r.performers:
        data["performer"] = [_performer(x.name) for x in r.performers]
    offers = _offers(r)
    if offers:
        data["offers"] = offers
        if offers.get("price") == 0:
            data["isAccessibleForFree"] = True
    if p.parent is not None:
        data["superEvent"] = {"@type": SCHEMA_TYPES.get(p.parent.row.category, "Event"),
                              "@id": base + p.parent.path, "name": p.parent.row.title}
    if p.children:
        data["subEvent"] = [{"@type": SCHEMA_TYPES.get(c.row.category, "Event"), "@id": base + c.path,
                             "name": c.row.title, "startDate": _iso(c.row, c.row.start)} for c in p.children]
    return data


def ofn_event(p: Page, base: str) -> dict[str, Any]:
    """Return the OFN Události (2020-07-01) record of a page."""
    r = p.row
    text = r.description
    if p.mark == "cancelled":
        text = ("Akce je zrušena. " + text).strip()
    elif p.mark == "moved":
        text = (f"Akce je přesunuta (původně {p.old}). " + text).strip()

    def moment(value: dt.datetime, *, end: bool = False) -> dict[str, str]:
        if r.all_day:
            return {"typ": "Časový okamžik", "datum": _iso(r, value, end=end)}
        return {"typ": "Časový okamžik", "datum_a_čas": local(value).isoformat()}

    data: dict[str, Any] = {
        "@context": OFN_CONTEXT, "typ": "Událost", "iri": base + p.path, "url": base + p.path,
        "název": {"cs": r.title},
        "doba_trvání": [{"typ": "Časová specifikace", "časový_interval": {
            "typ": "Časový interval", "začátek": moment(r.start), "konec": moment(r.end, end=True)}}],
        "pořadatel": [{"typ": "Osoba", "ičo": "00300535", "název": {"cs": "Statutární město Opava"}}],
    }
    if text:
        data["popis"] = {"cs": text}
    if r.venue_name:
        data["umístění"] = [{"typ": "Umístění", "název": {"cs": r.venue_name},
                             "popis": {"cs": r.venue_address or r.venue_name}}]
    if r.ticket_info:
        data["vstupné"] = [{"typ": "Vstupné", "podmínka": {"cs": r.ticket_info}}]
    if p.parent is not None:
        data["zaštiťující_událost"] = [{"typ": "Událost", "iri": base + p.parent.path}]
    return data


@dataclass(frozen=True)
class WebResult:
    folder: Path
    pages: int
    events: int


def _pages(rows: Sequence[EventRow], marks: dict[str, tuple[ChangeKind, str, str]],
           series_paths: dict[int, str]) -> list[Page]:
    used: set[str] = set()
    pages: dict[int, Page] = {}
    for r in rows:
        name = slug(r.title)
        if name in used:
            name = f"{name}-{r.id}"
        used.add(name)
        mark, old, old_start = marks.get(r.uid, (None, "", ""))
        p = Page(r, f"akce/{name}.html", mark.value if mark is not None else "", old, old_start,
                 series_path=series_paths.get(r.series_id or -1, ""))
        if r.cancelled:
            p.mark = "cancelled"
        pages[r.id] = p
    for p in pages.values():
        if p.row.parent_id is not None and p.row.parent_id in pages:
            p.parent = pages[p.row.parent_id]
            p.parent.children.append(p)
    return list(pages.values())


def _month_key(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def build_site(sm: SM, *, base_url: str = "", now: dt.datetime | None = None) -> dict[str, bytes]:
    """Return the site's files (relative path -> bytes) from the released programme."""
    base = base_url.rstrip("/") + "/" if base_url else ""
    rows = released_events(sm)
    series = {s.id: s for s in list_series(sm)}
    series_paths = {sid: f"rada/{slug(s.name)}.html" for sid, s in series.items()}
    pages = _pages(rows, public_marks(sm), series_paths)
    env = Environment(loader=PackageLoader("planner.formats", "web_templates"),
                      autoescape=select_autoescape(["html", "j2"]), trim_blocks=True, lstrip_blocks=True)
    env.filters["tojson_ld"] = lambda d: json.dumps(d, ensure_ascii=False, indent=2).replace("</", "<\\/")
    stamp = (now or dt.datetime.now(UTC))
    common = {"generated": format_date(local(stamp).date()), "series": sorted(
        ((s.name, series_paths[sid]) for sid, s in series.items() if any(p.row.series_id == sid for p in pages)))}
    files: dict[str, bytes] = {}

    def render(path: str, template: str, **context: Any) -> None:
        depth = path.count("/")
        html = env.get_template(template).render(root="../" * depth, path=path, **common, **context)
        files[path] = html.encode("utf-8")

    by_month: dict[str, list[Page]] = defaultdict(list)
    for p in pages:  # in every month it touches (an exhibition, a market), listed under its first day there
        day = p.row.first_day.replace(day=1)
        while day <= p.row.last_day:
            by_month[_month_key(day)].append(p)
            day = (day + dt.timedelta(days=32)).replace(day=1)
    months = sorted(by_month)
    month_links = [(f"{month_title(int(k[:4]), int(k[5:]))}", f"mesic/{k}.html") for k in months]
    for key in months:
        year, month = int(key[:4]), int(key[5:])
        days: dict[dt.date, list[Page]] = defaultdict(list)
        first_of = dt.date(year, month, 1)
        for p in by_month[key]:
            days[max(p.row.first_day, first_of)].append(p)
        ordered = [(day_heading(d), sorted(ps, key=lambda q: (q.row.all_day is False, q.row.start)))
                   for d, ps in sorted(days.items())]
        i = months.index(key)
        render(f"mesic/{key}.html", "month.html.j2", title=f"Program – {month_title(year, month)}", days=ordered,
               prev=month_links[i - 1] if i > 0 else None, next=month_links[i + 1] if i + 1 < len(months) else None,
               months=month_links)
    for p in pages:
        render(p.path, "event.html.j2", title=p.row.title, page=p, jsonld=schema_event(p, base))
    for sid, s in series.items():
        members = sorted((p for p in pages if p.row.series_id == sid), key=lambda q: q.row.start)
        if not members:
            continue
        jsonld = {"@context": "https://schema.org", "@type": "EventSeries", "@id": base + series_paths[sid],
                  "name": s.name, "description": s.description or s.name, "organizer": ORGANIZER,
                  "subEvent": [{"@type": SCHEMA_TYPES.get(p.row.category, "Event"), "@id": base + p.path,
                                "name": p.row.title, "startDate": _iso(p.row, p.row.start)} for p in members]}
        render(series_paths[sid], "series.html.j2", title=s.name, series_row=s, pages=members, jsonld=jsonld)
    today = local(stamp).date()
    current = _month_key(today)
    upcoming = [m for m in month_links if m[1] >= f"mesic/{current}.html"]
    render("index.html", "index.html.j2", title="Kulturní program města Opavy", months=month_links,
           upcoming=upcoming, month_names=MONTHS)
    files["styl.css"] = env.get_template("styl.css").render().encode("utf-8")
    dataset = [ofn_event(p, base) for p in sorted(pages, key=lambda q: q.row.start)]
    files[OFN_FILE] = json.dumps(dataset, ensure_ascii=False, indent=2).encode("utf-8")
    files[MARKER] = b"planner web programme\n"
    return files


def write_site(files: dict[str, bytes], folder: str | Path) -> Path:
    """Write the files into a new folder next to ``folder`` and swap it in (two renames)."""
    target = Path(folder).resolve()
    parent = target.parent
    if not parent.is_dir():
        raise PublishError(_("The folder {parent} does not exist.").format(parent=parent))
    if target.exists() and (not target.is_dir() or (any(target.iterdir()) and not (target / MARKER).exists())):
        raise PublishError(_(
            "{target}: the folder is not empty and was not written by the planner – it is left alone. Choose an "
            "empty or a new folder."
        ).format(target=target))
    try:
        fresh = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=parent))
        for rel, data in files.items():
            path = fresh / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        for dirpath, dirnames, filenames in os.walk(fresh):
            os.chmod(dirpath, 0o755)  # mkdtemp makes 0700; the web server must read the site
            for name in filenames:
                os.chmod(os.path.join(dirpath, name), 0o644)
        old: Path | None = None
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=parent))
            old.rmdir()
            os.replace(target, old)
        os.replace(fresh, target)
    except OSError as exc:
        raise PublishError(_(
            "{target}: cannot write the web programme ({strerror})."
        ).format(target=target, strerror=exc.strerror)) from exc
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    return target


def publish_web(sm: SM, folder: str | Path, *, base_url: str = "", now: dt.datetime | None = None) -> WebResult:
    """Build the web programme from the released state and write it atomically into folder."""
    files = build_site(sm, base_url=base_url, now=now)
    target = write_site(files, folder)
    events = sum(1 for k in files if k.startswith("akce/"))
    log.info("wrote the web programme (%d files, %d events) to %s", len(files), events, target)
    return WebResult(target, sum(1 for k in files if k.endswith(".html")), events)


__all__ = ["MARKER", "OFN_CONTEXT", "OFN_FILE", "WebResult", "build_site", "ofn_event", "publish_web",
           "schema_event", "write_site"]
