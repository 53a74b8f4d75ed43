"""A board's cases of a year, as the papers list them: number, meeting, type, title, state."""

from __future__ import annotations

from dataclasses import dataclass

from boarddesk.model.case_numbers import format_case_number
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
