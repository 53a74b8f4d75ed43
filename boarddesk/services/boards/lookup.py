"""Boards, their members, projects and meetings; finding a board or a project by what a person
types; and which board a thing belongs to."""

from __future__ import annotations

from dataclasses import dataclass

from boarddesk.model.records import Member, Project, StatusReport
from boarddesk.store import Store


class BoardNotFound(LookupError):
    """No board, or more than one, matches what was typed; the message lists the candidates."""


class ProjectNotFound(LookupError):
    """No project, or more than one, matches what was typed; the message lists the candidates."""


@dataclass(frozen=True)
class BoardSummary:
    id: str
    name: str
    short_name: str | None
    case_number_format: str


def list_boards(store: Store) -> list[BoardSummary]:
    rows = store.query("SELECT id, name, short_name, case_number_format FROM boards ORDER BY position, name")
    return [BoardSummary(**row) for row in rows]


def resolve_board(store: Store, text: str) -> BoardSummary:
    """A board by its id or any unambiguous part of its name, ignoring case."""
    boards = list_boards(store)
    needle = text.strip().casefold()
    exact = [b for b in boards if needle in (b.id.casefold(), b.name.casefold(), (b.short_name or "").casefold())]
    if len(exact) == 1:
        return exact[0]
    matches = exact or [
        b for b in boards if needle and (needle in b.name.casefold() or needle in (b.short_name or "").casefold())
    ]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        known = "; ".join(f"{b.id} ({b.name})" for b in boards) or "there are no boards in this store"
        raise BoardNotFound(f"no board matches {text!r}. Boards: {known}")
    candidates = "; ".join(f"{b.id} ({b.name})" for b in matches)
    raise BoardNotFound(f"{text!r} matches more than one board: {candidates}. Type more of the name, or the id.")


def resolve_project(store: Store, text: str, board_id: str | None = None) -> str:
    """A project's id from its id or any unambiguous part of its name, ignoring case; with a
    board, only among that board's projects."""
    # casefold in Python: SQLite's lower() leaves æ, ø and å alone
    every = store.query("SELECT id, name FROM projects WHERE ?1 IS NULL OR board_id = ?1 ORDER BY name", (board_id,))
    if any(r["id"] == text.strip() for r in every):
        return text.strip()
    needle = text.strip().casefold()
    rows = [r for r in every if needle in r["name"].casefold()] or [r for r in every if needle in r["id"].casefold()]
    exact = [r for r in rows if r["name"].casefold() == needle]
    if needle and (len(exact) == 1 or len(rows) == 1):
        return (exact or rows)[0]["id"]
    where = f" on board {board_id}" if board_id else ""
    if not needle or not rows:
        raise ProjectNotFound(f"no project{where} matches {text!r}. Type its id or a part of its name.")
    candidates = "; ".join(f"{r['id']} ({r['name']})" for r in rows[:10])
    more = f" and {len(rows) - 10} more" if len(rows) > 10 else ""
    raise ProjectNotFound(
        f"{text!r} matches more than one project{where}: {candidates}{more}. Type more of the name, or the id."
    )


# Joins each project `p` to its latest status report `s` (the last entered of a day wins), if any.
LATEST_REPORT_JOIN = """LEFT JOIN status_reports s ON s.id = (
    SELECT id FROM status_reports WHERE project_id = p.id ORDER BY report_date DESC, position DESC LIMIT 1)"""


@dataclass(frozen=True)
class MeetingSummary:
    id: str
    number: int | None
    year: int | None
    date: str
    place: str | None

    def label(self) -> str:
        return f"{self.number}/{self.year}" if self.number else self.date


def list_meetings(store: Store, board_id: str) -> list[MeetingSummary]:
    rows = store.query(
        "SELECT id, number, year, date, place FROM meetings WHERE board_id = ? ORDER BY date DESC", (board_id,)
    )
    return [MeetingSummary(**row) for row in rows]


def board_members(store: Store, board_id: str, *, active_only: bool = False) -> list[Member]:
    """The board's members in the board's order; `active_only` leaves out those who have left."""
    rows = store.query(
        "SELECT id, name, organisation FROM members WHERE board_id = ? AND (? = 0 OR coalesce(active, 1)) "
        "ORDER BY position",
        (board_id, int(active_only)),
    )
    return [Member(**row) for row in rows]


def board_projects(store: Store, board_id: str) -> list[Project]:
    rows = store.query("SELECT id, name FROM projects WHERE board_id = ? ORDER BY position", (board_id,))
    return [Project(**row) for row in rows]


def recent_status_reports(store: Store, board_id: str, limit: int = 60) -> list[StatusReport]:
    """The board's newest status reports, for picking the ones a case shows."""
    rows = store.query(
        "SELECT s.id, p.name AS project_name, s.report_date FROM status_reports s "
        "JOIN projects p ON p.id = s.project_id WHERE p.board_id = ? ORDER BY s.report_date DESC, p.position LIMIT ?",
        (board_id, limit),
    )
    return [StatusReport(**row) for row in rows]


def first_board(store: Store) -> str | None:
    return store.scalar("SELECT id FROM boards ORDER BY position LIMIT 1")


# The board a thing belongs to, by kind of thing.
BOARD_OF_KIND = {
    "project": "SELECT board_id FROM projects WHERE id = ?",
    "status_report": "SELECT p.board_id FROM status_reports s JOIN projects p ON p.id = s.project_id WHERE s.id = ?",
    "risk": "SELECT p.board_id FROM risks r JOIN projects p ON p.id = r.project_id WHERE r.id = ?",
    "milestone": "SELECT p.board_id FROM milestones m JOIN projects p ON p.id = m.project_id WHERE m.id = ?",
    "case": "SELECT board_id FROM cases WHERE id = ?",
    "decision": "SELECT board_id FROM cases WHERE id = ?",  # a decision is named by its case
    "meeting": "SELECT board_id FROM meetings WHERE id = ?",
    "attachment": "SELECT board_id FROM attachments WHERE id = ?",
}


def board_of(store: Store, kind: str, ident: str) -> str | None:
    """The id of the board a project, report, risk, milestone, case, meeting or document belongs
    to; None when there is no such thing (or the kind has no board)."""
    sql = BOARD_OF_KIND.get(kind)
    return store.scalar(sql, (ident,)) if sql else None
