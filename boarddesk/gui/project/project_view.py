"""The project view: the card, its RAG history, milestone charts and risks, one tab each.

Only the tab on screen is filled; the others wait until they are opened, so opening a card costs
one card query; the chart library is imported in the background after the window's first paint,
and the charts are made when a board member first looks at them.
Alt+1…4, Ctrl+Tab or the underlined letters move between the tabs (the window keeps Ctrl+1 and
Ctrl+2 for "go to navigator" and "go to details").
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from boarddesk.gui.project.card_html import CardPages
from boarddesk.gui.project.rag_grid import RagHistoryView
from boarddesk.gui.project.risk_matrix import RiskView
from boarddesk.gui.rag import rag_text
from boarddesk.services.portfolio.cards import ProjectCard, load_card

if TYPE_CHECKING:
    from boarddesk.gui.shell.context import ViewContext

TABS = ("card", "rag", "timeline", "risks")


class ProjectView(QWidget):
    def __init__(self, context: ViewContext) -> None:
        super().__init__(context.parent)
        self.context = context
        self.project_id: str | None = None
        self.card_data: ProjectCard | None = None
        self._filled: set[str] = set()
        self._plain_title = ""
        self.pages = CardPages(context.lang)
        self.setAccessibleName(self.tr("Project"))

        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.card = QTextBrowser(self)
        self.card.setOpenLinks(False)
        self.card.setAccessibleName(self.tr("Project card"))
        # the card's tables are 100 % wide and wrap; rounding alone would show a useless scroll bar
        self.card.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.card.anchorClicked.connect(self._follow)
        self.rag = RagHistoryView(context.store, context.lang, self)
        self.timeline_box = QWidget(self)
        QVBoxLayout(self.timeline_box).setContentsMargins(0, 0, 0, 0)
        self.charts = None  # MilestoneCharts, made when the tab is first shown
        self.risks = RiskView(context.store, self)
        for widget, label in (
            (self.card, self.tr("&Card")),
            (self.rag, self.tr("&RAG history")),
            (self.timeline_box, self.tr("&Timeline")),
            (self.risks, self.tr("Ris&ks")),
        ):
            self.tabs.addTab(widget, label)
        for number in range(len(TABS)):
            shortcut = QShortcut(QKeySequence(f"Alt+{number + 1}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=number: self.tabs.setCurrentIndex(n))
        self.tabs.currentChanged.connect(lambda _index: self._fill_current())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)

    # -- the window's view protocol ----------------------------------------------------------
    def show_item(self, ident: str) -> None:
        self.project_id = ident
        self.card_data = load_card(self.context.store, ident)
        self._filled.clear()
        self._show_title(self.card_data)
        self._fill_current()

    def refresh(self) -> None:
        """Read the project again (after an edit): the tab on screen now, the others when opened."""
        if self.project_id is not None:
            self.show_item(self.project_id)

    def plain_text(self) -> str:
        current = self.tabs.currentWidget()
        body = current.toPlainText() if isinstance(current, QTextBrowser) else ""
        return f"{self._plain_title}\n{body}" if body else self._plain_title

    def select_tab(self, name: str) -> None:
        """Show the tab called card, rag, timeline or risks."""
        self.tabs.setCurrentIndex(TABS.index(name))
        self._fill_current()

    # -- filling ------------------------------------------------------------------------------
    def _show_title(self, card: ProjectCard) -> None:
        report = card.latest_report
        ratings = ""
        if report:
            ratings = (
                " &nbsp; <span style='font-size:10pt'>" + self.tr("Status") + f": {self._rating(report.overall_status)}"
                " · " + self.tr("Risk") + f": {self._rating(report.risk_level)}</span>"
            )
        self.title.setText(
            f"<span style='font-size:14pt; font-weight:bold'>{escape(card.project.name)}</span>{ratings}"
            f"<br><span style='color:#555'>{escape(card.board_name)}</span>"
        )
        self._plain_title = f"{card.project.name}\n{card.board_name}"
        self.setAccessibleDescription(card.project.name)

    def _rating(self, rag: str | None) -> str:
        return escape(rag_text(rag, self.context.lang)) if rag else self.tr("not reported")

    def _fill_current(self) -> None:
        if self.project_id is None or self.card_data is None:
            return
        name = TABS[self.tabs.currentIndex()]
        if name in self._filled:
            return
        self._filled.add(name)
        if name == "card":
            self.card.setHtml(self.pages.project(self.card_data))
        elif name == "rag":
            self.rag.show_project(self.project_id)
        elif name == "timeline":
            self._timeline().show_project(self.project_id)
        else:
            latest = self.card_data.latest_report
            self.risks.show_project(self.project_id, self.card_data.risks, latest and latest.risk_comment)

    def _timeline(self):
        if self.charts is None:
            from boarddesk.gui.project.milestone_charts import MilestoneCharts

            self.charts = MilestoneCharts(self.context.store, self.context.lang, parent=self.timeline_box)
            self.charts.open_project.connect(lambda ident: self.context.open_target("project", ident))
            self.timeline_box.layout().addWidget(self.charts)
        return self.charts

    def _follow(self, url: QUrl) -> None:
        kind, _, ident = url.toString().partition(":")
        self.context.open_target(kind, ident)
