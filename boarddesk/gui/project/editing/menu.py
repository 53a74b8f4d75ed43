"""The Edit menu: undo/redo, and the editors for the project shown in the window."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QDialog, QMenu

    from boarddesk.gui.shell.context import ViewContext

Editor = Callable[["ViewContext", str], "QDialog"]


# The editors' modules load when one is first opened, not at start-up (about 0.1 s of imports).
def _editors() -> ModuleType:
    from boarddesk.gui.project.editing import dialogs

    return dialogs


def _new_report_dialog() -> Editor:
    from boarddesk.gui.project.editing.new_report import NewReportDialog

    return NewReportDialog


class ItemViewsKeepF2(QObject):
    """F2 edits the current cell of an item view that can edit it (Qt's key for that, as in a
    spreadsheet), before the window's F2 opens the project card editor. The filter watches item
    views as they get the focus and claims F2 for them through ShortcutOverride."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        QApplication.instance().focusChanged.connect(self._focused)

    def _focused(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, QAbstractItemView):
            new.removeEventFilter(self)  # installed once, however often it gets the focus
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.ShortcutOverride and self._edits_on_f2(watched, event):
            event.accept()  # the key goes to the view as a key press, not to the shortcut
        return False

    @staticmethod
    def _edits_on_f2(view: QObject, event: QKeyEvent) -> bool:
        if event.key() != Qt.Key.Key_F2 or event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        if not isinstance(view, QAbstractItemView) or not view.editTriggers() & view.EditTrigger.EditKeyPressed:
            return False
        index = view.currentIndex()
        editable = index.isValid() and bool(index.flags() & Qt.ItemFlag.ItemIsEditable)
        return editable and view.indexWidget(index) is None  # a cell holding a widget edits in that widget


def install_edit_menu(context: ViewContext, menu: QMenu) -> None:
    menu.addActions(context.undo_actions)
    menu.addSeparator()
    editors: list[tuple[str, Callable[[], Editor], str | None]] = [
        (QCoreApplication.translate("MainWindow", "Edit project &card…"), lambda: _editors().ProjectEditor, "F2"),
        (QCoreApplication.translate("MainWindow", "&New status report…"), _new_report_dialog, None),
        (QCoreApplication.translate("MainWindow", "Edit &status report…"), lambda: _editors().ReportEditor, None),
        (QCoreApplication.translate("MainWindow", "&Milestones…"), lambda: _editors().MilestoneEditor, None),
        (QCoreApplication.translate("MainWindow", "R&isks and measures…"), lambda: _editors().RiskEditor, None),
        (QCoreApplication.translate("MainWindow", "&Dependencies…"), lambda: _editors().DependencyEditor, None),
        (QCoreApplication.translate("MainWindow", "&Budget lines…"), lambda: _editors().BudgetEditor, None),
    ]
    ItemViewsKeepF2(context.parent)
    project_actions = []
    for text, editor, shortcut in editors:
        action = QAction(text, context.parent)
        if shortcut:
            action.setShortcut(shortcut)
            context.parent.addAction(action)
        action.triggered.connect(lambda _checked=False, editor=editor: open_editor(context, editor()))
        menu.addAction(action)
        project_actions.append(action)

    def enable() -> None:
        on_project = bool(context.current_target and context.current_target[0] == "project")
        for action in project_actions:
            action.setEnabled(on_project)

    menu.aboutToShow.connect(enable)


def open_editor(context: ViewContext, editor: Editor) -> QDialog | None:
    """Open an editor on the project shown; a status-bar note if no project is shown."""
    from boarddesk.gui.project.editing import dialogs

    target = context.current_target
    if not target or target[0] != "project":
        context.show_status(
            QCoreApplication.translate("MainWindow", "Open a project first: editing works on the project shown."), 5000
        )
        return None
    if editor is dialogs.ReportEditor and not _has_report(context, target[1]):
        context.show_status(
            QCoreApplication.translate("MainWindow", "The project has no status report yet: start one first."), 5000
        )
        return None
    dialog = editor(context, target[1])
    dialog.show()
    dialog.raise_()
    return dialog


def _has_report(context: ViewContext, project_id: str) -> bool:
    from boarddesk.services.portfolio.editing import latest_report_id

    return latest_report_id(context.store, project_id) is not None
