"""A guest standing in for an absent member can co-sign the minutes (justering), and the record
names the guest: in the store (version 17), in the candidates offered, in remarks, on screen, in
the printed adjustment and signature lines, in search, in exchange files and bundles. The upgrade
keeps every co-signer as it was."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from helpers import a_case_to_decide, bundle_refused, forge
from pypdf import PdfReader
from PySide6.QtWidgets import QComboBox, QListWidget, QPlainTextEdit, QTextEdit

from boarddesk.exchange.exporter import export_document
from boarddesk.exchange.importer import import_document
from boarddesk.exchange.validate import validate_document
from boarddesk.gui.meeting import dialogs
from boarddesk.gui.meeting.minutes_panel import MinutesPanel
from boarddesk.reports.documents import build_document
from boarddesk.services.meetings import live_meeting, minutes
from boarddesk.services.meetings.minutes import MinutesError
from boarddesk.services.meetings.reading import meeting_record
from boarddesk.services.meetings.setup import set_invitees
from boarddesk.services.search import hit_target, search
from boarddesk.services.transfer import signing as bundle_signing
from boarddesk.services.transfer.bundles import export_bundle, import_bundle
from boarddesk.store import Store, migrations

CHAIR, ODD_MARTIN, MERETE = "pds-mem-lucie-aunan", "pds-mem-odd-martin-solem", "pds-mem-merete-lyngstad"
ANNE = "Anne Gjest"
REMARK = "Presiser at Helse Vest stemte for i sak to."
STEPS = [m.version for m in migrations.MIGRATIONS]
COSIGNER_STEP = next(m.version for m in migrations.MIGRATIONS if m.apply is migrations._guest_cosigner)
BEFORE_COSIGNER_STEP = STEPS[STEPS.index(COSIGNER_STEP) - 1]


def anne_stands_in_for_merete(store: Store) -> str:
    """A published, closed meeting chaired by Lucie Aunan: Odd Martin present, Merete absent, the
    guest Anne Gjest (invited from Helse Vest) standing in for her, the guest Per Besøk present
    without standing in. Returns the meeting."""
    meeting = live_meeting.meeting_of_case(store, a_case_to_decide(store))
    set_invitees(
        store,
        meeting,
        [
            {"member": CHAIR},
            {"member": ODD_MARTIN},
            {"member": MERETE},
            {"name": ANNE, "organisation": "Helse Vest", "role": "Vara"},
            {"name": "Per Besøk", "organisation": "Helse Nord"},
        ],
    )
    live_meeting.set_attendance(store, meeting, CHAIR, "present")
    live_meeting.set_attendance(store, meeting, ODD_MARTIN, "present")
    live_meeting.set_attendance(store, meeting, MERETE, "absent_with_notice")
    live_meeting.set_guest_attendance(store, meeting, ANNE, "present", deputy_for=MERETE)
    live_meeting.set_guest_attendance(store, meeting, "Per Besøk", "present")
    live_meeting.close_meeting(store, meeting)
    return meeting


def signer_rows(store: Store, meeting: str) -> list[dict]:
    return store.query(
        "SELECT position, member, guest, is_chair, remark FROM minutes_cosigners WHERE meeting_id = ? "
        "ORDER BY position",
        (meeting,),
    )


# -- the service -----------------------------------------------------------------------------------
def test_a_guest_standing_in_is_offered_chosen_and_gives_a_remark(secretary_store):
    store = secretary_store
    meeting = anne_stands_in_for_merete(store)
    offered = minutes.cosigner_candidates(store, meeting)
    assert [(c.id, c.name, c.organisation, c.stands_in_for) for c in offered] == [
        (("member", ODD_MARTIN), "Odd Martin Solem", "Norsk Helsenett", None),
        (("guest", ANNE), ANNE, "Helse Vest", "Merete Lyngstad"),  # Per Besøk stands in for no one
    ]
    minutes.send_for_adjustment(store, meeting, [("guest", ANNE)])
    minutes.record_remark(store, meeting, ("guest", ANNE), REMARK)
    assert signer_rows(store, meeting) == [
        {"position": 1, "member": CHAIR, "guest": None, "is_chair": 1, "remark": None},
        {"position": 2, "member": None, "guest": ANNE, "is_chair": 0, "remark": REMARK},
    ]
    assert [(c["name"], c["remark"]) for c in meeting_record(store, meeting).cosigners] == [
        ("Lucie Aunan", None),
        (ANNE, REMARK),
    ]
    # Sent again with Odd Martin too: Anne keeps her remark; sent without her, she is no longer asked.
    minutes.send_for_adjustment(store, meeting, [("member", ODD_MARTIN), ["guest", ANNE]])
    assert [(r["member"], r["guest"], r["remark"]) for r in signer_rows(store, meeting)] == [
        (CHAIR, None, None),
        (ODD_MARTIN, None, None),
        (None, ANNE, REMARK),
    ]
    [hit] = search(store, "helse vest stemte")
    assert (hit.kind, hit.title.endswith(ANNE), hit_target(store, hit)) == (
        "minutes_remark",
        True,
        ("meeting", meeting),
    )
    minutes.send_for_adjustment(store, meeting, [ODD_MARTIN])
    assert [(r["member"], r["guest"]) for r in signer_rows(store, meeting)] == [(CHAIR, None), (ODD_MARTIN, None)]
    assert search(store, "helse vest stemte") == []
    with pytest.raises(MinutesError, match="only the chair and the chosen co-signers"):
        minutes.record_remark(store, meeting, ("guest", ANNE), "For sent.")


def test_a_guest_not_at_the_meeting_is_not_chosen_and_nothing_changes(secretary_store):
    store = secretary_store
    meeting = anne_stands_in_for_merete(store)
    minutes.send_for_adjustment(store, meeting, [ODD_MARTIN])
    before = signer_rows(store, meeting)
    with pytest.raises(MinutesError, match="Ola Ukjent is not recorded at this meeting, so cannot co-sign"):
        minutes.send_for_adjustment(store, meeting, [("guest", "Ola Ukjent")])
    with pytest.raises(ValueError, match="'seat' is neither a member nor a guest"):
        minutes.send_for_adjustment(store, meeting, [("seat", MERETE)])
    assert signer_rows(store, meeting) == before


def test_the_store_takes_a_member_or_a_guest_never_both_nor_twice(secretary_store):
    store = secretary_store
    meeting = anne_stands_in_for_merete(store)
    minutes.send_for_adjustment(store, meeting, [("guest", ANNE)])
    insert = "INSERT INTO minutes_cosigners (meeting_id, position, member, guest) VALUES (?, ?, ?, ?)"
    for row in ((meeting, 5, ODD_MARTIN, ANNE), (meeting, 5, None, None), (meeting, 5, None, ANNE)):
        with pytest.raises(sqlite3.IntegrityError), store.write() as conn:
            conn.execute(insert, row)
    assert len(signer_rows(store, meeting)) == 2


def test_the_minutes_hash_keeps_the_guests_attendance_beside_a_decision_and_no_co_signer(secretary_store):
    """What the hash covers is as before version 17: the guests' attendance, also when a case has
    a decision naming no guest; the co-signers, a guest among them, not at all."""
    store = secretary_store
    meeting = anne_stands_in_for_merete(store)
    case = store.scalar("SELECT id FROM cases WHERE meeting = ?", (meeting,))
    live_meeting.save_decision(store, case, "Vedtatt.")
    content = minutes.minutes_content(store, meeting)
    assert [row["guest"] for row in content["guest_attendance"]] == [ANNE, "Per Besøk"]
    before = minutes.content_hash(store, meeting)
    minutes.send_for_adjustment(store, meeting, [("guest", ANNE)])
    minutes.record_remark(store, meeting, ("guest", ANNE), REMARK)
    assert minutes.content_hash(store, meeting) == before


# -- on screen and on paper ------------------------------------------------------------------------
def test_the_secretary_ticks_the_guest_and_records_her_remark_and_the_minutes_show_it(
    norwegian, secretary_store, qtbot, monkeypatch
):
    store = secretary_store
    meeting = anne_stands_in_for_merete(store)
    panel = MinutesPanel(store, "nb")
    qtbot.addWidget(panel)
    panel.load(meeting)
    offered = []

    def tick_anne(dialog):
        (checklist,) = dialog.findChildren(QListWidget)
        for i in range(checklist.count()):
            offered.append(checklist.item(i).text())
            if checklist.item(i).text().startswith(ANNE):
                checklist.item(i).setCheckState(dialogs.Qt.CheckState.Checked)
        return 1

    monkeypatch.setattr(dialogs.TextDialog, "exec", tick_anne)
    panel.send_for_adjustment()
    assert offered == ["Odd Martin Solem, Norsk Helsenett", "Anne Gjest, Helse Vest (vara for Merete Lyngstad)"]
    assert [(r["member"], r["guest"]) for r in signer_rows(store, meeting)] == [(CHAIR, None), (None, ANNE)]

    from_list = []

    def remark_from_anne(dialog):
        (who,) = dialog.findChildren(QComboBox)
        from_list.extend(who.itemText(i) for i in range(who.count()))
        who.setCurrentIndex(who.findText(ANNE))
        (dialog.findChildren(QPlainTextEdit) or dialog.findChildren(QTextEdit))[0].setPlainText(REMARK)
        return 1

    monkeypatch.setattr(dialogs.TextDialog, "exec", remark_from_anne)
    panel.record_remark()
    assert from_list == ["Lucie Aunan", ANNE]
    assert signer_rows(store, meeting)[1]["remark"] == REMARK
    assert f"{ANNE} (medunderskriver): {REMARK}" in panel.plain_text()


def test_printed_minutes_name_the_guest_in_the_adjustment_and_under_a_signature_line(secretary_store, tmp_path):
    store = secretary_store
    meeting = anne_stands_in_for_merete(store)
    minutes.send_for_adjustment(store, meeting, [("guest", ANNE)])
    minutes.record_remark(store, meeting, ("guest", ANNE), REMARK)
    out = tmp_path / "minutes.pdf"
    build_document(store, "minutes", meeting, out)
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert f"{ANNE} (medunderskriver): {REMARK}" in text
    signatures = text[text.index("Underskrifter") :]
    assert "Lucie Aunan" in signatures and ANNE in signatures


# -- the exchange file and bundles -----------------------------------------------------------------
def signers_in(document: dict, meeting: str) -> list:
    return next(m for m in document["boards"][0]["meetings"] if m["id"] == meeting)["minutes_signers"]


def test_an_exchange_file_carries_a_guest_co_signer_there_and_back(secretary_store, tmp_path):
    store = secretary_store
    meeting = anne_stands_in_for_merete(store)
    minutes.send_for_adjustment(store, meeting, [("guest", ANNE), ODD_MARTIN])
    minutes.record_remark(store, meeting, ("guest", ANNE), REMARK)
    document = export_document(store, ["pds"])
    assert [(s.get("member"), s.get("guest")) for s in signers_in(document, meeting)] == [
        (CHAIR, None),
        (None, ANNE),
        (ODD_MARTIN, None),
    ]
    with Store.open(tmp_path / "other.sqlite") as other:
        import_document(other, json.loads(json.dumps(document)))
        assert [row | {"position": None} for row in signer_rows(other, meeting)] == [
            row | {"position": None} for row in signer_rows(store, meeting)
        ]
        assert export_document(other, ["pds"]) == document


@pytest.mark.parametrize(
    ("item", "place", "said"),
    [
        ({"guest": "Ola Ukjent"}, "minutes_signers[0].guest", "guest 'Ola Ukjent' is not recorded at meeting"),
        ({"guest": ANNE, "member": ODD_MARTIN}, "minutes_signers[0]", "names a member or a guest, not both"),
        ({}, "minutes_signers[0]", "needs member or guest"),
        ({"guest": ANNE}, "minutes_signers[2].guest", "guest 'Anne Gjest' signs the minutes twice"),
    ],
)
def test_an_exchange_file_naming_a_co_signer_wrongly_is_refused(secretary_store, item, place, said):
    store = secretary_store
    meeting = anne_stands_in_for_merete(store)
    minutes.send_for_adjustment(store, meeting, [("guest", ANNE)])
    document = export_document(store, ["pds"])
    signers_in(document, meeting).insert(0, item)
    problems = [str(problem) for problem in validate_document(document)]
    assert any(place in problem and said in problem for problem in problems), problems


def test_a_bundle_carries_a_guest_co_signer_and_a_forged_one_is_refused(secretary_store, tmp_path):
    secretary = secretary_store
    meeting = anne_stands_in_for_merete(secretary)
    minutes.send_for_adjustment(secretary, meeting, [("guest", ANNE)])
    minutes.record_remark(secretary, meeting, ("guest", ANNE), REMARK)
    bundle = export_bundle(secretary, meeting, tmp_path / "meeting.bdpack").path
    member = tmp_path / "member.sqlite"
    with Store.open(member) as store:
        import_bundle(store, bundle)
        assert [(c["name"], c["remark"]) for c in minutes.minutes_state(store, meeting).cosigners] == [
            ("Lucie Aunan", None),
            (ANNE, REMARK),
        ]

    def rename_guest(board: dict) -> None:
        signers = next(m for m in board["meetings"] if m["id"] == meeting)["minutes_signers"]
        signers[1]["guest"] = "Ola Ukjent"

    forged = forge(bundle.read_bytes(), rename_guest, key=bundle_signing.signing_key(secretary), revision=2)
    bundle_refused(member, forged, "guest 'Ola Ukjent' is not recorded at", tmp_path)


# -- the upgrade to version 17 ---------------------------------------------------------------------
def store_before_the_cosigner_step(path: Path) -> tuple[str, str]:
    """A store as the app before version 17 left it: the demo, and a meeting whose minutes went to
    the chair and Odd Martin, each with a remark, and were approved with the hash taken then.
    Returns the meeting and its hash."""
    from boarddesk.demo.boards import load_demo

    conn = sqlite3.connect(path, isolation_level=None)
    migrations.upgrade(conn, target=BEFORE_COSIGNER_STEP)
    conn.close()
    with Store.open(path, migrate=False) as old:
        load_demo(old)
        meeting = anne_stands_in_for_merete(old)
        with old.write() as conn:  # as the old app wrote them: Odd Martin listed first
            for position, member, remark in ((2, CHAIR, "Kommafeil i sak en."), (1, ODD_MARTIN, REMARK)):
                conn.execute("INSERT INTO minutes (meeting_id) VALUES (?) ON CONFLICT DO NOTHING", (meeting,))
                conn.execute(
                    "INSERT INTO minutes_cosigners (meeting_id, position, member, is_chair, remark) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (meeting, position, member, int(member == CHAIR), remark),
                )
        digest = minutes.approve(old, meeting, approved_on="2022-01-20")
    return meeting, digest


def test_the_upgrade_keeps_every_co_signer_in_order_searchable_and_the_hash_sealed(tmp_path):
    path = tmp_path / "old.sqlite"
    meeting, digest = store_before_the_cosigner_step(path)
    with sqlite3.connect(path) as conn:
        before = conn.execute(
            "SELECT meeting_id, position, member, is_chair, remark, remark_at, accepted_at FROM minutes_cosigners "
            "ORDER BY meeting_id, position"
        ).fetchall()
    conn.close()
    assert len(before) == 2
    with Store.open(path) as store:
        assert store.schema_version == migrations.LATEST_VERSION
        after = store.conn.execute(
            "SELECT meeting_id, position, member, is_chair, remark, remark_at, accepted_at FROM minutes_cosigners "
            "ORDER BY meeting_id, position"
        ).fetchall()
        assert [tuple(row) for row in after] == before
        assert store.scalar("SELECT count(*) FROM minutes_cosigners WHERE guest IS NOT NULL") == 0
        assert [(c["name"], c["is_chair"]) for c in minutes.minutes_state(store, meeting).cosigners] == [
            ("Odd Martin Solem", 0),
            ("Lucie Aunan", 1),
        ]
        # The index still finds the remarks, once each, and keeps up with later writes.
        assert [hit.title.endswith("Odd Martin Solem") for hit in search(store, "helse vest stemte")] == [True]
        assert minutes.content_hash(store, meeting) == digest
        checked, problems = minutes.changed_minutes(store)
        assert checked >= 1 and problems == []
        with store.write() as conn:
            conn.execute("UPDATE minutes_cosigners SET remark = NULL WHERE meeting_id = ?", (meeting,))
        assert search(store, "helse vest stemte") == [] and search(store, "kommafeil") == []
