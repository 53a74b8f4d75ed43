"""Reading meetings: finding one by what a person types, the invitation's facts and the agenda,
and the one minutes record that the screen and the printed minutes both render."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from boarddesk.model.case_numbers import format_case_number
from boarddesk.model.formatting import format_date, parse_date
from boarddesk.model.records import AgendaCase, AgendaEntry, Attendance, Board, CasePart, Decision, Meeting
from boarddesk.model.vocabulary import ends_in_conclusion
from boarddesk.services.boards.lookup import board_members, list_meetings
from boarddesk.services.meetings.action_points import open_for_meeting
from boarddesk.services.meetings.agenda import agenda_changes, previous_meeting
from boarddesk.services.meetings.minutes import MinutesState, minutes_state
from boarddesk.services.transfer.review import EnclosedMinutes, Review, carried_point, held_review
from boarddesk.store import Row, Store


class MeetingNotFound(LookupError):
    """No meeting of the board has that number, date or id; the message lists the board's meetings."""


def resolve_meeting(store: Store, board_id: str, text: str) -> str:
    """A meeting's id from its number (`7/2021`), its date (`2021-12-01` or `01.12.2021`) or its
    id (`pds-m-2021-7`). On a day with two meetings, the date names the first."""
    wanted = text.strip()
    number = re.sub(r"\s+", "", wanted)
    try:
        day = parse_date(wanted)
    except ValueError:
        day = None
    meetings = sorted(list_meetings(store, board_id), key=lambda m: m.date)
    for meeting in meetings:
        if wanted == meeting.id or number == meeting.label() or (day and meeting.date == day.isoformat()):
            return meeting.id
    known = ", ".join(f"{m.label()} ({format_date(m.date)})" for m in meetings) or "none"
    raise MeetingNotFound(f"the board has no meeting {wanted!r}. Its meetings: {known}")


def meeting_heading(store: Store, meeting_id: str) -> Meeting:
    row = store.require_one(
        """SELECT m.id, m.board_id, coalesce(b.short_name, b.name) AS board_name, m.number, m.year, m.date,
                  m.start_time, m.end_time, m.place, m.chair, c.name AS chair_name,
                  coalesce(m.agenda_published, 0) AS agenda_published, m.secretary
           FROM meetings m JOIN boards b ON b.id = m.board_id LEFT JOIN members c ON c.id = m.chair
           WHERE m.id = ?""",
        (meeting_id,),
        f"there is no meeting {meeting_id!r}",
    )
    return Meeting(**{**row, "agenda_published": bool(row["agenda_published"])})


def later_meetings(store: Store, meeting_id: str) -> list[Meeting]:
    """The board's meetings after this one, soonest first: those that can approve its minutes."""
    ids = store.query(
        """SELECT later.id FROM meetings m JOIN meetings later ON later.board_id = m.board_id AND later.date > m.date
           WHERE m.id = ? ORDER BY later.date""",
        (meeting_id,),
    )
    return [meeting_heading(store, row["id"]) for row in ids]


def agenda_entries(store: Store, meeting_id: str | None) -> list[AgendaEntry]:
    rows = store.query(
        "SELECT id, title, standard_item FROM cases WHERE meeting = ? ORDER BY agenda_position", (meeting_id,)
    )
    return [AgendaEntry(**row) for row in rows]


def latest_meeting_year(store: Store, board_id: str) -> int | None:
    """The year of the board's latest meeting: the one the secretary is working in."""
    return store.scalar("SELECT max(year) FROM meetings WHERE board_id = ?", (board_id,))


def invitees_of(store: Store, meeting_id: str) -> list[Row]:
    """The invitation's list as stored: a member's row has `member`, a guest's `name` and `organisation`."""
    return store.query("SELECT * FROM meeting_invitees WHERE meeting_id = ? ORDER BY position", (meeting_id,))


def copy_to_of(store: Store, meeting_id: str) -> list[Row]:
    return store.query(
        "SELECT name, organisation FROM meeting_copy_to WHERE meeting_id = ? ORDER BY position", (meeting_id,)
    )


# -- the invitation and the agenda --------------------------------------------------------------
@dataclass
class MeetingAgenda:
    meeting: Meeting
    board: Board
    invitees: list[Row]
    agenda: list[AgendaCase]


def load_meeting(store: Store, meeting_id: str) -> MeetingAgenda:
    meeting = meeting_heading(store, meeting_id)
    board = Board(
        **store.query_one(
            """SELECT id, name, short_name, kind, organisation, case_number_format, seat, signing_officer,
                      signing_officer_title FROM boards WHERE id = ?""",
            (meeting.board_id,),
        )
    )
    invitees = store.query(
        """SELECT coalesce(m.name, i.name) AS name, coalesce(m.organisation, i.organisation) AS organisation,
                  coalesce(i.role, m.role) AS role, i.member
           FROM meeting_invitees i LEFT JOIN members m ON m.id = i.member
           WHERE i.meeting_id = ? ORDER BY i.position""",
        (meeting_id,),
    )
    return MeetingAgenda(meeting, board, invitees, agenda_of(store, meeting_id, board.case_number_format))


AGENDA_CASE_COLUMNS = (
    "id, board_id, meeting, title, seq, year, state, standard_item, description, document, presenter, "
    "case_officer, case_owner, minutes_allotted, proposed_decision, to_body, paper_date, body_text, "
    "confidentiality, discussion, coalesce(print_status_reports, 0) AS print_status_reports, inferred_fields, version"
)


def agenda_of(store: Store, meeting_id: str, number_format: str) -> list[AgendaCase]:
    """The meeting's cases in agenda order, each numbered in the board's format with its parts."""
    return agenda_cases(store, "meeting = ?", (meeting_id,), number_format)


def agenda_case(store: Store, case_id: str) -> AgendaCase:
    """One case as the agenda shows it, numbered in its board's format."""
    number_format = store.require_one(
        "SELECT b.case_number_format FROM cases c JOIN boards b ON b.id = c.board_id WHERE c.id = ?",
        (case_id,),
        f"there is no case {case_id!r}",
    )["case_number_format"]
    return agenda_cases(store, "id = ?", (case_id,), number_format)[0]


def agenda_cases(store: Store, where: str, params: tuple, number_format: str) -> list[AgendaCase]:
    """The cases `where` picks (a condition on the cases table), in agenda order, with their parts."""
    cases = store.query(
        f"SELECT {AGENDA_CASE_COLUMNS} FROM cases WHERE {where} ORDER BY agenda_position, seq, position", params
    )
    parts = store.query_grouped(
        f"""SELECT p.case_id, p.title, p.type FROM case_parts p
            WHERE p.case_id IN (SELECT id FROM cases WHERE {where}) ORDER BY p.position""",
        params,
        "case_id",
    )
    return [
        AgendaCase(
            **{
                **case,
                "number": format_case_number(number_format, case["seq"], case["year"]) if case["seq"] else "",
                "print_status_reports": bool(case["print_status_reports"]),
                "inferred_fields": tuple(json.loads(case["inferred_fields"] or "[]")),
                "parts": tuple(CasePart(p["title"], p["type"]) for p in parts.get(case["id"], [])),
            }
        )
        for case in cases
    ]


# -- the minutes record: one for the screen and for paper ----------------------------------------
@dataclass
class MeetingRecord:
    """Everything the minutes show (and the invitation and pack print) about one meeting."""

    meeting: Meeting
    board: Board
    invitees: list[Row]
    agenda: list[AgendaCase]  # in agenda order
    copy_to: list[Row] = field(default_factory=list)
    secretary_name: str | None = None
    chair_organisation: str | None = None
    attendance: list[Attendance] = field(default_factory=list)  # members in their order, then guests
    decisions: dict[str, Decision] = field(default_factory=dict)  # by case id
    action_points: list[Row] = field(default_factory=list)
    minutes: MinutesState | None = None
    approved_by_label: str | None = None  # the meeting that approved the minutes, «1/2022»
    approved_in_case_number: str | None = None  # and the case there, «1/22»
    cosigners: list[Row] = field(default_factory=list)  # the chair first
    amendments: list[Row] = field(default_factory=list)
    agenda_changes: list[Row] = field(default_factory=list)  # changes after the agenda was published
    previous_meeting: Meeting | None = None  # the board's meeting before: its minutes are approved at this one
    open_action_points: list[Row] = field(default_factory=list)  # from earlier meetings, to review at this one
    # A member's copy: the previous meeting, its minutes and the open points as the meeting's bundle carried them.
    review_received: bool = False
    enclosed_minutes: EnclosedMinutes | None = None  # the previous minutes: a document of the approval case

    def label(self, lang: str = "nb") -> str:
        """«7/2021», or the date for a board that does not number its meetings."""
        return meeting_label(self.meeting, lang)

    def previous_label(self, lang: str = "nb") -> str | None:
        return meeting_label(self.previous_meeting, lang) if self.previous_meeting else None

    def board_name(self) -> str:
        return self.board.name

    def action_points_of(self, case_id: str) -> list[Row]:
        return [point for point in self.action_points if point["case"] == case_id]


def meeting_label(meeting: Meeting, lang: str = "nb") -> str:
    """«7/2021», or the date for a board that does not number its meetings."""
    return meeting.label() or format_date(meeting.date, lang)


def meeting_record(store: Store, meeting_id: str) -> MeetingRecord:
    view = load_meeting(store, meeting_id)
    data = MeetingRecord(view.meeting, view.board, view.invitees, view.agenda)
    meeting = view.meeting
    data.copy_to = copy_to_of(store, meeting_id)
    people = {member.id: member for member in board_members(store, view.board.id)}

    def name_of(member_id: str | None) -> str | None:
        return people[member_id].name if member_id in people else None

    data.secretary_name = name_of(meeting.secretary)
    data.chair_organisation = people[meeting.chair].organisation if meeting.chair in people else None
    data.attendance = _attendance(store, meeting_id, name_of)
    data.decisions = decisions_where(store, "c.meeting = ?", (meeting_id,), name_of)
    data.action_points = store.query(
        """SELECT a.*, c.seq, c.year FROM action_points a LEFT JOIN cases c ON c.id = a."case"
           WHERE a.meeting = ? OR c.meeting = ? ORDER BY a.position""",
        (meeting_id, meeting_id),
    )
    _add_approval(store, data)
    data.agenda_changes = agenda_changes(store, meeting_id)
    previous = previous_meeting(store, meeting_id)
    data.previous_meeting = meeting_heading(store, previous["id"]) if previous else None
    # The case's own year under `year`, as in the minutes' own list of points.
    data.open_action_points = [{**p, "year": p["case_year"]} for p in open_for_meeting(store, meeting_id)]
    review = held_review(store, meeting_id)
    if review is not None:
        _add_review(data, review)
    return data


def _add_review(data: MeetingRecord, review: Review) -> None:
    """A received meeting reviews the meetings before it as the secretary's store holds them, which
    the member's copy may not hold, or hold as an older bundle left them."""
    meeting = data.meeting
    previous = review.previous_meeting
    data.review_received = True
    data.previous_meeting = (
        Meeting(
            str(previous.get("id") or ""),
            meeting.board_id,
            meeting.board_name,
            previous.get("number"),
            previous.get("year"),
            previous["date"],
            None,
            None,
            None,
            None,
            None,
            False,
        )
        if previous
        else None
    )
    data.enclosed_minutes = review.minutes
    data.open_action_points = [
        carried_point(point, data.board.case_number_format) for point in review.open_action_points
    ]


def _attendance(store: Store, meeting_id: str, name_of: Callable[[str | None], str | None]) -> list[Attendance]:
    """Members in the order recorded, then guests; a guest's organisation is the invitation's."""
    rows = store.query(
        """SELECT a.member, a.status, a.deputy_for, a.arrived_at_case, a.left_at_case, m.role,
                  coalesce(m.name, a.guest) AS name,
                  coalesce(m.organisation, (SELECT i.organisation FROM meeting_invitees i
                                            WHERE i.meeting_id = a.meeting_id AND i.member IS NULL
                                              AND i.name = a.guest)) AS organisation
           FROM attendance a LEFT JOIN members m ON m.id = a.member
           WHERE a.meeting_id = ? ORDER BY a.member IS NULL, a.position""",
        (meeting_id,),
    )
    return [Attendance(**row, deputy_for_name=name_of(row["deputy_for"])) for row in rows]


def case_decision(store: Store, case_id: str) -> Decision | None:
    """A case's decision as the minutes record it, or None before one is recorded."""
    board_id = store.scalar("SELECT board_id FROM cases WHERE id = ?", (case_id,))
    names = {member.id: member.name for member in board_members(store, board_id)}
    return decisions_where(store, "c.id = ?", (case_id,), names.get).get(case_id)


def decisions_where(
    store: Store, where: str, params: tuple, name_of: Callable[[str | None], str | None]
) -> dict[str, Decision]:
    """The decisions of the cases `where` picks (a condition on cases `c`) by case id, each with the
    names of those disqualified as the record names them (a guest by their name; a member's id
    where the board no longer lists them), and whether the case ends in a conclusion."""
    disqualified = store.query_grouped(
        f"""SELECT q.case_id, q.member, q.guest FROM decision_disqualified q JOIN cases c ON c.id = q.case_id
            WHERE {where} ORDER BY q.position""",
        params,
        "case_id",
    )
    rows = store.query(
        f"""SELECT d.case_id, d.text, d.date, d.unanimous, d.votes_for, d.votes_against, d.votes_blank, d.dissent,
                   d.protocol_remark, d.inferred, d.source_note, d.version,
                   (SELECT group_concat(type) FROM case_parts WHERE case_id = c.id) AS types
            FROM decisions d JOIN cases c ON c.id = d.case_id WHERE {where}""",
        params,
    )
    decisions = {}
    for row in rows:
        fields = dict(row)
        types = (fields.pop("types") or "").split(",")
        decisions[row["case_id"]] = Decision(
            **{
                **fields,
                "unanimous": None if row["unanimous"] is None else bool(row["unanimous"]),
                "inferred": bool(row["inferred"]),
                "disqualified": tuple(
                    r["guest"] or name_of(r["member"]) or r["member"] for r in disqualified.get(row["case_id"], [])
                ),
                "conclusion": ends_in_conclusion([t for t in types if t]),
            }
        )
    return decisions


def _add_approval(store: Store, data: MeetingRecord) -> None:
    """Approval, co-signers (the chair first) and amendments, from the minutes service."""
    state = minutes_state(store, data.meeting.id)
    data.minutes = state
    if state.approved_by_meeting:
        by = store.query_one(
            """SELECT m.number, m.year, c.seq, c.year AS case_year, b.case_number_format FROM meetings m
               JOIN boards b ON b.id = m.board_id LEFT JOIN cases c ON c.id = ? WHERE m.id = ?""",
            (state.approved_in_case, state.approved_by_meeting),
        )
        data.approved_by_label = f"{by['number']}/{by['year']}" if by and by["number"] else None
        if by and by["seq"]:
            data.approved_in_case_number = format_case_number(by["case_number_format"], by["seq"], by["case_year"])
    data.cosigners = sorted(state.cosigners, key=lambda c: not c["is_chair"])
    data.amendments = state.amendments
