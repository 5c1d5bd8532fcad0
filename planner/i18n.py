"""The one catalog of every text the program shows: core, CLI and UI alike (no Qt here).

English source texts (msgids) live in the code, marked with :func:`_` (translate now),
:func:`N_` (mark a constant, translate where it is shown), :func:`ngettext` (a counted
phrase: Czech has three plural forms, 1 akce / 2 akce / 5 akcí) and :func:`pgettext` (the
same English text that reads differently in Czech in two places). The Czech texts are in
``resources/locale/cs/LC_MESSAGES/planner.po``; placeholders are ``str.format`` names::

    _("{field}: this field is required.").format(field=label)
    ngettext("{n} event", "{n} events", n).format(n=n)

The catalog is read the first time a text is asked for. A frozen build ships the compiled
``planner.mo`` (tools/build_app.py compiles it); a source checkout compiles the .po with
Babel beside it whenever the .po changed (``planner-<content hash>.mo``, ignored by git; the
cache folder when that folder is read-only), so no generated file is committed and a start
with a compiled catalog costs a hash of the .po and one read (about 3 ms).
Qt's own dialogs (QFileDialog, QMessageBox buttons) are translated by Qt's qtbase catalog,
installed by planner/ui/i18n.py: that is the only other translation in the program.
"""

from __future__ import annotations

import gettext
import hashlib
import logging
import os
import sys
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

DOMAIN = "planner"
LANGUAGES = ("cs", "en")
_SOURCE_LANGUAGE = "en"  # the msgids are English: English needs no catalog

_lang = "cs"
_catalog: gettext.NullTranslations | None = None
_others: dict[str, gettext.NullTranslations] = {}


def set_language(lang: str) -> None:
    """Choose the language of every text ("cs" or "en"; "en_GB" counts as "en")."""
    global _lang, _catalog
    new = "en" if lang.lower().startswith("en") else "cs"
    if new != _lang:
        _catalog = None
    _lang = new


def language() -> str:
    """Return the current language code ("cs" or "en")."""
    return _lang


def _(message: str) -> str:
    """Return ``message`` (an English msgid) in the current language."""
    return _current().gettext(message)


def N_(message: str) -> str:
    """Mark ``message`` for the catalog without translating it (a table constant shown later by ``_``)."""
    return message


def NN_(singular: str, plural: str) -> tuple[str, str]:
    """Mark a counted phrase for the catalog (a table constant; shown later by ``ngettext(*pair, n)``)."""
    return singular, plural


def ngettext(singular: str, plural: str, n: int) -> str:
    """Return the form of a counted phrase for ``n`` (Czech: 1 / 2–4 / 0, 5 and more)."""
    return _current().ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """Return ``message`` as translated in ``context`` (one English text, two Czech ones)."""
    return _current().pgettext(context, message)


def npgettext(context: str, singular: str, plural: str, n: int) -> str:
    """Return the counted phrase for ``n`` as translated in ``context``."""
    return _current().npgettext(context, singular, plural, n)


def in_language(lang: str) -> gettext.NullTranslations:
    """Return the catalog of a given language, whatever the current one is (texts that are Czech by
    definition, such as mails to the public, and reading files whose headers may be in either language)."""
    if lang == _lang:
        return _current()
    cached = _others.get(lang)
    if cached is None:
        cached = _others[lang] = load(lang)
    return cached


def _current() -> gettext.NullTranslations:
    global _catalog
    if _catalog is None:
        _catalog = load(_lang)
    return _catalog


def po_path(lang: str) -> Path:
    """Return the translation source of a language."""
    from planner import paths

    return paths.resource_path(f"locale/{lang}/LC_MESSAGES/{DOMAIN}.po")


def shipped_mo_path(lang: str) -> Path:
    """Return where a frozen build keeps the compiled catalog."""
    from planner import paths

    return paths.resource_path(f"locale/{lang}/LC_MESSAGES/{DOMAIN}.mo")


def frozen() -> bool:
    """Return whether this is the frozen application (PyInstaller), which ships compiled catalogs."""
    return bool(getattr(sys, "frozen", False))


def compile_mo(po: Path, target: Path) -> None:
    """Compile a .po file into a .mo file with Babel (the build and a source checkout)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as f:
        catalog = read_po(f, locale=po.parent.parent.name, domain=DOMAIN)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)  # concurrent starts each write
    try:
        with os.fdopen(fd, "wb") as f:
            write_mo(f, catalog, use_fuzzy=False)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; every user of a shared checkout reads it
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def compiled_mo(lang: str) -> Path | None:
    """Return an up-to-date compiled catalog of the language, compiling it when the .po changed.

    A source checkout keeps it beside the .po as ``planner-<hash of the .po>.mo`` (ignored by git), so
    every process and every test's data folder share one compilation; where that folder cannot be
    written (an installed package) the user's cache folder holds it.
    """
    if frozen():
        shipped = shipped_mo_path(lang)
        return shipped if shipped.exists() else None
    po = po_path(lang)
    if not po.exists():
        return None
    name = f"{DOMAIN}-{hashlib.sha1(po.read_bytes()).hexdigest()[:12]}.mo"
    for folder in _mo_folders(po):
        target = folder / name
        if target.exists():
            return target
    for folder in _mo_folders(po):
        try:
            compile_mo(po, folder / name)
        except OSError:
            continue
        for old in folder.glob(f"{DOMAIN}-*.mo"):
            if old.name != name:
                old.unlink(missing_ok=True)
        return folder / name
    return None


def _mo_folders(po: Path) -> list[Path]:
    from planner import paths

    return [po.parent, paths.cache_dir()]


def load(lang: str) -> gettext.NullTranslations:
    """Return the translations of a language (English, or a missing catalog: the msgids themselves)."""
    if lang == _SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    try:
        mo = compiled_mo(lang)
        if mo is None:
            log.error("no %s catalog; texts stay in English", lang)
            return gettext.NullTranslations()
        with mo.open("rb") as f:
            return gettext.GNUTranslations(f)
    except (OSError, ValueError, ImportError) as exc:  # a broken cache or install must not stop the program
        log.error("cannot load the %s catalog (%s); texts stay in English", lang, exc)
        return gettext.NullTranslations()

