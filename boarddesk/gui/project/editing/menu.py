"""The Edit menu: undo/redo, and the editors for the project shown in the window."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

if TYPE_CHECKING:
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
