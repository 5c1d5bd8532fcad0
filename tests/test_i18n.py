"""The one catalog (planner.i18n): coded errors in Czech and English, every marked text translated."""

from __future__ import annotations

import re
import string
import time
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from planner import errors, i18n
from planner.errors import DatabaseError, NotFound, ValidationError, ValidationErrors
from tests._tools import load_tool

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def czech() -> object:
    i18n.set_language("cs")
    yield None
    i18n.set_language("cs")


def test_coded_errors_render_in_czech_and_english() -> None:
    err = ValidationError("title", "required")
    assert err.message == "Název: pole je povinné."
    assert str(ValidationError("capacity", "too_long", max=200)) == "Kapacita: text je příliš dlouhý (nejvýše 200 znaků)."
    db = DatabaseError("db_unreachable", url="x.sqlite3", reason="boom")
    i18n.set_language("en")
    assert err.message == "Title: this field is required."  # rendered when shown, not when raised
    assert db.message == "Cannot connect to the database x.sqlite3: boom"
    assert NotFound("Event", 7).message == "Event was not found (id 7)."
    i18n.set_language("cs")
    assert db.message == "K databázi x.sqlite3 se nelze připojit: boom"


def test_a_message_under_its_field_does_not_repeat_the_label() -> None:
    err = ValidationError("postal_code", "psc_format")
    assert err.message == "PSČ: PSČ musí mít 5 číslic (např. 746 01)."
    assert errors.field_message(err) == "Musí mít 5 číslic (např. 746 01)."
    assert errors.field_message(ValidationError("title", "required")) == "Pole je povinné."
    i18n.set_language("en")
    assert errors.field_message(err) == "The postal code must have 5 digits (e.g. 746 01)."
    i18n.set_language("cs")
    both = ValidationErrors([err, ValidationError("email", "email_format", value="x@")])
    assert both.fields["email"] == "E-mail: „x@“ není platná e-mailová adresa."


def test_a_duplicate_without_a_value_and_an_explained_invalid_value() -> None:
    assert ValidationError("code", "duplicate").message == "Označení: taková hodnota už existuje."
    assert ValidationError("market", "invalid", value="vysvětlení").message == "Trh: vysvětlení"


def test_czech_plural_forms_through_the_catalog() -> None:
    forms = [i18n.ngettext("{n} event", "{n} events", n).format(n=n) for n in (1, 2, 5)]
    assert forms == ["1 akce", "2 akce", "5 akcí"]
    i18n.set_language("en")
    assert [i18n.ngettext("{n} event", "{n} events", n).format(n=n) for n in (1, 2, 5)] == \
        ["1 event", "2 events", "5 events"]


def test_a_fixed_language_catalog_serves_czech_texts_whatever_the_current_language() -> None:
    i18n.set_language("en")
    assert i18n.in_language("cs").gettext("Title") == "Název"
    assert i18n._("Title") == "Title"


def _catalog():
    with i18n.po_path("cs").open("rb") as f:
        return read_po(f, locale="cs")


def test_every_marked_text_has_a_czech_translation() -> None:
    """Extract every _()/N_()/NN_()/ngettext/pgettext msgid from planner/ (Babel) and look it up."""
    used = load_tool().extract()
    assert len(used) > 300
    cat = _catalog()
    missing = []
    for (context, msgid), texts in sorted(used.items(), key=lambda kv: (kv[0][0] or "", kv[0][1])):
        entry = cat.get(msgid, context)
        strings = entry.string if entry is not None else None
        if isinstance(strings, tuple | list):
            ok = all(strings) and len(texts) == 2 and len(strings) == 3
        else:
            ok = bool(strings) and len(texts) == 1
        if not ok:
            missing.append(f"{context or ''}|{msgid}")
    assert not missing, "texts without a Czech translation (run tools/i18n_convert.py or edit the .po):\n" + \
        "\n".join(missing)


def _fields(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name is not None}


def test_czech_texts_have_the_placeholders_of_their_english() -> None:
    """A Czech text with a placeholder the code does not pass would raise KeyError when shown."""
    bad = []
    for m in _catalog():
        if not m.id:
            continue
        ids = m.id if isinstance(m.id, tuple | list) else (m.id,)
        strings = m.string if isinstance(m.string, tuple | list) else (m.string,)
        try:
            want = set().union(*(_fields(i) for i in ids))
            got = [_fields(s) for s in strings]
        except ValueError as exc:  # an unbalanced brace
            bad.append(f"{m.id!r}: {exc}")
            continue
        if any(g - want for g in got) or (not isinstance(m.id, tuple | list) and got[0] != want):
            bad.append(f"{m.id!r} -> {m.string!r}")
    assert not bad, "\n".join(bad)


def test_the_catalog_declares_czech_plural_forms() -> None:
    text = i18n.po_path("cs").read_text(encoding="utf-8")
    assert re.search(r"Plural-Forms: nplurals=3; plural=\(n==1\) \? 0 : \(n>=2 && n<=4\) \? 1 : 2;", text)


def test_no_other_way_of_speaking_czech_is_left_in_the_core() -> None:
    """No t("cs", "en") calls, no {"cs": …, "en": …} dicts, no language switch in the code outside i18n."""
    offenders = []
    for path in sorted((ROOT / "planner").rglob("*.py")):
        if "migrations" in path.parts or path.name == "i18n.py":
            continue
        text = path.read_text(encoding="utf-8")
        rel = path.relative_to(ROOT)
        if re.search(r"from planner\.errors import[^\n]*\bt\b", text) or "errors.t(" in text:
            offenders.append(f"{rel}: t()")
        if re.search(r'\{\s*"cs":\s*"[^"]*",\s*"en":', text):
            offenders.append(f"{rel}: a {{'cs': …, 'en': …}} dict")
        if "errors.language()" in text or "errors.set_language" in text:
            offenders.append(f"{rel}: errors.language()")
    assert not offenders, "\n".join(offenders)


def test_the_tool_is_idempotent_on_the_tree() -> None:
    """The converter finds nothing left to convert in the core (a second run changes nothing)."""
    texts = load_tool().run(check=True)
    assert not texts.changed and not texts.left, (texts.changed, texts.left)


def test_loading_the_catalog_is_cheap_once_compiled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLANNER_DATA_DIR", str(tmp_path))
    first = i18n.compiled_mo("cs")  # compiles into the fresh cache
    assert first is not None and first.exists()
    started = time.perf_counter()
    for _ in range(10):
        assert i18n.compiled_mo("cs") == first
        i18n.load("cs")
    assert (time.perf_counter() - started) / 10 < 0.05  # a warm start pays a hash and one small read
