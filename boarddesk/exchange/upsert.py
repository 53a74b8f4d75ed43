"""Write an exchange document over what a store already holds: insert new things, update existing
ones in place by their stable ids, replace their lists. Meeting bundles and shared notes use it,
so that importing a revised version, or the same file twice, never makes duplicates.

Things at board level that the document leaves out are kept (a bundle holds one meeting of a
board, not the whole board); inside a thing, its lists are made exactly as the document says.
"""

from __future__ import annotations

from typing import Any

from boarddesk.exchange.importer import Progress, _Writer, count_rows, refused_by_store, write_boards
from boarddesk.exchange.schema import BOARD, Child, Entity
from boarddesk.exchange.validate import InvalidDocument, Problem, validate_document
from boarddesk.store import Store


def _entities(entity: Entity, found: dict[str, Entity]) -> dict[str, Entity]:
    found[entity.table] = entity
    for child in entity.children:
        _entities(child.entity, found)
    return found


ENTITIES = _entities(BOARD, {})


def check_upsert(store: Store, doc: Any) -> list[Problem]:
    """Problems that stop an upsert: the document's own, and ids that belong elsewhere in the store
    (an update must not move another board's project, say, into this one)."""
    problems = validate_document(doc)
    if problems:
        return problems
    for index, board in enumerate(doc["boards"]):
        _check_owners(store, BOARD, board, f"boards[{index}]", problems)
    return problems


def _check_owners(store: Store, entity: Entity, obj: dict, path: str, problems: list[Problem]) -> None:
    key = obj.get("id")
    for child in entity.children:
        value = obj.get(child.name)
        if not child.entity.kind or not value:
            continue
        for index, item in enumerate(value):
            existing = store.query_one(
                f'SELECT "{child.parent_column}" AS owner FROM "{child.entity.table}" WHERE id = ?', (item["id"],)
            )
            where = f"{path}.{child.name}[{index}]"
            if existing and existing["owner"] != key:
                problems.append(
                    Problem(f"{where}.id", f"{item['id']!r} belongs to {existing['owner']!r} in this store")
                )
            _check_owners(store, child.entity, item, where, problems)


def upsert_document(store: Store, doc: Any, progress: Progress | None = None) -> dict[str, int]:
    """Check, then write in one transaction; returns how many things of each kind were written."""
    problems = check_upsert(store, doc)
    if problems:
        raise InvalidDocument(problems)
    with refused_by_store():
        return write_boards(store, doc, _Upserter(store.conn, progress, count_rows(doc)))


class _Upserter(_Writer):
    def _write_child(self, child: Child, value: Any, key: str) -> None:
        table, column = child.entity.table, child.parent_column
        if not child.entity.kind:
            # Rows without ids of their own are the parent's list: replaced whole.
            self.conn.execute(f'DELETE FROM "{table}" WHERE "{column}" = ?', (key,))
        elif column != "board_id":
            keep = [item["id"] for item in value or []]
            marks = ", ".join("?" * len(keep))
            self.conn.execute(f'DELETE FROM "{table}" WHERE "{column}" = ? AND id NOT IN ({marks})', (key, *keep))
        super()._write_child(child, value, key)

    def _insert(self, table: str, row: dict[str, Any]) -> None:
        if "id" not in row:
            super()._insert(table, row)
            return
        # Every column of the thing, so that a value taken out of the new version is cleared.
        full = {spec.col: None for spec in ENTITIES[table].fields} | row
        columns = list(full)
        # A board keeps its place in the member's list.
        updates = ", ".join(
            f'"{c}" = excluded."{c}"' for c in columns if c != "id" and (table, c) != ("boards", "position")
        )
        names = ", ".join(f'"{c}"' for c in columns)
        self.conn.execute(
            f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))}) '
            f"ON CONFLICT (id) DO UPDATE SET {updates}",
            tuple(full.values()),
        )
        self.done += 1
        if self.progress and self.done % 500 == 0:
            self.progress(self.done, self.total)


def upsert_list(store: Store, board_id: str, child_name: str, items: list[dict[str, Any]]) -> int:
    """Add or update things of one board-level list (shared notes coming back, say), already checked."""
    child = next(c for c in BOARD.children if c.name == child_name)
    writer = _Upserter(store.conn, None, len(items))
    with store.write():
        start = store.scalar(f'SELECT coalesce(max(position), -1) + 1 FROM "{child.entity.table}"')
        for index, item in enumerate(items):
            writer.write(child.entity, item, parent=(child.parent_column, board_id), position=start + index)
    return len(items)
