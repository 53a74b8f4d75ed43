"""Building a meeting's agenda: cases in order, their fields and documents, standard items, and
publication, when case numbers are issued in agenda order by the one numbering service.

After publication nothing disappears: a removed case is kept as withdrawn with its number, and
every edit is written to the agenda's change log, which the secretary and the minutes show.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from boarddesk.model.case_numbers import format_case_number
from boarddesk.model.records import AgendaCase, Project
from boarddesk.model.vocabulary import CASE_TYPE, STANDARD_ITEM
from boarddesk.services.documents.annotations import prepare_documents
from boarddesk.services.documents.pdf_text import sha256_of
from boarddesk.services.ids import new_id, next_position
from boarddesk.services.meetings import case_numbers
from boarddesk.services.meetings.agenda_log import agenda_changes, log_change  # noqa: F401 (the log is read here too)
from boarddesk.services.meetings.minutes import ensure_editable, ensure_minutes
from boarddesk.store import Row, Store, versions

# The fixed items every agenda gets: (key, parts). Titles are data, in the board's language.
STANDARD_PARTS: dict[str, tuple[tuple[str, str], ...]] = {
    "approval": (("Godkjenning av innkalling", "endorsement"), ("Godkjenning av referat", "endorsement")),
    "action_points": (("Status aksjonspunkter", "information"),),
    "any_other_business": (),
}
_AT_START = ("approval", "action_points")

CASE_FIELDS = (
    "title",
    "description",
    "document",
    "presenter",
    "minutes_allotted",
    "proposed_decision",
    "to_body",
    "paper_date",
    "case_officer",
    "body_text",
    "confidentiality",
    "print_status_reports",
    "case_owner",
)


class AgendaError(Exception):
    """An agenda step that cannot be done; the message says why, for the user."""


def previous_meeting(store: Store, meeting_id: str, numbered: bool = False) -> Row | None:
    """The board's meeting before this one (id, number, year, date): the one whose minutes this
    meeting approves. `numbered`: the latest one with a number."""
    meeting = _meeting(store, meeting_id)
    return store.query_one(
        "SELECT id, number, year, date FROM meetings WHERE board_id = ? AND date < ?"
        + (" AND number IS NOT NULL" if numbered else "")
        + " ORDER BY date DESC, position DESC LIMIT 1",
        (meeting["board_id"], meeting["date"]),
    )


def _approval_proposal(store: Store, meeting_id: str) -> str:
    """The usual proposal of the approval item, naming the meeting whose minutes it approves."""
    previous = previous_meeting(store, meeting_id, numbered=True)
    text = "Innkalling og saksliste godkjennes."
    if previous:
        text += f" Referat fra møte {previous['number']}/{previous['year']} godkjennes."
    return text


# -- the agenda ----------------------------------------------------------------------------------
def _meeting(store: Store, meeting_id: str) -> Row:
    return _with_number_format(store, "meetings", "meeting", meeting_id)


def _case(store: Store, case_id: str) -> Row:
    return _with_number_format(store, "cases", "case", case_id)


def _with_number_format(store: Store, table: str, what: str, ident: str) -> Row:
    """A meeting's or a case's row with its board's case number format."""
    return store.require_one(
        f"SELECT t.*, b.case_number_format FROM {table} t JOIN boards b ON b.id = t.board_id WHERE t.id = ?",
        (ident,),
        f"there is no {what} {ident!r}",
    )


def _label(case: Row) -> str:
    if case["seq"]:
        return format_case_number(case["case_number_format"], case["seq"], case["year"])
    return f"«{case['title']}»"


def _positions(store: Store, meeting_id: str) -> list[Row]:
    return store.query(
        "SELECT id, standard_item, agenda_position FROM cases WHERE meeting = ? ORDER BY agenda_position, seq, position",
        (meeting_id,),
    )


def _renumber(store: Store, meeting_id: str, order: list[str]) -> None:
    with store.write() as conn:
        for position, case_id in enumerate(order, start=1):
            conn.execute("UPDATE cases SET agenda_position = ? WHERE id = ?", (position, case_id))


def _insert_case(store: Store, meeting: Row, title: str, standard_item: str | None, at: int | None) -> str:
    ident = new_id(f"{meeting['board_id']}-case")
    with store.write() as conn:
        position = next_position(store, "cases", "board_id", meeting["board_id"])
        conn.execute(
            "INSERT INTO cases (id, board_id, position, meeting, state, standard_item, title) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                ident,
                meeting["board_id"],
                position,
                meeting["id"],
                "published" if meeting["agenda_published"] else "draft",
                standard_item,
                title,
            ),
        )
        others = [row for row in _positions(store, meeting["id"]) if row["id"] != ident]
        if at is None:
            # New cases go before «Eventuelt», which stays last.
            at = next((i for i, row in enumerate(others) if row["standard_item"] == "any_other_business"), len(others))
        order = [row["id"] for row in others]
        order.insert(min(at, len(order)), ident)
        _renumber(store, meeting["id"], order)
        if meeting["agenda_published"]:
            number = case_numbers.issue_number(store, ident, meeting["year"])
            log_change(store, meeting["id"], ident, "added", case=number, title=title)
    return ident


def add_case(
    store: Store, meeting_id: str, title: str, *, types: Iterable[str] = ("information",), **fields: Any
) -> str:
    """A new case on the agenda, before «Eventuelt»; on a published agenda it is numbered at once."""
    ensure_editable(store, meeting_id)
    meeting = _meeting(store, meeting_id)
    with store.write():
        ident = _insert_case(store, meeting, title, None, None)
        set_parts(store, ident, [(title, kind) for kind in types], log=False)
        if fields:
            update_case(store, ident, **fields)
    return ident


def _standard_place(store: Store, meeting_id: str, key: str) -> int:
    """Where a fixed item goes: approval first, then action points, «Eventuelt» last."""
    items = [row["standard_item"] for row in _positions(store, meeting_id)]
    if key == "any_other_business":
        return len(items)
    return sum(1 for item in items if item in _AT_START[: _AT_START.index(key)])


def add_standard_item(store: Store, meeting_id: str, key: str) -> str:
    """A fixed item (approval, action points, eventuelt) in its usual place; its title is editable."""
    if key not in STANDARD_PARTS:
        raise AgendaError(f"there is no standard item {key!r}")
    ensure_editable(store, meeting_id)
    meeting = _meeting(store, meeting_id)
    if store.scalar(
        "SELECT 1 FROM cases WHERE meeting = ? AND standard_item = ? AND state != 'withdrawn'", (meeting_id, key)
    ):
        raise AgendaError(f"the agenda already has «{STANDARD_ITEM.label(key)}»")
    with store.write():
        at = _standard_place(store, meeting_id, key)
        ident = _insert_case(store, meeting, STANDARD_ITEM.label(key, "nb"), key, at)
        set_parts(store, ident, STANDARD_PARTS[key], log=False)
        if key == "approval":
            update_case(store, ident, proposed_decision=_approval_proposal(store, meeting_id))
    return ident


def case_version(store: Store, case_id: str) -> int:
    """The case's version as stored now: what the next edit of it checks it read."""
    return versions.version_of(store.conn, "cases", {"id": case_id})


def update_case(store: Store, case_id: str, *, expected_version: int | None = None, **values: Any) -> list[str]:
    """Change a case's fields; returns the names of those that changed (logged once published).
    With `expected_version` (the case's `version` as read) a case changed elsewhere since is left
    as it is: `ChangedElsewhere`."""
    unknown = set(values) - set(CASE_FIELDS)
    if unknown:
        raise AgendaError(f"a case has no field {', '.join(sorted(unknown))}")
    if "title" in values and not (values["title"] or "").strip():
        raise AgendaError("a case needs a title")
    with store.write() as conn:
        versions.check(conn, "cases", {"id": case_id}, expected_version, "The case")
        case = _case(store, case_id)  # read inside the write lock: what changed is judged on what is there
        ensure_editable(store, case["meeting"])
        changed = [key for key, value in values.items() if case[key] != value]
        if changed:
            versions.update(conn, "cases", {"id": case_id}, {key: values[key] for key in changed}, None, "The case")
        if "title" in changed:
            # A part titled as the case was (a new case's one part is) is the case itself: it
            # follows the new title, or a second part added later prints «1: Ny sak».
            conn.execute(
                "UPDATE case_parts SET title = ? WHERE case_id = ? AND title = ?",
                (values["title"], case_id, case["title"]),
            )
        if changed and case["meeting"] and case["seq"]:
            log_change(store, case["meeting"], case_id, "changed", case=_label(case), fields=changed)
    return changed


def set_parts(store: Store, case_id: str, parts: Iterable[tuple[str, str]], *, log: bool = True) -> None:
    """The case's parts and their types: «Del 1: Tilslutning, Del 2: Drøfting»."""
    parts = list(parts)
    for _, kind in parts:
        if kind not in CASE_TYPE:
            raise AgendaError(f"{kind!r} is not a case type; use {', '.join(CASE_TYPE.keys)}")
    case = _case(store, case_id)
    ensure_editable(store, case["meeting"])
    with store.write() as conn:
        old = conn.execute(
            "SELECT title, type FROM case_parts WHERE case_id = ? ORDER BY position", (case_id,)
        ).fetchall()
        if [tuple(row) for row in old] == [(title, kind) for title, kind in parts]:
            return
        conn.execute("DELETE FROM case_parts WHERE case_id = ?", (case_id,))
        for position, (title, kind) in enumerate(parts, start=1):
            conn.execute(
                "INSERT INTO case_parts (case_id, position, title, type) VALUES (?, ?, ?, ?)",
                (case_id, position, title, kind),
            )
        if log and case["meeting"] and case["seq"]:
            log_change(store, case["meeting"], case_id, "changed", case=_label(case), fields=["case type"])


def note_undo(store: Store, owner_table: str, ident: str, undone: bool = True) -> None:
    """An edit of a published agenda taken back (or done again) is a change too: the log says so.
    `owner_table` and `ident` name what was edited: a case, or a meeting's facts."""
    if owner_table == "meetings":
        if store.scalar("SELECT agenda_published FROM meetings WHERE id = ?", (ident,)):
            log_change(store, ident, None, "meeting_undone" if undone else "meeting_redone")
        return
    if not store.scalar("SELECT 1 FROM cases WHERE id = ?", (ident,)):
        return  # a case added before publication, taken back
    case = _case(store, ident)
    if case["meeting"] and case["seq"]:
        log_change(store, case["meeting"], ident, "undone" if undone else "redone", case=_label(case))


def _set_links(store: Store, case_id: str, table: str, column: str, ids: Iterable[str], what: str) -> None:
    case = _case(store, case_id)
    ensure_editable(store, case["meeting"])
    ids = list(dict.fromkeys(ids))
    with store.write() as conn:
        old = [
            row[0]
            for row in conn.execute(f"SELECT {column} FROM {table} WHERE case_id = ? ORDER BY position", (case_id,))
        ]
        if old == ids:
            return
        conn.execute(f"DELETE FROM {table} WHERE case_id = ?", (case_id,))
        for position, ident in enumerate(ids, start=1):
            conn.execute(
                f"INSERT INTO {table} (case_id, position, {column}) VALUES (?, ?, ?)", (case_id, position, ident)
            )
        if case["meeting"] and case["seq"]:
            log_change(store, case["meeting"], case_id, "changed", case=_label(case), fields=[what])


def set_case_projects(store: Store, case_id: str, project_ids: Iterable[str]) -> None:
    _set_links(store, case_id, "case_projects", "project", project_ids, "projects")


def set_case_status_reports(store: Store, case_id: str, report_ids: Iterable[str]) -> None:
    _set_links(store, case_id, "case_status_reports", "report", report_ids, "status reports")


def attach_file(store: Store, case_id: str, path: str | Path, title: str | None = None) -> str:
    """Store a document file (a PDF) in the database and attach it to the case; titled by its name."""
    path = Path(path)
    return attach_document(store, case_id, path.name, path.read_bytes(), title=title or path.stem)


def attach_document(
    store: Store,
    case_id: str,
    filename: str,
    content: bytes,
    *,
    title: str | None = None,
    media_type: str | None = None,
) -> str:
    """A document attached to a case, last in its list, with its SHA-256; refused on approved
    minutes, and logged as a change once the agenda is published. Returns the attachment's id."""
    case = _case(store, case_id)
    ensure_editable(store, case["meeting"])
    ident = new_id(f"{case['board_id']}-att")
    media_type = media_type or mimetypes.guess_type(filename)[0] or "application/octet-stream"
    with store.write() as conn:
        position = next_position(store, "attachments", "board_id", case["board_id"])
        conn.execute(
            "INSERT INTO attachments (id, board_id, position, filename, media_type, title, sha256, content) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (ident, case["board_id"], position, filename, media_type, title, sha256_of(content), content),
        )
        order = next_position(store, "case_attachments", "case_id", case_id)
        conn.execute(
            "INSERT INTO case_attachments (case_id, position, attachment) VALUES (?, ?, ?)", (case_id, order, ident)
        )
        if case["meeting"] and case["seq"]:
            log_change(store, case["meeting"], case_id, "attached", case=_label(case), file=filename)
        prepare_documents(store, [ident])
    return ident


def detach_file(store: Store, case_id: str, attachment_id: str) -> None:
    case = _case(store, case_id)
    ensure_editable(store, case["meeting"])
    with store.write() as conn:
        conn.execute("DELETE FROM case_attachments WHERE case_id = ? AND attachment = ?", (case_id, attachment_id))
        if not conn.execute("SELECT 1 FROM case_attachments WHERE attachment = ?", (attachment_id,)).fetchone():
            conn.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))
        if case["meeting"] and case["seq"]:
            log_change(store, case["meeting"], case_id, "detached", case=_label(case))


def case_attachments(store: Store, case_id: str) -> list[Row]:
    return store.query(
        "SELECT a.id, a.filename, a.title, a.sha256, length(a.content) AS size FROM case_attachments ca "
        "JOIN attachments a ON a.id = ca.attachment WHERE ca.case_id = ? ORDER BY ca.position",
        (case_id,),
    )


def move_case(store: Store, case_id: str, step: int) -> bool:
    """Move a case up (−1) or down (+1) the agenda; False when it is already at that end."""
    case = _case(store, case_id)
    ensure_editable(store, case["meeting"])
    order = [row["id"] for row in _positions(store, case["meeting"])]
    index = order.index(case_id)
    target = index + step
    if not 0 <= target < len(order):
        return False
    order.insert(target, order.pop(index))
    with store.write():
        _renumber(store, case["meeting"], order)
        if case["seq"]:
            log_change(store, case["meeting"], case_id, "moved", case=_label(case), item=target + 1)
    return True


def reorder(store: Store, meeting_id: str, order: list[str]) -> None:
    """Put the agenda in this order (after a drag and drop)."""
    ensure_editable(store, meeting_id)
    current = [row["id"] for row in _positions(store, meeting_id)]
    if sorted(current) != sorted(order):
        raise AgendaError("the new order must hold the same cases as the agenda")
    if current == order:
        return
    with store.write():
        _renumber(store, meeting_id, order)
        if store.scalar("SELECT agenda_published FROM meetings WHERE id = ?", (meeting_id,)):
            log_change(store, meeting_id, None, "reordered")


def remove_case(store: Store, case_id: str) -> str:
    """Take a case off the agenda. Before publication it is deleted; after, it stays, withdrawn,
    with its number. Returns 'deleted' or 'withdrawn'."""
    case = _case(store, case_id)
    ensure_editable(store, case["meeting"])
    if case["state"] == "decided":
        raise AgendaError(f"{_label(case)} has been dealt with at the meeting and cannot be removed")
    if case["seq"] is None:
        with store.write() as conn:
            conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))
            _renumber(store, case["meeting"], [row["id"] for row in _positions(store, case["meeting"])])
        return "deleted"
    with store.write():
        case_numbers.withdraw_case(store, case_id)
        log_change(store, case["meeting"], case_id, "withdrawn", case=_label(case), title=case["title"])
    return "withdrawn"


def publish_agenda(store: Store, meeting_id: str) -> list[tuple[str, str]]:
    """Send the agenda out: each case without a number gets the next one of the board's year,
    in agenda order. Returns (case id, number) for every case on the agenda."""
    ensure_editable(store, meeting_id)
    meeting = _meeting(store, meeting_id)
    cases = _positions(store, meeting_id)
    if not cases:
        raise AgendaError("the agenda has no cases to publish")
    issued = []
    with store.write() as conn:
        for row in cases:
            issued.append((row["id"], case_numbers.issue_number(store, row["id"], meeting["year"])))
        conn.execute("UPDATE cases SET state = 'published' WHERE meeting = ? AND state = 'draft'", (meeting_id,))
        conn.execute("UPDATE meetings SET agenda_published = 1 WHERE id = ?", (meeting_id,))
        ensure_minutes(store, meeting_id)
    return issued


def reports_to_print(store: Store, case: AgendaCase, meeting_date: str | None) -> dict[str, str | None]:
    """The status reports a case's pack prints, as {project: the date to print it as of}, in the
    case's order. A report linked to the case is printed as it was; with the case's «print status
    reports» set, each ticked project's newest report dated on or before the meeting. Never a report
    dated after the meeting: a later one linked by mistake gives way to the newest before it."""
    wanted: dict[str, str | None] = {}
    for row in store.query(
        """SELECT s.project_id, s.report_date FROM case_status_reports l JOIN status_reports s ON s.id = l.report
           WHERE l.case_id = ? ORDER BY l.position""",
        (case.id,),
    ):
        wanted.setdefault(row["project_id"], min(row["report_date"], meeting_date or row["report_date"]))
    if case.print_status_reports:
        for row in store.query("SELECT project FROM case_projects WHERE case_id = ? ORDER BY position", (case.id,)):
            wanted.setdefault(row["project"], meeting_date)
    return wanted


def projects_of_case(store: Store, case_id: str) -> list[Project]:
    """The projects ticked for a case, in its order."""
    rows = store.query(
        """SELECT p.id, p.name FROM case_projects l JOIN projects p ON p.id = l.project
           WHERE l.case_id = ? ORDER BY l.position""",
        (case_id,),
    )
    return [Project(**row) for row in rows]
