"""Opening files: our stores open; foreign, damaged and too-new files are refused untouched."""

import hashlib
import sqlite3
from pathlib import Path

import pytest

from boarddesk.store import DamagedDatabase, NotABoardDeskFile, Store, TooNewDatabase
from boarddesk.store.backup import take_backup


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_store_uses_wal_and_foreign_keys(tmp_path):
    with Store.open(tmp_path / "new.sqlite") as store:
        assert store.scalar("PRAGMA journal_mode") == "wal"
        assert store.scalar("PRAGMA foreign_keys") == 1
        assert store.created


def test_text_file_is_refused_and_left_unchanged(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Møtereferat\nDette er ikke en database.\n", encoding="utf-8")
    before = digest(path)
    with pytest.raises(NotABoardDeskFile, match="not a BoardDesk database.*text file"):
        Store.open(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_sqlite_file_of_another_program_is_refused_unchanged(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotABoardDeskFile, match="another program"):
        Store.open(path)
    assert digest(path) == before


def test_truncated_database_is_refused_unchanged_and_backup_named(tmp_path, demo_path):
    with Store.open(demo_path) as store:
        backup = take_backup(store.conn, demo_path)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = demo_path.read_bytes()
    demo_path.write_bytes(data[: len(data) // 2 + 100])
    before = digest(demo_path)
    with pytest.raises(DamagedDatabase) as caught:
        Store.open(demo_path)
    assert "truncated" in str(caught.value)
    assert caught.value.latest_backup == backup
    assert str(backup) in str(caught.value)
    assert digest(demo_path) == before


def test_database_from_newer_version_is_refused(tmp_path):
    path = tmp_path / "future.sqlite"
    with Store.open(path) as store:
        store.conn.execute("PRAGMA user_version = 99")
    with pytest.raises(TooNewDatabase, match="newer BoardDesk"):
        Store.open(path)


def test_failed_write_changes_nothing(store):
    store.conn.execute("INSERT INTO boards (id, name, case_number_format) VALUES ('b', 'B', '{seq}/{yy}')")
    with pytest.raises(RuntimeError):
        with store.write() as conn:
            conn.execute("UPDATE boards SET name = 'changed'")
            raise RuntimeError("power cut")
    assert store.scalar("SELECT name FROM boards") == "B"


def test_a_store_made_moments_ago_opens_in_a_second_connection(tmp_path):
    path = tmp_path / "fresh.sqlite"
    with Store.open(path) as first:
        with first.write() as conn:
            conn.execute("INSERT INTO boards (id, name, case_number_format) VALUES ('b', 'B', '{seq}/{yy}')")
        with Store.open(path) as second:
            assert second.scalar("SELECT name FROM boards") == "B"
