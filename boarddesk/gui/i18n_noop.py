"""Texts of minutes_html.py that tr() looks up at run time but pyside6-lupdate cannot collect
(they sit inside f-strings). That file is being rewritten in another change; once its tr() calls
leave the f-strings this module goes. Everywhere else texts are written where lupdate finds them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = (
    QT_TRANSLATE_NOOP("MinutesPage", "(none)"),
    QT_TRANSLATE_NOOP("MinutesPage", "Action points"),
    QT_TRANSLATE_NOOP("MinutesPage", "Adjustment"),
    QT_TRANSLATE_NOOP("MinutesPage", "Amendments after approval"),
    QT_TRANSLATE_NOOP("MinutesPage", "Chair"),
    QT_TRANSLATE_NOOP("MinutesPage", "Changes to the published agenda"),
    QT_TRANSLATE_NOOP("MinutesPage", "Decision"),
    QT_TRANSLATE_NOOP("MinutesPage", "Disqualified"),
    QT_TRANSLATE_NOOP("MinutesPage", "Dissent"),
    QT_TRANSLATE_NOOP("MinutesPage", "Minutes of meeting %1"),
    QT_TRANSLATE_NOOP("MinutesPage", "Minutes status"),
)
