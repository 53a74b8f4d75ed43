"""The live meeting, told that a case changed elsewhere: says so, keeps what was typed on the
clipboard, and shows the stored case instead of overwriting it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox
from test_record_versions import a_case_to_decide

from boarddesk.gui.meeting.live_mode import LiveMeeting
from boarddesk.services import live_meeting
from boarddesk.store import Store


def test_live_notes_changed_elsewhere_are_not_overwritten_and_the_typed_text_is_kept(qtbot, demo_store, demo_path):
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
    assert live_meeting.live_case(demo_store, case).case["discussion"] == "Notert i det andre vinduet"
    box.close()

    qtbot.keyClicks(live.notes, " og mitt tillegg")  # on what is stored now: saved
    live.flush()
    assert live_meeting.live_case(demo_store, case).case["discussion"] == "Notert i det andre vinduet og mitt tillegg"
