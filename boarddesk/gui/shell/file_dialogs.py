"""File dialogs that open where the user keeps that kind of file: the folder last used for it
(remembered in the settings), else the user's Documents, never the folder BoardDesk was started from."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def open_file(parent: QWidget | None, kind: str, title: str, file_filter: str) -> str:
    """A file of `kind` (bundle, notes, json, pdf) to read; "" when the user cancels."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder(parent, kind)), file_filter)
    return _remembered(parent, kind, path)


def save_file(parent: QWidget | None, kind: str, title: str, name: str, file_filter: str) -> str:
    """A file of `kind` to write, with `name` suggested; "" when the user cancels."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(start_folder(parent, kind) / name), file_filter)
    return _remembered(parent, kind, path)


def start_folder(parent: QWidget | None, kind: str) -> Path:
    """The folder last used for this kind of file, if it is still there; else Documents."""
    last = _settings(parent).value(_key(kind), "")
    if last and Path(str(last)).is_dir():
        return Path(str(last))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def _remembered(parent: QWidget | None, kind: str, path: str) -> str:
    if path:
        _settings(parent).setValue(_key(kind), str(Path(path).parent))
    return path


def _settings(parent: QWidget | None) -> QSettings:
    """The main window's settings (tests give it a file of its own), else the user's."""
    window = parent.window() if parent is not None else None
    settings = getattr(window, "settings", None)
    return settings if isinstance(settings, QSettings) else QSettings()


def _key(kind: str) -> str:
    return f"folders/{kind}"
