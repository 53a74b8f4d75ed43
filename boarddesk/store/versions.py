"""Optimistic versions: a write made on what someone read earlier is refused when the record
changed meanwhile (another window, another process, another member's copy), never overwritten.

Each versioned record carries `version`, a number from one store-wide clock that every write to
it takes anew (triggers see to that for any write path). A reader keeps the version it read and
hands it back with its write; `check` and `update` refuse with `ChangedElsewhere` when it no longer
matches. Version 0 stands for "there was no such record" (an attendance or decision not yet made).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import Any

# The records two writers can meet on, by table.
VERSIONED: tuple[str, ...] = ("annotations", "cases", "decisions", "attendance", "projects")

ABSENT = 0  # the version of a record that does not exist
UNKNOWN = -1  # the writer checked the record's values, not a version number (undo, redo)

_NEXT = "UPDATE version_clock SET last = last + 1"
_LAST = "(SELECT last FROM version_clock)"


class ChangedElsewhere(Exception):
    """The record was changed (or deleted, or made) by someone else after it was read; the write
    was refused. `current` is the record as it is now (None when it is gone)."""

    def __init__(self, what: str, expected: int, found: int, current: dict[str, Any] | None) -> None:
        if found == ABSENT:
            how = "was deleted elsewhere"
        elif expected == ABSENT:
            how = "was made elsewhere meanwhile"
        else:
            how = "was changed elsewhere"
        super().__init__(f"{what} {how} after you opened it; your change was not saved")
        self.what = what
        self.expected = expected
        self.found = found
        self.current = current


# Tables whose rows are cleared and made again in ordinary use (an attendance set to «–» and back,
# an import writing a meeting's attendance anew): a row made by any write path takes a fresh number,
# so it never passes for the one a reader saw before. Not for the searchable tables: an update
# made by an insert trigger would index the row twice; their services stamp new rows themselves.
STAMPED_ON_INSERT: tuple[str, ...] = ("attendance",)


def trigger_sql(table: str) -> list[str]:
    """An update that leaves the version alone (a write path that knows nothing of versions) takes
    the clock's next number; so does a new row of the tables in STAMPED_ON_INSERT."""
    bump = f"  {_NEXT};\n  UPDATE {table} SET version = {_LAST} WHERE rowid = NEW.rowid;\n"
    statements = [
        f"CREATE TRIGGER version_{table}_update AFTER UPDATE ON {table} WHEN NEW.version = OLD.version BEGIN\n"
        f"{bump}END",
    ]
    if table in STAMPED_ON_INSERT:
        statements.append(f"CREATE TRIGGER version_{table}_insert AFTER INSERT ON {table} BEGIN\n{bump}END")
    return statements


def install_triggers(conn: sqlite3.Connection) -> None:
    for table in VERSIONED:
        for statement in trigger_sql(table):
            conn.execute(statement)


def _where(key: Mapping[str, Any]) -> tuple[str, tuple[Any, ...]]:
    return " AND ".join(f'"{name}" = ?' for name in key), tuple(key.values())


def _current(conn: sqlite3.Connection, table: str, key: Mapping[str, Any]) -> dict[str, Any] | None:
    where, params = _where(key)
    cursor = conn.execute(f"SELECT * FROM {table} WHERE {where}", params)
    row = cursor.fetchone()
    return None if row is None else dict(zip([c[0] for c in cursor.description], row, strict=True))


def version_of(conn: sqlite3.Connection, table: str, key: Mapping[str, Any]) -> int:
    """The record's version now; ABSENT when there is none."""
    row = _current(conn, table, key)
    return ABSENT if row is None else row["version"]


def refuse(conn: sqlite3.Connection, table: str, key: Mapping[str, Any], expected: int, what: str) -> None:
    current = _current(conn, table, key)
    found = ABSENT if current is None else current["version"]
    raise ChangedElsewhere(what, expected, found, current)


def check(conn: sqlite3.Connection, table: str, key: Mapping[str, Any], expected: int | None, what: str) -> None:
    """Refuse unless the record is still at `expected` (None: the caller read nothing, so no check).
    Call inside the write transaction (Store.write holds the write lock), before writing."""
    if expected is not None and version_of(conn, table, key) != expected:
        refuse(conn, table, key, expected, what)


def update(
    conn: sqlite3.Connection,
    table: str,
    key: Mapping[str, Any],
    values: Mapping[str, Any],
    expected: int | None,
    what: str,
) -> int:
    """UPDATE the record WHERE key AND version = expected, with the next version; returns it.
    A record that moved on (or is gone) updates no row: refused with ChangedElsewhere."""
    where, key_params = _where(key)
    sets = ", ".join(f'"{name}" = ?' for name in values)
    if not _clock_step(conn):  # a store from before versions, being upgraded: nothing to check
        conn.execute(f"UPDATE {table} SET {sets} WHERE {where}", (*values.values(), *key_params))
        return ABSENT
    sql = f"UPDATE {table} SET {sets}, version = {_LAST} WHERE {where}"
    params: tuple[Any, ...] = (*values.values(), *key_params)
    if expected is not None:
        sql += " AND version = ?"
        params += (expected,)
    if conn.execute(sql, params).rowcount != 1:
        # The caller's transaction is rolled back by the exception, clock step included.
        refuse(conn, table, key, ABSENT if expected is None else expected, what)
    return version_of(conn, table, key)


def _clock_step(conn: sqlite3.Connection) -> bool:
    """Move the clock on; False in a store from before versions (schema 5 and older)."""
    try:
        conn.execute(_NEXT)
    except sqlite3.OperationalError:
        return False
    return True


def next_version(conn: sqlite3.Connection) -> int:
    """The clock's next number, for a record being made (inside the write transaction)."""
    conn.execute(_NEXT)
    return conn.execute(f"SELECT {_LAST}").fetchone()[0]


def touch(conn: sqlite3.Connection, table: str, key: Mapping[str, Any]) -> int:
    """Give the record a new version (it was made, or something belonging to it changed); returns
    it. A store from before versions (schema 5 and older, while it is being upgraded) has none: ABSENT."""
    if not _clock_step(conn):
        return ABSENT
    where, params = _where(key)
    conn.execute(f"UPDATE {table} SET version = {_LAST} WHERE {where}", params)
    return version_of(conn, table, key)
