"""Reading the content lines of an .ics file tolerantly, with a report of what was repaired. No Qt.

Outlook and Google import files that break RFC 5545 in small ways and drop or
repair the bad part; so does this reader (issue 16). Each repair or skipped line
becomes a :class:`ReadNote` naming the physical line, which the import preview and
the CLI show. What is still refused: a file that is not a calendar at all, binary
data, a file cut off in the middle (the rest of it is unknown) and undecodable text.

Also here: the encoding of the bytes (UTF-8, UTF-8 with BOM, UTF-16 with BOM or
recognisable without one, and windows-1250, which older Czech Windows tools write).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from planner.errors import ImportFileError
from planner.i18n import _

_NAME = re.compile(r"[A-Za-z0-9-]+")
_LINE_BREAK = re.compile(r"\r\n|\n|\r")  # not str.splitlines: U+2028 may sit inside a value
_ESCAPED = re.compile(r"\\([\\;,nN])")
# C0 controls but TAB and LF, DEL, C1 controls: never part of a text value (issue 14, item 6).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

# Properties whose value is free text: a line that is not a property right after
# one of them is its continuation (a raw newline, or a fold without the space).
TEXT_PROPS = frozenset({"DESCRIPTION", "SUMMARY", "LOCATION", "COMMENT", "X-ALT-DESC", "CONTACT",
                        "RESOURCES", "CATEGORIES", "X-WR-CALDESC", "X-WR-CALNAME", "NAME"})
# Every property of RFC 5545 and RFC 7986; another name (not X-) after a text property is text.
KNOWN_PROPS = frozenset("""
BEGIN END CALSCALE METHOD PRODID VERSION ATTACH CATEGORIES CLASS COMMENT DESCRIPTION GEO LOCATION
PERCENT-COMPLETE PRIORITY RESOURCES STATUS SUMMARY COMPLETED DTEND DUE DTSTART DURATION FREEBUSY
TRANSP TZID TZNAME TZOFFSETFROM TZOFFSETTO TZURL ATTENDEE CONTACT ORGANIZER RECURRENCE-ID
RELATED-TO URL UID EXDATE EXRULE RDATE RRULE ACTION REPEAT TRIGGER CREATED DTSTAMP LAST-MODIFIED
SEQUENCE REQUEST-STATUS NAME REFRESH-INTERVAL SOURCE COLOR IMAGE CONFERENCE
""".split())
FOLD_WIDTH = 70  # a physical line this long was probably folded by its writer


@dataclass(frozen=True)
class ReadNote:
    """One thing the reader repaired, assumed or left out, with the line it concerns.

    ``skipped`` marks something left out (shown as "přeskočeno: ..."); otherwise the
    note says what was repaired or assumed (a time zone, an encoding, a derived UID).
    """

    line: int
    text: str
    skipped: bool = False


@dataclass
class Prop:
    """One property: upper-case name, parameters, raw (still escaped) value, line number."""

    name: str
    params: dict[str, str]
    value: str
    line: int


@dataclass(eq=False)
class Comp:
    """One component with its properties and sub-components."""

    name: str
    line: int
    props: dict[str, list[Prop]] = field(default_factory=dict)
    subs: list[Comp] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # logical lines, kept for VTIMEZONE only

    def first(self, name: str) -> Prop | None:
        found = self.props.get(name)
        return found[0] if found else None

    def all(self, name: str) -> list[Prop]:
        return self.props.get(name, [])

    def text(self, name: str) -> str:
        """Return a TEXT value unescaped, without control characters ('' when absent)."""
        prop = self.first(name)
        return clean(unescape(prop.value)).strip() if prop is not None else ""

    def opt_text(self, name: str) -> str | None:
        return self.text(name) if name in self.props else None


def unescape(text: str) -> str:
    """Undo RFC 5545 TEXT escaping (backslash before \\ ; , and n for newline)."""
    if "\\" not in text:
        return text
    return _ESCAPED.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def clean(text: str) -> str:
    """Drop control characters (a lone CR, NUL, ESC...) that no text field may hold; keep LF and TAB."""
    return _CONTROL.sub("", text) if _CONTROL.search(text) else text


class _BadLine(Exception):
    pass


def _split(line: str) -> tuple[str, dict[str, str], str]:
    """Split a content line into name, parameters and value (quoted parameters allowed)."""
    colon = line.find(":")
    if colon > 0 and line.find(";", 0, colon) < 0:  # the common case: NAME:value
        name = line[:colon]
        if _NAME.fullmatch(name):
            return name.upper(), {}, line[colon + 1 :]
    m = _NAME.match(line)
    if m is None:
        raise _BadLine()
    i = m.end()
    name = line[:i].upper()
    params: dict[str, str] = {}
    n = len(line)
    while i < n and line[i] == ";":
        eq = line.find("=", i)
        if eq < 0:
            raise _BadLine()
        key = line[i + 1 : eq].upper()
        i = eq + 1
        values: list[str] = []
        while True:
            if i < n and line[i] == '"':
                close = line.find('"', i + 1)
                if close < 0:
                    raise _BadLine()
                values.append(line[i + 1 : close])
                i = close + 1
            else:
                k = i
                while k < n and line[k] not in ';:,':
                    k += 1
                values.append(line[i:k])
                i = k
            if i < n and line[i] == ",":
                i += 1
                continue
            break
        params[key] = ",".join(values)
    if i >= n or line[i] != ":":
        raise _BadLine()
    return name, params, line[i + 1 :]


def _truncated(stack: list[Comp]) -> ImportFileError:
    comp = stack[-1]
    return ImportFileError(
        _(
            "The file ends inside BEGIN:{name} from line {line} (truncated?). Nothing was imported: the rest of "
            "the file is missing."
        ).format(name=comp.name, line=comp.line)
    )


def _short(text: str) -> str:
    text = clean(text)
    return text if len(text) <= 60 else text[:59] + "…"


# Components that stand on their own: a BEGIN of one inside another closes the open one.
_TOP = frozenset({"VEVENT", "VTODO", "VJOURNAL", "VFREEBUSY", "VTIMEZONE"})


def parse_components(text: str, notes: list[ReadNote] | None = None) -> Comp:
    """Return the first VCALENDAR of the text, repairing what real clients repair.

    Repairs (each noted): a line that is not NAME:value right after a text property is
    joined to it (a raw newline, or a fold without its leading space); another such
    line is skipped; END that does not match closes up to the component it names or is
    skipped; BEGIN of an event inside an open event closes the open one. Refused with
    ImportFileError: no BEGIN:VCALENDAR at the start, an empty file, a cut-off file.
    """
    notes = notes if notes is not None else []
    physical = _LINE_BREAK.split(text)
    logical: list[tuple[int, str, int]] = []  # first line number, text, length of its last physical line
    for number, raw in enumerate(physical, start=1):
        if raw[:1] in (" ", "\t") and logical:
            start, prev, _width = logical[-1]
            logical[-1] = (start, prev + raw[1:], len(raw))
        elif raw.strip():
            logical.append((number, raw, len(raw)))
    if not logical:
        raise ImportFileError(_("The file is empty; not an iCalendar file."))
    number, first, _width = logical[0]
    if first.strip().upper() != "BEGIN:VCALENDAR":
        raise ImportFileError(
            _(
                "Line {number}: the file does not start with BEGIN:VCALENDAR; not an iCalendar file."
            ).format(number=number)
        )
    stack: list[Comp] = []
    root: Comp | None = None
    timezone: Comp | None = None  # the VTIMEZONE being read: its lines are kept for icalendar
    last_prop: Prop | None = None
    last_width = 0
    final = len(logical) - 1
    for index, (number, line, width) in enumerate(logical):
        try:
            name, params, value = _split(line)
            if (last_prop is not None and last_prop.name in TEXT_PROPS and name not in KNOWN_PROPS
                    and not name.startswith("X-")):
                raise _BadLine()  # "Program: koncert" inside a description is text, not a property
        except _BadLine:
            if stack and index == final:
                raise _truncated(stack) from None  # the file stops in the middle of its last line
            if last_prop is not None and last_prop.name in TEXT_PROPS:
                folded = last_width >= FOLD_WIDTH
                last_prop.value += line if folded else "\\n" + line
                notes.append(ReadNote(number, _(
                    "the line “{short}” starts with neither a space nor a property name; joined to {name} from "
                    "line {line}."
                ).format(short=_short(line), name=last_prop.name, line=last_prop.line)))
                last_width = width
                if timezone is not None:
                    timezone.lines[-1] += line
                continue
            notes.append(ReadNote(number, _(
                "“{short}” is not a valid iCalendar line (NAME:value)."
            ).format(short=_short(line)), skipped=True))
            continue
        last_prop = None
        last_width = width
        if name == "BEGIN":
            wanted = value.strip().upper()
            if wanted in _TOP and stack and stack[-1].name in _TOP - {"VTIMEZONE"}:
                open_ = stack.pop()
                notes.append(ReadNote(number, _(
                    "BEGIN:{wanted} inside BEGIN:{name} from line {line}, which was not ended; it ends here."
                ).format(wanted=wanted, name=open_.name, line=open_.line)))
            comp = Comp(wanted, number)
            if stack:
                stack[-1].subs.append(comp)
            stack.append(comp)
            if comp.name == "VTIMEZONE" and timezone is None:
                timezone = comp
        elif name == "END":
            wanted = value.strip().upper()
            if not stack or all(c.name != wanted for c in stack):
                notes.append(ReadNote(number, _("END:{wanted} ends nothing that is open.").format(wanted=wanted), skipped=True))
                continue
            while stack[-1].name != wanted:
                open_ = stack.pop()
                notes.append(ReadNote(number, _(
                    "END:{wanted} also ends BEGIN:{name} from line {line}."
                ).format(wanted=wanted, name=open_.name, line=open_.line)))
            done = stack.pop()
            if timezone is not None:
                timezone.lines.append(line)
                if all(c is not timezone for c in stack):
                    timezone = None
            if not stack:
                root = done
                break
            continue
        elif stack:
            last_prop = Prop(name, params, value, number)
            stack[-1].props.setdefault(name, []).append(last_prop)
        if timezone is not None:
            timezone.lines.append(line)
    if stack:
        raise _truncated(stack)
    assert root is not None
    return root


# --------------------------------------------------------------------------- encodings


def _line_of(data: bytes, offset: int) -> int:
    return data[:offset].count(b"\n") + 1


def decode(data: bytes, notes: list[ReadNote] | None = None) -> str:
    """Return the text of the file: UTF-8 (with or without BOM), UTF-16 or windows-1250 (noted)."""
    notes = notes if notes is not None else []
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    utf16 = None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        utf16 = "utf-16"
    elif data.startswith(b"B\x00E\x00"):  # "BEGIN" in UTF-16 without its BOM
        utf16 = "utf-16-le"
    elif data.startswith(b"\x00B\x00E"):
        utf16 = "utf-16-be"
    if utf16 is not None:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError as exc:
            raise ImportFileError(_(
                "Byte {exc_start_1}: the file starts as UTF-16 (Windows “Unicode”) but is not UTF-16 further on."
            ).format(exc_start_1=exc.start + 1)) from exc
        notes.append(ReadNote(0, _("the file is in UTF-16 (Windows “Unicode”); read as such.")))
        return text.lstrip("\ufeff")
    if b"\x00" in data:
        raise ImportFileError(_("The file is binary, not an iCalendar (.ics) file."))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    try:
        text = data.decode("cp1250")
    except UnicodeDecodeError as exc:
        raise ImportFileError(_(
            "Line {line_of}: the text is neither UTF-8 nor windows-1250."
        ).format(line_of=_line_of(data, first_bad))) from exc
    notes.append(ReadNote(_line_of(data, first_bad), _(
        "the file is not UTF-8; read as windows-1250 (the Central European encoding of older Windows programs). "
        "Check the accents in the preview."
    )))
    return text


__all__ = ["ReadNote", "Prop", "Comp", "parse_components", "decode", "unescape", "clean"]
