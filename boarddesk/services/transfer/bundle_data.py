"""What a meeting bundle carries: one meeting of a board with everything a member needs offline,
as an exchange document complete on its own (every reference inside it)."""

from __future__ import annotations

import base64
import json
from typing import Any

from boarddesk.exchange import FORMAT_NAME, SCHEMA_VERSION
from boarddesk.exchange.exporter import export_document
from boarddesk.exchange.fields import Ref
from boarddesk.exchange.schema import BOARD, Entity
from boarddesk.store import Store

# -- what goes into a bundle --------------------------------------------------------------------

_BOARD_KEEP = ("id", "name", "short_name", "kind", "organisation", "case_number_format", "areas", "members")


def meeting_data(store: Store, meeting_id: str) -> dict[str, Any]:
    """The exchange document of one meeting, complete on its own (every reference inside it)."""
    board_id = store.scalar("SELECT board_id FROM meetings WHERE id = ?", (meeting_id,))
    board = export_document(store, [board_id])["boards"][0]
    cases = [case for case in board.get("cases", []) if case.get("meeting") == meeting_id]
    case_ids = {case["id"] for case in cases}
    projects = _projects_for(board.get("projects", []), cases)
    attachment_ids = {a for case in cases for a in case.get("attachments", [])}
    used_periods = {r.get("period") for p in projects for r in p.get("status_reports", [])}
    out = {key: board[key] for key in _BOARD_KEEP if key in board}
    out["reporting_periods"] = [p for p in board.get("reporting_periods", []) if p["id"] in used_periods]
    out["projects"] = projects
    out["meetings"] = [m for m in board.get("meetings", []) if m["id"] == meeting_id]
    out["cases"] = cases
    out["action_points"] = [
        _within(a, case_ids) for a in board.get("action_points", []) if _of_meeting(a, meeting_id, case_ids)
    ]
    out["attachments"] = [a for a in board.get("attachments", []) if a["id"] in attachment_ids]
    ids: dict[str, set[str]] = {}
    _collect_ids(BOARD, out, ids)
    return {"format": FORMAT_NAME, "schema_version": SCHEMA_VERSION, "boards": [_drop_outside_refs(BOARD, out, ids)]}


def _collect_ids(entity: Entity, obj: dict, ids: dict[str, set[str]]) -> None:
    if entity.kind and "id" in obj:
        ids.setdefault(entity.kind, set()).add(obj["id"])
    for child, item in _children(entity, obj):
        _collect_ids(child, item, ids)


def _children(entity: Entity, obj: dict):
    for child in entity.children:
        value = obj.get(child.name)
        if child.scalar or value is None:
            continue
        for item in [value] if child.single else value:
            yield child.entity, item


def _drop_outside_refs(entity: Entity, obj: dict, ids: dict[str, set[str]]) -> dict:
    """An optional reference to something the bundle does not carry (the meeting that approved
    these minutes, say) is left out rather than left dangling."""
    out = dict(obj)
    for spec in entity.fields:
        if (
            isinstance(spec.type, Ref)
            and not spec.required
            and out.get(spec.name) not in ids.get(spec.type.kind, set())
        ):
            out.pop(spec.name, None)
    for child in entity.children:
        value = out.get(child.name)
        if child.scalar or value is None:
            continue
        if child.single:
            out[child.name] = _drop_outside_refs(child.entity, value, ids)
        else:
            out[child.name] = [_drop_outside_refs(child.entity, item, ids) for item in value]
    return out


def _projects_for(projects: list[dict], cases: list[dict]) -> list[dict]:
    """The projects the cases concern or report on, with the programmes above them."""
    by_id = {p["id"]: p for p in projects}
    wanted = {p for case in cases for p in case.get("projects", [])}
    reports = {r for case in cases for r in case.get("status_reports", [])}
    wanted |= {p["id"] for p in projects if reports & {r["id"] for r in p.get("status_reports", [])}}
    for ident in list(wanted):
        parent = by_id.get(ident, {}).get("parent")
        while parent and parent not in wanted:
            wanted.add(parent)
            parent = by_id.get(parent, {}).get("parent")
    return [_without_outside_links(p, wanted, by_id) for p in projects if p["id"] in wanted]


def _without_outside_links(project: dict, wanted: set[str], by_id: dict[str, dict]) -> dict:
    """A dependency on a project outside the bundle is kept as text naming that project."""
    dependencies = []
    for dependency in project.get("dependencies", []):
        other = dependency.get("on_project")
        if other and other not in wanted:
            dependency = {k: v for k, v in dependency.items() if k != "on_project"}
            dependency.setdefault("on_actor", by_id.get(other, {}).get("name", other))
        dependencies.append(dependency)
    return {**project, "dependencies": dependencies} if dependencies else project


def _of_meeting(point: dict, meeting_id: str, case_ids: set[str]) -> bool:
    return point.get("meeting") == meeting_id or point.get("case") in case_ids


def _within(point: dict, case_ids: set[str]) -> dict:
    return point if point.get("case") in (None, *case_ids) else {k: v for k, v in point.items() if k != "case"}


def split_files(data: dict[str, Any]) -> tuple[bytes, dict[str, bytes]]:
    """The data part with attachments' bytes taken out into parts of their own (files/<sha256>)."""
    files: dict[str, bytes] = {}
    board = data["boards"][0]
    stripped = []
    for attachment in board.get("attachments", []):
        content = base64.b64decode(attachment["content_base64"])
        files[f"files/{attachment['sha256']}"] = content
        stripped.append({k: v for k, v in attachment.items() if k != "content_base64"})
    doc = {**data, "boards": [{**board, "attachments": stripped}]}
    return json.dumps(doc, ensure_ascii=False, sort_keys=True).encode("utf-8"), files


def meeting_label(meeting: dict) -> str:
    return f"{meeting['number']}/{meeting['year']}" if meeting.get("number") else meeting["date"]
