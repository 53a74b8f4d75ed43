"""An installation's self-check: the window in the chosen language, the forms, the icon, and a PDF
drawn through QtPdf. What `boarddesk self-check` runs in a wheel's venv and in the frozen app, where
a missing plugin, form or translation would otherwise show only on a user's screen."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCollator, QLocale, QSettings, QSize
from PySide6.QtGui import QIcon
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from boarddesk.gui.i18n import install_translators
from boarddesk.locator import resource
from boarddesk.store import Store

# One menu title per language that only a loaded translation can produce.
EXPECTED_MENU = {"nb": "Hjelp", "en": "Help"}


class SelfCheckFailed(RuntimeError):
    pass


def check_installation(store: Store, pdf: Path | None, lang: str = "nb") -> list[str]:
    """What was checked, a line each; SelfCheckFailed names the first thing that is missing."""
    from boarddesk.gui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translators(app, lang)
    lines = [f"Qt platform: {app.platformName()}"]
    icon = QIcon(str(resource("icons", "boarddesk.svg")))
    if icon.pixmap(QSize(64, 64)).isNull():
        raise SelfCheckFailed("the app icon could not be drawn (is Qt's SVG image plugin shipped?)")
    with tempfile.TemporaryDirectory() as folder:
        window = MainWindow(store, QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat), lang)
        window.show()
        app.processEvents()
        menus = [action.text().replace("&", "") for action in window.menuBar().actions()]
        window.close()
    lines.append(f"window menus ({lang}): {', '.join(menus)}")
    if EXPECTED_MENU[lang] not in menus:
        raise SelfCheckFailed(f"the {lang} translation did not load: the menus read {', '.join(menus)}")
    lines.append(_check_chart_library())
    lines.append(_check_sorting())
    if pdf is not None:
        lines.append(_check_pdf(pdf))
    return lines


def _check_chart_library() -> str:
    """The budget charts' library loads after the first paint; a frozen app must carry all of it."""
    from boarddesk.gui.views import CHART_LIBRARY

    try:
        import pyqtgraph  # noqa: F401 - CHART_LIBRARY

        import boarddesk.gui.portfolio.budget_charts  # noqa: F401
    except ImportError as missing:
        raise SelfCheckFailed(f"the chart library {CHART_LIBRARY} cannot be loaded: {missing}") from None
    return f"charts: {CHART_LIBRARY} loaded"


def _check_sorting() -> str:
    """Qt sorts by language with ICU's data; the frozen app ships only bokmål's and English's of it."""
    collator = QCollator(QLocale(QLocale.Language.NorwegianBokmal))
    order = sorted(["å", "z", "ø", "Æ", "a"], key=collator.sortKey)
    if order != ["a", "z", "Æ", "ø", "å"]:
        raise SelfCheckFailed(f"Norwegian sorting is wrong ({' '.join(order)}): is ICU's data shipped?")
    return f"sorting (nb): {' '.join(order)}"


def _check_pdf(pdf: Path) -> str:
    document = QPdfDocument()
    document.load(str(pdf))
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise SelfCheckFailed(f"QtPdf could not open {pdf}: {document.error().name}")
    image = document.render(0, QSize(300, 420))
    if image.isNull():
        raise SelfCheckFailed(f"QtPdf opened {pdf} but drew no page")
    return f"QtPdf: {pdf.name} opened, {document.pageCount()} pages, first page drawn"
