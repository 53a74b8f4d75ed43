"""Killing the app mid-meeting loses nothing older than the autosave, and reopening returns to
the same case: a child process types into live mode and is SIGKILLed; the parent reopens."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import QSettings

from boarddesk.gui.meeting.meeting_view import LIVE
from boarddesk.gui.shell.main_window import MainWindow
from boarddesk.services.boards.identity import set_identity
from boarddesk.services.meetings import agenda
from boarddesk.services.meetings.setup import MeetingDraft, create_meeting
from boarddesk.store import Store

CHILD = r"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from boarddesk.gui.meeting.live_mode import LiveMeeting
from boarddesk.store import Store

app = QApplication([])
store = Store.open(sys.argv[1])
live = LiveMeeting(store, "en")
live.resize(1000, 700)
live.show()
live.load(sys.argv[2])
live.select_case(sys.argv[3])
QTest.keyClicks(live.notes, "Styret drøftet saken grundig.")
QTest.keyClicks(live.decision, "Programstyret slutter seg til planen.")
print("typed", flush=True)
while True:  # the meeting goes on until the process is killed
    app.processEvents()
    time.sleep(0.02)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_mid_meeting_keeps_what_was_typed_and_reopens_on_the_case(qtbot, demo_path, tmp_path):
    with Store.open(demo_path) as store:
        set_identity(store, "Sekretariatet", {"pds": "secretary"})  # only the secretary records a meeting
        meeting = create_meeting(store, MeetingDraft("pds", "2021-12-16"))
        case = agenda.add_case(store, meeting, "Leveranseplan 2022")
        agenda.publish_agenda(store, meeting)

    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(demo_path), meeting, case],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert child.stdout.readline().strip() == "typed"
        time.sleep(2.0)  # the promise: every keystroke on disk within two seconds
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert child.returncode == -signal.SIGKILL

    store = Store.open(demo_path)
    try:
        assert store.scalar("SELECT discussion FROM cases WHERE id = ?", (case,)) == "Styret drøftet saken grundig."
        assert (
            store.scalar("SELECT text FROM decisions WHERE case_id = ?", (case,))
            == "Programstyret slutter seg til planen."
        )
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(store, settings, lang="en")
        qtbot.addWidget(window)
        window.open_target("meeting", meeting)
        view = window.current_view()
        assert view.tabs.currentIndex() == LIVE
        assert view.live.case_id == case
        assert view.live.notes.toPlainText() == "Styret drøftet saken grundig."
    finally:
        store.close()
