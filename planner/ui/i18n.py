"""Translations: compile the .ts sources to one .qm (cached) and install Qt's own too.

Each area of the app keeps its Czech translations in
``resources/translations/<area>_cs.ts``; lrelease (shipped with PySide6) merges
them into one ``planner_cs.qm`` in the cache folder whenever a source changed,
so no generated file is committed. A frozen build (tools/build_app.py) ships the
compiled ``translations/planner_cs.qm`` instead and never runs lrelease.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from planner import i18n as catalog
from planner import paths

log = logging.getLogger(__name__)

LANGUAGES = ("cs", "en")
_installed: list[QTranslator] = []


def ts_files(lang: str) -> list[Path]:
    """Return the translation sources of a language, sorted."""
    return sorted(paths.resource_path("translations").glob(f"*_{lang}.ts"))


def qt_tool_path(tool: str) -> str | None:
    """Return a Qt tool (lrelease, lupdate) shipped with PySide6: in the package, beside the
    interpreter (a venv's bin/ or Scripts\\), else on PATH."""
    base = Path(PySide6.__file__).resolve().parent
    for name in (tool, f"{tool}.exe", f"Qt/bin/{tool}", f"Qt/libexec/{tool}"):
        candidate = base / name
        if candidate.exists():
            return str(candidate)
    scripts = Path(sys.executable).parent
    for name in (f"pyside6-{tool}", f"pyside6-{tool}.exe"):
        if (scripts / name).exists():
            return str(scripts / name)
    return shutil.which(f"pyside6-{tool}") or shutil.which(tool)


def lrelease_path() -> str | None:
    """Return the lrelease binary shipped with PySide6 (or one on PATH)."""
    return qt_tool_path("lrelease")


def compile_qm(lang: str, target: Path) -> bool:
    """Compile the language's .ts sources into ``target``; return whether it worked."""
    tool = lrelease_path()
    if tool is None:
        log.error("lrelease not found; the interface stays in English")
        return False
    tmp = target.with_suffix(".tmp.qm")
    cmd = [tool, "-silent", *map(str, ts_files(lang)), "-qm", str(tmp)]
    result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if result.returncode != 0 or not tmp.exists():
        log.error("lrelease failed: %s", result.stderr.strip())
        return False
    tmp.replace(target)
    return True


def frozen() -> bool:
    """Return whether this is the frozen application (PyInstaller), which ships compiled .qm files."""
    return bool(getattr(sys, "frozen", False))


def compiled_qm(lang: str) -> Path | None:
    """Return an up-to-date compiled .qm for the language, compiling when sources changed."""
    if frozen():
        shipped = paths.resource_path(f"translations/planner_{lang}.qm")
        return shipped if shipped.exists() else None
    sources = ts_files(lang)
    if not sources:
        return None
    digest = hashlib.sha1()
    for src in sources:
        digest.update(src.name.encode())
        digest.update(src.read_bytes())
    target = paths.cache_dir() / f"planner_{lang}_{digest.hexdigest()[:12]}.qm"
    if target.exists():
        return target
    if not compile_qm(lang, target):
        return None
    for old in paths.cache_dir().glob(f"planner_{lang}_*.qm"):
        if old != target:
            old.unlink(missing_ok=True)
    return target


def install(app: QCoreApplication, lang: str) -> None:
    """Install Qt's and the planner's translators for the language (English needs none)."""
    catalog.set_language(lang)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang == "cs":
        QLocale.setDefault(QLocale(QLocale.Language.Czech, QLocale.Country.Czechia))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    if lang == "en":
        return
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    qm = compiled_qm(lang)
    ours = QTranslator(app)
    if qm is not None and ours.load(str(qm)):
        app.installTranslator(ours)
        _installed.append(ours)
    elif qm is not None:
        log.error("could not load %s", qm)


if __name__ == "__main__":  # pragma: no cover - developer helper
    print(compiled_qm(sys.argv[1] if len(sys.argv) > 1 else "cs"))
