"""The main window rendered offscreen with one view shown: what `boarddesk shot` saves."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from boarddesk.gui.i18n import install_translators
from boarddesk.store import Store


def render_window(store: Store, kind: str, ident: str, tab: str | None, lang: str, size: tuple[int, int]) -> QImage:
    """The whole window at `size` showing the thing (and the tab of a project view), as an image.

    Settings go to a throwaway file, and the translators are taken out again afterwards, so an
    app that runs on (the tests') is left as it was."""
    from boarddesk.gui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    locale = QLocale()
    translators = install_translators(app, lang)
    try:
        with tempfile.TemporaryDirectory() as folder:
            settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
            window = MainWindow(store, settings, lang)
            window.resize(*size)
            window.show()
            window.open_target(kind, ident)
            if tab:
                window.current_view().select_tab(tab)
            deadline = time.monotonic() + 30
            while getattr(window.current_view(), "busy", False) and time.monotonic() < deadline:
                app.processEvents()  # a view reading in a worker (a very large portfolio)
                time.sleep(0.01)
            for _ in range(3):
                app.processEvents()
            image = window.grab().toImage()
            window.close()
            window.deleteLater()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(locale)
    return image
