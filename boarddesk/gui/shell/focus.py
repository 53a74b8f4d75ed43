"""Where the keyboard goes in the main window: into the view just opened, and from the search box
to the window's and the view's shortcuts for the keys the box does not edit text with."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QApplication, QWidget

# The keys a line edit needs for editing its text; any other Ctrl or Alt key is a command.
TEXT_EDITING_KEYS = (
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.SelectAll,
    QKeySequence.StandardKey.Deselect,
    QKeySequence.StandardKey.Delete,
    QKeySequence.StandardKey.Backspace,
    QKeySequence.StandardKey.DeleteStartOfWord,
    QKeySequence.StandardKey.DeleteEndOfWord,
    QKeySequence.StandardKey.MoveToNextWord,
    QKeySequence.StandardKey.MoveToPreviousWord,
    QKeySequence.StandardKey.SelectNextWord,
    QKeySequence.StandardKey.SelectPreviousWord,
    QKeySequence.StandardKey.MoveToStartOfLine,
    QKeySequence.StandardKey.MoveToEndOfLine,
    QKeySequence.StandardKey.SelectStartOfLine,
    QKeySequence.StandardKey.SelectEndOfLine,
)
COMMAND_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def is_command_key(event: QKeyEvent) -> bool:
    """A Ctrl or Alt key that is not one of the text-editing keys: on X11 a line edit would take
    Ctrl+E, Ctrl+K and the like for itself (Emacs keys), and the window's commands would not run."""
    if not event.modifiers() & COMMAND_MODIFIERS:
        return False
    return not any(event.matches(key) for key in TEXT_EDITING_KEYS)


def main_widget(view: QWidget) -> QWidget | None:
    """The widget a view is used through: its focus proxy if it names one, else its largest list
    or table (the agenda, the projects), else its largest text (a card), else its first field."""
    if view.focusProxy() is not None:
        return view.focusProxy()
    # A view just shown has its layout still to do: do it now, so the sizes compared are real.
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    usable = [
        child
        for child in view.findChildren(QWidget)
        if child.isVisibleTo(view) and child.isEnabled() and child.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    for kind in (QAbstractItemView, QAbstractScrollArea):
        content = [child for child in usable if isinstance(child, kind)]
        if content:
            return max(content, key=lambda child: child.width() * child.height())
    return usable[0] if usable else None


def view_shortcut(view: QWidget, event: QKeyEvent) -> Callable[[], None] | None:
    """What the shown view does on this key (an action or a shortcut of the view), if anything."""
    pressed = QKeySequence(event.keyCombination())
    for action in view.findChildren(QAction):
        if action.isEnabled() and pressed in action.shortcuts() and _working_in(action.parent(), view):
            return action.trigger
    for shortcut in view.findChildren(QShortcut):
        if (
            shortcut.isEnabled()
            and shortcut.key() == pressed
            and shortcut.context() != Qt.ShortcutContext.WidgetShortcut
            and _working_in(shortcut.parent(), view)
        ):
            return shortcut.activated.emit
    return None


def _working_in(owner: object, view: QWidget) -> bool:
    """The owner of a shortcut is on screen in the view (not a hidden mode of it)."""
    return isinstance(owner, QWidget) and owner.isVisibleTo(view)
