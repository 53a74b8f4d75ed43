"""Long tasks off the GUI thread. A task gets its own Store (SQLite connections are per thread),
reports progress through queued signals, and never touches a widget."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class Cancelled(Exception):
    """Raised inside a task when the user pressed Cancel; the task's transaction rolls back."""


class TaskSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)


class Task(QRunnable):
    """Runs `work(report)` in the thread pool; `report(done, total)` raises Cancelled once cancelled."""

    def __init__(self, work: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = TaskSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _report(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            result = self.work(self._report)
        except Cancelled:
            self.signals.failed.emit("")
        except Exception as error:  # shown to the user; the task's own transaction rolled back
            self.signals.failed.emit(str(error))
        else:
            self.signals.finished.emit(result)

    def start(self) -> None:
        QThreadPool.globalInstance().start(self)


def run_with_progress(
    parent: QWidget, label: str, work: Callable[[Callable[[int, int], None]], Any]
) -> tuple[Any, str | None]:
    """Run `work(report)` as a Task behind a modal progress dialog with Cancel, the window staying
    responsive meanwhile; returns (its result, None), or (None, what went wrong: "" when cancelled)."""
    dialog = QProgressDialog(label, parent.tr("Cancel"), 0, 100, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    task = Task(work)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()
    task.signals.progress.connect(lambda done, total: dialog.setValue(done * 100 // max(total, 1)))
    task.signals.finished.connect(lambda result: (outcome.update(result=result), loop.quit()))
    task.signals.failed.connect(lambda message: (outcome.update(error=message), loop.quit()))
    dialog.canceled.connect(task.cancel)
    task.start()
    loop.exec()
    dialog.close()
    return outcome.get("result"), outcome.get("error")
