"""The main window: a navigator of boards, programmes, projects and meetings, a search box, and a
detail pane. It reads through the services and never writes SQL."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFileDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QWidget,
)

from boarddesk.gui.extensions import WINDOW_EXTENSIONS
from boarddesk.gui.forms import load_form
from boarddesk.gui.i18n import LANGUAGES
from boarddesk.gui.rag import rag_icon, rag_text
from boarddesk.gui.views import view_factories
from boarddesk.model.formatting import format_date
from boarddesk.model.vocabulary import SEARCH_KIND
from boarddesk.services import boards as board_service
from boarddesk.services.search import SearchHit, search
from boarddesk.store import Store

ROLE_TARGET = Qt.ItemDataRole.UserRole + 1  # "project:<id>", "meeting:<id>" or "board:<id>"

# Search hits open the thing they belong to.
_OPEN_AS = {
    "project": "SELECT ? AS id",
    "status_report": "SELECT project_id FROM status_reports WHERE id = ?",
    "area_rating": "SELECT project_id FROM status_reports WHERE id = substr(?1, 1, instr(?1, '/') - 1)",
    "milestone": "SELECT project_id FROM milestones WHERE id = ?",
    "risk": "SELECT project_id FROM risks WHERE id = ?",
    "dependency": "SELECT project_id FROM dependencies WHERE id = ?",
    "project_decision": "SELECT substr(?1, 1, instr(?1, '#') - 1)",
}


class MainWindow(QMainWindow):
    def __init__(self, store: Store, settings: QSettings, lang: str = "nb") -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.lang = lang
        self.current_target: tuple[str, str] | None = None
        self.setWindowTitle(self.tr("BoardDesk"))
        self.form = load_form("main_area", self)
        self.setCentralWidget(self.form)
        self.search_edit: QLineEdit = self.form.findChild(QLineEdit, "searchEdit")
        self.navigator: QTreeView = self.form.findChild(QTreeView, "navigator")
        self.results: QListWidget = self.form.findChild(QListWidget, "searchResults")
        self.view_stack: QStackedWidget = self.form.findChild(QStackedWidget, "viewStack")
        self._view_factories = view_factories()
        self._views: dict[str, QWidget] = {}
        self.splitter: QSplitter = self.form.findChild(QSplitter, "splitter")
        self.splitter.setSizes([340, 1000])
        self.model = QStandardItemModel(self)
        self.navigator.setModel(self.model)
        self._search_timer = QTimer(self, singleShot=True, interval=120)
        self._build_menus()
        self._connect()
        self.reload_navigator()
        self.statusBar().showMessage(self.tr("Database: %1").replace("%1", str(store.path)))
        for name in WINDOW_EXTENSIONS:
            importlib.import_module(name).install(self)
        self._restore_state()

    # -- set-up -------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = QAction(self.tr("&Import JSON…"), self)
        self.export_action = QAction(self.tr("&Export JSON…"), self)
        quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit)
        file_menu.addActions([self.import_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        quit_action.triggered.connect(self.close)
        self.import_action.triggered.connect(self.import_json)
        self.export_action.triggered.connect(self.export_json)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        find = QAction(self.tr("&Search"), self, shortcut=QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: (self.search_edit.setFocus(), self.search_edit.selectAll()))
        view_menu.addAction(find)
        language_menu = view_menu.addMenu(self.tr("&Language"))
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True, checked=code == self.lang)
            action.triggered.connect(lambda _checked, c=code: self.choose_language(c))
            language_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About BoardDesk"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _connect(self) -> None:
        self.navigator.selectionModel().currentChanged.connect(self._navigator_moved)
        self.navigator.activated.connect(self._open_index)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self._search_timer.timeout.connect(self.run_search)
        self.search_edit.returnPressed.connect(self.open_first_result)
        self.results.itemActivated.connect(self.open_result)

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 720)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        last = self.settings.value("last_item")
        if isinstance(last, str) and ":" in last and self.select_target(*last.split(":", 1)):
            return
        self.navigator.setCurrentIndex(self.model.index(0, 0))

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        super().closeEvent(event)

    # -- navigator ----------------------------------------------------------------------------
    def reload_navigator(self) -> None:
        self.model.clear()
        for board in board_service.list_boards(self.store):
            board_item = self._item(board.short_name or board.name, ("board", board.id))
            board_item.setToolTip(board.name)
            portfolio = self._item(self.tr("Portfolio"), ("board", board.id))
            items: dict[str, QStandardItem] = {}
            nodes = board_service.project_tree(self.store, board.id)
            for node in nodes:
                item = self._item(node.name, ("project", node.id))
                item.setIcon(rag_icon(node.overall_status, self.lang))
                item.setToolTip(f"{self.tr('Status')}: {rag_text(node.overall_status, self.lang)}")
                item.setData(
                    f"{node.name}, {self.tr('status')} {rag_text(node.overall_status, self.lang)}",
                    Qt.ItemDataRole.AccessibleTextRole,
                )
                items[node.id] = item
            for node in nodes:
                parent = items.get(node.parent) if node.parent else None
                (parent or portfolio).appendRow(items[node.id])
            meetings = self._item(self.tr("Meetings"), ("board", board.id))
            for meeting in board_service.list_meetings(self.store, board.id):
                meetings.appendRow(
                    self._item(f"{meeting.label()}  ·  {format_date(meeting.date, self.lang)}", ("meeting", meeting.id))
                )
            board_item.appendRow(portfolio)
            board_item.appendRow(meetings)
            self.model.appendRow(board_item)
        for row in range(self.model.rowCount()):
            self.navigator.expand(self.model.index(row, 0))

    def _item(self, text: str, target: tuple[str, str]) -> QStandardItem:
        item = QStandardItem(text)
        item.setData(":".join(target), ROLE_TARGET)
        return item

    def _navigator_moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._open_index(current)

    def _open_index(self, index: QModelIndex) -> None:
        target = index.data(ROLE_TARGET)
        if isinstance(target, str):
            self.show_target(*target.split(":", 1))

    def select_target(self, kind: str, ident: str) -> bool:
        """Select the navigator row of a thing (and so show it); False if it is not there."""
        matches = self.model.match(
            self.model.index(0, 0),
            ROLE_TARGET,
            f"{kind}:{ident}",
            1,
            Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly,
        )
        if not matches:
            return False
        self.navigator.setCurrentIndex(matches[0])
        self.navigator.scrollTo(matches[0])
        return True

    # -- views ------------------------------------------------------------------------------
    def view(self, kind: str) -> QWidget:
        """The view for a kind of thing, made the first time it is needed."""
        if kind not in self._views:
            widget = self._view_factories[kind](self)
            self._views[kind] = widget
            self.view_stack.addWidget(widget)
        return self._views[kind]

    def show_target(self, kind: str, ident: str) -> None:
        widget = self.view(kind)
        widget.show_item(ident)
        self.view_stack.setCurrentWidget(widget)
        self.current_target = (kind, ident)
        self.settings.setValue("last_item", f"{kind}:{ident}")

    def open_target(self, kind: str, ident: str) -> None:
        """Open a thing from a link: select it in the navigator when it is there."""
        if not self.select_target(kind, ident):
            self.show_target(kind, ident)

    def current_view(self) -> QWidget:
        return self.view_stack.currentWidget()

    # -- search -------------------------------------------------------------------------------
    def run_search(self) -> None:
        text = self.search_edit.text().strip()
        self.results.clear()
        searching = bool(text)
        self.results.setVisible(searching)
        self.navigator.setVisible(not searching)
        if not searching:
            return
        hits = search(self.store, text, limit=100)
        current_kind = None
        for hit in hits:
            label = SEARCH_KIND.label(hit.kind, self.lang)
            if label != current_kind:
                header = QListWidgetItem(label.upper())
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                self.results.addItem(header)
                current_kind = label
            item = QListWidgetItem(f"{hit.title}\n    {hit.snippet.replace('[', '').replace(']', '')}")
            item.setData(ROLE_TARGET, hit)
            item.setToolTip(hit.board_name)
            self.results.addItem(item)
        if not hits:
            self.results.addItem(QListWidgetItem(self.tr("No hits")))

    def open_first_result(self) -> None:
        self._search_timer.stop()
        self.run_search()
        for row in range(self.results.count()):
            if isinstance(self.results.item(row).data(ROLE_TARGET), SearchHit):
                self.open_result(self.results.item(row))
                return

    def open_result(self, item: QListWidgetItem) -> None:
        hit = item.data(ROLE_TARGET)
        if not isinstance(hit, SearchHit):
            return
        if hit.kind in _OPEN_AS:
            project_id = self.store.scalar(_OPEN_AS[hit.kind], (hit.ref,))
            self.show_target("project", project_id)
        elif hit.kind in ("case", "decision"):
            meeting = self.store.scalar("SELECT meeting FROM cases WHERE id = ?", (hit.ref,))
            if meeting:
                self.show_target("meeting", meeting)
        elif hit.board_id:
            self.show_target("board", hit.board_id)

    # -- actions ------------------------------------------------------------------------------
    def choose_language(self, code: str) -> None:
        self.settings.setValue("language", code)
        QMessageBox.information(self, self.tr("Language"), self.tr("The new language is used from the next start."))

    def import_json(self) -> None:
        from boarddesk.gui.import_dialog import run_import

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import JSON"), "", self.tr("BoardDesk JSON (*.json)"))
        if path and run_import(self, self.store.path, path):
            self.reload_navigator()

    def export_json(self) -> None:
        from boarddesk.exchange.exporter import export_file

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export JSON"), "boarddesk.json", self.tr("BoardDesk JSON (*.json)")
        )
        if path:
            export_file(self.store, path)
            self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", path), 5000)

    def show_about(self) -> None:
        from boarddesk import __version__

        QMessageBox.about(
            self,
            self.tr("About BoardDesk"),
            self.tr("BoardDesk %1\nMeeting packs, project status and minutes for programme boards.").replace(
                "%1", __version__
            ),
        )
