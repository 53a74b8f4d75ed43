"""The secretary's meeting forms at laptop size (1366×768) in bokmål, driven as a walkthrough drove
them: the wheel scrolls a form or grid instead of changing the choice under the pointer, the
attendance grid shows whole names, the meeting's times show whole, F2 edits a cell of the case's
parts, and a new case opens on its title."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from boarddesk.services.boards.lookup import board_members
from boarddesk.services.meetings import agenda, live_meeting
from boarddesk.services.meetings.setup import MeetingDraft, create_meeting, set_invitees
from boarddesk.store import Store

SHOTS = Path(__file__).resolve().parents[1] / "build" / "shots"  # widget.grab() of what the tests look at
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
    """Keep what the test saw, to be looked at."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def turn_wheel(widget: QWidget, notches: int = -1) -> None:
    """The mouse wheel turned over the middle of `widget` (negative: towards the user, scrolling
    down), delivered as the system delivers it: to the widget under the pointer, then its parents."""
    window = widget.window()
    at = widget.mapTo(window, widget.rect().center())
    QTest.wheelEvent(window.windowHandle(), QPointF(at), QPoint(0, 120 * notches))


def open_live(window, meeting: str):
    from boarddesk.gui.meeting.meeting_view import LIVE

    window.open_target("meeting", meeting)
    view = window.current_view()
    view.tabs.setCurrentIndex(LIVE)
    return view, view.live.attendance_table


def row_of(grid, name: str) -> int:
    return next(row for row in range(grid.rowCount()) if grid.item(row, 0).text().startswith(name))


# -- 1: the wheel scrolls ----------------------------------------------------------------------------
def test_the_wheel_scrolls_the_attendance_grid_and_changes_no_ones_arrival(qtbot, bokmal_window):
    from boarddesk.gui.meeting.attendance_grid import ARRIVED, MEMBER_ROLE

    store = bokmal_window.store
    meeting = published_meeting(store)
    _view, grid = open_live(bokmal_window, meeting)
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
    # Clicked into (focused), the box is the secretary's to turn.
    arrived.setFocus()
    qtbot.waitUntil(arrived.hasFocus)
    turn_wheel(arrived)
    assert arrived.currentIndex() == 1


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
