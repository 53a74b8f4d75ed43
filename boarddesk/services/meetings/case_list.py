"""Cases: a board's cases of a year or of a meeting as the papers list them (number, meeting, type,
title, state), and what a case holds: parts, linked projects and reports, decision, documents."""

from __future__ import annotations

from dataclasses import dataclass

from boarddesk.model.case_numbers import format_case_number
from boarddesk.model.records import Attachment, Case, CasePart
from boarddesk.store import Store


@dataclass(frozen=True)
class CaseLine:
    case_id: str
    meeting_id: str | None
    number: str
    meeting: str  # «7/2021»
    meeting_date: str | None
    types: tuple[str, ...]
    title: str
    state: str


def cases_of_year(store: Store, board_id: str, year: int) -> list[CaseLine]:
    """Numbered cases of the board's year in number order (a legacy duplicate next to its twin)."""
    rows = store.query(
        """SELECT c.id, c.meeting, c.seq, c.year, c.title, coalesce(c.state, 'draft') AS state,
                  m.number, m.year AS meeting_year, m.date, b.case_number_format,
                  (SELECT group_concat(type) FROM (SELECT DISTINCT type FROM case_parts WHERE case_id = c.id
                                                   ORDER BY position)) AS types
           FROM cases c JOIN boards b ON b.id = c.board_id LEFT JOIN meetings m ON m.id = c.meeting
           WHERE c.board_id = ? AND c.year = ? AND c.seq IS NOT NULL
           ORDER BY c.seq, m.date, c.agenda_position""",
        (board_id, year),
    )
    return [
        CaseLine(
            row["id"],
            row["meeting"],
            format_case_number(row["case_number_format"], row["seq"], row["year"]),
            f"{row['number']}/{row['meeting_year']}" if row["number"] else (row["date"] or ""),
            row["date"],
            tuple(row["types"].split(",")) if row["types"] else (),
            row["title"],
            row["state"],
        )
        for row in rows
    ]


def cases_of_meeting(store: Store, meeting_id: str) -> list[CaseLine]:
    """The numbered cases a meeting dealt with, in number order."""
    row = store.require_one(
        "SELECT board_id, year FROM meetings WHERE id = ?", (meeting_id,), f"there is no meeting {meeting_id!r}"
    )
    years = {row["year"]} | {
        r["year"]
        for r in store.query("SELECT DISTINCT year FROM cases WHERE meeting = ? AND year IS NOT NULL", (meeting_id,))
    }
    return [
        line
        for year in sorted(y for y in years if y is not None)
        for line in cases_of_year(store, row["board_id"], year)
        if line.meeting_id == meeting_id
    ]


def get_case(store: Store, case_id: str) -> Case:
    row = store.require_one(
        """SELECT id, board_id, meeting, title, presenter, document, minutes_allotted, description,
                  proposed_decision, confidentiality, print_status_reports, version FROM cases WHERE id = ?""",
        (case_id,),
        f"there is no case {case_id!r}",
    )
    return Case(**{**row, "print_status_reports": bool(row["print_status_reports"])})


def case_parts(store: Store, case_id: str) -> list[CasePart]:
    rows = store.query("SELECT title, type FROM case_parts WHERE case_id = ? ORDER BY position", (case_id,))
    return [CasePart(**row) for row in rows]


def linked_projects(store: Store, case_id: str) -> list[str]:
    """The ids of the projects a case concerns, in the case's order."""
    rows = store.query("SELECT project FROM case_projects WHERE case_id = ? ORDER BY position", (case_id,))
    return [row["project"] for row in rows]


def linked_reports(store: Store, case_id: str) -> set[str]:
    """The ids of the status reports a case shows."""
    return {r["report"] for r in store.query("SELECT report FROM case_status_reports WHERE case_id = ?", (case_id,))}


def has_decision(store: Store, case_id: str) -> bool:
    """Whether a decision is recorded for the case (even an empty one)."""
    return bool(store.scalar("SELECT EXISTS (SELECT 1 FROM decisions WHERE case_id = ?)", (case_id,)))


def case_documents(store: Store, case_id: str) -> list[Attachment]:
    """The documents attached to a case, with their content, in the case's order."""
    rows = store.query(
        """SELECT a.id, a.filename, a.title, a.media_type, a.content, a.confidentiality FROM case_attachments ca
           JOIN attachments a ON a.id = ca.attachment WHERE ca.case_id = ? ORDER BY ca.position""",
        (case_id,),
    )
    return [Attachment(**row) for row in rows]
