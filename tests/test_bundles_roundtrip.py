"""Secretary and member, two stores: a meeting goes out, notes are made, a revision follows, the
member's notes survive it and move with their words, and shared notes come back."""

from __future__ import annotations

import io
import zipfile

import pytest
from helpers import CASE, DOOMED, MEETING, QUOTE, REVISED_VERSION, attach_case_paper, make_pdf

from boarddesk.services.documents import annotations as notes
from boarddesk.services.transfer.bundles import BundleError, export_bundle, import_bundle
from boarddesk.services.transfer.notes_file import export_notes, import_notes
from boarddesk.store import Store

MEMBER = "Kari Medlem"
PRIVATE_MARK = "PRIVAT-7f3a: bare for meg"


@pytest.fixture
def member(tmp_path):
    with Store.open(tmp_path / "member.sqlite") as opened:
        yield opened


def test_a_revised_bundle_keeps_the_members_notes_and_moves_them_with_their_words(demo_store, member, tmp_path):
    paper = attach_case_paper(demo_store)
    first = export_bundle(demo_store, MEETING, tmp_path / "m7-r1.bdpack")
    report = import_bundle(member, first.path)
    assert (first.revision, report.revision, report.previous_revision) == (1, 1, None)
    assert member.scalar("SELECT count(*) FROM cases WHERE meeting = ?", (MEETING,)) == 7
    assert member.scalar("SELECT count(*) FROM status_reports") >= 1

    private = notes.add_note(member, author=MEMBER, target_kind="case", target_id=CASE, text=PRIVATE_MARK)
    question = notes.add_note(
        member,
        author=MEMBER,
        target_kind="project",
        target_id="pds-tag",
        text="Hvem eier TAG?",
        shared=True,
        question=True,
    )
    highlight = notes.add_pdf_note(
        member, author=MEMBER, attachment_id=paper, page=0, quote=QUOTE, text="Stemmer tallet?"
    )
    doomed = notes.add_pdf_note(
        member, author=MEMBER, attachment_id=paper, page=0, quote=DOOMED, text="Uklart", shared=True
    )
    assert highlight.quote == QUOTE and highlight.quote_prefix.endswith("leveransene gir")
    notes.record_reading(member, paper, MEMBER, page=0)
    page_before = highlight.region

    # The secretary revises the case paper and a case title, and sends revision 2.
    notes.replace_attachment(demo_store, paper, make_pdf(REVISED_VERSION))
    with demo_store.write() as conn:
        conn.execute("UPDATE cases SET title = title || ' (revidert)' WHERE id = ?", (CASE,))
    second = export_bundle(demo_store, MEETING, tmp_path / "m7-r2.bdpack")
    assert second.revision == 2

    report = import_bundle(member, second.path)
    assert (report.previous_revision, report.revision) == (1, 2)
    changed = {(c.kind, c.what) for c in report.changes}
    assert ("case", "changed") in changed and ("attachment", "changed") in changed
    paper_change = next(c for c in report.changes if c.kind == "attachment")
    assert "pages changed: 1, 2" in paper_change.detail
    assert "revidert" in report.summary()
    assert (report.notes_moved, report.notes_on_earlier_version) == (1, 1)

    mine = {item.note.id: item.note for item in notes.meeting_notes(member, MEETING, MEMBER)}
    assert set(mine) == {private.id, question.id, highlight.id, doomed.id}
    moved = mine[highlight.id]
    assert (moved.page, moved.quote, moved.anchor_state) == (1, QUOTE, "anchored")
    assert moved.document_sha256 == member.scalar("SELECT sha256 FROM attachments WHERE id = ?", (paper,))
    assert moved.region[1] == pytest.approx(page_before[1], abs=0.05)
    gone = mine[doomed.id]
    assert gone.on_earlier_version and gone.quote.startswith(DOOMED) and gone.page == 0
    assert notes.reading_place(member, paper, MEMBER).changed_pages == [0, 1]

    # Importing the same revision again changes nothing; an older one is refused.
    again = import_bundle(member, second.path)
    assert again.changes == [] and member.scalar("SELECT count(*) FROM annotations") == 4
    with pytest.raises(BundleError, match="older than revision 2"):
        import_bundle(member, first.path)


def test_shared_notes_go_back_to_the_secretary_once(demo_store, member, tmp_path):
    paper = attach_case_paper(demo_store)
    import_bundle(member, export_bundle(demo_store, MEETING, tmp_path / "m7.bdpack").path)
    notes.add_note(member, author=MEMBER, target_kind="case", target_id=CASE, text=PRIVATE_MARK)
    notes.add_note(member, author=MEMBER, target_kind="decision", target_id=CASE, text="Enig", shared=True)
    notes.add_pdf_note(member, author=MEMBER, attachment_id=paper, page=0, quote=QUOTE, text="Kilde?", shared=True)

    exported = export_notes(member, MEETING, tmp_path / "kari.bdnotes", author=MEMBER)
    assert exported.notes == 2
    first = import_notes(demo_store, exported.path)
    second = import_notes(demo_store, exported.path)
    assert (first.added, first.updated, first.unchanged) == (2, 0, 0)
    # The same file again: nothing changed, and it says so.
    assert (second.added, second.updated, second.unchanged) == (0, 0, 2)
    texts = {n.note.text for n in notes.meeting_notes(demo_store, MEETING)}
    assert texts == {"Enig", "Kilde?"}
    # A note edited by the member since: one updated, one unchanged.
    enig = next(n.note for n in notes.meeting_notes(member, MEETING, MEMBER) if n.note.text == "Enig")
    notes.update_note(member, enig.id, text="Enig, med forbehold")
    edited = export_notes(member, MEETING, tmp_path / "kari-2.bdnotes", author=MEMBER)
    third = import_notes(demo_store, edited.path)
    assert (third.added, third.updated, third.unchanged) == (0, 1, 1)
    assert notes.get_note(demo_store, enig.id).text == "Enig, med forbehold"
    notes.update_note(member, enig.id, text="Enig")
    import_notes(demo_store, export_notes(member, MEETING, tmp_path / "kari-3.bdnotes", author=MEMBER).path)
    texts = {n.note.text for n in notes.meeting_notes(demo_store, MEETING)}
    assert texts == {"Enig", "Kilde?"}
    pdf_note = next(n.note for n in notes.meeting_notes(demo_store, MEETING) if n.note.anchor_kind)
    assert pdf_note.quote == QUOTE and pdf_note.page == 0


def test_a_private_note_is_in_no_exported_file(demo_store, member, tmp_path):
    paper = attach_case_paper(demo_store)
    # The secretary's own private note must not travel in the bundle either.
    notes.add_note(demo_store, author="Sekretær", target_kind="case", target_id=CASE, text=PRIVATE_MARK)
    bundle = export_bundle(demo_store, MEETING, tmp_path / "m7.bdpack")
    import_bundle(member, bundle.path)
    notes.add_note(member, author=MEMBER, target_kind="case", target_id=CASE, text=PRIVATE_MARK)
    notes.add_pdf_note(member, author=MEMBER, attachment_id=paper, page=0, quote=QUOTE, text=PRIVATE_MARK)
    notes.add_note(member, author=MEMBER, target_kind="meeting", target_id=MEETING, text="Delt", shared=True)
    files = [
        bundle.path,
        export_notes(member, MEETING, tmp_path / "all.bdnotes").path,
        export_notes(member, MEETING, tmp_path / "kari.bdnotes", author=MEMBER).path,
    ]
    needles = [PRIVATE_MARK.encode("utf-8"), PRIVATE_MARK.encode("utf-16-le"), b"PRIVAT-7f3a"]
    for path in files:
        raw = path.read_bytes()
        contents = [raw] + [
            zipfile.ZipFile(io.BytesIO(raw)).read(name) for name in zipfile.ZipFile(io.BytesIO(raw)).namelist()
        ]
        for blob in contents:
            assert not any(needle in blob for needle in needles), path.name
    assert b"Delt" in zipfile.ZipFile(files[1]).read("data.json")
