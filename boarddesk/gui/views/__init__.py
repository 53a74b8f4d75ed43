"""The views the main window shows on the right, one per kind of thing.

A view is a QWidget made with `View(window)`; the window calls `show_item(ident)` to fill it and
`plain_text()` reads what it shows (for copying and for tests). Views open other things through
`window.open_target(kind, ident)`. To give a kind a richer view, point its entry here at it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from boarddesk.gui.main_window import MainWindow

ViewFactory = Callable[["MainWindow"], QWidget]


def view_factories() -> dict[str, ViewFactory]:
    from boarddesk.gui.views.html_pages import BoardPage, MeetingPage, ProjectPage

    return {"project": ProjectPage, "meeting": MeetingPage, "board": BoardPage}
