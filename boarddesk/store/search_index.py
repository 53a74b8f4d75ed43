"""A full-text index (FTS5) over everything people write, kept in step by triggers.

Each source table gets three triggers that mirror its rows into `search_docs` (kind, ref, board)
and `search_fts` (title, body) under the same rowid. Triggers, not application code, so that no
write path can forget the index. The set of sources is frozen per schema version: a change to it
is a new migration, which adds its sources with `install_triggers`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

# Folding diacritics lets someone on a foreign keyboard type "pamelding" for "påmelding";
# SQLite's unicode61 never folds æ or ø, so those stay as typed.
TOKENIZER = "unicode61 remove_diacritics 2"


@dataclass(frozen=True)
class Source:
    kind: str
    table: str
    ref: str  # SQL over the row (written with R. for NEW/OLD) giving its reference
    board: str  # SQL giving the board id
    title: str
    body: tuple[str, ...]
    when: str = "1"  # index the row only when this holds

    def expr(self, sql: str, row: str) -> str:
        return sql.replace("R.", f"{row}.")


def _project_board(column: str) -> str:
    return f"(SELECT board_id FROM projects WHERE id = R.{column})"


def _report_board(column: str) -> str:
    return f"(SELECT p.board_id FROM status_reports s JOIN projects p ON p.id = s.project_id WHERE s.id = R.{column})"


def _json_list_as_text(column: str) -> str:
    """A JSON list of strings as plain words, so snippets read «Helsenorge, Kjernejournal»."""
    return f"replace(replace(replace({column}, '[\"', ''), '\"]', ''), '\", \"', ', ')"


SOURCES_V1: tuple[Source, ...] = (
    Source(
        "project",
        "projects",
        "R.id",
        "R.board_id",
        "R.name",
        (
            "R.description",
            "R.actor",
            "R.contact",
            "R.owner",
            "R.manager",
            "R.project_number",
            "R.segment",
            "R.phase",
            "R.focus_area",
            "R.implementation_strategy",
            "R.benefit_prerequisites",
            _json_list_as_text("R.national_solutions"),
        ),
    ),
    Source(
        "status_report",
        "status_reports",
        "R.id",
        _project_board("project_id"),
        "R.report_date",
        ("R.status_comment", "R.risk_comment", "R.summary", "R.manager_assessment"),
    ),
    Source(
        "area_rating",
        "area_ratings",
        "R.report_id || '/' || R.area",
        _report_board("report_id"),
        "R.area",
        ("R.comment",),
        when="coalesce(R.comment, '') != ''",
    ),
    Source(
        "milestone",
        "milestones",
        "R.id",
        _project_board("project_id"),
        "R.name",
        ("R.number", "R.description", "R.action_on_delay"),
    ),
    Source(
        "risk",
        "risks",
        "R.id",
        _project_board("project_id"),
        "R.number",
        ("R.description", "R.area", "R.owner", "R.comment"),
    ),
    Source(
        "dependency",
        "dependencies",
        "R.id",
        _project_board("project_id"),
        "R.what",
        ("R.on_actor", "R.for_what", "R.category"),
    ),
    Source(
        "project_decision",
        "decision_history",
        "R.project_id || '#' || R.position",
        _project_board("project_id"),
        "R.case_number",
        ("R.text", "R.body"),
    ),
    Source(
        "case",
        "cases",
        "R.id",
        "R.board_id",
        "R.title",
        ("R.description", "R.document", "R.proposed_decision", "R.body_text", "R.discussion", "R.presenter"),
    ),
    Source(
        "decision",
        "decisions",
        "R.case_id",
        "(SELECT board_id FROM cases WHERE id = R.case_id)",
        "(SELECT title FROM cases WHERE id = R.case_id)",
        ("R.text", "R.dissent"),
    ),
    Source("action_point", "action_points", "R.id", "R.board_id", "R.text", ("R.responsible", "R.comment")),
    Source("annotation", "annotations", "R.id", "R.board_id", "R.author", ("R.text",)),
)


def _meeting_board(column: str) -> str:
    return f"(SELECT board_id FROM meetings WHERE id = R.{column})"


# Schema version 4: what is written about minutes after the meeting.
SOURCES_V4: tuple[Source, ...] = (
    Source(
        "minutes_amendment",
        "minutes_amendments",
        "R.id",
        _meeting_board("meeting_id"),
        "R.reason",
        ("R.text",),
    ),
    Source(
        "minutes_remark",
        "minutes_cosigners",
        "R.meeting_id || '#' || R.member",
        _meeting_board("meeting_id"),
        "(SELECT name FROM members WHERE id = R.member)",
        ("R.remark",),
        when="coalesce(R.remark, '') != ''",
    ),
)


# Schema version 17: a co-signer of the minutes may be a guest of the meeting, named by the row.
# A member's reference is as before, so what version 4 indexed stays found.
MINUTES_REMARK_V17 = Source(
    "minutes_remark",
    "minutes_cosigners",
    "R.meeting_id || '#' || coalesce(R.member, R.guest)",
    _meeting_board("meeting_id"),
    "coalesce((SELECT name FROM members WHERE id = R.member), R.guest)",
    ("R.remark",),
    when="coalesce(R.remark, '') != ''",
)


def _concat(parts: tuple[str, ...]) -> str:
    return " || ' ' || ".join(f"coalesce({part}, '')" for part in parts)


def trigger_sql(source: Source) -> list[str]:
    def add(row: str) -> str:
        cond = source.expr(source.when, row)
        return (
            f"INSERT INTO search_docs(kind, ref, board_id) SELECT '{source.kind}', "
            f"{source.expr(source.ref, row)}, {source.expr(source.board, row)} WHERE {cond};\n"
            f"  INSERT INTO search_fts(rowid, title, body) SELECT last_insert_rowid(), "
            f"coalesce({source.expr(source.title, row)}, ''), {_concat(tuple(source.expr(b, row) for b in source.body))} "
            f"WHERE {cond};"
        )

    def remove(row: str) -> str:
        match = f"kind = '{source.kind}' AND ref = {source.expr(source.ref, row)}"
        return (
            f"DELETE FROM search_fts WHERE rowid IN (SELECT rowid FROM search_docs WHERE {match});\n"
            f"  DELETE FROM search_docs WHERE {match};"
        )

    name = f"search_{source.table}"
    return [
        f"CREATE TRIGGER {name}_insert AFTER INSERT ON {source.table} BEGIN\n  {add('NEW')}\nEND",
        f"CREATE TRIGGER {name}_delete AFTER DELETE ON {source.table} BEGIN\n  {remove('OLD')}\nEND",
        f"CREATE TRIGGER {name}_update AFTER UPDATE ON {source.table} BEGIN\n  {remove('OLD')}\n  {add('NEW')}\nEND",
    ]


def backfill_sql(source: Source) -> list[str]:
    """Index the rows a source's table holds already (the triggers see only later writes).
    The table is read as R, so the source's expressions apply as written."""
    cond = source.expr(source.when, "R")
    ref = source.expr(source.ref, "R")
    return [
        f"INSERT INTO search_docs(kind, ref, board_id) SELECT '{source.kind}', {ref}, "
        f"{source.expr(source.board, 'R')} FROM {source.table} AS R WHERE {cond}",
        f"INSERT INTO search_fts(rowid, title, body) SELECT d.rowid, coalesce({source.expr(source.title, 'R')}, ''), "
        f"{_concat(tuple(source.expr(b, 'R') for b in source.body))} FROM {source.table} AS R "
        f"JOIN search_docs d ON d.kind = '{source.kind}' AND d.ref = {ref} WHERE {cond}",
    ]


def create_tables(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE search_docs (rowid INTEGER PRIMARY KEY, kind TEXT NOT NULL, ref TEXT NOT NULL, "
        "board_id TEXT, UNIQUE (kind, ref))"
    )
    conn.execute(f"CREATE VIRTUAL TABLE search_fts USING fts5(title, body, tokenize = '{TOKENIZER}')")


def install_triggers(conn: sqlite3.Connection, sources: tuple[Source, ...]) -> None:
    """Keep `sources` in the index from now on, and index what their tables hold already; for
    sources added by a later schema version to the existing tables."""
    for source in sources:
        for statement in (*trigger_sql(source), *backfill_sql(source)):
            conn.execute(statement)


def install(conn: sqlite3.Connection, sources: tuple[Source, ...]) -> None:
    """The index's tables, and the triggers of its first sources."""
    create_tables(conn)
    install_triggers(conn, sources)


# -- deleted means gone (schema version 6) -------------------------------------------------------
# FTS5 keeps a deleted document's words in its segments, with a deletion marker beside them, until
# segments are merged; SQLite 3.40 has no FTS5 secure-delete. So after text is taken out, the whole
# index is rewritten ('optimize': one new segment, the old ones freed), and with the connection's
# secure_delete the freed pages are zeroed in the file.
def has_removal_log(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_removed'").fetchone() is not None


def removed_since_rewrite(conn: sqlite3.Connection) -> tuple[bool, bool]:
    """(any document deleted, any edited) since the index was last rewritten. An edited document
    is back in the index under the same reference; a deleted one is not."""
    deleted, edited = conn.execute(
        "SELECT coalesce(sum(d.rowid IS NULL), 0), coalesce(sum(d.rowid IS NOT NULL), 0) "
        "FROM search_removed r LEFT JOIN search_docs d ON d.kind = r.kind AND d.ref = r.ref"
    ).fetchone()
    return bool(deleted), bool(edited)


def rewrite(conn: sqlite3.Connection) -> None:
    """Rewrite the index so no removed word stays in it; call inside a write transaction."""
    conn.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
    conn.execute("DELETE FROM search_removed")
