"""Undoable edits: every editing operation records the rows it touched, before and after.

An `Edit` is the record of one operation. Applying its changes backwards restores every row as it
was (undo); forwards writes them again (redo). The record holds values, not SQL, so undo needs no
per-operation code and works the same for a field, a new milestone or a whole new status report.
A deleted row takes the rows that hang on it with it (the schema's ON DELETE rules), and the
record holds each of them, so undoing a deleted milestone brings back every report's forecast.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace

from boarddesk.store import Row, Store, versions


@dataclass(frozen=True)
class RowChange:
    table: str
    key: Row  # primary-key columns and their values
    before: Row | None  # None: the row did not exist; for an update only the changed columns
    after: Row | None  # None: the row was deleted


OWNER_NAMES = {"projects": "The project card", "cases": "The case", "meetings": "The meeting"}
_WITHOUT_VERSION = ("meetings",)  # undo checks its rows' values only


@dataclass(frozen=True)
class Edit:
    description: str  # English, for logs; the GUI names its undo steps itself
    project_id: str
    changes: tuple[RowChange, ...]
    card_version: int | None = None  # the project card's version once the edit was made
    # The record the edit belongs to: a project card, a case on an agenda or a meeting (then
    # `project_id` holds its id). Undo and redo give it a new version, where it has one.
    owner_table: str = "projects"

    @property
    def owner_name(self) -> str:
        return OWNER_NAMES[self.owner_table]

    @property
    def empty(self) -> bool:
        return not self.changes

    def merged_with(self, later: Edit) -> Edit | None:
        """One edit standing for this and a later edit of the same fields of the same row (typing
        in one field saves several times; undo should take it back in one step)."""
        if len(self.changes) != 1 or len(later.changes) != 1:
            return None
        first, second = self.changes[0], later.changes[0]
        same_row = (first.table, first.key) == (second.table, second.key)
        if not same_row or first.before is None or second.before is None or first.after is None:
            return None
        if set(first.after) != set(second.after or {}):
            return None
        merged = RowChange(first.table, first.key, first.before, second.after)
        return replace(self, changes=(merged,), card_version=later.card_version)


class Recorder:
    """Writes rows and remembers what each write changed. Use inside `store.write()`."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.changes: list[RowChange] = []

    def row(self, table: str, key: Row) -> Row | None:
        where = " AND ".join(f'"{column}" = ?' for column in key)
        return self.store.query_one(f'SELECT * FROM "{table}" WHERE {where}', tuple(key.values()))

    def insert(self, table: str, row: Row) -> None:
        _write(self.store, table, None, row, key=None)
        self.changes.append(RowChange(table, _key_of(self.store, table, row), None, row))

    def update(self, table: str, key: Row, values: Row) -> None:
        current = self.row(table, key)
        if current is None:
            raise LookupError(f"there is no {table} row {key}")
        changed = {column: value for column, value in values.items() if current[column] != value}
        if changed:
            before = {column: current[column] for column in changed}
            _write(self.store, table, before, changed, key)
            self.changes.append(RowChange(table, key, before, changed))

    def delete(self, table: str, key: Row) -> None:
        """Delete the row, first recording what the schema's ON DELETE rules would do to rows
        that refer to it (deleted with it, or their reference emptied), so undo restores them all."""
        current = self.row(table, key)
        if current is None:
            raise LookupError(f"there is no {table} row {key}")
        for child, columns, parent_columns, on_delete in _references_to(self.store, table):
            where = " AND ".join(f'"{column}" = ?' for column in columns)
            values = tuple(current[column] for column in parent_columns)
            for row in self.store.query(f'SELECT * FROM "{child}" WHERE {where}', values):
                child_key = _key_of(self.store, child, row)
                if on_delete == "CASCADE":
                    self.delete(child, child_key)
                elif on_delete == "SET NULL":
                    self.update(child, child_key, dict.fromkeys(columns))
        _write(self.store, table, current, None, key)
        self.changes.append(RowChange(table, key, current, None))

    def upsert(self, table: str, key: Row, values: Row, defaults: Row | None = None) -> None:
        """Update the row if it exists, else insert it with `defaults` filling other columns."""
        if self.row(table, key) is None:
            self.insert(table, {**key, **(defaults or {}), **values})
        else:
            self.update(table, key, values)


def _primary_key(store: Store, table: str) -> list[str]:
    columns = [
        info[1] for info in sorted(store.conn.execute(f'PRAGMA table_info("{table}")'), key=lambda i: i[5]) if info[5]
    ]
    if not columns:
        raise ValueError(f"{table} has no primary key: its rows cannot be recorded")
    return columns


def _key_of(store: Store, table: str, row: Row) -> Row:
    return {column: row[column] for column in _primary_key(store, table)}


def _references_to(store: Store, parent: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    """(table, its columns, the parent's columns, ON DELETE rule) for each foreign key to `parent`."""
    tables = [
        row[0]
        for row in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
    ]
    found = []
    for table in tables:
        keys: dict[int, list[tuple]] = {}
        for info in store.conn.execute(f'PRAGMA foreign_key_list("{table}")'):
            keys.setdefault(info[0], []).append(info)
        for parts in keys.values():
            if parts[0][2] == parent:
                columns = tuple(part[3] for part in parts)
                named = tuple(part[4] for part in parts)
                parent_columns = named if all(named) else tuple(_primary_key(store, parent))
                found.append((table, columns, parent_columns, parts[0][6]))
    return found


def _write(store: Store, table: str, current: Row | None, target: Row | None, key: Row | None) -> None:
    """Make a row match `target`: insert it, update it, or (target None) delete it."""
    where = " AND ".join(f'"{column}" = ?' for column in key or {})
    if target is None:
        store.conn.execute(f'DELETE FROM "{table}" WHERE {where}', tuple(key.values()))
    elif current is None:
        names = ", ".join(f'"{column}"' for column in target)
        store.conn.execute(
            f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(target))})', tuple(target.values())
        )
    else:
        sets = ", ".join(f'"{column}" = ?' for column in target)
        store.conn.execute(f'UPDATE "{table}" SET {sets} WHERE {where}', (*target.values(), *key.values()))


def _ensure_still(store: Store, change: RowChange, expected: Row | None, edit: Edit) -> None:
    """Undo and redo put rows back only where they are still as the edit left them: a row
    changed (or deleted, or made) elsewhere since is not overwritten."""
    key = change.key
    where = " AND ".join(f'"{column}" = ?' for column in key)
    current = store.query_one(f'SELECT * FROM "{change.table}" WHERE {where}', tuple(key.values()))
    as_left = (
        current is None
        if expected is None
        else current is not None
        and all(current.get(column) == value for column, value in expected.items() if column != "version")
    )
    if not as_left and edit.owner_table in _WITHOUT_VERSION:
        raise versions.ChangedElsewhere(edit.owner_name, versions.UNKNOWN, versions.UNKNOWN, current)
    if not as_left:
        versions.refuse(store.conn, edit.owner_table, {"id": edit.project_id}, versions.UNKNOWN, edit.owner_name)


def _touch(conn: sqlite3.Connection, edit: Edit) -> int | None:
    if edit.owner_table in _WITHOUT_VERSION:
        return None
    return versions.touch(conn, edit.owner_table, {"id": edit.project_id})


def undo(store: Store, edit: Edit) -> Edit:
    """Put every row the edit touched back as it was, in one transaction; refused whole
    (`ChangedElsewhere`) when one of them changed elsewhere since. Returns the edit with the
    card's new version."""
    with store.write() as conn:
        for change in reversed(edit.changes):
            _ensure_still(store, change, change.after, edit)
            _write(store, change.table, change.after, change.before, change.key)
        version = _touch(conn, edit)
    return replace(edit, card_version=version)


def redo(store: Store, edit: Edit) -> Edit:
    """Write the edit again after an undo, in one transaction; refused as `undo` is."""
    with store.write() as conn:
        for change in edit.changes:
            _ensure_still(store, change, change.before, edit)
            _write(store, change.table, change.before, change.after, change.key)
        version = _touch(conn, edit)
    return replace(edit, card_version=version)
