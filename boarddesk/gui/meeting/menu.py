"""The Meetings menu: a new meeting, the cases of the year, the decision and action registers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from boarddesk.gui.meeting.common import open_meeting as open_meeting_on
from boarddesk.gui.meeting.dialogs import NewMeetingDialog
from boarddesk.gui.meeting.registers import ActionRegisterDialog, CasesOfYearDialog, DecisionRegisterDialog
from boarddesk.services.boards.identity import may_edit_meetings
from boarddesk.services.boards.lookup import first_board
from boarddesk.services.meetings.reading import latest_meeting_year

if TYPE_CHECKING:
    from boarddesk.gui.shell.context import ViewContext


def install(context: ViewContext) -> None:
    menu = context.menu_bar.addMenu(QCoreApplication.translate("MainWindow", "&Meetings"))

    def open_meeting(meeting_id: str, case_id: str | None = None) -> None:
        open_meeting_on(context, meeting_id, case_id)

    def new_meeting() -> None:
        dialog = NewMeetingDialog(context.store, context.current_board(), context.parent)
        # Only a board's secretary sets up its meetings: the other boards are not offered.
        for row in reversed(range(dialog.board.count())):
            if not may_edit_meetings(context.store, dialog.board.itemData(row)):
                dialog.board.removeItem(row)
        if not dialog.board.count():
            QMessageBox.information(
                context.parent,
                QCoreApplication.translate("MainWindow", "New meeting"),
                QCoreApplication.translate(
                    "MainWindow", "Only a board's secretary sets up its meetings. Board → Who I am… sets your role."
                ),
            )
            return
        if dialog.exec() and dialog.meeting_id:
            context.reload_navigator()
            open_meeting(dialog.meeting_id)

    def cases_of_year() -> None:
        from datetime import date

        board = context.current_board() or first_board(context.store)
        if board:
            year = latest_meeting_year(context.store, board) or date.today().year
            CasesOfYearDialog(context.store, board, year, context.lang, open_meeting, context.parent).exec()

    for text, slot, keys in (
        (QCoreApplication.translate("MainWindow", "&New meeting…"), new_meeting, "Ctrl+Shift+N"),
        (QCoreApplication.translate("MainWindow", "&Cases of the year…"), cases_of_year, "Ctrl+Shift+Y"),
        (
            QCoreApplication.translate("MainWindow", "&Decision register…"),
            lambda: DecisionRegisterDialog(
                context.store,
                context.lang,
                open_meeting,
                context.parent,
                lambda project: context.open_target("project", project),
            ).exec(),
            "Ctrl+Shift+D",
        ),
        (
            QCoreApplication.translate("MainWindow", "&Action points…"),
            lambda: ActionRegisterDialog(context.store, context.lang, open_meeting, context.parent).exec(),
            "Ctrl+Shift+A",
        ),
    ):
        action = QAction(text, context.parent, shortcut=QKeySequence(keys))
        action.triggered.connect(slot)
        menu.addAction(action)
