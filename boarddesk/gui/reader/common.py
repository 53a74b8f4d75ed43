"""What the reader's parts share: who is reading, and running a task in a worker with progress."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from boarddesk.gui.worker import Task

if TYPE_CHECKING:
    from boarddesk.gui.main_window import MainWindow


def reader_name(window: MainWindow) -> str:
    """Who is reading: the name notes are written under (View → Your name for notes)."""
    name = window.settings.value("reader/name")
    return name if isinstance(name, str) and name else getpass.getuser()


def run_in_worker(window: MainWindow, title: str, work: Callable[[Any, Callable[[int, int], None]], Any]) -> Any:
    """Run `work(store, report)` in a worker with its own store; returns its result, or None after
    showing what went wrong."""
    from boarddesk.store import Store

    db_path = window.store.path

    def task_work(report):
        with Store.open(db_path) as store:
            return work(store, report)

    dialog = QProgressDialog(title, window.tr("Cancel"), 0, 100, window)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    task = Task(task_work)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()
    task.signals.progress.connect(lambda done, total: dialog.setValue(done * 100 // max(total, 1)))
    task.signals.finished.connect(lambda result: (outcome.update(result=result), loop.quit()))
    task.signals.failed.connect(lambda message: (outcome.update(error=message), loop.quit()))
    dialog.canceled.connect(task.cancel)
    task.start()
    loop.exec()
    dialog.close()
    if outcome.get("error"):
        QMessageBox.warning(window, title, outcome["error"])
    return outcome.get("result")
