"""HTML in calendar descriptions (Google, Outlook, Teams) as plain text with its links kept. No Qt.

Google Calendar writes DESCRIPTION as HTML (``<b>``, ``<br>``, ``<a href>``); the
planner stores plain text, so tags become line breaks or nothing, entities become
characters and every link is kept as its address: ``text (https://...)``, or the
address alone when the text is the address. The standard library's html.parser
is enough for this; no rendering, no scripts, no external fetches.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Only text that clearly is markup is converted: a tag we know, or an entity.
_LOOKS_HTML = re.compile(
    r"<(?:a\s[^>]*href|br\s*/?|/?(?:p|div|span|b|i|u|em|strong|ul|ol|li|table|tr|td|th|html|body|font|h[1-6])\b)"
    r"|&(?:nbsp|amp|lt|gt|quot|#\d+);", re.IGNORECASE)
_BLOCK = frozenset({"p", "div", "ul", "ol", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"})
_SKIP = frozenset({"script", "style", "head", "title"})


def looks_like_html(text: str) -> bool:
    return bool(_LOOKS_HTML.search(text))


class _ToText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.href: list[str | None] = []
        self.link_text: list[list[str]] = []
        self.skipping = 0

    def _emit(self, text: str) -> None:
        if self.link_text:
            self.link_text[-1].append(text)
        else:
            self.out.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag == "br":
            self._emit("\n")
        elif tag in _BLOCK:
            self._emit("\n")
        elif tag == "li":
            self._emit("\n• ")
        elif tag in ("td", "th"):
            self._emit(" ")
        elif tag == "a":
            self.href.append(dict(attrs).get("href"))
            self.link_text.append([])

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._emit("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK:
            self._emit("\n\n")
        elif tag == "a" and self.href:
            href = (self.href.pop() or "").strip()
            text = "".join(self.link_text.pop()).strip()
            if href.lower().startswith("mailto:") and text == href[7:]:
                href = ""
            if not href or href == text or href.rstrip("/") == text.rstrip("/"):
                self._emit(text or href)
            elif text:
                self._emit(f"{text} ({href})")
            else:
                self._emit(href)

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self._emit(data.replace("\n", " ").replace("\r", " "))


def html_to_text(text: str) -> str:
    """Return the plain text of an HTML fragment: line breaks for blocks, links as their URL."""
    parser = _ToText()
    parser.feed(text)
    parser.close()
    while parser.link_text:  # an <a> never closed
        parser.out.extend(parser.link_text.pop(0))
    plain = "".join(parser.out).replace("\xa0", " ")
    lines = [" ".join(line.split()) for line in plain.split("\n")]
    result: list[str] = []
    for line in lines:  # at most one empty line in a row
        if line or (result and result[-1]):
            result.append(line)
    return "\n".join(result).strip()


__all__ = ["html_to_text", "looks_like_html"]
