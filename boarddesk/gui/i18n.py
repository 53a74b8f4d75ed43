"""The interface language: Norwegian bokmål by default, English on request."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from boarddesk.locator import resource
from boarddesk.model.formatting import QT_DATE_FORMAT

TRANSLATIONS = resource("translations")
LANGUAGES = {"nb": "Norsk bokmål", "en": "English"}


def interface_lang() -> str:
    """The language the interface was started in (install_translators sets the default locale)."""
    return "nb" if QLocale().language() == QLocale.Language.NorwegianBokmal else "en"


def date_field_format() -> str:
    """How a date field (QDateEdit) shows its date: as format_date writes dates in this language."""
    return QT_DATE_FORMAT[interface_lang()]


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Load BoardDesk's and Qt's own translations; English is the source language and needs none."""
    QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal if lang == "nb" else QLocale.Language.English))
    installed = []
    if lang == "en":
        return installed
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS / f"boarddesk_{lang}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
