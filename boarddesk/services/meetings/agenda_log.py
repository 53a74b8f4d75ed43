"""The published agenda's change log, in the reader's language.

A line is stored as a key and its values (JSON), not as text, so the log reads «34/21: beskrivelse
endret» in the bokmål interface and «34/21: description changed» in the English one. Lines written
before this were English text; they are shown as they are.
"""

from __future__ import annotations

import json
from typing import Any

from boarddesk.services.ids import now_stamp
from boarddesk.store import Row, Store

# key: (bokmål, English); {case}, {title}, {fields}, {file}, {item} are filled in.
_LINES: dict[str, tuple[str, str]] = {
    "added": ("{case} «{title}» lagt til", "{case} «{title}» added"),
    "withdrawn": ("{case} «{title}» trukket", "{case} «{title}» withdrawn"),
    "changed": ("{case}: {fields} endret", "{case}: {fields} changed"),
    "meeting_changed": ("møtet: {fields} endret", "meeting: {fields} changed"),
    "attached": ("{case}: dokument «{file}» vedlagt", "{case}: document «{file}» attached"),
    "detached": ("{case}: dokument fjernet", "{case}: document removed"),
    "moved": ("{case} flyttet til punkt {item}", "{case} moved to item {item}"),
    "reordered": ("rekkefølgen på sakslisten endret", "agenda order changed"),
    "undone": ("{case}: endring angret", "{case}: change undone"),
    "redone": ("{case}: endring gjort igjen", "{case}: change redone"),
    "meeting_undone": ("møtet: endring angret", "meeting: change undone"),
    "meeting_redone": ("møtet: endring gjort igjen", "meeting: change redone"),
}

# What changed, by column or kind: (bokmål, English).
_FIELDS: dict[str, tuple[str, str]] = {
    "title": ("tittel", "title"),
    "description": ("beskrivelse", "description"),
    "document": ("saksdokument", "document"),
    "presenter": ("innleder", "presenter"),
    "minutes_allotted": ("tidsramme", "time allotted"),
    "proposed_decision": ("forslag til vedtak", "proposed decision"),
    "to_body": ("til organ", "addressed to"),
    "paper_date": ("dato for saksfremlegg", "paper date"),
    "case_officer": ("saksbehandler", "case officer"),
    "body_text": ("saksfremstilling", "case text"),
    "confidentiality": ("skjerming", "confidentiality"),
    "print_status_reports": ("utskrift av statusrapporter", "printed status reports"),
    "case type": ("sakstype", "case type"),
    "projects": ("prosjekter", "projects"),
    "status reports": ("statusrapporter", "status reports"),
    "date": ("dato", "date"),
    "start_time": ("starttid", "start time"),
    "end_time": ("sluttid", "end time"),
    "place": ("sted", "place"),
    "chair": ("møteleder", "chair"),
    "secretary": ("sekretær", "secretary"),
    "number": ("møtenummer", "meeting number"),
    "notes": ("merknader", "notes"),
}


def _in(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if lang == "nb" else pair[1]


def encode(key: str, **values: Any) -> str:
    if key not in _LINES:
        raise ValueError(f"no change log line {key!r}")
    return json.dumps({"key": key, **values}, ensure_ascii=False, sort_keys=True)


def describe(stored: str, lang: str) -> str:
    """A stored line in the reader's language; a line from before keys is shown as written."""
    try:
        values = json.loads(stored)
    except ValueError:
        return stored
    if not isinstance(values, dict) or values.get("key") not in _LINES:
        return stored
    fields = ", ".join(_in(_FIELDS[f], lang) if f in _FIELDS else f for f in values.get("fields", []))
    return _in(_LINES[values["key"]], lang).format_map({**values, "fields": fields})


def log_change(store: Store, meeting_id: str, case_id: str | None, key: str, **values: Any) -> None:
    """One line in the published agenda's change log; a repeat of the last line is not written
    again, so typing into a field logs the edit once, not once per keystroke."""
    change = encode(key, **values)
    with store.write() as conn:
        last = conn.execute(
            "SELECT case_id, change FROM agenda_changes WHERE meeting_id = ? ORDER BY id DESC LIMIT 1", (meeting_id,)
        ).fetchone()
        if last == (case_id, change):
            return
        conn.execute(
            "INSERT INTO agenda_changes (meeting_id, at, case_id, change) VALUES (?, ?, ?, ?)",
            (meeting_id, now_stamp(), case_id, change),
        )


def agenda_changes(store: Store, meeting_id: str, lang: str = "nb") -> list[Row]:
    """The log, oldest first: `at`, `case_id`, `change` (the line in `lang`) and `stored` (as
    stored, for `describe` in another language)."""
    rows = store.query("SELECT at, case_id, change FROM agenda_changes WHERE meeting_id = ? ORDER BY id", (meeting_id,))
    return [{**row, "change": describe(row["change"], lang), "stored": row["change"]} for row in rows]
