"""Developer tool for translations: update a .ts from sources, fill it, list what is missing.

  uv run python tools/ts.py update AREA FILE.py...   run pyside6-lupdate into planner/resources/translations/AREA_cs.ts
  uv run python tools/ts.py fill AREA MAP.json        set translations from {"source": "překlad"} (or {"Ctx|source": ...})
  uv run python tools/ts.py missing                   list sources in planner/ without a Czech translation
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "planner" / "resources" / "translations"


def lupdate_path() -> str:
    """Return PySide6's lupdate: inside the PySide6 package or beside the interpreter, never only PATH,
    so the tests work from a venv that is not activated (see planner.ui.i18n.qt_tool_path)."""
    sys.path.insert(0, str(ROOT))
    from planner.ui.i18n import qt_tool_path

    tool = qt_tool_path("lupdate")
    if tool is None:
        raise SystemExit("lupdate not found: install PySide6 (uv sync) in the interpreter running this tool")
    return tool


def _lupdate(files: list[str], target: Path) -> None:
    subprocess.run([lupdate_path(), *files, "-ts", str(target), "-no-obsolete", "-silent"], check=True)


def sources_in(ts: Path) -> set[tuple[str, str]]:
    """Return (context, source) pairs of a .ts file."""
    tree = ET.parse(ts)
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or "")
        for ctx in tree.getroot().iter("context")
        for msg in ctx.iter("message")
    }


def translated_pairs() -> set[tuple[str, str]]:
    """Return (context, source) pairs that have a finished Czech translation in any *_cs.ts."""
    out: set[tuple[str, str]] = set()
    for ts in TS_DIR.glob("*_cs.ts"):
        for ctx in ET.parse(ts).getroot().iter("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                forms = [n.text for n in tr.iter("numerusform")]
                if (tr.text and tr.text.strip()) or any(forms):
                    out.add((name, msg.findtext("source") or ""))
    return out


def missing() -> list[tuple[str, str]]:
    """Return (context, source) pairs used in planner/ that lack a Czech translation."""
    files = [str(p) for p in (ROOT / "planner").rglob("*.py")]
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "all_cs.ts"
        _lupdate(files, target)
        used = sources_in(target)
    return sorted(used - translated_pairs())


def fill(area: str, mapping_file: str) -> None:
    mapping = json.loads(Path(mapping_file).read_text(encoding="utf-8"))
    ts = TS_DIR / f"{area}_cs.ts"
    tree = ET.parse(ts)
    root = tree.getroot()
    root.set("language", "cs_CZ")
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            src = msg.findtext("source") or ""
            value = mapping.get(f"{name}|{src}", mapping.get(src))
            if value is None:
                continue
            tr = msg.find("translation")
            assert tr is not None
            tr.attrib.pop("type", None)
            if msg.get("numerus") == "yes":
                for child in list(tr):
                    tr.remove(child)
                forms = value if isinstance(value, list) else [value] * 3
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = value
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        _lupdate(argv[2:], TS_DIR / f"{argv[1]}_cs.ts")
    elif argv[:1] == ["fill"]:
        fill(argv[1], argv[2])
    elif argv[:1] == ["missing"]:
        rows = missing()
        for ctx, src in rows:
            print(f"{ctx}|{src}")
        return 1 if rows else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
