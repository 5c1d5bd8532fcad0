"""The release changelog as Atom (RFC 4287) and RSS 2.0 feeds, written next to the public .ics feeds.

Feed readers and the city web's news widget poll these to learn *what* changed in the programme,
which an .ics subscription cannot tell (Outlook on the web refreshes it every few hours or days
and shows no difference). No Qt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from email.utils import format_datetime
from xml.etree import ElementTree as ET

from planner.formats.ical import one_line, safe_text
from planner.services.releases import ReleaseRow
from planner.services.timeutil import UTC, format_date, local

ATOM_NAME = "zmeny-programu.atom"
RSS_NAME = "zmeny-programu.rss"
FEED_ID = "urn:planner:opava:releases"
TITLE = "Opava – změny v programu"
MAX_ENTRIES = 50


def _entry_title(r: ReleaseRow) -> str:
    return one_line(f"Zveřejnění č. {r.number}: {r.scope_label} ({format_date(local(r.created_at).date())})")


def _entry_text(r: ReleaseRow) -> str:
    lines = [r.comment] if r.comment else []
    lines += [c.text for c in r.changes] or ["Bez změn v jednotlivých akcích."]
    return safe_text("\n".join(lines))  # XML allows no control characters


def atom_feed(releases: Sequence[ReleaseRow], *, now: dt.datetime | None = None, link: str = "") -> bytes:
    """Return the Atom feed of the newest releases (UTF-8 XML)."""
    ns = "http://www.w3.org/2005/Atom"
    ET.register_namespace("", ns)
    feed = ET.Element(f"{{{ns}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": "cs"})
    ET.SubElement(feed, f"{{{ns}}}id").text = FEED_ID
    ET.SubElement(feed, f"{{{ns}}}title").text = TITLE
    updated = max((r.created_at for r in releases), default=now or dt.datetime.now(UTC))
    ET.SubElement(feed, f"{{{ns}}}updated").text = updated.astimezone(UTC).isoformat()
    author = ET.SubElement(feed, f"{{{ns}}}author")
    ET.SubElement(author, f"{{{ns}}}name").text = "Statutární město Opava"
    if link:
        ET.SubElement(feed, f"{{{ns}}}link", {"href": link})
    for r in list(releases)[:MAX_ENTRIES]:
        entry = ET.SubElement(feed, f"{{{ns}}}entry")
        ET.SubElement(entry, f"{{{ns}}}id").text = f"{FEED_ID}:{r.number}"
        ET.SubElement(entry, f"{{{ns}}}title").text = _entry_title(r)
        ET.SubElement(entry, f"{{{ns}}}updated").text = r.created_at.astimezone(UTC).isoformat()
        ET.SubElement(entry, f"{{{ns}}}content", {"type": "text"}).text = _entry_text(r)
    data: bytes = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return data


def rss_feed(releases: Sequence[ReleaseRow], *, link: str = "https://www.opava-city.cz/") -> bytes:
    """Return the RSS 2.0 feed of the newest releases (UTF-8 XML)."""
    rss = ET.Element("rss", {"version": "2.0"})
    channel = ET.SubElement(rss, "channel")
    ET.SubElement(channel, "title").text = TITLE
    ET.SubElement(channel, "link").text = link
    ET.SubElement(channel, "description").text = "Zveřejněné změny v programu kulturních akcí města Opavy"
    ET.SubElement(channel, "language").text = "cs"
    for r in list(releases)[:MAX_ENTRIES]:
        item = ET.SubElement(channel, "item")
        ET.SubElement(item, "title").text = _entry_title(r)
        ET.SubElement(item, "description").text = _entry_text(r)
        ET.SubElement(item, "guid", {"isPermaLink": "false"}).text = f"{FEED_ID}:{r.number}"
        ET.SubElement(item, "pubDate").text = format_datetime(r.created_at.astimezone(UTC))
    data: bytes = ET.tostring(rss, encoding="utf-8", xml_declaration=True)
    return data


__all__ = ["ATOM_NAME", "RSS_NAME", "atom_feed", "rss_feed"]
