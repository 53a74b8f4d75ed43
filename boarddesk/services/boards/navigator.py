"""What the navigator shows, a slice at a time: a board's programmes and projects in pages, the
children of a programme, and the way down to one project. Every query is bounded by a page size
or walks an index, so the navigator costs the same with 40 projects or 10 000."""

from __future__ import annotations

from dataclasses import dataclass

from boarddesk.services.boards.lookup import board_of
from boarddesk.store import Store

PAGE_SIZE = 200

# The latest report's overall status, found through the (project_id, report_date) index.
_LATEST_STATUS = """(SELECT overall_status FROM status_reports WHERE project_id = p.id
                     ORDER BY report_date DESC, position DESC LIMIT 1)"""


@dataclass(frozen=True)
class NavProject:
    id: str
    name: str
    kind: str | None
    position: int
    overall_status: str | None
    has_children: bool


def project_page(
    store: Store,
    board_id: str,
    parent_id: str | None,
    after_position: int | None = None,
    limit: int | None = PAGE_SIZE,
    up_to_position: int | None = None,
) -> list[NavProject]:
    """The next page of a board's top-level projects (parent_id None) or of a programme's children,
    in the board's order, starting after `after_position`. With `up_to_position`, every row up to
    that position is included (to reach a project deep in the list)."""
    sql = f"""SELECT p.id, p.name, p.kind, p.position, {_LATEST_STATUS} AS overall_status,
                     EXISTS (SELECT 1 FROM projects c WHERE c.parent = p.id) AS has_children
              FROM projects p WHERE p.board_id = ? AND p.parent IS ? AND p.position > ?"""
    params: list = [board_id, parent_id, -1 if after_position is None else after_position]
    if up_to_position is not None:
        sql += " AND p.position <= ?"
        params.append(up_to_position)
    sql += " ORDER BY p.position, p.id"
    if limit is not None and up_to_position is None:
        sql += " LIMIT ?"
        params.append(limit)
    return [NavProject(**{**row, "has_children": bool(row["has_children"])}) for row in store.query(sql, params)]


def project_summary(store: Store, project_id: str) -> NavProject | None:
    """One project's navigator row, read again after an edit."""
    row = store.query_one(
        f"""SELECT p.id, p.name, p.kind, p.position, {_LATEST_STATUS} AS overall_status,
                   EXISTS (SELECT 1 FROM projects c WHERE c.parent = p.id) AS has_children
            FROM projects p WHERE p.id = ?""",
        (project_id,),
    )
    return NavProject(**{**row, "has_children": bool(row["has_children"])}) if row else None


@dataclass(frozen=True)
class ProjectPath:
    """Where a project sits: its board and the chain of projects from the top level down to it."""

    board_id: str
    chain: list[tuple[str, int]]  # (project id, position), outermost first, ending with the project


def project_path(store: Store, project_id: str) -> ProjectPath | None:
    chain: list[tuple[str, int]] = []
    board_id = None
    current: str | None = project_id
    seen: set[str] = set()
    while current and current not in seen:  # a loop in bad data must not hang the window
        seen.add(current)
        row = store.query_one("SELECT board_id, parent, position FROM projects WHERE id = ?", (current,))
        if row is None:
            return None
        chain.insert(0, (current, row["position"]))
        board_id = row["board_id"]
        current = row["parent"]
    return ProjectPath(board_id, chain) if board_id else None


def meeting_board(store: Store, meeting_id: str) -> str | None:
    return board_of(store, "meeting", meeting_id)


def has_meetings(store: Store, board_id: str) -> bool:
    return store.scalar("SELECT EXISTS (SELECT 1 FROM meetings WHERE board_id = ?)", (board_id,)) == 1
