"""The main window, driven as a board member would: browse, open a card, search, go back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt

from boarddesk.gui.shell.main_window import ROLE_TARGET, MainWindow


@pytest.fixture(autouse=True)
def active(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts reach only the active window
    qtbot.waitUntil(lambda: window.current_target is not None)


def navigator_texts(window) -> list[str]:
    """Every row of the navigator, reading in the lazy parts as a person expanding all would."""
    model, texts = window.model, []

    def walk(parent):
        while model.canFetchMore(parent):
            model.fetchMore(parent)
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            texts.append(index.data())
            walk(index)

    walk(QModelIndex())
    return texts


def current_target(window) -> str:
    return window.navigator.currentIndex().data(ROLE_TARGET)


def test_navigator_lists_boards_programmes_projects_and_meetings(window):
    texts = navigator_texts(window)
    assert {"PDS programstyre", "Helse Nord RHF", "Nasjonal e-helseportefølje"} <= set(texts)
    assert "Program digital samhandling" in texts and "NILAR" in " ".join(texts)
    assert any(text.startswith("7/2021") for text in texts)
    assert sum(1 for t in texts if t == "Portfolio") == window.store.scalar("SELECT count(*) FROM boards")


def test_selecting_a_project_shows_its_card(window):
    assert window.select_target("project", "pds-prog")
    page = window.current_view().plain_text()
    assert "Program digital samhandling" in page
    assert "Direktoratet for e-helse" in page


def test_project_rag_shows_a_letter_not_only_a_colour(window):
    window.select_target("project", "pds-prog")
    index = window.navigator.currentIndex()
    assert "Yellow (Y)" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert "Yellow (Y)" in index.data(Qt.ItemDataRole.AccessibleTextRole)


def test_meeting_shows_agenda_with_case_numbers(window):
    assert window.select_target("meeting", "pds-m-2021-7")
    page = window.current_view().plain_text()
    for number in ("41/21", "43/21", "47/21"):
        assert number in page


def test_typing_in_search_lists_hits_grouped_and_enter_opens_one(window, qtbot):
    qtbot.keyClicks(window.search_edit, "Kjernejournal dokumentdeling")
    qtbot.waitUntil(lambda: window.results.isVisible() and window.results.count() > 1, timeout=3000)
    first = window.results.item(0)
    assert not first.flags() & Qt.ItemFlag.ItemIsSelectable  # a group heading, e.g. «PROJECT (1)»
    assert first.text().endswith(")")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    assert window.current_target[0] == "project"
    assert "dokumentdeling" in window.current_view().plain_text().lower()


def test_down_arrow_moves_into_results_and_escape_clears(window, qtbot):
    window.search_edit.setFocus()
    qtbot.keyClicks(window.search_edit, "Helseplattformen")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Down)  # searches at once, without waiting
    assert window.results.hasFocus()
    item = window.results.currentItem()
    assert item is not None and item.flags() & Qt.ItemFlag.ItemIsSelectable
    qtbot.keyClick(window.results, Qt.Key.Key_Return)
    assert window.current_target is not None
    qtbot.keyClick(window.results, Qt.Key.Key_Escape)
    assert window.search_edit.text() == ""
    assert window.navigator.isVisible() and not window.results.isVisible()
    assert window.search_edit.hasFocus()


def test_back_and_forward_return_to_what_was_open(window, qtbot):
    window.select_target("project", "pds-prog")
    window.select_target("meeting", "pds-m-2021-7")
    window.open_target("project", "nep-pkt")
    window.navigator.setFocus()
    assert window.back_action.isEnabled() and not window.forward_action.isEnabled()

    qtbot.keyClick(window.navigator, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_target == ("meeting", "pds-m-2021-7")
    assert current_target(window) == "meeting:pds-m-2021-7"
    window.back_action.trigger()
    assert window.current_target == ("project", "pds-prog")
    qtbot.keyClick(window.navigator, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current_target == ("meeting", "pds-m-2021-7")
    assert window.forward_action.isEnabled()


def test_mouse_back_button_goes_back(window, qtbot):
    window.select_target("project", "pds-prog")
    window.select_target("project", "nep-pkt")
    qtbot.mouseClick(window.navigator.viewport(), Qt.MouseButton.BackButton)
    assert window.current_target == ("project", "pds-prog")


def test_keyboard_moves_through_the_navigator_and_opens(window, qtbot):
    window.select_target("board", window.model.index(0, 0).data(ROLE_TARGET).split(":")[1])
    window.navigator.setFocus()
    qtbot.keyClick(window.navigator, Qt.Key.Key_Down)  # the board's «Home» row
    assert window.current_target[0] == "home"
    qtbot.keyClick(window.navigator, Qt.Key.Key_Down)  # its «Portfolio» row
    qtbot.keyClick(window.navigator, Qt.Key.Key_Right)  # expand it: its projects are read now
    qtbot.keyClick(window.navigator, Qt.Key.Key_Down)
    assert current_target(window).startswith("project:")
    assert window.current_target == tuple(current_target(window).split(":", 1))


def test_every_menu_action_has_text_and_focus_shortcuts_exist(window):
    shortcuts = {a.shortcut().toString() for a in window.actions()}
    assert {"Alt+Left", "Alt+Right", "Ctrl+F", "Ctrl+1", "Ctrl+2"} <= shortcuts
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            assert action.isSeparator() or action.text() or action.menu()


def test_window_remembers_layout_and_the_last_open_item(qtbot, demo_store, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    first = MainWindow(demo_store, settings, lang="en")
    qtbot.addWidget(first)
    first.show()
    first.resize(780, 560)  # within the offscreen screen, so nothing is clamped
    first.splitter.setSizes([250, 500])
    first.select_target("project", "nep-pkt")
    first.close()
    second = MainWindow(demo_store, settings, lang="en")
    qtbot.addWidget(second)
    second.show()
    qtbot.waitUntil(lambda: second.current_target is not None)  # opened just after the first paint
    assert current_target(second) == "project:nep-pkt"
    assert second.current_target == ("project", "nep-pkt")
    assert settings.contains("window/geometry") and settings.contains("window/state")
    assert second.size().width() == 780
    assert abs(second.splitter.sizes()[0] - 250) < 10
