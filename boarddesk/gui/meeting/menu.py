"""The Meetings menu: a new meeting, the cases of the year, the decision and action registers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from boarddesk.gui.main_window import MainWindow


def _current_board(window: MainWindow) -> str | None:
    target = getattr(window, "current_target", None)
    if not target:
        return None
    kind, ident = target
    if kind == "board":
        return ident
    table = {"meeting": "meetings", "project": "projects"}.get(kind)
    return window.store.scalar(f"SELECT board_id FROM {table} WHERE id = ?", (ident,)) if table else None


def install(window: MainWindow) -> None:
    from boarddesk.gui.meeting.common import open_meeting as open_meeting_on
    from boarddesk.gui.meeting.dialogs import NewMeetingDialog
    from boarddesk.gui.meeting.registers import ActionRegisterDialog, CasesOfYearDialog, DecisionRegisterDialog

    menu = window.menuBar().addMenu(window.tr("&Meetings"))

    def open_meeting(meeting_id: str, case_id: str | None = None) -> None:
        open_meeting_on(window, meeting_id, case_id)

    def new_meeting() -> None:
        dialog = NewMeetingDialog(window.store, _current_board(window), window)
        if dialog.exec() and dialog.meeting_id:
            window.reload_navigator()
            open_meeting(dialog.meeting_id)

    def cases_of_year() -> None:
        from datetime import date

        board = _current_board(window) or window.store.scalar("SELECT id FROM boards ORDER BY position LIMIT 1")
        if board:
            # The year of the board's latest meeting: the one the secretary is working in.
            year = (
                window.store.scalar("SELECT max(year) FROM meetings WHERE board_id = ?", (board,)) or date.today().year
            )
            CasesOfYearDialog(window.store, board, year, window.lang, open_meeting, window).exec()

    for text, slot, keys in (
        (window.tr("&New meeting…"), new_meeting, "Ctrl+Shift+N"),
        (window.tr("&Cases of the year…"), cases_of_year, "Ctrl+Shift+Y"),
        (
            window.tr("&Decision register…"),
            lambda: DecisionRegisterDialog(
                window.store, window.lang, open_meeting, window, lambda project: window.open_target("project", project)
            ).exec(),
            "Ctrl+Shift+D",
        ),
        (
            window.tr("&Action points…"),
            lambda: ActionRegisterDialog(window.store, window.lang, open_meeting, window).exec(),
            "Ctrl+Shift+A",
        ),
    ):
        action = QAction(text, window, shortcut=QKeySequence(keys))
        action.triggered.connect(slot)
        menu.addAction(action)
