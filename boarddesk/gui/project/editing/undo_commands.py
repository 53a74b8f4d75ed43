"""Undo steps: each wraps one `Edit` the service made, and asks the window to show the result."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from boarddesk.gui.changed_elsewhere import tell_changed_elsewhere
from boarddesk.services.portfolio import changes
from boarddesk.services.portfolio.changes import Edit
from boarddesk.store.versions import ChangedElsewhere

if TYPE_CHECKING:
    from boarddesk.gui.shell.context import ViewContext

MERGEABLE = 4711  # QUndoCommand id: consecutive saves of one field merge into one step


class EditCommand(QUndoCommand):
    """Pushed after the service has written the edit; the first redo() therefore writes nothing."""

    def __init__(self, context: ViewContext, edit: Edit, text: str) -> None:
        super().__init__(text)
        self.context = context
        self.edit = edit
        self._done = True

    def redo(self) -> None:
        if not self._done:
            self._apply(changes.redo)
            self._done = True
        self.context.data_changed.emit()

    def undo(self) -> None:
        self._apply(changes.undo)
        self._done = False
        self.context.data_changed.emit()

    def _apply(self, step) -> None:
        """Undo or redo; a row changed elsewhere since is left alone, and the step is dropped
        from the stack (it can no longer be taken back or done again faithfully)."""
        try:
            self.edit = step(self.context.store, self.edit)
        except ChangedElsewhere as error:
            self.setObsolete(True)
            what = {
                "cases": QCoreApplication.translate("EditCommand", "The case"),
                "meetings": QCoreApplication.translate("EditCommand", "The meeting"),
            }.get(self.edit.owner_table, QCoreApplication.translate("EditCommand", "The project card"))
            tell_changed_elsewhere(self.context.parent, error, what)

    def id(self) -> int:
        return MERGEABLE

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt's name)
        merged = self.edit.merged_with(other.edit) if isinstance(other, EditCommand) else None
        if merged is None:
            return False
        self.edit = merged
        return True


def push_edit(context: ViewContext, edit: Edit, text: str) -> None:
    """Put an edit the service has made on the window's undo stack (nothing, if nothing changed)."""
    if not edit.empty:
        context.undo_stack.push(EditCommand(context, edit, text))
