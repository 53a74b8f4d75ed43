"""Where the keyboard is in the main window, driven with real keys: Tab out of the search box does
not open another thing, opening a view gives it the keyboard, and the search box lets the
window's and the view's commands through."""

from __future__ import annotations

import pytest
from helpers import MEETING
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from boarddesk.gui.shell.main_window import ROLE_TARGET


@pytest.fixture
def window_store(secretary_store):
    """The secretary's store: the agenda can be switched to editing (Ctrl+E)."""
    return secretary_store


def active(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # keys and shortcuts reach only the active window
    qtbot.waitUntil(lambda: window.current_target is not None)
    return window


def focused():
    return QApplication.focusWidget()


def test_tab_from_the_search_box_after_a_restart_in_the_reader_stays_in_the_reader(
    show_main_window, secretary_store, qtbot
):
    first = show_main_window(secretary_store)
    first.open_target("document", f"meeting:{MEETING}")
    first.close()

    again = active(show_main_window(secretary_store), qtbot)  # the same settings: a restart
    assert again.current_target == ("document", f"meeting:{MEETING}")
    # The navigator shows where the reader is: the meeting whose papers are read.
    assert again.navigator.currentIndex().data(ROLE_TARGET) == f"meeting:{MEETING}"
    assert again.navigator.selectionModel().isSelected(again.navigator.currentIndex())
    qtbot.mouseClick(again.search_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(again.search_edit, Qt.Key.Key_Tab)
    assert focused() is again.navigator
    assert again.current_target == ("document", f"meeting:{MEETING}")  # not the board's overview
    qtbot.keyClick(again.navigator, Qt.Key.Key_Up)  # a move of the user's own opens the row above
    row = again.navigator.currentIndex().data(ROLE_TARGET)
    assert row != f"meeting:{MEETING}" and again.current_target == tuple(row.split(":", 1))
    assert focused() is again.navigator  # browsing with the arrows keeps the keyboard there
    again.close()


def test_a_restart_puts_the_keyboard_on_the_page_and_pgdn_scrolls_it(show_main_window, secretary_store, qtbot):
    first = show_main_window(secretary_store)
    first.open_target("document", f"meeting:{MEETING}")
    first.close()
    again = active(show_main_window(secretary_store), qtbot)
    reader = again.current_view()
    qtbot.waitUntil(lambda: focused() is reader.scroll)
    bar = reader.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    qtbot.keyClick(focused(), Qt.Key.Key_PageDown)  # PgDn scrolls the page open on screen
    assert bar.value() > 0 and reader.page == 0
    again.close()


def test_opening_a_meeting_puts_the_keyboard_on_its_agenda_and_ctrl_e_edits_it(window, qtbot):
    active(window, qtbot)
    window.open_target("meeting", MEETING)
    builder = window.current_view().builder
    assert focused() is builder.agenda_list
    assert not builder.edit_toggle.isChecked()
    qtbot.keyClick(builder.agenda_list, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert builder.edit_toggle.isChecked()
    builder.edit_toggle.click()  # editing off again (saves)


def test_ctrl_e_from_the_search_box_reaches_the_agenda_and_text_keys_stay_in_the_box(window, qtbot):
    active(window, qtbot)
    window.open_target("meeting", MEETING)
    builder = window.current_view().builder
    qtbot.keyClick(window.search_edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # the window's Ctrl+F
    assert focused() is window.search_edit
    qtbot.keyClicks(window.search_edit, "budsjett")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert builder.edit_toggle.isChecked()  # «Edit agenda» switched on, not the end of the line
    qtbot.keyClick(window.search_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select all: the box's
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Backspace)
    assert window.search_edit.text() == ""
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # the window's Back
    assert window.current_target != ("meeting", MEETING)


def test_a_focused_button_disabled_by_its_own_click_leaves_the_keyboard_in_the_view(window, qtbot):
    """Approve disables itself once the minutes are approved: the keyboard must not fall out of
    the meeting into the search box (Qt passes it on along the tab chain)."""
    active(window, qtbot)
    window.open_target("meeting", MEETING)
    view = window.current_view()
    view.tabs.setCurrentWidget(view.minutes)
    button = view.minutes.findChildren(type(view.minutes.approve_button))[-1]  # the last in its row
    button.setEnabled(True)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    assert focused() is button
    button.setEnabled(False)
    qtbot.waitUntil(lambda: focused() is not window.search_edit and view.isAncestorOf(focused()))


def test_a_new_meeting_opens_with_the_keyboard_on_its_agenda(window, qtbot):
    from PySide6.QtCore import QDate

    from boarddesk.gui.meeting.dialogs import NewMeetingDialog

    active(window, qtbot)
    qtbot.mouseClick(window.search_edit, Qt.MouseButton.LeftButton)  # where the keyboard was
    dialog = NewMeetingDialog(window.store, "pds", window)
    dialog.date.setDate(QDate(2022, 3, 10))
    dialog.accept()
    window.reload_navigator()  # as Meetings → New meeting does, then opens it
    window.open_target("meeting", dialog.meeting_id)
    assert focused() is window.current_view().builder.agenda_list
    assert window.navigator.currentIndex().data(ROLE_TARGET) == f"meeting:{dialog.meeting_id}"


def test_ctrl_e_and_alt_3_work_while_the_navigator_keeps_the_keyboard(window, qtbot):
    """A meeting opened from the navigator by arrows leaves the keyboard in the navigator: the
    meeting's own keys (Ctrl+E edits the agenda, Alt+3 the minutes) still work there."""
    active(window, qtbot)
    window.open_target("meeting", MEETING)
    view = window.current_view()
    window.navigator.setFocus(Qt.FocusReason.MouseFocusReason)
    assert focused() is window.navigator
    qtbot.keyClick(window.navigator, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert view.builder.edit_toggle.isChecked()
    view.builder.edit_toggle.click()  # editing off again (saves)
    window.navigator.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClick(window.navigator, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert view.tabs.currentWidget() is view.minutes
    assert window.current_target == ("meeting", MEETING)  # the navigator did not move
