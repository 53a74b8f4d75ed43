"""Undoable edits: every editing operation records the rows it touched, before and after.

An `Edit` is the record of one operation. Applying its changes backwards restores every row as it
was (undo); forwards writes them again (redo). The record holds values, not SQL, so undo needs no
per-operation code and works the same for a field, a new milestone or a whole new status report.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from boarddesk.store import Store

Row = dict[str, Any]


@dataclass(frozen=True)
class RowChange:
    table: str
    key: Row  # primary-key columns and their values
    before: Row | None  # None: the row did not exist; for an update only the changed columns
    after: Row | None  # None: the row was deleted


@dataclass(frozen=True)
class Edit:
    description: str  # English, for logs; the GUI names its undo steps itself
    project_id: str
    changes: tuple[RowChange, ...]

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
        return Edit(self.description, self.project_id, (RowChange(first.table, first.key, first.before, second.after),))


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

    def upsert(self, table: str, key: Row, values: Row, defaults: Row | None = None) -> None:
        """Update the row if it exists, else insert it with `defaults` filling other columns."""
        if self.row(table, key) is None:
            self.insert(table, {**key, **(defaults or {}), **values})
        else:
            self.update(table, key, values)


def _key_of(store: Store, table: str, row: Row) -> Row:
    columns = [info[1] for info in store.conn.execute(f'PRAGMA table_info("{table}")') if info[5]]
    return {column: row[column] for column in columns}


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


def undo(store: Store, edit: Edit) -> None:
    """Put every row the edit touched back as it was, in one transaction."""
    with store.write():
        for change in reversed(edit.changes):
            _write(store, change.table, change.after, change.before, change.key)


def redo(store: Store, edit: Edit) -> None:
    """Write the edit again after an undo, in one transaction."""
    with store.write():
        for change in edit.changes:
            _write(store, change.table, change.before, change.after, change.key)
