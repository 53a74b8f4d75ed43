"""Who may change the agenda, and how: a member's copy is read-only and says why; the secretary
edits in an explicit mode (Ctrl+E), and every edit of a case can be undone (Ctrl+Z). The change
log reads in the interface's language. Driven through the real meeting view on meeting 6/2021."""

from __future__ import annotations

import pytest
from helpers import make_pdf
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from boarddesk.gui.meeting.agenda_builder import AgendaBuilder
from boarddesk.gui.meeting.meeting_view import AGENDA
from boarddesk.services.boards.identity import set_identity
from boarddesk.services.meetings import agenda
from boarddesk.services.meetings.agenda_log import describe, encode
from boarddesk.services.meetings.setup import MeetingDraft, create_meeting

MEETING = "pds-m-2021-6"
CASE = "pds-case-2021-34"  # 34/21, published


def description(store) -> str | None:
    return store.scalar("SELECT description FROM cases WHERE id = ?", (CASE,))


def open_case(window):
    window.open_target("meeting", MEETING)
    view = window.current_view()
    view.tabs.setCurrentIndex(AGENDA)  # the meeting is over: it opens on its minutes
    builder = view.builder
    builder.load(MEETING, select=CASE)
    assert builder.editor.case_id == CASE
    builder.agenda_list.setFocus()
    return builder


def bundle_arrived(store) -> None:
    """The board's meetings came in a secretary's bundle: this is a member's copy."""
    with store.write() as conn:
        conn.execute(
            "INSERT INTO bundle_imports (meeting_id, bundle_id, revision, fingerprints, imported_at) "
            "VALUES (?, 'b', 1, '{}', '2026-01-01T00:00:00+01:00')",
            (MEETING,),
        )


@pytest.mark.parametrize("copy", ["member", "secretary, from a bundle"])
def test_a_members_copy_is_read_only_and_says_why(qtbot, window, copy):
    store = window.store
    set_identity(store, "Kari Nordmann", {"pds": "member" if copy == "member" else "secretary"})
    if copy != "member":
        bundle_arrived(store)
    before = description(store), store.scalar("SELECT state FROM cases WHERE id = ?", (CASE,))
    builder = open_case(window)
    editor = builder.editor

    assert "secretary's; you can read and write notes" in builder.mode_note.text()
    assert not builder.edit_toggle.isVisible()
    assert editor.description.isReadOnly() and editor.title.isReadOnly() and editor.proposal.isReadOnly()
    assert not editor.attach_button.isEnabled() and not builder.add_button.isEnabled()
    assert builder.date.isReadOnly() and not builder.place.isEnabled()

    editor.description.setFocus()
    qtbot.keyClicks(editor.description, "oops")
    qtbot.keyClick(builder, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # no editing mode here
    qtbot.keyClick(builder.agenda_list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(builder.agenda_list, Qt.Key.Key_Delete)
    editor.save()  # even asked directly, the editor writes nothing
    builder.add_case()
    window.close()
    assert (description(store), store.scalar("SELECT state FROM cases WHERE id = ?", (CASE,))) == before
    assert store.scalar("SELECT count(*) FROM cases WHERE meeting = ?", (MEETING,)) == 7


def test_the_secretary_edits_only_in_editing_mode_and_leaving_it_saves(qtbot, window):
    store = window.store
    set_identity(store, "Sekretariatet", {"pds": "secretary"})
    builder = open_case(window)
    editor = builder.editor
    assert builder.edit_toggle.isVisible() and not builder.edit_toggle.isChecked()
    assert editor.description.isReadOnly()
    assert "Edit agenda" in builder.mode_note.text()

    qtbot.keyClick(builder.agenda_list, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert builder.edit_toggle.isChecked() and not editor.description.isReadOnly()
    assert builder.add_button.isEnabled() and not builder.date.isReadOnly()
    editor.description.moveCursor(editor.description.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.description, " Tillegg.")
    qtbot.keyClick(builder.agenda_list, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # before autosave
    assert not builder.edit_toggle.isChecked() and editor.description.isReadOnly()
    assert description(store).endswith(" Tillegg.")


def test_a_case_edit_is_undone_and_redone_through_the_windows_undo_stack(qtbot, window):
    store = window.store
    set_identity(store, "Sekretariatet", {"pds": "secretary"})
    before = description(store)
    builder = open_case(window)
    undo, redo = window.undo_actions
    assert not undo.isEnabled()
    builder.edit_toggle.click()
    editor = builder.editor
    editor.description.selectAll()
    qtbot.keyClicks(editor.description, "oops")
    editor.flush()
    qtbot.keyClicks(editor.description, " igjen")  # a second save of the field: one undo step
    editor.flush()
    assert description(store) == "oops igjen"
    assert undo.isEnabled() and window.undo_stack.count() == 1

    builder.agenda_list.setFocus()
    qtbot.keyClick(builder.agenda_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert description(store) == before
    builder = window.current_view().builder
    assert builder.editor.description.toPlainText() == (before or "")
    assert builder.edit_toggle.isChecked()  # undo keeps the secretary in editing mode
    log = [builder.log_list.item(r).text() for r in range(builder.log_list.count())]
    assert log[-2].endswith("34/21: description changed") and log[-1].endswith("34/21: change undone")

    redo.trigger()
    assert description(store) == "oops igjen"
    assert window.current_view().builder.editor.description.toPlainText() == "oops igjen"
    # The version moved on with the undo and redo: the next save is not refused as changed elsewhere.
    builder.editor.description.moveCursor(builder.editor.description.textCursor().MoveOperation.End)
    qtbot.keyClicks(builder.editor.description, "!")
    builder.editor.flush()
    assert description(store) == "oops igjen!"


def titles(builder) -> list[str]:
    return [builder.agenda_list.item(r).text().split("\n")[0] for r in range(builder.agenda_list.count())]


def test_adding_and_moving_cases_is_undone_step_by_step(qtbot, window):
    store = window.store
    set_identity(store, "Sekretariatet", {"pds": "secretary"})
    meeting = create_meeting(store, MeetingDraft("pds", "2021-12-16"))
    window.reload_navigator()
    window.open_target("meeting", meeting)
    builder = window.current_view().builder
    start = titles(builder)
    builder.agenda_list.setFocus()
    qtbot.keyClick(builder.agenda_list, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(builder.agenda_list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    added = titles(builder)
    assert len(added) == len(start) + 1 and added[-2] == "New case"
    builder.agenda_list.setFocus()
    qtbot.keyClick(builder.agenda_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    moved = titles(builder)
    assert moved[-3] == "New case"

    undo, redo = window.undo_actions
    undo.trigger()
    assert titles(window.current_view().builder) == added
    undo.trigger()
    assert titles(window.current_view().builder) == start
    assert store.scalar("SELECT count(*) FROM cases WHERE meeting = ?", (meeting,)) == len(start)
    redo.trigger()
    redo.trigger()
    assert titles(window.current_view().builder) == moved


@pytest.mark.usefixtures("norwegian")
def test_the_change_log_reads_in_bokmal_in_the_bokmal_interface(qtbot, demo_store):
    set_identity(demo_store, "Sekretariatet", {"pds": "secretary"})
    builder = AgendaBuilder(demo_store, "nb")
    qtbot.addWidget(builder)
    builder.resize(1366, 700)
    builder.show()
    builder.load(MEETING, select=CASE)
    assert builder.mode_note.text() == "Slå på «Rediger saksliste» (Ctrl+E) for å endre sakslisten"
    builder.edit_toggle.click()
    qtbot.keyClicks(builder.editor.description, "Ny tekst")
    builder.edit_toggle.click()  # leaving the mode saves
    lines = [builder.log_list.item(r).text() for r in range(builder.log_list.count())]
    assert lines and lines[-1].endswith("34/21: beskrivelse endret")
    assert builder.edit_toggle.text() == "Rediger saksliste"


@pytest.mark.usefixtures("norwegian")
def test_a_members_copy_says_why_in_bokmal(qtbot, demo_store):
    set_identity(demo_store, "Kari Nordmann", {"pds": "member"})
    builder = AgendaBuilder(demo_store, "nb")
    qtbot.addWidget(builder)
    builder.load(MEETING, select=CASE)
    assert builder.mode_note.text() == "Møtet er sekretærens; du kan lese og skrive notater"


def test_log_lines_are_stored_as_keys_and_read_in_either_language(demo_store):
    agenda.update_case(demo_store, CASE, description="Endret", proposed_decision="Ny")
    stored = demo_store.scalar("SELECT change FROM agenda_changes ORDER BY id DESC LIMIT 1")
    assert "description changed" not in stored and "endret" not in stored  # no language in the store
    assert agenda.agenda_changes(demo_store, MEETING, "nb")[-1]["change"] == (
        "34/21: beskrivelse, forslag til vedtak endret"
    )
    assert agenda.agenda_changes(demo_store, MEETING, "en")[-1]["change"] == (
        "34/21: description, proposed decision changed"
    )
    assert describe(encode("moved", case="35/21", item=3), "nb") == "35/21 flyttet til punkt 3"
    assert describe("34/21: title changed", "nb") == "34/21: title changed"  # a line from before keys


def test_the_meetings_facts_are_undone_in_one_step_and_the_log_says_so(qtbot, window):
    store = window.store
    set_identity(store, "Sekretariatet", {"pds": "secretary"})
    place = store.scalar("SELECT place FROM meetings WHERE id = ?", (MEETING,))
    builder = open_case(window)
    builder.edit_toggle.click()
    builder.place.lineEdit().selectAll()
    qtbot.keyClicks(builder.place.lineEdit(), "Oslo")
    assert store.scalar("SELECT place FROM meetings WHERE id = ?", (MEETING,)) == "Oslo"
    assert window.undo_stack.count() == 1  # four keystrokes, one step

    window.undo_actions[0].trigger()
    assert store.scalar("SELECT place FROM meetings WHERE id = ?", (MEETING,)) == place
    builder = window.current_view().builder
    assert builder.place.currentText() == (place or "")
    log = [builder.log_list.item(r).text() for r in range(builder.log_list.count())]
    assert log[-2].endswith("meeting: place changed") and log[-1].endswith("meeting: change undone")


def new_meeting_action(window):
    return next(a for a in window.findChildren(QAction) if a.text() == "&New meeting…")


def test_new_meeting_offers_only_the_boards_where_the_user_is_secretary(qtbot, window, monkeypatch):
    from boarddesk.gui.meeting import dialogs, menu

    said: list[str] = []
    monkeypatch.setattr(menu.QMessageBox, "information", lambda _p, _t, text: said.append(text))
    offered: list[list[str]] = []
    monkeypatch.setattr(
        dialogs.NewMeetingDialog,
        "exec",
        lambda self: offered.append([self.board.itemData(r) for r in range(self.board.count())]) or False,
    )
    set_identity(window.store, "Kari Nordmann", {"pds": "member", "hn": "member"})
    new_meeting_action(window).trigger()
    assert not offered and "Only a board's secretary sets up its meetings" in said[0]

    set_identity(window.store, "Kari Nordmann", {"pds": "member", "hn": "secretary"})
    new_meeting_action(window).trigger()
    assert offered == [["hn"]]


def test_attaching_and_removing_a_document_is_undone(qtbot, window, monkeypatch, tmp_path):
    from boarddesk.gui.shell import file_dialogs

    store = window.store
    set_identity(store, "Sekretariatet", {"pds": "secretary"})
    pdf = tmp_path / "vedlegg.pdf"
    pdf.write_bytes(make_pdf([["Vedlegg til sak 34/21"]]))
    monkeypatch.setattr(file_dialogs.QFileDialog, "getOpenFileName", lambda *_a: (str(pdf), ""))
    builder = open_case(window)
    builder.edit_toggle.click()
    undo, redo = window.undo_actions

    def documents() -> list[str]:
        editor = window.current_view().builder.editor
        return [editor.attachments.item(r).text() for r in range(editor.attachments.count())]

    qtbot.mouseClick(builder.editor.attach_button, Qt.MouseButton.LeftButton)
    assert len(documents()) == 1
    undo.trigger()
    assert documents() == []
    redo.trigger()
    assert len(documents()) == 1

    editor = window.current_view().builder.editor
    editor.attachments.setCurrentRow(0)
    qtbot.mouseClick(editor.detach_button, Qt.MouseButton.LeftButton)
    assert documents() == [] and not store.scalar("SELECT count(*) FROM attachments WHERE filename = 'vedlegg.pdf'")
    undo.trigger()
    assert len(documents()) == 1
    assert store.scalar("SELECT content FROM attachments WHERE filename = 'vedlegg.pdf'") == pdf.read_bytes()


def test_a_change_of_invitees_is_undone(qtbot, window, monkeypatch):
    from boarddesk.gui.meeting import dialogs

    store = window.store
    set_identity(store, "Sekretariatet", {"pds": "secretary"})

    def invitees() -> list:
        return store.query("SELECT * FROM meeting_invitees WHERE meeting_id = ? ORDER BY position", (MEETING,))

    before = invitees()

    def tick_the_first_and_accept(dialog) -> None:
        dialog.members.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.accept()

    monkeypatch.setattr(dialogs.InviteesDialog, "exec", tick_the_first_and_accept)
    builder = open_case(window)
    builder.edit_toggle.click()
    qtbot.mouseClick(builder.invitees_button, Qt.MouseButton.LeftButton)
    assert len(invitees()) == len(before) + 1
    window.undo_actions[0].trigger()
    assert invitees() == before


def test_the_minutes_page_shows_the_change_log_in_its_language(qapp, demo_store):
    from boarddesk.gui.meeting.minutes_html import MinutesPage

    agenda.update_case(demo_store, CASE, description="Endret")
    assert "34/21: description changed" in MinutesPage(demo_store, "en").html(MEETING)
    assert "34/21: beskrivelse endret" in MinutesPage(demo_store, "nb").html(MEETING)
