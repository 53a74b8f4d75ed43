"""Notes find their words again: unchanged, moved, repeated, lightly edited, or gone."""

from __future__ import annotations

from helpers import CASE, FIRST_VERSION, MEETING, QUOTE, attach_case_paper, make_pdf

from boarddesk.cli import main
from boarddesk.services.documents import annotations as notes
from boarddesk.services.documents.anchoring import Anchor, find_anchor, make_anchor
from boarddesk.services.transfer.bundles import export_bundle, import_bundle

PAGE = "Styret ber om en plan. Budsjettet er 12 MNOK i 2024.\nStyret ber om en plan for gevinster innen juni."


def test_words_are_found_where_they_moved():
    anchor = make_anchor(PAGE, PAGE.index("Budsjettet"), PAGE.index(" i 2024"))
    revised = ["Ny innledning.", "Først litt tekst. " + PAGE]
    match = find_anchor(revised, anchor)
    assert match.page == 1 and revised[1][match.start : match.end] == "Budsjettet er 12 MNOK"


def test_repeated_words_are_told_apart_by_their_context():
    second = PAGE.index("Styret ber om en plan for")
    anchor = make_anchor(PAGE, second, second + len("Styret ber om en plan"))
    match = find_anchor([PAGE], anchor)
    assert match.start == second


def test_lightly_edited_words_are_still_found_and_rewritten_ones_are_not():
    anchor = Anchor("Budsjettet er 12 MNOK i 2024", "Styret ber om en plan.", "")
    edited = find_anchor([PAGE.replace("12 MNOK", "12,5 MNOK")], anchor)
    assert edited is not None and "12,5 MNOK" in PAGE.replace("12 MNOK", "12,5 MNOK")[edited.start : edited.end]
    assert find_anchor(["Et helt annet dokument om noe annet."], anchor) is None


def test_a_note_moved_to_edited_words_says_the_words_changed(demo_store):
    paper = attach_case_paper(demo_store)
    note = notes.add_pdf_note(demo_store, author="Kari", attachment_id=paper, page=0, quote=QUOTE, text="Kilde?")
    unchanged = notes.add_pdf_note(
        demo_store, author="Kari", attachment_id=paper, page=0, quote="Drifts- og forvaltningskostnader", text="Tittel"
    )
    edited = [[line.replace("4,2 MNOK", "4,7 MNOK") for line in page] for page in FIRST_VERSION]
    report = notes.replace_attachment(demo_store, paper, make_pdf(edited))
    assert set(report.moved) == {note.id, unchanged.id} and report.words_changed == [note.id]
    moved = notes.get_note(demo_store, note.id)
    assert moved.anchor_state == "anchored" and moved.words_changed
    assert moved.quote == QUOTE and moved.quote_current == "økte driftskostnader på 4,7 MNOK"
    same = notes.get_note(demo_store, unchanged.id)
    assert same.anchor_state == "anchored" and not same.words_changed and same.quote_current is None
    # Back to the words as marked: exact again, and no longer flagged.
    notes.replace_attachment(demo_store, paper, make_pdf(FIRST_VERSION))
    back = notes.get_note(demo_store, note.id)
    assert back.anchor_state == "anchored" and back.quote_current is None and not back.words_changed


def test_notes_on_cards_reports_and_decisions_are_listed_for_the_meeting(demo_store):
    paper = attach_case_paper(demo_store)
    me, other = "Kari", "Ola"
    made = [
        notes.add_note(demo_store, author=me, target_kind="case", target_id=CASE, text="Sak", question=True),
        notes.add_note(demo_store, author=me, target_kind="project", target_id="pds-nilar", text="Kort"),
        notes.add_pdf_note(demo_store, author=me, attachment_id=paper, page=0, quote=QUOTE, text="PDF"),
    ]
    notes.add_note(demo_store, author=other, target_kind="case", target_id=CASE, text="Olas")
    notes.add_note(demo_store, author=me, target_kind="case", target_id="pds-case-2021-1", text="Annet møte")
    listed = notes.meeting_notes(demo_store, MEETING, me)
    assert [item.note.id for item in listed][0] == made[0].id  # questions first
    assert {item.note.text for item in listed} == {"Sak", "Kort", "PDF"}
    assert any(item.label.startswith("46/21 ") for item in listed)
    assert notes.where_to_open(demo_store, made[0]) == ("meeting", MEETING)
    assert notes.where_to_open(demo_store, made[2]) == ("document", paper)
    targets = notes.meeting_targets(demo_store, MEETING)
    assert {"meeting", "case", "project"} <= {kind for kind, _ident, _label in targets}
    assert targets[0] == ("meeting", MEETING, "7/2021")


def test_shared_notes_travel_by_the_command_line(demo_store, tmp_path, capsys):
    paper = attach_case_paper(demo_store)
    member = tmp_path / "member.sqlite"
    bundle = export_bundle(demo_store, MEETING, tmp_path / "m7.bdpack").path
    assert main(["import", "bundle", str(bundle), "--db", str(member)]) == 0
    from boarddesk.store import Store

    with Store.open(member) as store:
        notes.add_pdf_note(store, author="Kari", attachment_id=paper, page=0, quote=QUOTE, text="Delt", shared=True)
        notes.add_note(store, author="Kari", target_kind="case", target_id=CASE, text="Privat")
    out = tmp_path / "kari.bdnotes"
    db = ["--db", str(member)]
    assert (
        main(["export", "notes", *db, "--board", "pds", "--meeting", "7/2021", "--out", str(out), "--author", "Kari"])
        == 0
    )
    assert "1 shared note(s)" in capsys.readouterr().out
    for _ in range(2):
        assert main(["import", "notes", str(out), "--db", str(demo_store.path)]) == 0
    printed = capsys.readouterr().out
    assert "1 new, 0 updated, 0 unchanged note(s)" in printed
    assert "0 new, 0 updated, 1 unchanged note(s)" in printed
    assert demo_store.scalar("SELECT count(*) FROM annotations WHERE text = 'Delt'") == 1
    assert demo_store.scalar("SELECT count(*) FROM annotations WHERE text = 'Privat'") == 0
    assert main(["export", "bundle", *db, "--board", "pds", "--meeting", "9/2021", "--out", str(out)]) == 2
    assert "no meeting '9/2021'" in capsys.readouterr().err


def test_a_reference_outside_the_bundle_is_left_out(demo_store, tmp_path):
    """Minutes approved at a later meeting: the bundle of this meeting does not carry that one."""
    with demo_store.write() as conn:
        conn.execute(
            "INSERT INTO minutes (meeting_id, status, approved_by_meeting, sha256) VALUES (?, 'approved', ?, ?)",
            ("pds-m-2021-6", MEETING, "0" * 64),
        )
    bundle = export_bundle(demo_store, "pds-m-2021-6", tmp_path / "m6.bdpack")
    from boarddesk.store import Store

    with Store.open(tmp_path / "member.sqlite") as member:
        import_bundle(member, bundle.path)
        assert member.scalar("SELECT status FROM minutes") == "approved"
        assert member.scalar("SELECT approved_by_meeting FROM minutes") is None
