"""Meeting bundles (.bdpack) between the secretary and the members.

A bundle holds one meeting with what a member needs offline (see bundle_data); its data part is an
exchange document (docs/exchange-format.md), checked by the same validator. It never holds a note.
A member imports it by stable ids: a revision updates in place and reports what changed (see
bundle_changes), a second import of the same file changes nothing, the member's notes stay and
move with their words when a document was revised. Shared notes go back through notes_file.

The secretary's store signs each bundle (bundle_signing); what an import may touch is checked by
bundle_scope before anything is written. docs/bundle-trust.md has the whole trust model.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from boarddesk.exchange.upsert import check_upsert, upsert_document
from boarddesk.exchange.validate import validate_document
from boarddesk.services.documents import annotations
from boarddesk.services.documents.annotations import timestamp
from boarddesk.services.transfer import scope as bundle_scope
from boarddesk.services.transfer import signing as bundle_signing
from boarddesk.services.transfer.bundle_changes import Change, changes_between, fingerprints
from boarddesk.services.transfer.bundle_data import meeting_data, meeting_label, split_files
from boarddesk.services.transfer.container import (
    BundleError,
    file_outside,
    pack,
    read_file,
    refused_whole,
    unpack,
    write_file,
)
from boarddesk.services.transfer.review import (
    REVIEW,
    bundle_review,
    check_review,
    enclose,
    keep_review,
    parse_review,
    review_part,
    review_prints,
)
from boarddesk.store import Store

BUNDLE_SUFFIX = ".bdpack"
MEETING_KIND = "meeting"
DATA = "data.json"

Progress = Callable[[int, int], None]

__all__ = ["BundleError", "export_bundle", "import_bundle", "read_bundle"]


# -- the secretary exports -----------------------------------------------------------------------


@dataclass(frozen=True)
class ExportResult:
    path: Path
    revision: int
    cases: int
    attachments: int
    size: int
    key_fingerprint: str  # of the key that signed it, for members to compare on first import


def export_bundle(
    store: Store, meeting_id: str, path: str | Path, password: str | None = None, progress: Progress | None = None
) -> ExportResult:
    """Write a meeting's bundle; a new revision number when anything changed since the last export."""
    report = progress or (lambda done, total: None)
    report(0, 3)
    file_outside(store, path)
    data = meeting_data(store, meeting_id)
    review, previous_minutes = bundle_review(store, meeting_id)
    if previous_minutes:
        enclose(data, previous_minutes)
    problems = validate_document(data)
    if problems:  # the store's own data should always make a valid bundle
        raise BundleError(f"the meeting cannot be bundled: {problems[0]}")
    body, files = split_files(data)
    review_body = review_part(review)
    digest = hashlib.sha256(body + review_body).hexdigest()
    report(1, 3)
    last = store.query_one("SELECT * FROM bundle_exports WHERE meeting_id = ?", (meeting_id,))
    revision = (last["revision"] if last else 0) + (0 if last and last["content_sha256"] == digest else 1)
    board = data["boards"][0]
    meeting = board["meetings"][0]
    fields = {
        "board": board["id"],
        "board_name": board["name"],
        "meeting": meeting_id,
        "meeting_label": meeting_label(meeting),
        "revision": revision,
        "created": timestamp(),
    }
    key = bundle_signing.signing_key(store)
    blob = pack(
        MEETING_KIND,
        fields,
        {DATA: body, REVIEW: review_body, **files},
        password,
        lambda manifest: bundle_signing.sign(key, manifest),
    )
    report(2, 3)
    write_file(path, blob)
    with store.write() as conn:
        conn.execute(
            """INSERT INTO bundle_exports (meeting_id, bundle_id, revision, content_sha256, exported_at)
               VALUES (?, ?, ?, ?, ?) ON CONFLICT (meeting_id) DO UPDATE SET revision = excluded.revision,
               content_sha256 = excluded.content_sha256, exported_at = excluded.exported_at""",
            (meeting_id, meeting_id, revision, digest, timestamp()),
        )
    report(3, 3)
    fingerprint = bundle_signing.fingerprint(bundle_signing.own_public_key(store) or b"")
    return ExportResult(Path(path), revision, len(board.get("cases", [])), len(files), len(blob), fingerprint)


# -- the member imports ------------------------------------------------------------------------


@dataclass
class ImportReport:
    meeting_id: str
    meeting_label: str
    revision: int
    previous_revision: int | None
    changes: list[Change] = field(default_factory=list)
    notes_moved: int = 0
    notes_on_earlier_version: int = 0
    signer: bytes | None = None

    def summary(self) -> str:
        if self.previous_revision is None:
            head = f"Meeting {self.meeting_label}: revision {self.revision} imported"
        elif self.previous_revision == self.revision:
            return f"Meeting {self.meeting_label}: revision {self.revision} was imported before; nothing changed"
        else:
            head = f"Meeting {self.meeting_label}: revision {self.previous_revision} → {self.revision}"
        lines = [head, *(f"  {change}" for change in self.changes)]
        if self.previous_revision is not None and not self.changes:
            lines.append("  nothing changed")
        if self.notes_moved or self.notes_on_earlier_version:
            lines.append(
                f"  your notes: {self.notes_moved} moved to the new versions, "
                f"{self.notes_on_earlier_version} on an earlier version"
            )
        if self.signer:
            lines.append(f"  signed by the secretary's key {bundle_signing.fingerprint(self.signer)}")
        else:
            lines.append("  not signed (made by a BoardDesk before signatures): its maker cannot be told")
        return "\n".join(lines)


@dataclass(frozen=True)
class Bundle:
    manifest: dict[str, Any]
    data: dict[str, Any]
    signer: bytes | None = None  # the raw Ed25519 public key that signed the manifest
    review: dict[str, Any] | None = None  # what the meeting's pack takes from earlier meetings (review.py)


def read_bundle(path: str | Path, password: str | None = None) -> Bundle:
    """A bundle file, opened and checked as a container and as an exchange document."""
    unpacked = unpack(read_file(path), MEETING_KIND, password)
    data = parse_data(unpacked.parts.get(DATA))
    board = single_board(data)
    attachments = []
    for index, attachment in enumerate(board.get("attachments", []) or []):
        if not isinstance(attachment, dict):
            raise BundleError(f"data.json: boards[0].attachments[{index}] is not an object")
        content = unpacked.parts.get(f"files/{attachment.get('sha256')}")
        if content is None:
            raise BundleError(f"the file of attachment {attachment.get('filename')!r} is missing from the bundle")
        attachments.append({**attachment, "content_base64": base64.b64encode(content).decode("ascii")})
    board["attachments"] = attachments
    meeting = unpacked.manifest.get("meeting")
    if not any(isinstance(m, dict) and m.get("id") == meeting for m in board.get("meetings") or []):
        raise BundleError(f"the bundle does not hold the meeting its manifest names ({meeting!r})")
    bundle_scope.check_revision(unpacked.manifest)
    signer = bundle_signing.verify(unpacked.signature, unpacked.manifest_bytes) if unpacked.signature else None
    return Bundle(unpacked.manifest, data, signer, parse_review(unpacked.parts.get(REVIEW)))


def parse_data(raw: bytes | None) -> dict[str, Any]:
    if raw is None:
        raise BundleError("the bundle holds no data part")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleError("the bundle's data part is not valid JSON (or nested too deeply)") from None
    if not isinstance(data, dict):
        raise BundleError("the bundle's data part is not a BoardDesk document")
    return data


def single_board(data: dict[str, Any]) -> dict[str, Any]:
    boards = data.get("boards")
    if not isinstance(boards, list) or len(boards) != 1 or not isinstance(boards[0], dict):
        raise BundleError("the bundle's data must hold exactly one board")
    return boards[0]


@dataclass(frozen=True)
class KeyChange:
    """A bundle signed by another key than the one pinned for its board: both keys' fingerprints."""

    board_name: str
    pinned: str
    pinned_at: str | None
    signer: str


def key_change(store: Store, path: str | Path, password: str | None = None) -> KeyChange | None:
    """The key change a bundle would need trusted (import_bundle's `trust_new_key`), or None when its
    signer is the pinned key, none is pinned yet, or it is unsigned (which import_bundle refuses)."""
    bundle = read_bundle(file_outside(store, path), password)
    board = bundle.data["boards"][0]
    received = bundle_signing.received_board(store, board["id"])
    if received is None or received.public_key is None or bundle.signer in (None, received.public_key):
        return None
    return KeyChange(
        str(board.get("name")),
        bundle_signing.fingerprint(received.public_key),
        received.pinned_at,
        bundle_signing.fingerprint(bundle.signer),
    )


def import_bundle(
    store: Store,
    path: str | Path,
    password: str | None = None,
    progress: Progress | None = None,
    trust_new_key: bool = False,
) -> ImportReport:
    """Bring a meeting bundle into the store: checked whole first (see bundle_scope), then written in
    one transaction. `trust_new_key` accepts a bundle signed by another key than the one pinned for
    its board, and pins that key instead: only after the secretary confirmed the change."""
    report = progress or (lambda done, total: None)
    report(0, 4)
    bundle = read_bundle(file_outside(store, path), password)
    board = bundle.data["boards"][0]
    meeting_id = bundle.manifest["meeting"]
    # Checked and written under one write lock, so what was checked is what is written over.
    with refused_whole("the bundle"), store.write():
        previous = _checked(store, bundle, trust_new_key)
        old_prints = json.loads(previous["fingerprints"]) if previous else {}
        new_prints = fingerprints(board) | review_prints(bundle.review, meeting_id)
        if previous and _same_revision(bundle.manifest, previous, old_prints == new_prints):
            return ImportReport(meeting_id, _label(bundle), previous["revision"], previous["revision"])
        report(1, 4)
        old_files = _attachment_versions(store, [a["id"] for a in board.get("attachments", [])])
        result = ImportReport(
            meeting_id,
            _label(bundle),
            bundle.manifest["revision"],
            previous and previous["revision"],
            signer=bundle.signer,
        )
        _write(store, bundle, old_prints, new_prints, old_files, result)
        report(2, 4)
    report(3, 4)
    if previous:
        result.changes = changes_between(old_prints, new_prints, old_files, store)
    report(4, 4)
    return result


def _label(bundle: Bundle) -> str:
    return bundle.manifest.get("meeting_label") or bundle.manifest["meeting"]


def _checked(store: Store, bundle: Bundle, trust_new_key: bool) -> dict | None:
    """Everything that refuses a bundle before a write; returns the record of the meeting's last import."""
    board = bundle.data["boards"][0]
    problems = check_upsert(store, bundle.data)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise BundleError(f"the bundle's data is not valid: {problems[0]}{more}; nothing was imported")
    bundle_scope.check_publisher(store, bundle.manifest, board, bundle.signer)
    received = bundle_signing.received_board(store, board["id"])
    bundle_signing.check_signer(received, bundle.signer, str(board.get("name")), trust_new_key)
    bundle_scope.check_contents(store, bundle.manifest, board)
    check_review(bundle.review, board, bundle.manifest["meeting"])
    previous = store.query_one("SELECT * FROM bundle_imports WHERE meeting_id = ?", (bundle.manifest["meeting"],))
    bundle_scope.check_held_record(store, bundle.manifest, board, previous)
    return previous


def _same_revision(manifest: dict[str, Any], previous: dict, same_content: bool) -> bool:
    """Whether the bundle is the revision already held (nothing to do); refuses an older one, and the
    same revision number with other content."""
    revision, held = manifest["revision"], previous["revision"]
    label = manifest.get("meeting_label") or manifest["meeting"]
    if revision < held:
        raise BundleError(
            f"this is revision {revision} of meeting {label}, older than revision {held} already imported; "
            "nothing was imported"
        )
    if revision == held and not same_content:
        raise BundleError(
            f"this is revision {revision} of meeting {label}, already imported with other content: "
            "the bundle was altered or is not the secretary's; nothing was imported"
        )
    return revision == held


def _write(
    store: Store,
    bundle: Bundle,
    old_prints: dict,
    new_prints: dict,
    old_files: dict[str, tuple[str, bytes]],
    result: ImportReport,
) -> None:
    board = bundle.data["boards"][0]
    meeting_id, revision = bundle.manifest["meeting"], bundle.manifest["revision"]
    upsert_document(store, bundle.data)
    _remove_taken_out(store, meeting_id, old_prints, new_prints)
    for ident, (old_sha, _old_content) in old_files.items():
        if old_sha != store.scalar("SELECT sha256 FROM attachments WHERE id = ?", (ident,)):
            moved = annotations.reanchor_document(store, ident)
            result.notes_moved += len(moved.moved)
            result.notes_on_earlier_version += len(moved.earlier_version)
    annotations.prepare_documents(store, [a["id"] for a in board.get("attachments", [])])
    keep_review(store, meeting_id, bundle.review)
    store.conn.execute(
        """INSERT INTO bundle_imports (meeting_id, bundle_id, revision, fingerprints, imported_at)
           VALUES (?, ?, ?, ?, ?) ON CONFLICT (meeting_id) DO UPDATE SET revision = excluded.revision,
           fingerprints = excluded.fingerprints, imported_at = excluded.imported_at""",
        (meeting_id, meeting_id, revision, json.dumps(new_prints, ensure_ascii=False), timestamp()),
    )
    bundle_signing.pin(store, board["id"], bundle.signer)


def _attachment_versions(store: Store, ids: list[str]) -> dict[str, tuple[str, bytes]]:
    found = {}
    for ident in ids:
        row = store.query_one("SELECT sha256, content FROM attachments WHERE id = ?", (ident,))
        if row:
            found[ident] = (row["sha256"], row["content"])
    return found


def _remove_taken_out(store: Store, meeting_id: str, old: dict, new: dict) -> None:
    """Cases and documents the previous revision had and this one has not leave the member's copy
    (notes on them stay: a note is never lost)."""
    for key in old.keys() - new.keys():
        kind, ident = key.split(":", 1)
        if kind == "case":
            store.conn.execute("DELETE FROM cases WHERE id = ? AND meeting = ?", (ident, meeting_id))
        elif kind == "attachment":
            store.conn.execute(
                "DELETE FROM attachments WHERE id = ? AND id NOT IN (SELECT attachment FROM case_attachments)",
                (ident,),
            )


# The things a change report names, and how to name each.
