"""Sending the minutes for adjustment (justering) asks in a dialog with a whole title; who they go
to, the chair by name and the co-signers ticked, is said in its body."""

from __future__ import annotations

from helpers import MEETING
from PySide6.QtWidgets import QLabel, QListWidget

from boarddesk.gui.meeting import dialogs
from boarddesk.gui.meeting.minutes_panel import MinutesPanel
from boarddesk.services.meetings import minutes
from boarddesk.services.meetings.live_meeting import set_attendance
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


def _attended(store) -> None:
    """Meeting 7/2021 as held: the chair and Ole Johan Kvan present, Erik Hansen absent with
    Vera Vara (a deputy on the board) standing in, an observer from the administration present."""
    with store.write() as conn:
        conn.execute(
            "INSERT INTO members (id, board_id, position, name, organisation, role, deputy_for) VALUES "
            "('pds-vera', 'pds', 90, 'Vera Vara', 'Helse Vest', 'deputy', 'pds-mem-erik-hansen'), "
            "('pds-olga', 'pds', 91, 'Olga Observatør', 'Direktoratet', 'observer', NULL)"
        )
    set_attendance(store, MEETING, "pds-mem-lucie-aunan", "present")
    set_attendance(store, MEETING, "pds-mem-ole-johan-kvan", "present")
    set_attendance(store, MEETING, "pds-mem-erik-hansen", "absent_with_notice")
    set_attendance(store, MEETING, "pds-vera", "present", deputy_for="pds-mem-erik-hansen")
    set_attendance(store, MEETING, "pds-olga", "present")


def test_the_co_signers_offered_are_those_who_attended_with_a_vote_without_the_chair(
    norwegian, secretary_store, qtbot, monkeypatch
):
    _attended(secretary_store)
    panel = MinutesPanel(secretary_store, "nb")
    qtbot.addWidget(panel)
    panel.load(MEETING)
    offered = []

    def cancel(dialog):
        (checklist,) = dialog.findChildren(QListWidget)
        offered.extend(checklist.item(i).text() for i in range(checklist.count()))
        return 0

    monkeypatch.setattr(dialogs.TextDialog, "exec", cancel)
    panel.send_for_adjustment()
    assert offered == ["Ole Johan Kvan, Helse Sør-Øst RHF", "Vera Vara, Helse Vest"]
    assert [m.name for m in minutes.cosigner_candidates(secretary_store, MEETING)] == ["Ole Johan Kvan", "Vera Vara"]


def test_the_approval_dialog_is_as_high_as_its_three_fields(norwegian, secretary_store, qtbot, monkeypatch):
    panel = MinutesPanel(secretary_store, "nb")
    qtbot.addWidget(panel)
    panel.load(MEETING)
    heights = []

    def cancel(dialog):
        dialog.show()
        heights.append((dialog.height(), dialog.sizeHint().height(), dialog.windowTitle()))
        return 0

    monkeypatch.setattr(dialogs.TextDialog, "exec", cancel)
    panel.approve()
    ((height, needed, title),) = heights
    assert title == "Godkjenn protokollen"
    assert height <= needed + 8  # no half-empty dialog under the fields and the buttons
