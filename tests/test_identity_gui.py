"""Who I am and a board's members, driven through the real dialogs."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from boarddesk.demo.boards import is_empty
from boarddesk.gui.meeting.common import ID_ROLE
from boarddesk.gui.shell import app
from boarddesk.gui.shell.identity_dialog import IdentityDialog
from boarddesk.gui.shell.members_dialog import MemberForm, MembersDialog, select_row_of
from boarddesk.services.boards import identity, membership


def answer_next_dialog(qtbot, act) -> None:
    """Run `act(dialog)` on the next modal dialog as soon as it shows."""

    def poke():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poke)
            return
        act(dialog)

    QTimer.singleShot(0, poke)


def test_first_start_asks_who_i_am_loads_the_demo_and_sets_my_role_per_board(qtbot, store):
    assert is_empty(store) and identity.who_am_i(store) is None

    def welcome(dialog):
        assert isinstance(dialog, IdentityDialog) and dialog.start_choice is not None
        qtbot.keyClicks(dialog.name, "Kari Nordmann")
        dialog.accept()
        answer_next_dialog(qtbot, roles)

    def roles(dialog):
        assert set(dialog.role_boxes) >= {"pds", "hn"}, "the demo's boards are offered a role each"
        box = dialog.role_boxes["hn"]
        box.setCurrentIndex(box.findData("observer"))
        dialog.accept()

    answer_next_dialog(qtbot, welcome)
    assert app.first_start(store, "en")
    me = identity.who_am_i(store)
    assert me.name == "Kari Nordmann"
    assert me.role_on("pds") == "secretary" and me.role_on("hn") == "observer"
    assert not is_empty(store)


def test_cancelling_the_first_start_leaves_the_store_empty_and_nameless(qtbot, store):
    answer_next_dialog(qtbot, lambda dialog: dialog.reject())
    assert not app.first_start(store, "en")
    assert is_empty(store) and identity.who_am_i(store) is None


def test_the_secretary_adds_a_deputy_for_a_member_and_retires_the_member(qtbot, demo_store, monkeypatch):
    dialog = MembersDialog(demo_store, "pds", "Programstyret", "en")
    qtbot.addWidget(dialog)
    dialog.show()
    count = dialog.table.rowCount()
    member = membership.list_members(demo_store, "pds")[2]

    def fill(form):
        assert isinstance(form, MemberForm)
        qtbot.keyClicks(form.name, "Ola Vara")
        form.role.setCurrentIndex(form.role.findData("deputy"))
        form.deputy_for.setCurrentIndex(form.deputy_for.findData(member.id))
        qtbot.keyClicks(form.period_from, "19.01.2022")
        form.accept()

    answer_next_dialog(qtbot, fill)
    deputy = dialog.add()
    assert dialog.table.rowCount() == count + 1
    assert deputy.deputy_for == member.id and deputy.period_from == "2022-01-19", "the typed date is kept"

    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    select_row_of(dialog.table, member.id)
    retired = dialog.retire_selected()
    assert not retired.active and retired.period_to
    dialog.show_retired.setChecked(False)
    assert dialog.table.rowCount() == count, "retired members are hidden on request, still on record"


def test_a_date_that_is_not_one_is_named_and_nothing_is_saved(qtbot, demo_store, monkeypatch):
    dialog = MembersDialog(demo_store, "pds", "Programstyret", "en")
    qtbot.addWidget(dialog)
    count = len(membership.list_members(demo_store, "pds"))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    attempts = []

    def fill(form):
        attempts.append(form)
        if len(attempts) == 1:
            qtbot.keyClicks(form.name, "Per Feil")
            qtbot.keyClicks(form.period_from, "32.13.2022")
            form.accept()
            answer_next_dialog(qtbot, fill)
        else:
            form.reject()

    answer_next_dialog(qtbot, fill)
    assert dialog.add() is None
    assert warnings and "32.13.2022" in warnings[0]
    assert len(membership.list_members(demo_store, "pds")) == count


def test_a_role_inferred_from_other_papers_is_marked_until_the_secretary_sets_it(qtbot, demo_store):
    added = membership.add_member(demo_store, "pds", name="Ny Medlem", role="member")
    dialog = MembersDialog(demo_store, "pds", "Programstyret", "en")
    qtbot.addWidget(dialog)
    role_column = MembersDialog.COLUMNS.index("role")

    def role_shown(member_id: str) -> str:
        row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).data(ID_ROLE) == member_id)
        return dialog.table.item(row, role_column).text()

    assert role_shown("pds-mem-lucie-aunan") == "Chair (inferred)"
    assert role_shown(added.id) == "Member"
    membership.update_member(demo_store, "pds-mem-lucie-aunan", role="member")
    dialog.reload()
    assert not role_shown("pds-mem-lucie-aunan").endswith("(inferred)")


def test_members_open_for_the_board_of_the_meeting_on_screen_without_asking(window, qtbot, monkeypatch):
    from helpers import MEETING
    from PySide6.QtWidgets import QInputDialog

    from boarddesk.gui.shell.boards_menu import show_members

    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args: asked.append(args[2]) or ("", False))
    window.open_target("meeting", MEETING)
    dialog = show_members(window.context)
    assert asked == [] and dialog is not None and dialog.board_id == "pds"
    dialog.close()
    window.open_target("document", f"meeting:{MEETING}")  # the meeting's papers in the reader: its board too
    dialog = show_members(window.context)
    assert asked == [] and dialog is not None and dialog.board_id == "pds"
    dialog.close()
    window.current_target = None  # nothing on screen: the user picks the board
    assert show_members(window.context) is None and len(asked) == 1
