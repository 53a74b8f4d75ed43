"""What changed between two revisions of a meeting bundle, as a member reads it: cases, projects,
reports and documents added, changed or taken out, and which pages of a revised PDF changed."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from boarddesk.exchange.schema import BOARD, Entity
from boarddesk.model.case_numbers import format_case_number
from boarddesk.services.documents import pdf_text
from boarddesk.services.documents.annotations import page_hashes_of
from boarddesk.services.transfer.bundle_data import meeting_label
from boarddesk.store import Store


@dataclass(frozen=True)
class Change:
    kind: str
    label: str
    what: str  # "added", "changed", "removed"
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.kind.replace('_', ' ')} {self.label}: {self.what}{f' ({self.detail})' if self.detail else ''}"


_REPORTED = {"meeting", "case", "project", "status_report", "attachment", "member", "action_point", "risk", "milestone"}
# Not a record: the open action points of earlier meetings the bundle carries (review.py).
_ORDER = sorted(_REPORTED | {"open_action_points"})


def fingerprints(board: dict[str, Any]) -> dict[str, list[str]]:
    """kind:id → [label, hash of the thing as the bundle gives it], for the change report."""
    found: dict[str, list[str]] = {}
    number_format = board.get("case_number_format", "{seq}/{yy}")

    def walk(entity: Entity, obj: dict, context: str) -> None:
        label = _label(entity.kind, obj, number_format, context)
        if entity.kind in _REPORTED and "id" in obj:
            body = {k: v for k, v in obj.items() if k != "content_base64"}
            digest = hashlib.sha256(json.dumps(body, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
            found[f"{entity.kind}:{obj['id']}"] = [label, digest]
        for child in entity.children:
            value = obj.get(child.name)
            if child.entity.kind and isinstance(value, list):
                for item in value:
                    walk(child.entity, item, label if entity.kind == "project" else "")

    walk(BOARD, board, "")
    found.pop(f"board:{board.get('id')}", None)
    return found


def _label(kind: str | None, obj: dict, number_format: str, context: str) -> str:
    if kind == "case":
        number = format_case_number(number_format, obj["seq"], obj["year"]) + " " if obj.get("seq") else ""
        return f"{number}{obj.get('title', '')}"
    if kind == "meeting":
        return meeting_label(obj)
    if kind == "status_report":
        return f"{context}, {obj.get('report_date')}"
    if kind == "risk":
        return f"{context}, {obj.get('number')}"
    if kind == "milestone":
        return f"{context}, {obj.get('number') or obj.get('name')}"
    return str(obj.get("title") or obj.get("name") or obj.get("filename") or obj.get("text") or obj.get("id"))


def changes_between(old: dict, new: dict, old_files: dict[str, tuple[str, bytes]], store: Store) -> list[Change]:
    changes = []
    for key in new:
        kind, ident = key.split(":", 1)
        label = new[key][0]
        if key not in old:
            changes.append(Change(kind, label, "added"))
        elif old[key][1] != new[key][1]:
            changes.append(
                Change(kind, label, "changed", _file_detail(store, ident, old_files) if kind == "attachment" else "")
            )
    changes += [Change(key.split(":", 1)[0], old[key][0], "removed") for key in old.keys() - new.keys()]
    return sorted(changes, key=lambda c: (_ORDER.index(c.kind), c.what, c.label))


def _file_detail(store: Store, ident: str, old_files: dict[str, tuple[str, bytes]]) -> str:
    """Which pages of a revised PDF changed, counted from 1 as a reader counts."""
    old = old_files.get(ident)
    new = store.query_one("SELECT content, media_type FROM attachments WHERE id = ?", (ident,))
    if not old or not new or old[0] == pdf_text.sha256_of(new["content"]):
        return ""
    try:
        before, after = page_hashes_of(store, old[1], old[0]), page_hashes_of(store, new["content"])
        pages = pdf_text.changed_pages(before, after)
    except Exception:  # not a PDF, or one pypdf cannot read: the document changed, pages unknown
        return "new version"
    return "new version, pages changed: " + (", ".join(str(p + 1) for p in pages) or "none (layout only)")
