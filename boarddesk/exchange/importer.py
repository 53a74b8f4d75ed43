"""Import an exchange document into a store: validated whole first, then written in one transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from boarddesk.exchange.fields import ID_PATTERN
from boarddesk.exchange.schema import BOARD, Child, Entity
from boarddesk.exchange.validate import InvalidDocument, Problem, child_item, read_document, validate_document
from boarddesk.store import Store

__all__ = ["InvalidDocument", "import_document", "import_file", "read_document"]

STORE_REFUSED = "the store refused the document, nothing was imported (a check BoardDesk lacks; please report it)"

# Called with (things written so far, things in all) while an import runs.
Progress = Callable[[int, int], None]


def _board_queries(entity: Entity, chain: list[tuple[str, str]], found: dict[str, str]) -> dict[str, str]:
    """For each kind with ids, the query for the board a stored thing of that kind belongs to, made
    from the schema's tree. `chain` is the way up from the entity: (table, column naming its parent)."""
    if entity is BOARD:
        found["board"] = "SELECT id FROM boards WHERE id = ?"
    elif entity.kind:
        sql = f'SELECT t{len(chain) - 1}."{chain[-1][1]}" FROM "{chain[0][0]}" t0'
        for n in range(1, len(chain)):
            sql += f' JOIN "{chain[n][0]}" t{n} ON t{n}.id = t{n - 1}."{chain[n - 1][1]}"'
        found[entity.kind] = sql + " WHERE t0.id = ?"
    for child in entity.children:
        _board_queries(child.entity, [(child.entity.table, child.parent_column), *chain], found)
    return found


BOARD_OF = _board_queries(BOARD, [], {})


def exists_in(store: Store) -> Callable[[str, str], str | None]:
    """Which board of the store holds a thing of this kind with this id (None: no such thing)."""

    def board_of(kind: str, ident: str) -> str | None:
        if not ID_PATTERN.fullmatch(ident):
            return None  # no stored thing has such an id, and it might not even be text SQLite can take
        return store.scalar(BOARD_OF[kind], (ident,))

    return board_of


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
        with refused_by_store():
            return write_boards(store, doc, _Writer(store.conn, progress, count_rows(doc)))


@contextmanager
def refused_by_store() -> Iterator[None]:
    """The last line of defence around writing a checked document: should the store refuse what
    the validator let through, the transaction is rolled back (by `Store.write`) and the user gets
    InvalidDocument, not a traceback."""
    try:
        yield
    except (sqlite3.IntegrityError, OverflowError, UnicodeEncodeError) as error:
        raise InvalidDocument([Problem("", f"{STORE_REFUSED}: {error}")]) from error


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
            self.write(child.entity, child_item(child, item), parent, position=index)

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
