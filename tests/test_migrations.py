"""Every earlier schema version upgrades to the same schema a new store gets, with a backup first."""

import sqlite3

import pytest

from boarddesk.store import Store, StoreError, migrations
from boarddesk.store.backup import list_backups


def schema_of(conn: sqlite3.Connection) -> list[tuple]:
    return sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))


@pytest.mark.parametrize("start", range(0, migrations.LATEST_VERSION))
def test_upgrade_from_every_earlier_version_matches_a_new_store(tmp_path, start):
    old = tmp_path / "old.sqlite"
    conn = sqlite3.connect(old, isolation_level=None)
    migrations.upgrade(conn, target=start)
    conn.close()
    with Store.open(old) as upgraded, Store.open(tmp_path / "new.sqlite") as new:
        assert upgraded.schema_version == migrations.LATEST_VERSION
        assert schema_of(upgraded.conn) == schema_of(new.conn)


def test_migration_backs_up_the_file_first_and_keeps_data(tmp_path, monkeypatch, demo_path):
    def add_column(conn):
        conn.execute("ALTER TABLE boards ADD COLUMN motto TEXT")

    extra = migrations.Migration(migrations.LATEST_VERSION + 1, "test step", add_column)
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS + (extra,))
    monkeypatch.setattr(migrations, "LATEST_VERSION", extra.version)
    with Store.open(demo_path) as store:
        assert store.schema_version == extra.version
        assert store.scalar("SELECT count(*) FROM boards") >= 2
    backups = list_backups(demo_path)
    assert len(backups) == 1 and f"before-v{extra.version}" in backups[0].name
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == extra.version - 1
        assert copy.execute("SELECT count(*) FROM boards").fetchone()[0] >= 2


def test_a_failing_migration_leaves_the_store_as_it_was(tmp_path, monkeypatch, demo_path):
    def broken(conn):
        conn.execute("DELETE FROM projects")
        conn.execute("THIS IS NOT SQL")

    extra = migrations.Migration(migrations.LATEST_VERSION + 1, "broken step", broken)
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS + (extra,))
    monkeypatch.setattr(migrations, "LATEST_VERSION", extra.version)
    with pytest.raises(StoreError, match="could not be upgraded.*undone"):
        Store.open(demo_path)
    monkeypatch.undo()
    with Store.open(demo_path) as store:
        assert store.schema_version == migrations.LATEST_VERSION
        assert store.scalar("SELECT count(*) FROM projects") > 40


def test_split_sql_keeps_trigger_bodies_whole():
    script = "CREATE TABLE a (x);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n  SELECT 1;\n  SELECT 2;\nEND;\n-- end\n"
    statements = migrations.split_sql(script)
    assert len(statements) == 2
    assert statements[1].count("SELECT") == 2
