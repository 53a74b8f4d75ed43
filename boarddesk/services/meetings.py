"""Reading meetings: the invitation's facts and the agenda with case numbers and types."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from boarddesk.model.case_numbers import format_case_number
from boarddesk.store import Store

Row = dict[str, Any]


@dataclass
class MeetingView:
    meeting: Row
    board: Row
    invitees: list[Row]
    agenda: list[Row]  # each with number (formatted), types and parts


def load_meeting(store: Store, meeting_id: str) -> MeetingView:
    meeting = store.require_one(
        "SELECT m.*, c.name AS chair_name FROM meetings m LEFT JOIN members c ON c.id = m.chair WHERE m.id = ?",
        (meeting_id,),
        f"there is no meeting {meeting_id!r}",
    )
    board = store.query_one("SELECT * FROM boards WHERE id = ?", (meeting["board_id"],))
    invitees = store.query(
        """SELECT coalesce(m.name, i.name) AS name, coalesce(m.organisation, i.organisation) AS organisation,
                  coalesce(i.role, m.role) AS role, i.member
           FROM meeting_invitees i LEFT JOIN members m ON m.id = i.member
           WHERE i.meeting_id = ? ORDER BY i.position""",
        (meeting_id,),
    )
    return MeetingView(meeting, board, invitees, agenda_of(store, meeting_id, board["case_number_format"]))


def agenda_of(store: Store, meeting_id: str, number_format: str) -> list[Row]:
    cases = store.query("SELECT * FROM cases WHERE meeting = ? ORDER BY agenda_position, seq, position", (meeting_id,))
    parts = store.query_grouped(
        "SELECT p.* FROM case_parts p JOIN cases c ON c.id = p.case_id WHERE c.meeting = ? ORDER BY p.position",
        (meeting_id,),
        "case_id",
    )
    for case in cases:
        case["parts"] = parts.get(case["id"], [])
        case["types"] = list(dict.fromkeys(part["type"] for part in case["parts"]))
        case["number"] = format_case_number(number_format, case["seq"], case["year"]) if case["seq"] else ""
    return cases
