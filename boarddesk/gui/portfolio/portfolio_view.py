"""The portfolio overview of a board for a period: RAG counts now against the previous period, the
project table (sortable, filterable; Enter or a click on a name opens the card), the red
dependencies and the budget per owner and focus area.

The data comes from services.portfolio in a handful of aggregate queries; the budget charts are
built, and pyqtgraph imported, only when their tab is opened.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from boarddesk.gui.i18n import fill
from boarddesk.gui.portfolio.portfolio_table import ROLE_ID, ProjectFilter, ProjectTableModel
from boarddesk.gui.rag import rag_icon
from boarddesk.gui.shell.detail_html import STYLE, DetailPages, _para
from boarddesk.gui.shell.worker import StoreOp, Task
from boarddesk.model.formatting import format_date, format_percent
from boarddesk.model.vocabulary import CRITICALITY, RAG
from boarddesk.services.boards.lookup import resolve_board
from boarddesk.services.portfolio import overview as portfolio
from boarddesk.services.portfolio.overview import RAG_KEYS, PortfolioSummary, RagCounts

if TYPE_CHECKING:
    from boarddesk.gui.shell.context import ViewContext

TABS = ("projects", "dependencies", "budget", "key_figures")
BACKGROUND_FROM = 2000  # projects; smaller boards are read at once (a few tens of ms)
DEBOUNCE_FROM = 2000  # rows; in a longer table the filter waits for a pause in typing
DEBOUNCE_MS = 150


class PortfolioView(QWidget):
    def __init__(self, context: ViewContext) -> None:
        super().__init__(context.parent)
        self.context = context
        self.lang = context.lang
        self.board_id: str | None = None
        self.summary_data: PortfolioSummary | None = None
        self.budget = None  # BudgetCharts, made when its tab is first opened
        self._stale: set[str] = set()  # tabs to fill when next shown
        self.busy = False  # True while a worker reads a large board
        self._token = 0  # which load is the current one
        self._task: Task | None = None
        self.pages = DetailPages(self.lang)
        self.setAccessibleName(self.tr("Portfolio overview"))

        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("Reporting period"))
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period.currentIndexChanged.connect(lambda _i: self._load_period())
        period_label = QLabel(self.tr("&Period:"), self)
        period_label.setBuddy(self.period)
        self.counts = QLabel(self)
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.counts.setWordWrap(True)
        self.counts.setAccessibleName(self.tr("Projects by status and risk"))

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._projects_tab(), self.tr("&Projects"))
        self.red = QTableWidget(self)
        self._setup_red_table()
        self.tabs.addTab(self.red, self.tr("Red &dependencies"))
        self.budget_box = QWidget(self)
        QVBoxLayout(self.budget_box).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.budget_box, self.tr("&Budget"))
        self.key_figures = QTextBrowser(self)  # the period's key figures as the portfolio report states them
        self.key_figures.setAccessibleName(self.tr("Key figures of the period"))
        self.tabs.addTab(self.key_figures, self.tr("Key &figures"))
        self.tabs.currentChanged.connect(lambda _i: self._fill_tab())
        for number in range(len(TABS)):
            shortcut = QShortcut(QKeySequence(f"Alt+{number + 1}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=number: self.tabs.setCurrentIndex(n))

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(period_label)
        header.addWidget(self.period)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.counts)
        layout.addWidget(self.tabs, 1)

    def _projects_tab(self) -> QWidget:
        tab = QWidget(self)
        self.model = ProjectTableModel(self.lang, self)
        self.proxy = ProjectFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(tab)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Projects"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((220, 85, 115, 140, 140, 95, 95, 85)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.table.activated.connect(self._open_project)
        self.table.clicked.connect(lambda index: index.column() == 0 and self._open_project(index))

        self.filter_edit = QLineEdit(tab)
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, segment, phase, actor, focus area"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter projects"))
        self.status_filter = self._rag_combo(self.tr("Status filter"), self.tr("Any status"))
        self.risk_filter = self._rag_combo(self.tr("Risk filter"), self.tr("Any risk"))
        self.shown = QLabel(tab)
        # A few hundred rows filter as each key is typed; thousands wait for a pause in typing (or
        # Enter), so keys never queue up behind a filter whose words are already out of date.
        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(DEBOUNCE_MS)
        self.filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(lambda _t: self._filter_typed())
        self.filter_edit.returnPressed.connect(self.apply_filter)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.risk_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        filter_label = QLabel(self.tr("&Filter:"), tab)
        filter_label.setBuddy(self.filter_edit)

        row = QHBoxLayout()
        row.addWidget(filter_label)
        row.addWidget(self.filter_edit, 1)
        row.addWidget(self.status_filter)
        row.addWidget(self.risk_filter)
        row.addWidget(self.shown)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        return tab

    def _rag_combo(self, name: str, anything: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.addItem(anything, "")  # "" rather than None, which PySide 6.12 mis-counts in item data
        for rag in RAG_KEYS:
            combo.addItem(rag_icon(rag, self.lang), RAG.label(rag, self.lang), rag)
        return combo

    def _setup_red_table(self) -> None:
        self.red.setAccessibleName(self.tr("Red dependencies"))
        self.red.setColumnCount(6)
        self.red.setHorizontalHeaderLabels(
            [
                self.tr("Project"),
                self.tr("Depends on"),
                self.tr("What"),
                self.tr("Category"),
                self.tr("Criticality"),
                self.tr("Deadline"),
            ]
        )
        self.red.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.red.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.red.setWordWrap(True)
        self.red.verticalHeader().hide()
        header = self.red.horizontalHeader()
        for column, width in enumerate((190, 150, 0, 150, 80, 85)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # "what" takes the rest and wraps
        self.red.activated.connect(self._open_project)

    # -- the window's view protocol ----------------------------------------------------------
    def show_item(self, ident: str) -> None:
        store = self.context.store
        self.board_id = ident
        board = resolve_board(store, ident)
        self.title.setText(
            f"<span style='font-size:14pt; font-weight:bold'>{escape(board.name)}</span>"
            "<br><span style='color:#555'>" + self.tr("Portfolio overview") + "</span>"
        )
        self.period.blockSignals(True)
        self.period.clear()
        for period in reversed(portfolio.periods(store, ident)):
            self.period.addItem(period.name, period.id)
        self.period.setEnabled(self.period.count() > 1)
        self.period.blockSignals(False)
        self._load_period()
        self._stale = {"dependencies", "budget", "key_figures"}
        count = len(portfolio.red_dependencies(store, ident))  # the tab's title counts this board's, now
        self.tabs.setTabText(1, fill(self.tr("Red &dependencies ({count})"), count=count))
        self._fill_tab()

    def plain_text(self) -> str:
        return "\n".join(filter(None, [self.counts_text(), self.shown.text()]))

    def select_tab(self, name: str) -> None:
        self.tabs.setCurrentIndex(TABS.index(name))
        self._fill_tab()

    # -- counts -------------------------------------------------------------------------------
    def _load_period(self) -> None:
        """Read the period's rows and counts: at once for a board of ordinary size, in a worker for
        a very large one so the window stays responsive while SQLite reads."""
        if self.board_id is None:
            return
        period_id = self.period.currentData() if self.period.count() else None
        store, board_id = self.context.store, self.board_id
        self._stale |= {"key_figures", "budget"}  # the period's own; read when its tab is shown
        self._fill_tab()
        self._token += 1
        if portfolio.project_count(store, board_id) < BACKGROUND_FROM:
            self._show_period(self._token, portfolio.period_overview(store, board_id, period_id))
            return
        self.busy = True
        self.shown.setText(self.tr("Reading projects…"))
        token = self._token
        self._task = (
            StoreOp(self, store.path, lambda own, _report: portfolio.period_overview(own, board_id, period_id))
            .success(lambda result: self._show_period(token, result))
            .failure(lambda message: self._failed(token, message))
            .run_in_background()
        )

    def _show_period(self, token: int, result: tuple) -> None:
        if token != self._token:  # the board member moved on before this finished
            return
        rows, self.summary_data = result
        self.busy = False
        self.counts.setText(self._counts_html(self.summary_data))
        self.model.set_rows(rows)
        self.apply_filter()

    def _fill_key_figures(self) -> None:
        period_id = self.period.currentData() if self.period.count() else None
        figures = portfolio.key_figures(self.context.store, period_id)
        text = _para(figures.summary) if figures.summary else self.tr("The report gives no key figures.")
        self.key_figures.setHtml(f"{STYLE}<p>{text}</p>{self.pages.source_note(figures.source_note)}")

    def _failed(self, token: int, message: str) -> None:
        if token == self._token:
            self.busy = False
            self.shown.setText(fill(self.tr("The projects could not be read: {error}"), error=message))

    def _counts_html(self, summary: PortfolioSummary) -> str:
        heads = "".join(f"<th>{self.pages.rag(rag)}</th>" for rag in RAG_KEYS)
        rows = []
        for label, now, before in (
            (self.tr("Status"), summary.status_now, summary.status_before),
            (self.tr("Risk"), summary.risk_now, summary.risk_before),
        ):
            cells = "".join(f'<td align="right">{self._cell(now, before, rag)}</td>' for rag in RAG_KEYS)
            rows.append(f"<tr><th align='left'>{label}</th>{cells}<td>{self._comparison(now, before)}</td></tr>")
        if summary.status_is_derived:
            now, before = summary.worst_area_now, summary.worst_area_before
            label = self.tr("Worst area (derived)")
            cells = "".join(f'<td align="right">{self._cell(now, before, rag)}</td>' for rag in RAG_KEYS)
            note = self.tr(
                "The reports give no overall status: each project's worst area rating (marked * in the table), counted instead."
            )
            rows.append(
                f"<tr><th align='left'>{label}</th>{cells}<td>{self._comparison(now, before)}"
                f"<br><span style='color:#555'>{note}</span></td></tr>"
            )
        if summary.previous:
            compared = fill(
                self.tr("now ({now}) against {before}"), now=summary.period.name, before=summary.previous.name
            )
        elif summary.period:
            compared = fill(self.tr("{period}; there is no earlier period to compare with"), period=summary.period.name)
        else:
            compared = self.tr("latest reports; the board has no reporting periods")
        return (
            f"{STYLE}<table cellspacing='0' cellpadding='3'><tr><th></th>{heads}"
            f"<th align='left'>{compared}</th></tr>{''.join(rows)}</table>"
        )

    def _cell(self, now: RagCounts, before: RagCounts | None, rag: str) -> str:
        text = f"<b>{now.counts[rag]}</b> · {format_percent(now.share(rag), self.lang)}"
        if before is not None:
            text += f" <span style='color:#555'>({format_percent(before.share(rag), self.lang)})</span>"
        return text

    def _comparison(self, now: RagCounts, before: RagCounts | None) -> str:
        """As the national portfolio report puts it: «56 % gul mot 44 %»."""
        parts = []
        for rag in RAG_KEYS:
            if not now.counts[rag] and not (before and before.counts[rag]):
                continue
            word = RAG.label(rag, self.lang).lower()
            share = format_percent(now.share(rag), self.lang)
            if before is None:
                parts.append(f"{share} {word}")
            else:
                parts.append(
                    fill(
                        self.tr("{share} {rating} against {before}"),
                        share=share,
                        rating=word,
                        before=format_percent(before.share(rag), self.lang),
                    )
                )
        return ", ".join(parts)

    def counts_text(self) -> str:
        summary = self.summary_data
        if summary is None:
            return ""
        lines = [
            (self.tr("Status"), summary.status_now, summary.status_before),
            (self.tr("Risk"), summary.risk_now, summary.risk_before),
        ]
        if summary.status_is_derived:
            lines.append((self.tr("Worst area (derived)"), summary.worst_area_now, summary.worst_area_before))
        return "\n".join(f"{label}: {self._comparison(now, before)}" for label, now, before in lines)

    # -- table --------------------------------------------------------------------------------
    def _filter_typed(self) -> None:
        if self.model.rowCount() < DEBOUNCE_FROM:
            self.apply_filter()
        else:
            self.filter_timer.start()  # (again): the filter runs once typing pauses

    def apply_filter(self) -> None:
        self.filter_timer.stop()
        self.proxy.set_filter(self.filter_edit.text(), self.status_filter.currentData(), self.risk_filter.currentData())
        self.shown.setText(
            fill(self.tr("{shown} of {total} projects"), shown=self.proxy.rowCount(), total=self.model.rowCount())
        )

    def _open_project(self, index: QModelIndex) -> None:
        project_id = index.data(ROLE_ID) or index.siblingAtColumn(0).data(ROLE_ID)  # a row's own, or its project
        if project_id:
            self.context.open_target("project", project_id)

    def _fill_red(self, dependencies: list[portfolio.RedDependency]) -> None:
        self.red.setRowCount(len(dependencies))
        for row, dep in enumerate(dependencies):
            values = [
                dep.project_name,
                dep.on,
                dep.what or "",
                dep.category or "",
                CRITICALITY.label(dep.criticality, self.lang),
                format_date(dep.deadline, self.lang),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                item.setData(ROLE_ID, (dep.project_id if column == 0 else dep.on_project) or "")
                self.red.setItem(row, column, item)
        self.red.resizeRowsToContents()
        self.tabs.setTabText(1, fill(self.tr("Red &dependencies ({count})"), count=len(dependencies)))

    # -- the other tabs, filled when first shown ----------------------------------------------
    def _fill_tab(self) -> None:
        name = TABS[self.tabs.currentIndex()]
        if self.board_id is None or name not in self._stale:
            return
        self._stale.discard(name)
        store = self.context.store
        if name == "dependencies":
            self._fill_red(portfolio.red_dependencies(store, self.board_id))
            return
        if name == "key_figures":
            self._fill_key_figures()
            return
        if self.budget is None:
            from boarddesk.gui.portfolio.budget_charts import BudgetCharts

            self.budget = BudgetCharts(self.lang, self.budget_box)
            self.budget_box.layout().addWidget(self.budget)
        period = self.period.currentData()
        self.budget.set_budget(
            portfolio.budget_by(store, self.board_id, "actor", period),
            portfolio.budget_by(store, self.board_id, "focus_area", period),
        )
