"""Qt Designer forms from `ui/`, loaded at run time and used by composition."""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from boarddesk.locator import form


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Build the widget tree of `ui/<name>.ui`; its named children are reached with findChild."""
    path = form(name)
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"form {path} cannot be read: {file.errorString()}")
    try:
        widget = QUiLoader().load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"form {path} could not be built")
    return widget
