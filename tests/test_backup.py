"""Backups next to the store: one a day, the newest seven kept, and a damaged store restored."""

import shutil
from datetime import datetime, timedelta

from PySide6.QtWidgets import QMessageBox

from boarddesk.store import Store
from boarddesk.store.backup import KEEP, daily_backup_due, list_backups, restore_latest, take_backup


def test_one_daily_backup_per_day(demo_path):
    with Store.open(demo_path) as store:
        first = store.backup_if_due()
        second = store.backup_if_due()
    assert first is not None and first.exists()
    assert second is None
    assert not daily_backup_due(demo_path)
    assert daily_backup_due(demo_path, now=datetime.now() + timedelta(days=1))


def test_only_the_newest_seven_are_kept(demo_path):
    start = datetime(2024, 1, 1, 9, 0)
    with Store.open(demo_path) as store:
        for day in range(10):
            take_backup(store.conn, demo_path, now=start + timedelta(days=day))
    names = [p.name for p in list_backups(demo_path)]
    assert len(names) == KEEP
    assert "20240110" in names[-1] and "20240104" in names[0]


def test_a_backup_is_a_usable_store(demo_path, tmp_path):
    with Store.open(demo_path) as store:
        backup = take_backup(store.conn, demo_path)
        projects = store.scalar("SELECT count(*) FROM projects")
    copy = tmp_path / "restored.sqlite"
    shutil.copyfile(backup, copy)
    with Store.open(copy) as restored:
        assert restored.scalar("SELECT count(*) FROM projects") == projects


def test_restore_keeps_the_damaged_file_beside_it(demo_path):
    with Store.open(demo_path) as store:
        take_backup(store.conn, demo_path)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    demo_path.write_bytes(demo_path.read_bytes()[: 4096 * 3 + 7])
    used, aside = restore_latest(demo_path)
    assert aside.exists() and aside.stat().st_size == 4096 * 3 + 7
    with Store.open(demo_path) as store:
        assert store.scalar("SELECT count(*) FROM boards") >= 3


def test_app_offers_the_latest_backup_for_a_damaged_store(qtbot, demo_path, monkeypatch):
    from boarddesk.gui.shell.app import open_store

    with Store.open(demo_path) as store:
        take_backup(store.conn, demo_path)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    demo_path.write_bytes(demo_path.read_bytes()[:10000])
    asked = []

    def answer_yes(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    store = open_store("BoardDesk", demo_path)
    assert store is not None
    assert "truncated" in asked[0] and "backup" in asked[0]
    assert store.scalar("SELECT count(*) FROM boards") >= 3
    store.close()
