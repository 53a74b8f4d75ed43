"""The secretary's meeting forms at laptop size (1366×768) in bokmål, driven as a walkthrough drove
them: the wheel scrolls a form or grid instead of changing the choice under the pointer, the
attendance grid shows whole names, the meeting's times show whole, F2 edits a cell of the case's
parts, and a new case opens on its title."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from boarddesk.services.boards.lookup import board_members
from boarddesk.services.meetings import agenda, live_meeting
from boarddesk.services.meetings.setup import MeetingDraft, create_meeting, set_invitees
from boarddesk.store import Store
from tests.helpers import open_live_grid, row_of

GUEST = "Anne Gjest"


def published_meeting(store: Store) -> str:
    """A published meeting of the programme board, every member and a guest invited; Merete Lyngstad
    has sent notice of absence and the guest stands in for her."""
    meeting = create_meeting(store, MeetingDraft("pds", "2022-01-19", start_time="10:00", end_time="12:00"))
    members = board_members(store, "pds")
    guest = {"name": GUEST, "organisation": "Norsk helsenett", "role": "Vara"}
    set_invitees(store, meeting, [{"member": m.id} for m in members] + [guest])
    agenda.add_case(store, meeting, "Budsjett 2022 for programmet")
    agenda.publish_agenda(store, meeting)
    merete = next(m.id for m in members if m.name == "Merete Lyngstad")
    for member in members:
        live_meeting.set_attendance(store, meeting, member.id, "absent_with_notice" if member.id == merete else None)
    live_meeting.set_guest_attendance(store, meeting, GUEST, "present", deputy_for=merete)
    return meeting


@pytest.fixture
def bokmal_window(norwegian, qtbot, secretary_store, tmp_path):
    """The secretary's window in bokmål at 1366×768."""
    from boarddesk.gui.shell.main_window import MainWindow

    assert norwegian, "boarddesk_nb.qm did not load"
    settings = QSettings(str(tmp_path / "nb.ini"), QSettings.Format.IniFormat)
    window = MainWindow(secretary_store, settings, lang="nb")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    yield window
    window.close()


def look(widget: QWidget, name: str) -> None:
    """What the test saw, kept as a picture in $BOARDDESK_SHOTS when that is set."""
    folder = os.environ.get("BOARDDESK_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def turn_wheel(widget: QWidget, notches: int = -1) -> None:
    """The mouse wheel turned over the middle of `widget` (negative: towards the user, scrolling
    down), delivered as the system delivers it: to the widget under the pointer, then its parents."""
    window = widget.window()
    at = widget.mapTo(window, widget.rect().center())
    QTest.wheelEvent(window.windowHandle(), QPointF(at), QPoint(0, 120 * notches))


# -- 1: the wheel scrolls ----------------------------------------------------------------------------
def test_the_wheel_scrolls_the_attendance_grid_and_changes_no_ones_arrival(qtbot, bokmal_window):
    from boarddesk.gui.meeting.attendance_grid import ARRIVED, MEMBER_ROLE

    store = bokmal_window.store
    meeting = published_meeting(store)
    _view, grid = open_live_grid(bokmal_window, meeting)
    kirsti = row_of(grid, "Kirsti Pedersen")
    arrived = grid.cellWidget(kirsti, ARRIVED)
    qtbot.waitUntil(lambda: grid.verticalScrollBar().maximum() > 0)  # laid out, longer than its pane
    before = grid.verticalScrollBar().value()
    turn_wheel(arrived)
    assert arrived.currentData() is None
    member = grid.item(kirsti, 0).data(MEMBER_ROLE)
    recorded = "SELECT arrived_at_case FROM attendance WHERE meeting_id = ? AND member = ?"
    assert store.scalar(recorded, (meeting, member)) is None
    assert grid.verticalScrollBar().value() > before  # the grid scrolled instead
    look(grid, "attendance-after-wheel")


def test_the_wheel_never_turns_an_attendance_box_the_secretary_clicked(qtbot, bokmal_window):
    """The walkthrough: Bjørn Nilsen's box chosen «present», the pointer away and back, two turns of
    the wheel made him «absent with notice», saved, and the grid did not scroll."""
    from PySide6.QtCore import Qt

    from boarddesk.gui.meeting.attendance_grid import MEMBER_ROLE, STATUS

    store = bokmal_window.store
    meeting = published_meeting(store)
    _view, grid = open_live_grid(bokmal_window, meeting)
    qtbot.waitUntil(lambda: grid.verticalScrollBar().maximum() > 0)
    bjorn = row_of(grid, "Bjørn Nilsen")
    status = grid.cellWidget(bjorn, STATUS)
    status.setFocus()  # clicked into
    qtbot.waitUntil(status.hasFocus)
    status.setCurrentIndex(status.findData("present"))
    before = grid.verticalScrollBar().value()
    turn_wheel(status)
    turn_wheel(status)
    member = grid.item(bjorn, 0).data(MEMBER_ROLE)
    recorded = "SELECT status FROM attendance WHERE meeting_id = ? AND member = ?"
    assert status.currentData() == "present"
    assert store.scalar(recorded, (meeting, member)) == "present"
    assert grid.verticalScrollBar().value() > before  # the grid scrolled instead
    # The keyboard still chooses.
    status.setFocus()
    QTest.keyClick(status, Qt.Key.Key_Down)
    assert status.currentData() != "present"
    assert store.scalar(recorded, (meeting, member)) == status.currentData()


def test_a_choice_from_an_attendance_list_gives_the_keyboard_back_to_the_grid(qtbot, bokmal_window):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from boarddesk.gui.meeting.attendance_grid import STATUS

    meeting = published_meeting(bokmal_window.store)
    _view, grid = open_live_grid(bokmal_window, meeting)
    bjorn = row_of(grid, "Bjørn Nilsen")
    status = grid.cellWidget(bjorn, STATUS)
    status.setFocus()
    qtbot.waitUntil(status.hasFocus)
    status.showPopup()  # the list opened, as a click opens it
    qtbot.waitUntil(status.view().isVisible)
    popup = status.view()
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)  # a choice
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert status.currentIndex() == 1
    assert QApplication.focusWidget() is grid and grid.currentRow() == bjorn


# -- 2: whole names in the attendance grid -------------------------------------------------------------
def text_room(box) -> int:
    """The width of a combo box's text field, as its style lays it out."""
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    field = box.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
    )
    return field.width()


def test_the_attendance_grid_shows_the_deputy_chosen_whole_without_scrolling_sideways(qtbot, bokmal_window):
    from boarddesk.gui.meeting.attendance_grid import DEPUTY, NAME

    meeting = published_meeting(bokmal_window.store)
    _view, grid = open_live_grid(bokmal_window, meeting)
    qtbot.waitUntil(lambda: grid.verticalScrollBar().maximum() > 0)
    grid.scrollToBottom()
    deputy = grid.cellWidget(row_of(grid, GUEST), DEPUTY)
    look(bokmal_window, "live-window")
    assert deputy.currentText() == "Merete Lyngstad"
    assert deputy.fontMetrics().horizontalAdvance(deputy.currentText()) <= text_room(deputy)
    widths = [grid.columnWidth(column) for column in range(grid.columnCount())]
    assert sum(widths) <= grid.viewport().width() and grid.horizontalScrollBar().maximum() == 0
    # A name the column cannot hold whole is elided, and whole in its tooltip.
    for row in range(grid.rowCount()):
        name = grid.item(row, NAME)
        assert name.text() in name.toolTip()
    assert grid.columnWidth(NAME) >= 100


def test_the_deputy_chosen_in_the_grid_is_shown_whole(qtbot, bokmal_window):
    from boarddesk.gui.meeting.attendance_grid import DEPUTY

    store = bokmal_window.store
    meeting = published_meeting(store)
    live_meeting.set_guest_attendance(store, meeting, GUEST, "present", deputy_for=None)
    _view, grid = open_live_grid(bokmal_window, meeting)
    qtbot.waitUntil(lambda: grid.verticalScrollBar().maximum() > 0)
    deputy = grid.cellWidget(row_of(grid, GUEST), DEPUTY)
    deputy.setCurrentIndex(deputy.findText("Merete Lyngstad"))
    assert store.scalar("SELECT deputy_for FROM attendance WHERE guest = ?", (GUEST,)) is not None
    qtbot.waitUntil(lambda: deputy.shown_text() == "Merete Lyngstad")
    assert grid.horizontalScrollBar().maximum() == 0


def test_a_deputy_too_wide_for_the_box_is_elided_and_whole_in_the_tooltip(qtbot, bokmal_window):
    from boarddesk.gui.meeting.attendance_grid import DEPUTY

    meeting = published_meeting(bokmal_window.store)
    _view, grid = open_live_grid(bokmal_window, meeting)
    deputy = grid.cellWidget(row_of(grid, GUEST), DEPUTY)
    deputy.resize(90, deputy.height())
    assert deputy.shown_text().endswith("…") and deputy.shown_text() != deputy.currentText()
    assert deputy.toolTip() == "Merete Lyngstad"
    assert deputy.fontMetrics().horizontalAdvance(deputy.shown_text()) <= text_room(deputy)


def open_agenda_for_editing(qtbot, window, meeting: str):
    """The meeting's agenda in the secretary's editing mode, its first case in the editor."""
    from boarddesk.gui.meeting.meeting_view import AGENDA

    window.open_target("meeting", meeting)
    view = window.current_view()
    view.tabs.setCurrentIndex(AGENDA)
    builder = view.builder
    builder.edit_toggle.click()
    qtbot.waitUntil(lambda: builder.editor.verticalScrollBar().maximum() > 0)  # laid out, taller than its pane
    return builder


def test_the_wheel_scrolls_the_case_editor_past_its_time_allotted(qtbot, bokmal_window):
    store = bokmal_window.store
    meeting = published_meeting(store)
    builder = open_agenda_for_editing(qtbot, bokmal_window, meeting)
    editor = builder.editor
    editor.verticalScrollBar().setValue(40)
    assert editor.minutes.visibleRegion().boundingRect().height() == editor.minutes.height()
    turn_wheel(editor.minutes, notches=1)  # up: it would add a minute
    editor.flush()
    assert editor.minutes.value() == 0 and editor.verticalScrollBar().value() < 40
    assert store.scalar("SELECT minutes_allotted FROM cases WHERE id = ?", (editor.case_id,)) is None


# -- 3: the meeting's times -------------------------------------------------------------------------
@pytest.mark.usefixtures("norwegian")
def test_the_meetings_times_show_whole_when_editing_is_switched_on(qtbot, secretary_store):
    """The builder first laid out for reading (its time fields without arrows), then edited."""
    from boarddesk.gui.meeting.agenda_builder import AgendaBuilder

    meeting = published_meeting(secretary_store)
    builder = AgendaBuilder(secretary_store, "nb")
    qtbot.addWidget(builder)
    builder.load(meeting)
    builder.resize(1006, 640)  # the meeting view's width in a maximised window at 1366×768
    builder.show()
    qtbot.waitExposed(builder)
    builder.edit_toggle.click()
    qtbot.wait(10)  # laid out again
    look(builder, "agenda-editing")
    for field, shown in ((builder.start, "10:00"), (builder.end, "12:00")):
        assert field.text() == shown
        room = field.lineEdit().contentsRect().width()
        assert field.fontMetrics().horizontalAdvance(shown) <= room, f"«{shown}» is cut in a field {room} px wide"


# -- 4: F2 edits a cell -------------------------------------------------------------------------------
def test_f2_edits_the_part_of_a_case_rather_than_asking_for_a_project(qtbot, bokmal_window):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    meeting = published_meeting(bokmal_window.store)
    builder = open_agenda_for_editing(qtbot, bokmal_window, meeting)
    editor = builder.editor
    parts = editor.parts
    parts.setFocus()
    qtbot.waitUntil(parts.hasFocus)
    parts.setCurrentCell(0, 0)
    before = parts.item(0, 0).text()
    qtbot.keyClick(parts, Qt.Key.Key_F2)
    assert parts.state() == QAbstractItemView.State.EditingState
    assert "Åpne et prosjekt først" not in bokmal_window.statusBar().currentMessage()
    look(editor, "case-part-f2")
    typing = QApplication.focusWidget()
    qtbot.keyClick(typing, Qt.Key.Key_End)
    qtbot.keyClicks(typing, " og fordeling")
    qtbot.keyClick(typing, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: parts.item(0, 0).text() == f"{before} og fordeling")  # the delegate commits queued
    editor.flush()
    stored = "SELECT count(*) FROM case_parts WHERE case_id = ? AND title = ?"
    assert bokmal_window.store.scalar(stored, (editor.case_id, f"{before} og fordeling")) == 1


def test_the_parts_table_shows_both_parts_of_the_approval_item(qtbot, bokmal_window):
    """The walkthrough: «Deler og typer» cut off its second row at 1366×768."""
    meeting = published_meeting(bokmal_window.store)
    builder = open_agenda_for_editing(qtbot, bokmal_window, meeting)
    parts = builder.editor.parts
    assert parts.rowCount() == 2  # «Godkjenning av innkalling og referat»: the notice, the minutes
    qtbot.wait(10)  # laid out
    look(builder.editor, "case-parts")
    for row in range(2):
        cell = parts.visualRect(parts.model().index(row, 1))
        assert parts.viewport().rect().contains(cell), f"part {row + 1} is cut off"
    assert parts.verticalScrollBar().maximum() == 0


def test_f2_still_opens_the_project_card_of_the_project_shown(qtbot, bokmal_window):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from boarddesk.gui.project.editing.dialogs import ProjectEditor

    bokmal_window.open_target("project", "nep-pkt")
    navigator = bokmal_window.navigator
    navigator.setFocus()
    qtbot.waitUntil(navigator.hasFocus)
    qtbot.keyClick(navigator, Qt.Key.Key_F2)
    editors = [w for w in QApplication.topLevelWidgets() if isinstance(w, ProjectEditor) and w.isVisible()]
    assert editors, "F2 on a project opens its card editor"
    for editor in editors:
        editor.close()


# -- 5: a new case opens on its title -------------------------------------------------------------
def test_a_new_case_opens_at_the_top_with_its_title_to_type(qtbot, bokmal_window):
    from PySide6.QtCore import QRect, Qt

    meeting = published_meeting(bokmal_window.store)
    builder = open_agenda_for_editing(qtbot, bokmal_window, meeting)
    editor = builder.editor
    editor.verticalScrollBar().setValue(editor.verticalScrollBar().maximum())  # down at the documents
    qtbot.mouseClick(builder.add_button, Qt.MouseButton.LeftButton)  # «Ny sak»
    assert editor.title.text() == "Ny sak"
    qtbot.waitUntil(editor.title.hasFocus)
    shown = QRect(editor.title.mapTo(editor.viewport(), editor.title.rect().topLeft()), editor.title.size())
    look(bokmal_window, "new-case")
    assert editor.viewport().rect().contains(shown), "the title is out of view"
    qtbot.keyClicks(editor.title, "Revidert budsjett")
    assert editor.title.text() == "Revidert budsjett"


def test_a_new_cases_part_follows_the_title_typed(qtbot, bokmal_window):
    """The walkthrough: the part stayed «Ny sak» after the case was named; a second part would
    have printed «1: Ny sak»."""
    from PySide6.QtCore import Qt

    store = bokmal_window.store
    meeting = published_meeting(store)
    builder = open_agenda_for_editing(qtbot, bokmal_window, meeting)
    editor = builder.editor
    qtbot.mouseClick(builder.add_button, Qt.MouseButton.LeftButton)  # «Ny sak»
    qtbot.waitUntil(editor.title.hasFocus)
    qtbot.keyClicks(editor.title, "Revidert budsjett")
    editor.flush()
    stored = "SELECT title FROM case_parts WHERE case_id = ? ORDER BY position"
    assert [row["title"] for row in store.query(stored, (editor.case_id,))] == ["Revidert budsjett"]
    assert editor.parts.item(0, 0).text() == "Revidert budsjett"
    qtbot.keyClicks(editor.description, "Forslag til fordeling.")  # another save keeps the part's title
    editor.flush()
    assert [row["title"] for row in store.query(stored, (editor.case_id,))] == ["Revidert budsjett"]


def test_switching_editing_on_shows_the_title_it_focuses(qtbot, bokmal_window):
    meeting = published_meeting(bokmal_window.store)
    builder = open_agenda_for_editing(qtbot, bokmal_window, meeting)
    editor = builder.editor
    builder.edit_toggle.click()  # off again, to read
    editor.verticalScrollBar().setValue(editor.verticalScrollBar().maximum())
    builder.edit_toggle.click()  # and on: typing goes to the title
    qtbot.waitUntil(editor.title.hasFocus)
    assert editor.title.visibleRegion().boundingRect().size() == editor.title.size()


# -- 6: the live meeting's decision row ---------------------------------------------------------------
def live_case(qtbot, window, meeting: str, title: str):
    """The live tab on the case whose title begins so."""
    view, _grid = open_live_grid(window, meeting)
    live = view.live
    case = next(c.id for c in live.cases if c.title.startswith(title))
    live.select_case(case)
    qtbot.waitUntil(lambda: live.case_id == case)
    return live


def test_with_no_proposal_the_live_buttons_offer_only_what_they_can_do(qtbot, bokmal_window):
    """«Eventuelt» has no proposal: nothing to start again from, and the one-key button records
    what is typed, saying so."""
    from PySide6.QtCore import Qt

    meeting = published_meeting(bokmal_window.store)
    live = live_case(qtbot, bokmal_window, meeting, "Eventuelt")
    assert not live.proposal_button.isEnabled()
    assert live.adopt_button.text() == "&Registrer vedtaket"
    assert not live.adopt_button.isEnabled()  # nothing typed, nothing to record
    qtbot.keyClicks(live.decision, "Programstyret ber om en sak om drift.")
    assert live.adopt_button.isEnabled()
    qtbot.mouseClick(live.adopt_button, Qt.MouseButton.LeftButton)
    stored = "SELECT text FROM decisions WHERE case_id = ?"
    assert bokmal_window.store.scalar(stored, (live.case_id,)) == "Programstyret ber om en sak om drift."

    live.select_case(next(c.id for c in live.cases if c.standard_item == "approval"))  # it has a proposal
    assert live.proposal_button.isEnabled()
    assert live.adopt_button.text() == "Vedtatt som foresl&ått" and live.adopt_button.isEnabled()


def test_the_decision_label_keeps_to_one_line_beside_its_buttons(qtbot, bokmal_window):
    meeting = published_meeting(bokmal_window.store)
    for title in ("Godkjenning", "Budsjett"):  # a decision, then a conclusion, neither recorded
        live = live_case(qtbot, bokmal_window, meeting, title)
        qtbot.wait(10)  # laid out
        label = live.decision_label
        look(live, f"live-{title}")
        assert "ikke registrert" in label.text()
        assert label.height() < 2 * label.fontMetrics().lineSpacing(), f"«{label.text()}» wraps"


def test_a_word_about_one_case_is_gone_on_the_next(qtbot, bokmal_window):
    """The walkthrough: «Ingenting registrert …» stayed on the status line after switching cases."""
    from PySide6.QtCore import Qt

    meeting = published_meeting(bokmal_window.store)
    live = live_case(qtbot, bokmal_window, meeting, "Eventuelt")
    live.decision.setFocus()
    qtbot.keyClick(live.decision, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert live.save_label.text().startswith("Ingenting registrert")
    live.step(-1)
    assert "Ingenting registrert" not in live.save_label.text()
