"""The views the main window shows on the right, one per kind of thing.

A view is a QWidget made with `View(window)`; the window calls `show_item(ident)` to fill it and
`plain_text()` reads what it shows (for copying and for tests). Views open other things through
`window.open_target(kind, ident)`. To give a kind a richer view, point its entry here at it.
"""

from __future__ import annotations

import importlib
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from boarddesk.gui.shell.main_window import MainWindow

ViewFactory = Callable[["MainWindow"], QWidget]


# kind -> "module:Class"; a view's module is imported only when that kind is first shown, so
# the PDF reader's or the charts' imports do not delay the window's first paint.
VIEWS = {
    "home": "boarddesk.gui.shell.home_view:HomeView",
    "project": "boarddesk.gui.project.project_view:ProjectView",
    "meeting": "boarddesk.gui.meeting.meeting_view:MeetingView",
    "board": "boarddesk.gui.portfolio.portfolio_view:PortfolioView",
    "document": "boarddesk.gui.reader.document_view:DocumentView",
}


def _lazy(spec: str) -> ViewFactory:
    def make(window: MainWindow) -> QWidget:
        module, _, name = spec.partition(":")
        return getattr(importlib.import_module(module), name)(window)

    return make


def view_factories() -> dict[str, ViewFactory]:
    return {kind: _lazy(spec) for kind, spec in VIEWS.items()}


# -- the chart library, imported ahead of need ------------------------------------------------------
CHART_LIBRARY = "pyqtgraph"  # about half a second to import (numpy and its own modules)
_preload: threading.Thread | None = None


def preload_chart_library() -> threading.Thread | None:
    """Import the chart library in a background thread, so the first chart a board member opens
    does not wait for it. Only Python modules are imported there; every widget is still made on
    the GUI thread. If a chart is wanted before the import is done, Python's import lock makes the
    GUI thread wait for the rest of it instead of importing twice. None if it is loaded already."""
    global _preload
    if CHART_LIBRARY in sys.modules or _preload is not None:
        return None

    def work() -> None:
        try:
            importlib.import_module(CHART_LIBRARY)
        except Exception:  # noqa: BLE001 - the GUI thread imports it again and reports the error there
            sys.modules.pop(CHART_LIBRARY, None)

    _preload = threading.Thread(target=work, name="preload-charts", daemon=True)
    _preload.start()
    return _preload
