"""A member's home page for a board: the next meeting and its pack, papers new or changed since I
last read them, my questions for the meeting, and my open action points. Links open each thing."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from boarddesk.gui.i18n import fill
from boarddesk.gui.shell.detail_html import STYLE
from boarddesk.model.formatting import format_date
from boarddesk.services.boards.home import CHANGED, NEW, HomePage, home_page

if TYPE_CHECKING:
    from boarddesk.gui.shell.context import ViewContext


def _e(text: object) -> str:
    return escape(str(text)) if text not in (None, "") else ""


def _section(title: str, empty: str = "", table: str = "") -> list[str]:
    """A heading, then the section's table or list, or a muted line saying why it is empty."""
    return [f"<h2>{_e(title)}</h2>", table or f'<p class="muted">{_e(empty)}</p>']


class HomeView(QWidget):
    def __init__(self, context: ViewContext) -> None:
        super().__init__(context.parent)
        self.context = context
        self.board_id: str | None = None
        self.page: HomePage | None = None
        self.setAccessibleName(self.tr("Home"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Home page"))
        self.browser.anchorClicked.connect(self._follow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.browser)

    # -- the window's view protocol ----------------------------------------------------------
    def show_item(self, ident: str) -> None:
        self.board_id = ident
        self.page = home_page(self.context.store, ident, self.context.reader_name())
        self.browser.setHtml(self.html(self.page))

    def plain_text(self) -> str:
        return self.browser.toPlainText()

    def _follow(self, url: QUrl) -> None:
        kind, _, ident = url.toString().partition(":")
        self.context.open_target(kind, ident)

    # -- the page -----------------------------------------------------------------------------
    def html(self, page: HomePage) -> str:
        lang = self.context.lang
        parts = [STYLE, f"<h1>{_e(page.board_name)}</h1>"]
        meeting = page.meeting
        heading = self.tr("Next meeting") if page.upcoming else self.tr("Latest meeting")
        parts.append(f"<h2>{heading}</h2>")
        if meeting is None:
            none = self.tr("The board has no meetings yet.")
            parts.append(f'<p class="muted">{none}</p>')
        else:
            where = f", {_e(meeting.place)}" if meeting.place else ""
            read, agenda = self.tr("Read the meeting pack"), self.tr("Agenda and minutes")
            parts.append(
                f"<p><b>{_e(meeting.label())}</b> · {_e(format_date(meeting.date, lang))}{where}<br>"
                f'<a href="document:meeting:{_e(meeting.id)}">{read}</a> · '
                f'<a href="meeting:{_e(meeting.id)}">{agenda}</a></p>'
            )
            if not page.upcoming:
                latest = self.tr("No meeting is planned yet; this is the latest one.")
                parts.append(f'<p class="muted">{latest}</p>')
        parts += self._papers(page)
        parts += self._questions(page)
        parts += self._action_points(page)
        guide = self.tr("F1 opens a short guide.")
        parts.append(f'<p class="muted">{guide}</p>')
        return "".join(parts)

    def _papers(self, page: HomePage) -> list[str]:
        fresh = [p for p in page.papers if p.state in (NEW, CHANGED)]
        title = fill(self.tr("Papers new or changed since I last read them ({count})"), count=len(fresh))
        if not page.papers:
            return _section(title, self.tr("The meeting has no papers yet."))
        if not fresh:
            return _section(title, self.tr("You have read every paper of the meeting."))
        labels = {NEW: self.tr("new"), CHANGED: self.tr("changed")}
        rows = "".join(
            f'<tr><td width="8%"><b>{labels[p.state]}</b></td><td><a href="document:{_e(p.attachment_id)}">{_e(p.case_label)}</a>'
            f'<br><span class="muted">{_e(p.title)}</span></td></tr>'
            for p in fresh
        )
        return _section(title, table=f'<table class="grid" width="100%">{rows}</table>')

    def _questions(self, page: HomePage) -> list[str]:
        title = fill(self.tr("My questions for the meeting ({count})"), count=len(page.questions))
        if not page.questions:
            return _section(title, self.tr("Mark a note as a question for the meeting and it is listed here."))
        items = "".join(f"<li><b>{_e(q.label)}</b>: {_e(q.note.text)}</li>" for q in page.questions)
        return _section(title, table=f"<ul>{items}</ul>")

    def _action_points(self, page: HomePage) -> list[str]:
        lang = self.context.lang
        title = fill(self.tr("My open action points ({count})"), count=len(page.my_action_points))
        if not page.my_action_points:
            return _section(title, self.tr("No open action points name you."))
        rows = "".join(
            f"<tr><td>{_e(p['text'])}</td><td>{_e(p.get('responsible'))}</td>"
            f"<td>{_e(format_date(p.get('due'), lang)) if p.get('due') else ''}</td></tr>"
            for p in page.my_action_points
        )
        what, who, due = self.tr("What"), self.tr("Who"), self.tr("Due")
        header = f"<tr><th>{what}</th><th>{who}</th><th>{due}</th></tr>"
        return _section(title, table=f'<table class="grid" width="100%">{header}{rows}</table>')
