"""A member's notes: on any card, report, risk, case or decision, and on PDF pages.

A PDF note is anchored to its words (quote with context), to its page and region, and to the
SHA-256 of the document version it was made on. When the document is replaced, each note moves to
the same words in the new version; a note whose words are gone stays, marked as being on an
earlier version, with its quote. Notes are private unless their author shares them.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from boarddesk.model.case_numbers import format_case_number
from boarddesk.services.boards import lookup as boards
from boarddesk.services.documents import pdf_text
from boarddesk.services.documents.anchoring import Anchor, Pages, find_anchor, find_quote, make_anchor, normalise
from boarddesk.store import Store, versions

ANCHORED, EARLIER_VERSION = "anchored", "earlier_version"


class NoteError(ValueError):
    """A note cannot be made or found; the message says why."""


@dataclass(frozen=True)
class Note:
    id: str
    board_id: str
    author: str
    target_kind: str
    target_id: str
    text: str
    shared: bool
    question: bool
    created: str | None
    updated: str | None
    anchor_kind: str | None = None
    page: int | None = None
    region: pdf_text.Region | None = None
    quote: str | None = None
    quote_prefix: str | None = None
    quote_suffix: str | None = None
    document_sha256: str | None = None
    anchor_state: str | None = None
    quote_current: str | None = None  # the words the note now marks, when a revision changed them
    version: int = 1  # hand it back with a change, so a change made elsewhere meanwhile is not overwritten

    @property
    def on_earlier_version(self) -> bool:
        return self.anchor_state == EARLIER_VERSION

    @property
    def words_changed(self) -> bool:
        """Moved to lightly edited words in a revised document: `quote` was marked, `quote_current` is there now."""
        return self.anchor_state == ANCHORED and bool(self.quote_current)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Note:
        try:
            region = parse_region(row["region"]) if row.get("region") else None
        except ValueError:  # written by a version that did not check regions: the note stays readable
            region = None
        names = cls.__dataclass_fields__
        values = {k: row.get(k) for k in names if k not in ("region", "shared", "question")}
        return cls(**values, region=region, shared=bool(row["shared"]), question=bool(row["question"]))


def timestamp() -> str:
    """Now, as the exchange format writes it (ISO 8601 with the local offset)."""
    return datetime.now(UTC).astimezone().isoformat(timespec="seconds")


def parse_region(text: str) -> pdf_text.Region:
    """A stored region, «x,y,width,height» as fractions of the page; ValueError when it is not one."""
    try:
        values = tuple(float(value) for value in text.split(","))
    except ValueError:
        values = ()
    if len(values) != 4 or not all(0.0 <= value <= 1.0 for value in values):  # also refuses nan
        raise ValueError(f"{text!r} is not a region (four fractions of the page: x,y,width,height)")
    return values  # type: ignore[return-value]


def meeting_target_ids(store: Store, meeting_id: str) -> set[tuple[str, str]]:
    """Everything of a meeting a note can be on, as (kind, id), documents included."""
    return {(row["kind"], row["id"]) for row in store.query(_MEETING_TARGETS, {"m": meeting_id}) if row["id"]}


def _region_text(region: pdf_text.Region | None) -> str | None:
    return ",".join(f"{value:.4f}" for value in region) if region else None


def board_of(store: Store, target_kind: str, target_id: str) -> str:
    board = boards.board_of(store, target_kind, target_id)
    if board is None:
        raise NoteError(f"there is no {target_kind.replace('_', ' ')} {target_id!r} to write a note on")
    return board


def get_note(store: Store, note_id: str) -> Note:
    row = store.query_one("SELECT * FROM annotations WHERE id = ?", (note_id,))
    if row is None:
        raise NoteError(f"there is no note {note_id!r}")
    return Note.from_row(row)


def add_note(
    store: Store,
    *,
    author: str,
    target_kind: str,
    target_id: str,
    text: str,
    shared: bool = False,
    question: bool = False,
) -> Note:
    """A note on a card, status report, risk, milestone, case, decision or meeting."""
    row = {
        "id": f"note-{uuid.uuid4().hex}",
        "board_id": board_of(store, target_kind, target_id),
        "author": author,
        "target_kind": target_kind,
        "target_id": target_id,
        "text": text,
        "shared": int(shared),
        "question": int(question),
        "created": timestamp(),
        "updated": timestamp(),
    }
    _insert(store, row)
    return get_note(store, row["id"])


def add_pdf_note(
    store: Store,
    *,
    author: str,
    attachment_id: str,
    page: int,
    text: str,
    quote: str | None = None,
    region: pdf_text.Region | None = None,
    kind: str = "highlight",
    shared: bool = False,
    question: bool = False,
) -> Note:
    """A highlight or sticky note on a PDF page, anchored to the words it marks.

    Give the quoted words (a highlight), a region (a highlight: the words under it are the
    quote), or both. A sticky note keeps its region, where it was placed, and quotes only the
    words it is given (the word at that spot), or none."""
    content, sha256 = _attachment(store, attachment_id)
    pages = pdf_text.extract_pages(content)
    if not 0 <= page < len(pages):
        raise NoteError(f"the document has no page {page + 1}")
    page_text = pages[page]
    span = None
    if quote:
        near = page_text.range_in(region)[0] if region and page_text.spans else None
        span = find_quote(page_text.text, quote, near)
    elif region and page_text.spans and kind != "sticky":  # a sticky note quotes only what it was given
        span = page_text.range_in(region)
    anchor = make_anchor(page_text.text, *span) if span else Anchor(" ".join((quote or "").split()), "", "")
    if region is None and span:
        region = page_text.region_of(*span)
    row = {
        "id": f"note-{uuid.uuid4().hex}",
        "board_id": board_of(store, "attachment", attachment_id),
        "author": author,
        "target_kind": "attachment",
        "target_id": attachment_id,
        "text": text,
        "shared": int(shared),
        "question": int(question),
        "created": timestamp(),
        "updated": timestamp(),
        "anchor_kind": kind,
        "page": page,
        "region": _region_text(region or (0.05, 0.05, 0.9, 0.05)),
        "quote": anchor.quote or None,
        "quote_prefix": anchor.prefix or None,
        "quote_suffix": anchor.suffix or None,
        "document_sha256": sha256,
        "anchor_state": ANCHORED,
    }
    _insert(store, row)
    return get_note(store, row["id"])


def _insert(store: Store, row: dict[str, Any]) -> None:
    with store.write() as conn:
        position = store.scalar("SELECT coalesce(max(position), -1) + 1 FROM annotations")
        row = {**row, "position": position}
        names = ", ".join(f'"{name}"' for name in row)
        conn.execute(f"INSERT INTO annotations ({names}) VALUES ({', '.join('?' * len(row))})", tuple(row.values()))


def update_note(
    store: Store,
    note_id: str,
    *,
    text: str | None = None,
    shared: bool | None = None,
    question: bool | None = None,
    expected_version: int | None = None,
) -> Note:
    """Change what is given, keep the rest. With `expected_version` (the note's `version` as it was
    read), a note changed elsewhere since is left as it is: `ChangedElsewhere`."""
    with store.write() as conn:
        # Read inside the write lock, so what is kept is what is there now.
        if expected_version is not None:
            versions.check(conn, "annotations", {"id": note_id}, expected_version, "The note")
        note = get_note(store, note_id)
        versions.update(
            conn,
            "annotations",
            {"id": note_id},
            {
                "text": note.text if text is None else text,
                "shared": int(note.shared if shared is None else shared),
                "question": int(note.question if question is None else question),
                "updated": timestamp(),
            },
            expected_version,
            "The note",
        )
    return get_note(store, note_id)


def delete_note(store: Store, note_id: str, *, expected_version: int | None = None) -> None:
    """Delete the note; its words leave the search index and the file with it (Store.write)."""
    with store.write() as conn:
        if expected_version is not None:
            versions.check(conn, "annotations", {"id": note_id}, expected_version, "The note")
        conn.execute("DELETE FROM annotations WHERE id = ?", (note_id,))


def notes_on(store: Store, target_kind: str, target_id: str, reader: str) -> list[Note]:
    """The notes a reader sees on a thing: their own, and those others shared."""
    rows = store.query(
        """SELECT * FROM annotations WHERE target_kind = ? AND target_id = ? AND (author = ? OR shared)
           ORDER BY page, created, position""",
        (target_kind, target_id, reader),
    )
    return [Note.from_row(row) for row in rows]


# -- a meeting's notes --------------------------------------------------------------------------

# Every (kind, id) that belongs to a meeting: the meeting, its cases and decisions, their
# attachments, the projects they concern and those projects' reports, risks and milestones.
_MEETING_TARGETS = """
    WITH c AS (SELECT id FROM cases WHERE meeting = :m),
         p AS (SELECT project AS id FROM case_projects WHERE case_id IN (SELECT id FROM c))
    SELECT 'meeting' AS kind, :m AS id
    UNION SELECT 'case', id FROM c
    UNION SELECT 'decision', id FROM c
    UNION SELECT 'attachment', attachment FROM case_attachments WHERE case_id IN (SELECT id FROM c)
    UNION SELECT 'project', id FROM p
    UNION SELECT 'status_report', id FROM status_reports WHERE project_id IN (SELECT id FROM p)
    UNION SELECT 'status_report', report FROM case_status_reports WHERE case_id IN (SELECT id FROM c)
    UNION SELECT 'risk', id FROM risks WHERE project_id IN (SELECT id FROM p)
    UNION SELECT 'milestone', id FROM milestones WHERE project_id IN (SELECT id FROM p)
"""


@dataclass(frozen=True)
class MeetingNote:
    note: Note
    label: str  # what the note is on, as the reader knows it: «41/21 Økonomi», «Saksfremlegg 46/21»


def meeting_notes(
    store: Store, meeting_id: str, author: str | None = None, *, with_shared: bool = False
) -> list[MeetingNote]:
    """The notes on everything of a meeting: by one author (and, with_shared, the ones others
    shared), or all shared ones when no author is given."""
    if author is None:
        who = "a.shared"
    else:
        who = "(a.author = :a OR a.shared)" if with_shared else "a.author = :a"
    rows = store.query(
        f"""SELECT a.* FROM annotations a JOIN ({_MEETING_TARGETS}) t ON t.kind = a.target_kind AND t.id = a.target_id
            WHERE {who} ORDER BY a.question DESC, a.created, a.position""",
        {"m": meeting_id, "a": author},
    )
    return [MeetingNote(note, target_label(store, note)) for note in map(Note.from_row, rows)]


def target_label(store: Store, note: Note) -> str:
    """The name of what a note is on, in the data's own words (the GUI adds «Decision», «p. 2»)."""
    kind, ident = note.target_kind, note.target_id
    if kind in ("case", "decision"):
        row = store.query_one(
            "SELECT c.title, c.seq, c.year, b.case_number_format AS f FROM cases c JOIN boards b ON b.id = c.board_id "
            "WHERE c.id = ?",
            (ident,),
        )
        if row:
            number = format_case_number(row["f"], row["seq"], row["year"]) + " " if row["seq"] else ""
            return f"{number}{row['title']}"
    elif kind == "meeting":
        row = store.query_one("SELECT number, year, date FROM meetings WHERE id = ?", (ident,))
        if row:
            return f"{row['number']}/{row['year']}" if row["number"] else row["date"]
    elif kind == "attachment":
        name = store.scalar("SELECT coalesce(title, filename) FROM attachments WHERE id = ?", (ident,))
        if name:
            return name
    else:
        column = {"risk": "description", "status_report": "report_date"}.get(kind, "name")
        table = {"status_report": "status_reports", "risk": "risks", "milestone": "milestones"}.get(kind, kind + "s")
        text = (
            store.scalar(f'SELECT "{column}" FROM "{table}" WHERE id = ?', (ident,))
            if kind in boards.BOARD_OF_KIND
            else None
        )
        if text:
            return str(text)
    return f"{kind} {ident}"


# -- documents: versions, places, changed pages ------------------------------------------------


def _attachment(store: Store, attachment_id: str) -> tuple[bytes, str]:
    row = store.query_one("SELECT content, sha256 FROM attachments WHERE id = ?", (attachment_id,))
    if row is None:
        raise NoteError(f"there is no attachment {attachment_id!r}")
    return row["content"], row["sha256"]


@dataclass
class ReanchorReport:
    moved: list[str]  # notes that now point into the new version
    earlier_version: list[str]  # notes whose words are not in the new version
    words_changed: list[str] = field(default_factory=list)  # moved notes whose words were edited


def reanchor_document(store: Store, attachment_id: str) -> ReanchorReport:
    """Move every PDF note of a document to its words in the document's current version."""
    content, sha256 = _attachment(store, attachment_id)
    pages = pdf_text.extract_pages(content)
    texts = [page.text for page in pages]
    searchable = Pages(texts)
    report = ReanchorReport([], [])
    notes = store.query(
        "SELECT * FROM annotations WHERE target_kind = 'attachment' AND target_id = ? AND anchor_kind IS NOT NULL "
        "AND (document_sha256 IS NOT ? OR anchor_state IS NOT ?)",
        (attachment_id, sha256, ANCHORED),
    )
    with store.write() as conn:
        for row in notes:
            note = Note.from_row(row)
            anchor = Anchor(note.quote or "", note.quote_prefix or "", note.quote_suffix or "")
            match = find_anchor(searchable, anchor, hint_page=note.page or 0) if note.quote else None
            if match is None:
                conn.execute(
                    "UPDATE annotations SET anchor_state = ?, quote_current = NULL WHERE id = ?",
                    (EARLIER_VERSION, note.id),
                )
                report.earlier_version.append(note.id)
                continue
            moved = make_anchor(texts[match.page], match.start, match.end)
            region = pages[match.page].region_of(match.start, match.end) or note.region
            # Found only approximately: the note keeps the words it marked and records the new ones.
            current = moved.quote if normalise(moved.quote) != normalise(note.quote or "") else None
            conn.execute(
                """UPDATE annotations SET page = ?, region = ?, quote_prefix = ?, quote_suffix = ?,
                   document_sha256 = ?, anchor_state = ?, quote_current = ? WHERE id = ?""",
                (match.page, _region_text(region), moved.prefix, moved.suffix, sha256, ANCHORED, current, note.id),
            )
            report.moved.append(note.id)
            if current:
                report.words_changed.append(note.id)
    return report


def replace_attachment(store: Store, attachment_id: str, content: bytes, filename: str | None = None) -> ReanchorReport:
    """A revised version of a document: stored under the same id, and its notes moved along."""
    _attachment(store, attachment_id)
    with store.write() as conn:
        conn.execute(
            "UPDATE attachments SET content = ?, sha256 = ?, filename = coalesce(?, filename) WHERE id = ?",
            (content, pdf_text.sha256_of(content), filename, attachment_id),
        )
        prepare_documents(store, [attachment_id])
        return reanchor_document(store, attachment_id)


def page_hashes_of(store: Store, content: bytes, sha256: str | None = None) -> list[str]:
    """Per-page hashes of a document version: recorded once, so a large PDF is read once."""
    sha256 = sha256 or pdf_text.sha256_of(content)
    known = store.scalar("SELECT page_hashes FROM document_versions WHERE sha256 = ?", (sha256,))
    if known is not None:
        return json.loads(known)
    hashes = pdf_text.page_hashes(content)
    with store.write() as conn:
        conn.execute(
            "INSERT OR IGNORE INTO document_versions (sha256, page_hashes) VALUES (?, ?)", (sha256, json.dumps(hashes))
        )
    return hashes


def prepare_documents(store: Store, attachment_ids: list[str]) -> None:
    """Read the pages of new document versions now (in an import's worker), not when first opened."""
    for ident in attachment_ids:
        content, sha256 = _attachment(store, ident)
        try:
            page_hashes_of(store, content, sha256)
        except Exception:  # not a PDF (or one pypdf cannot read): nothing to mark as changed
            continue


@dataclass(frozen=True)
class ReadingPlace:
    page: int
    zoom: float | None
    changed_pages: list[int] | None  # pages changed since the last reading; None if never read


def reading_place(store: Store, attachment_id: str, reader: str) -> ReadingPlace:
    """Where the reader left the document, and which pages changed since they last read it."""
    row = store.query_one(
        "SELECT * FROM document_reads WHERE attachment_id = ? AND reader = ?", (attachment_id, reader)
    )
    if row is None:
        return ReadingPlace(0, None, None)
    content, sha256 = _attachment(store, attachment_id)
    if row["sha256"] == sha256:
        changed: list[int] = []
    else:
        changed = pdf_text.changed_pages(json.loads(row["page_hashes"]), page_hashes_of(store, content, sha256))
    return ReadingPlace(row["last_page"], row["zoom"], changed)


def can_be_read(store: Store, ident: str) -> bool:
    """Whether the reader can open `ident` again (an attachment id, or meeting:<id>): for
    opening at start what was open when the app was closed."""
    if ident.startswith("meeting:"):
        return store.scalar("SELECT 1 FROM meetings WHERE id = ?", (ident.split(":", 1)[1],)) is not None
    return store.scalar("SELECT 1 FROM attachments WHERE id = ?", (ident,)) is not None


def record_reading(
    store: Store, attachment_id: str, reader: str, page: int, zoom: float | None = None, seen_sha256: str | None = None
) -> None:
    """Remember the reader's place, and what each page of this version said when they read it.

    `seen_sha256` is the version the reader has open: when the store already holds a newer one,
    only the place is kept, so the newer version's changes stay marked until it is read."""
    content, sha256 = _attachment(store, attachment_id)
    with store.write() as conn:
        if seen_sha256 and seen_sha256 != sha256:
            conn.execute(
                "UPDATE document_reads SET last_page = ?, zoom = ?, read_at = ? WHERE attachment_id = ? AND reader = ?",
                (page, zoom, timestamp(), attachment_id, reader),
            )
            return
        conn.execute(
            """INSERT INTO document_reads (attachment_id, reader, sha256, page_hashes, last_page, zoom, read_at)
               VALUES (?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (attachment_id, reader) DO UPDATE SET sha256 = excluded.sha256,
                 page_hashes = excluded.page_hashes, last_page = excluded.last_page, zoom = excluded.zoom,
                 read_at = excluded.read_at""",
            (
                attachment_id,
                reader,
                sha256,
                json.dumps(page_hashes_of(store, content, sha256)),
                page,
                zoom,
                timestamp(),
            ),
        )


@dataclass(frozen=True)
class MeetingPaper:
    """A document of one of a meeting's cases, as the reader offers it."""

    id: str
    filename: str
    title: str | None
    media_type: str | None
    case_id: str | None
    case_label: str
    case_number: str = ""  # «45/21»; empty for a case without a number


def meeting_documents(store: Store, meeting_id: str) -> list[MeetingPaper]:
    """The documents of a meeting's cases, in agenda order: what the reader offers."""
    rows = store.query(
        """SELECT a.id, a.filename, a.title, a.media_type, c.id AS case_id, c.seq, c.year, c.title AS case_title,
                  b.case_number_format AS f
           FROM cases c JOIN case_attachments ca ON ca.case_id = c.id JOIN attachments a ON a.id = ca.attachment
           JOIN boards b ON b.id = c.board_id
           WHERE c.meeting = ? ORDER BY c.agenda_position, c.seq, ca.position""",
        (meeting_id,),
    )
    documents = []
    for row in rows:
        number = format_case_number(row["f"], row["seq"], row["year"]) if row["seq"] else ""
        label = f"{number} {row['case_title']}" if number else row["case_title"]
        documents.append(
            MeetingPaper(row["id"], row["filename"], row["title"], row["media_type"], row["case_id"], label, number)
        )
    return documents


def case_paper(store: Store, meeting_id: str, case_number: str) -> str:
    """The first paper of the meeting's case with that number («45/21»); NoteError names the
    cases that have papers when there is none."""
    documents = meeting_documents(store, meeting_id)
    wanted = "".join(case_number.split())
    for document in documents:
        if document.case_number == wanted:
            return document.id
    known = ", ".join(dict.fromkeys(d.case_number for d in documents if d.case_number)) or "none"
    raise NoteError(f"the meeting has no case {case_number!r} with a paper. Cases with papers: {known}")


def attachment_content(store: Store, attachment_id: str) -> bytes:
    return _attachment(store, attachment_id)[0]


def meeting_targets(store: Store, meeting_id: str) -> list[tuple[str, str, str]]:
    """What a note on a meeting can be on: (kind, id, label), the meeting and its cases first."""
    order = {"meeting": 0, "case": 1, "decision": 2, "project": 3, "status_report": 4, "risk": 5, "milestone": 6}
    rows = [r for r in store.query(_MEETING_TARGETS, {"m": meeting_id}) if r["kind"] != "attachment" and r["id"]]
    if not store.scalar("SELECT 1 FROM meetings WHERE id = ?", (meeting_id,)):
        return []
    decided = {r["case_id"] for r in store.query("SELECT case_id FROM decisions")}
    rows = [r for r in rows if r["kind"] != "decision" or r["id"] in decided]
    targets = []
    for row in sorted(rows, key=lambda r: order.get(r["kind"], 9)):
        probe = Note("", "", "", row["kind"], row["id"], "", False, False, None, None)
        targets.append((row["kind"], row["id"], target_label(store, probe)))
    return targets


def where_to_open(store: Store, note: Note) -> tuple[str, str]:
    """The view that shows what a note is on: (view kind, id) for the main window."""
    kind, ident = note.target_kind, note.target_id
    if kind in ("case", "decision"):
        return "meeting", store.scalar("SELECT meeting FROM cases WHERE id = ?", (ident,)) or ""
    if kind in ("status_report", "risk", "milestone"):
        table = {"status_report": "status_reports", "risk": "risks", "milestone": "milestones"}[kind]
        return "project", store.scalar(f"SELECT project_id FROM {table} WHERE id = ?", (ident,)) or ""
    if kind == "attachment":
        return "document", ident
    return kind, ident


def meeting_of_document(store: Store, attachment_id: str) -> str | None:
    return store.scalar(
        "SELECT c.meeting FROM case_attachments ca JOIN cases c ON c.id = ca.case_id WHERE ca.attachment = ? "
        "AND c.meeting IS NOT NULL LIMIT 1",
        (attachment_id,),
    )
