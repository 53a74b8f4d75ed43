"""Shared notes going back to the secretary (.bdnotes): a member's shared notes on one meeting,
never a private one, imported by stable ids so a second import changes nothing."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from boarddesk.exchange import FORMAT_NAME, SCHEMA_VERSION
from boarddesk.exchange.importer import exists_in
from boarddesk.exchange.schema import ANNOTATION
from boarddesk.exchange.upsert import upsert_list
from boarddesk.exchange.validate import validate_document
from boarddesk.services import annotations
from boarddesk.services.annotations import timestamp
from boarddesk.services.bundle_container import BundleError, pack, read_file, unpack, write_file
from boarddesk.services.bundles import DATA, parse_data, single_board
from boarddesk.store import Store

NOTES_SUFFIX = ".bdnotes"
NOTES_KIND = "notes"


@dataclass(frozen=True)
class NotesExport:
    path: Path
    notes: int


def export_notes(
    store: Store, meeting_id: str, path: str | Path, author: str | None = None, password: str | None = None
) -> NotesExport:
    """A member's shared notes on a meeting (all shared ones when no author is given)."""
    board = store.query_one(
        "SELECT b.* FROM boards b JOIN meetings m ON m.board_id = b.id WHERE m.id = ?", (meeting_id,)
    )
    if board is None:
        raise BundleError(f"there is no meeting {meeting_id!r}")
    shared = [item.note for item in annotations.meeting_notes(store, meeting_id, author) if item.note.shared]
    rows = {
        row["id"]: row for row in store.query("SELECT * FROM annotations WHERE shared AND board_id = ?", (board["id"],))
    }
    items = [_annotation_json(rows[note.id]) for note in shared if note.id in rows]
    doc = {
        "format": FORMAT_NAME,
        "schema_version": SCHEMA_VERSION,
        "boards": [
            {
                "id": board["id"],
                "name": board["name"],
                "case_number_format": board["case_number_format"],
                "annotations": items,
            }
        ],
    }
    body = json.dumps(doc, ensure_ascii=False, sort_keys=True).encode("utf-8")
    fields = {"board": board["id"], "meeting": meeting_id, "author": author, "created": timestamp()}
    write_file(path, pack(NOTES_KIND, fields, {DATA: body}, password))
    return NotesExport(Path(path), len(items))


def _annotation_json(row: dict[str, Any]) -> dict[str, Any]:
    return {spec.name: spec.type.from_db(row[spec.col]) for spec in ANNOTATION.fields if row.get(spec.col) is not None}


@dataclass(frozen=True)
class NotesImport:
    added: int
    updated: int
    unchanged: int = 0


def import_notes(store: Store, path: str | Path, password: str | None = None) -> NotesImport:
    """Shared notes from a member: added, updated in place when imported before and changed since,
    and counted as unchanged (and left as they are) when the store already holds them as they are."""
    unpacked = unpack(read_file(path), NOTES_KIND, password)
    data = parse_data(unpacked.parts.get(DATA))
    board = single_board(data)
    # The notes are on things already in the store, and may update notes imported before.
    problems = validate_document(data, exists_in(store), update=True)
    if problems:
        raise BundleError(f"the notes file is not valid: {problems[0]}; nothing was imported")
    if store.scalar("SELECT 1 FROM boards WHERE id = ?", (board["id"],)) is None:
        raise BundleError(f"the notes are for board {board['name']!r}, which is not in this store")
    notes = board.get("annotations") or []
    if any(not note.get("shared") for note in notes):
        raise BundleError("the notes file holds a note that is not shared; nothing was imported")
    ids = [note["id"] for note in notes]
    existing = {
        row["id"]: row
        for row in store.query(f"SELECT * FROM annotations WHERE id IN ({', '.join('?' * len(ids))})", ids)
    }
    if any(row["board_id"] != board["id"] for row in existing.values()):
        raise BundleError("a note in the file has the id of a note of another board; nothing was imported")
    changed = [note for note in notes if note["id"] not in existing or not _same(note, existing[note["id"]])]
    if changed:
        upsert_list(store, board["id"], "annotations", changed)
    added = sum(1 for note in notes if note["id"] not in existing)
    return NotesImport(added, len(changed) - added, len(notes) - len(changed))


def _same(note: dict[str, Any], row: dict[str, Any]) -> bool:
    """Whether a note in a file says what the store already holds (as it would be exported)."""
    stored = _annotation_json(row)
    incoming = {spec.name: note[spec.name] for spec in ANNOTATION.fields if note.get(spec.name) is not None}
    return stored == incoming
