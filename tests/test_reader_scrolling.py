"""Scrolling through a document as in any PDF reader: the wheel and PgDn go on past the end of a
page to the next one (and back up to the previous page's end), and a restart comes back to the
same place in the page, not only the same page."""

from __future__ import annotations

import pytest
from helpers import attach_case_paper, make_pdf
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from boarddesk.services.boards.identity import set_identity
from boarddesk.services.documents import annotations as notes

PAGES = [[f"Side {page}, avsnitt {line}" for line in range(1, 30)] for page in (1, 2, 3)]


@pytest.fixture
def paper(demo_store):
    paper = attach_case_paper(demo_store)
    notes.replace_attachment(demo_store, paper, make_pdf(PAGES))
    return paper


@pytest.fixture
def window_store(demo_store, paper):
    set_identity(demo_store, "Kari Medlem", {})
    return demo_store


def open_reader(window, paper, qtbot):
    window.open_target("document", paper)
    view = window.current_view()
    qtbot.waitUntil(lambda: view.scroll.verticalScrollBar().maximum() > 0)  # the page is taller than the view
    return view


def wheel(view, notches: int) -> None:
    """Turn the mouse wheel over the page: negative notches scroll down."""
    viewport = view.scroll.viewport()
    spot = QPointF(viewport.width() / 2, viewport.height() / 2)
    event = QWheelEvent(
        spot,
        viewport.mapToGlobal(spot),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)


def test_the_wheel_goes_on_from_the_end_of_a_page_to_the_next(window, paper, qtbot):
    view = open_reader(window, paper, qtbot)
    bar = view.scroll.verticalScrollBar()
    positions = []
    while view.page == 0 and len(positions) < 100:
        positions.append(bar.value())
        wheel(view, -1)
    assert positions[-1] == bar.maximum() and positions[0] == 0  # it scrolled through the whole first page
    assert (view.page, bar.value(), view.page_box.value()) == (1, 0, 2)  # then the second, from its top
    wheel(view, 1)  # up again, at the top of page 2: the end of page 1
    assert (view.page, bar.value()) == (0, bar.maximum())
    wheel(view, 1)
    assert view.page == 0 and 0 < bar.value() < bar.maximum()  # and up through it


def test_pgdn_scrolls_a_screen_then_turns_the_page_and_pgup_comes_back(window, paper, qtbot):
    view = open_reader(window, paper, qtbot)
    bar = view.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.scroll)  # opening the reader gave it the keys
    qtbot.keyClick(view.scroll, Qt.Key.Key_PageDown)
    assert view.page == 0 and bar.value() > 0  # a screen down the same page
    while bar.value() < bar.maximum():
        qtbot.keyClick(view.scroll, Qt.Key.Key_PageDown)
    qtbot.keyClick(view.scroll, Qt.Key.Key_PageDown)
    assert (view.page, bar.value()) == (1, 0)
    qtbot.keyClick(view.scroll, Qt.Key.Key_PageUp)
    assert (view.page, bar.value()) == (0, bar.maximum())
    qtbot.keyClick(view.scroll, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)  # the › button's key
    assert (view.page, bar.value()) == (1, 0)


def test_a_restart_comes_back_to_the_place_in_the_page(show_main_window, demo_store, paper, qtbot):
    set_identity(demo_store, "Kari Medlem", {})
    first = show_main_window(demo_store)
    view = open_reader(first, paper, qtbot)
    view.go_to_page(1)
    bar = view.scroll.verticalScrollBar()
    bar.setValue(bar.maximum() * 2 // 3)  # down to a paragraph of page 2
    left_at = view.scroll_fraction()
    first.close()

    again = show_main_window(demo_store)
    qtbot.waitUntil(lambda: again.current_target == ("document", paper))
    reader = again.current_view()
    qtbot.waitUntil(lambda: reader.scroll.verticalScrollBar().value() > 0)
    assert reader.page == 1
    assert reader.scroll_fraction() == pytest.approx(left_at, abs=0.01)
    again.close()


def test_scrolling_writes_the_place_once_it_rests(window, paper, qtbot, monkeypatch):
    view = open_reader(window, paper, qtbot)
    qtbot.waitUntil(lambda: not view._save_timer.isActive())
    writes = []
    monkeypatch.setattr(notes, "record_reading", lambda *args: writes.append(args))
    for _ in range(12):
        wheel(view, -1)
        assert not writes  # not a write for every turn of the wheel
    qtbot.waitUntil(lambda: len(writes) == 1)
    assert window.settings.value(f"reader/scroll/{paper}") == pytest.approx(view.scroll_fraction(), abs=0.001)
