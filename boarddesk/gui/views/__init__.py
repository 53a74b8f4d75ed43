"""The views the main window shows on the right, one per kind of thing.

A view is a QWidget made with `View(window)`; the window calls `show_item(ident)` to fill it and
`plain_text()` reads what it shows (for copying and for tests). Views open other things through
`window.open_target(kind, ident)`. To give a kind a richer view, point its entry here at it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from boarddesk.gui.main_window import MainWindow

ViewFactory = Callable[["MainWindow"], QWidget]


# kind -> "module:Class"; a view's module is imported only when that kind is first shown, so
# the PDF reader's or the charts' imports do not delay the window's first paint.
VIEWS = {
    "project": "boarddesk.gui.views.project_view:ProjectView",
    "meeting": "boarddesk.gui.views.meeting_view:MeetingView",
    "board": "boarddesk.gui.views.portfolio_view:PortfolioView",
    "document": "boarddesk.gui.reader.document_view:DocumentView",
}


def _lazy(spec: str) -> ViewFactory:
    def make(window: MainWindow) -> QWidget:
        module, _, name = spec.partition(":")
        return getattr(importlib.import_module(module), name)(window)

    return make


def view_factories() -> dict[str, ViewFactory]:
    return {kind: _lazy(spec) for kind, spec in VIEWS.items()}
