"""Sending the minutes for adjustment (justering) asks in a dialog with a whole title; who they go
to, the chair by name and the co-signers ticked, is said in its body."""

from __future__ import annotations

from helpers import MEETING
from PySide6.QtWidgets import QLabel

from boarddesk.gui.meeting import dialogs
from boarddesk.gui.meeting.minutes_panel import MinutesPanel
from boarddesk.services.meetings import minutes
from boarddesk.services.meetings.reading import meeting_heading


def test_the_adjustment_dialog_has_a_whole_title_and_names_the_chair(norwegian, secretary_store, qtbot, monkeypatch):
    panel = MinutesPanel(secretary_store, "nb")
    qtbot.addWidget(panel)
    panel.load(MEETING)
    asked = []

    def cancel(dialog):
        asked.append((dialog.windowTitle(), [label.text() for label in dialog.findChildren(QLabel)]))
        return 0  # Avbryt: nothing is sent

    monkeypatch.setattr(dialogs.TextDialog, "exec", cancel)
    status = minutes.minutes_status(secretary_store, MEETING)
    panel.send_for_adjustment()
    (title, labels), chair = asked[0], meeting_heading(secretary_store, MEETING).chair_name
    assert title == "Send protokollen til justering"
    assert chair and any(f"møteleder, {chair}," in text and "medunderskriverne" in text for text in labels)
    assert minutes.minutes_status(secretary_store, MEETING) == status  # cancelled: not sent
