"""After issue 4: guests' attendance, amendments and co-signers' remarks in the search, and the
decision register opening the meeting on the decision's case."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from boarddesk.exchange.validate import validate_document
from boarddesk.services.integrity import verify
from boarddesk.services.meetings import agenda, live_meeting, minutes
from boarddesk.services.meetings.setup import MeetingDraft, create_meeting, set_invitees
from boarddesk.services.search import hit_target, search
from boarddesk.store import Store, migrations

GUEST = {"name": "Kari Gjest", "organisation": "Norsk helsenett", "role": "Presenter"}


def meeting_with_guest(store: Store) -> tuple[str, str]:
    """A published meeting of the demo programme board, a guest invited; returns it and a case."""
    meeting = create_meeting(store, MeetingDraft("pds", "2021-12-16", start_time="10:00"))
    set_invitees(store, meeting, [{"member": "pds-mem-lucie-aunan"}, {"member": "pds-mem-erik-hansen"}, GUEST])
    case = agenda.add_case(store, meeting, "NILAR innbyggertjenester", proposed_decision="Tilslutning.")
    agenda.publish_agenda(store, meeting)
    return meeting, case


def approved_with_remark_and_amendment(store: Store, meeting: str) -> None:
    live_meeting.set_attendance(store, meeting, "pds-mem-lucie-aunan", "present")
    live_meeting.close_meeting(store, meeting)
    minutes.send_for_adjustment(store, meeting, [])
    minutes.record_remark(store, meeting, "pds-mem-lucie-aunan", "Presiser at NHN presenterte målbildet.")
    minutes.approve(store, meeting, approved_on="2022-01-20")
    minutes.add_amendment(store, meeting, "Skrivefeil i vedtaket", "Oppdragsavtalen gjelder fase to.")


# -- guests' attendance -------------------------------------------------------------------------
def test_a_guest_is_on_the_attendance_sheet_and_their_attendance_is_kept(demo_store):
    meeting, case = meeting_with_guest(demo_store)
    sheet = live_meeting.attendance_sheet(demo_store, meeting)
    assert [(row["member"], row["guest"]) for row in sheet][-1] == (None, "Kari Gjest")
    assert sheet[-1]["organisation"] == "Norsk helsenett" and sheet[-1]["status"] is None

    live_meeting.set_guest_attendance(demo_store, meeting, "Kari Gjest", "present", arrived_at_case=case)
    live_meeting.set_attendance(demo_store, meeting, "pds-mem-erik-hansen", "absent_with_notice")
    guest = live_meeting.attendance_sheet(demo_store, meeting)[-1]
    assert (guest["status"], guest["arrived_at_case"], guest["left_at_case"]) == ("present", case, None)
    live_meeting.set_guest_attendance(demo_store, meeting, "Kari Gjest", "present", left_at_case=case)
    rows = demo_store.query(
        "SELECT member, guest, status, left_at_case FROM attendance WHERE meeting_id = ?", (meeting,)
    )
    assert len(rows) == 2 and {"member": None, "guest": "Kari Gjest", "status": "present", "left_at_case": case} in rows
    assert minutes.minutes_content(demo_store, meeting)["guest_attendance"] == [
        {"guest": "Kari Gjest", "status": "present", "arrived_at_case": None, "left_at_case": case}
    ]
    with pytest.raises(live_meeting.MeetingError, match="not an attendance"):
        live_meeting.set_guest_attendance(demo_store, meeting, "Kari Gjest", "late")
    live_meeting.set_guest_attendance(demo_store, meeting, "Kari Gjest", None)
    assert live_meeting.attendance_sheet(demo_store, meeting)[-1]["status"] is None
    assert "guest_attendance" not in minutes.minutes_content(demo_store, meeting)  # hashes as before


def test_a_guest_renamed_on_the_invitation_keeps_the_recorded_attendance_visible(demo_store):
    meeting, _case = meeting_with_guest(demo_store)
    live_meeting.set_guest_attendance(demo_store, meeting, "Kari Gjest", "absent_with_notice")
    set_invitees(demo_store, meeting, [{"member": "pds-mem-lucie-aunan"}, {**GUEST, "name": "Kari Gjest-Olsen"}])
    guests = [row for row in live_meeting.attendance_sheet(demo_store, meeting) if row["guest"]]
    assert [(row["guest"], row["status"]) for row in guests] == [
        ("Kari Gjest-Olsen", None),
        ("Kari Gjest", "absent_with_notice"),
    ]


def test_guests_attendance_goes_through_json_and_onto_the_printed_minutes(demo_store, tmp_path):
    from boarddesk.exchange.exporter import export_file
    from boarddesk.exchange.importer import import_file
    from boarddesk.reports.meeting_data import load_meeting_print

    meeting, _case = meeting_with_guest(demo_store)
    live_meeting.set_attendance(demo_store, meeting, "pds-mem-lucie-aunan", "present")
    live_meeting.set_guest_attendance(demo_store, meeting, "Kari Gjest", "present")
    live_meeting.close_meeting(demo_store, meeting)
    minutes.approve(demo_store, meeting, approved_on="2022-01-20")
    export_file(demo_store, tmp_path / "pds.json", board_ids=["pds"])
    with Store.open(tmp_path / "copy.sqlite") as copy:
        import_file(copy, tmp_path / "pds.json")
        assert copy.scalar("SELECT status FROM attendance WHERE meeting_id = ? AND guest = 'Kari Gjest'", (meeting,))
        assert verify(copy).ok  # the guest's attendance is part of the approved minutes' hash
        printed = load_meeting_print(copy, meeting).attendance
        assert [(row.name, row.organisation) for row in printed][-1] == ("Kari Gjest", "Norsk helsenett")


def test_an_attendance_row_names_a_member_or_a_guest(demo_store, tmp_path):
    import json

    from boarddesk.exchange.exporter import export_file

    meeting, _case = meeting_with_guest(demo_store)
    live_meeting.set_guest_attendance(demo_store, meeting, "Kari Gjest", "present")
    export_file(demo_store, tmp_path / "pds.json", board_ids=["pds"])
    document = json.loads((tmp_path / "pds.json").read_text(encoding="utf-8"))
    [board] = document["boards"]
    [row] = next(m for m in board["meetings"] if m["id"] == meeting)["attendance"]
    assert row == {"guest": "Kari Gjest", "status": "present"}
    row.update(member="pds-mem-lucie-aunan", deputy_for="pds-mem-erik-hansen")
    problems = "\n".join(map(str, validate_document(document)))
    assert "names a member or a guest, not both" in problems
    del row["member"], row["guest"], row["deputy_for"]
    assert "needs member or guest" in "\n".join(map(str, validate_document(document)))
    with pytest.raises(sqlite3.IntegrityError):  # the store holds the same rule
        demo_store.conn.execute(
            "INSERT INTO attendance (meeting_id, position, member, guest, status) VALUES (?, 9, ?, 'X', 'present')",
            (meeting, "pds-mem-lucie-aunan"),
        )


# -- minutes in the search ------------------------------------------------------------------------
def test_amendments_and_remarks_are_found_titled_by_meeting_and_open_it(demo_store):
    meeting, _case = meeting_with_guest(demo_store)
    approved_with_remark_and_amendment(demo_store, meeting)
    [amendment] = search(demo_store, "oppdragsavtalen fase")
    assert (amendment.kind, amendment.title) == ("minutes_amendment", "8/2021: Skrivefeil i vedtaket")
    assert "[fase]" in amendment.snippet and amendment.board_id == "pds"
    [remark] = search(demo_store, "presiser målbildet")
    assert (remark.kind, remark.title) == ("minutes_remark", "8/2021: Lucie Aunan")
    for hit in (amendment, remark):
        assert hit_target(demo_store, hit) == ("meeting", meeting)


def test_a_changed_remark_is_found_by_its_new_words_only(demo_store):
    meeting, _case = meeting_with_guest(demo_store)
    live_meeting.close_meeting(demo_store, meeting, confirm=True)
    minutes.send_for_adjustment(demo_store, meeting, [])
    minutes.record_remark(demo_store, meeting, "pds-mem-lucie-aunan", "Kommafeil i sak to.")
    assert [hit.kind for hit in search(demo_store, "kommafeil")] == ["minutes_remark"]
    minutes.record_remark(demo_store, meeting, "pds-mem-lucie-aunan", "", accepted=True)
    assert search(demo_store, "kommafeil") == []


def test_hit_titles_carry_no_words_of_one_language(demo_store):
    risk = next(hit for hit in search(demo_store, "risiko", limit=500) if hit.kind == "risk")
    number = demo_store.scalar("SELECT number FROM risks WHERE id = ?", (risk.ref,))
    assert risk.title.endswith(f": {number}") and "risiko" not in risk.title.lower()
    decision = next(hit for hit in search(demo_store, "MVP", limit=500) if hit.kind == "decision")
    assert decision.title == demo_store.scalar("SELECT title FROM cases WHERE id = ?", (decision.ref,))


def test_a_version_3_store_upgrades_keeping_attendance_and_indexing_what_minutes_hold(
    tmp_path, monkeypatch, demo_for_old_stores
):
    from boarddesk.demo.boards import load_demo

    path = tmp_path / "v3.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.upgrade(conn, target=3)
    conn.close()
    with Store.open(path, migrate=False) as old:
        # The version-3 store has no guests' attendance: the minutes hash as the version-3 app did.
        monkeypatch.setattr(
            old, "query", lambda sql, params=(): [] if "guest" in sql else Store.query(old, sql, params)
        )
        load_demo(old)
        meeting, _case = meeting_with_guest(old)
        approved_with_remark_and_amendment(old, meeting)
        attendance = old.query("SELECT * FROM attendance ORDER BY meeting_id, position")
    with Store.open(path) as upgraded:
        assert upgraded.schema_version == migrations.LATEST_VERSION >= 4
        kept = upgraded.query("SELECT * FROM attendance ORDER BY meeting_id, position")
        assert [{**row, "guest": None, "version": 1} for row in attendance] == kept
        assert verify(upgraded).ok  # approved minutes hash as they did before
        assert [hit.kind for hit in search(upgraded, "oppdragsavtalen fase")] == ["minutes_amendment"]
        assert [hit.kind for hit in search(upgraded, "presiser målbildet")] == ["minutes_remark"]
        live_meeting.set_guest_attendance(
            upgraded, create_meeting(upgraded, MeetingDraft("pds", "2022-02-01")), "X", "present"
        )


# -- the GUI ------------------------------------------------------------------------------------
def open_live_grid(window):
    """Opens a meeting with a guest on its live tab; returns the meeting, its case, the view and
    the attendance grid."""
    from boarddesk.gui.meeting.meeting_view import LIVE

    meeting, case = meeting_with_guest(window.store)
    window.open_target("meeting", meeting)
    view = window.current_view()
    view.tabs.setCurrentIndex(LIVE)
    return meeting, case, view, view.live.attendance_table


def test_the_live_grid_records_a_guests_attendance(qtbot, show_main_window, secretary_store, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from boarddesk.gui.meeting.attendance_grid import ARRIVED, DEPUTY, STATUS

    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)  # ending asks first

    window = show_main_window(secretary_store)  # only the secretary records a meeting
    meeting, case, view, grid = open_live_grid(window)
    row = grid.rowCount() - 1
    assert grid.item(row, 0).text() == "Kari Gjest (guest)"
    assert not grid.cellWidget(row, DEPUTY).isEnabled()  # a guest stands in for someone once present
    arrived = grid.cellWidget(row, ARRIVED)
    arrived.setCurrentIndex(arrived.findData(case))
    qtbot.mouseClick(view.live.all_present_button, Qt.MouseButton.LeftButton)
    assert grid.cellWidget(row, STATUS).currentData() == "present"
    recorded = window.store.query_one(
        "SELECT * FROM attendance WHERE meeting_id = ? AND guest = ?", (meeting, "Kari Gjest")
    )
    assert (recorded["status"], recorded["arrived_at_case"], recorded["member"]) == ("present", case, None)
    view.live.close_meeting()
    view.tabs.setCurrentIndex(2)
    assert "Kari Gjest" in view.plain_text().split("Present:")[1].split("\n")[0]
    window.close()


def test_the_decision_register_opens_the_meeting_on_the_case(qtbot, window):
    from boarddesk.gui.meeting.common import open_meeting
    from boarddesk.gui.meeting.meeting_view import AGENDA
    from boarddesk.gui.meeting.registers import DecisionRegisterDialog

    register = DecisionRegisterDialog(window.store, "en", lambda m, c: open_meeting(window.context, m, c), window)
    qtbot.addWidget(register)
    qtbot.keyClicks(register.text, "MVP")
    qtbot.waitUntil(lambda: register.table.rowCount() == 1, timeout=2000)
    case = window.store.scalar("SELECT id FROM cases WHERE seq = 38 AND year = 2021 AND board_id = 'pds'")
    meeting = window.store.scalar("SELECT meeting FROM cases WHERE id = ?", (case,))
    register.table.itemActivated.emit(register.table.item(0, 3))
    assert window.current_target == ("meeting", meeting)
    view = window.current_view()
    assert view.tabs.currentIndex() == AGENDA
    assert view.builder.current_case() == case and view.builder.editor.case_id == case


def test_the_decision_register_shows_a_cards_history_and_opens_the_card(qtbot, window):
    from boarddesk.gui.meeting.registers import DecisionRegisterDialog

    register = DecisionRegisterDialog(
        window.store, "en", None, window, lambda project: window.open_target("project", project)
    )
    qtbot.addWidget(register)
    qtbot.keyClicks(register.text, "nedskalering")
    qtbot.waitUntil(lambda: register.table.rowCount() == 1, timeout=2000)
    cells = [register.table.item(0, column).text() for column in range(register.table.columnCount())]
    assert cells[1:4] == [
        "Direktørmøte",
        "",
        "Project card: Digitale innbygger- og samhandlingstjenester (DIS), fase 3",
    ]
    assert "decision history" in register.table.item(0, 4).toolTip()
    register.table.itemActivated.emit(register.table.item(0, 4))
    assert window.current_target == ("project", "hn-p-dis")


def test_the_live_attendance_grid_fits_its_pane_at_1366x768(qtbot, window):
    from boarddesk.gui.meeting.attendance_grid import DEPUTY, NAME

    _meeting, _case, _view, grid = open_live_grid(window)
    qtbot.waitUntil(lambda: grid.isVisible())
    widths = [grid.columnWidth(column) for column in range(grid.columnCount())]
    assert sum(widths) <= grid.viewport().width() and grid.horizontalScrollBar().maximum() == 0
    assert widths[NAME] >= 100 and widths[DEPUTY] >= grid.horizontalHeader().sectionSizeHint(DEPUTY)


def test_searching_finds_an_amendment_and_enter_opens_its_meeting(qtbot, window):
    meeting, _case = meeting_with_guest(window.store)
    approved_with_remark_and_amendment(window.store, meeting)
    qtbot.keyClicks(window.search_edit, "oppdragsavtalen fase")
    qtbot.waitUntil(lambda: window.results.isVisible() and window.results.count() == 2, timeout=3000)
    assert window.results.item(0).text() == "MINUTES AMENDMENT (1)"
    assert "8/2021: Skrivefeil i vedtaket" in window.results.item(1).text()
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    assert window.current_target == ("meeting", meeting)
