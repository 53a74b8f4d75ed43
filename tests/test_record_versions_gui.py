"""The live meeting and the card editor, told that a record changed elsewhere: say so, keep what
was typed on the clipboard, and show the stored record instead of overwriting it."""

from __future__ import annotations

from helpers import a_case_to_decide
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from boarddesk.gui.meeting.live_mode import LiveMeeting
from boarddesk.gui.project.editing import dialogs
from boarddesk.gui.project.editing.menu import open_editor
from boarddesk.services.meetings import live_meeting
from boarddesk.services.portfolio import editing
from boarddesk.store import Store


def test_live_notes_changed_elsewhere_are_not_overwritten_and_the_typed_text_is_kept(qtbot, secretary_store, demo_path):
    demo_store = secretary_store  # only the secretary records a meeting
    case = a_case_to_decide(demo_store)
    meeting = demo_store.scalar("SELECT meeting FROM cases WHERE id = ?", (case,))
    live = LiveMeeting(demo_store, "en")
    qtbot.addWidget(live)
    live.load(meeting)
    live.select_case(case)
    assert live.case_id == case
    with Store.open(demo_path) as other:  # the co-secretary's laptop, on the same file
        live_meeting.save_notes(other, case, "Notert i det andre vinduet")
    qtbot.keyClicks(live.notes, "Mitt referat")
    live.flush()

    box = live.findChild(QMessageBox, "changed_elsewhere")
    assert box is not None and "changed elsewhere" in box.text()
    assert "Mitt referat" in QApplication.clipboard().text()
    assert live.notes.toPlainText() == "Notert i det andre vinduet"
    assert live_meeting.live_case(demo_store, case).case.discussion == "Notert i det andre vinduet"
    box.close()

    qtbot.keyClicks(live.notes, " og mitt tillegg")  # on what is stored now: saved
    live.flush()
    assert live_meeting.live_case(demo_store, case).case.discussion == "Notert i det andre vinduet og mitt tillegg"


def test_a_card_field_typed_after_the_card_changed_elsewhere_is_not_saved_over_it(
    qtbot, show_main_window, demo_store, demo_path
):
    project = "hn-p-dis-pasientbrev"
    window = show_main_window(demo_store)
    qtbot.waitUntil(lambda: window.current_target is not None)
    window.open_target("project", project)
    editor = open_editor(window.context, dialogs.ProjectEditor)
    with Store.open(demo_path) as other:
        editing.edit_project(other, project, {"manager": "Ola fra det andre vinduet"})
    field = editor.card.editors["manager"]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Kari Nordmann")
    qtbot.keyClick(field, Qt.Key.Key_Return)

    assert editing.project_row(demo_store, project)["manager"] == "Ola fra det andre vinduet"
    box = editor.findChild(QMessageBox, "changed_elsewhere")
    assert box is not None and "project card was changed elsewhere" in box.text()
    assert QApplication.clipboard().text() == "Kari Nordmann"
    qtbot.waitUntil(lambda: editor.card.value("manager") == "Ola fra det andre vinduet")  # the card as it is now
    assert "changed elsewhere" in editor.note.text()
    box.close()
