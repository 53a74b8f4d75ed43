"""The first main window, driven as a board member would: browse, open a card, search."""

import pytest
from PySide6.QtCore import QSettings, Qt

from boarddesk.gui.main_window import ROLE_TARGET, MainWindow


@pytest.fixture
def window(qtbot, demo_store, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(demo_store, settings, lang="en")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def navigator_texts(window) -> list[str]:
    model, texts = window.model, []

    def walk(parent):
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            texts.append(index.data())
            walk(index)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex())
    return texts


def test_navigator_lists_boards_programmes_projects_and_meetings(window):
    texts = navigator_texts(window)
    assert {"PDS programstyre", "Helse Nord RHF", "Nasjonal e-helseportefølje"} <= set(texts)
    assert "Program digital samhandling" in texts and "NILAR" in " ".join(texts)
    assert any(text.startswith("7/2021") for text in texts)
    assert sum(1 for t in texts if t in ("Portfolio",)) == 3


def test_selecting_a_project_shows_its_card(window):
    assert window.select_target("project", "pds-prog")
    page = window.current_view().plain_text()
    assert "Program digital samhandling" in page
    assert "Direktoratet for e-helse" in page
    assert "Risks" in page and "Uklare rolle- og ansvarsforhold" in page


def test_project_rag_shows_a_letter_not_only_a_colour(window):
    window.select_target("project", "pds-prog")
    page = window.current_view().plain_text()
    assert "▲ Y Yellow" in " ".join(page.split())
    index = window.navigator.currentIndex()
    assert "Yellow (Y)" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_meeting_shows_agenda_with_case_numbers(window):
    assert window.select_target("meeting", "pds-m-2021-7")
    page = window.current_view().plain_text()
    for number in ("41/21", "43/21", "47/21"):
        assert number in page
    assert "Lucie Aunan" in page and "Elektronisk møte" in page


def test_typing_in_search_lists_hits_and_enter_opens_one(window, qtbot):
    qtbot.keyClicks(window.search_edit, "Kjernejournal dokumentdeling")
    qtbot.waitUntil(lambda: window.results.isVisible() and window.results.count() > 1, timeout=3000)
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    assert "dokumentdeling" in window.current_view().plain_text().lower()
    window.search_edit.clear()
    qtbot.waitUntil(lambda: window.navigator.isVisible(), timeout=3000)


def test_window_remembers_the_last_open_item(qtbot, demo_store, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    first = MainWindow(demo_store, settings, lang="en")
    qtbot.addWidget(first)
    first.select_target("project", "nep-pkt")
    first.close()
    second = MainWindow(demo_store, settings, lang="en")
    qtbot.addWidget(second)
    assert second.navigator.currentIndex().data(ROLE_TARGET) == "project:nep-pkt"
