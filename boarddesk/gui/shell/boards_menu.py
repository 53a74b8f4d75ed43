"""The Board menu: who I am (name and role per board) and each board's members."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog

from boarddesk.gui.shell.identity_dialog import IdentityDialog
from boarddesk.gui.shell.members_dialog import MembersDialog
from boarddesk.services.boards.lookup import list_boards

if TYPE_CHECKING:
    from boarddesk.gui.shell.context import ViewContext


def choose_board(context: ViewContext, title: str) -> tuple[str, str] | None:
    """The board of what is on screen (a meeting, a project, the board itself), or one the user
    picks: (id, name)."""
    boards = list_boards(context.store)
    shown_board = context.current_board()
    on_screen = next((b for b in boards if b.id == shown_board), None)
    if on_screen or len(boards) == 1:
        board = on_screen or boards[0]
        return board.id, board.name
    if not boards:
        return None
    names = [b.name for b in boards]
    name, ok = QInputDialog.getItem(
        context.parent, title, QCoreApplication.translate("BoardsMenu", "Which board?"), names, 0, False
    )
    return (boards[names.index(name)].id, name) if ok else None


def show_members(context: ViewContext) -> MembersDialog | None:
    board = choose_board(context, QCoreApplication.translate("BoardsMenu", "Board members"))
    if board is None:
        return None
    dialog = MembersDialog(context.store, board[0], board[1], context.lang, context.parent)
    dialog.open()
    return dialog


def show_identity(context: ViewContext) -> IdentityDialog:
    dialog = IdentityDialog(context.store, context.lang, parent=context.parent)
    dialog.accepted.connect(context.refresh_current)
    dialog.open()
    return dialog


def install(context: ViewContext) -> None:
    menu = context.menu_bar.addMenu(QCoreApplication.translate("BoardsMenu", "&Board"))
    for text, slot in (
        (QCoreApplication.translate("BoardsMenu", "&Members…"), lambda: show_members(context)),
        (QCoreApplication.translate("BoardsMenu", "&Who I am…"), lambda: show_identity(context)),
    ):
        action = QAction(text, context.parent)
        action.triggered.connect(slot)
        menu.addAction(action)
