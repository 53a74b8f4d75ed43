"""A whole meeting on the demo programme board, driven through the meeting view as the
secretary would: agenda, publication, attendance, decisions with a vote and a dissent, action
points, closing, minutes approval, and the open points on the next meeting's agenda."""

from __future__ import annotations

import pytest
from helpers import add_case, new_meeting
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from boarddesk.gui.meeting.meeting_view import AGENDA, LIVE, MINUTES
from boarddesk.services.integrity import verify
from boarddesk.services.meetings import minutes
from boarddesk.services.meetings.reading import load_meeting


@pytest.fixture
def window_store(secretary_store):
    return secretary_store


def test_a_whole_meeting_from_agenda_to_approved_minutes(qtbot, window, said):
    store = window.store
    meeting = new_meeting(window, "2021-12-16")
    view = window.current_view()
    assert "Meeting 8/2021" in view.plain_text()
    assert view.tabs.currentIndex() == AGENDA and not view.tabs.isTabEnabled(LIVE)

    builder = view.builder
    ssd = add_case(qtbot, builder, "Sentralt styringsdokument steg 2", "Programstyret tilslutter SSD.")
    nilar = add_case(qtbot, builder, "NILAR innbyggertjenester", "Programstyret gir sin tilslutning.")
    qtbot.keyClick(builder.agenda_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # NILAR before SSD
    titles = [builder.agenda_list.item(r).text().split("\n")[0] for r in range(builder.agenda_list.count())]
    assert titles == [
        "Godkjenning av innkalling og referat",
        "Status aksjonspunkter",
        "NILAR innbyggertjenester",
        "Sentralt styringsdokument steg 2",
        "Eventuelt",
    ]

    qtbot.mouseClick(builder.publish_button, Qt.MouseButton.LeftButton)
    assert said and "48/21, 49/21, 50/21, 51/21, 52/21" in said[-1]
    assert "50/21  NILAR innbyggertjenester" in view.plain_text()

    view.tabs.setCurrentIndex(LIVE)
    live = view.live
    qtbot.mouseClick(live.all_present_button, Qt.MouseButton.LeftButton)
    erik = live.attendance_table.cellWidget(5, 1)  # Erik Hansen sent notice
    erik.setCurrentIndex(erik.findData("absent_with_notice"))
    live.select_case(nilar)
    qtbot.keyClicks(live.notes, "NHN orienterte om OA2.")
    qtbot.keyClicks(live.decision, " Med innspill fra møtet.")
    qtbot.keyClicks(live.action_text, "Sende revidert OA2")
    qtbot.keyClicks(live.action_who, "NHN")
    qtbot.keyClicks(live.action_due, "10.01.2022")
    qtbot.keyClick(live.action_due, Qt.Key.Key_Return)
    assert live.action_table.rowCount() == 1

    qtbot.keyClick(live.notes, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)  # saves, next case
    assert live.case_id == ssd
    live.counted.setChecked(True)
    for spin, value in zip(live.votes, (11, 2, 0), strict=True):
        spin.setValue(value)
    qtbot.keyClicks(live.dissent, "Helse Vest og KS stemte mot.")
    live.flush()

    decisions = {
        row["case_id"]: row for row in store.query("SELECT * FROM decisions WHERE case_id IN (?, ?)", (nilar, ssd))
    }
    assert decisions[nilar]["text"] == "Programstyret gir sin tilslutning. Med innspill fra møtet."
    assert decisions[nilar]["unanimous"] == 1
    assert (decisions[ssd]["votes_for"], decisions[ssd]["votes_against"]) == (11, 2)
    assert decisions[ssd]["dissent"] == "Helse Vest og KS stemte mot."
    assert store.scalar("SELECT discussion FROM cases WHERE id = ?", (nilar,)) == "NHN orienterte om OA2."

    assert live.close_meeting()
    view.tabs.setCurrentIndex(MINUTES)
    text = view.plain_text()
    assert "Votes: 11 for, 2 against, 0 blank." in text and "Sende revidert OA2 (NHN, 2022-01-10)" in text
    assert "Absent with notice: Erik Hansen" in text

    view.minutes.send_for_adjustment()  # the chair is always among the signers
    assert minutes.minutes_status(store, meeting) == "adjustment"

    following = new_meeting(window, "2022-01-20")
    window.open_target("meeting", meeting)
    view.tabs.setCurrentIndex(MINUTES)
    view.minutes.approve()  # by the next meeting, in its approval case (the dialog's defaults)
    state = minutes.minutes_state(store, meeting)
    assert state.status == "approved" and state.approved_by_meeting == following
    assert store.scalar("SELECT standard_item FROM cases WHERE id = ?", (state.approved_in_case,)) == "approval"
    assert verify(store).ok
    view.tabs.setCurrentIndex(LIVE)
    assert not view.live.form.isEnabled()  # approved minutes are not typed into

    window.open_target("meeting", following)
    agenda_text = window.current_view().plain_text()
    assert "• Sende revidert OA2 (NHN, 2022-01-10)" in agenda_text


def test_publishing_asks_first_and_no_leaves_the_agenda_unpublished(qtbot, window, said):
    meeting = new_meeting(window, "2021-12-16")
    builder = window.current_view().builder
    add_case(qtbot, builder, "Sentralt styringsdokument steg 2", "Programstyret tilslutter SSD.")
    said.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(builder.publish_button, Qt.MouseButton.LeftButton)
    question = said[-1]
    assert "next meeting bundle" in question and "change to the published agenda" in question  # what follows
    assert said.defaults[-1] == QMessageBox.StandardButton.No  # Enter publishes nothing
    assert not window.store.scalar("SELECT agenda_published FROM meetings WHERE id = ?", (meeting,))
    assert not any(case.seq for case in load_meeting(window.store, meeting).agenda)  # no numbers issued
    assert builder.publish_button.isEnabled() and len(said) == 1  # nothing said to be published

    said.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(builder.publish_button, Qt.MouseButton.LeftButton)
    assert window.store.scalar("SELECT agenda_published FROM meetings WHERE id = ?", (meeting,))


def test_closing_without_anyone_present_asks_first(qtbot, window, said, monkeypatch):
    meeting = new_meeting(window, "2021-12-16")
    view = window.current_view()
    qtbot.mouseClick(view.builder.publish_button, Qt.MouseButton.LeftButton)
    view.tabs.setCurrentIndex(LIVE)
    said.answer = QMessageBox.StandardButton.No
    assert not view.live.close_meeting()
    assert "No one is recorded as present" in said[-1]
    assert window.store.scalar("SELECT closed_at FROM minutes WHERE meeting_id = ?", (meeting,)) is None


def test_case_numbers_are_not_issued_before_publication_and_removal_after_keeps_them(qtbot, window, said):
    new_meeting(window, "2021-12-16")
    builder = window.current_view().builder
    add_case(qtbot, builder, "Sak som trekkes")
    assert "48/21" not in window.current_view().plain_text()
    qtbot.mouseClick(builder.publish_button, Qt.MouseButton.LeftButton)
    builder.agenda_list.setCurrentRow(2)
    builder.agenda_list.setFocus()
    qtbot.keyClick(builder.agenda_list, Qt.Key.Key_Delete)
    text = window.current_view().plain_text()
    assert "50/21  Sak som trekkes" in text and "WITHDRAWN" in text
    assert "50/21 «Sak som trekkes» withdrawn" in text  # the change log shows it


def test_registers_list_cases_decisions_and_open_action_points(qtbot, window):
    from boarddesk.gui.meeting.registers import ActionRegisterDialog, CasesOfYearDialog, DecisionRegisterDialog
    from boarddesk.services.meetings import action_points

    store = window.store
    cases = CasesOfYearDialog(store, "pds", 2021, "en", None, window)
    qtbot.addWidget(cases)
    numbers = [cases.table.item(row, 0).text() for row in range(cases.table.rowCount())]
    assert len(numbers) == 48 and numbers[-1] == "47/21" and numbers.count("5/21") == 2

    register = DecisionRegisterDialog(store, "en", None, window)
    qtbot.addWidget(register)
    assert register.table.rowCount() == 28  # 3 recorded at meetings, 25 from the projects' cards
    qtbot.keyClicks(register.text, "MVP")
    qtbot.waitUntil(lambda: register.table.rowCount() == 1, timeout=2000)
    assert register.table.item(0, 2).text() == "38/21"

    action_points.add_action_point(store, "pds-m-2021-7", "Ekstraordinært møte 16.12.", responsible="Sekretariatet")
    actions = ActionRegisterDialog(store, "en", None, window)
    qtbot.addWidget(actions)
    assert actions.table.rowCount() == 1 and actions.table.item(0, 5).text() == "Ekstraordinært møte 16.12."
    actions.table.cellWidget(0, 0).setCurrentIndex(1)  # done
    assert action_points.register(store, status="open") == []


def test_closing_the_window_saves_what_was_just_typed(qtbot, window, said):
    meeting = new_meeting(window, "2021-12-16")
    view = window.current_view()
    qtbot.mouseClick(view.builder.publish_button, Qt.MouseButton.LeftButton)
    view.tabs.setCurrentIndex(LIVE)
    qtbot.keyClicks(view.live.notes, "Siste ord før lukking")
    window.close()  # at once, before the autosave pause is over
    case = view.live.case_id
    assert window.store.scalar("SELECT discussion FROM cases WHERE id = ?", (case,)) == "Siste ord før lukking"
    assert window.store.scalar("SELECT current_case FROM minutes WHERE meeting_id = ?", (meeting,)) == case


def test_a_case_asks_for_its_projects_reports_with_a_tick_of_its_own(qtbot, window, said):
    """Ticking a project names it in the case; the pack prints its report only when asked."""
    new_meeting(window, "2021-12-16")
    editor = window.current_view().builder.editor
    case = add_case(qtbot, window.current_view().builder, "Status program")
    assert not editor.print_reports.isChecked()
    editor.print_reports.click()
    editor.flush()
    assert (
        window.store.query_one("SELECT print_status_reports FROM cases WHERE id = ?", (case,))["print_status_reports"]
        == 1
    )
