"""Deleted means gone (issue 9, item 6): once a record is deleted, or its words replaced, its words
are nowhere in the store's files, search index included, in UTF-8 or UTF-16."""

from __future__ import annotations

from pathlib import Path

from boarddesk.services.documents import annotations
from boarddesk.services.portfolio import editing
from boarddesk.services.search import search
from boarddesk.store import Store


def raw_bytes(path: Path) -> bytes:
    """The file and its write-ahead log, as they lie on disk."""
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def assert_gone(path: Path, word: str) -> None:
    data = raw_bytes(path)
    for spelling in {word, word.lower()}:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert spelling.encode(encoding) not in data, f"{spelling!r} is still in the file ({encoding})"


def assert_there(path: Path, word: str) -> None:
    assert word.lower().encode() in raw_bytes(path).lower()


def test_a_deleted_private_note_leaves_no_word_in_the_file(demo_store, demo_path):
    project = demo_store.scalar("SELECT id FROM projects WHERE board_id = 'pds' ORDER BY id LIMIT 1")
    note = annotations.add_note(
        demo_store,
        author="pds-mem-lucie-aunan",
        target_kind="project",
        target_id=project,
        text="Privat: Zqxwvortex må ikke deles",
    )
    assert [hit.kind for hit in search(demo_store, "Zqxwvortex")] == ["annotation"]
    demo_store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert_there(demo_path, "Zqxwvortex")

    annotations.delete_note(demo_store, note.id)
    demo_store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert_gone(demo_path, "Zqxwvortex")
    assert search(demo_store, "Zqxwvortex") == []
    assert search(demo_store, "Helsenorge")  # the index still answers for everything else


def test_a_deleted_milestone_leaves_no_word_in_the_file(demo_store, demo_path):
    edit = editing.add_milestone(demo_store, "nep-pkt", {"name": "Rydd opp i Plaxtrombur-avtalen"})
    ident = edit.changes[0].key["id"]
    demo_store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert_there(demo_path, "Plaxtrombur")
    editing.delete_milestone(demo_store, ident)
    demo_store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert_gone(demo_path, "Plaxtrombur")


def test_replaced_words_of_a_case_are_gone_once_the_store_is_closed(demo_path):
    with Store.open(demo_path) as store:
        case = store.scalar("SELECT id FROM cases WHERE board_id = 'pds' ORDER BY id LIMIT 1")
        with store.write() as conn:
            conn.execute("UPDATE cases SET description = 'Vorquenzil skal ut' WHERE id = ?", (case,))
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert_there(demo_path, "Vorquenzil")
        with store.write() as conn:  # an edit, as the agenda editor makes it
            conn.execute("UPDATE cases SET description = 'Omformulert' WHERE id = ?", (case,))
    assert_gone(demo_path, "Vorquenzil")
    with Store.open(demo_path) as store:
        assert [hit.ref for hit in search(store, "Omformulert")] == [case]
