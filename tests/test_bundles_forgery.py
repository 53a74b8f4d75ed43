"""A bundle never deletes what the receiving store recorded, and an imported file touches only
what it declares. Every forgery here is hash-consistent (its manifest matches its parts), as an
attacker without the password makes it; each must be refused with a message naming what and
where, and leave the store's SQL dump byte-identical."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from helpers import CASE, MEETING, Change, attach_case_paper, bundle_refused, dump, forge

from boarddesk.cli import main
from boarddesk.services.documents.annotations import add_note
from boarddesk.services.meetings import minutes
from boarddesk.services.transfer import signing as bundle_signing
from boarddesk.services.transfer.bundles import export_bundle, import_bundle
from boarddesk.services.transfer.container import BundleError
from boarddesk.services.transfer.notes_file import export_notes, import_notes
from boarddesk.store import Store

EARLIER = "pds-m-2021-6"  # meeting 6/2021, two of its cases decided
DECIDED = "pds-case-2021-38"
OTHER_BOARD_MEETING = "hn-m-2023-12-20"


@pytest.fixture
def secretary(demo_store) -> Store:
    attach_case_paper(demo_store)
    return demo_store


@pytest.fixture
def published(secretary, tmp_path) -> dict[str, bytes]:
    """The secretary's bundles of 6/2021, 7/2021 and a meeting of another board."""
    return {
        meeting: export_bundle(secretary, meeting, tmp_path / f"{meeting}.bdpack").path.read_bytes()
        for meeting in (EARLIER, MEETING, OTHER_BOARD_MEETING)
    }


@pytest.fixture
def member_path(tmp_path, published) -> Path:
    """A member's copy holding all three meetings, with a private note on a case of 7/2021."""
    path = tmp_path / "member.sqlite"
    with Store.open(path) as store:
        for data in published.values():
            (tmp_path / "in.bdpack").write_bytes(data)
            import_bundle(store, tmp_path / "in.bdpack")
        add_note(store, author="Kari Medlem", target_kind="case", target_id=CASE, text="PRIVAT: bare for meg")
    return path


def record_meeting(store: Store) -> None:
    """The secretary holds the meeting: attendance, a decision, approved and locked minutes."""
    members = [row["id"] for row in store.query("SELECT id FROM members WHERE board_id = 'pds' LIMIT 3")]
    with store.write() as conn:
        for position, member in enumerate(members):
            conn.execute(
                "INSERT INTO attendance (meeting_id, position, member, status) VALUES (?, ?, ?, 'present')",
                (MEETING, position, member),
            )
        conn.execute(
            "INSERT INTO decisions (case_id, text, date) VALUES (?, 'Tatt til orientering.', '2021-11-24')", (CASE,)
        )
    minutes.ensure_minutes(store, MEETING)
    with store.write() as conn:
        conn.execute("UPDATE minutes SET closed_at = '2021-11-24T15:00:00+01:00' WHERE meeting_id = ?", (MEETING,))
    minutes.approve(store, MEETING, approved_on="2021-12-15")
    minutes.lock(store, MEETING)


def recorded(store: Store) -> tuple:
    return (
        store.scalar("SELECT count(*) FROM attendance WHERE meeting_id = ?", (MEETING,)),
        store.scalar("SELECT count(*) FROM decisions WHERE case_id = ?", (CASE,)),
        store.scalar("SELECT status FROM minutes WHERE meeting_id = ?", (MEETING,)),
    )


# -- item 3: a bundle never deletes what the receiving store recorded ---------------------------------


def test_an_old_bundle_imported_back_into_the_secretarys_store_changes_nothing(secretary, tmp_path, capsys):
    old = export_bundle(secretary, MEETING, tmp_path / "m7.bdpack").path
    record_meeting(secretary)
    assert recorded(secretary) == (3, 1, "locked")
    secretary.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = dump(secretary.path)

    assert main(["import", "bundle", str(old), "--db", str(secretary.path)]) == 2
    error = capsys.readouterr().err
    assert "this store published meeting 7/2021" in error and "Traceback" not in error
    assert dump(secretary.path) == before
    assert recorded(secretary) == (3, 1, "locked")
    assert main(["verify", "--db", str(secretary.path)]) == 0


def test_a_bundle_never_changes_a_board_recorded_here_even_without_the_export_record(secretary, tmp_path):
    """A copy of the secretary's store (restored, or the export log lost) is still the record."""
    old = export_bundle(secretary, MEETING, tmp_path / "m7.bdpack").path.read_bytes()
    record_meeting(secretary)
    with secretary.write() as conn:
        conn.execute("DELETE FROM bundle_exports")
        conn.execute("DELETE FROM signing_keys")
    bundle_refused(secretary.path, old, "recorded in this store, not received", tmp_path)


def test_what_a_member_recorded_after_the_bundle_is_never_overwritten(secretary, member_path, tmp_path):
    with Store.open(member_path) as member, member.write() as conn:
        conn.execute("INSERT INTO decisions (case_id, text) VALUES (?, 'Notert i mitt eksemplar')", (CASE,))
    with secretary.write() as conn:
        conn.execute("UPDATE cases SET title = title || ' (revidert)' WHERE id = ?", (CASE,))
    revision = export_bundle(secretary, MEETING, tmp_path / "r2.bdpack").path.read_bytes()
    bundle_refused(member_path, revision, "case 46/21 .* was changed in this store after revision 1", tmp_path)


def test_approved_or_locked_minutes_are_never_changed_by_a_bundle(secretary, tmp_path):
    record_meeting(secretary)
    member = tmp_path / "member.sqlite"
    with Store.open(member) as store:
        import_bundle(store, export_bundle(secretary, MEETING, tmp_path / "r1.bdpack").path)
        assert store.scalar("SELECT status FROM minutes WHERE meeting_id = ?", (MEETING,)) == "locked"
    with secretary.write() as conn:  # the secretary's minutes reopened (a restore, a bug): not for the copy
        conn.execute("UPDATE minutes SET status = 'draft', locked_at = NULL WHERE meeting_id = ?", (MEETING,))
    revision = export_bundle(secretary, MEETING, tmp_path / "r2.bdpack").path.read_bytes()
    bundle_refused(member, revision, "minutes of meeting 7/2021 are locked in this store", tmp_path)


def test_revisions_older_or_the_same_with_other_content_are_refused(secretary, member_path, published, tmp_path):
    key = bundle_signing.signing_key(secretary)
    retitled = forge(published[MEETING], lambda b: b["cases"][0].update(title="Ny tittel"), key=key)
    bundle_refused(member_path, retitled, "revision 1 of meeting 7/2021, already imported with other content", tmp_path)
    bundle_refused(member_path, forge(published[MEETING], key=key, revision=10**9), "not a revision number", tmp_path)
    with secretary.write() as conn:
        conn.execute("UPDATE cases SET title = 'Revidert' WHERE id = ?", (CASE,))
    second = export_bundle(secretary, MEETING, tmp_path / "r2.bdpack")
    with Store.open(member_path) as member:
        import_bundle(member, second.path)
    bundle_refused(member_path, published[MEETING], "older than revision 2", tmp_path)

    again = tmp_path / "again.bdpack"
    again.write_bytes(second.path.read_bytes())
    before = dump(member_path)
    with Store.open(member_path) as member:
        assert "was imported before; nothing changed" in import_bundle(member, again).summary()
    assert dump(member_path) == before


# -- item 4: an imported bundle touches only what it declares ------------------------------------------


def _steal_decided_case(board: dict) -> None:
    board["cases"].append({"id": DECIDED, "title": "Overskrevet", "meeting": MEETING})


def _replace_areas(board: dict) -> None:
    """Renamed, its areas replaced, and the bundle's own ratings dropped so that it validates."""
    board["name"] = "Omdøpt styre"
    board["areas"] = [{"key": "x", "name": "Erstattet"}]
    for project in board["projects"]:
        for report in project.get("status_reports", []):
            report.pop("areas", None)


def _private_note(board: dict) -> None:
    board["annotations"] = [{"id": "evil-note", "author": "Kari Medlem", "text": "byttet", "shared": True}]


def _region_garbage(board: dict) -> None:
    board["annotations"] = [
        {"id": "g", "author": "X", "text": "t", "target_kind": "case", "target_id": CASE, "region": "garbage"}
    ]


def _reuse_meeting_number(board: dict) -> None:
    board["meetings"][0]["id"] = "pds-m-evil"
    board["cases"], board["action_points"], board["attachments"] = [], [], []


def _two_meetings(board: dict) -> None:
    board["meetings"].append({"id": "pds-m-2030-1", "number": 1, "year": 2030, "date": "2030-01-15"})


def _another_meeting(board: dict) -> None:
    """The cases of 7/2021 moved onto 6/2021."""
    board["meetings"][0]["id"] = EARLIER
    for item in board["cases"] + board["action_points"]:
        if item.get("meeting") == MEETING:
            item["meeting"] = EARLIER


# forgery → (what the data part says, what the manifest says, the refusal of a forgery signed with
# the secretary's own key: what an import may touch holds even for the key's holder)
SCOPE_FORGERIES: dict[str, tuple[Change, dict, str]] = {
    "decided case of another meeting overwritten": (
        _steal_decided_case,
        {},
        rf"cases\[7\] \({DECIDED}\): is a case of meeting 6/2021",
    ),
    "board renamed and its areas replaced": (_replace_areas, {}, r"boards\[0\].areas: leave out area"),
    "a member's note replaced": (_private_note, {}, r"boards\[0\].annotations: a bundle never holds notes"),
    "a region of garbage": (_region_garbage, {}, r"annotations"),
    "new meeting reusing number 7/2021": (
        _reuse_meeting_number,
        {"meeting": "pds-m-evil"},
        "numbered 7/2021, but meeting",
    ),
    "a second meeting": (_two_meetings, {}, r"boards\[0\].meetings: hold .* its own meeting 'pds-m-2021-7' only"),
    "manifest names another meeting": (
        lambda b: None,
        {"meeting": EARLIER},
        "does not hold the meeting its manifest names",
    ),
    "cases moved to another meeting": (
        _another_meeting,
        {"meeting": EARLIER},
        r"cases\[0\] .*is a case of meeting 7/2021",
    ),
    "another board's id": (lambda b: b.update(id="hn"), {"board": "hn"}, "belongs to 'pds' in this store"),
    "revision 10**9": (lambda b: None, {"revision": 10**9}, "not a revision number"),
}


# Without the key, a forgery is refused as unsigned, or earlier for being invalid on its face.
UNSIGNED_REFUSALS = (
    "is not signed, but the secretary's key pinned|not a revision number|belongs to|does not hold the meeting"
    "|is not a region"
)


@pytest.mark.parametrize("name", SCOPE_FORGERIES)
def test_a_forged_bundle_is_refused_whole_unsigned_and_even_signed(name, secretary, member_path, published, tmp_path):
    change, manifest, message = SCOPE_FORGERIES[name]
    bundle_refused(member_path, forge(published[MEETING], change, **manifest), UNSIGNED_REFUSALS, tmp_path)
    signed = forge(published[MEETING], change, key=bundle_signing.signing_key(secretary), **manifest)
    bundle_refused(member_path, signed, message, tmp_path)


def test_a_bundle_signed_by_another_key_is_refused_until_trusted_deliberately(
    secretary, member_path, published, tmp_path, capsys
):
    stranger = Ed25519PrivateKey.generate()
    forged = forge(published[MEETING], lambda b: b["cases"][0].update(title="Fra en fremmed"), key=stranger, revision=2)
    bundle_refused(member_path, forged, "signed by another key .* pinned for board .*--trust-new-key", tmp_path)
    path = tmp_path / "new-key.bdpack"
    path.write_bytes(forged)
    assert main(["import", "bundle", str(path), "--db", str(member_path)]) == 2
    error = capsys.readouterr().err
    assert bundle_signing.fingerprint(bundle_signing.own_public_key(secretary)) in error
    assert main(["import", "bundle", str(path), "--db", str(member_path), "--trust-new-key"]) == 0
    with Store.open(member_path) as member:
        assert (
            member.scalar("SELECT title FROM cases WHERE meeting = ? ORDER BY agenda_position LIMIT 1", (MEETING,))
            == "Fra en fremmed"
        )
        assert bundle_signing.received_board(member, "pds").public_key != bundle_signing.own_public_key(secretary)
    # The old key is no longer pinned: the secretary's next bundle needs the same deliberate step.
    with secretary.write() as conn:
        conn.execute("UPDATE cases SET title = 'Revidert' WHERE id = ?", (CASE,))
    third = export_bundle(secretary, MEETING, tmp_path / "r3.bdpack").path.read_bytes()
    bundle_refused(
        member_path,
        forge(third, key=bundle_signing.signing_key(secretary), revision=3),
        "signed by another key",
        tmp_path,
    )


def test_the_first_bundle_of_a_board_pins_its_key(secretary, published, tmp_path):
    member = tmp_path / "fresh.sqlite"
    (tmp_path / "m7.bdpack").write_bytes(published[MEETING])
    with Store.open(member) as store:
        import_bundle(store, tmp_path / "m7.bdpack")
        assert bundle_signing.received_board(store, "pds").public_key == bundle_signing.own_public_key(secretary)
        assert bundle_signing.received_board(store, "nep") is None


def test_a_valid_two_megabyte_pdf_that_packs_tightly_goes_through(secretary, tmp_path):
    """A real PDF may compress several hundred to one (repeated drawing commands); it is no bomb."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    # Helvetica, not embedded: once the reports registered BoardDesk's fonts (an earlier test in the
    # run), a canvas would start in the embedded DejaVu, whose compressed glyphs lower the ratio.
    pdf = canvas.Canvas(buffer, pageCompression=0, initialFontName="Helvetica")
    for _ in range(20):
        for _ in range(5000):
            pdf.line(50, 50, 500, 700)
        pdf.drawString(60, 780, "Vedlegg med mange streker")
        pdf.showPage()
    pdf.save()
    content = buffer.getvalue()
    assert len(content) > 2_000_000
    from boarddesk.services.meetings.agenda import attach_document

    attach_document(secretary, CASE, "tegning.pdf", content, title="Tegning")
    bundle = export_bundle(secretary, MEETING, tmp_path / "big.bdpack")
    with zipfile.ZipFile(bundle.path) as archive:
        info = next(i for i in archive.infolist() if i.file_size == len(content))
        assert info.file_size / info.compress_size > 100
    with Store.open(tmp_path / "member.sqlite") as member:
        import_bundle(member, bundle.path)
        assert member.scalar("SELECT length(content) FROM attachments WHERE filename = 'tegning.pdf'") == len(content)


# -- item 4: a notes file touches only its author's shared notes ---------------------------------------

KARI, OLA, SECRETARY = "Kari Medlem", "Ola Medlem", "Sekretæren"


@pytest.fixture
def notes_from_kari(secretary, member_path, tmp_path) -> bytes:
    """Kari's shared notes on 7/2021, imported by the secretary, who also keeps a private note there."""
    with Store.open(member_path) as member:
        add_note(member, author=KARI, target_kind="case", target_id=CASE, text="Delt spørsmål", shared=True)
        add_note(member, author=KARI, target_kind="meeting", target_id=MEETING, text="Delt merknad", shared=True)
        path = export_notes(member, MEETING, tmp_path / "kari.bdnotes", author=KARI).path
    import_notes(secretary, path)
    add_note(secretary, author=SECRETARY, target_kind="case", target_id=CASE, text="PRIVAT: sekretærens egen")
    secretary.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path.read_bytes()


def _note_of(store: Store, author: str, shared: bool) -> str:
    return store.scalar("SELECT id FROM annotations WHERE author = ? AND shared = ? LIMIT 1", (author, int(shared)))


def notes_refused(store: Store, data: bytes, message: str, tmp_path: Path) -> None:
    path = tmp_path / "forged.bdnotes"
    path.write_bytes(data)
    before = dump(store.path)
    with pytest.raises(BundleError, match=message):
        import_notes(store, path)
    assert dump(store.path) == before


def test_a_notes_file_never_changes_another_authors_note(secretary, notes_from_kari, tmp_path):
    def ola_takes_it(board: dict) -> None:
        board["annotations"][0].update(author=OLA, text="Nå er den Olas")

    forged = forge(notes_from_kari, ola_takes_it, author=OLA)
    notes_refused(
        secretary, forged, rf"annotations\[0\] .*is a note by '{KARI}' in this store; a file never changes", tmp_path
    )


def test_a_notes_file_never_overwrites_the_importers_private_note(secretary, notes_from_kari, tmp_path):
    private = _note_of(secretary, SECRETARY, shared=False)

    def overwrite(board: dict) -> None:
        board["annotations"][0].update(id=private, author=SECRETARY, text="Overskrevet")

    notes_refused(
        secretary, forge(notes_from_kari, overwrite, author=SECRETARY), "is a private note in this store", tmp_path
    )
    assert secretary.scalar("SELECT text FROM annotations WHERE id = ?", (private,)) == "PRIVAT: sekretærens egen"


def _first_note(**fields) -> Change:
    return lambda board: board["annotations"][0].update(fields)


NOTES_FORGERIES: dict[str, tuple[Change, dict, str]] = {
    "a region of garbage": (
        _first_note(region="garbage"),
        {},
        r"annotations\[0\].*\.region: 'garbage' is not a region",
    ),
    "a region off the page": (_first_note(region="0.1,0.1,5,nan"), {}, "is not a region"),
    "a private note": (_first_note(shared=False), {}, "is not shared"),
    "another author than the file's": (
        _first_note(author=OLA),
        {},
        f"is by '{OLA}', but the file holds the notes of '{KARI}'",
    ),
    "a note on another meeting's case": (_first_note(target_id=DECIDED), {}, "not on something of the meeting"),
    "a note on nothing": (
        _first_note(target_kind="case", target_id="no-such-case"),
        {},
        "not on something of the meeting|names no case in this document or the store",
    ),
    "records besides notes": (lambda b: b.update(areas=[{"key": "x", "name": "X"}]), {}, "holds notes only"),
    "another board in the manifest": (lambda b: None, {"board": "hn"}, "the manifest names board 'hn'"),
    "a meeting of another board": (lambda b: None, {"meeting": OTHER_BOARD_MEETING}, "is not a meeting of board"),
    "an invalid note": (_first_note(created="i går"), {}, "not valid"),
}


@pytest.mark.parametrize("name", NOTES_FORGERIES)
def test_a_forged_notes_file_is_refused_whole(name, secretary, notes_from_kari, tmp_path):
    change, manifest, message = NOTES_FORGERIES[name]
    notes_refused(secretary, forge(notes_from_kari, change, **manifest), message, tmp_path)


def test_the_same_bundle_imported_twice_at_once_lands_once(published, tmp_path):
    """Two imports of one file racing into one member's store: one imports, the other finds it done
    (checks and writes share one write lock), neither shows a traceback."""
    import subprocess
    import sys

    member = tmp_path / "racing.sqlite"
    Store.open(member).close()
    with Store.open(member) as store:  # today's backup taken: racing backups are another matter (issue 9, item 8)
        store.backup_if_due()
    bundle = tmp_path / "m7.bdpack"
    bundle.write_bytes(published[MEETING])
    command = [sys.executable, "-m", "boarddesk", "import", "bundle", str(bundle), "--db", str(member)]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [(run.wait(timeout=120), *run.communicate()) for run in runs]
    assert all(code == 0 and "Traceback" not in err for code, _out, err in results), results
    assert sorted("was imported before" in out for _code, out, _err in results) == [False, True]
    with Store.open(member) as store:
        assert store.scalar("SELECT count(*) FROM cases WHERE meeting = ?", (MEETING,)) == 7


def test_a_garbage_region_stored_by_an_earlier_version_does_not_stop_export_of_notes(member_path, tmp_path):
    with Store.open(member_path) as member:
        note = add_note(member, author=KARI, target_kind="case", target_id=CASE, text="Delt", shared=True)
        with member.write() as conn:
            conn.execute("UPDATE annotations SET region = 'garbage' WHERE id = ?", (note.id,))
        assert export_notes(member, MEETING, tmp_path / "kari.bdnotes", author=KARI).notes == 1


def test_the_secretary_and_the_member_see_the_same_key_fingerprint(secretary, tmp_path, capsys):
    """What the secretary reads out at export is what the member's first import pins and shows."""
    bundle, member = tmp_path / "m7.bdpack", tmp_path / "member.sqlite"
    export = ["export", "bundle", "--db", str(secretary.path), "--board", "pds", "--meeting", "7/2021"]
    assert main([*export, "--out", str(bundle)]) == 0
    fingerprint = bundle_signing.fingerprint(bundle_signing.own_public_key(secretary))
    assert f"signed with this store's key {fingerprint}" in capsys.readouterr().out
    assert main(["import", "bundle", str(bundle), "--db", str(member)]) == 0
    assert f"signed by the secretary's key {fingerprint}" in capsys.readouterr().out
