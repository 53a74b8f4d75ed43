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
    from boarddesk.gui.shell.main_window import MainWindow


def choose_board(window: MainWindow, title: str) -> tuple[str, str] | None:
    """The board on screen, or one the user picks: (id, name)."""
    boards = list_boards(window.store)
    target = window.current_target
    on_screen = next((b for b in boards if target and target[0] == "board" and target[1] == b.id), None)
    if on_screen or len(boards) == 1:
        board = on_screen or boards[0]
        return board.id, board.name
    if not boards:
        return None
    names = [b.name for b in boards]
    name, ok = QInputDialog.getItem(
        window, title, QCoreApplication.translate("BoardsMenu", "Which board?"), names, 0, False
    )
    return (boards[names.index(name)].id, name) if ok else None


def show_members(window: MainWindow) -> MembersDialog | None:
    board = choose_board(window, QCoreApplication.translate("BoardsMenu", "Board members"))
    if board is None:
        return None
    dialog = MembersDialog(window.store, board[0], board[1], window.lang, window)
    dialog.open()
    return dialog


def show_identity(window: MainWindow) -> IdentityDialog:
    dialog = IdentityDialog(window.store, window.lang, parent=window)
    dialog.accepted.connect(window.refresh_current)
    dialog.open()
    return dialog


def install(window: MainWindow) -> None:
    menu = window.menuBar().addMenu(QCoreApplication.translate("BoardsMenu", "&Board"))
    for text, slot in (
        (QCoreApplication.translate("BoardsMenu", "&Members…"), lambda: show_members(window)),
        (QCoreApplication.translate("BoardsMenu", "&Who I am…"), lambda: show_identity(window)),
    ):
        action = QAction(text, window)
        action.triggered.connect(slot)
        menu.addAction(action)
