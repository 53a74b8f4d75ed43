"""What a meeting bundle may touch in the store that receives it, checked before anything is written.

A bundle is the secretary's publication of one meeting to a member's copy. It may add or update
that meeting and what the meeting publishes (its cases, action points, documents, and the board's
members, areas and projects they need), and nothing else: never another meeting's cases, never a
note, never the store that published it, never what was recorded in the receiving store after the
bundle came, never approved or locked minutes. Each refusal names what and where.
"""

from __future__ import annotations

import json
from typing import Any

from boarddesk.services.transfer.bundle_changes import fingerprints
from boarddesk.services.transfer.bundle_data import meeting_data, meeting_label
from boarddesk.services.transfer.container import BundleError
from boarddesk.services.transfer.signing import own_public_key, received_board
from boarddesk.store import Store

# Revisions count exports of one meeting; none gets near this, a forged 10⁹ does.
MAX_REVISION = 1_000_000
# What a member's copy of a meeting holds that a later revision may still change.
_KEPT_AS_RECEIVED = ("meeting", "case", "action_point")
_SETTLED_MINUTES = ("approved", "locked")


def check_publisher(store: Store, manifest: dict[str, Any], board: dict[str, Any], signer: bytes | None) -> None:
    """A bundle goes from the store that records a meeting to copies, never back into a record."""
    meeting_id = manifest["meeting"]
    label = manifest.get("meeting_label") or meeting_id
    own = own_public_key(store)
    published = store.scalar("SELECT 1 FROM bundle_exports WHERE meeting_id = ?", (meeting_id,))
    if published or (signer is not None and signer == own):
        raise BundleError(
            f"this store published meeting {label}: it holds the meeting's record, which a bundle never "
            "replaces (the bundle is an older copy of what is here); nothing was imported"
        )
    if store.scalar("SELECT 1 FROM boards WHERE id = ?", (board["id"],)) and received_board(store, board["id"]) is None:
        raise BundleError(
            f"board {board.get('name')!r} is recorded in this store, not received from the secretary's bundles; "
            "a bundle never changes it; nothing was imported"
        )


def check_contents(store: Store, manifest: dict[str, Any], board: dict[str, Any]) -> None:
    """Everything in the bundle is of its own meeting, and changes nothing that belongs elsewhere."""
    meeting_id = manifest["meeting"]
    if board.get("id") != manifest.get("board"):
        _refuse("boards[0].id", f"is {board.get('id')!r}, but the manifest names board {manifest.get('board')!r}")
    meetings = [m.get("id") for m in board.get("meetings") or []]
    if meetings != [meeting_id]:
        _refuse("boards[0].meetings", f"hold {meetings}; a bundle holds its own meeting {meeting_id!r} only")
    if board.get("annotations"):
        _refuse("boards[0].annotations", "a bundle never holds notes (they go back in a .bdnotes file)")
    cases = board.get("cases") or []
    case_ids = {case["id"] for case in cases}
    for index, case in enumerate(cases):
        where = f"boards[0].cases[{index}] ({case['id']})"
        if case.get("meeting") != meeting_id:
            _refuse(where, f"is on meeting {case.get('meeting')!r}, not on the bundle's meeting {meeting_id!r}")
        held = store.query_one("SELECT meeting FROM cases WHERE id = ?", (case["id"],))
        if held and held["meeting"] != meeting_id:
            _refuse(where, f"is a case of meeting {_label(store, held['meeting'])} in this store")
        if case.get("seq") is not None and not case.get("legacy_duplicate"):
            other = store.scalar(
                "SELECT id FROM cases WHERE board_id = ? AND year = ? AND seq = ? AND id != ? "
                "AND NOT coalesce(legacy_duplicate, 0)",
                (board["id"], case.get("year"), case["seq"], case["id"]),
            )
            if other:
                _refuse(where, f"has the number {case['seq']}/{case.get('year')} of case {other!r} in this store")
    for index, point in enumerate(board.get("action_points") or []):
        where = f"boards[0].action_points[{index}] ({point['id']})"
        if point.get("meeting") != meeting_id and point.get("case") not in case_ids:
            _refuse(where, "is on neither the bundle's meeting nor one of its cases")
        held = store.query_one('SELECT meeting, "case" FROM action_points WHERE id = ?', (point["id"],))
        if held and held["meeting"] != meeting_id and held["case"] not in case_ids:
            _refuse(where, "is an action point of another meeting in this store")
    attached = {ident for case in cases for ident in case.get("attachments") or []}
    for index, attachment in enumerate(board.get("attachments") or []):
        if attachment["id"] not in attached:
            _refuse(
                f"boards[0].attachments[{index}] ({attachment['id']})", "is a document of none of the bundle's cases"
            )
    _check_meeting_number(store, board["id"], board["meetings"][0])
    _check_areas(store, board)


def _check_meeting_number(store: Store, board_id: str, meeting: dict[str, Any]) -> None:
    if meeting.get("number") is None:
        return
    other = store.scalar(
        "SELECT id FROM meetings WHERE board_id = ? AND year = ? AND number = ? AND id != ?",
        (board_id, meeting.get("year"), meeting["number"], meeting["id"]),
    )
    if other:
        _refuse(
            "boards[0].meetings[0]",
            f"is a new meeting numbered {meeting_label(meeting)}, but meeting {other!r} has that number in this store",
        )


def _check_areas(store: Store, board: dict[str, Any]) -> None:
    """A bundle carries the board's areas; it may not take away one the store's reports are rated on."""
    keys = {area.get("key") for area in board.get("areas") or []}
    rated = store.query(
        """SELECT DISTINCT r.area FROM area_ratings r JOIN status_reports s ON s.id = r.report_id
           JOIN projects p ON p.id = s.project_id WHERE p.board_id = ? ORDER BY r.area""",
        (board["id"],),
    )
    for row in rated:
        if row["area"] not in keys:
            _refuse("boards[0].areas", f"leave out area {row['area']!r}, which reports in this store are rated on")


def check_held_record(store: Store, manifest: dict[str, Any], board: dict[str, Any], previous: dict | None) -> None:
    """Nothing recorded in this store after the last bundle, and no settled minutes, is overwritten."""
    meeting_id = manifest["meeting"]
    label = manifest.get("meeting_label") or meeting_id
    if not store.scalar("SELECT 1 FROM meetings WHERE id = ?", (meeting_id,)):
        return
    if previous is None:
        raise BundleError(
            f"meeting {label} is recorded in this store, not received from a bundle; a bundle never "
            "overwrites it; nothing was imported"
        )
    held_board = meeting_data(store, meeting_id)["boards"][0]
    held = fingerprints(held_board)
    received = json.loads(previous["fingerprints"])
    for key, (name, digest) in sorted(received.items()):
        if key.split(":", 1)[0] in _KEPT_AS_RECEIVED and held.get(key, [None, None])[1] != digest:
            kind = key.split(":", 1)[0].replace("_", " ")
            raise BundleError(
                f"{kind} {name} was changed in this store after revision {previous['revision']} was imported "
                "(recorded here); a bundle never overwrites it; nothing was imported"
            )
    held_meeting = held_board["meetings"][0]
    status = (held_meeting.get("minutes") or {}).get("status")
    incoming = board["meetings"][0]
    if status in _SETTLED_MINUTES and any(
        held_meeting.get(part) != incoming.get(part) for part in ("minutes", "minutes_signers")
    ):
        raise BundleError(
            f"the minutes of meeting {label} are {status} in this store; a bundle never changes "
            "approved or locked minutes; nothing was imported"
        )


def check_revision(manifest: dict[str, Any]) -> int:
    revision = manifest.get("revision")
    if not isinstance(revision, int) or isinstance(revision, bool) or not 1 <= revision <= MAX_REVISION:
        raise BundleError(f"the manifest's revision {revision!r} is not a revision number (1 to {MAX_REVISION})")
    return revision


def _label(store: Store, meeting_id: str | None) -> str:
    row = store.query_one("SELECT number, year, date FROM meetings WHERE id = ?", (meeting_id,))
    return meeting_label(row) if row else repr(meeting_id)


def _refuse(where: str, what: str) -> None:
    raise BundleError(f"{where}: {what}; a bundle changes only its own meeting; nothing was imported")
