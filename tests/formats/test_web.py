"""The static web programme: pages, schema.org and OFN JSON-LD, atomic swap, and a real browser."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest

from planner.cli import main
from planner.db import Database
from planner.formats.publish import PublishError
from planner.formats.web import OFN_CONTEXT, publish_web
from planner.models.enums import EventStatus
from planner.services import releases
from planner.services.events import list_events, move_event, set_status, update_event
from planner.services.releases import ReleaseScope
from planner.services.timeutil import prague

BASE = "https://program.opava.example/"
CONCERT = "Zahajovací koncert – Janáček a Martinů"


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.lang = ""
        self.scripts: list[tuple[str, str]] = []
        self._script: str | None = None
        self.h1: list[str] = []
        self._in_h1 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang") or ""
        if tag == "script":
            self._script = a.get("type") or ""
            self.scripts.append((self._script, ""))
        if tag == "h1":
            self._in_h1 = True
            self.h1.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._script = None
        if tag == "h1":
            self._in_h1 = False

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            kind, text = self.scripts[-1]
            self.scripts[-1] = (kind, text + data)
        if self._in_h1:
            self.h1[-1] += data


def _parse(path: Path) -> _Page:
    p = _Page()
    p.feed(path.read_text("utf-8"))
    return p


def _jsonld(path: Path) -> dict:
    scripts = [text for kind, text in _parse(path).scripts if kind == "application/ld+json"]
    assert len(scripts) == 1
    data: dict = json.loads(scripts[0])
    return data


@pytest.fixture
def site(demo_db: Database, tmp_path: Path) -> Path:
    sm = demo_db.sm
    releases.release(sm, ReleaseScope())
    concert = next(r for r in list_events(sm) if r.title == CONCERT)
    move_event(sm, concert.id, prague(2026, 9, 13, 18, 0))
    set_status(sm, next(r for r in list_events(sm) if r.title.startswith("Přednáška: Opava")).id,
               EventStatus.CANCELLED)
    releases.release(sm, ReleaseScope())
    film = next(r for r in list_events(sm) if r.title.startswith("Filmový večer"))
    update_event(sm, film.id, replace(film.to_draft(), title="Neveřejný pracovní název"))  # not released
    out = tmp_path / "web"
    publish_web(sm, out, base_url=BASE)
    return out


def test_pages_are_czech_accessible_and_without_javascript(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 30
    for path in pages:
        page = _parse(path)
        assert page.lang == "cs", path
        assert {"header", "nav", "main", "footer"} <= set(page.tags), path
        assert len(page.h1) == 1, path
        assert all(kind == "application/ld+json" for kind, _ in page.scripts), path  # no JavaScript
    text = (site / "mesic" / "2026-09.html").read_text("utf-8")
    assert "Přesunuto" in text and "původně so 12. 9. 2026 19:00" in text
    assert "Zrušeno" in text and "<del>Přednáška: Opava na starých pohlednicích</del>" in text
    assert "Neveřejný pracovní název" not in "".join(p.read_text("utf-8") for p in pages)
    assert "pátek 11. září" in text


def test_event_pages_carry_schema_org_event_json_ld(site: Path) -> None:
    moved = _jsonld(site / "akce" / "zahajovaci-koncert-janacek-a-martinu.html")
    assert moved["@context"] == "https://schema.org" and moved["@type"] == "MusicEvent"
    for key in ("name", "startDate", "endDate", "location", "eventStatus", "organizer", "url"):
        assert key in moved
    assert moved["name"] == CONCERT
    assert moved["startDate"] == "2026-09-13T18:00:00+02:00"
    assert moved["eventStatus"] == "https://schema.org/EventRescheduled"
    assert moved["previousStartDate"] == "2026-09-12T19:00:00+02:00"
    assert moved["location"]["@type"] == "Place" and moved["location"]["address"]["addressLocality"] == "Opava"
    assert moved["superEvent"]["@id"] == BASE + "akce/bezrucova-opava-2026-demo.html"
    assert moved["performer"] == [{"@type": "PerformingGroup", "name": "Komorní orchestr Slezské jaro (demo)"}]
    cancelled = _jsonld(site / "akce" / "prednaska-opava-na-starych-pohlednicich.html")
    assert cancelled["eventStatus"] == "https://schema.org/EventCancelled"
    festival = _jsonld(site / "akce" / "bezrucova-opava-2026-demo.html")
    assert festival["@type"] == "Festival" and len(festival["subEvent"]) == 8
    assert festival["startDate"] == "2026-09-11" and festival["endDate"] == "2026-09-25"  # all-day: dates
    series = _jsonld(site / "rada" / "bezrucova-opava.html")
    assert series["@type"] == "EventSeries" and len(series["subEvent"]) == 9


def test_the_ofn_dataset_has_the_fields_the_standard_requires(site: Path) -> None:
    data = json.loads((site / "udalosti.jsonld").read_text("utf-8"))
    assert isinstance(data, list) and len(data) == 31
    for item in data:
        assert item["@context"] == OFN_CONTEXT and item["typ"] == "Událost"
        assert item["iri"].startswith(BASE) and item["název"]["cs"]
        interval = item["doba_trvání"][0]["časový_interval"]
        assert interval["typ"] == "Časový interval"
        assert set(interval["začátek"]) & {"datum_a_čas", "datum"} and set(interval["konec"]) & {"datum_a_čas", "datum"}
    by_name = {i["název"]["cs"]: i for i in data}
    concert = by_name[CONCERT]
    assert concert["doba_trvání"][0]["časový_interval"]["začátek"]["datum_a_čas"] == "2026-09-13T18:00:00+02:00"
    assert concert["zaštiťující_událost"] == [{"typ": "Událost", "iri": BASE + "akce/bezrucova-opava-2026-demo.html"}]
    assert concert["vstupné"][0]["podmínka"]["cs"] == "Vstupné 250 Kč"
    assert concert["popis"]["cs"].startswith("Akce je přesunuta")
    assert by_name["Přednáška: Opava na starých pohlednicích"]["popis"]["cs"].startswith("Akce je zrušena")


def test_the_site_is_swapped_in_whole_and_a_foreign_folder_is_never_replaced(demo_db: Database,
                                                                              tmp_path: Path) -> None:
    sm = demo_db.sm
    releases.release(sm, ReleaseScope())
    out = tmp_path / "web"
    publish_web(sm, out)
    (out / "akce" / "stara-akce.html").write_text("old")
    publish_web(sm, out)
    assert not (out / "akce" / "stara-akce.html").exists()  # a new folder, not files written over the old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["web"]  # no temporary folders left
    foreign = tmp_path / "documents"
    foreign.mkdir()
    (foreign / "smlouva.docx").write_text("important")
    with pytest.raises(PublishError) as info:
        publish_web(sm, foreign)
    assert "nezapsal ji plánovač" in info.value.message
    assert (foreign / "smlouva.docx").read_text() == "important"


def test_cli_publish_web(demo_db: Database, tmp_path: Path, capsys) -> None:
    releases.release(demo_db.sm, ReleaseScope())
    assert main(["--db", demo_db.url, "publish", "--web", str(tmp_path / "web")]) == 0
    out = capsys.readouterr().out
    assert re.search(r"Zapsán webový program: \d+ stránek \(31 akcí\)", out)
    assert (tmp_path / "web" / "index.html").is_file()


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium (Debian package chromium) is not installed")
def test_pages_load_in_headless_chromium(site: Path, tmp_path: Path) -> None:
    assert CHROMIUM is not None
    page = site / "mesic" / "2026-09.html"
    common = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([*common, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120,
                         check=True).stdout
    assert "<h1>Program – září 2026</h1>" in dom and "Přesunuto" in dom
    shot = tmp_path / "september.png"
    subprocess.run([*common, "--hide-scrollbars", "--window-size=1366,768", f"--screenshot={shot}", page.as_uri()],
                   capture_output=True, timeout=120, check=True)
    assert shot.stat().st_size > 20_000  # a drawn page, not an empty one
