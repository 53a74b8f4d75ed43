"""What a printed invitation, pack or minutes needs to know about one meeting, read in one place.

Builds on services.meetings (invitation facts, agenda) and services.minutes (approval,
co-signers, amendments) and adds what only paper needs: copy-to, attendance with deputies,
decisions with votes and disqualifications, action points."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from boarddesk.model.formatting import format_date
from boarddesk.services.boards import list_meetings
from boarddesk.services.meetings import load_meeting
from boarddesk.services.minutes import MinutesState, minutes_state
from boarddesk.store import Store

Row = dict[str, Any]


class MeetingNotFound(LookupError):
    """No meeting of the board has that number or date; the message lists the board's meetings."""


@dataclass
class MeetingPrint:
    meeting: Row
    board: Row
    invitees: list[Row]
    agenda: list[Row]  # cases in agenda order, each with number, parts and types
    copy_to: list[Row] = field(default_factory=list)
    secretary_name: str | None = None
    chair_organisation: str | None = None
    attendance: list[Row] = field(default_factory=list)  # name, organisation, role, status, deputy_for_name,
    # and the cases a late arrival came to and an early leaver left at
    decisions: dict[str, Row] = field(default_factory=dict)  # by case id, with disqualified names
    action_points: list[Row] = field(default_factory=list)
    minutes: MinutesState | None = None
    approved_by_label: str | None = None  # the meeting that approved the minutes, «1/2022»
    cosigners: list[Row] = field(default_factory=list)
    amendments: list[Row] = field(default_factory=list)

    def label(self, lang: str = "nb") -> str:
        """«7/2021», or the date for a board that does not number its meetings."""
        m = self.meeting
        return f"{m['number']}/{m['year']}" if m["number"] else format_date(m["date"], lang)

    def board_name(self) -> str:
        return self.board["name"]


def find_meeting(store: Store, board_id: str, text: str) -> str:
    """A meeting of the board by its number (`7/2021`) or its date (`2024-04-25` or `25.04.2024`)."""
    wanted = text.strip()
    meetings = list_meetings(store, board_id)
    for meeting in meetings:
        if wanted in (meeting.label(), meeting.date, format_date(meeting.date)):
            return meeting.id
    known = ", ".join(f"{m.label()} ({format_date(m.date)})" for m in meetings) or "none"
    raise MeetingNotFound(f"the board has no meeting {wanted!r}. Its meetings: {known}")


def load_meeting_print(store: Store, meeting_id: str) -> MeetingPrint:
    view = load_meeting(store, meeting_id)
    data = MeetingPrint(view.meeting, view.board, view.invitees, view.agenda)
    meeting = view.meeting
    data.copy_to = store.query(
        "SELECT name, organisation FROM meeting_copy_to WHERE meeting_id = ? ORDER BY position", (meeting_id,)
    )
    people = {
        r["id"]: r
        for r in store.query("SELECT id, name, organisation FROM members WHERE board_id = ?", (view.board["id"],))
    }
    data.secretary_name = people.get(meeting["secretary"] or "", {}).get("name")
    data.chair_organisation = people.get(meeting["chair"] or "", {}).get("organisation")
    data.attendance = [
        {**row, "deputy_for_name": people.get(row["deputy_for"] or "", {}).get("name")}
        for row in store.query(
            """SELECT a.member, a.status, a.deputy_for, a.arrived_at_case, a.left_at_case, m.role,
                      coalesce(m.name, a.guest) AS name,
                      coalesce(m.organisation, (SELECT i.organisation FROM meeting_invitees i
                                                WHERE i.meeting_id = a.meeting_id AND i.member IS NULL
                                                  AND i.name = a.guest)) AS organisation
               FROM attendance a LEFT JOIN members m ON m.id = a.member
               WHERE a.meeting_id = ? ORDER BY a.member IS NULL, a.position""",
            (meeting_id,),
        )
    ]
    for row in store.query(
        "SELECT d.* FROM decisions d JOIN cases c ON c.id = d.case_id WHERE c.meeting = ?", (meeting_id,)
    ):
        row["disqualified"] = [
            people.get(r["member"], {}).get("name", r["member"])
            for r in store.query(
                "SELECT member FROM decision_disqualified WHERE case_id = ? ORDER BY position", (row["case_id"],)
            )
        ]
        data.decisions[row["case_id"]] = row
    data.action_points = store.query(
        """SELECT a.*, c.seq, c.year FROM action_points a LEFT JOIN cases c ON c.id = a."case"
           WHERE a.meeting = ? OR c.meeting = ? ORDER BY a.position""",
        (meeting_id, meeting_id),
    )
    _add_minutes_record(store, data)
    return data


def _add_minutes_record(store: Store, data: MeetingPrint) -> None:
    """Approval, co-signers (the chair first) and amendments, from the minutes service."""
    state = minutes_state(store, data.meeting["id"])
    data.minutes = state
    if state.approved_by_meeting:
        by = store.query_one("SELECT number, year, date FROM meetings WHERE id = ?", (state.approved_by_meeting,))
        data.approved_by_label = f"{by['number']}/{by['year']}" if by and by["number"] else None
    data.cosigners = sorted(state.cosigners, key=lambda c: not c["is_chair"])
    data.amendments = state.amendments
