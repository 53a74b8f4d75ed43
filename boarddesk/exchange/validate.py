"""Check an exchange document completely before anything is written.

Every problem names its place in the document, like
`boards[0].projects[3].milestones[2].planned: '2023-13-31' is not a date ...`.
Run as `python -m boarddesk.exchange.validate FILE.json` to check a file by hand.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import sys
from base64 import b64decode
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from boarddesk.exchange import FORMAT_NAME, SCHEMA_VERSION
from boarddesk.exchange.fields import Id, Ref, show
from boarddesk.exchange.schema import BOARD, DOCUMENT_FIELDS, Child, Entity
from boarddesk.model.vocabulary import ANNOTATION_TARGET

MAX_PROBLEMS = 50
# Far above any real export (a board's attachments travel inside it, base64), far below what would
# exhaust the memory of a laptop while parsing.
MAX_DOCUMENT_BYTES = 1 << 30

# Answers which board holds a thing of this kind with this id in the store: the board's id, or None
# when the store holds no such thing. (True, from an older caller, means "there, board unknown".)
StoreLookup = Callable[[str, str], "str | bool | None"]
ExistsInStore = StoreLookup  # the name before the lookup said which board

# A note on a decision names the decision by its case.
_TARGET_KIND = {"decision": "case"}


@dataclass(frozen=True)
class Problem:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InvalidDocument(Exception):
    """The document cannot be imported; nothing was changed."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        more = " (and more problems)" if len(problems) > 1 else ""
        super().__init__(f"{problems[0]}{more}")


def read_document(path: str | Path) -> Any:
    """Parse a JSON file; whatever is wrong with the file itself becomes a problem naming it."""

    def refuse(message: str) -> InvalidDocument:
        return InvalidDocument([Problem(str(path), message)])

    limit = MAX_DOCUMENT_BYTES
    too_large = refuse(f"is larger than {limit >> 20} MiB, more than any BoardDesk export; not read")
    try:
        # Checked before opening: opening a pipe waits for a writer, reading a device may never end.
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            raise refuse("is a folder, not a file")
        if not stat.S_ISREG(mode):
            raise refuse("is not a regular file")
        with open(path, "rb") as handle:
            if os.fstat(handle.fileno()).st_size > limit:
                raise too_large
            raw = handle.read(limit + 1)  # never more, should it grow meanwhile
    except OSError as error:
        raise refuse(f"cannot be read: {error.strerror or error}") from None
    if len(raw) > limit:
        raise too_large
    try:
        text = raw.decode("utf-8-sig")  # a byte order mark from a Windows editor is harmless
    except UnicodeDecodeError as error:
        raise refuse(f"is not UTF-8 text (byte {error.start} cannot be read); export it again as UTF-8") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise refuse(f"is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}") from None
    except RecursionError:
        raise refuse("nests lists or objects too deeply to be a BoardDesk export") from None
    except ValueError as error:  # e.g. a number of more than 4300 digits
        raise refuse(f"is not a BoardDesk export: {error}") from None
    except MemoryError:
        raise refuse("is too large to read into memory") from None


@dataclass(frozen=True)
class _Ref:
    kind: str
    ident: str
    path: str
    board: int  # index of the board in the document whose thing refers
    any_board: bool


@dataclass
class _Walk:
    lookup: StoreLookup
    update: bool  # things may already be in the store: the document updates them
    problems: list[Problem] = field(default_factory=list)
    ids: dict[str, dict[str, tuple[str, int]]] = field(default_factory=dict)  # kind -> id -> (path, board index)
    refs: list[_Ref] = field(default_factory=list)
    board: dict[str, Any] = field(default_factory=dict)
    board_index: int = 0
    board_ids: list[Any] = field(default_factory=list)  # the id of each board of the document, by index
    project_of: dict[tuple[str, str], str] = field(default_factory=dict)  # (kind, id) -> project id
    # (kind, id, path, project): a report's forecast or assessment must be of its own project
    same_project: list[tuple[str, Any, str, str | None]] = field(default_factory=list)
    parent_of: dict[str, tuple[str, str]] = field(default_factory=dict)  # project id -> (parent id, its path)
    seen: dict[tuple[Any, ...], str] = field(default_factory=dict)  # a value that must be unique -> its path
    board_in_store: bool = False  # the board being read is already in the store: said once for it
    total: int = 0  # problems found, also those past MAX_PROBLEMS

    def fail(self, path: str, message: str) -> None:
        self.total += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(path, message))

    def result(self) -> list[Problem]:
        if self.total > len(self.problems):
            return [*self.problems, Problem("", f"… and {self.total - len(self.problems)} more problems")]
        return self.problems


def validate_document(doc: Any, exists_in_store: StoreLookup | None = None, *, update: bool = False) -> list[Problem]:
    """All problems of a document (empty when it can be imported).

    `exists_in_store` says which board holds a thing already in the store (without it, the
    document must be complete in itself). With `update`, things already in the store are updated
    by the document (bundles, notes files); otherwise an id already in the store is refused.
    Everything the store would refuse (uniqueness, references, loops) is found here, so that
    nothing is written from a document the store cannot take."""
    walk = _Walk(exists_in_store or (lambda kind, ident: None), update)
    if not isinstance(doc, dict):
        return [Problem("", "the document is not a JSON object")]
    if doc.get("format") != FORMAT_NAME:
        return [Problem("format", f"is {show(doc.get('format'))}, not {FORMAT_NAME!r}: this is not a BoardDesk export")]
    version = doc.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        return [Problem("schema_version", f"{show(version)} is not a version number")]
    if version > SCHEMA_VERSION:
        return [
            Problem(
                "schema_version",
                f"{show(version)} is newer than this BoardDesk understands (up to {SCHEMA_VERSION}); update BoardDesk",
            )
        ]
    if version < 1:
        return [Problem("schema_version", f"{show(version)} is not a known version")]
    for key in _unknown(doc, DOCUMENT_FIELDS):
        walk.fail(_key(key), "is not a field of the document")
    boards = doc.get("boards")
    if not isinstance(boards, list):
        walk.fail("boards", "is missing or not a list")
        return walk.result()
    walk.board_ids = [b.get("id") if isinstance(b, dict) else None for b in boards]
    for index, board in enumerate(boards):
        walk.board = board if isinstance(board, dict) else {}
        walk.board_index = index
        walk.board_in_store = False
        _check_entity(walk, BOARD, board, f"boards[{index}]", project=None)
    _check_refs(walk)
    _check_loops(walk)
    return walk.result()


def _unknown(obj: dict, known: set[str]) -> list[Any]:
    return sorted((key for key in obj if key not in known), key=str)


def _key(key: Any) -> str:
    """A key as a path shows it: as it is when plain, quoted when it holds anything unusual."""
    return key if isinstance(key, str) and key.isidentifier() and key.isascii() else show(key)


def _check_entity(walk: _Walk, entity: Entity, obj: Any, path: str, project: str | None) -> None:
    if not isinstance(obj, dict):
        walk.fail(path, f"{show(obj)} is not an object")
        return
    known = {f.name for f in entity.fields} | {c.name for c in entity.children}
    for key in _unknown(obj, known):
        walk.fail(f"{path}.{_key(key)}", "is not a field here (check the spelling)")
    for spec in entity.fields:
        value = obj.get(spec.name)
        if value is None:
            if spec.required:
                walk.fail(f"{path}.{spec.name}", "is required")
            continue
        problem = spec.type.problem(value)
        if problem:
            walk.fail(f"{path}.{spec.name}", problem)
        elif isinstance(spec.type, Ref):
            walk.refs.append(_Ref(spec.type.kind, value, f"{path}.{spec.name}", walk.board_index, spec.type.any_board))
    if entity.one_of and all(obj.get(name) is None for name in entity.one_of):
        walk.fail(path, f"needs {' or '.join(entity.one_of)}")
    if entity.kind and entity.field("id").type.problem(obj.get("id")) is None:  # a well-formed id, to look up
        _register_id(walk, entity.kind, obj["id"], f"{path}.id")
        if entity.kind == "project":
            project = obj["id"]
        if project and entity.kind in ("status_report", "milestone", "risk"):
            walk.project_of[(entity.kind, obj["id"])] = project
    _check_special(walk, entity, obj, path, project)
    for child in entity.children:
        _check_child(walk, child, obj.get(child.name), f"{path}.{child.name}", project)


def _check_child(walk: _Walk, child: Child, value: Any, path: str, project: str | None) -> None:
    if value is None:
        return
    if child.single:
        _check_entity(walk, child.entity, value, path, project)
        return
    if not isinstance(value, list):
        walk.fail(path, f"{show(value)} is not a list")
        return
    for index, item in enumerate(value):
        if child.scalar and item is None:  # a null in a list stands for nothing
            walk.fail(f"{path}[{index}].{child.scalar}", "is required")
            continue
        _check_entity(walk, child.entity, child_item(child, item), f"{path}[{index}]", project)


def child_item(child: Child, item: Any) -> Any:
    """A list's item as an object of its entity's fields: a plain value of a scalar list is the
    value of its one field."""
    if child.scalar and not (child.objects_too and isinstance(item, dict)):
        return {child.scalar: item}
    return item


def _register_id(walk: _Walk, kind: str, ident: str, path: str) -> None:
    seen = walk.ids.setdefault(kind, {})
    if ident in seen:
        walk.fail(path, f"{ident!r} is used twice (also at {seen[ident][0]}); ids must be unique")
    elif walk.board_in_store or walk.update:
        pass  # everything in a board that is already here is, too: the board's problem says it
    elif walk.lookup(kind, ident):
        if kind == "board":
            walk.board_in_store = True
            walk.fail(path, f"{ident!r} is already in this store: a board is imported once (import into another store)")
        else:
            walk.fail(path, f"{ident!r} is already in this store (a {_noun(kind)} with that id exists)")
    seen[ident] = (path, walk.board_index)


def _noun(kind: str) -> str:
    return kind.replace("_", " ")


def _unique(walk: _Walk, key: tuple[Any, ...], path: str, message: str) -> None:
    """Refuse a second thing with the same `key` (its first part says which list it is unique in)."""
    if not all(isinstance(part, str | int) for part in key):
        return  # a value of the wrong type: its field check says so
    first = walk.seen.get(key)
    if first is not None:
        walk.fail(path, f"{message} (also at {first})")
    else:
        walk.seen[key] = path


def _check_special(walk: _Walk, entity: Entity, obj: dict, path: str, project: str | None) -> None:
    """Rules that tie fields together, beyond each field's own type."""
    table = entity.table
    within = path.rsplit("[", 1)[0]  # the list this thing is in: uniqueness holds within it
    if table == "board_areas":
        _unique(walk, (within, obj.get("key")), f"{path}.key", f"area {show(obj.get('key'))} is defined twice")
    elif table == "area_ratings":
        _check_area_rating(walk, obj, path, within)
    elif table == "members":
        if obj.get("deputy_for") is not None and obj.get("deputy_for") == obj.get("id"):
            walk.fail(f"{path}.deputy_for", "a member cannot be their own deputy")
    elif table == "projects":
        if isinstance(obj.get("id"), str) and isinstance(obj.get("parent"), str):
            walk.parent_of[obj["id"]] = (obj["parent"], f"{path}.parent")
    elif table == "cases":
        if (obj.get("seq") is None) != (obj.get("year") is None):
            walk.fail(path, "a case number needs both seq and year")
        if obj.get("seq") is not None and not obj.get("legacy_duplicate"):
            message = (
                f"case number seq {show(obj.get('seq'))} of {show(obj.get('year'))} is used twice; "
                'mark a duplicate from old papers with "legacy_duplicate": true'
            )
            _unique(walk, (within, obj.get("year"), obj.get("seq")), path, message)
        _check_disqualified_guests(walk, obj, path)
    elif table == "decision_disqualified":
        _check_disqualified(walk, obj, path, within)
    elif table == "attachments":
        _check_attachment_hash(walk, obj, path)
    elif table == "meetings":
        _check_meeting(walk, obj, path, within)
    elif table == "attendance":
        _check_attendance(walk, obj, path, within)
    elif table == "minutes":
        if obj.get("status") in ("approved", "locked") and obj.get("sha256") is None:
            walk.fail(f"{path}.sha256", "approved or locked minutes need the hash taken on approval")
    elif table == "minutes_cosigners":
        _check_signer(walk, obj, path, within)
    elif table == "milestone_forecasts":
        walk.same_project.append(("milestone", obj.get("milestone"), f"{path}.milestone", project))
        message = f"the report forecasts milestone {show(obj.get('milestone'))} twice"
        _unique(walk, (within, obj.get("milestone")), f"{path}.milestone", message)
    elif table == "risk_assessments":
        walk.same_project.append(("risk", obj.get("risk"), f"{path}.risk", project))
        _unique(
            walk, (within, obj.get("risk")), f"{path}.risk", f"the report assesses risk {show(obj.get('risk'))} twice"
        )
    elif table == "annotations":
        _check_note_target(walk, obj, path)


def _check_area_rating(walk: _Walk, obj: dict, path: str, within: str) -> None:
    area = obj.get("area")
    if not isinstance(area, str):
        return  # the field check says what is wrong
    areas = walk.board.get("areas")
    listed = [a.get("key") for a in areas if isinstance(a, dict)] if isinstance(areas, list) else []
    keys = {key for key in listed if isinstance(key, str)}
    if area not in keys:
        names = ", ".join(sorted(keys)) or "none defined"
        walk.fail(f"{path}.area", f"{area!r} is not one of the board's areas ({names})")
    _unique(walk, (within, area), f"{path}.area", f"the report rates area {area!r} twice")


def _check_meeting(walk: _Walk, obj: dict, path: str, within: str) -> None:
    _check_deputies_absent(walk, obj, path)
    _check_signing_guests(walk, obj, path)
    number, year = obj.get("number"), obj.get("year")
    if number is not None and year is None:
        walk.fail(path, "a meeting number needs a year")
    elif number is not None:
        _unique(
            walk, (within, number, year), f"{path}.number", f"meeting {show(number)}/{show(year)} is numbered twice"
        )
    if obj.get("minutes") is None:
        for name in ("minutes_signers", "minutes_amendments"):
            if obj.get(name):
                walk.fail(f"{path}.{name}", "belongs to the meeting's minutes, which the meeting does not have")


def _check_attendance(walk: _Walk, obj: dict, path: str, within: str) -> None:
    member, guest = obj.get("member"), obj.get("guest")
    if guest is not None:
        if member is not None:
            walk.fail(path, "names a member or a guest, not both")
        _unique(walk, (within, "guest", guest), f"{path}.guest", f"guest {show(guest)} is listed twice")
    elif member is not None:
        _unique(walk, (within, "member", member), f"{path}.member", f"member {show(member)} is listed twice")
        if obj.get("deputy_for") == member:
            walk.fail(f"{path}.deputy_for", "a member cannot stand in for themselves")
    deputy_for = obj.get("deputy_for")
    if deputy_for is not None:  # anyone present, a guest too, stands in for one absent member
        if obj.get("status") != "present":
            walk.fail(f"{path}.deputy_for", "only someone present stands in for a member")
        message = f"member {show(deputy_for)} has two deputies at the meeting"
        _unique(walk, (within, "deputy_for", deputy_for), f"{path}.deputy_for", message)


def _check_disqualified(walk: _Walk, obj: dict, path: str, within: str) -> None:
    _member_or_guest_once(walk, obj, path, within, "is disqualified twice", "member ", path)


def _check_signer(walk: _Walk, obj: dict, path: str, within: str) -> None:
    _member_or_guest_once(walk, obj, path, within, "signs the minutes twice", "", f"{path}.member")


def _member_or_guest_once(
    walk: _Walk, obj: dict, path: str, within: str, twice: str, member_word: str, member_at: str
) -> None:
    """A row that names a board member or a guest of the meeting (not both), each once in `within`."""
    member, guest = obj.get("member"), obj.get("guest")
    if member is not None and guest is not None:
        walk.fail(path, "names a member or a guest, not both")
    elif guest is not None:
        _unique(walk, (within, "guest", guest), f"{path}.guest", f"guest {show(guest)} {twice}")
    elif member is not None:
        _unique(walk, (within, "member", member), member_at, f"{member_word}{show(member)} {twice}")


def _check_signing_guests(walk: _Walk, meeting: dict, path: str) -> None:
    """A guest co-signing a meeting's minutes is one of the meeting's: recorded in its attendance
    or invited to it."""
    signers = meeting.get("minutes_signers")
    known = _guests_of(meeting)
    for index, item in enumerate(signers if isinstance(signers, list) else []):
        guest = item.get("guest") if isinstance(item, dict) else None
        if isinstance(guest, str) and guest not in known:
            message = f"guest {show(guest)} is not recorded at meeting {show(meeting.get('id'))} (neither in its attendance nor invited)"
            walk.fail(f"{path}.minutes_signers[{index}].guest", message)


def _check_disqualified_guests(walk: _Walk, case: dict, path: str) -> None:
    """A guest disqualified on a case is one of its meeting's: recorded in the meeting's attendance
    or invited to it, in this document."""
    decision = case.get("decision")
    listed = decision.get("disqualified") if isinstance(decision, dict) else None
    if not isinstance(listed, list):
        return  # the child check says what is wrong
    meeting = _meeting_in_document(walk, case.get("meeting"))
    known = _guests_of(meeting) if meeting is not None else set()
    for index, item in enumerate(listed):
        guest = item.get("guest") if isinstance(item, dict) else None
        if isinstance(guest, str) and guest not in known:
            where = f"meeting {show(case.get('meeting'))}" if meeting is not None else "the case's meeting"
            message = f"guest {show(guest)} is not recorded at {where} (neither in its attendance nor invited)"
            walk.fail(f"{path}.decision.disqualified[{index}].guest", message)


def _meeting_in_document(walk: _Walk, meeting_id: Any) -> dict | None:
    meetings = walk.board.get("meetings")
    if meeting_id is None or not isinstance(meetings, list):
        return None
    return next((m for m in meetings if isinstance(m, dict) and m.get("id") == meeting_id), None)


def _guests_of(meeting: dict) -> set[str]:
    names = set()
    for key, field_name in (("attendance", "guest"), ("invitees", "name")):
        rows = meeting.get(key)
        for row in rows if isinstance(rows, list) else []:
            if isinstance(row, dict) and row.get("member") is None and isinstance(row.get(field_name), str):
                names.add(row[field_name])
    return names


def _check_deputies_absent(walk: _Walk, obj: dict, path: str) -> None:
    """No one stands in for a member who is present at the meeting themself."""
    rows = obj.get("attendance")
    if not isinstance(rows, list):
        return  # the child check says what is wrong
    present = {
        row["member"]
        for row in rows
        if isinstance(row, dict) and isinstance(row.get("member"), str) and row.get("status") == "present"
    }
    for index, row in enumerate(rows):
        if isinstance(row, dict) and isinstance(row.get("deputy_for"), str) and row["deputy_for"] in present:
            message = f"member {show(row['deputy_for'])} is present, so no one stands in for them"
            walk.fail(f"{path}.attendance[{index}].deputy_for", message)


def _check_note_target(walk: _Walk, obj: dict, path: str) -> None:
    kind, ident = obj.get("target_kind"), obj.get("target_id")
    if kind is None and ident is None:
        return
    if kind is None or ident is None:
        walk.fail(path, "target_kind and target_id go together: a note names both what it is on and which")
    elif isinstance(kind, str) and kind in ANNOTATION_TARGET and Id().problem(ident) is None:
        walk.refs.append(_Ref(_TARGET_KIND.get(kind, kind), ident, f"{path}.target_id", walk.board_index, False))


def _check_attachment_hash(walk: _Walk, obj: dict, path: str) -> None:
    content, expected = obj.get("content_base64"), obj.get("sha256")
    if not isinstance(content, str) or not isinstance(expected, str):
        return
    try:
        actual = hashlib.sha256(b64decode(content, validate=True)).hexdigest()
    except ValueError:
        return  # the field check already said so
    if actual != expected:
        walk.fail(
            f"{path}.sha256", f"does not match the content (content hashes to {actual[:12]}…): damaged or altered"
        )


def _check_refs(walk: _Walk) -> None:
    for kind, ident, path, project in walk.same_project:
        owner = walk.project_of.get((kind, ident)) if isinstance(ident, str) else None
        if owner and project and owner != project:
            walk.fail(path, f"{ident!r} is a {kind} of another project ({owner})")
    for ref in walk.refs:
        noun = _noun(ref.kind)
        here = walk.ids.get(ref.kind, {}).get(ref.ident)
        if here is not None:
            if here[1] != ref.board and not ref.any_board:
                other = show(walk.board_ids[here[1]])
                walk.fail(ref.path, f"{ref.ident!r} is a {noun} of another board ({other}), not of this one")
            continue
        owner = walk.lookup(ref.kind, ref.ident)
        if not owner:
            walk.fail(ref.path, f"{ref.ident!r} names no {noun} in this document or the store")
        elif owner is not True and owner != walk.board_ids[ref.board] and not ref.any_board:
            walk.fail(ref.path, f"{ref.ident!r} is a {noun} of board {owner!r} in this store, not of this board")


def _check_loops(walk: _Walk) -> None:
    """A programme cannot be below its own projects: the tree would have no top, and nothing in the
    loop would be shown."""
    done: set[str] = set()
    for start in walk.parent_of:
        chain: list[str] = []
        on_chain: set[str] = set()
        node = start
        while node in walk.parent_of and node not in done and node not in on_chain:
            chain.append(node)
            on_chain.add(node)
            node = walk.parent_of[node][0]
        if node in on_chain:
            loop = chain[chain.index(node) :]
            where = walk.parent_of[loop[0]][1]
            if len(loop) == 1:
                walk.fail(where, f"{loop[0]!r} cannot be its own parent")
            else:
                shown = [*map(repr, loop[:5]), *(["…"] if len(loop) > 5 else []), repr(loop[0])]
                walk.fail(where, f"the parents make a loop of {len(loop)} projects ({' → '.join(shown)})")
        done.update(chain)


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 1:
        print("usage: python -m boarddesk.exchange.validate FILE.json", file=sys.stderr)
        return 2
    try:
        doc = read_document(args[0])
    except InvalidDocument as error:
        print(error, file=sys.stderr)
        return 1
    problems = validate_document(doc)
    for problem in problems:
        print(problem)
    print(f"{args[0]}: {'ok' if not problems else f'{len(problems)} problem(s)'}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
