"""A store of schema version 1 holding the demo boards upgrades to version 2 with its data intact."""

from __future__ import annotations

import sqlite3

from boarddesk.demo.boards import load_demo
from boarddesk.store import Store, migrations


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = ("boards", "meetings", "cases", "decisions", "action_points", "projects", "search_docs")
    return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in tables}


def test_version_1_store_with_demo_data_upgrades_keeping_it(tmp_path, demo_for_old_stores):
    path = tmp_path / "v1.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.upgrade(conn, target=1)
    conn.close()
    with Store.open(path, migrate=False) as old:
        assert old.schema_version == 1
        load_demo(old)
        before = _counts(old.conn)
    with Store.open(path) as upgraded:
        assert upgraded.schema_version == migrations.LATEST_VERSION >= 2
        assert _counts(upgraded.conn) == before
        assert upgraded.scalar("SELECT count(*) FROM minutes") == 0
        assert upgraded.scalar("SELECT title FROM cases WHERE seq = 41 AND year = 2021") is not None
