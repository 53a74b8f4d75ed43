"""Shared notes going back to the secretary (.bdnotes): a member's shared notes on one meeting,
never a private one, imported by stable ids so a second import changes nothing.

A notes file touches only what it declares: its author's shared notes on things of its meeting.
It never changes a note's author, a private note, or a note of another board, and every note is
checked as strictly as a JSON import; anything else refuses the whole file before a write.
"""

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
from boarddesk.services.documents import annotations
from boarddesk.services.documents.annotations import timestamp
from boarddesk.services.transfer.bundles import DATA, parse_data, single_board
from boarddesk.services.transfer.container import (
    BundleError,
    file_outside,
    pack,
    read_file,
    refused_whole,
    unpack,
    write_file,
)
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
    file_outside(store, path)
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
    unpacked = unpack(read_file(file_outside(store, path)), NOTES_KIND, password)
    data = parse_data(unpacked.parts.get(DATA))
    board = single_board(data)
    with refused_whole("the notes file"):
        # The notes are on things already in the store, and may update notes imported before.
        problems = validate_document(data, exists_in(store), update=True)
        if problems:
            raise BundleError(f"the notes file is not valid: {problems[0]}; nothing was imported")
        if store.scalar("SELECT 1 FROM boards WHERE id = ?", (board["id"],)) is None:
            raise BundleError(f"the notes are for board {board['name']!r}, which is not in this store")
        notes = board.get("annotations") or []
        ids = [note["id"] for note in notes]
        existing = {
            row["id"]: row
            for row in store.query(f"SELECT * FROM annotations WHERE id IN ({', '.join('?' * len(ids))})", ids)
        }
        _check_scope(store, unpacked.manifest, board, existing)
        changed = [note for note in notes if note["id"] not in existing or not _same(note, existing[note["id"]])]
        if changed:
            upsert_list(store, board["id"], "annotations", changed)
    added = sum(1 for note in notes if note["id"] not in existing)
    return NotesImport(added, len(changed) - added, len(notes) - len(changed))


def _check_scope(store: Store, manifest: dict[str, Any], board: dict[str, Any], existing: dict[str, dict]) -> None:
    """Each note is its author's shared note on something of the file's meeting, and changes no other."""
    if manifest.get("board") != board["id"]:
        _refuse("boards[0].id", f"is {board['id']!r}, but the manifest names board {manifest.get('board')!r}")
    meeting = manifest.get("meeting")
    if not isinstance(meeting, str) or not store.scalar(
        "SELECT 1 FROM meetings WHERE id = ? AND board_id = ?", (meeting, board["id"])
    ):
        _refuse("manifest.meeting", f"{meeting!r} is not a meeting of board {board['name']!r} in this store")
    if set(board) - {"id", "name", "short_name", "kind", "organisation", "case_number_format", "annotations"}:
        _refuse("boards[0]", "a notes file holds notes only, not other records of the board")
    author = manifest.get("author")
    targets = annotations.meeting_target_ids(store, meeting)
    for index, note in enumerate(board.get("annotations") or []):
        where = f"boards[0].annotations[{index}] ({note['id']})"
        if not note.get("shared"):
            _refuse(where, "is not shared; a notes file holds shared notes only")
        if author is not None and note["author"] != author:
            _refuse(where, f"is by {note['author']!r}, but the file holds the notes of {author!r}")
        if (note.get("target_kind"), note.get("target_id")) not in targets:
            _refuse(
                where, f"is on {note.get('target_kind')} {note.get('target_id')!r}, not on something of the meeting"
            )
        if note.get("region") is not None:
            try:
                annotations.parse_region(note["region"])
            except (ValueError, AttributeError) as error:
                _refuse(f"{where}.region", str(error))
        held = existing.get(note["id"])
        if held is None:
            continue
        if held["board_id"] != board["id"]:
            _refuse(where, "has the id of a note of another board")
        if held["author"] != note["author"]:
            _refuse(where, f"is a note by {held['author']!r} in this store; a file never changes a note's author")
        if not held["shared"]:
            _refuse(where, "is a private note in this store; a notes file never changes a private note")


def _refuse(where: str, what: str) -> None:
    raise BundleError(f"{where}: {what}; nothing was imported")


def _same(note: dict[str, Any], row: dict[str, Any]) -> bool:
    """Whether a note in a file says what the store already holds (as it would be exported)."""
    stored = _annotation_json(row)
    incoming = {spec.name: note[spec.name] for spec in ANNOTATION.fields if note.get(spec.name) is not None}
    return stored == incoming
