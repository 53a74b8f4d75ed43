"""The interface language: Norwegian bokmål by default, English on request."""

from __future__ import annotations

import re

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from boarddesk.locator import resource
from boarddesk.model.formatting import QT_DATE_FORMAT

TRANSLATIONS = resource("translations")
LANGUAGES = {"nb": "Norsk bokmål", "en": "English"}
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def fill(text: str, /, **values: object) -> str:
    """A translated text with its {name} placeholders filled in, in one pass: a value that
    itself holds braces stays as it is, and a placeholder without a value stays visible."""
    return PLACEHOLDER.sub(lambda match: str(values.get(match.group(1), match.group(0))), text)


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
