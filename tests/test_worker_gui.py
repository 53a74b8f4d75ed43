"""Background work on the store goes through one helper, StoreOp: its own store in its thread,
progress, errors and Cancel reported back on the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget

from boarddesk.gui.shell.worker import StoreOp


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_the_work_runs_in_another_thread_on_a_store_of_its_own(parent, demo_store):
    seen = {}

    def work(store, report):
        seen["thread"], seen["same_store"] = threading.get_ident(), store is demo_store
        report(1, 1)
        return store.scalar("SELECT count(*) FROM boards")

    boards = demo_store.scalar("SELECT count(*) FROM boards")
    result, error = StoreOp(parent, demo_store.path, work).with_progress("Counting…").run_and_wait()
    assert (result, error) == (boards, None) and boards > 1
    assert seen == {"thread": seen["thread"], "same_store": False}
    assert seen["thread"] != threading.get_ident()


def test_an_error_reaches_the_failure_callback_and_a_write_rolls_back(parent, demo_store):
    failures: list[str] = []
    boards = demo_store.scalar("SELECT count(*) FROM boards")

    def work(store, _report):
        with store.write() as conn:
            conn.execute("DELETE FROM boards")
            raise ValueError("the file names no board")

    result, error = StoreOp(parent, demo_store.path, work).failure(failures.append).run_and_wait()
    # what went wrong, in the interface's words: a service's message is a sentence there
    assert (result, error, failures) == (None, "The file names no board", ["The file names no board"])
    assert demo_store.scalar("SELECT count(*) FROM boards") == boards


def test_cancel_stops_the_work_at_its_next_report_and_says_nothing(qtbot, parent, demo_store):
    started, release = threading.Event(), threading.Event()

    def work(_store, report):
        started.set()
        release.wait(5)
        report(1, 2)
        return "finished anyway"

    outcomes: list[object] = []
    task = StoreOp(parent, demo_store.path, work).success(outcomes.append).failure(outcomes.append).run_in_background()
    started.wait(5)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: outcomes == [""], timeout=5000)
