"""`boarddesk verify`: check the database, its search index and every stored file's hash."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass, field

from boarddesk.services.meetings.minutes import changed_minutes
from boarddesk.store import Store


@dataclass
class IntegrityReport:
    checked: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _check_search_index(store: Store) -> None:
    """FTS5's check is written as an INSERT; a store open read-only is checked in a copy in memory."""
    conn = store.conn
    if store.read_only:
        conn = sqlite3.connect(":memory:")
        store.conn.backup(conn)
    try:
        conn.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")
    finally:
        if conn is not store.conn:
            conn.close()


def verify(store: Store) -> IntegrityReport:
    report = IntegrityReport()
    result = [row[0] for row in store.conn.execute("PRAGMA integrity_check")]
    tables = [t for t in store.db.tables if not t.name.startswith("search_fts")]
    rows = sum(table.count for table in tables)
    report.checked.append(
        f"database structure of {len(tables)} tables, {rows} rows, schema version {store.schema_version} "
        "(PRAGMA integrity_check)"
    )
    if result != ["ok"]:
        report.problems.extend(f"database: {line}" for line in result[:20])

    broken_links = store.conn.execute("PRAGMA foreign_key_check").fetchall()
    report.checked.append("references between records (PRAGMA foreign_key_check)")
    for table, rowid, parent, _ in broken_links[:20]:
        report.problems.append(f"{table} row {rowid} refers to a missing {parent} record")

    try:
        _check_search_index(store)
        report.checked.append("search index")
    except Exception as error:  # sqlite3 reports a corrupt index as a generic error
        report.problems.append(f"search index: {error}")

    count = 0
    for ident, filename, expected, content in store.conn.execute(
        "SELECT id, filename, sha256, content FROM attachments"
    ):
        count += 1
        if hashlib.sha256(content).hexdigest() != expected:
            report.problems.append(f"attachment {filename} ({ident}): content does not match its SHA-256")
    report.checked.append(f"{count} attachment(s) against their SHA-256")

    approved, changed = changed_minutes(store)
    report.problems.extend(changed)
    report.checked.append(f"{approved} approved minutes against the SHA-256 taken on approval")
    return report
