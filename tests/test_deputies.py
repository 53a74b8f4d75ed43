"""Anyone present, a guest too, stands in for an absent board member (issue 11, item 3): the
store, the live meeting's rules, the vote count, the exchange file and the upgrade to version 14."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from boarddesk.exchange.exporter import export_file
from boarddesk.exchange.validate import validate_document
from boarddesk.services.meetings import agenda, live_meeting, minutes
from boarddesk.services.meetings.live_meeting import DeputyRefused, Vote
from boarddesk.services.meetings.setup import MeetingDraft, create_meeting, set_invitees
from boarddesk.store import Store, migrations
from boarddesk.store.versions import ChangedElsewhere

LUCIE, ERIK, OLE = "pds-mem-lucie-aunan", "pds-mem-erik-hansen", "pds-mem-ole-johan-kvan"
GUEST = "Kari Gjest"


def meeting_with_guest(store: Store) -> tuple[str, str]:
    """A published meeting of the demo programme board with three members and a guest invited."""
    meeting = create_meeting(store, MeetingDraft("pds", "2021-12-16", start_time="10:00"))
    set_invitees(store, meeting, [{"member": LUCIE}, {"member": ERIK}, {"member": OLE}, {"name": GUEST}])
    case = agenda.add_case(store, meeting, "NILAR innbyggertjenester", proposed_decision="Tilslutning.")
    agenda.publish_agenda(store, meeting)
    return meeting, case


def attendance(store: Store, meeting: str) -> list[dict]:
    return store.query("SELECT * FROM attendance WHERE meeting_id = ? ORDER BY position", (meeting,))


def test_a_present_guest_stands_in_for_an_absent_member(secretary_store):
    store = secretary_store
    meeting, _case = meeting_with_guest(store)
    live_meeting.set_attendance(store, meeting, ERIK, "absent_with_notice")
    version = live_meeting.set_guest_attendance(store, meeting, GUEST, "present", deputy_for=ERIK)
    guest = next(row for row in live_meeting.attendance_sheet(store, meeting) if row["guest"] == GUEST)
    assert (guest["status"], guest["deputy_for"], guest["version"]) == ("present", ERIK, version)
    # The approved minutes' hash covers it (a guest standing in for no one hashes as before).
    assert minutes.minutes_content(store, meeting)["guest_attendance"][0]["deputy_for"] == ERIK
    # A member (or a deputy) present stands in just the same, for another absent member.
    live_meeting.set_attendance(store, meeting, OLE, "present", deputy_for=LUCIE)
    assert store.scalar("SELECT deputy_for FROM attendance WHERE member = ?", (OLE,)) == LUCIE


@pytest.mark.parametrize(
    ("reason", "record"),
    [
        ("member_present", lambda s, m: live_meeting.set_guest_attendance(s, m, GUEST, "present", deputy_for=LUCIE)),
        (
            "not_member",
            lambda s, m: live_meeting.set_guest_attendance(s, m, GUEST, "present", deputy_for="hn-mem-bjorn-nilsen"),
        ),
        ("self", lambda s, m: live_meeting.set_attendance(s, m, OLE, "present", deputy_for=OLE)),
        ("taken", lambda s, m: live_meeting.set_attendance(s, m, OLE, "present", deputy_for=ERIK)),
        ("not_present", lambda s, m: live_meeting.set_attendance(s, m, OLE, "absent", deputy_for=ERIK)),
        ("has_deputy", lambda s, m: live_meeting.set_attendance(s, m, ERIK, "present")),
    ],
)
def test_a_deputy_the_meeting_cannot_have_is_refused_and_nothing_changes(secretary_store, reason, record):
    store = secretary_store
    meeting, _case = meeting_with_guest(store)
    live_meeting.set_attendance(store, meeting, LUCIE, "present")
    live_meeting.set_attendance(store, meeting, ERIK, "absent_with_notice")
    live_meeting.set_attendance(store, meeting, OLE, "present")
    live_meeting.set_guest_attendance(store, meeting, GUEST, "present", deputy_for=ERIK)
    before = attendance(store, meeting)
    with pytest.raises(DeputyRefused) as refused:
        record(store, meeting)
    assert refused.value.reason == reason
    assert attendance(store, meeting) == before


def test_refusals_name_the_people_concerned(secretary_store):
    store = secretary_store
    meeting, _case = meeting_with_guest(store)
    live_meeting.set_attendance(store, meeting, ERIK, "absent")
    live_meeting.set_guest_attendance(store, meeting, GUEST, "present", deputy_for=ERIK)
    with pytest.raises(DeputyRefused, match="Ole Johan Kvan cannot stand in for Erik Hansen: Kari Gjest already does"):
        live_meeting.set_attendance(store, meeting, OLE, "present", deputy_for=ERIK)
    with pytest.raises(DeputyRefused, match="Erik Hansen cannot be recorded as present: Kari Gjest stands in"):
        live_meeting.set_attendance(store, meeting, ERIK, "present")
    with pytest.raises(DeputyRefused, match="Kari Gjest is not recorded as present, so cannot stand in for Erik"):
        live_meeting.set_guest_attendance(store, meeting, GUEST, "absent", deputy_for=ERIK)
    # Setting the guest absent without the deputy works; then Erik may come after all.
    live_meeting.set_guest_attendance(store, meeting, GUEST, "absent")
    live_meeting.set_attendance(store, meeting, ERIK, "present")


RACER = """
import sys, time
from pathlib import Path
from boarddesk.services.meetings import live_meeting
from boarddesk.store import Store

path, meeting, kind, who, go = sys.argv[1:]
with Store.open(path) as store:
    while not Path(go).exists():
        time.sleep(0.001)
    record = live_meeting.set_guest_attendance if kind == "guest" else live_meeting.set_attendance
    try:
        record(store, meeting, who, "present", deputy_for="pds-mem-erik-hansen")
        print("ok")
    except live_meeting.DeputyRefused as refused:
        print(refused.reason)
"""


def test_two_processes_making_deputies_for_one_member_at_once_make_one(secretary_store, tmp_path):
    store = secretary_store
    meeting, _case = meeting_with_guest(store)
    live_meeting.set_attendance(store, meeting, ERIK, "absent")
    for round_ in range(3):
        go = tmp_path / f"go-{round_}"
        racers = [
            subprocess.Popen(
                [sys.executable, "-c", RACER, str(store.path), meeting, kind, who, str(go)],
                stdout=subprocess.PIPE,
                text=True,
            )
            for kind, who in (("guest", GUEST), ("member", OLE))
        ]
        time.sleep(0.5)  # both have opened the store and wait
        go.touch()
        said = sorted(racer.communicate(timeout=60)[0].strip() for racer in racers)
        assert said == ["ok", "taken"]
        assert store.scalar("SELECT count(*) FROM attendance WHERE deputy_for = ?", (ERIK,)) == 1
        store.conn.execute("UPDATE attendance SET deputy_for = NULL WHERE deputy_for = ?", (ERIK,))


def test_a_version_check_still_comes_first(secretary_store):
    store = secretary_store
    meeting, _case = meeting_with_guest(store)
    seen = live_meeting.set_guest_attendance(store, meeting, GUEST, "present")
    live_meeting.set_guest_attendance(store, meeting, GUEST, "absent")  # another window
    with pytest.raises(ChangedElsewhere):
        live_meeting.set_guest_attendance(store, meeting, GUEST, "present", deputy_for=ERIK, expected_version=seen)
    assert store.scalar("SELECT deputy_for FROM attendance WHERE guest = ?", (GUEST,)) is None


def test_a_guest_standing_in_has_a_vote(secretary_store):
    store = secretary_store
    meeting, case = meeting_with_guest(store)
    live_meeting.set_attendance(store, meeting, LUCIE, "present")
    live_meeting.set_attendance(store, meeting, ERIK, "absent")
    live_meeting.set_guest_attendance(store, meeting, "Per Gjest", "present")  # a guest with no vote
    with pytest.raises(live_meeting.TooManyVotes):
        live_meeting.check_vote_count(store, case, Vote(unanimous=False, votes_for=1, votes_against=1))
    live_meeting.set_guest_attendance(store, meeting, GUEST, "present", deputy_for=ERIK)
    assert live_meeting.voters(store, case) == (2, 0)
    live_meeting.check_vote_count(store, case, Vote(unanimous=False, votes_for=1, votes_against=1))


def test_the_store_keeps_no_one_standing_in_for_themself_or_for_another_boards_member(secretary_store):
    store = secretary_store
    meeting, _case = meeting_with_guest(store)
    insert = "INSERT INTO attendance (meeting_id, position, member, guest, status, deputy_for) VALUES (?, 9, ?, ?, 'present', ?)"
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute(insert, (meeting, OLE, None, OLE))
    with pytest.raises(sqlite3.IntegrityError, match="not a member of the meeting's board"):
        store.conn.execute(insert, (meeting, None, GUEST, "hn-mem-bjorn-nilsen"))
    store.conn.execute(insert, (meeting, None, GUEST, ERIK))  # a guest may, since version 14
    with pytest.raises(sqlite3.IntegrityError, match="not a member of the meeting's board"):
        store.conn.execute("UPDATE attendance SET deputy_for = 'hn-mem-marit-lind' WHERE guest = ?", (GUEST,))


def exported_meeting(store: Store, meeting: str, tmp_path) -> tuple[dict, list[dict]]:
    export_file(store, tmp_path / "pds.json", board_ids=["pds"])
    document = json.loads((tmp_path / "pds.json").read_text(encoding="utf-8"))
    [board] = document["boards"]
    return document, next(m for m in board["meetings"] if m["id"] == meeting)["attendance"]


def test_an_exchange_file_carries_a_guest_deputy_and_refuses_impossible_ones(secretary_store, tmp_path):
    store = secretary_store
    meeting, _case = meeting_with_guest(store)
    live_meeting.set_attendance(store, meeting, LUCIE, "present")
    live_meeting.set_attendance(store, meeting, ERIK, "absent")
    live_meeting.set_guest_attendance(store, meeting, GUEST, "present", deputy_for=ERIK)
    document, rows = exported_meeting(store, meeting, tmp_path)
    assert {"guest": GUEST, "status": "present", "deputy_for": ERIK} in rows
    assert validate_document(document) == []

    guest = next(row for row in rows if row.get("guest") == GUEST)
    guest["deputy_for"] = LUCIE
    assert "member 'pds-mem-lucie-aunan' is present, so no one stands in for them" in str(validate_document(document))
    guest.update(deputy_for=ERIK, status="absent")
    assert "only someone present stands in for a member" in str(validate_document(document))
    guest["status"] = "present"
    rows.append({"member": OLE, "status": "present", "deputy_for": ERIK})
    assert "member 'pds-mem-erik-hansen' has two deputies at the meeting" in str(validate_document(document))


def version_13_store(path: Path) -> tuple[str, list[dict]]:
    """A store left by the version-13 app, a meeting's attendance in it (a member standing in
    for another, a guest); returns the meeting and its attendance rows."""
    from boarddesk.demo.boards import load_demo

    conn = sqlite3.connect(path, isolation_level=None)
    migrations.upgrade(conn, target=13)
    conn.close()
    with Store.open(path, migrate=False) as old:
        load_demo(old)
        meeting, case = meeting_with_guest(old)
        live_meeting.set_attendance(old, meeting, LUCIE, "present", arrived_at_case=case)
        live_meeting.set_attendance(old, meeting, ERIK, "absent")
        live_meeting.set_attendance(old, meeting, OLE, "present", deputy_for=ERIK)
        live_meeting.set_guest_attendance(old, meeting, GUEST, "present", left_at_case=case)
        with pytest.raises(sqlite3.IntegrityError):  # version 13 refuses a guest deputy
            old.conn.execute("UPDATE attendance SET deputy_for = ? WHERE guest = ?", (LUCIE, GUEST))
        return meeting, attendance(old, meeting)


def test_a_version_13_store_upgrades_keeping_attendance_and_versions(tmp_path, demo_for_old_stores):
    path = tmp_path / "v13.sqlite"
    meeting, kept = version_13_store(path)
    with Store.open(path) as upgraded:
        assert upgraded.schema_version == migrations.LATEST_VERSION >= 14
        assert attendance(upgraded, meeting) == kept
        assert len({row["version"] for row in kept}) == 4
        # The version triggers came back with the table: a write path that forgets the version bumps it.
        upgraded.conn.execute("UPDATE attendance SET status = 'absent' WHERE member = ?", (LUCIE,))
        lucie = upgraded.scalar("SELECT version FROM attendance WHERE member = ?", (LUCIE,))
        assert lucie > max(row["version"] for row in kept)
        live_meeting.set_attendance(upgraded, meeting, OLE, "present")
        live_meeting.set_guest_attendance(upgraded, meeting, GUEST, "present", deputy_for=ERIK)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed (apt-get install strace)")
def test_killed_while_upgrading_to_version_14_the_attendance_is_kept(tmp_path, demo_for_old_stores):
    template = tmp_path / "v13.sqlite"
    meeting, kept = version_13_store(template)
    script = "import sys; from boarddesk.store import Store; Store.open(sys.argv[1]).close()"

    def upgrade(path: Path, trace: Path, *inject: str) -> int:
        command = ["strace", "-f", "-qq", "-y", "-o", str(trace), "-e", "trace=pwrite64", *inject]
        return subprocess.run([*command, sys.executable, "-c", script, str(path)], capture_output=True).returncode

    probe = tmp_path / "probe.sqlite"
    shutil.copyfile(template, probe)
    assert upgrade(probe, tmp_path / "writes.txt") == 0
    # The file each write went to: the backup first, then the migration's own (the WAL, then the store).
    written = [Path(line.split("<", 1)[1].split(">", 1)[0]).name for line in open(tmp_path / "writes.txt")]
    backup = [n for n, name in enumerate(written, 1) if f"before-v{migrations.LATEST_VERSION}" in name]
    migration = [n for n, name in enumerate(written, 1) if n > backup[-1] and name.startswith(probe.name)]
    # A dozen kill points: two in the backup, the rest spread over the migration's writes.
    points = [backup[0], backup[len(backup) // 2]] + migration[:: max(1, len(migration) // 9)]
    for when in points:
        path = tmp_path / f"killed-{when}.sqlite"
        shutil.copyfile(template, path)
        inject = ("-e", f"inject=pwrite64:signal=KILL:when={when}")
        assert upgrade(path, Path(os.devnull), *inject) == -signal.SIGKILL, f"not cut off at write {when}"
        with Store.open(path) as store:
            assert store.schema_version == migrations.LATEST_VERSION
            assert store.scalar("PRAGMA integrity_check") == "ok"
            assert attendance(store, meeting) == kept, f"killed at write {when} of {len(written)}"


# -- the GUI ------------------------------------------------------------------------------------
def open_grid(window, meeting: str):
    from boarddesk.gui.meeting.meeting_view import LIVE

    window.open_target("meeting", meeting)
    view = window.current_view()
    view.tabs.setCurrentIndex(LIVE)
    return view, view.live.attendance_table


def row_of(grid, name: str) -> int:
    return next(row for row in range(grid.rowCount()) if grid.item(row, 0).text().startswith(name))


def choose(grid, row: int, column: int, data: str | None) -> None:
    box = grid.cellWidget(row, column)
    index = box.findData(data)
    assert index >= 0, f"{data!r} is not offered in row {row}, column {column}"
    box.setCurrentIndex(index)


def test_the_secretary_makes_a_guest_deputy_in_the_grid_and_the_minutes_say_so(
    qtbot, show_main_window, secretary_store, said, monkeypatch, tmp_path
):
    from pypdf import PdfReader
    from PySide6.QtWidgets import QMessageBox

    from boarddesk.gui.meeting.attendance_grid import DEPUTY, STATUS
    from boarddesk.gui.meeting.meeting_view import MINUTES
    from boarddesk.reports.documents import build_document

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    store = secretary_store
    meeting, _case = meeting_with_guest(store)
    live_meeting.set_attendance(store, meeting, LUCIE, "present", deputy_for=None)
    window = show_main_window(store)
    view, grid = open_grid(window, meeting)
    erik, ole, kari = row_of(grid, "Erik Hansen"), row_of(grid, "Ole Johan Kvan"), row_of(grid, GUEST)
    choose(grid, erik, STATUS, "absent_with_notice")
    qtbot.mouseClick(view.live.all_present_button, Qt.MouseButton.LeftButton)
    assert grid.cellWidget(kari, STATUS).currentData() == "present"
    # Every one present has the choice; it offers the members not present, Erik among them.
    deputy = grid.cellWidget(kari, DEPUTY)
    assert deputy.isEnabled() and grid.cellWidget(ole, DEPUTY).isEnabled()
    offered = [deputy.itemData(i) for i in range(deputy.count())]
    assert offered[:2] == [None, ERIK] and LUCIE not in offered and OLE not in offered  # the recorded absent first
    assert not grid.cellWidget(erik, DEPUTY).isEnabled()  # one absent stands in for no one
    choose(grid, kari, DEPUTY, ERIK)
    assert store.scalar("SELECT deputy_for FROM attendance WHERE guest = ?", (GUEST,)) == ERIK
    # Ole's list offers Erik too (he is absent), but one deputy for a member is enough.
    choose(grid, ole, DEPUTY, ERIK)
    assert warned[-1] == "Ole Johan Kvan cannot stand in for Erik Hansen: Kari Gjest already does."
    assert store.scalar("SELECT deputy_for FROM attendance WHERE member = ?", (OLE,)) is None
    before = attendance(store, meeting)
    choose(grid, erik, STATUS, "present")  # Erik came after all, but Kari still stands in
    assert "Erik Hansen cannot be recorded as present while Kari Gjest stands in for them" in warned[-1]
    assert attendance(store, meeting) == before
    qtbot.waitUntil(lambda: grid.cellWidget(row_of(grid, "Erik Hansen"), STATUS).currentData() == "absent_with_notice")
    window.close()

    # Saved: a new window shows it so, and the minutes on screen and in print say it.
    window = show_main_window(store)
    view, grid = open_grid(window, meeting)
    assert grid.cellWidget(row_of(grid, GUEST), DEPUTY).currentData() == ERIK
    view.live.close_meeting()
    view.tabs.setCurrentIndex(MINUTES)
    assert "Kari Gjest (deputy for Erik Hansen)" in view.plain_text()
    build_document(store, "minutes", meeting, tmp_path / "minutes.pdf")
    printed = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "minutes.pdf").pages)
    assert "Kari Gjest (vara for Erik Hansen)" in printed
    window.close()


def test_one_no_longer_present_stands_in_for_no_one(qtbot, show_main_window, secretary_store, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from boarddesk.gui.meeting.attendance_grid import DEPUTY, STATUS

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    store = secretary_store
    meeting, _case = meeting_with_guest(store)
    live_meeting.set_attendance(store, meeting, ERIK, "absent")
    live_meeting.set_guest_attendance(store, meeting, GUEST, "present", deputy_for=ERIK)
    window = show_main_window(store)
    view, grid = open_grid(window, meeting)
    # «All present» leaves Erik absent: Kari stands in for him.
    qtbot.mouseClick(view.live.all_present_button, Qt.MouseButton.LeftButton)
    assert store.scalar("SELECT status FROM attendance WHERE member = ?", (ERIK,)) == "absent"
    kari = row_of(grid, GUEST)
    choose(grid, kari, STATUS, "absent")
    assert grid.cellWidget(kari, DEPUTY).currentData() is None and not grid.cellWidget(kari, DEPUTY).isEnabled()
    assert store.query_one("SELECT status, deputy_for FROM attendance WHERE guest = ?", (GUEST,)) == {
        "status": "absent",
        "deputy_for": None,
    }
    assert warned == []
    window.close()
