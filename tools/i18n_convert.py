"""Convert the program's old ways of speaking Czech to the one gettext catalog (issue 10).

Deterministic and re-runnable: run it on a tree, run it again, the second run changes nothing.
It rewrites

* core: ``t("Czech", "English")`` / ``_t(...)`` from planner.errors (literal or f-string texts)
  -> ``_("English {x}").format(x=...)``, Czech into the .po;
* UI: ``self.tr("…")``, ``QCoreApplication.translate("Ctx", "…")``, ``QT_TR_NOOP("…")`` and the
  numerus ``tr("%n …", "", n)`` -> ``_()`` / ``ngettext()``, Czech taken from the Qt .ts files;

and merges the texts into ``planner/resources/locale/cs/LC_MESSAGES/planner.po``. When one
English text already has another Czech translation, the new place gets ``pgettext(context, …)``
(context: the Qt context or the module name), so no translation is ever silently replaced.
A call it cannot convert (texts that are not literals, f-strings whose Czech and English use
different expressions) is listed at the end for a hand conversion; nothing is half-done.

    uv run python tools/i18n_convert.py            # convert, print what was left
    uv run python tools/i18n_convert.py --check    # exit 1 when anything is left to convert
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "planner"
PO = PKG / "resources" / "locale" / "cs" / "LC_MESSAGES" / "planner.po"
TS_DIR = PKG / "resources" / "translations"
PLURAL_FORMS = "nplurals=3; plural=(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2;"
WIDTH = 116


# --------------------------------------------------------------------------- the catalog

def load_catalog(path: Path | None = None) -> Catalog:
    """Read the Czech catalog (an empty one with Czech plural forms when there is none yet)."""
    path = path or PO
    if path.exists():
        with path.open("rb") as f:
            return read_po(f, locale="cs", domain="planner")
    return new_catalog()


def new_catalog() -> Catalog:
    cat = Catalog(locale="cs", domain="planner", project="planner", version="1", fuzzy=False,
                  language_team="Czech", charset="utf-8")
    return cat


def save_catalog(cat: Catalog, path: Path | None = None) -> None:
    """Write the catalog sorted, without source locations (stable diffs, deterministic output)."""
    path = path or PO
    cat.fuzzy = False
    cat.revision_date = cat.creation_date = _EPOCH
    cat.project, cat.version = "planner", "1"
    cat.last_translator = "planner"
    cat.language_team = "Czech"
    cat.header_comment = (
        "# Czech texts of the planner: msgid is the English text in the code (planner/i18n.py), msgstr\n"
        "# its Czech. Placeholders are str.format names and must stay as they are; msgctxt only where one\n"
        "# English text reads differently in Czech in two places. tests/test_i18n.py checks that every\n"
        "# text the code marks has its Czech here."
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        write_po(f, cat, width=0, no_location=True, omit_header=False, sort_output=True,
                 include_previous=False)
    text = path.read_text(encoding="utf-8")
    text = re.sub(r'"Plural-Forms: [^"]*\\n"', f'"Plural-Forms: {PLURAL_FORMS}\\\\n"', text)
    text = re.sub(r'"Generated-By: [^"]*\\n"\n', "", text)
    path.write_text(text, encoding="utf-8")


def _epoch():  # type: ignore[no-untyped-def]
    import datetime

    return datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)


_EPOCH = _epoch()


@dataclass
class Texts:
    """What a run adds: msgid (or (singular, plural)) + context -> Czech, and what it could not do."""

    cat: Catalog
    left: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)

    def add(self, msgid: str | tuple[str, str], cs: str | tuple[str, ...], context: str,
            fallback: str | None = None) -> str | None:
        """Add a text; return None for the plain entry or the context it had to get."""
        existing = self.cat.get(msgid, None)
        if existing is None:
            self.cat.add(msgid, cs, context=None)
            return None
        if _same(existing.string, cs) or not _nonempty(existing.string):
            if not _nonempty(existing.string):
                existing.string = cs
            return None
        ctx_entry = self.cat.get(msgid, context)
        if ctx_entry is not None and not _same(ctx_entry.string, cs) and fallback:
            return self.add(msgid, cs, fallback)
        if ctx_entry is None:
            self.cat.add(msgid, cs, context=context)
        elif not _same(ctx_entry.string, cs):
            self.left.append(f"{context}: {msgid!r} has two Czech texts in one context: "
                             f"{ctx_entry.string!r} and {cs!r}")
        return context


def _same(a: object, b: object) -> bool:
    norm = [tuple(x) if isinstance(x, tuple | list) else x for x in (a, b)]
    return norm[0] == norm[1]


def _nonempty(s: object) -> bool:
    if isinstance(s, tuple | list):
        return all(s)
    return bool(s)


# --------------------------------------------------------------------------- what the code uses

# The markers of planner/i18n.py as Babel keyword specs: argument positions of msgid, plural, context.
KEYWORDS: dict[str, Any] = {
    "_": None, "N_": None, "ngettext": (1, 2), "NN_": (1, 2),
    "pgettext": ((1, "c"), 2), "npgettext": ((1, "c"), 2, 3),
}


def extract(root: Path | None = None) -> dict[tuple[str | None, str], tuple[str, ...]]:
    """Return every text the code marks, (context, msgid) -> (msgid,) or (singular, plural), with Babel."""
    from babel.messages.extract import extract_from_file

    root = root or PKG
    found: dict[tuple[str | None, str], tuple[str, ...]] = {}
    for path in sorted(root.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        for _lineno, message, _comments, context in extract_from_file("python", str(path), keywords=KEYWORDS,
                                                                      comment_tags=(), strip_comment_tags=True):
            texts = message if isinstance(message, tuple) else (message,)
            if not texts or not texts[0]:
                continue
            found[(context, texts[0])] = tuple(t for t in texts if t)
    return found


def prune(cat: Catalog, used: dict[tuple[str | None, str], tuple[str, ...]]) -> list[str]:
    """Drop the entries no code uses any more; return their msgids."""
    gone = []
    for m in list(cat):
        if not m.id:
            continue
        key = m.id[0] if isinstance(m.id, tuple | list) else m.id
        if (m.context, key) not in used:
            cat.delete(m.id, context=m.context)
            gone.append(key)
    return gone


# --------------------------------------------------------------------------- f-string templates

class NotLiteral(Exception):
    pass


@dataclass
class Template:
    text: str  # with {name} placeholders, literal braces doubled when there are placeholders
    exprs: dict[str, str]  # placeholder name -> expression source


def _pieces(node: ast.expr) -> list[str | ast.FormattedValue | ast.expr]:
    """Split a literal text (str, f-string, "a" + f"b") into literal strings and expressions."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        out: list[str | ast.FormattedValue | ast.expr] = []
        for v in node.values:
            if isinstance(v, ast.Constant):
                out.append(str(v.value))
            elif isinstance(v, ast.FormattedValue):
                out.append(v)
            else:
                raise NotLiteral(ast.unparse(v))
        return out
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _pieces(node.left) + _pieces(node.right)
    raise NotLiteral(ast.unparse(node))


def _expr_key(p: ast.FormattedValue) -> tuple[str, str]:
    """Return (expression source, conversion+spec suffix) of a formatted value."""
    suffix = ""
    if p.conversion != -1:
        suffix += "!" + chr(p.conversion)
    if p.format_spec is not None:
        spec = p.format_spec
        if not isinstance(spec, ast.JoinedStr) or not all(isinstance(v, ast.Constant) for v in spec.values):
            raise NotLiteral(ast.unparse(p))
        suffix += ":" + "".join(str(v.value) for v in spec.values if isinstance(v, ast.Constant))
    return ast.unparse(p.value), suffix


_IDENT = re.compile(r"[^0-9a-zA-Z]+")


def _name_for(src: str, taken: dict[str, str]) -> str:
    """Return a readable placeholder name for an expression, unique within one message."""
    try:
        node = ast.parse(src, mode="eval").body
    except SyntaxError:
        node = None
    candidates: list[str] = []
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str):
        candidates.append(_IDENT.sub("_", node.slice.value).strip("_"))
    inner = node
    while isinstance(inner, ast.Call | ast.Subscript):
        inner = inner.func if isinstance(inner, ast.Call) else inner.value
    if isinstance(inner, ast.Name):
        candidates.append(inner.id)
    elif isinstance(inner, ast.Attribute):
        candidates.append(inner.attr)
        chain = ast.unparse(inner).removeprefix("self.")
        candidates.append(_IDENT.sub("_", chain).strip("_"))
    slug = _IDENT.sub("_", src.removeprefix("self.")).strip("_").lower()[:32].strip("_")
    candidates.append(slug or "value")
    for c in candidates:
        c = c.lstrip("_") or "value"
        if c[0].isdigit():
            c = "v" + c
        if c not in taken or taken[c] == src:
            return c
    base = candidates[-1].lstrip("_") or "value"
    i = 2
    while f"{base}_{i}" in taken and taken[f"{base}_{i}"] != src:
        i += 1
    return f"{base}_{i}"


def templates(cs_node: ast.expr, en_node: ast.expr) -> tuple[Template, Template]:
    """Return the English and Czech templates of a t() pair sharing placeholder names."""
    cs_p, en_p = _pieces(cs_node), _pieces(en_node)
    cs_keys = [_expr_key(p) for p in cs_p if isinstance(p, ast.FormattedValue)]
    en_keys = [_expr_key(p) for p in en_p if isinstance(p, ast.FormattedValue)]
    if sorted({k[0] for k in cs_keys}) != sorted({k[0] for k in en_keys}):
        raise NotLiteral(f"different values in the two texts: {sorted({k[0] for k in cs_keys})} vs "
                         f"{sorted({k[0] for k in en_keys})}")
    for p in cs_p + en_p:
        if not isinstance(p, str | ast.FormattedValue):
            raise NotLiteral(ast.unparse(p))
    taken: dict[str, str] = {}
    names: dict[str, str] = {}
    for src, _suffix in en_keys:
        if src not in names:
            names[src] = _name_for(src, taken)
            taken[names[src]] = src
    has_fields = bool(names)

    def build(pieces: list[str | ast.FormattedValue | ast.expr]) -> str:
        out = []
        for p in pieces:
            if isinstance(p, str):
                out.append(p.replace("{", "{{").replace("}", "}}") if has_fields else p)
            else:
                assert isinstance(p, ast.FormattedValue)
                src, suffix = _expr_key(p)
                out.append("{" + names[src] + suffix + "}")
        return "".join(out)

    exprs = {n: s for s, n in names.items()}
    return Template(build(en_p), exprs), Template(build(cs_p), exprs)


# --------------------------------------------------------------------------- writing calls

def str_lit(s: str, quote: str = '"') -> str:
    """Return a Python literal of ``s`` with ``quote`` (single quotes inside a double-quoted f-string)."""
    body = repr(s)[1:-1]
    if repr(s).startswith('"'):  # repr chose double quotes because s holds a single quote
        body = body.replace('"', '\\"')
    else:
        body = body.replace("\\'", "'")
    if quote == '"':
        return '"' + body.replace('"', '\\"').replace('\\\\"', '\\"') + '"'
    return "'" + body.replace('\\"', '"').replace("'", "\\'") + "'"


def split_lit(s: str, width: int, quote: str = '"') -> list[str]:
    """Split a long text into literal chunks at spaces, each at most ``width`` wide where possible."""
    if len(str_lit(s, quote)) <= width:
        return [str_lit(s, quote)]
    words = re.split(r"(?<= )", s)
    chunks: list[str] = []
    cur = ""
    for w in words:
        if cur and len(str_lit(cur + w)) > width:
            chunks.append(cur)
            cur = w
        else:
            cur += w
    if cur:
        chunks.append(cur)
    return [str_lit(c, quote) for c in chunks]


def call_source(func: str, args: list[str], fmt: dict[str, str], col: int, indent: int,
                context: str | None = None, texts_at: tuple[int, ...] = (), quote: str = '"') -> str:
    """Return the source of ``func(args).format(**fmt)`` starting at ``col`` of a line indented by
    ``indent``, wrapped to the line width (continuation lines indented by four more)."""
    if context is not None:
        args = [str_lit(context, quote), *args]
        texts_at = tuple(i + 1 for i in texts_at)
    args = [str_lit(ast.literal_eval(a), quote) if i in texts_at else a for i, a in enumerate(args)]
    fmt_src = ""
    if fmt:
        fmt_src = ".format(" + ", ".join(f"{k}={v}" for k, v in fmt.items()) + ")"
    one_line = f"{func}(" + ", ".join(args) + ")" + fmt_src
    if col + len(one_line) <= WIDTH or quote != '"':  # inside an f-string: one line (Python 3.11)
        return one_line
    pad = " " * (indent + 4)
    lines = [f"{func}("]
    for i, a in enumerate(args):
        last = i == len(args) - 1
        if i in texts_at:
            chunks = split_lit(ast.literal_eval(a), WIDTH - len(pad), quote)
            for j, c in enumerate(chunks):
                lines.append(pad + c + ("," if j == len(chunks) - 1 and not last else ""))
        else:
            lines.append(pad + a + ("" if last else ","))
    out = "\n".join(lines) + "\n" + " " * indent + ")"
    if fmt:
        if indent + 1 + len(fmt_src) + 4 <= WIDTH:
            out += fmt_src
        else:
            out += ".format(\n" + "".join(f"{pad}{k}={v},\n" for k, v in fmt.items()) + " " * indent + ")"
    return out


# --------------------------------------------------------------------------- editing a module

@dataclass
class Edit:
    start: tuple[int, int]  # (line, byte column), 1-based lines
    end: tuple[int, int]
    text: str


def apply_edits(source: str, edits: list[Edit]) -> str:
    lines = source.encode("utf-8").splitlines(keepends=True)
    offsets = [0]
    for ln in lines:
        offsets.append(offsets[-1] + len(ln))
    data = source.encode("utf-8")
    for e in sorted(edits, key=lambda e: e.start, reverse=True):
        a = offsets[e.start[0] - 1] + e.start[1]
        b = offsets[e.end[0] - 1] + e.end[1]
        data = data[:a] + e.text.encode("utf-8") + data[b:]
    return data.decode("utf-8")


def line_indent(source_lines: list[str], lineno: int) -> int:
    line = source_lines[lineno - 1]
    return len(line) - len(line.lstrip(" "))


def module_context(path: Path) -> str:
    rel = path.relative_to(PKG).with_suffix("")
    return ".".join(rel.parts)


def ensure_import(source: str, names: set[str]) -> str:
    """Add ``from planner.i18n import …`` for ``names`` (merged with an existing one)."""
    tree = ast.parse(source)
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module == "planner.i18n":
            have = {a.name for a in node.names}
            want = sorted(have | names, key=_import_key)
            if set(want) == have:
                return source
            new = "from planner.i18n import " + ", ".join(want)
            return apply_edits(source, [Edit((node.lineno, node.col_offset),
                                             (node.end_lineno or node.lineno, node.end_col_offset or 0), new)])
    line = "from planner.i18n import " + ", ".join(sorted(names, key=_import_key)) + "\n"
    # before the first top-level planner import that sorts after it, else after the last import
    at = None
    last = None
    for node in tree.body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            last = node
            mod = node.module if isinstance(node, ast.ImportFrom) else node.names[0].name
            if at is None and mod and mod.startswith("planner") and mod > "planner.i18n":
                at = node.lineno - 1
        elif last is not None:
            break
    lines = source.splitlines(keepends=True)
    if at is None:
        at = (last.end_lineno or last.lineno) if last is not None else 0
    lines.insert(at, line)
    return "".join(lines)


def _import_key(name: str) -> tuple[int, str]:
    order = {"_": 0, "N_": 1, "ngettext": 2, "pgettext": 3, "npgettext": 4}
    return (order.get(name, 9), name)


_SCOPES = (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ListComp, ast.SetComp,
           ast.DictComp, ast.GeneratorExp)


def _own_nodes(scope: ast.AST) -> list[ast.AST]:
    """Return the nodes of a scope, not descending into nested scopes."""
    out: list[ast.AST] = []
    todo = list(ast.iter_child_nodes(scope))
    while todo:
        node = todo.pop()
        out.append(node)
        if not isinstance(node, _SCOPES):
            todo.extend(ast.iter_child_nodes(node))
    return out


def rename_underscore_targets(source: str) -> str:
    """Rename ``_`` used as a throw-away variable in a scope that also calls ``_()`` (it would shadow the
    translation function there): ``_skip``, ``_skip2``, … so each keeps its own type."""
    tree = ast.parse(source)
    edits = []
    for scope in ast.walk(tree):
        if not isinstance(scope, _SCOPES):
            continue
        stores = [n for n in _own_nodes(scope) if isinstance(n, ast.Name) and n.id == "_"
                  and isinstance(n.ctx, ast.Store)]
        if not stores:
            continue
        calls = any(isinstance(n, ast.Name) and n.id == "_" and isinstance(n.ctx, ast.Load)
                    for n in ast.walk(scope))
        if not calls and not isinstance(scope, ast.Module):
            continue
        if isinstance(scope, ast.Module) and not calls:
            continue
        for i, node in enumerate(sorted(stores, key=lambda n: (n.lineno, n.col_offset)), 1):
            name = "_skip" if i == 1 else f"_skip{i}"
            edits.append(Edit((node.lineno, node.col_offset), (node.end_lineno or node.lineno,
                                                               node.end_col_offset or 0), name))
    return apply_edits(source, edits) if edits else source


def remove_import_names(source: str, module: str, names: set[str]) -> str:
    """Drop ``names`` from ``from module import …`` (the whole line when nothing is left)."""
    tree = ast.parse(source)
    edits = []
    lines = source.splitlines()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == module:
            keep = [a for a in node.names if (a.asname or a.name) not in names and a.name not in names]
            if len(keep) == len(node.names):
                continue
            start = (node.lineno, node.col_offset)
            end = (node.end_lineno or node.lineno, node.end_col_offset or 0)
            if keep:
                text = f"from {module} import " + ", ".join(
                    a.name + (f" as {a.asname}" if a.asname else "") for a in keep)
                edits.append(Edit(start, end, text))
            else:
                end = (node.end_lineno or node.lineno) + 1
                if node.col_offset and end - 1 < len(lines) and not lines[end - 1].strip():
                    end += 1  # a local import's blank line after it goes too
                edits.append(Edit((node.lineno, 0), (end, 0), ""))
    return apply_edits(source, edits) if edits else source


# --------------------------------------------------------------------------- core: t("cs", "en")

def _t_names(tree: ast.Module) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "planner.errors":
            for a in node.names:
                if a.name == "t":
                    names.add(a.asname or a.name)
    return names


def convert_core(path: Path, texts: Texts, write: bool = True) -> None:
    """Convert the planner.errors t() calls of one module."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    t_names = _t_names(tree)
    uses_errors_t = "errors.t(" in source
    if not t_names and not uses_errors_t:
        return
    src_lines = source.splitlines()
    edits: list[Edit] = []
    used: set[str] = set()
    left_here = 0
    ctx = module_context(path)
    # innermost calls first is not needed: t() calls never nest t() calls in their texts
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        is_t = (isinstance(f, ast.Name) and f.id in t_names) or (
            isinstance(f, ast.Attribute) and f.attr == "t" and isinstance(f.value, ast.Name) and f.value.id == "errors")
        if not is_t:
            continue
        where = f"{path.relative_to(ROOT)}:{node.lineno}"
        if len(node.args) != 2 or node.keywords:
            texts.left.append(f"{where}: t() with {len(node.args)} arguments")
            left_here += 1
            continue
        try:
            en, cs = templates(node.args[0], node.args[1])  # t(Czech, English)
        except NotLiteral as exc:
            texts.left.append(f"{where}: {exc}")
            left_here += 1
            continue
        context = texts.add(en.text, cs.text, ctx, f"{ctx}.{_enclosing(tree, node)}")
        func = "_" if context is None else "pgettext"
        used.add(func)
        new = call_source(func, [str_lit(en.text)], en.exprs, _col_chars(src_lines, node),
                          line_indent(src_lines, node.lineno), context, texts_at=(0,))
        edits.append(Edit((node.lineno, node.col_offset), (node.end_lineno or node.lineno, node.end_col_offset or 0),
                          new))
    if not edits:
        return
    source = apply_edits(source, edits)
    if not left_here:
        source = remove_import_names(source, "planner.errors", t_names | {"t"})
    source = rename_underscore_targets(source)
    source = ensure_import(source, used)
    if write:
        path.write_text(source, encoding="utf-8")
    texts.changed.append(str(path.relative_to(ROOT)))


def _enclosing(tree: ast.Module, target: ast.AST) -> str:
    """Return the qualified name of the function or class around a node ("" at module level)."""
    def walk(node: ast.AST, names: list[str]) -> list[str] | None:
        for child in ast.iter_child_nodes(node):
            if child is target:
                return names
            inner = names + [child.name] if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef
                                                                | ast.ClassDef) else names
            found = walk(child, inner)
            if found is not None:
                return found
        return None

    return ".".join(walk(tree, []) or [])


def _col_chars(src_lines: list[str], node: ast.expr) -> int:
    """Return the character column of a node (ast gives bytes)."""
    line = src_lines[node.lineno - 1].encode("utf-8")
    return len(line[: node.col_offset].decode("utf-8"))


# --------------------------------------------------------------------------- UI: tr() and the .ts files

_QT_APPS = {"QCoreApplication", "QApplication", "QGuiApplication"}


@dataclass
class TsText:
    context: str
    source: str
    translation: str | None  # plain text
    forms: tuple[str, ...] = ()  # numerus forms (Czech: 1, 2–4, 5+)


def load_ts(ts_dir: Path | None = None) -> dict[tuple[str, str], TsText]:
    """Read every finished translation of the Qt .ts files: (context, source) -> text."""
    ts_dir = ts_dir or TS_DIR
    out: dict[tuple[str, str], TsText] = {}
    for ts in sorted(ts_dir.glob("*_cs.ts")):
        for ctx in ET.parse(ts).getroot().iter("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
                    continue
                source = msg.findtext("source") or ""
                if msg.get("numerus") == "yes":
                    forms = tuple(f.text or "" for f in tr.iter("numerusform"))
                    if forms and all(forms):
                        out.setdefault((name, source), TsText(name, source, None, forms))
                elif tr.text:
                    out.setdefault((name, source), TsText(name, source, tr.text))
    return out


def _numerus_ids(source: str) -> tuple[str, str]:
    """Return English singular and plural msgids of a Qt numerus source: "%n change(s)" -> "{n} change",
    "{n} changes"."""
    text = source.replace("{", "{{").replace("}", "}}").replace("%n", "{n}")
    singular = re.sub(r"\((?:s|es)\)", "", text)
    plural = re.sub(r"\((s|es)\)", r"\1", text)
    return singular, plural


@dataclass
class UiCall:
    node: ast.Call
    context: str | None  # None: not known statically (obj.tr() on another object)
    source: ast.expr
    count: ast.expr | None


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _wrappers(tree: ast.Module) -> dict[str, str]:
    """Return module functions ``def f(text): return QCoreApplication.translate("Ctx", text)``: name -> Ctx."""
    out = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
            continue
        body = [b for b in node.body if not (isinstance(b, ast.Expr) and isinstance(b.value, ast.Constant))]
        if len(body) != 1 or not isinstance(body[0], ast.Return) or not isinstance(body[0].value, ast.Call):
            continue
        call = body[0].value
        f = call.func
        if (isinstance(f, ast.Attribute) and f.attr == "translate" and isinstance(f.value, ast.Name)
                and f.value.id in _QT_APPS and len(call.args) == 2 and _literal(call.args[0]) is not None
                and isinstance(call.args[1], ast.Name) and call.args[1].id == node.args.args[0].arg):
            out[node.name] = _literal(call.args[0]) or ""
    return out


def _ui_calls(tree: ast.Module) -> tuple[list[UiCall], dict[str, str]]:
    wrappers = _wrappers(tree)
    found: list[UiCall] = []

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else cls
            if isinstance(child, ast.FunctionDef) and child.name in wrappers and node is tree:
                continue  # the wrapper's own translate(ctx, text): it goes once its calls are converted
            if isinstance(child, ast.Call):
                f = child.func
                if isinstance(f, ast.Attribute) and f.attr == "tr" and child.args:
                    ctx = cls if isinstance(f.value, ast.Name) and f.value.id in ("self", "cls") else None
                    count = child.args[2] if len(child.args) > 2 else None
                    found.append(UiCall(child, ctx, child.args[0], count))
                elif (isinstance(f, ast.Attribute) and f.attr == "translate" and isinstance(f.value, ast.Name)
                      and f.value.id in _QT_APPS and len(child.args) >= 2 and _literal(child.args[0]) is not None):
                    count = child.args[3] if len(child.args) > 3 else None
                    found.append(UiCall(child, _literal(child.args[0]), child.args[1], count))
                elif isinstance(f, ast.Name) and f.id in wrappers and len(child.args) == 1:
                    found.append(UiCall(child, wrappers[f.id], child.args[0], None))
            visit(child, inner)

    visit(tree, None)
    return found, wrappers


def _lookup(ts: dict[tuple[str, str], TsText], context: str | None, source: str) -> TsText | None:
    """Return the .ts text of a call: its own context, else the one translation all contexts agree on."""
    if context is not None and (context, source) in ts:
        return ts[(context, source)]
    same = [t for (c, s), t in ts.items() if s == source]
    if not same:
        return None
    first = same[0]
    if all(t.translation == first.translation and t.forms == first.forms for t in same):
        return first
    return None


def convert_ui(path: Path, texts: Texts, ts: dict[tuple[str, str], TsText], write: bool = True) -> None:
    """Convert the Qt tr()/translate() calls of one module to the catalog."""
    source = path.read_text(encoding="utf-8")
    if ".tr(" not in source and "translate(" not in source:
        return
    tree = ast.parse(source)
    calls, wrappers = _ui_calls(tree)
    if not calls:
        return
    src_lines = source.splitlines()
    fstrings = _fstring_spans(tree, src_lines)
    edits: list[Edit] = []
    used: set[str] = set()
    left_here = 0
    for call in calls:
        where = f"{path.relative_to(ROOT)}:{call.node.lineno}"
        text = _literal(call.source)
        if text is None:
            texts.left.append(f"{where}: the text is not a literal: {ast.unparse(call.node)[:80]}")
            left_here += 1
            continue
        found = _lookup(ts, call.context, text)
        if found is None:
            texts.left.append(f"{where}: no Czech for {call.context}|{text!r}")
            left_here += 1
            continue
        ctx_name = call.context or found.context
        col, indent = _col_chars(src_lines, call.node), line_indent(src_lines, call.node.lineno)
        if call.count is not None:
            if not found.forms:
                texts.left.append(f"{where}: {text!r} counts but its translation has no plural forms")
                left_here += 1
                continue
            singular, plural = _numerus_ids(text)
            forms = tuple(f.replace("{", "{{").replace("}", "}}").replace("%n", "{n}") for f in found.forms)
            context = texts.add((singular, plural), forms, ctx_name)
            func = "ngettext" if context is None else "npgettext"
            n_src = ast.unparse(call.count)
            new = call_source(func, [str_lit(singular), str_lit(plural), n_src], {"n": n_src}, col, indent,
                              context, texts_at=(0, 1), quote=_quote_at(fstrings, call.node))
        else:
            if found.translation is None:
                texts.left.append(f"{where}: {text!r} has only plural forms in the .ts")
                left_here += 1
                continue
            context = texts.add(text, found.translation, ctx_name)
            func = "_" if context is None else "pgettext"
            new = call_source(func, [str_lit(text)], {}, col, indent, context, texts_at=(0,),
                              quote=_quote_at(fstrings, call.node))
        used.add(func)
        edits.append(Edit((call.node.lineno, call.node.col_offset),
                          (call.node.end_lineno or call.node.lineno, call.node.end_col_offset or 0), new))
    if not edits:
        return
    source = apply_edits(source, edits)
    if not left_here and wrappers:
        source = _drop_functions(source, set(wrappers))
    source = _drop_unused_qt_apps(source)
    source = rename_underscore_targets(source)
    source = ensure_import(source, used)
    if write:
        path.write_text(source, encoding="utf-8")
    texts.changed.append(str(path.relative_to(ROOT)))


_FSTRING_OPEN = re.compile(r"[rRbBfFuU]*(\"\"\"|'''|\"|')")


def _fstring_spans(tree: ast.Module, src_lines: list[str]) -> list[tuple[tuple[int, int], tuple[int, int], str]]:
    """Return (start, end, quote) of every f-string: a call inside one needs the other quote (Python 3.11)."""
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            line = src_lines[node.lineno - 1].encode("utf-8")[node.col_offset:].decode("utf-8", "replace")
            m = _FSTRING_OPEN.match(line)
            quote = m.group(1)[0] if m else '"'
            out.append(((node.lineno, node.col_offset), (node.end_lineno or node.lineno, node.end_col_offset or 0),
                        quote))
    return out


def _quote_at(spans: list[tuple[tuple[int, int], tuple[int, int], str]], node: ast.expr) -> str:
    at = (node.lineno, node.col_offset)
    inside = [q for a, b, q in spans if a <= at < b]
    if not inside:
        return '"'
    return "'" if inside[-1] == '"' else '"'


def _drop_unused_qt_apps(source: str) -> str:
    """Drop the QCoreApplication/QApplication imports that only served translate()."""
    tree = ast.parse(source)
    names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    names |= {n.value.id for n in ast.walk(tree) if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name)}
    unused = _QT_APPS - names
    for module in ("PySide6.QtCore", "PySide6.QtWidgets", "PySide6.QtGui"):
        source = remove_import_names(source, module, unused)
    return source


def _drop_functions(source: str, names: set[str]) -> str:
    """Delete module-level functions (the tr() wrappers nothing calls any more)."""
    tree = ast.parse(source)
    still = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    edits = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name in names and node.name not in still:
            start = node.lineno - len(node.decorator_list)
            end = (node.end_lineno or node.lineno) + 1
            lines = source.splitlines(keepends=True)
            while end - 1 < len(lines) and not lines[end - 1].strip():  # the blank lines after it
                end += 1
            edits.append(Edit((start, 0), (end, 0), ""))
    return apply_edits(source, edits) if edits else source


# --------------------------------------------------------------------------- main

def core_files() -> list[Path]:
    return sorted(p for p in PKG.rglob("*.py") if "migrations" not in p.parts)


def run(check: bool = False, ui: bool = False) -> Texts:
    texts = Texts(load_catalog())
    for path in core_files():
        convert_core(path, texts, write=not check)
    if ui:
        ts = load_ts()
        for path in core_files():
            convert_ui(path, texts, ts, write=not check)
        if not check and not texts.left:  # every text is in the catalog now: the .ts files go
            for old in sorted(TS_DIR.glob("*.ts")):
                old.unlink()
                texts.changed.append(str(old.relative_to(ROOT)))
    if not check:
        prune(texts.cat, extract())
        save_catalog(texts.cat)
    return texts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only report; exit 1 when something is left")
    ap.add_argument("--ui", action="store_true", help="also convert the UI's tr() calls with the .ts files")
    args = ap.parse_args(argv)
    texts = run(check=args.check, ui=args.ui)
    for c in texts.changed:
        print("converted", c)
    for item in texts.left:
        print("LEFT", item)
    return 1 if (args.check and (texts.left or texts.changed)) else 0


if __name__ == "__main__":
    sys.exit(main())
