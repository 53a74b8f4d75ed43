"""Search everything people wrote, as they type: one FTS5 query, hits grouped by kind."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from boarddesk.model.formatting import format_date
from boarddesk.model.vocabulary import SEARCH_KIND
from boarddesk.store import Store

# «7/2021: » before what is said about a meeting's minutes (nothing when it has no number).
_MEETING_LABEL = "coalesce(m.number || '/' || m.year || ': ', '')"

# A report named by its date, as precise as the paper gives it: a month by its period's name.
_REPORT = (
    "p.name || ' – ' || CASE WHEN s.date_precision IN ('month', 'none') "
    "THEN coalesce((SELECT name FROM reporting_periods WHERE id = s.period), substr(s.report_date, 1, 7)) "
    "ELSE s.report_date END FROM status_reports s JOIN projects p ON p.id = s.project_id"
)

# What a hit's title is, per kind of thing (the index holds text; titles are read fresh).
_TITLES = {
    "project": "SELECT name FROM projects WHERE id = ?",
    "status_report": f"SELECT {_REPORT} WHERE s.id = ?",
    "area_rating": f"SELECT {_REPORT} WHERE s.id = substr(?1, 1, instr(?1, '/') - 1)",
    "milestone": "SELECT p.name || ': ' || m.name FROM milestones m JOIN projects p ON p.id = m.project_id WHERE m.id = ?",
    "risk": "SELECT p.name || ': ' || r.number FROM risks r JOIN projects p ON p.id = r.project_id WHERE r.id = ?",
    "dependency": "SELECT p.name || ': ' || coalesce(d.on_actor, d.what, '') FROM dependencies d JOIN projects p ON p.id = d.project_id WHERE d.id = ?",
    "project_decision": "SELECT p.name || ': ' || coalesce(h.case_number, h.date, '') FROM decision_history h JOIN projects p ON p.id = h.project_id WHERE h.project_id || '#' || h.position = ?",
    "case": "SELECT title FROM cases WHERE id = ?",
    "decision": "SELECT title FROM cases WHERE id = ?",
    "action_point": "SELECT text FROM action_points WHERE id = ?",
    "annotation": "SELECT author || ': ' || substr(text, 1, 60) FROM annotations WHERE id = ?",
    "minutes_amendment": "SELECT " + _MEETING_LABEL + " || a.reason FROM minutes_amendments a "
    "JOIN meetings m ON m.id = a.meeting_id WHERE a.id = ?",
    "minutes_remark": "SELECT " + _MEETING_LABEL + " || coalesce(p.name, s.guest) FROM minutes_cosigners s "
    "JOIN meetings m ON m.id = s.meeting_id LEFT JOIN members p ON p.id = s.member "
    "WHERE s.meeting_id || '#' || coalesce(s.member, s.guest) = ?",
}

KIND_ORDER = SEARCH_KIND.keys


def group_rank(kind: str) -> int:
    """Where a kind's group comes in the results. Kinds people call the same (a project's decision
    and a case's decision are both «Vedtak») share one group, placed where the first of them is."""
    label = SEARCH_KIND.label(kind)
    return min(i for i, key in enumerate(KIND_ORDER) if SEARCH_KIND.label(key) == label)


_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


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
    # A single letter as a prefix matches most of a large index; it is taken as a whole word.
    return " AND ".join(f'"{word}"*' if len(word) > 1 else f'"{word}"' for word in words)


# The query's words are looked up in the index once, and the newest CANDIDATES matches read
# (FTS5 walks rowids backwards and stops early). They are ranked here, by where and how often the
# words occur, not by bm25: bm25 first counts every document holding each word, which for a
# common word or a short prefix in a large store costs more than the whole rest of the search.
# Snippets are cut from the same text, read by rowid, not by a second full-text query.
CANDIDATES = 200
SNIPPET_WORDS = 12
_ACCENTS = re.compile(r"[\u0300-\u036f]")


def search(store: Store, text: str, board_id: str | None = None, limit: int = 50, lang: str = "nb") -> list[SearchHit]:
    query = fts_query(text)
    if query is None:
        return []
    sql = """SELECT search_fts.rowid AS rowid, d.kind, d.ref, d.board_id, search_fts.title, search_fts.body
             FROM search_fts JOIN search_docs d ON d.rowid = search_fts.rowid WHERE search_fts MATCH ?"""
    params: list = [query]
    if board_id:
        sql += " AND d.board_id = ?"
        params.append(board_id)
    sql += " ORDER BY search_fts.rowid DESC LIMIT ?"
    pattern = word_pattern(text)
    candidates = store.query(sql, [*params, max(CANDIDATES, limit)])
    rows = sorted(candidates, key=lambda row: -_score(pattern, row["title"], row["body"]))[:limit]
    board_names = {
        b["id"]: b["short_name"] or b["name"] for b in store.query("SELECT id, name, short_name FROM boards")
    }
    hits = []
    for row in rows:
        title = store.scalar(_TITLES[row["kind"]], (row["ref"],)) or row["ref"]
        title = _ISO_DATE.sub(lambda day: format_date(day.group(), lang), title)  # as dates read elsewhere
        snippet = make_snippet(f"{row['title']} {row['body']}", pattern)
        board_name = board_names.get(row["board_id"], "")
        hits.append(SearchHit(row["kind"], row["ref"], row["board_id"], board_name, title, snippet))
    hits.sort(key=lambda hit: group_rank(hit.kind))  # stable: best first within a group
    return hits


def fold(text: str) -> str:
    """As the index's tokenizer compares: ignoring case and accents (å as a), but not æ or ø."""
    return _ACCENTS.sub("", unicodedata.normalize("NFD", text.casefold()))


def word_pattern(text: str) -> re.Pattern[str]:
    """The typed words as the index matches them (on folded text): prefixes, single letters whole."""
    words = [fold(word) for word in re.findall(r"\w+", text)]
    parts = [re.escape(w) + (r"\w*" if len(w) > 1 else r"\b") for w in words]
    return re.compile(r"\b(?:" + "|".join(parts) + ")")


def _score(pattern: re.Pattern[str], title: str, body: str) -> float:
    """More of the words, and in the title, rank higher; a long text dilutes its matches."""
    in_title = len(pattern.findall(fold(title)))
    in_body = len(pattern.findall(fold(body)))
    return 3 * in_title + in_body / (1 + len(body) / 400)


_PUNCTUATION = "«»()[]\"'.,:;!?"


def _bracket(token: str) -> str:
    """The word in brackets, the punctuation around it outside: «[Kjernejournal],»."""
    word = token.strip(_PUNCTUATION)
    head = token[: token.index(word)] if word else ""
    return f"{head}[{word}]{token[len(head) + len(word) :]}" if word else token


def make_snippet(text: str, pattern: re.Pattern[str]) -> str:
    """About a dozen words around the first match, matches in [brackets], «…» where cut."""
    tokens = text.split()
    hits = [bool(pattern.match(fold(token.strip(_PUNCTUATION)))) for token in tokens]
    first = hits.index(True) if True in hits else 0
    start = max(0, min(first - 3, len(tokens) - SNIPPET_WORDS))
    shown = [_bracket(t) if hit else t for t, hit in zip(tokens, hits, strict=True)][start : start + SNIPPET_WORDS]
    return ("…" if start > 0 else "") + " ".join(shown) + ("…" if start + SNIPPET_WORDS < len(tokens) else "")


# What a hit opens: the project it belongs to, the meeting a case or the minutes are of, or else its board.
_OPENS_PROJECT = {
    "project": "SELECT ?1",
    "status_report": "SELECT project_id FROM status_reports WHERE id = ?1",
    "area_rating": "SELECT project_id FROM status_reports WHERE id = substr(?1, 1, instr(?1, '/') - 1)",
    "milestone": "SELECT project_id FROM milestones WHERE id = ?1",
    "risk": "SELECT project_id FROM risks WHERE id = ?1",
    "dependency": "SELECT project_id FROM dependencies WHERE id = ?1",
    "project_decision": "SELECT substr(?1, 1, instr(?1, '#') - 1)",
}
_OPENS_MEETING = {
    "case": "SELECT meeting FROM cases WHERE id = ?1",
    "decision": "SELECT meeting FROM cases WHERE id = ?1",
    "minutes_amendment": "SELECT meeting_id FROM minutes_amendments WHERE id = ?1",
    "minutes_remark": "SELECT meeting_id FROM minutes_cosigners WHERE meeting_id || '#' || coalesce(member, guest) = ?1",
}


def hit_target(store: Store, hit: SearchHit) -> tuple[str, str] | None:
    """The (kind, id) a search hit opens in the window."""
    if hit.kind in _OPENS_PROJECT:
        project_id = store.scalar(_OPENS_PROJECT[hit.kind], (hit.ref,))
        if project_id:
            return ("project", project_id)
    if hit.kind in _OPENS_MEETING:
        meeting = store.scalar(_OPENS_MEETING[hit.kind], (hit.ref,))
        if meeting:
            return ("meeting", meeting)
    return ("board", hit.board_id) if hit.board_id else None
