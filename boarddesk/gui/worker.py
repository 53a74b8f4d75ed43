"""Long tasks off the GUI thread. A task gets its own Store (SQLite connections are per thread),
reports progress through queued signals, and never touches a widget."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


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
