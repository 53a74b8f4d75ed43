"""Check an exchange document completely before anything is written.

Every problem names its place in the document, like
`boards[0].projects[3].milestones[2].planned: '2023-13-31' is not a date ...`.
Run as `python -m boarddesk.exchange.validate FILE.json` to check a file by hand.
"""

from __future__ import annotations

import hashlib
import json
import sys
from base64 import b64decode
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from boarddesk.exchange import FORMAT_NAME, SCHEMA_VERSION
from boarddesk.exchange.fields import Ref
from boarddesk.exchange.schema import BOARD, DOCUMENT_FIELDS, Child, Entity

MAX_PROBLEMS = 50

# Answers whether a thing of this kind with this id is already in the store.
ExistsInStore = Callable[[str, str], bool]


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


@dataclass
class _Walk:
    exists_in_store: ExistsInStore
    problems: list[Problem] = field(default_factory=list)
    ids: dict[str, dict[str, str]] = field(default_factory=dict)  # kind -> id -> path
    refs: list[tuple[str, str, str]] = field(default_factory=list)  # kind, id, path
    board: dict[str, Any] = field(default_factory=dict)
    project_of: dict[tuple[str, str], str] = field(default_factory=dict)  # (kind, id) -> project id
    # (kind, id, path, project): a report's forecast or assessment must be of its own project
    same_project: list[tuple[str, str, str, str | None]] = field(default_factory=list)
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


def validate_document(doc: Any, exists_in_store: ExistsInStore | None = None) -> list[Problem]:
    """All problems of a document (empty when it can be imported)."""
    walk = _Walk(exists_in_store or (lambda kind, ident: False))
    if not isinstance(doc, dict):
        return [Problem("", "the document is not a JSON object")]
    if doc.get("format") != FORMAT_NAME:
        return [Problem("format", f"is {doc.get('format')!r}, not {FORMAT_NAME!r}: this is not a BoardDesk export")]
    version = doc.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        return [Problem("schema_version", f"{version!r} is not a version number")]
    if version > SCHEMA_VERSION:
        return [
            Problem(
                "schema_version",
                f"{version} is newer than this BoardDesk understands (up to {SCHEMA_VERSION}); update BoardDesk",
            )
        ]
    if version < 1:
        return [Problem("schema_version", f"{version} is not a known version")]
    for key in doc.keys() - DOCUMENT_FIELDS:
        walk.fail(key, "is not a field of the document")
    boards = doc.get("boards")
    if not isinstance(boards, list):
        walk.fail("boards", "is missing or not a list")
        return walk.problems
    for index, board in enumerate(boards):
        walk.board = board if isinstance(board, dict) else {}
        walk.board_in_store = False
        _check_entity(walk, BOARD, board, f"boards[{index}]", project=None)
    _check_refs(walk)
    return walk.result()


def _check_entity(walk: _Walk, entity: Entity, obj: Any, path: str, project: str | None) -> None:
    if not isinstance(obj, dict):
        walk.fail(path, "is not an object")
        return
    known = {f.name for f in entity.fields} | {c.name for c in entity.children}
    for key in obj.keys() - known:
        walk.fail(f"{path}.{key}", "is not a field here (check the spelling)")
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
            walk.refs.append((spec.type.kind, value, f"{path}.{spec.name}"))
    if entity.one_of and all(obj.get(name) is None for name in entity.one_of):
        walk.fail(path, f"needs {' or '.join(entity.one_of)}")
    if entity.kind and isinstance(obj.get("id"), str):
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
        walk.fail(path, "is not a list")
        return
    for index, item in enumerate(value):
        item_path = f"{path}[{index}]"
        if child.scalar:
            _check_entity(walk, child.entity, {child.scalar: item}, item_path, project)
        else:
            _check_entity(walk, child.entity, item, item_path, project)


def _register_id(walk: _Walk, kind: str, ident: str, path: str) -> None:
    seen = walk.ids.setdefault(kind, {})
    if ident in seen:
        walk.fail(path, f"{ident!r} is used twice (also at {seen[ident]}); ids must be unique")
    elif walk.board_in_store:
        pass  # everything in a board that is already here is, too: the board's problem says it
    elif walk.exists_in_store(kind, ident):
        if kind == "board":
            walk.board_in_store = True
            walk.fail(path, f"{ident!r} is already in this store: a board is imported once (import into another store)")
        else:
            walk.fail(path, f"{ident!r} is already in this store (a {kind.replace('_', ' ')} with that id exists)")
    seen[ident] = path


def _check_special(walk: _Walk, entity: Entity, obj: dict, path: str, project: str | None) -> None:
    """Rules that tie fields together, beyond each field's own type."""
    table = entity.table
    if table == "area_ratings":
        keys = {a.get("key") for a in walk.board.get("areas") or [] if isinstance(a, dict)}
        if obj.get("area") not in keys:
            names = ", ".join(sorted(k for k in keys if isinstance(k, str))) or "none defined"
            walk.fail(f"{path}.area", f"{obj.get('area')!r} is not one of the board's areas ({names})")
    elif table == "cases":
        if (obj.get("seq") is None) != (obj.get("year") is None):
            walk.fail(path, "a case number needs both seq and year")
        _check_unique_case_number(walk, obj, path)
    elif table == "attachments":
        _check_attachment_hash(walk, obj, path)
    elif table == "meetings" and obj.get("number") is not None and obj.get("year") is None:
        walk.fail(path, "a meeting number needs a year")
    elif table == "attendance" and obj.get("guest") is not None:
        if obj.get("member") is not None:
            walk.fail(path, "names a member or a guest, not both")
        if obj.get("deputy_for") is not None:
            walk.fail(f"{path}.deputy_for", "a guest stands in for no member")
    elif table == "milestone_forecasts":
        walk.same_project.append(("milestone", obj.get("milestone"), f"{path}.milestone", project))
    elif table == "risk_assessments":
        walk.same_project.append(("risk", obj.get("risk"), f"{path}.risk", project))


def _check_unique_case_number(walk: _Walk, obj: dict, path: str) -> None:
    if obj.get("seq") is None or obj.get("legacy_duplicate"):
        return
    key = (str(walk.board.get("id")), obj.get("year"), obj.get("seq"))
    numbers = walk.ids.setdefault("case_number", {})
    ident = repr(key)
    if ident in numbers:
        walk.fail(
            path,
            f"case number seq {key[2]} of {key[1]} is used twice (also at {numbers[ident]}); "
            'mark a duplicate from old papers with "legacy_duplicate": true',
        )
    numbers[ident] = path


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
        owner = walk.project_of.get((kind, ident))
        if owner and project and owner != project:
            walk.fail(path, f"{ident!r} is a {kind} of another project ({owner})")
    for kind, ident, path in walk.refs:
        if ident in walk.ids.get(kind, {}) or walk.exists_in_store(kind, ident):
            continue
        walk.fail(path, f"{ident!r} names no {kind.replace('_', ' ')} in this document or the store")


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 1:
        print("usage: python -m boarddesk.exchange.validate FILE.json", file=sys.stderr)
        return 2
    try:
        with open(args[0], encoding="utf-8") as handle:
            doc = json.load(handle)
    except (OSError, ValueError) as error:
        print(f"{args[0]}: {error}", file=sys.stderr)
        return 1
    problems = validate_document(doc)
    for problem in problems:
        print(problem)
    print(f"{args[0]}: {'ok' if not problems else f'{len(problems)} problem(s)'}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
