"""Undo steps: each wraps one `Edit` the service made, and asks the window to show the result."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from boarddesk.services import changes
from boarddesk.services.changes import Edit

if TYPE_CHECKING:
    from boarddesk.gui.main_window import MainWindow

MERGEABLE = 4711  # QUndoCommand id: consecutive saves of one field merge into one step


class EditCommand(QUndoCommand):
    """Pushed after the service has written the edit; the first redo() therefore writes nothing."""

    def __init__(self, window: MainWindow, edit: Edit, text: str) -> None:
        super().__init__(text)
        self.window = window
        self.edit = edit
        self._done = True

    def redo(self) -> None:
        if not self._done:
            changes.redo(self.window.store, self.edit)
            self._done = True
        self.window.data_changed.emit()

    def undo(self) -> None:
        changes.undo(self.window.store, self.edit)
        self._done = False
        self.window.data_changed.emit()

    def id(self) -> int:
        return MERGEABLE

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt's name)
        merged = self.edit.merged_with(other.edit) if isinstance(other, EditCommand) else None
        if merged is None:
            return False
        self.edit = merged
        return True


def push_edit(window: MainWindow, edit: Edit, text: str) -> None:
    """Put an edit the service has made on the window's undo stack (nothing, if nothing changed)."""
    if not edit.empty:
        window.undo_stack.push(EditCommand(window, edit, text))
