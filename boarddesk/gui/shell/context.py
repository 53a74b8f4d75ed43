"""What a view, an editor or an area's menu may use of the window around it.

The main window makes one ViewContext and hands it to every view, dialog and menu it builds, so
none of them depends on the whole window (tests/test_view_context.py keeps it so): the store and
the language, who is reading and which thing is shown, showing another thing, the status bar, the
undo stack, a parent for dialogs, the menu bar, and running work off the GUI thread."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from boarddesk.gui.shell.worker import StoreOp, Work
from boarddesk.services.boards.identity import who_am_i
from boarddesk.services.boards.lookup import board_of

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings, SignalInstance
    from PySide6.QtGui import QAction, QUndoStack
    from PySide6.QtWidgets import QMenuBar, QWidget

    from boarddesk.store import Store


@dataclass(frozen=True)
class ViewContext:
    store: Store
    lang: str
    settings: QSettings  # the user's own settings: the reader keeps each meeting's last page there
    parent: QWidget  # dialogs' parent; an action added to it works wherever the focus is in the window
    menu_bar: QMenuBar  # where an area adds its menu
    undo_stack: QUndoStack  # every edit goes here, so Ctrl+Z takes back the last one wherever it was made
    undo_actions: list[QAction]  # undo and redo: editors add them too, as their windows have the focus
    data_changed: SignalInstance  # emit after an edit, undo or redo wrote: the views show it again
    shown: Callable[[], tuple[str, str] | None]  # (kind, ident) of the thing on screen, if any
    open_target: Callable[[str, str], QWidget]  # show a thing and select it in the navigator; its view
    refresh_current: Callable[[], None]  # show the thing on screen again, as the store now holds it
    reload_navigator: Callable[[], None]  # read the boards again: after an import or a new meeting
    show_navigator: Callable[[bool], None]  # hide the navigator, so a page being read has the width
    show_status: Callable[[str, int], None]  # a message in the status bar, for so many milliseconds

    @property
    def current_target(self) -> tuple[str, str] | None:
        return self.shown()

    def current_board(self) -> str | None:
        """The board of the thing on screen, if one is shown."""
        target = self.shown()
        if not target:
            return None
        kind, ident = target
        if kind in ("board", "home"):
            return ident
        if kind == "document":  # the reader: a meeting's papers (meeting:<id>) or one attachment
            kind, ident = (
                ("meeting", ident[len("meeting:") :]) if ident.startswith("meeting:") else ("attachment", ident)
            )
        return board_of(self.store, kind, ident)

    def reader_name(self) -> str:
        """Who is reading: the name notes are written under (Board → Who I am)."""
        me = who_am_i(self.store)
        return me.name if me else getpass.getuser()

    def store_op(self, work: Work) -> StoreOp:
        """Work on a store of its own in the thread pool, with this window as its dialogs' parent."""
        return StoreOp(self.parent, self.store.path, work)
