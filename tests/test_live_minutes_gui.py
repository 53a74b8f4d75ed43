"""Live minutes that miss nothing (issue 11 item 3), driven through the real widgets: one key
for a decision taken as proposed, ending the meeting that lists what is undecided, a conclusion
for an information case, vote counts checked against who may vote, multi-line dissent, frozen
minutes that look and are read-only, and dates typed as people type them."""

from __future__ import annotations

import pytest
from helpers import live_meeting_with, new_meeting
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from boarddesk.gui.meeting import live_mode
from boarddesk.gui.meeting.dialogs import NewMeetingDialog
from boarddesk.gui.meeting.meeting_view import LIVE, MINUTES
from boarddesk.services.meetings import agenda, live_meeting, minutes


@pytest.fixture
def window_store(secretary_store):
    return secretary_store


def decision_of(store, case_id: str):
    return store.query_one("SELECT * FROM decisions WHERE case_id = ?", (case_id,))


def test_ctrl_enter_records_the_proposal_as_the_decision(qtbot, window, said):
    view, (case,) = live_meeting_with(qtbot, window, ("SSD steg 2", "Programstyret tilslutter SSD."))
    live = view.live
    live.select_case(case)
    assert decision_of(window.store, case) is None  # shown, not yet recorded
    live.decision.setFocus()
    qtbot.keyClick(live.decision, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    recorded = decision_of(window.store, case)
    assert recorded["text"] == "Programstyret tilslutter SSD." and recorded["unanimous"] == 1
    assert "recorded" in live.decision_label.text() and "not" not in live.decision_label.text()


def test_an_information_case_is_noted_with_a_conclusion(qtbot, window, said):
    view, (case,) = live_meeting_with(qtbot, window, ("Orientering om NILAR", ""))
    agenda.set_parts(window.store, case, [("", "information")])
    live = view.live
    live.select_case(None)
    live.select_case(case)
    assert live.adopt_button.text() == "&Noted"
    assert live.decision_label.text().startswith("&Conclusion")
    qtbot.mouseClick(live.adopt_button, Qt.MouseButton.LeftButton)
    assert decision_of(window.store, case)["text"] == "Tatt til orientering."
    live.close_meeting()
    view.tabs.setCurrentIndex(MINUTES)
    text = view.plain_text()
    assert "Conclusion:\nTatt til orientering." in text
    assert "Decision:\nTatt til orientering." not in text


def test_ending_the_meeting_asks_and_lists_the_cases_without_a_decision(qtbot, window, said, monkeypatch):
    monkeypatch.setattr(live_mode.QMessageBox, "information", lambda *_: None)
    view, (done, open_case) = live_meeting_with(
        qtbot, window, ("SSD steg 2", "Programstyret tilslutter SSD."), ("NILAR innbyggertjenester", "")
    )
    live = view.live
    qtbot.mouseClick(live.all_present_button, Qt.MouseButton.LeftButton)
    live.select_case(done)
    qtbot.mouseClick(live.adopt_button, Qt.MouseButton.LeftButton)
    said.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(live.close_button, Qt.MouseButton.LeftButton)
    assert not live_meeting.is_closed(window.store, view.meeting_id)  # «No» ends nothing
    text = said[-1]
    assert "NILAR innbyggertjenester" in text and "SSD steg 2" not in text
    assert "Eventuelt" not in text  # standard items need no decision
    assert "clocks stop" in text  # what follows
    assert said.defaults[-1] == QMessageBox.StandardButton.No  # Enter ends nothing either

    said.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(live.close_button, Qt.MouseButton.LeftButton)
    assert live_meeting.is_closed(window.store, view.meeting_id)
    running = window.store.scalar(
        "SELECT count(*) FROM case_clock k JOIN cases c ON c.id = k.case_id "
        "WHERE c.meeting = ? AND k.running_since IS NOT NULL",
        (view.meeting_id,),
    )
    assert running == 0  # the case clock stopped with the meeting


def test_more_votes_than_members_present_are_refused_with_the_numbers(qtbot, window, said, monkeypatch):
    warned: list[str] = []
    monkeypatch.setattr(live_mode.QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    view, (case,) = live_meeting_with(qtbot, window, ("SSD steg 2", "Programstyret tilslutter SSD."))
    live = view.live
    grid = live.attendance_table
    qtbot.mouseClick(live.all_present_button, Qt.MouseButton.LeftButton)
    present = window.store.scalar(
        "SELECT count(*) FROM attendance WHERE meeting_id = ? AND member IS NOT NULL AND status = 'present'",
        (view.meeting_id,),
    )
    assert present >= 3 and grid.rowCount() >= present
    live.select_case(case)
    live.counted.setChecked(True)
    for spin, value in zip(live.votes, (present, 1, 0), strict=True):
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, str(value))
    live.flush()
    assert warned and f"{present + 1} votes are counted, but only {present} may vote" in warned[-1]
    assert decision_of(window.store, case) is None  # nothing of the vote saved

    live.votes[0].selectAll()
    qtbot.keyClicks(live.votes[0], str(present - 1))
    live.flush()
    assert decision_of(window.store, case)["votes_for"] == present - 1


def test_dissent_takes_several_lines(qtbot, window, said):
    view, (case,) = live_meeting_with(qtbot, window, ("SSD steg 2", "Programstyret tilslutter SSD."))
    live = view.live
    live.select_case(case)
    qtbot.keyClicks(live.dissent, "Helse Vest stemte mot.")
    qtbot.keyClick(live.dissent, Qt.Key.Key_Return)
    qtbot.keyClicks(live.dissent, "KS stemte mot.")
    live.flush()
    assert decision_of(window.store, case)["dissent"] == "Helse Vest stemte mot.\nKS stemte mot."


def test_approved_minutes_look_and_are_read_only_and_locking_asks(qtbot, window, said, monkeypatch):
    view, (case,) = live_meeting_with(qtbot, window, ("SSD steg 2", "Programstyret tilslutter SSD."))
    qtbot.mouseClick(view.live.all_present_button, Qt.MouseButton.LeftButton)
    view.live.close_meeting()
    minutes.approve(window.store, view.meeting_id, approved_on="2022-01-20")
    window.open_target("meeting", view.meeting_id)
    view.tabs.setCurrentIndex(LIVE)
    live = view.live
    assert live.notes.isReadOnly() and live.decision.isReadOnly() and not live.form.isEnabled()
    assert live.frozen_label.isVisible() and "approved" in live.frozen_label.text()

    view.tabs.setCurrentIndex(MINUTES)
    said.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(view.minutes.lock_button, Qt.MouseButton.LeftButton)
    assert "amendment" in said[-1] and minutes.minutes_status(window.store, view.meeting_id) == "approved"
    assert said.defaults[-1] == QMessageBox.StandardButton.No


def test_a_typed_date_is_the_date_of_the_new_meeting(qtbot, window):
    dialog = NewMeetingDialog(window.store, "pds", window)
    qtbot.addWidget(dialog)
    dialog.date.setFocus()
    dialog.date.selectAll()
    qtbot.keyClicks(dialog.date, "19.01.2022")
    dialog.accept()
    assert window.store.scalar("SELECT date FROM meetings WHERE id = ?", (dialog.meeting_id,)) == "2022-01-19"


def test_a_member_who_arrives_later_does_not_count_for_the_cases_before(qtbot, window, said):
    from boarddesk.gui.meeting.attendance_grid import ARRIVED

    view, (first, second) = live_meeting_with(qtbot, window, ("SSD steg 2", "Forslag."), ("NILAR", "Forslag."))
    live = view.live
    qtbot.mouseClick(live.all_present_button, Qt.MouseButton.LeftButton)
    before = live_meeting.voters(window.store, first)
    arrived = live.attendance_table.cellWidget(0, ARRIVED)  # the chair came to the second case
    arrived.setCurrentIndex(arrived.findData(second))
    assert live_meeting.voters(window.store, first) == (before[0] - 1, 0)
    assert live_meeting.voters(window.store, second) == before


def test_a_protocol_remark_takes_several_lines_and_reaches_the_minutes(qtbot, window, said):
    view, (case,) = live_meeting_with(qtbot, window, ("SSD steg 2", "Programstyret tilslutter SSD."))
    live = view.live
    live.select_case(case)
    qtbot.keyClicks(live.protocol_remark, "Helse Vest ber om å få protokollført:")
    qtbot.keyClick(live.protocol_remark, Qt.Key.Key_Return)
    qtbot.keyClicks(live.protocol_remark, "Finansieringen må avklares.")
    live.flush()
    remark = "Helse Vest ber om å få protokollført:\nFinansieringen må avklares."
    assert decision_of(window.store, case)["protocol_remark"] == remark
    view.tabs.setCurrentIndex(MINUTES)
    assert "Protocol remark: Helse Vest ber om å få protokollført:\nFinansieringen må avklares." in view.plain_text()


def test_the_meeting_date_is_typed_as_people_write_it(qtbot, window, said):
    meeting = new_meeting(window, "2021-12-16")
    builder = window.current_view().builder
    builder.date.selectAll()
    qtbot.keyClicks(builder.date, "19.01.2022")
    qtbot.keyClick(builder.date, Qt.Key.Key_Return)
    assert window.store.scalar("SELECT date FROM meetings WHERE id = ?", (meeting,)) == "2022-01-19"


def test_a_members_copy_shows_the_meeting_but_records_nothing(qtbot, show_main_window, demo_store):
    from boarddesk.services.boards.identity import set_identity

    set_identity(demo_store, "Kari Medlem", {"pds": "member"})
    window = show_main_window(demo_store)
    window.open_target("meeting", "pds-m-2021-7")
    view = window.current_view()
    view.tabs.setCurrentIndex(LIVE)
    live = view.live
    assert live.frozen and not live.form.isEnabled() and not live.attendance_table.isEnabled()
    assert "secretary's" in live.frozen_label.text()
    view.tabs.setCurrentIndex(MINUTES)
    buttons = (view.minutes.approve_button, view.minutes.adjust_button, view.minutes.lock_button)
    assert not any(button.isEnabled() for button in buttons)
    window.close()
