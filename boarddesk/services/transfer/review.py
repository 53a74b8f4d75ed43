"""What a meeting's pack takes from the meetings before it, carried in the meeting's bundle.

The secretary's pack encloses the previous meeting's minutes under the approval item and lists
the open action points of earlier meetings under «Status aksjonspunkter». A member's copy holds
only the meetings it received, so the bundle carries both, without touching another meeting:

- the previous minutes as the secretary's pack encloses them (rendered, draft or approved) are a
  PDF document of the bundle's own approval case, like any document of its cases;
- the part `review.json` says which document that is (and how its pages are marked), the previous
  meeting's number and date, and the open action points as a snapshot of lines to print.

The member keeps review.json under its meeting (table received_reviews), read-only: it names no
record to write, so it cannot change another meeting's record, and the document it names must be
one of the bundle's approval case's. Checked whole before anything is written (check_review).
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from boarddesk.services.transfer.container import BundleError
from boarddesk.store import Store

REVIEW = "review.json"

# What a line of an open action point carries: what the agenda and «Status aksjonspunkter» print.
POINT_FIELDS = (
    "id",
    "text",
    "responsible",
    "due",
    "status",
    "comment",
    "meeting_number",
    "meeting_year",
    "meeting_date",
    "seq",
    "case_year",
)
PREVIOUS_MEETING_FIELDS = ("id", "number", "year", "date")
MINUTES_FIELDS = ("attachment", "approved", "markings")
MAX_POINTS = 5000
MAX_PAGES = 5000


@dataclass(frozen=True)
class EnclosedMinutes:
    """The previous minutes as the secretary's pack encloses them: a document of the approval case."""

    attachment: str
    approved: bool
    markings: list[str | None]  # per page, the marking of an exempt case on it


@dataclass(frozen=True)
class Review:
    previous_meeting: dict[str, Any] | None  # id, number, year, date
    minutes: EnclosedMinutes | None
    open_action_points: list[dict[str, Any]] = field(default_factory=list)


def carried_point(point: dict[str, Any], case_number_format: str) -> dict[str, Any]:
    """A carried line as the register gives an open point (the case's year under `year` too)."""
    return {
        **dict.fromkeys(POINT_FIELDS),
        **point,
        "year": point.get("case_year"),
        "case_number_format": case_number_format,
    }


def review_part(review: dict[str, Any]) -> bytes:
    return json.dumps(review, ensure_ascii=False, sort_keys=True).encode("utf-8")


def held_review(store: Store, meeting_id: str) -> Review | None:
    """The review the last bundle of a received meeting carried; None for a meeting recorded here."""
    raw = store.scalar("SELECT review FROM received_reviews WHERE meeting_id = ?", (meeting_id,))
    if raw is None:
        return None
    review = json.loads(raw)
    minutes = review.get("previous_minutes")
    return Review(
        review.get("previous_meeting"),
        EnclosedMinutes(minutes["attachment"], bool(minutes["approved"]), list(minutes["markings"]))
        if minutes
        else None,
        review.get("open_action_points") or [],
    )


def keep_review(store: Store, meeting_id: str, review: dict[str, Any] | None) -> None:
    """Inside the import's transaction: the review this revision carries replaces the last one."""
    store.conn.execute("DELETE FROM received_reviews WHERE meeting_id = ?", (meeting_id,))
    if review is not None:
        store.conn.execute(
            "INSERT INTO received_reviews (meeting_id, review) VALUES (?, ?)",
            (meeting_id, review_part(review).decode("utf-8")),
        )


# -- checked before anything is written ----------------------------------------------------------


def parse_review(raw: bytes | None) -> dict[str, Any] | None:
    if raw is None:  # a bundle from a BoardDesk before reviews: nothing carried
        return None
    try:
        review = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleError("the bundle's review.json part is not valid JSON") from None
    return review


def check_review(review: Any, board: dict[str, Any], meeting_id: str) -> None:
    """The review holds only what a review is, and its minutes are a document of the bundle's own
    approval case: it can name nothing else in the store to change."""
    if review is None:
        return
    if not isinstance(review, dict):
        _refuse(REVIEW, "is not an object")
    _only(REVIEW, review, ("previous_meeting", "previous_minutes", "open_action_points"))
    previous = review.get("previous_meeting")
    if previous is not None:
        _only(f"{REVIEW}: previous_meeting", previous, PREVIOUS_MEETING_FIELDS)
        if not isinstance(previous.get("date"), str):
            _refuse(f"{REVIEW}: previous_meeting.date", "is not a date")
        for key in ("number", "year"):
            if not _is_int_or_none(previous.get(key)):
                _refuse(f"{REVIEW}: previous_meeting.{key}", "is not a number")
    _check_minutes(review.get("previous_minutes"), board, meeting_id)
    points = review.get("open_action_points", [])
    if not isinstance(points, list) or len(points) > MAX_POINTS:
        _refuse(f"{REVIEW}: open_action_points", f"is not a list of at most {MAX_POINTS} lines")
    for index, point in enumerate(points):
        where = f"{REVIEW}: open_action_points[{index}]"
        _only(where, point, POINT_FIELDS)
        if not isinstance(point.get("text"), str):
            _refuse(where, "has no text")
        for key, value in point.items():
            if not (isinstance(value, str) or _is_int_or_none(value)):
                _refuse(f"{where}.{key}", "is neither text nor a number")


def _check_minutes(minutes: Any, board: dict[str, Any], meeting_id: str) -> None:
    if minutes is None:
        return
    where = f"{REVIEW}: previous_minutes"
    _only(where, minutes, MINUTES_FIELDS)
    approval = [
        case
        for case in board.get("cases") or []
        if case.get("standard_item") == "approval" and case.get("meeting") == meeting_id
    ]
    if not any(minutes.get("attachment") in (case.get("attachments") or []) for case in approval):
        _refuse(
            f"{where}.attachment ({minutes.get('attachment')!r})",
            "is not a document of the approval case of the bundle's meeting",
        )
    if not isinstance(minutes.get("approved"), bool):
        _refuse(f"{where}.approved", "is not true or false")
    markings = minutes.get("markings")
    if (
        not isinstance(markings, list)
        or len(markings) > MAX_PAGES
        or not all(m is None or isinstance(m, str) for m in markings)
    ):
        _refuse(f"{where}.markings", "is not a list of page markings")


def _only(where: str, value: Any, allowed: tuple[str, ...]) -> None:
    if not isinstance(value, dict):
        _refuse(where, "is not an object")
    other = sorted(set(value) - set(allowed))
    if other:
        _refuse(where, f"holds {other[0]!r}, which a review does not carry")


def _is_int_or_none(value: Any) -> bool:
    return value is None or (isinstance(value, int) and not isinstance(value, bool))


def _refuse(where: str, what: str) -> None:
    raise BundleError(f"{where}: {what}; a bundle changes only its own meeting; nothing was imported")


# -- the secretary's export ----------------------------------------------------------------------


def bundle_review(store: Store, meeting_id: str) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """The review of a meeting as its pack prints it, and the previous minutes' document to attach
    to its approval case (an attachment of the exchange format, with the case's id under `case`)."""
    # The pack's own code decides what it encloses; reports build on services, so imported here.
    from boarddesk.reports.pack import minutes_enclosure
    from boarddesk.services.meetings.reading import meeting_record

    data = meeting_record(store, meeting_id)
    previous = data.previous_meeting
    review: dict[str, Any] = {
        "previous_meeting": {key: getattr(previous, key) for key in PREVIOUS_MEETING_FIELDS} if previous else None,
        "previous_minutes": None,
        "open_action_points": [{key: point.get(key) for key in POINT_FIELDS} for point in data.open_action_points],
    }
    enclosure = minutes_enclosure(store, meeting_id)
    if enclosure is None:
        return review, None
    ident = f"{enclosure.case_id}.previous-minutes"
    review["previous_minutes"] = {"attachment": ident, "approved": enclosure.approved, "markings": enclosure.markings}
    document = {
        "id": ident,
        "case": enclosure.case_id,
        "filename": enclosure.title.replace("/", "-") + ".pdf",
        "media_type": "application/pdf",
        "title": enclosure.title,
        "sha256": hashlib.sha256(enclosure.pdf).hexdigest(),
        "content_base64": base64.b64encode(enclosure.pdf).decode("ascii"),
    }
    return review, document


def enclose(data: dict[str, Any], document: dict[str, Any]) -> None:
    """The document added to the bundle's data as the last document of its case."""
    board = data["boards"][0]
    case = next(c for c in board["cases"] if c["id"] == document["case"])
    # A copy that received the meeting holds the document already: it is replaced, not doubled.
    case["attachments"] = [*(a for a in case.get("attachments", []) if a != document["id"]), document["id"]]
    others = [a for a in board.get("attachments", []) if a["id"] != document["id"]]
    board["attachments"] = [*others, {k: v for k, v in document.items() if k != "case"}]


def review_prints(review: dict[str, Any] | None, meeting_id: str) -> dict[str, list[str]]:
    """The review's line among a bundle's fingerprints: a change to it is reported, and the same
    revision with another review is refused like any other change of content."""
    if review is None:
        return {}
    return {
        f"open_action_points:{meeting_id}": ["from earlier meetings", hashlib.sha256(review_part(review)).hexdigest()]
    }
