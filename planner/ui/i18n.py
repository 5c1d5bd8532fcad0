"""The UI's language: the planner's own catalog (planner/i18n.py) and Qt's translations of its own dialogs.

Every planner text, core and UI alike, comes from the one gettext catalog (``_()``, ``ngettext()``);
Qt's QTranslator is installed only for the strings Qt itself shows (QFileDialog's "Look in:",
QMessageBox's buttons, the context menu of a line edit), from the ``qtbase_<lang>.qm`` that PySide6
ships. The locale default makes dates, numbers and the first day of the week Czech.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from planner import i18n as catalog

log = logging.getLogger(__name__)

LANGUAGES = catalog.LANGUAGES
_installed: list[QTranslator] = []

# Qt's own strings that the qtbase catalog PySide6 ships does not translate: Qt 6.11 renamed them
# ("Look in:" became "&Look in:"). They label Qt's own file dialog, which this program shows where
# the platform has none (Linux; Windows shows its own dialog in Windows' language).
_QT_GAPS = {
    ("QFileDialog", "&Look in:"): catalog.N_("&Look in:"),
    ("QFileDialog", "Files of &type:"): catalog.N_("Files of &type:"),
}


class _QtGaps(QTranslator):
    """Qt's strings missing from qtbase_<lang>.qm, from the planner's catalog (asked after qtbase)."""

    def translate(self, context: str, source_text: str, /, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        if (context, source_text) in _QT_GAPS:
            return catalog._(source_text)
        return None


def install(app: QCoreApplication, lang: str) -> None:
    """Switch the language of every text: the planner's catalog, Qt's own strings and the locale."""
    catalog.set_language(lang)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if catalog.language() == "cs":
        QLocale.setDefault(QLocale(QLocale.Language.Czech, QLocale.Country.Czechia))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return
    gaps = _QtGaps(app)  # installed first, so asked last: only for what qtbase lacks
    app.installTranslator(gaps)
    _installed.append(gaps)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{catalog.language()}", qt_dir):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    else:
        log.warning("Qt's own %s translations not found in %s", catalog.language(), qt_dir)


if __name__ == "__main__":  # pragma: no cover - developer helper
    print(catalog.compiled_mo(sys.argv[1] if len(sys.argv) > 1 else "cs"))
