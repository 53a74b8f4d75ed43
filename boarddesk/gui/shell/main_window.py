"""The main window: a navigator of boards, programmes, projects and meetings, a search box, a
detail pane, and back/forward through what was opened. It reads through the services and never
writes SQL; the navigator reads lazily, so start-up does not grow with the store."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QByteArray, QEvent, QItemSelection, QModelIndex, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QTreeView,
    QWidget,
)

from boarddesk.gui.i18n import LANGUAGES, fill
from boarddesk.gui.project.editing.menu import install_edit_menu
from boarddesk.gui.service_text import user_message
from boarddesk.gui.shell.about import AboutDialog
from boarddesk.gui.shell.context import ViewContext
from boarddesk.gui.shell.extensions import install_extensions
from boarddesk.gui.shell.file_dialogs import open_file, save_file
from boarddesk.gui.shell.focus import is_command_key, main_widget, view_shortcut
from boarddesk.gui.shell.forms import load_form
from boarddesk.gui.shell.guide import show_guide
from boarddesk.gui.shell.import_dialog import run_import
from boarddesk.gui.shell.nav_history import NavigationHistory
from boarddesk.gui.shell.navigator_model import ROLE_TARGET, NavigatorModel
from boarddesk.gui.shell.search_panel import SearchPanel
from boarddesk.gui.views import VIEWS, preload_chart_library
from boarddesk.services.boards.lookup import list_boards
from boarddesk.services.documents.annotations import can_be_read, meeting_of_document
from boarddesk.store import Store

__all__ = ["ROLE_TARGET", "MainWindow"]

PRELOAD_AFTER_MS = 250  # after the first paint and the last item: import the chart library then

# A visible focus frame on the window's own lists and box, whatever the platform style draws.
FOCUS_STYLE = """
QTreeView:focus, QListWidget:focus, QLineEdit#searchEdit:focus { border: 2px solid #1565c0; }
QTreeView::item:focus, QListWidget::item:focus { outline: 1px dotted #1565c0; }
"""


class MainWindow(QMainWindow):
    data_changed = Signal()  # an edit, undo or redo wrote to the store: views show it again

    def __init__(self, store: Store, settings: QSettings, lang: str = "nb") -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.lang = lang
        self.current_target: tuple[str, str] | None = None
        self.history = NavigationHistory()
        self.undo_stack = QUndoStack(self)
        self._syncing_navigator = False
        self._restore_pending = False
        self._tab_pressed = False  # a Tab key is being handled: focus moves because the user asked
        self._view_focus: QWidget | None = None  # the view's widget that last had the keyboard
        self.setWindowTitle(self.tr("BoardDesk"))
        self.form = load_form("main_area", self)
        self.setCentralWidget(self.form)
        self.search_edit: QLineEdit = self.form.findChild(QLineEdit, "searchEdit")
        self.navigator: QTreeView = self.form.findChild(QTreeView, "navigator")
        self.results: QListWidget = self.form.findChild(QListWidget, "searchResults")
        self.view_stack: QStackedWidget = self.form.findChild(QStackedWidget, "viewStack")
        self.splitter: QSplitter = self.form.findChild(QSplitter, "splitter")
        self.splitter.setSizes([340, 1000])
        self.form.setStyleSheet(FOCUS_STYLE)
        self._views: dict[str, QWidget] = {}
        self.model = NavigatorModel(store, lang, self)
        self.navigator.setModel(self.model)
        self.search = SearchPanel(store, lang, self.search_edit, self.results, self.open_target)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._connect()
        self.reload_navigator()
        self.statusBar().showMessage(fill(self.tr("Database: {path}"), path=store.path))
        self.context = self._make_context()
        install_edit_menu(self.context, self.edit_menu)
        areas = install_extensions(self.context)
        self.printing = areas["printing"]  # the Print menu and the print jobs it runs
        self.menuBar().addAction(self.help_menu.menuAction())  # Help stays last, after the areas' menus
        self._restore_state()
        QApplication.instance().installEventFilter(self)

    # -- set-up -------------------------------------------------------------------------------
    def _action(self, text: str, slot, *shortcuts) -> QAction:
        action = QAction(text, self)
        if shortcuts:
            action.setShortcuts([QKeySequence(key) for key in shortcuts])
            action.setToolTip(f"{text.replace('&', '')} ({action.shortcut().toString(QKeySequence.NativeText)})")
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work wherever the focus is, even with the menu bar hidden
        return action

    def _build_actions(self) -> None:
        style = self.style()
        self.back_action = self._action(self.tr("&Back"), self.go_back, "Alt+Left", "Back")
        self.back_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.forward_action = self._action(self.tr("&Forward"), self.go_forward, "Alt+Right", "Forward")
        self.forward_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.find_action = self._action(self.tr("&Search"), self.focus_search, QKeySequence.StandardKey.Find)
        self.navigator_action = self._action(self.tr("Go to &navigator"), self.focus_navigator, "Ctrl+1")
        self.details_action = self._action(self.tr("Go to &details"), self.focus_details, "Ctrl+2")
        self.home_action = self._action(self.tr("&Home page"), self.go_home, "Alt+Home")
        self.guide_action = self._action(
            self.tr("&Short guide"), self.show_guide, QKeySequence.StandardKey.HelpContents
        )
        self.import_action = self._action(self.tr("&Import JSON…"), self.import_json)
        self.export_action = self._action(self.tr("&Export JSON…"), self.export_json)
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self._update_history_actions()
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addActions([undo, redo])
        self.undo_actions = [undo, redo]  # editors add them too: their windows have the focus

    def _make_context(self) -> ViewContext:
        """What the views, editors and menus may use of this window."""
        return ViewContext(
            store=self.store,
            lang=self.lang,
            settings=self.settings,
            parent=self,
            menu_bar=self.menuBar(),
            undo_stack=self.undo_stack,
            undo_actions=self.undo_actions,
            data_changed=self.data_changed,
            shown=lambda: self.current_target,
            open_target=self.open_target,
            refresh_current=self.refresh_current,
            reload_navigator=self.reload_navigator,
            show_navigator=lambda visible: self.splitter.widget(0).setVisible(visible),
            show_status=self.statusBar().showMessage,
        )

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([self.import_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        go_menu.addActions([self.home_action, self.back_action, self.forward_action])
        go_menu.addSeparator()
        go_menu.addActions([self.find_action, self.navigator_action, self.details_action])

        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        language_menu = self.view_menu.addMenu(self.tr("&Language"))
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True, checked=code == self.lang)
            action.triggered.connect(lambda _checked, c=code: self.choose_language(c))
            language_menu.addAction(action)

        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.guide_action)
        about = QAction(self.tr("&About BoardDesk"), self)
        about.triggered.connect(self.show_about)
        self.help_menu.addAction(about)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Navigation"), self)
        toolbar.setObjectName("navigationToolbar")
        toolbar.setAccessibleName(self.tr("Navigation"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.back_action, self.forward_action])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar

    def _connect(self) -> None:
        # The selection, not the current row: focus entering the navigator makes its first row
        # current (without selecting it), and that must not open anything.
        self.navigator.selectionModel().selectionChanged.connect(self._navigator_moved)
        self.navigator.activated.connect(self._open_index)
        self.navigator.clicked.connect(self._open_index)  # the row of the meeting whose paper is read
        self.search.searching_changed.connect(self._show_results)
        self.data_changed.connect(self.refresh_current)

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 720)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        self._restore_pending = True

    def restore_last_item(self) -> None:
        """Open what was open when the window was last closed (or the first board), unless
        something has been opened already."""
        self._restore_pending = False
        # The chart library loads in the background once the window is up, so the first chart
        # opened does not wait half a second for its import (nor does the first paint).
        QTimer.singleShot(PRELOAD_AFTER_MS, self, preload_chart_library)
        if self.current_target is not None:
            return
        last = self.settings.value("last_item")
        if isinstance(last, str) and ":" in last:
            kind, ident = last.split(":", 1)
            if self.select_target(kind, ident):
                return
            if kind == "document" and self._readable(ident):  # the reader has no navigator row
                self.open_target(kind, ident)  # it opens on the reader's last page of it
                return
        self.go_home()

    def _readable(self, ident: str) -> bool:
        return can_be_read(self.store, ident)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        QApplication.instance().removeEventFilter(self)
        super().closeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """The mouse's back and forward buttons, wherever in this window they are pressed; and
        the first paint, after which the last open item is opened again."""
        if self._restore_pending and watched is self and event.type() == QEvent.Type.Paint:
            # The window appears at once; the views' modules (charts, documents) load just after.
            self._restore_pending = False
            QTimer.singleShot(0, self, self.restore_last_item)  # not after self is gone
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and self._outside_view(watched):
            return self._command_key_for_view(event)
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self._tab_pressed = True  # until the event loop turns: the focus moves while it is handled
            QTimer.singleShot(0, self, self._tab_handled)
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self._focus_entered(watched, event.reason())
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(watched, QWidget) and watched.window() is self:
            if event.button() == Qt.MouseButton.BackButton:
                self.go_back()
                return True
            if event.button() == Qt.MouseButton.ForwardButton:
                self.go_forward()
                return True
        return False

    def _tab_handled(self) -> None:
        self._tab_pressed = False

    def _outside_view(self, watched: QObject) -> bool:
        """The keyboard is in the window but not in the shown view: in the search box, the
        navigator (a meeting opened from it with the arrows leaves it there) or the toolbar."""
        return (
            watched is QApplication.focusWidget()
            and watched.window() is self
            and not self.view_stack.isAncestorOf(watched)
        )

    def _command_key_for_view(self, event) -> bool:
        """Outside the shown view, its commands still work: the view's own shortcuts (Ctrl+E,
        Alt+1) reach only the widgets inside it. The search box keeps the keys that edit its text;
        a command key (Ctrl+E, Ctrl+Alt+N) goes to the shown view's shortcut when it has one for
        it, else to the window's shortcuts."""
        if not is_command_key(event):
            return False
        view = self.current_view()
        command = view_shortcut(view, event) if view is not None else None
        if event.type() == QEvent.Type.ShortcutOverride:
            event.setAccepted(command is not None)  # not accepted: the window's shortcuts run
            return True
        if command is None:
            return False
        command()
        return True

    def _focus_entered(self, widget: QWidget, reason: Qt.FocusReason) -> None:
        """A widget of the view that had the keyboard was disabled, hidden or rebuilt (Approve
        after approving), and Qt passed the focus on along the tab chain, out of the view into the
        search box: give it back to the view. A click, a Tab or Ctrl+F there is the user's choice."""
        if self.view_stack.isAncestorOf(widget):
            self._view_focus = widget
            return
        if widget not in (self.search_edit, self.navigator):
            return
        fell_out = self._view_focus is not None and not self._still_usable(self._view_focus)
        self._view_focus = None
        passed_on = reason in (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
            Qt.FocusReason.ActiveWindowFocusReason,
            Qt.FocusReason.OtherFocusReason,
        )
        if fell_out and passed_on and not self._tab_pressed:
            QTimer.singleShot(0, self, self._focus_current_view)

    @staticmethod
    def _still_usable(widget: QWidget) -> bool:
        return shiboken6.isValid(widget) and widget.isEnabled() and widget.isVisible()

    def _focus_current_view(self) -> None:
        view = self.current_view()
        if view is not None:
            self.focus_view(view)

    def focus_view(self, view: QWidget) -> None:
        """Give the keyboard to the view's main widget: the page of the reader, the agenda of a
        meeting, the table of the portfolio (so PgDn scrolls it and its shortcuts work)."""
        widget = main_widget(view)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- navigator ----------------------------------------------------------------------------
    def reload_navigator(self) -> None:
        """Read the boards again (after an import); their children are read when opened."""
        self.model.reload()
        for row in range(self.model.rowCount()):
            self.navigator.expand(self.model.index(row, 0))

    def _navigator_moved(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        """The user selected a row (arrow keys, a click): show it, and leave the keyboard there."""
        if not self._syncing_navigator and selected.indexes():
            self._open_index(selected.indexes()[0])

    def _open_index(self, index: QModelIndex) -> None:
        target = index.data(ROLE_TARGET)
        if isinstance(target, str) and tuple(target.split(":", 1)) != self.current_target:
            self.show_target(*target.split(":", 1))

    def select_target(self, kind: str, ident: str) -> bool:
        """Select the navigator row of a thing (and so show it); False if it is not there."""
        index = self.model.locate(kind, ident)
        if not index.isValid():
            return False
        self._syncing_navigator = True
        try:
            self.navigator.setCurrentIndex(index)
        finally:
            self._syncing_navigator = False
        self.navigator.scrollTo(index)
        if self.current_target != (kind, ident):  # else it is on screen already
            self.show_target(kind, ident)
        self._focus_current_view()
        return True

    def _navigator_row(self, kind: str, ident: str) -> QModelIndex:
        """The navigator's row of a thing; a document's is its meeting's (documents have none)."""
        if kind == "document":
            meeting = ident.removeprefix("meeting:") if ident.startswith("meeting:") else None
            meeting = meeting or meeting_of_document(self.store, ident)
            return self.model.locate("meeting", meeting) if meeting else QModelIndex()
        return self.model.locate(kind, ident)

    def _sync_navigator(self, kind: str, ident: str) -> None:
        """Move the navigator's selection to what is shown, without opening it a second time."""
        index = self._navigator_row(kind, ident)
        selected = self.navigator.selectionModel().isSelected(index)
        if index.isValid() and (index != self.navigator.currentIndex() or not selected):
            self._syncing_navigator = True
            try:
                self.navigator.setCurrentIndex(index)
                self.navigator.scrollTo(index)
            finally:
                self._syncing_navigator = False

    def _show_results(self, searching: bool) -> None:
        self.results.setVisible(searching)
        self.navigator.setVisible(not searching)

    # -- views ------------------------------------------------------------------------------
    def view(self, kind: str) -> QWidget:
        """The view for a kind of thing, made the first time it is needed."""
        if kind not in self._views:
            widget = VIEWS[kind](self.context)  # its module loads now, the first time
            self._views[kind] = widget
            self.view_stack.addWidget(widget)
        return self._views[kind]

    def show_target(self, kind: str, ident: str, *, remember: bool = True) -> QWidget:
        """Show a thing in the detail pane; `remember` adds it to the back/forward history."""
        widget = self.view(kind)
        widget.show_item(ident)
        self.view_stack.setCurrentWidget(widget)
        self.current_target = (kind, ident)
        if remember:
            self.history.visit((kind, ident))
        self._update_history_actions()
        self.settings.setValue("last_item", f"{kind}:{ident}")
        return widget

    def open_target(self, kind: str, ident: str) -> QWidget:
        """Open a thing from a link or a search hit, and select it in the navigator; its view."""
        widget = self.show_target(kind, ident)
        self._sync_navigator(kind, ident)
        self.focus_view(widget)
        return widget

    def refresh_current(self) -> None:
        """Show the current thing again, as the store now holds it."""
        if self.current_target:
            self.show_target(*self.current_target, remember=False)
            if self.current_target[0] == "project":
                self.model.refresh_project(self.current_target[1])

    def current_view(self) -> QWidget:
        return self.view_stack.currentWidget()

    # -- history ----------------------------------------------------------------------------
    def go_back(self) -> None:
        target = self.history.back()
        if target:
            self.focus_view(self.show_target(*target, remember=False))
            self._sync_navigator(*target)

    def go_forward(self) -> None:
        target = self.history.forward()
        if target:
            self.focus_view(self.show_target(*target, remember=False))
            self._sync_navigator(*target)

    def _update_history_actions(self) -> None:
        self.back_action.setEnabled(self.history.can_go_back())
        self.forward_action.setEnabled(self.history.can_go_forward())

    # -- actions ------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def focus_navigator(self) -> None:
        target = self.results if self.results.isVisible() else self.navigator
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_details(self) -> None:
        view = self.current_view()
        if view is not None:
            view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def choose_language(self, code: str) -> None:
        self.settings.setValue("language", code)
        QMessageBox.information(self, self.tr("Language"), self.tr("The new language is used from the next start."))

    def import_json(self) -> None:
        path = open_file(self, "json", self.tr("Import JSON"), self.tr("BoardDesk JSON (*.json)"))
        if path and run_import(self, self.store.path, path):
            self.reload_navigator()

    def export_json(self) -> None:
        from boarddesk.exchange.exporter import export_file  # 20 ms of imports kept out of the start

        path = save_file(self, "json", self.tr("Export JSON"), "boarddesk.json", self.tr("BoardDesk JSON (*.json)"))
        if path:
            try:
                export_file(self.store, path)
            except OSError as error:  # a folder that cannot be written, a device, the store itself
                QMessageBox.warning(self, self.tr("Export JSON"), user_message(error))
                return
            self.statusBar().showMessage(fill(self.tr("Exported to {path}"), path=path), 5000)

    def go_home(self) -> None:
        """The home page of the board in view (or of the first board)."""
        board = self.model.node(self.navigator.currentIndex()).board_id if self.current_target else ""
        board = board or next((b.id for b in list_boards(self.store)), "")
        if board and not self.select_target("home", board):
            self.open_target("home", board)

    def show_guide(self) -> None:
        show_guide(self)

    def show_about(self) -> None:
        AboutDialog(self.store.path, self).exec()
