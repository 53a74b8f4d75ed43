"""The Edit menu: undo/redo, and the editors for the project shown in the window."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from boarddesk.gui.shell.main_window import MainWindow


def install_edit_menu(window: MainWindow) -> None:
    menu = window.edit_menu
    undo = window.undo_stack.createUndoAction(window, QCoreApplication.translate("MainWindow", "&Undo"))
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    redo = window.undo_stack.createRedoAction(window, QCoreApplication.translate("MainWindow", "&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    window.addActions([undo, redo])
    window.undo_actions = [undo, redo]  # editors add them too: their windows have the focus
    menu.addActions([undo, redo])
    menu.addSeparator()
    # The editors by name: their modules load when one is first opened, not at start-up.
    editors = [
        (QCoreApplication.translate("MainWindow", "Edit project &card…"), "ProjectEditor", "F2"),
        (QCoreApplication.translate("MainWindow", "&New status report…"), "NewReportDialog", None),
        (QCoreApplication.translate("MainWindow", "Edit &status report…"), "ReportEditor", None),
        (QCoreApplication.translate("MainWindow", "&Milestones…"), "MilestoneEditor", None),
        (QCoreApplication.translate("MainWindow", "R&isks and measures…"), "RiskEditor", None),
        (QCoreApplication.translate("MainWindow", "&Dependencies…"), "DependencyEditor", None),
        (QCoreApplication.translate("MainWindow", "&Budget lines…"), "BudgetEditor", None),
    ]
    project_actions = []
    for text, editor, shortcut in editors:
        action = QAction(text, window)
        if shortcut:
            action.setShortcut(shortcut)
            window.addAction(action)
        action.triggered.connect(lambda _checked=False, name=editor: open_editor(window, editor_class(name)))
        menu.addAction(action)
        project_actions.append(action)
    window.edit_actions = project_actions

    def enable() -> None:
        on_project = bool(window.current_target and window.current_target[0] == "project")
        for action in project_actions:
            action.setEnabled(on_project)

    menu.aboutToShow.connect(enable)


def editor_class(name: str) -> Callable[[MainWindow, str], QDialog]:
    from boarddesk.gui.project.editing import dialogs
    from boarddesk.gui.project.editing.new_report import NewReportDialog

    return NewReportDialog if name == "NewReportDialog" else getattr(dialogs, name)


def open_editor(window: MainWindow, editor: Callable[[MainWindow, str], QDialog]) -> QDialog | None:
    """Open an editor on the project shown; a status-bar note if no project is shown."""
    from boarddesk.gui.project.editing import dialogs

    if not window.current_target or window.current_target[0] != "project":
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Open a project first: editing works on the project shown."), 5000
        )
        return None
    if editor is dialogs.ReportEditor and not _has_report(window):
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "The project has no status report yet: start one first."), 5000
        )
        return None
    dialog = editor(window, window.current_target[1])
    dialog.show()
    dialog.raise_()
    return dialog


def _has_report(window: MainWindow) -> bool:
    from boarddesk.services.portfolio.editing import latest_report_id

    return latest_report_id(window.store, window.current_target[1]) is not None
