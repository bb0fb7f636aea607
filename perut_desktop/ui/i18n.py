"""Qt translation: English source strings, Indonesian shipped as ``perut_id.qm``.

The ``.ts`` source is kept in ``resources/translations`` and refreshed with
``scripts/update-translations.sh`` (pyside6-lupdate over ``perut_desktop/ui``, then
pyside6-lrelease).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from perut_desktop.paths import resources_dir

log = logging.getLogger(__name__)

#: Languages the GUI offers, by code; Indonesian is the default (the users' language).
LANGUAGES: dict[str, str] = {"id": "Bahasa Indonesia", "en": "English"}
DEFAULT_LANGUAGE = "id"
#: The window's language chosen on the *Pengaturan* page (QSettings), used from the next start.
LANGUAGE_KEY = "ui/language"

#: Dates in tables follow Indonesian custom in every UI language ("12 Nov 2026").
DATE_LOCALE = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)

# Qt ships no Indonesian qtbase catalogue, so the few Qt-owned texts our dialogs show
# (standard buttons) are translated in our own catalogue under Qt's contexts.
_QT_OWNED_TEXTS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QProgressDialog", "Cancel"),
)


def translations_dir() -> Path:
    return resources_dir() / "translations"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the catalogues for ``language`` on ``app``; return them for removal.

    English is the source language and needs none. A missing catalogue is logged and
    leaves the English texts: a readable window beats a crash."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder, required in (
        (f"qtbase_{language}", qt_dir, False),
        (f"perut_{language}", str(translations_dir()), True),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        elif required:
            log.warning("translation %s not found in %s; showing English", name, folder)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


def chosen_language(given: str | None, saved: object) -> str:
    """The window's language: ``--lang`` when given, else the one chosen on the settings
    page, else Indonesian."""
    if given in LANGUAGES:
        return str(given)
    return str(saved) if saved in LANGUAGES else DEFAULT_LANGUAGE
