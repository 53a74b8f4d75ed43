"""The decision register: every decision (vedtak) across boards and years, searchable in full
text and filtered by board, year, project and case type. A decision recorded at a meeting links
to its meeting and case; one from a project card's decision history links to the project."""

from __future__ import annotations

from dataclasses import dataclass

from boarddesk.model.case_numbers import format_case_number
from boarddesk.services.search import fts_query
from boarddesk.store import Store


@dataclass(frozen=True)
class DecisionEntry:
    case_id: str | None  # None for an entry from a project card's decision history
    meeting_id: str | None
    board_id: str
    body: str
    date: str | None
    case_number: str
    title: str  # the case's title; for a history entry, the project's name
    text: str
    types: tuple[str, ...] = ()
    unanimous: bool | None = None
    dissent: str | None = None
    project_id: str | None = None  # the project whose card's history holds the entry
    inferred: bool = False  # taken from another paper (a later case citing it), not from the minutes
    source_note: str | None = None  # where it was taken from

    @property
    def from_history(self) -> bool:
        return self.case_id is None


@dataclass(frozen=True)
class DecisionFilter:
    text: str | None = None
    board_id: str | None = None
    year: int | None = None
    project: str | None = None  # a project id, or part of its name
    case_type: str | None = None
    project_id: str | None = None  # exactly this project (what --project NAME resolves to)


def find_decisions(store: Store, where: DecisionFilter | None = None, limit: int = 500) -> list[DecisionEntry]:
    """Decisions matching every filter given, newest first: those recorded at meetings, and those
    in projects' decision histories that are not one of them (the same case number and date)."""
    where = where or DecisionFilter()
    recorded = _recorded(store, where, limit)
    history = [] if where.case_type else _history(store, where, limit)  # the history knows no case types
    known = {(e.case_number, e.date) for e in recorded if e.case_number}
    entries = recorded + [e for e in history if (e.case_number, e.date) not in known]  # "" is never known
    entries.sort(key=lambda e: e.date or "", reverse=True)  # stable: recorded first on a day
    return entries[:limit]


def _filters(where: DecisionFilter, **conditions: str) -> tuple[str, list]:
    """The " AND …" clauses of the filters given and their parameters: `conditions` maps a filter's
    field to its SQL condition, every ? in which stands for the filter's value (the text as an FTS
    query, the year as a string)."""
    sql = ""
    params: list = []
    for name, condition in conditions.items():
        value = getattr(where, name)
        if name == "text":
            value = value and fts_query(value)
        elif name == "year" and value:
            value = str(value)
        if value:
            sql += " AND " + condition
            params += [value] * condition.count("?")
    return sql, params


def _recorded(store: Store, where: DecisionFilter, limit: int) -> list[DecisionEntry]:
    sql = """SELECT d.case_id, c.meeting, c.board_id, coalesce(b.short_name, b.name) AS body,
                    coalesce(d.date, m.date) AS date, c.seq, c.year, b.case_number_format, c.title, d.text,
                    d.unanimous, d.dissent, d.inferred, d.source_note,
                    (SELECT group_concat(type) FROM (SELECT DISTINCT type FROM case_parts WHERE case_id = c.id
                                                     ORDER BY position)) AS types
             FROM decisions d JOIN cases c ON c.id = d.case_id JOIN boards b ON b.id = c.board_id
             LEFT JOIN meetings m ON m.id = c.meeting
             WHERE trim(d.text) != ''"""
    filters, params = _filters(
        where,
        text="""d.case_id IN (SELECT s.ref FROM search_fts JOIN search_docs s ON s.rowid = search_fts.rowid
                                 WHERE search_fts MATCH ? AND s.kind = 'decision')""",
        board_id="c.board_id = ?",
        year="substr(coalesce(d.date, m.date), 1, 4) = ?",
        project="""d.case_id IN (SELECT cp.case_id FROM case_projects cp JOIN projects p ON p.id = cp.project
                                    WHERE p.id = ? OR p.name LIKE '%' || ? || '%')""",
        project_id="d.case_id IN (SELECT case_id FROM case_projects WHERE project = ?)",
        case_type="d.case_id IN (SELECT case_id FROM case_parts WHERE type = ?)",
    )
    sql += filters + " ORDER BY date DESC, c.year DESC, c.seq DESC LIMIT ?"
    params.append(limit)
    return [
        DecisionEntry(
            row["case_id"],
            row["meeting"],
            row["board_id"],
            row["body"],
            row["date"],
            format_case_number(row["case_number_format"], row["seq"], row["year"]) if row["seq"] else "",
            row["title"],
            row["text"],
            tuple((row["types"] or "").split(",")) if row["types"] else (),
            None if row["unanimous"] is None else bool(row["unanimous"]),
            row["dissent"],
            inferred=bool(row["inferred"]),
            source_note=row["source_note"],
        )
        for row in store.query(sql, params)
    ]


def _history(store: Store, where: DecisionFilter, limit: int) -> list[DecisionEntry]:
    """Entries of the projects' decision histories (as on their cards); the board is the project's."""
    sql = """SELECT h.project_id, h.date, h.body, h.case_number, h.text, p.name, p.board_id
             FROM decision_history h JOIN projects p ON p.id = h.project_id
             WHERE trim(h.text) != ''"""
    filters, params = _filters(
        where,
        text="""h.project_id || '#' || h.position IN (
                    SELECT s.ref FROM search_fts JOIN search_docs s ON s.rowid = search_fts.rowid
                    WHERE search_fts MATCH ? AND s.kind = 'project_decision')""",
        board_id="p.board_id = ?",
        year="substr(h.date, 1, 4) = ?",
        project="(p.id = ? OR p.name LIKE '%' || ? || '%')",
        project_id="p.id = ?",
    )
    sql += filters + " ORDER BY h.date DESC, p.name, h.position LIMIT ?"
    params.append(limit)
    return [
        DecisionEntry(
            None,
            None,
            row["board_id"],
            row["body"] or "",
            row["date"],
            row["case_number"] or "",
            row["name"],
            row["text"],
            project_id=row["project_id"],
        )
        for row in store.query(sql, params)
    ]


def decision_years(store: Store) -> list[int]:
    """The years with a decision, recorded or in a project's history, newest first."""
    rows = store.query(
        "SELECT CAST(substr(coalesce(d.date, m.date), 1, 4) AS INTEGER) AS year FROM decisions d "
        "JOIN cases c ON c.id = d.case_id LEFT JOIN meetings m ON m.id = c.meeting "
        "UNION SELECT CAST(substr(date, 1, 4) AS INTEGER) FROM decision_history ORDER BY year DESC"
    )
    return [row["year"] for row in rows if row["year"]]
