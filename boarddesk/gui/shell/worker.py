"""Work on the store off the GUI thread, one way everywhere (Anki's CollectionOp is the model).

    StoreOp(window, store.path, work).with_progress(label).success(show).failure(warn).run_in_background()

`work(store, report)` runs in the thread pool on a Store of its own (SQLite connections are per
thread) and never touches a widget; `report(done, total)` moves the progress bar and raises
Cancelled once the user pressed Cancel, so the work's transaction rolls back. The result goes to
the success callback, and what went wrong to the failure callback ("" when cancelled), both on the
GUI thread. `run_and_wait()` does the same behind a modal progress dialog and returns the outcome."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from boarddesk.gui.service_text import user_message
from boarddesk.store import Store

Report = Callable[[int, int], None]
Work = Callable[[Store, Report], Any]


class Cancelled(Exception):
    """Raised inside a task when the user pressed Cancel; the task's transaction rolls back."""


class TaskSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)


class Task(QRunnable):
    """Runs `work(report)` in the thread pool; `report(done, total)` raises Cancelled once cancelled."""

    def __init__(self, work: Callable[[Report], Any]) -> None:
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
            self.signals.failed.emit(user_message(error))  # QCoreApplication.translate is thread-safe
        else:
            self.signals.finished.emit(result)

    def start(self) -> None:
        QThreadPool.globalInstance().start(self)


class StoreOp:
    """One piece of work on the store in a worker thread, with optional progress and Cancel."""

    def __init__(self, parent: QWidget, db_path: Path, work: Work) -> None:
        self.parent, self.db_path, self.work = parent, db_path, work
        self._label: str | None = None
        self._minimum_duration = 300
        self._on_success: Callable[[Any], None] = lambda _result: None
        self._on_failure: Callable[[str], None] = lambda _message: None

    def with_progress(self, label: str, minimum_duration: int = 300) -> StoreOp:
        """A window-modal progress dialog with Cancel, shown once the work takes `minimum_duration` ms."""
        self._label, self._minimum_duration = label, minimum_duration
        return self

    def success(self, callback: Callable[[Any], None]) -> StoreOp:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[str], None]) -> StoreOp:
        """`callback(message)` when the work raised; the message is "" when the user cancelled."""
        self._on_failure = callback
        return self

    def warn_on_failure(self, title: str) -> StoreOp:
        """Show what went wrong in a message box titled `title`; a cancel shows nothing."""
        return self.failure(lambda message: QMessageBox.warning(self.parent, title, message) if message else None)

    def run_in_background(self) -> Task:
        """Start the work and return its Task; keep the Task until it reports (its signals live in it)."""
        db_path, work = self.db_path, self.work

        def in_thread(report: Report) -> Any:
            with Store.open(db_path, create=False, migrate=False) as store:
                return work(store, report)

        task = Task(in_thread)
        dialog = self._progress_dialog(task)

        def done() -> None:
            if dialog is not None:
                dialog.reset()
                dialog.close()

        task.signals.finished.connect(lambda result: (done(), self._on_success(result)))
        task.signals.failed.connect(lambda message: (done(), self._on_failure(message)))
        task.start()
        return task

    def run_and_wait(self) -> tuple[Any, str | None]:
        """Run and wait, the window staying responsive; (the result, None) or (None, what went
        wrong: "" when cancelled). The callbacks are called as well."""
        outcome: dict[str, Any] = {}
        loop = QEventLoop()
        on_success, on_failure = self._on_success, self._on_failure
        self._on_success = lambda result: (outcome.update(result=result), on_success(result), loop.quit())
        self._on_failure = lambda message: (outcome.update(error=message), on_failure(message), loop.quit())
        task = self.run_in_background()  # held until done: its signals die with it
        loop.exec()
        del task
        return outcome.get("result"), outcome.get("error")

    def _progress_dialog(self, task: Task) -> QProgressDialog | None:
        if self._label is None:
            return None
        dialog = QProgressDialog(self._label, QCoreApplication.translate("MainWindow", "Cancel"), 0, 100, self.parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(self._minimum_duration)
        task.signals.progress.connect(lambda done, total: dialog.setValue(done * 100 // max(total, 1)))
        dialog.canceled.connect(task.cancel)
        return dialog
