"""The views the main window shows on the right, one per kind of thing.

A view is a QWidget made with `View(context)` (a ViewContext: what it may use of the window); the
window calls `show_item(ident)` to fill it and `plain_text()` reads what it shows (for copying and
for tests). Views open other things through `context.open_target(kind, ident)`. To give a kind a
richer view, point its entry here at it.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from boarddesk.gui.shell.context import ViewContext

ViewFactory = Callable[["ViewContext"], "QWidget"]


# Every view is imported when its kind is first shown, not with the window: together their
# modules take about 0.25 s to import (each 55-140 ms: the PDF reader, the agenda and minutes,
# the portfolio's tables), and none is needed for the first paint; the first one opens just after.
def _home(context: ViewContext) -> QWidget:
    from boarddesk.gui.shell.home_view import HomeView

    return HomeView(context)


def _project(context: ViewContext) -> QWidget:
    from boarddesk.gui.project.project_view import ProjectView

    return ProjectView(context)


def _meeting(context: ViewContext) -> QWidget:
    from boarddesk.gui.meeting.meeting_view import MeetingView

    return MeetingView(context)


def _portfolio(context: ViewContext) -> QWidget:
    from boarddesk.gui.portfolio.portfolio_view import PortfolioView

    return PortfolioView(context)


def _document(context: ViewContext) -> QWidget:
    from boarddesk.gui.reader.document_view import DocumentView

    return DocumentView(context)


VIEWS: dict[str, ViewFactory] = {
    "home": _home,
    "project": _project,
    "meeting": _meeting,
    "board": _portfolio,
    "document": _document,
}


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
            import pyqtgraph  # noqa: F401 - CHART_LIBRARY
        except Exception:  # noqa: BLE001 - the GUI thread imports it again and reports the error there
            sys.modules.pop(CHART_LIBRARY, None)

    _preload = threading.Thread(target=work, name="preload-charts", daemon=True)
    _preload.start()
    return _preload
