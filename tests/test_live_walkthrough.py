"""What the secretary's walkthrough of a live meeting found, driven through the real widgets:
ticking «Inhabil» then Ctrl+Enter is saved (not refused as changed elsewhere), Ctrl+Enter never
throws away what was typed, an orientation case has no vote line, leaving the tab and coming back
keeps the case and its clock, and «Inhabil» offers exactly those with a vote at the case."""

from __future__ import annotations

import pytest
from helpers import live_meeting_with
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from boarddesk.gui.meeting.attendance_grid import STATUS
from boarddesk.gui.meeting.meeting_view import AGENDA, LIVE, MINUTES
from boarddesk.services.meetings import agenda, live_meeting
from boarddesk.services.meetings.minutes_lines import decision_lines
from boarddesk.services.meetings.reading import meeting_record

MERETE = "pds-mem-merete-lyngstad"
ODD_MARTIN = "pds-mem-odd-martin-solem"


@pytest.fixture
def window_store(secretary_store):
    return secretary_store


def decision_of(store, case_id: str):
    return store.query_one("SELECT * FROM decisions WHERE case_id = ?", (case_id,))


def eventuelt(view) -> str:
    """The meeting's «Eventuelt»: no proposal, no case type."""
    return view.store.scalar(
        "SELECT id FROM cases WHERE meeting = ? AND standard_item = 'any_other_business'", (view.meeting_id,)
    )


def ctrl_enter(qtbot, live) -> None:
    live.decision.setFocus()
    qtbot.keyClick(live.decision, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def offered(live) -> dict[str, str]:
    """The «Inhabil» menu: name → the key it is recorded under."""
    return {action.text(): action.data() for action in live.disqualified_menu.actions()}


def tick(live, name: str) -> None:
    action = next(a for a in live.disqualified_menu.actions() if a.text() == name)
    action.trigger()  # what a click on the menu's line does


# -- 1: every live write leaves the screen holding the versions it wrote ---------------------------
def test_ticking_inhabil_then_ctrl_enter_records_the_decision(qtbot, window, said):
    view, (case,) = live_meeting_with(qtbot, window, ("Valg av leverandør for NILAR", "Programstyret velger A."))
    live = view.live
    qtbot.mouseClick(live.all_present_button, Qt.MouseButton.LeftButton)
    live.select_case(case)
    assert decision_of(window.store, case) is None
    tick(live, "Odd Martin Solem")
    ctrl_enter(qtbot, live)
    assert "Not saved" not in live.save_label.text()
    recorded = decision_of(window.store, case)
    assert recorded["text"] == "Programstyret velger A." and recorded["unanimous"] == 1
    assert live_meeting.live_case(window.store, case).disqualified == [("member", ODD_MARTIN)]
    # and typing on afterwards is saved too
    qtbot.keyClicks(live.notes, "Solem fratrådte under behandlingen.")
    live.flush()
    assert "Not saved" not in live.save_label.text()
    assert window.store.scalar("SELECT discussion FROM cases WHERE id = ?", (case,)).startswith("Solem fratrådte")


def test_notes_typed_after_the_meeting_is_ended_are_saved(qtbot, window, said):
    view, (case,) = live_meeting_with(qtbot, window, ("SSD steg 2", "Programstyret tilslutter SSD."))
    live = view.live
    qtbot.mouseClick(live.all_present_button, Qt.MouseButton.LeftButton)
    live.select_case(case)
    qtbot.mouseClick(live.close_button, Qt.MouseButton.LeftButton)  # ending marks every case dealt with
    assert live_meeting.is_closed(window.store, view.meeting_id)
    qtbot.keyClicks(live.notes, "Referatet rettes til slutt.")
    live.flush()
    assert "Not saved" not in live.save_label.text()
    assert window.store.scalar("SELECT discussion FROM cases WHERE id = ?", (case,)) == "Referatet rettes til slutt."


def test_a_run_of_live_writes_is_saved_one_after_the_other(qtbot, window, said):
    """Attendance, notes, dissent, protocol remark, vote count, action point, disqualification and
    the decision, in the order a meeting gives them: none is refused as changed elsewhere."""
    view, (case,) = live_meeting_with(qtbot, window, ("Budsjett 2022", "Programstyret vedtar budsjettet."))
    agenda.set_parts(window.store, case, [("", "decision")])
    live = view.live
    live.select_case(None)
    live.select_case(case)
    qtbot.mouseClick(live.all_present_button, Qt.MouseButton.LeftButton)
    steps = [
        lambda: qtbot.keyClicks(live.notes, "Budsjettet ble gjennomgått."),
        lambda: tick(live, "Odd Martin Solem"),  # before any decision: it makes one
        lambda: qtbot.keyClicks(live.dissent, "KS stemte mot."),
        lambda: qtbot.keyClicks(live.protocol_remark, "KS ber om ny vurdering."),
        lambda: live.votes[0].setValue(10),
        lambda: (qtbot.keyClicks(live.action_text, "Revidere budsjett"), live.add_action_point()),
        lambda: tick(live, "Bjørn Nilsen"),
        lambda: live.votes[1].setValue(2),
        lambda: qtbot.keyClicks(live.notes, " Vedtatt mot to stemmer."),
    ]
    for step in steps:
        step()
        live.flush()
        assert "Not saved" not in live.save_label.text()
    recorded = decision_of(window.store, case)
    assert (recorded["votes_for"], recorded["votes_against"], recorded["dissent"]) == (10, 2, "KS stemte mot.")
    assert recorded["protocol_remark"] == "KS ber om ny vurdering."
    assert window.store.scalar("SELECT discussion FROM cases WHERE id = ?", (case,)).endswith("mot to stemmer.")


# -- 2: Ctrl+Enter never throws away what was typed -------------------------------------------------
def test_ctrl_enter_without_a_proposal_records_what_is_typed(qtbot, window, said):
    view, _ = live_meeting_with(qtbot, window, ("SSD steg 2", "Programstyret tilslutter SSD."))
    live, case = view.live, eventuelt(view)
    live.select_case(case)
    qtbot.keyClicks(live.decision, "Programstyret ber om en sak om drift.")
    asked = len(said)
    ctrl_enter(qtbot, live)
    assert live.decision.toPlainText() == "Programstyret ber om en sak om drift."
    assert decision_of(window.store, case)["text"] == "Programstyret ber om en sak om drift."
    assert len(said) == asked  # nothing was replaced, so nothing to ask


def test_ctrl_enter_with_nothing_typed_and_no_proposal_records_nothing_and_says_why(qtbot, window, said):
    view, _ = live_meeting_with(qtbot, window, ("SSD steg 2", "Programstyret tilslutter SSD."))
    live, case = view.live, eventuelt(view)
    live.select_case(case)
    ctrl_enter(qtbot, live)
    assert decision_of(window.store, case) is None
    assert "no proposed decision" in live.save_label.text()


def test_ctrl_enter_asks_before_it_drops_a_dissent_and_no_keeps_it(qtbot, window, said):
    view, _ = live_meeting_with(qtbot, window, ("SSD steg 2", "Programstyret tilslutter SSD."))
    live, case = view.live, eventuelt(view)
    live.select_case(case)
    qtbot.keyClicks(live.decision, "Programstyret ber om en sak om drift.")
    qtbot.keyClicks(live.dissent, "Helse Vest stemte mot.")
    said.answer = QMessageBox.StandardButton.No
    ctrl_enter(qtbot, live)
    assert "Helse Vest stemte mot." in said[-1]
    assert live.dissent.toPlainText() == "Helse Vest stemte mot."  # kept on screen
    live.flush()
    recorded = decision_of(window.store, case)
    assert recorded["text"] == "Programstyret ber om en sak om drift."
    assert recorded["dissent"] == "Helse Vest stemte mot."  # and as typed, not as unanimous


def test_ctrl_enter_over_typed_wording_asks_and_ctrl_z_brings_it_back(qtbot, window, said):
    view, (case,) = live_meeting_with(qtbot, window, ("SSD steg 2", "Programstyret tilslutter SSD."))
    live = view.live
    live.select_case(case)
    live.decision.selectAll()
    qtbot.keyClicks(live.decision, "Programstyret tilslutter SSD med forbehold.")
    ctrl_enter(qtbot, live)
    assert "Programstyret tilslutter SSD med forbehold." in said[-1]  # asked, naming what goes
    assert decision_of(window.store, case)["text"] == "Programstyret tilslutter SSD."
    qtbot.keyClick(live.decision, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert live.decision.toPlainText() == "Programstyret tilslutter SSD med forbehold."
    live.flush()
    assert decision_of(window.store, case)["text"] == "Programstyret tilslutter SSD med forbehold."


# -- 3: an orientation case has no vote ---------------------------------------------------------------
def test_an_orientation_case_has_no_vote_line_on_screen_or_paper(qtbot, window, said):
    view, (case,) = live_meeting_with(qtbot, window, ("Orientering om Kjernejournal", ""))
    agenda.set_parts(window.store, case, [("", "information")])
    live = view.live
    live.select_case(None)
    live.select_case(case)
    assert not live.unanimous.isVisibleTo(live) and not live.counted.isVisibleTo(live)
    qtbot.mouseClick(live.adopt_button, Qt.MouseButton.LeftButton)
    view.tabs.setCurrentIndex(MINUTES)
    text = view.plain_text()
    assert "Conclusion:\nTatt til orientering." in text
    assert "Unanimous" not in text
    decision = meeting_record(window.store, view.meeting_id).decisions[case]  # what the paper prints from
    assert decision_lines(decision) == []


def test_a_decision_case_keeps_its_vote_line(qtbot, window, said):
    view, (case,) = live_meeting_with(qtbot, window, ("SSD steg 2", "Programstyret tilslutter SSD."))
    agenda.set_parts(window.store, case, [("", "decision")])
    live = view.live
    live.select_case(None)
    live.select_case(case)
    assert live.unanimous.isVisibleTo(live)
    ctrl_enter(qtbot, live)
    view.tabs.setCurrentIndex(MINUTES)
    assert "Programstyret tilslutter SSD.\nUnanimous." in view.plain_text()


# -- 4: leaving the tab and coming back ----------------------------------------------------------------
def clock_of(store, case_id: str):
    return store.query_one("SELECT seconds_spent, running_since FROM case_clock WHERE case_id = ?", (case_id,))


def test_leaving_the_live_tab_keeps_the_case_and_its_clock(qtbot, window, said):
    view, (first, second, third) = live_meeting_with(
        qtbot, window, ("SSD steg 2", "Forslag."), ("NILAR", "Forslag."), ("Budsjett", "Forslag.")
    )
    live = view.live
    live.select_case(second)
    running = clock_of(window.store, second)
    assert running["running_since"]
    view.tabs.setCurrentIndex(AGENDA)
    builder = view.builder
    builder.load(view.meeting_id, select=third)
    qtbot.mouseClick(builder.remove_button, Qt.MouseButton.LeftButton)  # withdrawn: it is published
    assert window.store.scalar("SELECT state FROM cases WHERE id = ?", (third,)) == "withdrawn"
    view.tabs.setCurrentIndex(LIVE)
    assert live.case_id == second and live.agenda_list.currentItem().text().endswith("NILAR")
    assert clock_of(window.store, second) == running  # the same stretch runs on
    assert not clock_of(window.store, first) or not clock_of(window.store, first)["running_since"]
    view.tabs.setCurrentIndex(MINUTES)
    view.tabs.setCurrentIndex(LIVE)
    assert live.case_id == second and clock_of(window.store, second) == running


def test_withdrawing_the_case_the_meeting_is_at_goes_on_to_the_next_not_back_to_the_first(qtbot, window, said):
    view, (first, second) = live_meeting_with(qtbot, window, ("SSD steg 2", "Forslag."), ("NILAR", "Forslag."))
    live, store = view.live, window.store
    live.select_case(first)
    live.select_case(second)
    before = {case: clock_of(store, case) for case in (first, eventuelt(view))}
    view.tabs.setCurrentIndex(AGENDA)
    view.builder.load(view.meeting_id, select=second)
    qtbot.mouseClick(view.builder.remove_button, Qt.MouseButton.LeftButton)
    view.tabs.setCurrentIndex(LIVE)
    assert live.case_id == eventuelt(view)  # the case after the withdrawn one
    assert clock_of(store, first) == before[first]  # the first case's clock is not started again
    assert not clock_of(store, second)["running_since"]  # nor does the withdrawn case's run on
    assert clock_of(store, eventuelt(view))["running_since"]


# -- 5: «Inhabil» offers those with a vote at the case -------------------------------------------------
def test_the_inhabil_list_offers_those_present_with_a_vote(qtbot, window, said):
    view, (case,) = live_meeting_with(qtbot, window, ("Valg av leverandør for NILAR", "Programstyret velger A."))
    live = view.live
    qtbot.mouseClick(live.all_present_button, Qt.MouseButton.LeftButton)
    store, meeting = window.store, view.meeting_id
    version = store.scalar("SELECT version FROM attendance WHERE meeting_id = ? AND member = ?", (meeting, MERETE))
    live_meeting.set_attendance(store, meeting, MERETE, "absent_with_notice", expected_version=version)
    live_meeting.set_guest_attendance(store, meeting, "Anne Gjest", "present", deputy_for=MERETE)
    view.tabs.setCurrentIndex(MINUTES)
    view.tabs.setCurrentIndex(LIVE)
    live.select_case(case)
    names = offered(live)
    assert "Merete Lyngstad" not in names and "Anne Gjest" in names and "Odd Martin Solem" in names
    present, _ = live_meeting.voters(store, case)
    assert len(names) == present

    tick(live, "Anne Gjest")
    assert live_meeting.voters(store, case) == (present, 1)
    view.tabs.setCurrentIndex(MINUTES)
    assert "Disqualified: Anne Gjest" in view.plain_text()
    view.tabs.setCurrentIndex(LIVE)
    assert "Anne Gjest" in live.disqualified_button.text()

    # One recorded absent in the grid is no longer offered.
    grid = live.attendance_table
    row = next(r for r in range(grid.rowCount()) if grid.item(r, 0).text() == "Odd Martin Solem")
    box = grid.cellWidget(row, STATUS)
    box.setCurrentIndex(box.findData("absent"))
    assert "Odd Martin Solem" not in offered(live) and "Anne Gjest" in offered(live)


def test_a_guest_marked_inhabil_stays_named_after_her_stand_in_is_removed(qtbot, window, said, tmp_path):
    """Anne Gjest stands in for the absent Merete Lyngstad and is marked inhabil; then her stand-in
    is removed in the grid. The record is of Anne: the screen and the printed minutes name her."""
    from pypdf import PdfReader

    from boarddesk.gui.meeting.attendance_grid import DEPUTY
    from boarddesk.reports.documents import build_document

    view, (case,) = live_meeting_with(qtbot, window, ("Valg av leverandør for NILAR", "Programstyret velger A."))
    live, store, meeting = view.live, window.store, view.meeting_id
    live_meeting.set_attendance(store, meeting, MERETE, "absent_with_notice")
    qtbot.mouseClick(live.all_present_button, Qt.MouseButton.LeftButton)
    live_meeting.set_guest_attendance(store, meeting, "Anne Gjest", "present", deputy_for=MERETE)
    view.tabs.setCurrentIndex(MINUTES)
    view.tabs.setCurrentIndex(LIVE)
    live.select_case(case)
    tick(live, "Anne Gjest")
    assert offered(live)["Anne Gjest"] == ("guest", "Anne Gjest")

    grid = live.attendance_table
    row = next(r for r in range(grid.rowCount()) if grid.item(r, 0).text().startswith("Anne Gjest"))
    box = grid.cellWidget(row, DEPUTY)
    box.setCurrentIndex(box.findData(None))  # she stands in for no one now
    assert store.scalar("SELECT deputy_for FROM attendance WHERE guest = 'Anne Gjest'") is None

    assert "Merete Lyngstad" not in offered(live)  # her seat has no vote, and no one was disqualified in it
    ticked = [a.text() for a in live.disqualified_menu.actions() if a.isChecked()]
    assert ticked == ["Anne Gjest"] and live.disqualified_button.text() == "Disqualified: Anne Gjest"
    view.tabs.setCurrentIndex(MINUTES)
    assert "Disqualified: Anne Gjest" in view.plain_text()
    build_document(store, "minutes", meeting, tmp_path / "minutes.pdf")
    printed = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "minutes.pdf").pages)
    assert "Inhabil: Anne Gjest" in printed and "Inhabil: Merete" not in printed


def test_a_guest_cleared_in_another_window_is_not_marked_inhabil(qtbot, window, said, monkeypatch):
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    view, (case,) = live_meeting_with(qtbot, window, ("Valg av leverandør for NILAR", "Programstyret velger A."))
    live, store, meeting = view.live, window.store, view.meeting_id
    live_meeting.set_attendance(store, meeting, MERETE, "absent_with_notice")
    live_meeting.set_guest_attendance(store, meeting, "Anne Gjest", "present", deputy_for=MERETE)
    live.select_case(None)
    live.select_case(case)
    live_meeting.set_guest_attendance(store, meeting, "Anne Gjest", None)  # another window clears her
    tick(live, "Anne Gjest")
    assert warned == ["Anne Gjest is not recorded at this meeting, so cannot be disqualified on its case."]
    assert live_meeting.live_case(store, case).disqualified == []
    assert "Anne Gjest" not in offered(live) and "Disqualified: none" == live.disqualified_button.text()
