"""Read-only pages rendered as HTML: the simplest view of a project card, a meeting, a board."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTextBrowser

from boarddesk.gui.detail_html import DetailPages
from boarddesk.services import boards as board_service
from boarddesk.services.cards import load_card
from boarddesk.services.meetings import load_meeting

if TYPE_CHECKING:
    from boarddesk.gui.main_window import MainWindow


class HtmlPage(QTextBrowser):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.pages = DetailPages(window.lang)
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._follow)

    def _follow(self, url: QUrl) -> None:
        kind, _, ident = url.toString().partition(":")
        self.window_.open_target(kind, ident)

    def plain_text(self) -> str:
        return self.toPlainText()


class ProjectPage(HtmlPage):
    def show_item(self, ident: str) -> None:
        self.setAccessibleName(self.tr("Project card"))
        self.setHtml(self.pages.project(load_card(self.window_.store, ident)))


class MeetingPage(HtmlPage):
    def show_item(self, ident: str) -> None:
        self.setAccessibleName(self.tr("Meeting"))
        view = load_meeting(self.window_.store, ident)
        self.setHtml(self.pages.meeting(view.meeting, view.board, view.invitees, view.agenda))


class BoardPage(HtmlPage):
    def show_item(self, ident: str) -> None:
        self.setAccessibleName(self.tr("Board"))
        store = self.window_.store
        board = store.query_one("SELECT * FROM boards WHERE id = ?", (ident,))
        self.setHtml(self.pages.board(board, board_service.status_counts(store, ident)))
