"""Search everything people wrote, as they type: one FTS5 query, hits grouped by kind."""

from __future__ import annotations

import re
from dataclasses import dataclass

from boarddesk.model.vocabulary import SEARCH_KIND
from boarddesk.store import Store

# What a hit's title is, per kind of thing (the index holds text; titles are read fresh).
_TITLES = {
    "project": "SELECT name FROM projects WHERE id = ?",
    "status_report": "SELECT p.name || ' – ' || s.report_date FROM status_reports s JOIN projects p ON p.id = s.project_id WHERE s.id = ?",
    "area_rating": "SELECT p.name || ' – ' || s.report_date FROM status_reports s JOIN projects p ON p.id = s.project_id WHERE s.id = substr(?1, 1, instr(?1, '/') - 1)",
    "milestone": "SELECT p.name || ': ' || m.name FROM milestones m JOIN projects p ON p.id = m.project_id WHERE m.id = ?",
    "risk": "SELECT p.name || ': risiko ' || r.number FROM risks r JOIN projects p ON p.id = r.project_id WHERE r.id = ?",
    "dependency": "SELECT p.name || ': ' || coalesce(d.on_actor, d.what, '') FROM dependencies d JOIN projects p ON p.id = d.project_id WHERE d.id = ?",
    "project_decision": "SELECT p.name || ': ' || coalesce(h.case_number, h.date, '') FROM decision_history h JOIN projects p ON p.id = h.project_id WHERE h.project_id || '#' || h.position = ?",
    "case": "SELECT title FROM cases WHERE id = ?",
    "decision": "SELECT 'Vedtak: ' || title FROM cases WHERE id = ?",
    "action_point": "SELECT text FROM action_points WHERE id = ?",
    "annotation": "SELECT author || ': ' || substr(text, 1, 60) FROM annotations WHERE id = ?",
}

KIND_ORDER = SEARCH_KIND.keys


@dataclass(frozen=True)
class SearchHit:
    kind: str
    ref: str
    board_id: str | None
    board_name: str
    title: str
    snippet: str


def fts_query(text: str) -> str | None:
    """Each word the user typed, as a prefix, all required: `kjerne jour` finds «Kjernejournal…»."""
    words = re.findall(r"\w+", text, flags=re.UNICODE)
    if not words:
        return None
    return " AND ".join(f'"{word}"*' for word in words)


def search(store: Store, text: str, board_id: str | None = None, limit: int = 50) -> list[SearchHit]:
    query = fts_query(text)
    if query is None:
        return []
    sql = """SELECT d.kind, d.ref, d.board_id, coalesce(b.short_name, b.name, '') AS board_name,
                    snippet(search_fts, -1, '[', ']', '…', 10) AS snippet
             FROM search_fts JOIN search_docs d ON d.rowid = search_fts.rowid
             LEFT JOIN boards b ON b.id = d.board_id
             WHERE search_fts MATCH ?"""
    params: list = [query]
    if board_id:
        sql += " AND d.board_id = ?"
        params.append(board_id)
    sql += " ORDER BY rank LIMIT ?"
    params.append(limit)
    hits = []
    for row in store.query(sql, params):
        title = store.scalar(_TITLES[row["kind"]], (row["ref"],)) or row["ref"]
        snippet = " ".join(row["snippet"].split())
        hits.append(SearchHit(row["kind"], row["ref"], row["board_id"], row["board_name"], title, snippet))
    hits.sort(key=lambda hit: KIND_ORDER.index(hit.kind))
    return hits
