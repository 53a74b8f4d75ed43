"""A member's home page: the next meeting and its pack, papers new or changed since I read them,
my questions and my action points; the window opens on it; F1 opens the guide."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication

from boarddesk.gui.shell.guide import GuideDialog
from boarddesk.services.boards import home
from boarddesk.services.boards.identity import set_identity
from boarddesk.services.documents import annotations as notes
from boarddesk.services.meetings import action_points

ME = "Kari Medlem"


def test_the_home_page_lists_what_is_new_to_me_my_questions_and_my_action_points(demo_store):
    page = home.home_page(demo_store, "pds", ME, today="2021-11-20")
    assert page.upcoming and page.meeting.label() == "7/2021", "the next meeting after 20.11.2021"
    assert page.papers and all(p.state == home.NEW for p in page.papers)

    first = page.papers[0]
    notes.record_reading(demo_store, first.attachment_id, ME, page=0)
    with demo_store.write() as conn:  # a revised version arrives
        conn.execute(
            "UPDATE attachments SET sha256 = 'f' || substr(sha256, 2) WHERE id = ?", (page.papers[1].attachment_id,)
        )
    notes.record_reading(demo_store, page.papers[2].attachment_id, ME, page=0)
    with demo_store.write() as conn:
        conn.execute(
            "UPDATE attachments SET sha256 = 'e' || substr(sha256, 2) WHERE id = ?", (page.papers[2].attachment_id,)
        )
    case = demo_store.scalar(
        "SELECT id FROM cases WHERE meeting = ? ORDER BY agenda_position LIMIT 1", (page.meeting.id,)
    )
    notes.add_note(demo_store, author=ME, target_kind="case", target_id=case, text="Hva koster steg 2?", question=True)
    notes.add_note(demo_store, author=ME, target_kind="case", target_id=case, text="bare en tanke")
    action_points.add_action_point(demo_store, page.meeting.id, "Sende notat om kostnader", responsible=f"{ME}, PMO")
    action_points.add_action_point(demo_store, page.meeting.id, "Noe annet", responsible="Lucie Aunan")

    page = home.home_page(demo_store, "pds", ME, today="2021-11-20")
    states = [p.state for p in page.papers]
    assert states == [home.READ, home.NEW, home.CHANGED]
    assert [q.note.text for q in page.questions] == ["Hva koster steg 2?"], "questions only, mine only"
    assert [p["text"] for p in page.my_action_points] == ["Sende notat om kostnader"]


def test_after_the_last_meeting_the_home_page_says_so(demo_store):
    page = home.home_page(demo_store, "pds", ME, today="2026-12-05")
    assert not page.upcoming and page.meeting.label() == "7/2021"


def test_the_window_opens_on_the_first_boards_home_page_and_f1_opens_the_guide(qtbot, show_main_window, demo_store):
    set_identity(demo_store, ME, {"pds": "member"})
    window = show_main_window(demo_store)
    qtbot.waitUntil(lambda: window.current_target is not None)
    assert window.current_target == ("home", "pds")
    text = window.current_view().plain_text()
    assert "7/2021" in text and "Papers new or changed since I last read them (3)" in text
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget() or QApplication.activeWindow(), GuideDialog))
    guide = QApplication.activeModalWidget() or QApplication.activeWindow()
    assert "secretary" in guide.findChild(type(window.current_view().browser)).toPlainText()
    guide.close()


def test_a_paper_link_on_the_home_page_opens_it_in_the_reader(qtbot, show_main_window, demo_store):
    window = show_main_window(demo_store)
    qtbot.waitUntil(lambda: window.current_target is not None)
    window.open_target("home", "pds")
    view = window.current_view()
    paper = view.page.papers[0]
    view.browser.anchorClicked.emit(QUrl(f"document:{paper.attachment_id}"))
    assert window.current_target == ("document", paper.attachment_id)
