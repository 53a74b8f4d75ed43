"""Import an exchange document into a store: validated whole first, then written in one transaction."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from boarddesk.exchange.schema import BOARD, KIND_TABLES, Child, Entity
from boarddesk.exchange.validate import InvalidDocument, Problem, validate_document
from boarddesk.store import Store

# Called with (things written so far, things in all) while an import runs.
Progress = Callable[[int, int], None]


def read_document(path: str | Path) -> Any:
    """Parse a JSON file, turning a syntax error into a problem with its line and column."""
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except json.JSONDecodeError as error:
        raise InvalidDocument(
            [Problem(f"{path}", f"is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}")]
        ) from None
    except UnicodeDecodeError:
        raise InvalidDocument([Problem(f"{path}", "is not UTF-8 text")]) from None
    except OSError as error:
        raise InvalidDocument([Problem(f"{path}", f"cannot be read: {error.strerror or error}")]) from None


def exists_in(store: Store) -> Callable[[str, str], bool]:
    def exists(kind: str, ident: str) -> bool:
        table = KIND_TABLES[kind]
        return store.scalar(f"SELECT 1 FROM {table} WHERE id = ?", (ident,)) is not None

    return exists


def count_rows(doc: dict) -> int:
    """How many rows an import will write, for progress."""

    def count(entity: Entity, obj: dict) -> int:
        total = 1
        for child in entity.children:
            value = obj.get(child.name)
            if child.single:
                total += count(child.entity, value) if value else 0
            else:
                for item in value or []:
                    total += 1 if child.scalar else count(child.entity, item)
        return total

    return sum(count(BOARD, board) for board in doc["boards"])


def import_document(store: Store, doc: Any, progress: Progress | None = None) -> dict[str, int]:
    """Write every board of a valid document; returns how many things of each kind were added."""
    with store.write():  # checked inside the write lock, so two imports of one board cannot both pass
        problems = validate_document(doc, exists_in(store))
        if problems:
            raise InvalidDocument(problems)
        return write_boards(store, doc, _Writer(store.conn, progress, count_rows(doc)))


def write_boards(store: Store, doc: Any, writer: _Writer) -> dict[str, int]:
    """Write every board of a checked document with `writer`, after the store's boards, in one
    transaction; returns how many things of each kind were written."""
    with store.write():
        start = store.scalar("SELECT coalesce(max(position), -1) + 1 FROM boards")
        for index, board in enumerate(doc["boards"]):
            writer.write(BOARD, board, parent=None, position=start + index)
        _raise_counters(store.conn)
    return writer.added


class _Writer:
    def __init__(self, conn: sqlite3.Connection, progress: Progress | None, total: int) -> None:
        self.conn = conn
        self.progress = progress
        self.total = total
        self.done = 0
        self.added: dict[str, int] = {}
        self._sql: dict[tuple[str, tuple[str, ...]], str] = {}

    def write(self, entity: Entity, obj: dict, parent: tuple[str, str] | None, position: int | None) -> None:
        row = {spec.col: spec.type.to_db(obj[spec.name]) for spec in entity.fields if obj.get(spec.name) is not None}
        if parent:
            row[parent[0]] = parent[1]
        if position is not None:
            row["position"] = position
        self._insert(entity.table, row)
        if entity.kind:
            self.added[entity.kind] = self.added.get(entity.kind, 0) + 1
        key = obj.get("id") or (parent[1] if parent else None)
        for child in entity.children:
            self._write_child(child, obj.get(child.name), key)

    def _write_child(self, child: Child, value: Any, key: str) -> None:
        if value is None:
            return
        parent = (child.parent_column, key)
        if child.single:
            self.write(child.entity, value, parent, position=None)
            return
        for index, item in enumerate(value):
            self.write(child.entity, {child.scalar: item} if child.scalar else item, parent, position=index)

    def _insert(self, table: str, row: dict[str, Any]) -> None:
        columns = tuple(row)
        sql = self._sql.get((table, columns))
        if sql is None:
            names = ", ".join(f'"{c}"' for c in columns)
            sql = f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})'
            self._sql[(table, columns)] = sql
        self.conn.execute(sql, tuple(row.values()))
        self.done += 1
        if self.progress and self.done % 500 == 0:
            self.progress(self.done, self.total)


def _raise_counters(conn: sqlite3.Connection) -> None:
    """After an import, no case number at or below one already used may be issued again."""
    conn.execute(
        """INSERT INTO case_counters (board_id, year, last_seq)
           SELECT board_id, year, max(seq) FROM cases WHERE seq IS NOT NULL GROUP BY board_id, year
           ON CONFLICT (board_id, year) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)"""
    )


def import_file(store: Store, path: str | Path, progress: Progress | None = None) -> dict[str, int]:
    if store.owns_file(path):  # reading it outside SQLite would drop the store's locks
        raise InvalidDocument([Problem(f"{path}", "is the BoardDesk database itself, not an exchange document")])
    return import_document(store, read_document(path), progress)
