"""A member's home page for one board: the next meeting with its pack, the papers new or changed
since I last read them, my questions for the meeting, and the open action points that are mine."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from boarddesk.services.boards.lookup import MeetingSummary, list_meetings
from boarddesk.services.documents.annotations import MeetingNote, meeting_documents, meeting_notes
from boarddesk.services.meetings import action_points
from boarddesk.services.transfer.review import held_review
from boarddesk.store import Store

NEW, CHANGED, READ = "new", "changed", "read"


@dataclass(frozen=True)
class Paper:
    attachment_id: str
    title: str
    case_label: str
    state: str  # NEW (never opened), CHANGED (a newer version since I read it) or READ


@dataclass(frozen=True)
class HomePage:
    board_id: str
    board_name: str
    meeting: MeetingSummary | None  # the next meeting, or else the latest one
    upcoming: bool  # whether `meeting` is still to come
    papers: list[Paper]
    questions: list[MeetingNote]
    my_action_points: list[dict]


def next_meeting(store: Store, board_id: str, today: str) -> tuple[MeetingSummary | None, bool]:
    """The first meeting on or after today; else the latest one (False: it has been held)."""
    meetings = list_meetings(store, board_id)  # newest first
    coming = [m for m in meetings if m.date >= today]
    if coming:
        return coming[-1], True
    return (meetings[0] if meetings else None), False


def _paper_states(store: Store, meeting_id: str, reader: str) -> list[Paper]:
    read = {
        row["attachment_id"]: row["sha256"]
        for row in store.query("SELECT attachment_id, sha256 FROM document_reads WHERE reader = ?", (reader,))
    }
    papers = []
    for document in meeting_documents(store, meeting_id):
        sha256 = store.scalar("SELECT sha256 FROM attachments WHERE id = ?", (document.id,))
        seen = read.get(document.id)
        state = NEW if seen is None else READ if seen == sha256 else CHANGED
        papers.append(Paper(document.id, document.title or document.filename, document.case_label, state))
    return papers


def _is_mine(responsible: str | None, name: str) -> bool:
    """Whether an action point's «who» names me (it may name several: «Kari Nordmann, PMO»)."""
    return bool(responsible) and name.casefold() in responsible.casefold()


def _open_points(store: Store, board_id: str, meeting: MeetingSummary | None) -> list[dict]:
    """The board's open points. In a member's copy of the meeting, those of earlier meetings are
    the ones its bundle carried (the secretary's register as it stood), the rest the copy's own."""
    register = action_points.register(store, board_id, status="open")
    carried = held_review(store, meeting.id) if meeting else None
    if carried is None:
        return register
    own = [p for p in register if p["meeting"] == meeting.id or (p["meeting"] and p["meeting_date"] > meeting.date)]
    return [*carried.open_action_points, *own]


def home_page(store: Store, board_id: str, reader: str, today: str | None = None) -> HomePage:
    today = today or date.today().isoformat()
    board_name = store.require_one(
        "SELECT name FROM boards WHERE id = ?", (board_id,), f"there is no board {board_id!r}"
    )
    meeting, upcoming = next_meeting(store, board_id, today)
    papers = _paper_states(store, meeting.id, reader) if meeting else []
    questions = [n for n in meeting_notes(store, meeting.id, reader) if n.note.question] if meeting else []
    mine = [point for point in _open_points(store, board_id, meeting) if _is_mine(point.get("responsible"), reader)]
    return HomePage(board_id, board_name["name"], meeting, upcoming, papers, questions, mine)
