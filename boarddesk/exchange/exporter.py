"""Export a store, or one board, as an exchange document (docs/exchange-format.md).

The output is canonical: lists in their stored order, empty values left out, so that
export → import into an empty store → export gives the identical document.
"""

from __future__ import annotations

import errno
import json
from pathlib import Path
from typing import Any

from boarddesk.exchange import FORMAT_NAME, SCHEMA_VERSION
from boarddesk.exchange.schema import BOARD, Child, Entity
from boarddesk.store import Store
from boarddesk.store.whole_files import FileNotWritten, write_whole


def export_document(
    store: Store, board_ids: list[str] | None = None, include_private_notes: bool = False
) -> dict[str, Any]:
    reader = _Reader(store, include_private_notes)
    boards = store.query("SELECT * FROM boards ORDER BY position, id")
    if board_ids is not None:
        boards = [b for b in boards if b["id"] in board_ids]
    return {
        "format": FORMAT_NAME,
        "schema_version": SCHEMA_VERSION,
        "boards": [reader.entity(BOARD, row) for row in boards],
    }


class _Reader:
    def __init__(self, store: Store, include_private_notes: bool) -> None:
        self.store = store
        self.include_private_notes = include_private_notes

    def entity(self, entity: Entity, row: dict[str, Any]) -> dict[str, Any]:
        obj: dict[str, Any] = {}
        for spec in entity.fields:
            value = row.get(spec.col)
            if value is not None:
                obj[spec.name] = spec.type.from_db(value)
        key = row.get("id") or row.get("case_id")
        for child in entity.children:
            value = self.child(child, key)
            if value:
                obj[child.name] = value
        return obj

    def child(self, child: Child, key: str) -> Any:
        table = child.entity.table
        order = "" if child.single else " ORDER BY position"
        rows = self.store.query(f'SELECT * FROM "{table}" WHERE "{child.parent_column}" = ?{order}', (key,))
        if table == "annotations" and not self.include_private_notes:
            # Private notes never leave the machine unless their author shares them.
            rows = [r for r in rows if r["shared"]]
        if child.single:
            return self.entity(child.entity, rows[0]) if rows else None
        if child.scalar:
            column = child.entity.field(child.scalar).col
            # A row without the plain value is one of the rarer kind, written as an object.
            return [row[column] if row[column] is not None else self.entity(child.entity, row) for row in rows]
        return [self.entity(child.entity, row) for row in rows]


def dumps(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def export_file(store: Store, path: str | Path, **options: Any) -> dict[str, Any]:
    if store.owns_file(path):
        raise FileNotWritten(errno.EEXIST, f"{path} is the BoardDesk database itself; choose another file")
    doc = export_document(store, **options)
    write_whole(Path(path), dumps(doc).encode("utf-8"))  # never half a file under the real name
    return doc
